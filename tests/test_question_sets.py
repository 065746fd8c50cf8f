"""Questions over the demo data, written by people who never read the answering code: the dev halves must be right or
honestly declined with no confident wrong answer; each family fixed here also has its own behaviour test."""
from __future__ import annotations

import datetime as dt

import pytest

from bench import questions_eval
from core.chat import ChatService
from core.store import Store
from data.demo import generate

TODAY = dt.date(2026, 11, 18)


@pytest.mark.parametrize("name", ["questions_demo", "questions2"])
def test_dev_half_is_right_or_honest_with_no_confident_wrong_answer(name, capsys):
    (counts, n), = questions_eval.run(("dev",), name=name).values()
    ok = counts["right"] + counts["refusal"]
    with capsys.disabled():
        print(f"\n  {name} dev: right {counts['right']}/{n}, right-or-honest {ok}/{n} = {ok / n:.1%}, "
              f"confidently wrong {counts['wrong']}")
    assert counts["wrong"] == 0
    assert ok / n >= 0.95


@pytest.mark.parametrize("name", ["questions3", "questions4", "questions5", "questions6", "questions10", "questions11",
                                  "questions13", "questions14", "questions15", "questions16"])
def test_later_sets_dev_half(name, capsys):
    """questions3 (2026-12-01), questions4 and questions5 (2026-12-02, stratified by family), each written by a helper who never
    read the answering code; their held-out halves are scored by bench/questions_eval.py --set NAME --held-out."""
    (counts, n), = questions_eval.run(("dev",), name=name).values()
    ok = counts["right"] + counts["refusal"]
    with capsys.disabled():
        print(f"\n  {name} dev: right {counts['right']}/{n}, right-or-honest {ok}/{n} = {ok / n:.1%}, "
              f"confidently wrong {counts['wrong']}")
    assert counts["wrong"] == 0 and ok / n >= 0.95


@pytest.fixture(scope="module")
def chat():
    store = Store(":memory:")
    generate(store, TODAY)
    yield ChatService(store), store
    store.close()


def ask(chat, text, user="alex@autocrm.local"):
    p = chat[0].plan(text, user, None, TODAY)
    assert p.intent == "question"
    return p.answer


@pytest.mark.parametrize("text", ["which city is Globex headquartered in", "Has Fabrikam paid their last invoice?",
                                  "Which of our contacts have birthdays this month?"])
def test_a_question_about_something_the_crm_does_not_hold_is_declined_not_answered_with_a_list(chat, text):
    answer = ask(chat, text)
    assert answer.startswith(("I can't answer", "The CRM doesn't record", "That is not something")) and "$" not in answer


def test_contacts_are_counted_not_deals(chat):
    store = chat[1]
    total = store.scalar("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")
    assert ask(chat, "how many contacts do we have in total").startswith(f"{total} contacts")
    mine = store.scalar("SELECT count(*) FROM contacts c JOIN users u ON u.id = c.owner_id WHERE u.email = "
                        "'alex@autocrm.local' AND c.deleted_at IS NULL")
    assert ask(chat, "How many contacts do I own?").startswith(f"{mine} contacts")
    leads = store.scalar("SELECT count(*) FROM contacts WHERE lifecycle_stage = 'lead' AND deleted_at IS NULL")
    assert ask(chat, "count of contacts in the lead lifecycle stage").startswith(f"{leads} contacts")
    companies = store.scalar("SELECT count(*) FROM companies WHERE deleted_at IS NULL")
    assert ask(chat, "How many companies are in the CRM?").startswith(f"{companies} companies")


def test_periods_said_in_other_words_filter_the_deals(chat):
    store = chat[1]
    answer = ask(chat, "whats closing for me in the next two weeks", "sam@autocrm.local")
    inside = store.execute("SELECT d.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE u.email = "
                           "'sam@autocrm.local' AND d.stage NOT IN ('Closed Won', 'Closed Lost') AND d.close_date "
                           "BETWEEN ? AND ? AND d.deleted_at IS NULL", [TODAY, TODAY + dt.timedelta(days=14)]).fetchall()
    later = store.execute("SELECT d.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE u.email = "
                          "'sam@autocrm.local' AND d.close_date > ? AND d.deleted_at IS NULL",
                          [TODAY + dt.timedelta(days=14)]).fetchall()
    assert all(n in answer for (n,) in inside) and not any(n in answer for (n,) in later)
    lost = ask(chat, "what's the total value we lost in oct")
    assert "October 2026" in lost


def test_a_pipeline_breaks_down_by_stage(chat):
    answer = ask(chat, "Can you break down Priya's pipeline by stage for me?")
    assert "by stage:" in answer and "- Qualified:" in answer


def _pipeline_of(store, email):
    return store.scalar("SELECT sum(d.amount) FROM deals d JOIN users u ON u.id = d.owner_id WHERE u.email = ? AND "
                        "d.stage NOT IN ('Closed Won', 'Closed Lost') AND d.deleted_at IS NULL", [email])


def test_pipeline_by_rep_and_who_has_more(chat):
    store = chat[1]
    sam, priya = _pipeline_of(store, "sam@autocrm.local"), _pipeline_of(store, "priya@autocrm.local")
    by_rep = ask(chat, "pipeline by rep")
    assert f"- Sam Rivera: " in by_rep and f"${sam:,.0f}" in by_rep and f"${priya:,.0f}" in by_rep
    leader = "Sam Rivera" if sam > priya else "Priya Patel"
    answer = ask(chat, "who has more pipeline, Sam or Priya?")
    assert answer.startswith(f"{leader} has more") and "Alex Morgan" not in answer


def test_every_field_asked_is_answered(chat):
    store = chat[1]
    email, phone = store.execute("SELECT email, phone FROM contacts WHERE first_name = 'Sven' AND last_name = 'Hughes'"
                                 ).fetchone()
    answer = ask(chat, "How do I reach Sven Hughes? Email and phone if you have them.")
    assert email in answer and phone in answer
    domain, owner = store.execute("SELECT c.domain, u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE "
                                  "c.name = 'Woodgrove Bank'").fetchone()
    answer = ask(chat, "Woodgrove Bank - domain and account owner?")
    assert domain in answer and owner in answer


@pytest.mark.parametrize("text", ["what stage is the Hooli Platform deal in", "What will our revenue be next quarter?",
                                  "will Stark close by February?", "What time zone is Marcus Webb in?"])
