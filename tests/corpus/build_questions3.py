"""Writes questions3_dev.jsonl / questions3_test.jsonl from ITEMS below and the SQL in validate_questions3.CHECKS.

The texts, users and notes are here. The labels (answer_contains / answer_excludes) are the formatted cells of each
item's contains / excludes SQL in validate_questions3.py. That SQL was written by hand from data/demo.py and checked
against the printed output (`-v`). Split: a seeded shuffle, random.Random(20261201); the first half goes to dev and
the second half to test.

Run:      AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_questions3.py [-v]
Validate: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_questions3.py
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import validate_questions3 as V  # noqa: E402

A, P, S, R, J = ("alex@autocrm.local", "priya@autocrm.local", "sam@autocrm.local", "riley@autocrm.local",
                 "jordan@autocrm.local")

# (id, user, family, text, note)
ITEMS = [
    # company_deals: the deals of one company
    ("q3-001", S, "company_deals", "what do we have going with sterling cooper",
     "two open deals (Proposal and Qualified)"),
    ("q3-002", P, "company_deals", "margies travel - whats still open there",
     "only the Software License is open; the Support Plan is Closed Lost and the Security Add-on Closed Won"),
    ("q3-003", R, "company_deals", "acme logistics deals pls (not acme corp)",
     "one deal; Acme Corp's two deals must not appear"),
    ("q3-004", J, "company_deals", "Which deals are attached to Monarch Solutions, closed ones included?",
     "three deals; the Security Add-on is Closed Lost"),
    ("q3-005", A, "company_deals", "wayne enterprises - what deals + what stage?",
     "one deal, at Lead"),
    ("q3-006", S, "company_deals", "anything in the pipe w/ globex?",
     "one open deal"),
    ("q3-007", P, "company_deals", "bluth company - anything still open?",
     "the Analytics Suite (Qualified); the Consulting Services deal is Closed Won"),
    ("q3-008", J, "company_deals", "Do we have any deals with Soylent Foods?",
     "Soylent Foods has contacts but no deals: the answer is none. Wonka Labs is the other Food company"),
    # contact_deals: the deals a contact is on
    ("q3-009", A, "contact_deals", "what deals is dana smtih on", "Dana Lee (Globex) is the other Dana"),
    ("q3-010", P, "contact_deals", "keith fischer - which of his deals are still live?",
     "one open deal; his other two are closed; Ivy Fischer is at Oscorp"),
    ("q3-011", S, "contact_deals", "Brooke Cook - what opportunities is she the contact for?",
     "one deal, Closed Lost; Edgar Cook works at Wonka Labs, whose deal has another contact"),
    ("q3-012", R, "contact_deals", "deals for camila west",
     "one deal; Caleb West (Umbrella Health) and Nadia West (Woodgrove Bank) are other Wests"),
    ("q3-013", J, "contact_deals", "Is Aisha Meyer on any open deals? What are they worth?",
     "one Lucerne Publishing deal; Jenna Meyer is at Hooli"),
    ("q3-014", A, "contact_deals", "cora carter opps?", "one open, one Closed Lost; Zoe Carter is at Bluth Company"),
    ("q3-015", P, "contact_deals", "which of ethan nguyen's deals are mine",
     "three of his four Alpine Ski House deals are Priya's; the Consulting Services one is Alex's"),
    ("q3-016", S, "contact_deals", "whats abigail kim attatched to, deal-wise",
     "one Wonka Labs deal; Connor Kim's Fabrikam deals must not appear"),
    # won_lost: won or lost in a period
    ("q3-017", R, "won_lost", "q3 wins over 30k?",
     "Jul-Sep 2026 wins above 30,000; the 21,000 Fourth Coffee win and October's win must not appear"),
    ("q3-018", J, "won_lost", "total $ lost in q3?",
     "Jul-Sep 2026 losses; excludes the Q3 won total and October's lost total"),
    ("q3-019", A, "won_lost", "what have i lost this year",
     "Alex's four losses; his one win and Sam's losses must not appear"),
    ("q3-020", P, "won_lost", "did i win anything in sept",
     "one win; Priya's September loss (Gringotts) and Alex's September win must not appear"),
    ("q3-021", P, "won_lost", "how much have I closed-won this year",
     "Priya's two wins; excludes her won+lost total and the team's won total"),
    ("q3-022", R, "won_lost", "did priya lose anything this year?",
     "yes, one September loss; other reps' losses must not appear"),
    ("q3-023", J, "won_lost", "wins in june??", "one June win; August's win must not appear"),
    ("q3-024", A, "won_lost", "anything closed lost for sam this year?", "two losses, both in October"),
    ("q3-025", P, "won_lost", "have we lost any deals this month",
     "nothing was lost in November (the latest loss was 2026-10-24): the answer is none"),
    # pipeline: open totals per rep / stage
    ("q3-026", P, "pipeline", "gimme my pipeline total",
     "Priya's open deals; excludes her total with closed deals and the team's open total"),
    ("q3-027", J, "pipeline", "open pipeline by rep please", "Alex, Priya and Sam; excludes the per-rep totals that count closed deals"),
    ("q3-028", A, "pipeline", "how much $ is sitting in qualifed rn", "the team's Qualified total"),
    ("q3-029", S, "pipeline", "whats priya got in qualified, total value",
     "Priya's Qualified deals; excludes the team's Qualified total"),
    ("q3-030", R, "pipeline", "total value of deals still at Lead stage?", "excludes the Qualified total"),
    ("q3-031", S, "pipeline", "how much of my pipe is in negotiation",
     "Sam's two Negotiation deals; excludes the team's Negotiation total"),
    ("q3-032", P, "pipeline", "what's riley's pipeline look like",
     "Riley Chen is a reviewer and owns no deals: the answer is none, not the team's pipeline"),
    ("q3-033", J, "pipeline", "Priya's proposal + negotiation deals combined - how much?",
     "excludes the team's Proposal + Negotiation total"),
    # closing: deals closing in a period
    ("q3-034", A, "closing", "what's closing next week",
     "next week = Nov 23-29; Nov 30, Dec 1 and the overdue Nov 17 deal must not appear"),
    ("q3-035", P, "closing", "my deals closing in december", "five of Priya's deals; other reps' December deals must not appear"),
    ("q3-036", S, "closing", "alpine ski hosue - anything slipped past its close date?",
     "the Security Add-on (close date 2026-11-16, still Qualified); the other Alpine deals close later"),
    ("q3-037", R, "closing", "anything due to close dec 1-7?",
     "three open deals; Nov 30 and Dec 8 must not appear"),
    ("q3-038", J, "closing", "How much open pipeline is expected to close in Q1 2027?",
     "Jan-Mar 2027, 23 deals; excludes all open pipeline and the December total"),
    ("q3-039", A, "closing", "which of my deals should land by nov 30?",
     "two deals ahead this month; the overdue Proseware Analytics Suite (Nov 17) may also be mentioned; Dec 1 and Priya's Nov 28 deal must not appear"),
    ("q3-040", P, "closing", "which deals r slated to close in feb",
     "eight open deals in February 2027; labels are the five earliest (ties by name)"),
    ("q3-041", S, "closing", "what's the next deal of mine due to close",
     "Sam's next close date ahead of today; his overdue Sterling Cooper Consulting Services is not 'next'; Initech is Alex's"),
    # stale_deals: quiet deals
    ("q3-042", A, "stale_deals", "anything slipping with Initech?",
     "not really: the one Initech deal was touched 2026-11-11 and closes 2026-11-28; Pied Piper is the Alex deal that has gone quiet"),
    ("q3-043", S, "stale_deals", "which of my deals have gone quiet for 3+ weeks",
     "Sam's open deals with no activity since before Oct 28 09:00; other reps' quiet deals must not appear"),
    ("q3-044", A, "stale_deals", "my deals with zero activity in the last month",
     "only one; Alex's deals last touched 2026-10-24 (25 days) are not a month old"),
    ("q3-045", R, "stale_deals", "which of priya's deals has gone longest without activity",
     "her quietest open deal (last activity 2026-10-18); the team's quietest is Sam's and must not be given"),
    ("q3-046", J, "stale_deals", "negotiation-stage deals with nothing logged in 10 days?",
     "three of the five Negotiation deals"),
    ("q3-047", P, "stale_deals", "my deals w/ no activity in 2 weeks",
     "Priya's open deals with nothing since before Nov 4 09:00 (none of hers sits on that boundary); Alex's Dunder Mifflin Platform (Nov 4) is not hers"),
    ("q3-048", A, "stale_deals", "any deal over 150k gone quiet for 2 weeks?",
     "one deal; Nakatomi Trading Software License (13 days) is not quiet; quiet deals under 150,000 must not appear"),
    ("q3-049", J, "stale_deals", "which accounts havent heard from us in 30 days",
     "six companies with no activity at all (none has its latest activity 30+ days old); labels are five of them"),
    # deal_contact: the contact on a deal
    ("q3-050", A, "deal_contact", "who's my guy at Globex",
     "ambiguous 'my guy': Alex owns neither the account nor the deal; the contact on the Globex deal is Dana Lee, not Dana Smith"),
    ("q3-051", P, "deal_contact", "who's the contact on the stark deal + their email", "Chris Park is the other Chris"),
    ("q3-052", S, "deal_contact", "who do I call about the hooli deal? need a number", "Hooli has five contacts; the deal's is Olivia Chen"),
    ("q3-053", R, "deal_contact", "contact on the contoso deals?", "the same contact on both deals"),
    ("q3-054", J, "deal_contact", "Who is the customer-side contact for Gringotts Finance Software License?",
     "Diego Silva is the other Gringotts contact"),
    ("q3-055", A, "deal_contact", "tailspin toys support plan - contact name and title?",
     "Simon Evans (VP Sales) is the other Tailspin contact"),
    ("q3-056", P, "deal_contact", "point person on the northwind deal", "the Northwind deal is Closed Won; Jack Tanaka is also there"),
    ("q3-057", S, "deal_contact", "who's on the woodgrove deal from their side", "Nadia West is the other Woodgrove contact"),
    # owner: account owner vs deal owner
    ("q3-058", A, "owner", "who owns the globex account", "account owner Sam; the Globex deal is Priya's"),
    ("q3-059", P, "owner", "whose deal is the umbrella health one?", "deal owner Sam; the account is Priya's (the asker)"),
    ("q3-060", S, "owner", "Alpine Ski House: who owns the account, and who is working the deals?",
     "account Alex; deals Priya (three) and Alex (one); Sam has nothing there"),
    ("q3-061", R, "owner", "proseware account owner?", "account Sam; the deals are Alex's and Priya's"),
    ("q3-062", J, "owner", "who's running the Prestige Worldwide deal", "deal owner Sam; account owner Priya"),
    ("q3-063", A, "owner", "who owns the contoso deals", "Priya and Sam own the deals; Alex (the asker) owns the account"),
    ("q3-064", P, "owner", "whose account is fourth coffee", "account owner Sam; the won deal there is Priya's"),
    ("q3-065", S, "owner", "deal owner on tailspin toys analytics suite?", "Priya; the account (and the other Tailspin deal) is Alex's"),
    # contact_info: a contact's email / phone / title
    ("q3-066", A, "contact_info", "marcus webb email", "Fiona Weber is also at Initech"),
    ("q3-067", P, "contact_info", "number for elena garica?", "two other Umbrella Health contacts"),
    ("q3-068", S, "contact_info", "whats olivia chens title", "Hooli has three CTOs; she is not one of them"),
    ("q3-069", R, "contact_info", "Contact details for Bruce Nolan, please.", "email, phone and title; Zane Turner is the other finance contact at Wayne"),
    ("q3-070", J, "contact_info", "what's the email for Dana at Globex", "Dana Smith at Acme Corp is the other Dana"),
    ("q3-071", A, "contact_info", "helena tanaka - what's her role", "CFO at Initech; Yara Tanaka at Acme Corp is a CTO"),
    ("q3-072", P, "contact_info", "need to ring abigail kim, what's her number", "Adrian Kim and Connor Kim are other Kims"),
    ("q3-073", S, "contact_info", "connor kim's email and title?", "Lucia Kim is also at Fabrikam"),
    # company_info: industry, domain
    ("q3-074", A, "company_info", "what industry is tyrel in", "Robotics"),
    ("q3-075", P, "company_info", "domain for monarch?", "monarch.io, not a guessed .com"),
    ("q3-076", S, "company_info", "what does Massive Dynamic do, industry-wise", "Research; Oscorp is Biotech"),
    ("q3-077", R, "company_info", "which companies are in retail", "three; Adventure Works is Outdoor"),
    ("q3-078", J, "company_info", "What's Nakatomi's website?", "nakatomi.com"),
    ("q3-079", A, "company_info", "list the finance accounts", "industry Finance; Nakatomi Trading is Trading"),
    ("q3-080", P, "company_info", "dunder mifflin industry?", "Paper"),
    ("q3-081", S, "company_info", "beverage companies we have?", "two; the Food companies are a different industry"),
    # company_contacts: contacts at a company
    ("q3-082", A, "company_contacts", "who do we know at lucern", "six contacts; labels are five of them"),
    ("q3-083", P, "company_contacts", "acme logistics contacts", "seven contacts; labels are five; Acme Corp's contacts must not appear"),
    ("q3-084", S, "company_contacts", "anyone at litware in the crm?", "two contacts (Litware has no deals)"),
    ("q3-085", R, "company_contacts", "who's the CTO at monarch", "one CTO; Oscar Rossi (Office Manager) and the deal contact are not"),
    ("q3-086", J, "company_contacts", "Who is the CEO of Alpine Ski House?", "the deal contact and the VP Sales are not the CEO"),
    ("q3-087", A, "company_contacts", "contacts at stark", "four contacts"),
    ("q3-088", P, "company_contacts", "finance people at Wayne Enterprises?", "the CFO and the Finance Manager"),
    ("q3-089", S, "company_contacts", "who've we got at fourth coffee",
     "no contacts at Fourth Coffee (it has one deal, with no contact): the answer is none; Claire Diaz is at Coho Winery"),
    # activity: logged by me / someone in a period
    ("q3-090", J, "activity", "what's been logged so far today",
     "two entries today (Priya's message, Alex's email); yesterday's entries must not appear"),
    ("q3-091", S, "activity", "did i log anything yesterday",
     "Sam logged nothing on Nov 17: the answer is none; Priya's and Alex's entries must not appear"),
    ("q3-092", A, "activity", "what did the team log yesterday?",
     "three entries on Nov 17 (two emails by Priya, one meeting by Alex); today's entries must not appear"),
    ("q3-093", R, "activity", "what did alex get up to this week",
     "Mon Nov 16 - today: three entries on two deals; his Sunday Nov 15 Stark email is last week; Priya's deals must not appear"),
    ("q3-094", J, "activity", "how many meetings did the team log last week",
     "Nov 9-15; excludes the count of all activity types"),
    ("q3-095", A, "activity", "my activity last week",
     "Nov 9-15; labels are five deals; the Nov 8 (Sunday before) Oscorp note must not appear"),
    ("q3-096", S, "activity", "what meetings happened this week", "two meetings, team-wide; last week's meetings must not appear"),
    ("q3-097", R, "activity", "emails alex sent in the last 7 days",
     "four labelled deals (Nov 12-18); the Nov 11 Alpine email is also right if the window starts on the 11th; Nov 10 emails and non-email activity must not appear"),
    ("q3-098", P, "activity", "my activity count for last week?",
     "Nov 9-15; excludes the team's count"),
    # last_touch: latest activity with a company / contact
    ("q3-099", A, "last_touch", "last touch w/ massive dynamic?",
     "2026-10-30, on its Closed Lost deal; an answer that only looks at open deals gives 2026-10-24"),
    ("q3-100", P, "last_touch", "when did anyone last speak to Dana Lee", "Dana Smith's last touch is a different date"),
    ("q3-101", S, "last_touch", "last time we touched gringotts", "Woodgrove Bank is the other Finance account"),
    ("q3-102", R, "last_touch", "latest activity with monarch solutions", "a message logged early today"),
    ("q3-103", J, "last_touch", "When was Vandelay Industries last contacted?",
     "never: no activity was ever logged; the company's creation date is not a touch"),
    ("q3-104", A, "last_touch", "how long since we talked to colin hughs", "last activity 2026-11-07 (11 days ago)"),
    ("q3-105", P, "last_touch", "last contact w tom becker?", "Acme Corp (the other Acme) has a different date"),
    ("q3-106", S, "last_touch", "when did i last log something on lucerne", "Sam's latest activity on the Lucerne account"),
    # tasks
    ("q3-107", P, "tasks", "dunder mifflin platform - any overdue tasks on it?",
     "two open 'Book a demo' tasks past due (Nov 5 and Nov 11); the Send contract task is due Nov 19"),
    ("q3-108", A, "tasks", "how many of my tasks are done so far",
     "Alex has 7 done tasks (32 in all)"),
    ("q3-109", S, "tasks", "anything due tomorrow for me?", "Sam has nothing due Nov 19: the answer is none; both tasks due then are Alex's"),
    ("q3-110", J, "tasks", "what tasks land on friday?",
     "Friday = 2026-11-20: one open task (on a Closed Lost deal); Thursday's and Saturday's tasks must not appear"),
    ("q3-111", R, "tasks", "open tasks for nakatomi",
     "four open tasks with three distinct titles; the done Check in must not appear"),
    ("q3-112", A, "tasks", "what's on my task list this week",
     "open tasks due Mon Nov 16 - Sun Nov 22 (five distinct titles); the done task due today and next Monday's task must not appear"),
    ("q3-113", S, "tasks", "how many open tasks have I got", "12; the team has 53"),
    ("q3-114", P, "tasks", "pending tasks on the trey research deal?",
     "one open task (due 2026-11-29); a done task has the same title, due 2026-12-06"),
    ("q3-115", J, "tasks", "which tasks have been overdue since october?",
     "two open tasks due in October; the Nov 3 task must not appear"),
    # count
    ("q3-116", R, "count", "how many contacts are prospects", "lifecycle_stage = prospect"),
    ("q3-117", J, "count", "how many deals does alex own, open or closed", "all stages"),
    ("q3-118", A, "count", "how many accounts are mine",
     "companies whose owner is Alex"),
    ("q3-119", P, "count", "how many contacts are assigned to me",
     "contacts owned by Priya"),
    ("q3-120", S, "count", "how many open deals are 100k or more", "amount >= 100,000, open only (30 with closed ones)"),
    ("q3-121", R, "count", "number of activities logged in october", "October 2026, all reps"),
    ("q3-122", J, "count", "How many tasks have been completed?", "status done"),
    ("q3-123", A, "count", "how many contacts have we never logged any activity with", "contacts with no activity at all"),
    # amounts: biggest / smallest / average / total with filters
    ("q3-124", A, "amounts", "whats the bigest deal we have with tailspin",
     "Support Plan 126,000 vs Analytics Suite 120,000; the biggest deal overall (Stark) must not be given"),
    ("q3-125", S, "amounts", "smallest deal priya has open?",
     "the team's smallest open deal is Sam's and must not be given"),
    ("q3-126", R, "amounts", "what's alex's avg open deal size",
     "rounded to whole dollars; excludes the team's open average"),
    ("q3-127", J, "amounts", "total value of consulting services deals still open", "excludes the total with closed deals"),
    ("q3-128", P, "amounts", "avg size of the deals we lost this year", "excludes the average won deal"),
    ("q3-129", A, "amounts", "total of my deals closing in december", "Alex's open December deals; excludes the team's December total"),
    ("q3-130", S, "amounts", "what's the biggest deal i've lost",
     "Sam's biggest loss; the team's biggest loss (Oscorp Software License) is Alex's"),
    ("q3-131", J, "amounts", "how much is still open at margie's travel", "one open deal; excludes the all-deals total and the won amount"),
    ("q3-132", R, "amounts", "mean amount of analytics suite deals", "all nine are open; excludes the overall average"),
    # stage_breakdown: deals per stage
    ("q3-133", J, "stage_breakdown", "pipeline split by stage", "open stages only; the closed totals must not appear"),
    ("q3-134", A, "stage_breakdown", "break down my deals by stage w/ totals",
     "Alex's four open stages; his closed stages may be listed too; the team's Lead and Proposal totals must not appear"),
    ("q3-135", P, "stage_breakdown", "which of my deals are at proposal stage", "three; Sam's Fabrikam Security Add-on is also at Proposal"),
    ("q3-136", S, "stage_breakdown", "lead-stage deals over 100k?", "seven deals; labels are the five largest"),
    ("q3-137", R, "stage_breakdown", "what stage is Wayne Enterprises Consulting in", "Lead"),
    ("q3-138", J, "stage_breakdown", "how many deals have we won vs lost overall, and the $ for each",
     "5 won / 7 lost; labels are the two totals; excludes their sum"),
    ("q3-139", A, "stage_breakdown", "stark deal - what stage?", "Qualified"),
    ("q3-140", S, "stage_breakdown", "how many deals in negotiation and what are they worth", "excludes the Proposal total"),
    # comparison
    ("q3-141", A, "comparison", "who has more pipeline, Sam or Priya?", "Priya; excludes totals that count closed deals"),
    ("q3-142", P, "comparison", "am i ahead of alex on open pipeline?", "yes; excludes Alex's total with closed deals"),
    ("q3-143", S, "comparison", "who's won more this year, me or priya", "Priya 206,000 vs Sam 178,000; excludes won+lost totals"),
    ("q3-144", R, "comparison", "In October, who lost more in dollar terms - Alex or Sam?",
     "Sam by value (Alex lost more deals by count); excludes Alex's losses for the whole year"),
    ("q3-145", J, "comparison", "is there more money in Lead or in Negotiation?", "Lead"),
    ("q3-146", A, "comparison", "acme corp vs acme logistics - which has more open pipeline",
     "Acme Corp; excludes the two added together"),
    ("q3-147", P, "comparison", "did we win more $ on security add-on or software license this year",
     "Security Add-on; excludes all-stage totals per product"),
    ("q3-148", S, "comparison", "do i have more $ closing in dec or jan", "two deals each month; January is worth more; excludes team totals"),
    # ranking
    ("q3-149", A, "ranking", "gimme priya's top 3 open deals by value",
     "her won Margie's Travel Security Add-on (185,000) is closed; the team's 199,000 deal is Alex's"),
    ("q3-150", J, "ranking", "top 5 deals", "the five biggest deals are all open; the sixth (a loss) must not appear"),
    ("q3-151", S, "ranking", "rank the reps by closed-won revenue this year",
     "Priya, Sam, Alex; excludes won+lost totals per rep"),
    ("q3-152", P, "ranking", "which 3 companys have the most open pipeline",
     "open totals per company; the company with the single biggest deal (Stark) is 5th"),
    ("q3-153", R, "ranking", "top 3 accounts by number of contacts", "7, 6 and 6 contacts"),
    ("q3-154", A, "ranking", "my 3 smallest open deals", "Alex's closed 5,000 deal and Sam's 10,000 deal must not appear"),
    ("q3-155", S, "ranking", "which rep has logged the most activity this month",
     "November so far: Priya 37, Alex 31, Sam 20; excludes all-time counts"),
    ("q3-156", J, "ranking", "3 biggest open deals closing in december",
     "Stark (February) and the overdue Sterling Cooper deal are bigger but must not appear"),
    # yes_no
    ("q3-157", A, "yes_no", "did we ever land Hooli?", "no: the only Hooli deal is still in Negotiation"),
    ("q3-158", S, "yes_no", "is the Stark deal still open?", "yes, Qualified"),
    ("q3-159", P, "yes_no", "do we have anything with Wonka?", "yes, one open deal (Qualified)"),
    ("q3-160", R, "yes_no", "did we lose oscorp?", "yes: both Oscorp deals are Closed Lost"),
    ("q3-161", J, "yes_no", "Is the Pied Piper deal Alex's?", "yes"),
    ("q3-162", A, "yes_no", "has sterling cooper consulting closed yet",
     "no: still Qualified, although its close date 2026-11-09 has passed"),
    ("q3-163", S, "yes_no", "have i logged anything on fabrikum this month",
     "yes, on the Fabrikam Support Plan; the Fabrikam Software License activity is Priya's"),
    ("q3-164", P, "yes_no", "is the fabrikam software license still set to close this year?",
     "yes, 2026-12-03; the Fabrikam Security Add-on closes in 2027"),
    # decline: fields the CRM does not store
    ("q3-165", A, "decline", "what's the margin on the Initech deal?", "no cost or margin field; the amount is not a margin"),
    ("q3-166", P, "decline", "globex annual revenue?", "no company revenue field; the deal amount is not revenue"),
    ("q3-167", S, "decline", "how many employees does hooli have, roughly? need it for sizing",
     "no employee count; the number of contacts is not the headcount"),
    ("q3-168", R, "decline", "linkedin url for marcus webb", "no social profiles stored"),
    ("q3-169", J, "decline", "When did Southridge Video churn?", "no churn date or status"),
    ("q3-170", A, "decline", "whats the NPS for acme corp", "no NPS or satisfaction data"),
    ("q3-171", P, "decline", "when's wonka's renewal due", "no renewal or contract dates; the deal close date is not a renewal date"),
    ("q3-172", R, "decline", "which deals have a signed NDA on file?", "no documents or NDA flags"),
    ("q3-173", J, "decline", "what month does stark's fiscal year end", "no fiscal-year field"),
    ("q3-174", A, "decline", "how many seats is contoso licensing", "no seat or quantity field"),
    ("q3-175", S, "decline", "payment terms on the woodgrove deal?", "no payment terms"),
    ("q3-176", R, "decline", "What's our ARR from Northwind Health?", "no recurring revenue; the won deal amount is not ARR"),
    ("q3-177", P, "decline", "twitter handle for pied piper", "no social handles"),
    # decline: records that do not exist
    ("q3-178", A, "decline", "how many deals does Casey Jones have?", "no user or contact called Casey Jones"),
    ("q3-179", P, "decline", "any deals with initrode", "no such company; Initech is a different one"),
    ("q3-180", S, "decline", "how much is the Globex Enterprise License worth",
     "no such deal: Globex only has the Platform Expansion"),
    ("q3-181", R, "decline", "show me deals in the Discovery stage", "no Discovery stage (there are Discovery calls, which are activities)"),
    ("q3-182", J, "decline", "what has Taylor closed this year?", "no rep called Taylor; the team's won total is the wrong answer"),
    ("q3-183", A, "decline", "email for dana whitfield", "no such contact; the two Danas are Smith and Lee"),
    ("q3-184", P, "decline", "Gekko & Co - any open deals?", "no such company"),
    ("q3-185", S, "decline", "what's the list price of our Data Warehouse product", "no such product and no price list"),
    ("q3-186", R, "decline", "contact info for Jim Halpert at Dunder Mifflin",
     "no such contact; Dunder Mifflin's real contacts must not be passed off as him"),
    ("q3-187", J, "decline", "wonka labs platform deal - where's it at stage-wise?",
     "no such deal; the Wonka deal is Consulting Services"),
    ("q3-188", P, "decline", "acme industries - who do we deal with there?",
     "no Acme Industries; asking whether Acme Corp or Acme Logistics was meant is a good answer"),
    ("q3-189", A, "decline", "Tyrell Systems Support Plan - what's it worth?",
     "Tyrell has no Support Plan deal; the Tailspin Toys Support Plan is a fuzzy wrong match"),
    # decline: opinions and predictions
    ("q3-190", S, "decline", "is priya a better rep than me?", "opinion"),
    ("q3-191", R, "decline", "should we drop the bluth account", "opinion / advice"),
    ("q3-192", J, "decline", "what do u think of hooli as a company", "opinion"),
    ("q3-193", A, "decline", "will fabrikam sign before christmas?", "prediction"),
    ("q3-194", P, "decline", "predict our Q1 bookings", "prediction; the Q1 open pipeline is not a bookings forecast"),
    ("q3-195", S, "decline", "will monarch renew next year", "prediction; no renewals"),
    # decline: not about the CRM
    ("q3-196", S, "decline", "weather in chicago tmrw?", "off-topic"),
    ("q3-197", R, "decline", "tell me a joke", "off-topic"),
    ("q3-198", J, "decline", "write me a python script that dedupes a csv", "off-topic"),
    ("q3-199", A, "decline", "who won the world cup in 2022", "off-topic"),
    ("q3-200", P, "decline", "banana bread recipe pls", "off-topic"),
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
            print(iid, user.split("@")[0], "|", text, "\n    +", contains, "\n    -", excludes)
            if not decline and "-t" in sys.argv:
                print("    =", V.cells(store, spec.get("truth", []))[:40])
    store.close()
    order = list(range(len(out)))
    random.Random(20261201).shuffle(order)
    half = len(out) // 2
    for name, idx in (("questions3_dev.jsonl", sorted(order[:half])), ("questions3_test.jsonl", sorted(order[half:]))):
        (HERE / name).write_text("".join(json.dumps(out[i], ensure_ascii=False) + "\n" for i in idx), encoding="utf-8")
    print(f"wrote {half} dev + {len(out) - half} test")


if __name__ == "__main__":
    main()
