"""Writes questions2_dev.jsonl / questions2_test.jsonl from ITEMS below and the SQL in validate_questions2.CHECKS.

Labels (answer_contains / answer_excludes) are the formatted cells of each item's contains/excludes SQL, which was
written by hand from data/demo.py and reviewed against the printed output; the texts are fresh. Split: seeded shuffle
(random.Random(20261118)), first half dev, second half test. Run once; validate with validate_questions2.py.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import validate_questions2 as V  # noqa: E402

A, P, S, R, J = ("alex@autocrm.local", "priya@autocrm.local", "sam@autocrm.local", "riley@autocrm.local",
                 "jordan@autocrm.local")

# (id, user, family, text, note)
ITEMS = [
    # company_deals
    ("q2-001", S, "company_deals", "deals w/ proseware?", "all three Proseware deals are open"),
    ("q2-002", A, "company_deals", "Could you list every deal we've had with Alpine Ski House, please?", "four deals, all open"),
    ("q2-003", P, "company_deals", "anything still open at Massive Dynamic?", "the Consulting Services deal is Closed Lost"),
    ("q2-004", R, "company_deals", "tyrell deals pls", "Cyberdyne is the other robotics account"),
    ("q2-005", J, "company_deals", "Show me the Contoso opportunities.", ""),
    ("q2-006", A, "company_deals", "I'm prepping for a call with Blue Yonder tomorrow - what deals do we have going with them and what stage is each one in?", "three open deals with their stages; labels check the names and the Security Add-on's stage (Proposal)"),
    ("q2-007", P, "company_deals", "which deals does Southridge Video have, closed ones included", "its only deal is Closed Lost"),
    ("q2-008", S, "company_deals", "fourth coffee - any deals on record?", "one deal, Closed Won"),
    ("q2-009", R, "company_deals", "open opps at Tailspin Toys", "Wingtip Toys is the look-alike with no deals"),
    # contact_deals
    ("q2-010", J, "contact_deals", "what deals is Connor Kim the contact on?", "Abigail Kim is the contact on the Wonka deal"),
    ("q2-011", A, "contact_deals", "Colin Hughes deals", "all four Nakatomi deals, all open"),
    ("q2-012", P, "contact_deals", "Which opportunities involve Ethan Nguyen as our contact person?", ""),
    ("q2-013", S, "contact_deals", "is ivy fischer on any deals", "both Oscorp deals, both Closed Lost; Keith Fischer is another Fischer"),
    ("q2-014", R, "contact_deals", "Hi! Could you tell me which deals have Gideon Cruz listed as the contact?", ""),
    ("q2-015", J, "contact_deals", "what's zoe carter got going on, deal-wise", "one Qualified, one Closed Won; Cora Carter is at Massive Dynamic"),
    ("q2-016", A, "contact_deals", "Dominic Owens - which of his deals are still open?", "the Monarch Security Add-on is Closed Lost"),
    ("q2-017", P, "contact_deals", "deals where luke jensen is the point of contact", ""),
    # won_lost
    ("q2-018", S, "won_lost", "what did we win in october?", "one win; October also had five losses"),
    ("q2-019", R, "won_lost", "Which deals did we lose in October?", "five losses; September's loss and October's win must not appear"),
    ("q2-020", J, "won_lost", "how much did we close-win last quarter", "Q3 = Jul-Sep 2026; excludes Q3 lost total and the October win"),
    ("q2-021", A, "won_lost", "total closed won this year?", "excludes lost total and won+lost total"),
    ("q2-022", P, "won_lost", "How many deals have we lost so far this year?", "7 lost deals"),
    ("q2-023", J, "won_lost", "Which deals did Sam win this year?", "Priya's wins and Sam's losses must not appear"),
    ("q2-024", R, "won_lost", "what did alex lose last quarter", "Q3 only; Alex's Q4 Oscorp loss must not appear"),
    ("q2-025", S, "won_lost", "did we lose anything in september", "one loss; two wins that month must not appear as losses"),
    ("q2-026", A, "won_lost", "won deals in august??", ""),
    ("q2-027", P, "won_lost", "have I lost any deals this quarter?", "Priya lost nothing in Q4 (her only loss was in September): answer none"),
    ("q2-028", J, "won_lost", "Which of Alex's deals closed won in 2026?", ""),
    ("q2-029", R, "won_lost", "what's the total value we lost in oct", "excludes October won total"),
    ("q2-030", S, "won_lost", "What have we won so far this quarter?", "Q4 = Oct-Dec 2026"),
    # pipeline
    ("q2-031", J, "pipeline", "how is Sam's pipeline looking", "open deals only: total and count; closed deals must not appear"),
    ("q2-032", A, "pipeline", "whats my open pipeline worth", "excludes Alex incl. closed and the whole team's open total"),
    ("q2-033", R, "pipeline", "Can you break down Priya's pipeline by stage for me?", "labels check Lead and Qualified totals"),
    ("q2-034", J, "pipeline", "total open pipeline across the whole team please", "excludes the all-deals total (closed included)"),
    ("q2-035", P, "pipeline", "what's sitting in negotiation right now", "five Negotiation deals"),
    ("q2-036", R, "pipeline", "how many deals do we have in each stage?", "labels check Lead and Closed Lost counts; truth has all stages"),
    ("q2-037", S, "pipeline", "How many deals are at the Proposal stage and what are they worth in total?", ""),
    ("q2-038", A, "pipeline", "my deals in qualified", ""),
    ("q2-039", S, "pipeline", "Which of my deals are in negotiation at the moment?", ""),
    ("q2-040", A, "pipeline", "what's the total value of my deals at the proposal stage", "excludes the team's Proposal total"),
    # closing
    ("q2-041", P, "closing", "what's closing this month?", "open deals with close dates still ahead in November; overdue November deals are also acceptable; December 1 deals must not appear"),
    ("q2-042", R, "closing", "deals closing next month", "12 December deals; labels are the five earliest"),
    ("q2-043", J, "closing", "How much pipeline is set to close in December?", "excludes the total that adds the rest of November"),
    ("q2-044", P, "closing", "anything of mine closing before the month is out?", ""),
    ("q2-045", A, "closing", "What do I have closing next month?", ""),
    ("q2-046", S, "closing", "Which deals are past their close date but still open?", "closed deals with past dates must not appear"),
    ("q2-047", R, "closing", "anything closing in the next 7 days", "Nov 18-25"),
    ("q2-048", S, "closing", "whats closing for me in the next two weeks", "Nov 18 - Dec 2"),
    ("q2-049", J, "closing", "Which open deals are expected to close in January, and for how much?", "7 January deals; labels are the five earliest"),
    # stale_deals
    ("q2-050", A, "stale_deals", "which open deals have gone quiet for a month or more?", "no activity since before Oct 19"),
    ("q2-051", P, "stale_deals", "any of my deals nobody has touched in 3 weeks?", "cutoff Oct 28 (Alpine Ski House Platform, last touched exactly Oct 28, is borderline and not labelled); other reps' stale deals must not appear"),
    ("q2-052", S, "stale_deals", "my deals with nothing logged in 45 days", "cutoff Oct 4"),
    ("q2-053", R, "stale_deals", "Which proposal-stage deals have had no activity for three weeks? I want to chase them.", "labels are the five quietest"),
    ("q2-054", J, "stale_deals", "what's the quietest open deal we have - longest since anyone touched it?", ""),
    ("q2-055", A, "stale_deals", "deals I havent touched in the last 21 days", "cutoff Oct 28"),
    ("q2-056", P, "stale_deals", "Are any of our six-figure deals going stale? Say no activity in the last three weeks.", "amount >= 100,000, cutoff Oct 28"),
    # deal_contact
    ("q2-057", S, "deal_contact", "who's the contact on the Wonka Labs deal?", "Edgar Cook also works at Wonka Labs but is not on the deal"),
    ("q2-058", R, "deal_contact", "Who is our contact for Lucerne Publishing Consulting Services?", ""),
    ("q2-059", A, "deal_contact", "dunder mifflin platform - who do I talk to there", ""),
    ("q2-060", J, "deal_contact", "Could you give me the name and email of the contact on the Trey Research Support Plan?", ""),
    ("q2-061", P, "deal_contact", "contact person on Sterling Cooper Consulting Services?", ""),
    ("q2-062", S, "deal_contact", "who's the buyer-side contact on the Initech analytics deal and what's their title", ""),
    ("q2-063", R, "deal_contact", "I need to ring the contact on Wayne Enterprises Consulting - who is it and what's the number?", ""),
    ("q2-064", J, "deal_contact", "Umbrella Health Support Plan contact?", ""),
    ("q2-065", A, "deal_contact", "who's our contact on the Fourth Coffee Software License deal", "the deal has no contact recorded: the answer must say so, not invent one"),
    # owner
    ("q2-066", P, "owner", "who owns the Wonka Labs account?", "account owner Sam; the deal there is Priya's"),
    ("q2-067", R, "owner", "Who's the rep on Wonka Labs Consulting Services?", "deal owner Priya; account owner is Sam"),
    ("q2-068", S, "owner", "account owner for cyberdyne", "Alex owns all three Cyberdyne deals"),
    ("q2-069", J, "owner", "who is running the Dunder Mifflin Platform deal", "deal owner Alex; account owner Sam"),
    ("q2-070", A, "owner", "Sterling Cooper: whose account is it, and who owns the deals there?", "account Alex, both deals Sam"),
    ("q2-071", R, "owner", "who owns woodgrove bank", "account owner Sam; the deal is Priya's"),
    ("q2-072", J, "owner", "Owner of the Oscorp account, please.", "account Priya; both deals were Alex's"),
    ("q2-073", P, "owner", "which rep has the Lucerne Publishing deal", "deal owner Sam; account owner Alex"),
    ("q2-074", A, "owner", "Who is the deal owner on Fabrikam Support Plan?", "deal owner Sam; account owner Priya"),
    # contact_info
    ("q2-075", S, "contact_info", "what's Hugo Adams' email", "domain is southridgevideo.com"),
    ("q2-076", P, "contact_info", "phone number for Nadia West?", "Caleb and Camila West are other Wests"),
    ("q2-077", R, "contact_info", "Dmitri Lopez - title?", "Derek Lopez is Operations Director at Vandelay"),
    ("q2-078", A, "contact_info", "How do I reach Sven Hughes? Email and phone if you have them.", "Colin Hughes is at the same company"),
    ("q2-079", J, "contact_info", "what does Yara Tanaka do at Acme", ""),
    ("q2-080", S, "contact_info", "email for chris park", "Chris Walker is the other Chris"),
    ("q2-081", P, "contact_info", "Miles Rossi phone no.", "three other Rossis"),
    ("q2-082", R, "contact_info", "Is Kira Schmidt's title office manager or something else?", "Ada Schmidt is a Finance Manager"),
    ("q2-083", J, "contact_info", "which company is Quinn Moreno at", "other Morenos are at Wingtip Toys and Cyberdyne"),
    # company_info
    ("q2-084", A, "company_info", "industry of lucerne?", ""),
    ("q2-085", S, "company_info", "What's the website domain for Blue Yonder Airlines?", "blueyonder.com, not blueyonderairlines.com"),
    ("q2-086", P, "company_info", "what industry is Coho Winery in", ""),
    ("q2-087", J, "company_info", "Woodgrove Bank - domain and account owner?", "account owner Sam; deal owner Priya"),
    ("q2-088", R, "company_info", "which of our companies are in healthcare", ""),
    ("q2-089", A, "company_info", "List the software companies in the CRM, please.", "Hooli is Technology, not Software"),
    ("q2-090", S, "company_info", "stark industries - what sector?", ""),
    # company_contacts
    ("q2-091", P, "company_contacts", "who do we know at Wayne Enterprises", "five contacts"),
    ("q2-092", J, "company_contacts", "contacts at dunder mifflin", ""),
    ("q2-093", R, "company_contacts", "Who are our contacts at Soylent Foods?", "Wonka Labs is the other Food company"),
    ("q2-094", A, "company_contacts", "vandelay people?", "Dmitri Lopez is at Globex"),
    ("q2-095", S, "company_contacts", "who's the CFO at Initech", ""),
    ("q2-096", P, "company_contacts", "Do we have any CTOs at Hooli?", "two CTOs"),
    ("q2-097", J, "company_contacts", "I'm heading into a Trey Research meeting - can you list the contacts we have there?", ""),
    ("q2-098", R, "company_contacts", "list everyone at adventure works", "Adventure Works has no deals but four contacts"),
    # activity
    ("q2-099", A, "activity", "what did I do today", "Alex logged one email today"),
    ("q2-100", P, "activity", "anything logged by me today?", ""),
    ("q2-101", S, "activity", "What have I logged today?", "Sam logged nothing today: answer none; other reps' entries must not appear"),
    ("q2-102", A, "activity", "my activity yesterday pls", "yesterday = Nov 17"),
    ("q2-103", P, "activity", "What did I get done yesterday?", ""),
    ("q2-104", A, "activity", "Could you summarise what I've done this week?", "week = Mon Nov 16 - today"),
    ("q2-105", J, "activity", "what meetings and notes did Priya log this week", "labels check the meeting and note subjects"),
    ("q2-106", R, "activity", "did sam log anything this week?", "nothing since Monday Nov 16; his Saturday Nov 14 entries must not appear"),
    ("q2-107", S, "activity", "which calls were logged last week", "Nov 9-15, all reps"),
    ("q2-108", S, "activity", "What notes and messages did I log last week?", ""),
    ("q2-109", J, "activity", "how many emails has the team logged this week", ""),
    # last_touch
    ("q2-110", A, "last_touch", "when did we last talk to hooli", "latest activity on the Hooli account"),
    ("q2-111", P, "last_touch", "last touch with Stark Industries?", ""),
    ("q2-112", R, "last_touch", "When was our most recent activity with Acme Logistics?", "Acme Corp is the other Acme"),
    ("q2-113", S, "last_touch", "pied piper - when did someone last reach out", ""),
    ("q2-114", J, "last_touch", "Last interaction with Woodgrove Bank, please.", "Gringotts is the other Finance account"),
    ("q2-115", A, "last_touch", "when did we last have any contact with Keith Fischer", "Ivy Fischer is the other Fischer"),
    ("q2-116", P, "last_touch", "how long since we last touched Umbrella Health", "Northwind Health is the other Healthcare account"),
    ("q2-117", R, "last_touch", "last activity logged against tyrell systems?", ""),
    ("q2-118", S, "last_touch", "When did we last speak with Wingtip Toys?", "no activity was ever logged for Wingtip Toys: the answer must say so"),
    # tasks
    ("q2-119", P, "tasks", "my overdue tasks", "four open tasks past due"),
    ("q2-120", S, "tasks", "What's overdue for me?", "done tasks and upcoming tasks must not appear"),
    ("q2-121", J, "tasks", "how many overdue tasks does the team have", "22 open tasks past due; 34 if done ones were wrongly counted"),
    ("q2-122", A, "tasks", "How many tasks am I behind on?", ""),
    ("q2-123", R, "tasks", "anything due today", "no task is due Nov 18: answer none"),
    ("q2-124", A, "tasks", "What's due tomorrow on my list?", ""),
    ("q2-125", P, "tasks", "my tasks for this week", "open tasks due Mon Nov 16 - Sun Nov 22"),
    ("q2-126", J, "tasks", "which tasks are still open on the Monarch Solutions Software License deal", ""),
    ("q2-127", S, "tasks", "What's on my plate next week, task-wise?", "Nov 23-29"),
    ("q2-128", A, "tasks", "open tasks for acme corp", "Acme Logistics tasks must not appear"),
    # count
    ("q2-129", R, "count", "how many contacts do we have in total", ""),
    ("q2-130", J, "count", "How many companies are in the CRM?", ""),
    ("q2-131", P, "count", "number of open deals?", "excludes the all-deals count"),
    ("q2-132", A, "count", "How many contacts do I own?", ""),
    ("q2-133", S, "count", "how many calls have we logged this year", ""),
    ("q2-134", R, "count", "count of contacts in the lead lifecycle stage", ""),
    ("q2-135", J, "count", "How many tasks are still open?", ""),
    ("q2-136", P, "count", "how many activities did I log in october", ""),
    ("q2-137", A, "count", "how many of our contacts are customers?", "lifecycle_stage = customer"),
    ("q2-138", S, "count", "qualified deals - how many?", ""),
    # biggest_deal
    ("q2-139", P, "biggest_deal", "what's my largest open deal", ""),
    ("q2-140", R, "biggest_deal", "What was the biggest deal we won this year?", "the biggest loss is slightly larger and must not be given"),
    ("q2-141", J, "biggest_deal", "biggest deal we lost in 2026?", ""),
    ("q2-142", A, "biggest_deal", "largest deal in negotiation", "the biggest open deal overall is Qualified"),
    ("q2-143", S, "biggest_deal", "what's my biggest open opportunity right now?", ""),
    ("q2-144", R, "biggest_deal", "Which Support Plan deal is the biggest?", ""),
    ("q2-145", J, "biggest_deal", "smallest open deal?", "the smallest deal overall is Closed Lost"),
    ("q2-146", P, "biggest_deal", "what's the biggest open deal at Nakatomi Trading", ""),
    # average_deal
    ("q2-147", A, "average_deal", "average open deal size", "rounded to whole dollars"),
    ("q2-148", S, "average_deal", "What's our average won deal size this year?", ""),
    ("q2-149", J, "average_deal", "What's the average size of Sam's open deals?", "excludes the average including his closed deals"),
    ("q2-150", R, "average_deal", "avg amount for software license deals", "all stages"),
    ("q2-151", P, "average_deal", "what's the mean deal amount in the Qualified stage", ""),
    ("q2-152", P, "average_deal", "On average, how big are my open deals?", ""),
    # decline
    ("q2-153", A, "decline", "Which of our contacts have birthdays this month?", "no birthday field"),
    ("q2-154", S, "decline", "what discount did we give Fabrikam on the support plan", "no discount field"),
    ("q2-155", R, "decline", "When does the Cyberdyne contract expire?", "no contract or expiry dates"),
    ("q2-156", P, "decline", "where did the Pied Piper lead come from - which campaign?", "no lead source / campaign"),
    ("q2-157", S, "decline", "How much commission will I earn this quarter?", "no commission data; the exclude is Sam's open pipeline presented as a commission basis"),
    ("q2-158", J, "decline", "is priya on track for her quota", "no quota or target; the exclude is her won total presented as quota progress"),
    ("q2-159", A, "decline", "What's Dana Smith's home address?", "no address field"),
    ("q2-160", R, "decline", "which city is Globex headquartered in", "no location field"),
    ("q2-161", P, "decline", "What time zone is Marcus Webb in? Don't want to call him at midnight.", "no time zone field"),
    ("q2-162", J, "decline", "how much does Bruce Nolan earn", "no salary data"),
    ("q2-163", S, "decline", "What will our revenue be next quarter?", "the future; no forecast"),
    ("q2-164", R, "decline", "Is Acme Corp a good company to work with?", "opinion; no rating or review data"),
    ("q2-165", A, "decline", "show me the deals with Vehement Capital", "no such company"),
    ("q2-166", P, "decline", "Who's our contact at Weyland-Yutani?", "no such company"),
    ("q2-167", J, "decline", "What's Lisa Turnbull's phone number?", "no such contact"),
    ("q2-168", S, "decline", "email mr pemberton the pricing, what's his address", "no such contact"),
    ("q2-169", R, "decline", "what stage is the Hooli Platform deal in", "Hooli has only a Security Add-on deal; a fuzzy match on Platform would wrongly pick Globex Platform Expansion"),
    ("q2-170", J, "decline", "how's Casey's pipeline looking", "no user named Casey"),
    ("q2-171", A, "decline", "Has Fabrikam paid their last invoice?", "no invoices or payments"),
    ("q2-172", P, "decline", "where's the shipment for Tailspin Toys - tracking number?", "no shipping data"),
    ("q2-173", S, "decline", "what's Woodgrove Bank's credit limit with us", "no credit data"),
    ("q2-174", R, "decline", "Which deals are in the Verbal Commit stage?", "no such stage; mapping it onto Negotiation is the wrong answer"),
    ("q2-175", J, "decline", "What's Globex's IT budget for next year?", "no budget field; the future"),
    ("q2-176", A, "decline", "Will the Stark Industries deal close by February? Give me a yes or no.", "the future; no probability field"),
    ("q2-177", P, "decline", "which contacts opened our last newsletter", "no email-tracking data"),
    ("q2-178", S, "decline", "pull up everything on aperture science", "no such company"),
]


def main() -> None:
    store = V.Store(":memory:")
    V.generate(store, V.TODAY)
    out = []
    for iid, user, fam, text, note in ITEMS:
        spec = V.CHECKS[iid]
        decline = fam == "decline"
        contains = [] if decline else list(dict.fromkeys(V.cells(store, spec.get("contains", []))))
        excludes = list(dict.fromkeys(V.cells(store, spec.get("excludes", []))))
        item = dict(id=iid, user=user, text=text, family=fam, answer_contains=contains, answer_excludes=excludes,
                    decline=decline)
        if note:
            item["note"] = note
        out.append(item)
        if "-v" in sys.argv:
            print(iid, "|", text, "\n    +", contains, "\n    -", excludes)
    store.close()
    order = list(range(len(out)))
    random.Random(20261118).shuffle(order)
    half = len(out) // 2
    for name, idx in (("questions2_dev.jsonl", sorted(order[:half])), ("questions2_test.jsonl", sorted(order[half:]))):
        (HERE / name).write_text("".join(json.dumps(out[i], ensure_ascii=False) + "\n" for i in idx), encoding="utf-8")
    print(f"wrote {half} dev + {len(out) - half} test")


if __name__ == "__main__":
    main()