def test_a_deal_that_does_not_exist_or_the_future_is_declined(chat, text):
    answer = ask(chat, text)
    assert answer.startswith(("I couldn't find", "That is not something")) and "$" not in answer
    assert "Security Add-on" not in answer


def test_a_dictionary_word_is_not_read_as_a_misspelt_company(chat):
    """'tell' is one letter-edit family away from 'Tyrell': it must not turn the question into one about that
    company."""
    answer = ask(chat, "Hi! Could you tell me which deals have Gideon Cruz as the contact?")
    assert "Tyrell" not in answer


def test_contacts_at_a_company_even_when_a_meeting_is_mentioned(chat):
    store = chat[1]
    names = [f"{a} {b}" for a, b in store.execute(
        "SELECT first_name, last_name FROM contacts c JOIN companies co ON co.id = c.company_id WHERE co.name = "
        "'Trey Research' AND c.deleted_at IS NULL").fetchall()]
    answer = ask(chat, "I'm heading into a Trey Research meeting - can you list the contacts we have there?")
    assert names and all(n in answer for n in names) and "activit" not in answer


def test_each_stage_counts_closed_deals_too_and_which_lists_even_with_how_much(chat):
    store = chat[1]
    lost = store.scalar("SELECT count(*) FROM deals WHERE stage = 'Closed Lost' AND deleted_at IS NULL")
    assert f"- Closed Lost: {lost} deal" in ask(chat, "how many deals do we have in each stage?")
    jan = [n for (n,) in store.execute("SELECT name FROM deals WHERE close_date BETWEEN '2027-01-01' AND '2027-01-31' "
                                       "AND stage NOT IN ('Closed Won', 'Closed Lost') AND deleted_at IS NULL").fetchall()]
    answer = ask(chat, "Which open deals are expected to close in January, and for how much?")
    assert jan and all(n in answer for n in jan)


def test_two_stages_companies_or_products_are_compared_side_by_side(chat):
    store = chat[1]
    lead, neg = (store.scalar("SELECT sum(amount) FROM deals WHERE stage = ? AND deleted_at IS NULL", [st])
                 for st in ("Lead", "Negotiation"))
    answer = ask(chat, "is there more money in Lead or in Negotiation?")
    assert f"${lead:,.0f}" in answer and f"${neg:,.0f}" in answer
    assert answer.startswith(("Lead has more" if lead > neg else "Negotiation has more"))
    # "won or lost" is one list, not a comparison
    assert "has more" not in ask(chat, "Show me every deal that closed last quarter, won or lost.")


def test_top_n_deals_and_who_logged_the_most(chat):
    store = chat[1]
    top = [n for (n,) in store.execute("SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost') AND "
                                       "deleted_at IS NULL ORDER BY amount DESC, id LIMIT 3").fetchall()]
    answer = ask(chat, "top 3 deals")
    assert [line.split(":")[0].lstrip("- ") for line in answer.splitlines()[1:]] == top
    most = store.execute("SELECT u.name, count(*) FROM activities a JOIN users u ON u.id = a.author_id WHERE "
                         "a.deleted_at IS NULL AND a.occurred_at >= '2026-11-01' AND a.occurred_at < '2026-11-19' "
                         "GROUP BY u.name ORDER BY 2 DESC LIMIT 1").fetchone()
    assert ask(chat, "which rep has logged the most activity this month").startswith(f"{most[0]} logged the most")


@pytest.mark.parametrize("text,name", [("email for dana whitfield", "dana whitfield"),
                                       ("acme industries - who do we deal with there?", "acme industries")])
def test_a_name_that_only_starts_like_a_record_is_not_that_record(chat, text, name):
    answer = ask(chat, text)
    assert answer.startswith("I couldn't find") and name in answer and "@" not in answer


def test_the_person_to_call_about_a_deal_is_its_contact(chat):
    store = chat[1]
    name, phone = store.execute("SELECT c.first_name || ' ' || c.last_name, c.phone FROM deals d JOIN companies co ON "
                                "co.id = d.company_id JOIN contacts c ON c.id = d.contact_id WHERE co.name = 'Hooli' AND "
                                "d.stage NOT IN ('Closed Won', 'Closed Lost')").fetchone()
    answer = ask(chat, "who do I call about the hooli deal? need a number")
    assert name in answer and phone in answer and "Contacts at" not in answer


def test_amount_or_more_smallest_n_and_the_quietest_deal(chat):
    store = chat[1]
    n = store.scalar("SELECT count(*) FROM deals WHERE amount >= 100000 AND stage NOT IN ('Closed Won', 'Closed Lost') "
                     "AND deleted_at IS NULL")
    assert ask(chat, "how many open deals are 100k or more").startswith(f"{n} deals")
    small = [r[0] for r in store.execute("SELECT d.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE u.email = "
                                         "'sam@autocrm.local' AND d.stage NOT IN ('Closed Won', 'Closed Lost') AND "
                                         "d.deleted_at IS NULL ORDER BY d.amount, d.id LIMIT 3").fetchall()]
    answer = ask(chat, "my 3 smallest open deals", "sam@autocrm.local")
    assert [line.split(":")[0].lstrip("- ") for line in answer.splitlines()[1:]] == small
    answer = ask(chat, "which of priya's deals has gone longest without activity")
    assert answer.startswith("The deal longest without activity") and "Priya Patel" in answer


def test_a_first_name_at_a_company_and_a_stranger_at_a_company(chat):
    assert "dana.lee@globex.com" in ask(chat, "what's the email for Dana at Globex")
    answer = ask(chat, "contact info for Jim Halpert at Dunder Mifflin")
    assert answer.startswith("I couldn't find") and "@" not in answer
    answer = ask(chat, "finance people at Wayne Enterprises?")
    assert "CFO" in answer and "IT Manager" not in answer


def test_date_ranges_in_any_form_filter_the_close_dates(chat):
    for text in ("open deals closing dec 1-7", "what closes between December 1st and December 7th?",
                 "deals closing from 12/1 to 12/7", "anything closing the 1st to the 7th of december"):
        answer = ask(chat, text)
        assert "from 2026-12-01 to 2026-12-07" in answer, (text, answer)
        assert "2026-12-08" not in answer and "closes 2026-12-1" not in answer and "closes 2026-11" not in answer
    assert "closed since 2026-10-01" in ask(chat, "what have we won since october?")


def test_two_periods_are_compared_for_deals_and_for_activity(chat):
    answer = ask(chat, "did we lose more money in october or in september?")
    assert "in October 2026:" in answer and "in September 2026:" in answer and answer.startswith("More value")
    answer = ask(chat, "have I logged more activities this week or last week?")
    assert "by Alex Morgan this week" in answer and "last week" in answer


def test_people_and_accounts_nobody_has_touched(chat):
    store = chat[1]
    never = {r["name"] for r in store.query("SELECT name FROM companies c WHERE NOT EXISTS (SELECT 1 FROM activities a "
                                             "WHERE a.company_id = c.id AND a.deleted_at IS NULL)")}
    answer = ask(chat, "list the companies we have never been in touch with, no activity at all")
    assert never and all(n in answer for n in never)
    touched = store.one("SELECT c.name FROM companies c JOIN activities a ON a.company_id = c.id LIMIT 1")["name"]
    assert touched not in answer
    company = store.one("SELECT c.id, c.name FROM companies c WHERE (SELECT count(*) FROM contacts p WHERE p.company_id "
                        "= c.id AND EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = p.id)) BETWEEN 1 AND 2 AND "
                        "(SELECT count(*) FROM contacts p WHERE p.company_id = c.id) >= 3 ORDER BY c.id LIMIT 1")
    spoken = [r["first_name"] for r in store.query("SELECT first_name FROM contacts p WHERE company_id = ? AND EXISTS "
                                                    "(SELECT 1 FROM activities a WHERE a.contact_id = p.id)",
                                                    [company["id"]])]
    answer = ask(chat, f"who at {company['name']} has nobody spoken to yet?")
    assert "no activity ever logged" in answer and not any(f"- {n} " in answer for n in spoken), answer


def test_tasks_late_by_more_than_a_span_completed_in_a_month_and_counted_per_rep(chat):
    answer = ask(chat, "which tasks are overdue by more than 2 weeks?")
    assert "due before 2026-11-04" in answer and "due 2026-11-04" not in answer
    answer = ask(chat, "what tasks did I finish in october?", "sam@autocrm.local")
    assert "completed in October 2026" in answer and "of Sam Rivera" in answer
    answer = ask(chat, "which rep has the most overdue tasks?", "riley@autocrm.local")
    assert answer.startswith("Alex Morgan has the most") and "- Alex Morgan: 15" in answer


def test_the_last_note_on_a_deal_and_what_happened_on_my_deals(chat):
    answer = ask(chat, "what's the latest note on the fabrikam software license")
    assert answer.startswith("Last note on Fabrikam Software License: note") and "2026-11-16" in answer
    answer = ask(chat, "anything happened on my deals since last friday?")
    assert "since 2026-11-13 on Alex Morgan's deals" in answer and "Proseware" not in answer


def test_an_account_with_nothing_open_says_so_and_shows_what_it_had(chat):
    answer = ask(chat, "do we still have anything open with northwind health?")
    assert answer.startswith("Nothing open with") and "Closed Won" in answer


def test_a_first_name_with_another_contacts_surname_is_nobody(chat):
    store = chat[1]
    pair = store.one("SELECT a.first_name, b.last_name FROM contacts a, contacts b WHERE NOT EXISTS (SELECT 1 FROM "
                     "contacts c WHERE c.first_name = a.first_name AND c.last_name = b.last_name) ORDER BY a.id, b.id "
                     "LIMIT 1")
    answer = ask(chat, f"what's the email for {pair['first_name'].lower()} {pair['last_name'].lower()}")
    assert answer.startswith("I couldn't find a contact called") and "@" not in answer


def test_companies_by_how_many_deals_or_contacts_they_have(chat):
    store = chat[1]
    expected = {r["name"] for r in store.query("SELECT c.name FROM companies c JOIN deals d ON d.company_id = c.id "
                                                "WHERE d.deleted_at IS NULL GROUP BY c.name HAVING count(*) >= 3")}
    answer = ask(chat, "which accounts have 3 or more deals?")
    assert expected and all(f"- {n}:" in answer for n in expected) and answer.count("\n- ") == len(expected)


def test_per_rep_counts_of_tasks_and_contacts(chat):
    store = chat[1]
    answer = ask(chat, "open tasks per rep?", "jordan@autocrm.local")
    for r in store.query("SELECT u.name, count(*) AS n FROM tasks t JOIN users u ON u.id = t.owner_id WHERE t.status = "
                         "'open' AND t.deleted_at IS NULL GROUP BY u.name"):
        assert f"- {r['name']}: {r['n']}" in answer
    answer = ask(chat, "how many contacts does each rep own?", "jordan@autocrm.local")
    for r in store.query("SELECT u.name, count(*) AS n FROM contacts c JOIN users u ON u.id = c.owner_id "
                         "WHERE c.deleted_at IS NULL GROUP BY u.name"):
        assert f"- {r['name']}: {r['n']}" in answer


def test_deals_of_an_industry_and_a_quarter_still_to_come(chat):
    answer = ask(chat, "average deal size for companies in the software industry")
    assert "Software companies" in answer and "product" not in answer
    assert "Q1 2027" in ask(chat, "what's closing in q1?")


def test_a_record_with_no_activity_in_the_period_says_when_the_last_one_was(chat):
    store = chat[1]
    deal = store.one("SELECT d.id, d.name, max(a.occurred_at) AS last FROM deals d JOIN activities a ON a.deal_id = d.id "
                     "GROUP BY d.id, d.name HAVING max(a.occurred_at) < TIMESTAMP '2026-11-01' ORDER BY d.id LIMIT 1")
    answer = ask(chat, f"anything logged on the {deal['name']} this month?")
    assert answer.startswith("No activity this month") and f"{deal['last']:%Y-%m-%d}" in answer


def test_a_deal_question_with_two_fields_answers_both(chat):
    answer = ask(chat, "fabrikam software license: who's the contact and what's the amount?")
    assert "The contact on Fabrikam Software License is" in answer and "$177,000" in answer


def test_tasks_are_narrowed_by_the_stage_or_openness_of_their_deal(chat):
    _, store = chat
    answer = ask(chat, "which overdue tasks sit on deals in Negotiation?")
    rows = store.query("SELECT t.title, d.name FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE t.status = 'open' "
                       "AND t.due_date < ? AND d.stage = 'Negotiation'", [TODAY])
    assert answer.startswith(f"{len(rows)} task") and all(r['title'] in answer for r in rows)
    open_only = ask(chat, "how many of my overdue tasks are on deals that are still open?")
    n = store.scalar("SELECT count(*) FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE t.status = 'open' AND "
                     "t.owner_id = 1 AND t.due_date < ? AND d.stage NOT IN ('Closed Won', 'Closed Lost')", [TODAY])
    assert open_only.startswith(f"{n} task")


def test_a_count_and_the_next_task_due_are_both_answered(chat):
    _, store = chat
    answer = ask(chat, "how many open tasks have I got and what's next up?")
    nxt = store.one("SELECT title, due_date FROM tasks WHERE status = 'open' AND owner_id = 1 AND due_date >= ? "
                    "ORDER BY due_date, id LIMIT 1", [TODAY])
    n = store.scalar("SELECT count(*) FROM tasks WHERE status = 'open' AND owner_id = 1")
    assert answer.startswith(f"{n} tasks") and nxt["title"] in answer and str(nxt["due_date"]) in answer


def test_two_reps_compared_on_what_was_asked(chat):
    _, store = chat
    avg = ask(chat, "what's the average deal Priya won this year compared with Sam?")
    for uid in (2, 3):
        a = store.scalar("SELECT avg(amount) FROM deals WHERE owner_id = ? AND stage = 'Closed Won' AND "
                         "close_date BETWEEN '2026-01-01' AND '2026-12-31'", [uid])
        assert f"${a:,.0f}" in avg
    acts = ask(chat, "did priya or sam log more activities in october?")
    for uid in (2, 3):
        n = store.scalar("SELECT count(*) FROM activities WHERE author_id = ? AND deleted_at IS NULL AND "
                         "CAST(occurred_at AS DATE) BETWEEN '2026-10-01' AND '2026-10-31'", [uid])
        assert f": {n}" in acts


def test_people_found_by_their_companys_industry_or_their_title(chat):
    _, store = chat
    food = ask(chat, "who are our contacts at food companies?")
    names = [r["n"] for r in store.query("SELECT first_name || ' ' || last_name AS n FROM contacts c JOIN companies co "
                                         "ON co.id = c.company_id WHERE co.industry = 'Food'")]
    assert names and all(n in food for n in names) and food.startswith(f"{len(names)} contacts")
    buyers = ask(chat, "phone numbers of the buyers at Sterling Cooper")
    rows = store.query("SELECT c.phone FROM contacts c JOIN companies co ON co.id = c.company_id WHERE "
                       "co.name = 'Sterling Cooper' AND c.title = 'Buyer'")
    assert len(rows) == 2 and all(r["phone"] in buyers for r in rows) and "Office Manager" not in buyers


def test_a_company_name_that_only_starts_like_ours_is_not_found(chat):
    answer = ask(chat, "what's open with acme robotics?")
    assert answer.startswith("I couldn't find") and "$" not in answer


def test_how_many_of_those_answers_both_counts(chat):
    answer = ask(chat, "how many open deals does Alex have and how many of those are past their close date")
    first, second = answer.split("\n", 1)
    assert first.startswith("20 deals") and "past their close date" in second


def test_found_when_the_fifth_question_set_was_scored(chat):
    """questions5's held-out half, scored once (61/80 right-or-honest, 19 confidently wrong): each family fixed."""
    _, store = chat
    both = ask(chat, "anything overdue at monarch or acme logistics?")
    for name in ("Monarch Solutions", "Acme Logistics"):
        assert name in both
    assert "today or tomorrow" in ask(chat, "tasks due today or tomorrow?")
    who = ask(chat, "Who should the team call at Tailspin Toys, and what's the number?")
    phone = store.scalar("SELECT c.phone FROM deals d JOIN contacts c ON c.id = d.contact_id JOIN companies co ON "
                         "co.id = d.company_id WHERE co.name = 'Tailspin Toys' AND d.stage NOT IN ('Closed Won', "
                         "'Closed Lost') LIMIT 1")
    assert phone in who
    two = ask(chat, "Blue Yonder Airlines: which deals are in Lead or Qualified?")
    n = store.scalar("SELECT count(*) FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = "
                     "'Blue Yonder Airlines' AND d.stage IN ('Lead', 'Qualified')")
    assert two.count("\n- ") == n and n == 2
    lost = ask(chat, "which industries have we lost deals in?")
    industries = {r["industry"] for r in store.query("SELECT DISTINCT c.industry FROM deals d JOIN companies c ON "
                                                      "c.id = d.company_id WHERE d.stage = 'Closed Lost'")}
    assert all(f"- {i}:" in lost for i in industries) and lost.count("\n- ") == len(industries)
    busiest = ask(chat, "which deal has the most activity logged against it")
    top = store.one("SELECT d.name, count(*) AS n FROM activities a JOIN deals d ON d.id = a.deal_id WHERE "
                    "a.deleted_at IS NULL GROUP BY d.name ORDER BY n DESC LIMIT 1")
    assert busiest.startswith(top["name"]) and str(top["n"]) in busiest
    kinds = ask(chat, "did the team log more emails or more calls in october?")
    for kind in ("email", "call"):
        n = store.scalar("SELECT count(*) FROM activities WHERE type = ? AND deleted_at IS NULL AND "
                         "CAST(occurred_at AS DATE) BETWEEN '2026-10-01' AND '2026-10-31'", [kind])
        assert f"{kind}s: {n}" in kinds
    worth = ask(chat, "whats the fabrikam support plan worth and when's it supposed to close")
    row = store.one("SELECT amount, close_date FROM deals WHERE name = 'Fabrikam Support Plan'")
    assert f"${row['amount']:,.0f}" in worth and str(row["close_date"]) in worth
    assert ask(chat, "what's the northwind traders deal worth").startswith("I couldn't find")
    managers = ask(chat, "who are the IT managers at oscorp and stark")
    assert "at Oscorp" in managers and "at Stark Industries" in managers


def test_found_on_the_sixth_question_sets_dev_half(chat):
    """questions6's dev half at first look (62/80 right-or-honest, 18 confidently wrong): each family."""
    _, store = chat
    both = ask(chat, "value of everything in negotiation that belongs to me or priya")
    total = store.scalar("SELECT sum(amount) FROM deals WHERE stage = 'Negotiation' AND owner_id IN (1, 2)")
    assert f"${total:,.0f}" in both
    assert ask(chat, "Total count of open tasks past their due date, across all reps?").startswith(
        f"{store.scalar('SELECT count(*) FROM tasks WHERE status = ? AND due_date < ?', ['open', TODAY])} tasks")
    still = ask(chat, "Which tasks were due back in October and still aren't done?")
    assert "(open" in still and "completed" not in still
    first = ask(chat, "When was the very first activity logged on the Stark deal?")
    earliest = store.scalar("SELECT min(CAST(occurred_at AS DATE)) FROM activities a JOIN deals d ON d.id = a.deal_id "
                            "WHERE d.name = 'Stark Industries Software License' AND a.deleted_at IS NULL")
    assert first.startswith("First") and str(earliest) in first
    assert "Dana Lee" in ask(chat, "Who at Globex did we speak with most recently, and when?")
    marked = ask(chat, "which alpine ski house contacts are marked customer")
    n = store.scalar("SELECT count(*) FROM contacts c JOIN companies co ON co.id = c.company_id WHERE "
                     "co.name = 'Alpine Ski House' AND c.lifecycle_stage = 'customer'")
    assert f"({n})" in marked
    assert ask(chat, "which product has the highest average open deal size").startswith("Software License")
    assert "2027-03-31" in ask(chat, "Qualified deals closing in february or march 2027?")
    assert ask(chat, "what activity type did i log the most in september").startswith("Calls")
    assert "Priya Patel has more" in ask(chat, "my open pipeline vs priya's - who's ahead?")
    two = ask(chat, "Who owns the Cyberdyne account, and who owns its open deals?")
    assert "account owner of Cyberdyne is Priya Patel" in two and "owner Alex Morgan" in two
    for text in ("how long did my last call with olivia chen last", "what mood was keith fischer in on the last call?"):
        assert ask(chat, text).startswith("That is not something")
    lost = ask(chat, "did we lose the fabrikam support plan?")
    assert lost.startswith("No:") and "not lost" in lost


def test_found_when_the_sixth_question_sets_held_out_half_was_scored(chat):
    """questions6's held-out half, scored once (65/80 right-or-honest, 15 confidently wrong): each family fixed."""
    _, store = chat
    on_day = ask(chat, "Which open deals have a close date of 2026-11-28?")
    names = [r["name"] for r in store.query("SELECT name FROM deals WHERE close_date = '2026-11-28'")]
    assert all(n in on_day for n in names) and on_day.startswith(f"{len(names)} deals")
    assert "the week after next" in ask(chat, "anything closing the week after next?")
    assert "Q2 2026" in ask(chat, "any wins back in Q2 of this year")
    assert ask(chat, "How many tasks did Priya close out in October?").startswith(
        str(store.scalar("SELECT count(*) FROM tasks WHERE owner_id = 2 AND status = 'done' AND "
                         "CAST(completed_at AS DATE) BETWEEN '2026-10-01' AND '2026-10-31'")))
    last = ask(chat, "when did i last email richard")
    assert last.startswith("Last email") and "@" not in last
    assert "+15551182137" in ask(chat, "bianca murphey's # pls")
    assert "its account owner is" in ask(chat, "who's the account owner for luke jensen's company")
    per = ask(chat, "open tasks per rep - all of them, not just overdue")
    assert "overdue" not in per
    avg = ask(chat, "avg open deal size for each rep")
    for uid in (1, 2, 3):
        a = store.scalar("SELECT avg(amount) FROM deals WHERE owner_id = ? AND stage NOT IN ('Closed Won', "
                         "'Closed Lost')", [uid])
        assert f"${a:,.0f}" in avg
    assert ask(chat, "Which industry has the most companies in the CRM?").startswith("Most are in Software")
    both = ask(chat, "Total won vs total lost this year?")
    won = store.scalar("SELECT sum(amount) FROM deals WHERE stage = 'Closed Won' AND year(close_date) = 2026")
    lost = store.scalar("SELECT sum(amount) FROM deals WHERE stage = 'Closed Lost' AND year(close_date) = 2026")
    assert f"${won:,.0f}" in both and f"${lost:,.0f}" in both
    assert "the team's" in ask(chat, "how does my avg open deal compare to the team avg")
    biggest = ask(chat, "how many open deals do i have at nakatomi and which one's the biggest")
    assert biggest.startswith("4 deals") and "largest is Nakatomi Trading Software License" in biggest
    two = ask(chat, "email for colin hughes + when did i last log anything with him")
    assert "colin.hughes@nakatomi.com" in two and "Last touch by you with Colin Hughes" in two
    ahead = ask(chat, "am i ahead of alex on open pipeline?", "priya@autocrm.local")
    assert "Priya Patel has more" in ahead


def test_is_a_person_marked_as_a_lifecycle_stage_is_answered_yes_or_no(chat):
    _, store = chat
    person = store.one("SELECT first_name || ' ' || last_name AS name, lifecycle_stage FROM contacts WHERE "
                       "lifecycle_stage <> 'customer' ORDER BY id LIMIT 1")
    assert ask(chat, f"is {person['name']} marked as a customer?").startswith(f"No: {person['name']}'s lifecycle stage "
                                                                              f"is {person['lifecycle_stage']}")
    customer = store.one("SELECT first_name || ' ' || last_name AS name FROM contacts WHERE lifecycle_stage = 'customer' "
                         "ORDER BY id LIMIT 1")["name"]
    assert ask(chat, f"is {customer} a customer?").startswith("Yes")


@pytest.mark.parametrize("text, shown", [
    ("top 3 industries by open pipeline value", None),
    ("When is the Tyrell Systems Analytics Suite expected to close, and for how much?", r"2026-12-29.*\$54,000|\$54,000.*2026-12-29"),
    ("Did the team log more calls in September or in October 2026?", r"September.*October|October.*September"),
    ("am i ahead of priya on meetings logged this month?", r"Priya.*Alex|Alex.*Priya"),
    ("which contact have i emailed the most since sept 1?", None),
    ("what % off list is nakatomi getting on their support plan?", None),
    ("Which Fabrikam contacts are marked as customers, and what are their emails?", "@"),
    ("which tasks did i tick off in october", None),
    ("contoso analytics suite: stage + expected close?", r"Negotiation.*2027-01-04|2027-01-04.*Negotiation"),
    ("Who on the team has been logging activity on Cyberdyne this month, and how many entries?", r"Alex"),
    ("activities by type for q3, whole team", r"(?m)^- (?:call|email|meeting|note|message)\b"),
    ("since oct 1 - what did we win, and how much have we lost in $?", r"[Ww]on.*[Ll]ost|[Ll]ost.*[Ww]on"),
    ("what stage is the wingtip toys deal at", None),
    ("did monarch get a touch this week?", r"\d{4}-\d{2}-\d{2}"),
    ("break down my open pipeline by product", r"(?m)^- (?:Analytics Suite|Consulting Services|Platform|Security Add-on|"
                                                r"Software License|Support Plan|Fleet Platform)\b"),
    ("how many contacts have we got in each lifecycle stage?", r"(?m)^- \w+: \d+"),
    ("How many tasks were completed in October, and who completed the most?", r"\b21\b"),
])
def test_an_answer_covers_every_part_of_the_question_or_says_what_it_cannot(chat, text, shown):
    """An answer that leaves out part of the question (a field, a grouping, a side of a comparison, the period, the
    completed ones) is replaced by an honest refusal saying what it would leave out; never a confident half answer."""
    import re
    answer = ask(chat, text)
    if answer.startswith("I can't answer all of that: my answer would leave out"):
        return
    if shown is None and re.match(r"[\w .&'-]+ has no deal in the CRM, so there is no \w+", answer):
        return  # the record asked about does not exist: saying so is the honest answer too
    assert shown is not None and re.search(shown, answer, re.S), answer


@pytest.mark.parametrize("text", ["what industry is Tyrell Systems in?", "When did we last speak with Wingtip Toys?",
                                  "who's won more this year, me or priya", "Qualified deals closing in february or "
                                  "march 2027?", "which of mine already blew past their close date without closing?",
                                  "How much open business do we have with our finance-industry accounts?"])
def test_the_coverage_check_leaves_whole_answers_alone(chat, text):
    assert not ask(chat, text).startswith("I can't answer all of that"), text


def test_coverage_reads_the_question_and_the_answer_not_the_data():
    from core.understanding.coverage import uncovered

    class Snap:  # the few values the check looks up
        companies = {1: {"industry": "Robotics"}, 2: {"industry": "Retail"}}
        users = {1: {"name": "Ann Lee"}, 2: {"name": "Bo Chen"}}
        contacts = {1: {}}
        products = ["Support Plan"]
        stages = ["Lead", "Won"]

        @staticmethod
        def contact_name(cid):
            return "Cy Diaz"

    s = Snap()
    assert uncovered("what are their emails?", "Contacts at X (1):\n- Cy Diaz, CFO", s) == "the email address"
    assert uncovered("what are their emails?", "Contacts at X (1):\n- Cy Diaz, CFO (cy@x.com)", s) is None
    assert uncovered("top 2 industries by pipeline value", "- Big deal: $9,000\n- Other: $8,000", s) == \
        "which industry it is"
    assert uncovered("top 2 industries by pipeline value", "- Robotics: $9,000\n- Retail: $8,000", s) is None
    assert uncovered("open $ per rep", "Open: $10,000.", s, asker="Ann Lee") == "the breakdown you asked for"
    assert uncovered("open $ per rep", "Open $:\n- Ann Lee: $4\n- Ann Lee again: $6\n- total $10", s) == \
        "the breakdown by rep you asked for"
    assert uncovered("rank us by wins, bo vs me", "- Ann Lee: 3\n- Bo Chen: 2", s, asker="Ann Lee") is None
    assert uncovered("how many calls in March vs April?", "12 calls in March.", s) == "the comparison you asked for"
    assert uncovered("calls in March vs April?", "More in April: 12 calls in April.", s) == "both periods compared"
    assert uncovered("my last 3 notes", "- note one", s) == "the 3 you asked for"


def test_the_last_n_asked_for_are_the_n_shown(chat):
    answer = ask(chat, "tyrell systems — last 3 things that happened on the account?")
    items = [ln for ln in answer.splitlines() if ln.startswith("- ")]
    assert answer.startswith("The 3 most recent of ") and len(items) == 3, answer
    dates = [ln[2:12] for ln in items]
    assert dates == sorted(dates, reverse=True)


def test_what_ive_got_is_mine(chat):
    mine = ask(chat, "what've i got closing in the next 2 wks? $ total", user="sam@autocrm.local")
    assert "owned by Sam Rivera" in mine or "Sam Rivera" in mine, mine


def test_the_rest_of_this_week_starts_today(chat):
    answer = ask(chat, "what's due for me the rest of this week?", user="priya@autocrm.local")
    dues = [d for d in __import__("re").findall(r"due (\d{4}-\d{2}-\d{2})", answer)]
    assert dues and all("2026-11-18" <= d <= "2026-11-22" for d in dues), answer


def test_two_questions_in_one_message_are_both_answered(chat):
    answer = ask(chat, "Any open Healthcare deals over 50k? And what's the biggest open one in Healthcare?")
    declined = answer.startswith(("I can't", "I didn't understand", "I couldn't", "That is not"))
    assert declined or ("\n" in answer and "Umbrella Health" in answer), answer
    n = chat[1].one("SELECT count(*) AS n FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.industry = "
                    "'Healthcare' AND d.amount > 50000 AND d.stage NOT IN ('Closed Won', 'Closed Lost')")["n"]
    assert declined or answer.startswith(f"{n} deal")  # the first part counted in Healthcare, then the second part
    both = ask(chat, "how many open tasks do I have and how many are overdue?", user="sam@autocrm.local")
    assert "Of those" in both and "12" in both and "3" in both, both
    # a second question that points back at the first is one question, not two
    one = ask(chat, "Is Aisha Meyer on any open deals? What are they worth?")
    assert "Lucerne Publishing Consulting Services" in one and "48 deals" not in one


def test_last_n_days_is_a_period_not_a_count(chat):
    answer = ask(chat, "Show me calls logged in the last 2 weeks")
    assert not answer.startswith("The 2 most recent") and not answer.startswith("I can't answer all"), answer


def test_a_clarification_is_asked_not_refused(chat):
    answer = ask(chat, "How much is the Acme renewal worth?")
    assert answer.rstrip().endswith("Which one?") and not answer.startswith("I can't answer"), answer


@pytest.mark.parametrize("text", ["How much time since I last spoke to Dana Smith?",
                                  "How many activities did I log in October, and how many in September?",
                                  "Any meetings with Acme Corp this month?"])
def test_whole_answers_are_not_refused_for_words_they_do_not_need(chat, text):
    assert not ask(chat, text).startswith("I can't answer all of that"), text


def test_a_task_named_by_its_title_is_that_task(chat):
    answer = ask(chat, "when is my send contract task for Monarch Solutions due?", user="priya@autocrm.local")
    assert "Send contract" in answer and "Check in" not in answer and "Prepare proposal" not in answer, answer


def test_a_second_question_about_there_is_about_the_first_ones_company(chat):
    answer = ask(chat, "How many contacts do we have at Acme Logistics, and who's the COO there?")
    assert "COO" in answer and "\n" in answer, answer


def test_which_rep_has_the_largest_pipeline_is_about_a_rep_not_the_largest_deal(chat):
    answer = ask(chat, "Which rep has the largest open pipeline?")
    assert not answer.startswith("The largest deal"), answer


def test_open_pipeline_per_quarter_is_a_breakdown_or_declined(chat):
    answer = ask(chat, "open pipeline per quarter for 2027?")
    assert answer.startswith("I can't answer all of that") or len(__import__("re").findall(r"(?m)^\W*Q[1-4]", answer)) >= 2


def test_completed_and_still_open_are_two_counts_not_a_subset(chat):
    answer = ask(chat, "How many tasks has Sam completed, and how many are still open?")
    assert "8" in answer and "12" in answer and "Of those" not in answer, answer


def test_when_a_deal_was_created_is_not_its_close_date(chat):
    answer = ask(chat, "When was the Umbrella Health Support Plan deal created in the CRM?")
    assert answer.startswith("I can't answer") or "created" in answer, answer


def test_how_many_and_which_one_is_the_count_then_the_ones(chat):
    answer = ask(chat, "How many open tasks do I have on Monarch Solutions Software License? and which one's overdue?",
                 user="priya@autocrm.local")
    assert answer.startswith("4 tasks") and "Of those" in answer and "due 2026-11-16" in answer, answer


@pytest.mark.parametrize("text,known", [("how many overdue tasks does kevin have?", False),
                                        ("how many deals has marta closed this year?", False),
                                        ("how many overdue tasks does alex have?", True),
                                        ("how many deals has anyone closed this year?", True)])
def test_a_person_the_crm_does_not_know_is_said_so_not_answered_with_the_team(chat, text, known):
    """Held-out set 11 asked about a "kevin" in lower case and got the whole team's 22 overdue tasks."""
    answer = ask(chat, text)
    if known:
        assert "couldn't find anyone" not in answer and any(ch.isdigit() for ch in answer), answer
    else:
        assert answer.startswith("I couldn't find anyone called") and not any(ch.isdigit() for ch in answer), answer


@pytest.mark.parametrize("zone,shown,hidden", [("Asia/Tokyo", "Early site walk", "Late wrap-up call"),
                                               ("UTC", "Late wrap-up call", "Early site walk"),
                                               ("America/New_York", "Late wrap-up call", "Early site walk")])
def test_today_is_the_readers_day_not_utcs(machine_zone, zone, shown, hidden):
    """Times are stored in UTC; "today" in a question is the reader's local day. 2026-11-17 23:30 UTC is the morning
    of the 18th in Tokyo, and 2026-11-18 16:00 UTC is 01:00 on the 19th there (and still the 18th in New York)."""
    store = Store(":memory:")
    generate(store, TODAY)
    cid, uid = store.next_id("companies"), store.scalar("SELECT id FROM users WHERE email = 'alex@autocrm.local'")
    store.execute("INSERT INTO companies (id, name, owner_id, created_at, updated_at) VALUES (?, 'Quillfeather "
                  "Supplies', ?, TIMESTAMP '2026-01-05 10:00', TIMESTAMP '2026-01-05 10:00')", [cid, uid])
    for subject, at in (("Early site walk", "2026-11-17 23:30"), ("Late wrap-up call", "2026-11-18 16:00")):
        store.execute("INSERT INTO activities (id, type, subject, occurred_at, company_id, author_id) VALUES "
                      "(?, 'call', ?, ?, ?, ?)", [store.next_id("activities"), subject, at, cid, uid])
    machine_zone(zone)
    answer = ask((ChatService(store), store), "what activity was logged on Quillfeather Supplies today?")
    store.close()
    assert shown in answer and hidden not in answer, answer


@pytest.mark.parametrize("text,user,shown,hidden", [
    # set 12's dev half at first look (8 confidently wrong): each family, with what a right answer shows
    ("email for john smith?", "alex@autocrm.local", r"^I couldn't find .*John Smith", r"@"),
    ("phone number for sarah connor at cyberdyne", "alex@autocrm.local", r"^I couldn't find .*Sarah Connor", r"\+1"),
    ("total $ of everything still open at alpine ski house, whole team not just mine", "priya@autocrm.local",
     r"509,000", r"owned by Priya"),
    ("how many open deals do alex and sam each have (any close date)", "jordan@autocrm.local",
     r"(?s)Alex Morgan: 20 deals.*Sam Rivera: 10 deals", r"\b30 deals"),
    ("deal owner on the proseware consulting services opp? and the acct owner?", "sam@autocrm.local",
     r"(?s)Proseware Consulting Services is Alex Morgan.*account owner of Proseware is Sam Rivera", r"^$"),
    ("when's the umbrella health deal closing? and do i have open tasks on it (due when)", "sam@autocrm.local",
     r"(?s)2026-11-23.*2026-11-03.*2026-11-25", r"^$"),
    # declined until 2026-12-03; the fourteenth set's held-out half brought deals by deal owner and account owner
    ("which of alex's accounts have open deals that priya owns", "jordan@autocrm.local",
     r"^\d+ accounts? owned by Alex Morgan with open deals owned by Priya Patel:\n- ", r"\$|owner Alex"),
    # its held-out half, scored once: a period up to a weekday, and the overdue ones left out when asked
    ("anything due for me between now and sunday? not counting the overdue stuff", "sam@autocrm.local",
     r"(?s)^1 task .*Lucerne Publishing", r"2026-10-31|2026-11-03|2026-11-07"),
    ("anything due for me between now and sunday?", "sam@autocrm.local", r"(?s)^1 task .*2026-11-21", r"2026-11-25"),
    ("who has the analytics suite opp at contoso?", "jordan@autocrm.local", r"owner Sam Rivera", r"Contacts at"),
    ("contoso: whose account is it and who has the analytics suite opp", "jordan@autocrm.local",
     r"(?s)Sam Rivera.*Alex Morgan|Alex Morgan.*Sam Rivera", r"Contacts at"),
    ("status on the contoso analytics suite opp?", "jordan@autocrm.local", r"(?s)Negotiation.*138,000.*2027-01-04",
     r"Contacts at"),
])
def test_families_found_by_the_twelfth_set(chat, text, user, shown, hidden):
    import re
    answer = ask(chat, text, user)
    assert re.search(shown, answer) and not re.search(hidden, answer), answer


def test_month_to_date_and_year_end_are_periods_not_defaults(chat):
    """"mtd" was read as nothing and the count fell back to the last 7 days; "before year end" was ignored."""
    answer = ask(chat, "how many calls have i logged mtd", "priya@autocrm.local")
    assert "this month so far" in answer and "last 7 days" not in answer
    listed = ask(chat, "which proposals do i have closing before year end")
    assert "by the end of this year" in listed and "2027-" not in listed


def test_the_rest_of_this_month_starts_today(chat):
    answer = ask(chat, "what's closing the rest of this month across the team")
    assert "by the end of this month" in answer
    assert all(d >= "2026-11-18" for d in __import__("re").findall(r"closes (\d{4}-\d\d-\d\d)", answer))


def test_remind_me_who_is_a_question_not_a_task(chat):
    answer = ask(chat, "remind me who runs point on the umbrella health support plan opp")
    assert "Sam Rivera" in answer and "Priya Patel" not in answer  # the deal's owner, not the account's
    assert chat[0].plan("remind me to call Dana tomorrow", "alex@autocrm.local", None, TODAY).intent != "question"


def test_deals_expected_to_close_plus_the_total_lists_them_and_sums_them(chat):
    answer = ask(chat, "alex's deals expected to close in december + the total")
    assert "$556,000" in answer and "Acme Corp Renewal" in answer and "Dunder Mifflin Platform" in answer
    both = ask(chat, "total won in oct and total lost in oct?")  # two totals, not a list
    assert "Closed Won (closed)" not in both


def test_a_word_after_an_ambiguous_company_picks_its_one_deal(chat):
    """"acme" names two companies, but only one has a renewal deal."""
    assert ask(chat, "wht stage is the acme renewal in rn") == "The stage of Acme Corp Renewal is Proposal."
    assert "Which one?" in ask(chat, "what stage is the acme deal in")


def test_an_industry_named_like_a_product_filters_by_industry(chat):
    answer = ask(chat, "open pipeline in software companies")
    assert "$444,000" in answer and "Proseware Platform" in answer


def test_misspelt_question_words_are_repaired(chat):
    answer = ask(chat, "wich of my acounts have no open deals", "sam@autocrm.local")
    assert answer.startswith("6 accounts owned by Sam Rivera with no open deals")


def test_wins_in_a_period_still_to_come_are_not_a_zero(chat):
    answer = ask(chat, "how much did we close won in jan 2027")
    assert "has not started yet" in answer and "$0" not in answer


def test_what_is_on_a_reps_plate_lists_their_tasks(chat):
    answer = ask(chat, "what's on priya's plate for the rest of this week?")
    assert answer.startswith("3 tasks (open, of Priya Patel") and "Send contract (Gringotts Finance Software License)" in answer
    december = ask(chat, "whats my december look like — which deals + total $", "sam@autocrm.local")
    assert "closing in December 2026" in december and "$148,500" in december


def test_the_last_touch_names_every_activity_logged_at_that_same_moment(chat):
    answer = ask(chat, "umbrella health - when did we last log anything there and what was it", "priya@autocrm.local")
    assert "“Demo”" in answer and "“Sent pricing”" in answer and "2026-10-24" in answer


def test_a_person_named_at_a_company_they_do_not_work_at_is_not_answered_for_the_namesake(chat):
    answer = ask(chat, "phone # for dana smith over at globex?", "priya@autocrm.local")
    assert "+1555" not in answer and answer.startswith("I couldn't find Dana Smith at Globex")
    assert "+1555" in ask(chat, "phone # for dana smith at acme corp?", "priya@autocrm.local")


def test_when_did_a_rep_last_do_anything_on_a_deal(chat):
    answer = ask(chat, "when did priya last do anything on the wonka deal")
    assert answer.startswith("Last touch by Priya Patel on Wonka Labs Consulting Services") and "2026-11-16" in answer


def test_a_word_before_task_picks_the_companys_task_about_it(chat):
    answer = ask(chat, "when is the dunder mifflin contract task due")
    assert "2026-11-19" in answer and "2026-11-05" not in answer


def test_me_or_another_rep_compares_both_counts(chat):
    answer = ask(chat, "who was busier last week activity-wise, me or sam", "priya@autocrm.local")
    assert answer.startswith("Sam Rivera logged more last week") and "Priya Patel: 11" in answer and "Sam Rivera: 13" in answer


def test_who_owns_the_most_accounts_names_the_rep_and_the_count(chat):
    assert ask(chat, "who owns the most accounts", "riley@autocrm.local").startswith("Alex Morgan (14 companies)")


def test_short_questions_without_a_question_word(chat):
    assert "$427,000" in ask(chat, "team total won this year", "sam@autocrm.local")
    assert "Northwind Health Security Add-on" in ask(chat, "my biggest win ever", "sam@autocrm.local")
    assert ask(chat, "number of emails priya sent last month", "sam@autocrm.local").startswith("12 emails by Priya Patel")


def test_the_second_biggest_deal_is_named_not_the_first(chat):
    answer = ask(chat, "what's the second biggest open deal?")
    assert answer.startswith("The second biggest deal (open) is Nakatomi Trading Software License: $199,000")
    assert "Stark Industries Software License" not in answer
    assert "Stark Industries Software License" in ask(chat, "of everything still open, which deal carries the biggest price tag?")


def test_closing_before_a_month_named_alone_filters_by_it(chat):
    """'which of my deals are due to close before December?' once listed all of them (and a bulk change followed)."""
    import re
    answer = ask(chat, "which of my deals are due to close before December?")
    dates = re.findall(r"closes (\d{4}-\d\d-\d\d)", answer)
    assert "closing before 2026-12-01" in answer and dates and all(d < "2026-12-01" for d in dates)
    by_jan = re.findall(r"closes (\d{4}-\d\d-\d\d)", ask(chat, "which of my deals close by january"))
    assert by_jan and all(d <= "2027-01-31" for d in by_jan) and any(d >= "2026-12-01" for d in by_jan)
