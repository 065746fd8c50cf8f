#!/usr/bin/env python3
"""Build the training corpus for the sentiment + intent classifier of inbound B2B messages.

Deterministic (seeded), python3 standard library only.

    python3 data/signal_train/build_train.py            # writes train.jsonl next to this file
    python3 data/signal_train/build_train.py --check    # rebuild in memory, compare with train.jsonl

The corpus has two parts:
  * HAND: whole messages written by hand (each with its labels), see the HAND_* lists below.
  * generated messages, composed from hand-written building blocks (intent clauses, combined
    clauses, fillers, praise, greetings, sign-offs, industry vocabularies, channel wrappers, typos)
    following a fixed schedule of intent "shapes" (see SHAPES).

Labels follow tests/corpus/insights/README.md; the extra conventions used here are in README.md
next to this file.
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 20240611
TOTAL = 900
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "train.jsonl")

INTENTS = ["pricing_question", "objection", "complaint", "churn_threat", "buying_signal", "meeting_request"]
NEGATIVE_INTENTS = {"objection", "complaint", "churn_threat"}
CODE = {"P": "pricing_question", "O": "objection", "C": "complaint", "X": "churn_threat",
        "B": "buying_signal", "M": "meeting_request"}


def decode(codes):
    got = {CODE[c] for c in codes.split()}
    return [i for i in INTENTS if i in got]


def sentiment_for(intents, praise):
    """The original labelling rule (README + conventions):
    objection / complaint / churn_threat anywhere -> negative;
    otherwise buying_signal or explicit praise -> positive;
    otherwise (questions, scheduling, logistics, courtesy) -> neutral.
    buying_signal without praise is no longer positive (CONVENTIONS.md 10); that is corrected per message by
    SENTIMENT_OVERRIDES at the end of build(), so the seeded generation stays unchanged."""
    if NEGATIVE_INTENTS & set(intents):
        return "negative"
    if "buying_signal" in intents or praise:
        return "positive"
    return "neutral"


# ---------------------------------------------------------------------------------------------
# Part 1: whole messages written by hand.  (text, intent codes, explicit praise?)
# P=pricing_question O=objection C=complaint X=churn_threat B=buying_signal M=meeting_request
# ---------------------------------------------------------------------------------------------

HAND_CHAT = [
    ("hey can u resend the quote for the 40 pallets? cant find the email", "P", 0),
    ("still no delivery. thats 3 days now", "C", 0),
    ("pls call me back when u get a sec", "M", 0),
    ("we r good to go, send the contract over", "B", 0),
    ("ok thx", "", 0),
    ("tooo expensive for us tbh", "O", 0),
    ("is there a discout if we pay the year upfront?", "P", 0),
    ("driver didnt show up AGAIN", "C", 0),
    ("can we move tmrw's call to thurs?", "M", 0),
    ("honestly thinking of switching suppliers", "X", 0),
    ("add 5 more seats pls, same plan as the others", "B", 0),
    ("u free tmrw around 10? want to go thru the numbers", "M", 0),
    ("got it thanks 👍", "", 0),
    ("invoice wrong again, we ordered 12 not 20", "C", 0),
    ("whats the lead time on the 6mm brackets", "", 0),
    ("no budget till april sorry", "O", 0),
    ("lol the app crashed in the middle of my board presentation. great timing", "C", 0),
    ("how much is the premium tier per user", "P", 0),
    ("we're in. where do i sign?", "B", 0),
    ("nvm sorted it", "", 0),
    ("call me", "M", 0),
    ("pls cancel our subscripton at the end of the month", "X", 0),
    ("how much for 200 units delivered to leeds?", "P", 0),
    ("3rd time asking for that credit note...", "C", 0),
    ("can do 9am fri if that works for u", "M", 0),
    ("grt demo today, the team loved it", "", 1),
    ("we're still waiting on the replacement pump", "C", 0),
    ("we'll pass for now, maybe next yr", "O", 0),
    ("any chance of net 60 on this one?", "P", 0),
    ("fyi ur competitor quoted us 15% less", "O", 0),
    ("sure, i'll be there", "", 0),
    ("need 2 more boxes of the navy polos asap, same sizes", "B", 0),
    ("not renewing. thanks for everything tho", "X", 0),
    ("can someone ring me about where our order is at", "M", 0),
    ("Running 10 min late, start without me", "", 0),
    ("whens the truck coming", "", 0),
    ("thx for sorting the login issue so fast, legend", "", 1),
    ("send me the PO template and we'll get it raised today", "B", 0),
    ("website says 4.99/kg but the invoice says 5.40?? which is it", "C P", 0),
    ("can we do a quick zoom later?", "M", 0),
    ("the new tablets are a hit with the kids 🙌 we'll want another 30 for year 5", "B", 1),
    ("no thanks, not interested", "O", 0),
    ("whats ur cheapest plan that still has SSO", "P", 0),
    ("yo the fridge unit is leaking again", "C", 0),
    ("on my way to site, will reply later", "", 0),
    ("price went up again?? since when", "C P", 0),
    ("we'll take the 3 yr deal", "B", 0),
    ("Received the samples, looking really good", "", 1),
    ("k see u thurs", "", 0),
    ("pls stop sending the pallets to the old address, been 2 months now", "C", 0),
    ("r we still on for 2?", "", 0),
    ("wheres my refund", "C", 0),
    ("shall we say 11 on monday then?", "M", 0),
    ("do u guys do weekend installs", "", 0),
]

HAND_SARCASM = [
    ("Oh fantastic, another 'scheduled maintenance' window right in the middle of our month-end close. Really appreciate the timing.", "C", 0),
    ("Love that I have to chase your team every single week for a delivery date. Really makes my Monday.", "C", 0),
    ("Great, the invoice is wrong again. Honestly, at this point I'm impressed by the consistency.", "C", 0),
    ("Wow, only four working days to answer a support ticket this time. Progress!", "C", 0),
    ("Brilliant. The 'next-day' courier turned up on day five. Maybe rename the service?", "C", 0),
    ("Sure, I'll just tell 300 students their tablets are arriving 'soon'. I'm sure they'll be thrilled.", "C", 0),
    ("Thanks so much for the 'upgrade' that removed the one report we actually used every day.", "C", 0),
    ("Amazing how the subscription goes up every year while support gets slower. Is that the premium experience?", "C", 0),
    ("Nothing says partnership like a 12% increase announced in the footer of an invoice.", "C", 0),
    ("Can't wait to explain to my CFO why we're paying more for less. Maybe it's time we shopped around.", "C X", 0),
    ("Oh good, the handheld scanners froze again. Should we just go back to clipboards? Might honestly be faster.", "C", 0),
    ("Yes, perfect, exactly what every kitchen wants on a Saturday night: a walk-in freezer sitting at 9 degrees.", "C", 0),
    ("Really loving the hold music, by the way. Heard all of it for 40 minutes yesterday.", "C", 0),
    ("Congrats on the new website. Shame the ordering page doesn't work on it.", "C", 0),
]

HAND_UNDERSTATEMENT = [
    ("The last delivery wasn't quite what we had in mind. About a third of the crates were cracked.", "C", 0),
    ("Our bakers are a little less enthusiastic about the frozen dough since the last two batches arrived half-thawed.", "C", 0),
    ("It's fair to say the rollout at the Dunmore site hasn't gone entirely smoothly.", "C", 0),
    ("We've had better weeks with the booking engine, let's put it that way.", "C", 0),
    ("I wouldn't say the board was thrilled when they saw the renewal figure.", "O", 0),
    ("The proposal is a touch ambitious for a practice of our size.", "O", 0),
    ("Slightly concerned that nobody has picked up the support line since Tuesday.", "C", 0),
    ("Not the smoothest handover we've ever experienced, if I'm being diplomatic.", "C", 0),
    ("The numbers are a bit rich for a three-person office, if I'm honest.", "O", 0),
]

HAND_HEDGED_BUYING = [
    ("We're leaning towards going with you for the autumn term. Can you hold the August install dates for us?", "B", 0),
    ("Nothing's signed yet, but it's looking likely we'll want the larger package.", "B", 0),
    ("Not promising anything, but could you send the contract over so our legal team can start reading?", "B", 0),
    ("We may well need another 200 licences in January if enrolment holds up.", "B", 0),
    ("Between you and me, you're the frontrunner. What would a start date in early June look like?", "B", 0),
    ("If the pilot keeps going like this, I'd expect us to roll it out to the other four depots.", "B", 1),
    ("Probably going to go ahead with the solar install on the west barn too, just need the final numbers from you.", "B P", 0),
    ("We're pencilling you in as our preferred supplier for next season's seed order.", "B", 0),
    ("Assuming the references check out, we'd like to sign before quarter end.", "B", 0),
    ("The team's keen. I'll most likely come back to you next week with a PO.", "B", 0),
    ("We're pretty sure we'll go ahead, but it needs the board's sign-off on the 12th.", "B O", 0),
    ("Might be worth reserving some stock for us in March, I have a feeling we'll need it.", "B", 0),
]

HAND_IMPLICIT_CHURN = [
    ("Just a heads-up: procurement is running a full vendor review in Q3 and every contract is on the table, yours included.", "X", 0),
    ("We've been asked to get two other quotes before the renewal goes through.", "X", 0),
    ("With the budget cuts announced last week, I suspect we'll let the contract lapse in March.", "X O", 0),
    ("Our new COO has a long relationship with another provider. I'll be honest, that could change things for us.", "X", 0),
    ("We'll be running the new Coventry site with a different supplier, at least as a trial.", "X", 0),
    ("Please make sure our plan doesn't auto-renew. We'll decide later whether to continue.", "X", 0),
    ("Could you remind me what the notice period is on our agreement?", "X", 0),
    ("How would we go about exporting all our patient records if we ever needed to?", "X", 0),
    ("We've started trialling Norvane alongside your platform, just to compare.", "X", 0),
    ("Honestly, if next quarter goes like this one, we'll be looking elsewhere.", "C X", 0),
    ("Head office is consolidating suppliers across the group, so I can't promise we'll still be ordering from you after June.", "X", 0),
    ("We've been told to cut external spend by 20%. Your contract is one of the ones being looked at.", "X O", 0),
    ("I've been asked to put together a comparison of you and two alternatives for the board.", "X", 0),
    ("Just so you know, Ferrow Logistics came in and pitched to our ops director last week. He was impressed.", "X", 0),
    ("We're reviewing whether we still need the premium support add-on at all.", "X", 0),
    ("Our parent company uses someone else for this, and they'd like us to fall in line when the term ends.", "X", 0),
]

HAND_IMPLICIT_COMPLAINT = [
    ("Still waiting on the revised invoice you promised last Wednesday.", "C", 0),
    ("Third time asking: where is the credit note for order 4471?", "C", 0),
    ("Following up (again) on my emails from the 3rd, the 10th and the 17th.", "C", 0),
    ("Any update? It's been two weeks.", "C", 0),
    ("The technician said he'd be back on Tuesday. It's Friday.", "C", 0),
    ("Just checking whether anyone actually reads the support inbox.", "C", 0),
    ("Bumping this to the top of your inbox for the fourth time.", "C", 0),
    ("We were promised the scaffolding by the 1st. Today is the 9th.", "C", 0),
    ("Is there a reason the tracking page has said 'in transit' since the 2nd?", "C", 0),
    ("Hello? Is anyone there? I've sent this twice already.", "C", 0),
    ("Our residents have now been without hot water for three days while we wait for your engineer.", "C", 0),
    ("For the record, this is the second order this month that has arrived without the cold packs.", "C", 0),
    ("I'm told the fix is 'in the next release'. I was told that in March.", "C", 0),
]

HAND_OBJECTION_QUESTIONS = [
    ("Why would we pay double what Kestrel charges for essentially the same sensors?", "O", 0),
    ("What happens when your API goes down during our Black Friday peak? We can't take that risk.", "O", 0),
    ("How does a 20% premium over our current setup make sense for a team of six?", "O", 0),
    ("Is there any reason we shouldn't just stay with our current supplier?", "O", 0),
    ("Does it even work with SAP Business One? Because if not, it's a non-starter for us.", "O", 0),
    ("Can you explain why we'd switch mid-harvest when everything's already set up and working?", "O", 0),
    ("Who's going to train 40 drivers on a new app during peak season?", "O", 0),
    ("Why should we sign for three years when you can't commit to a delivery window?", "O", 0),
    ("If the system has no offline mode, what are our nurses supposed to do on wards with no signal?", "O", 0),
    ("And where exactly would we find the budget for this before the new financial year?", "O", 0),
    ("What's the point of paying for the upgrade if our old handsets can't run it?", "O", 0),
]

HAND_MEETING_NO_WORD = [
    ("Are you around Thursday afternoon? I'd like to walk my team through our requirements.", "M", 0),
    ("Could you swing by the depot next week and see the setup for yourself?", "M", 0),
    ("Can you jump on with our CFO for 20 minutes before Friday?", "M", 0),
    ("Give me a ring when you're back from lunch.", "M", 0),
    ("Let's find half an hour next week to go through the rollout plan.", "M", 0),
    ("Happy to host you at the plant on the 14th if you want to see the line running.", "M", 0),
    ("I need 15 minutes of your time this week, whenever suits.", "M", 0),
    ("Could we push Tuesday's session to the following week? Half the team is off sick.", "M", 0),
    ("Free for a coffee near Paddington on Monday? Would be good to put a face to the name.", "M", 0),
    ("Can we get our IT lead and your engineer on a screen-share sometime Wednesday?", "M", 0),
    ("Would 2:30 tomorrow work to go through the test results together?", "M", 0),
    ("Something's come up. Could we do Friday 11:00 instead of Thursday?", "M", 0),
    ("When's good for you to come and look at the kitchen layout? Mornings are best for us.", "M", 0),
]

HAND_PRICING_NO_WORD = [
    ("What would 500 units run us, roughly?", "P", 0),
    ("How much are we looking at for the multi-site option?", "P", 0),
    ("Is there anything off for a three-year commitment?", "P", 0),
    ("What's the damage for adding the Spanish language pack?", "P", 0),
    ("Can you do 60 days on invoices instead of 30?", "P", 0),
    ("Why is this month's bill about £400 higher than usual?", "P", 0),
    ("What does the next tier up cost per head?", "P", 0),
    ("Do you charge extra for Saturday deliveries?", "P", 0),
    ("Could you put together a quote for 12 site cabins for six months?", "P", 0),
    ("Do you invoice monthly or quarterly for the maintenance contract?", "P", 0),
    ("What's the per-kilo rate if we go over two tonnes a month?", "P", 0),
    ("Is VAT included in the figure you sent, or on top?", "P", 0),
    ("Roughly what would it set us back to add the two new vans to the policy?", "P", 0),
]

HAND_PRAISE_COMPLAINT = [
    ("Your field engineers are brilliant, genuinely. Your billing team, on the other hand, has sent us three wrong invoices in a row.", "C", 1),
    ("Love the product, hate the onboarding. It took us six weeks to get a single report working.", "C", 1),
    ("Delivery was quick and the driver was lovely, but two of the boxes were crushed and the glassware inside is in pieces.", "C", 1),
    ("Really happy with the new dashboards. Only gripe: the mobile app logs me out every ten minutes.", "C", 1),
    ("Great demo, truly. But at that figure there's no way it gets past our finance director.", "O", 1),
    ("The food itself is excellent and the chefs are happy. The delivery windows are another story, we've had three late drops this month.", "C", 1),
    ("Kudos to Marco in support, he saved our weekend. Shame it was your update that broke things in the first place.", "C", 1),
    ("The uniforms look great and the staff love the fabric. But we ordered 60 and got 48.", "C", 1),
    ("Best-tasting coffee we've stocked in years. Please just stop sending it with the wrong grind.", "C", 1),
    ("Installation team were tidy and professional. Two of the panels are already showing faults though.", "C", 1),
    ("Your app is lovely to use when it's actually up, which this week has been about half the time.", "C", 1),
]

HAND_LOGISTICS = [
    ("Delivery address is Unit 7, Harrow Road Industrial Estate. Gate code is 4471.", "", 0),
    ("Please note our loading bay closes at 3pm on Fridays.", "", 0),
    ("Do you deliver to the Isle of Wight?", "", 0),
    ("Minimum order on the 25kg sacks?", "", 0),
    ("Can you confirm the pallets will be shrink-wrapped?", "", 0),
    ("Attached is the signed delivery note for order 8812.", "", 0),
    ("Our new receiving contact is Dana Whitlock (dana.whitlock@marrowfield.example). Please copy her on dispatch emails.", "", 0),
    ("What voltage do the chargers run on?", "", 0),
    ("Do the gloves come in extra small?", "", 0),
    ("Can your driver use the rear entrance on Cobb Lane? The front is closed for roadworks.", "", 0),
    ("Is the kit compatible with Android tablets or iPad only?", "", 0),
    ("We'll have a forklift on site, so no need for a tail-lift truck.", "", 0),
    ("Which courier do you use for the Dublin orders?", "", 0),
    ("Could you send the safety data sheets for the cleaning concentrate?", "", 0),
    ("Order 5530 received in full, all signed for.", "", 0),
    ("Payment's gone out today for invoice 20931.", "", 0),
    ("Can I get copies of last year's delivery notes for the audit?", "", 0),
    ("I'm the new procurement lead at Sallow Foods, taking over from James. Nothing needed right now, just introducing myself.", "", 0),
    ("Who looks after our account now that Ahmed has left?", "", 0),
]

HAND_OOO = [
    ("Out of office: I'm away until Monday 14 July with limited access to email. For urgent orders please contact purchasing@greyhollow.example.", "", 0),
    ("Auto-reply: Thank you for your email. I'm on parental leave until September. In my absence please contact Raj Mendis on 0161 555 0142.", "", 0),
    ("I am currently at the Hospitality Expo in Birmingham and will respond to your message on my return on Thursday.", "", 0),
    ("Automatic reply: This mailbox is no longer monitored. Please direct all accounts queries to accounts@tillerbrook.example.", "", 0),
    ("Thanks for your message. I'm out until the 3rd. If it's about an active delivery, ring the yard office on 01632 960118.", "", 0),
    ("OOO until Tues, back then", "", 0),
    ("Estoy fuera de la oficina hasta el lunes. I'm out of the office until Monday and will reply when I'm back.", "", 0),
    ("Hi, I'm on annual leave this week. Your email has not been forwarded. Kind regards, Sinead", "", 0),
    ("Auto-response: our offices are closed for the bank holiday and will reopen on Tuesday at 8am.", "", 0),
]

HAND_THANKS = [
    ("Thanks, received.", "", 0),
    ("Cheers, got it.", "", 0),
    ("Many thanks for sending that over, I'll pass it to the team.", "", 0),
    ("Thank you so much, your crew really went above and beyond this weekend.", "", 1),
    ("Thanks Priya, appreciated.", "", 0),
    ("Noted, thank you.", "", 0),
    ("Brilliant, thanks for the quick turnaround, that's made my week.", "", 1),
    ("Received with thanks.", "", 0),
    ("Thanks for the call earlier, I'll get back to you once I've spoken to the team.", "", 0),
    ("Just wanted to say the new driver on our route is a real star. Always on time and always cheerful.", "", 1),
]

HAND_POLITE_REFUSAL = [
    ("Thanks for the proposal. We'll pass for now, but do keep us in mind next year.", "O", 0),
    ("We've decided not to go ahead at this stage. Appreciate all your time on this.", "O", 0),
    ("It's a no from us this time, I'm afraid.", "O", 0),
    ("We're going to hold off until the merger settles. Probably revisit in the spring.", "O", 0),
    ("Lovely to meet you, but it's just not a priority for us this year.", "O", 0),
    ("We've chosen to stay with our current provider. Thank you for the detailed response.", "O", 0),
    ("I'll be honest, it's not for us. Thanks anyway.", "O", 0),
    ("Thank you, but we're not in a position to take this further.", "O", 0),
    ("Appreciate the follow-ups, but please take us off the list for now.", "O", 0),
    ("The committee reviewed it and decided against it for this funding cycle.", "O", 0),
    ("Going to sit this one out, but good luck with the launch.", "O", 0),
]

HAND_NEGATION = [
    ("No complaints at all from the warehouse team. Let's renew for another year.", "B", 1),
    ("We're not cancelling, don't worry. Just want to know why the invoice changed.", "P", 0),
    ("Not unhappy with the service at all, just wondering what the new tier costs.", "P", 0),
    ("Nothing wrong with the order, just confirming the delivery window for Thursday.", "", 0),
    ("No issues on our end, go ahead and ship.", "B", 0),
    ("We're not looking to switch, just want to know if there's a cheaper plan with the same features.", "P", 0),
    ("I don't have any concerns about the terms, send it over for signature.", "B", 0),
    ("Not a complaint, just a heads-up that the driver couldn't find the back entrance.", "", 0),
    ("Can't fault the service this year. Happy to carry on as we are for another term.", "B", 1),
    ("I'm not saying we're unhappy, I'd just like to understand how your tiers compare.", "P", 0),
    ("No need to call, email is fine.", "", 0),
    ("We don't need another demo, we've seen enough. Send the order form.", "B", 0),
    ("Not going anywhere, just curious whether there's a loyalty discount for long-standing accounts.", "P", 0),
]

HAND_COMPETITOR = [
    ("Brightwater offered us the same spec for 12% less. Can you get anywhere near that?", "O P", 0),
    ("We're with Larkspur at the moment and pretty happy. Not sure what you'd do differently.", "O", 0),
    ("Halden gave us a free 30-day pilot. Any chance you'd do the same?", "O P", 0),
    ("We moved over from Orbis last quarter and it's night and day. Thank you!", "", 1),
    ("Tessaly's rep keeps calling us with a lower renewal offer. Just saying.", "X O", 0),
    ("How do you compare to Quillon on response times? That's the main thing we care about.", "", 0),
    ("Vantor can deliver twice a week and you can only do once. That's a problem for us.", "O", 0),
    ("We used Fenwick before you and, frankly, we don't miss them.", "", 1),
    ("Marlowe quoted £3.10 a unit. Beat that and the order's yours.", "O B", 0),
    ("We're also speaking to Grayline and Pemberton, so it'll come down to the numbers.", "O", 0),
]

HAND_MULTI = [
    ("Happy to go ahead with the 3-year deal if you can take 10% off. Otherwise we'll renew with Tessaly.", "O B", 0),
    ("Could we set up a call to go over volume pricing for next year?", "M P", 0),
    ("The last two shipments were late and I need someone to call me today.", "C M", 0),
    ("If this isn't fixed by Friday we're moving to another provider.", "C X", 0),
    ("We'd like to add the Leeds clinic. What would that cost, and could we start in May?", "B P", 0),
    ("It's too much for us right now. Could you call me Thursday to see if a smaller package would work?", "O M P", 0),
    ("Love the platform. What's the cost of going from 25 to 60 seats?", "B P", 1),
    ("Our CFO won't approve anything until Q2. Can we talk again in March?", "O M", 0),
    ("Third invoice error this quarter. If it happens again we'll be taking the account elsewhere. Please call me.", "C X M", 0),
    ("Can you send the contract and the invoice schedule? We'd like monthly billing if possible.", "B P", 0),
    ("Your rep promised a discount that never showed up on the invoice. Can someone explain?", "C P", 0),
    ("We're reviewing suppliers next month. Send me your best rate on the 20kg tubs before then.", "X P", 0),
    ("The new portal is great, but we can't justify the extra £2k a year. Is there a lighter plan?", "O P", 1),
    ("Count us in for another year. Can we grab 20 minutes to talk about adding the Glasgow team?", "B M", 0),
    ("Sorry, need to cancel tomorrow's demo, a budget freeze just came through. I'll be in touch when it lifts.", "O", 0),
    ("Honestly the support has been awful lately, and I've had a cheaper offer from Brightline. Convince me to stay.", "C X O", 0),
    ("Is there an education discount? We'd want 150 licences if it's affordable.", "P B", 0),
    ("Your quote's a bit steep. Any flexibility on the install fee if we commit to two sites?", "O P", 0),
    ("Ordered Monday, paid Monday, still nothing on Friday. Cancel it if it isn't shipping today.", "C X", 0),
    ("Can we move Thursday's review to Friday? Also, the March invoice still shows the old rate.", "M C", 0),
    ("Great news, the board approved it! Send the PO details and let's book the kickoff for next week.", "B M", 0),
    ("We need sign-off from group IT before anything moves. Could you do a session with them on security?", "O M", 0),
    ("What's the cancellation fee if we end the contract early?", "X P", 0),
    ("Not thrilled with the price rise. What are our options?", "C P", 0),
    ("Please quote for 300 cases of the Rioja and 100 of the Albariño, delivery first week of December.", "P B", 0),
    ("Happy with everything so far. When can we add the second warehouse to the contract?", "B", 1),
    ("We've had enough of the dropped calls. Send me the termination form and whatever the early exit fee is.", "C X P", 0),
    ("Any chance of a call tomorrow? We're deciding between you and Corvane by Friday and price is the sticking point.", "M O", 0),
    ("Sorry to be a pain, the engineer still hasn't been out. Can someone ring me with a date?", "C M", 0),
    ("We're really keen, just can't do it at that number. Could you meet us halfway?", "O P B", 0),
    ("Thinking about upgrading to the enterprise plan. What's the difference in cost and can we talk Monday?", "B P M", 0),
    ("Two broken pallets on the last drop. Please make sure they're credited.", "C", 0),
    ("We'll be going out to tender in the new year. Happy to walk you through what we'll be looking for if you want to pop in.", "X M", 0),
    ("Before I take this to the board I need a proper breakdown of costs per site.", "P", 0),
    ("We've had three outages this month and our renewal is in six weeks. Draw your own conclusions.", "C X", 0),
    ("I like it, the team likes it, but procurement says we need three quotes. Can you send yours by Friday?", "O P", 0),
    ("Love what you've done with the new app! Any discount on the annual plan? We'd switch from monthly straight away.", "P B", 1),
    ("Can you come in on Tuesday to look at the leaking unit? It's the second time this month.", "M C", 0),
    ("Do you offer payment in instalments? Otherwise we'll have to wait until the next budget round.", "P O", 0),
    ("Let's do it. Start date 1st of the month, invoice quarterly please.", "B P", 0),
    ("We're dropping the Bristol site from the contract at renewal. Can we get a revised quote for the remaining two?", "X P", 0),
    ("The sandbox still doesn't work and my devs have lost two days. Get someone senior on a call with us this afternoon.", "C M", 0),
    ("Match what Delfino charge for the oil and we'll move all five kitchens over. If not, no hard feelings.", "O B", 0),
    ("We'll sign this week if you can include the training days. Can we have a quick chat tomorrow to close it out?", "B M", 0),
    ("The rates have gone up twice this year and the service hasn't improved. Let's talk before I start looking around.", "C X M", 0),
]

HAND_SINGLES = [
    ("We'd like to order another 2,000 litres of the hand sanitiser concentrate, same spec as last time.", "B", 0),
    ("Please send the onboarding checklist so we can start bringing the Madrid team on.", "B", 0),
    ("Could you set up a trial account for our Dublin office?", "B", 0),
    ("The fibre line at our Cardiff branch has been dropping every afternoon since last Thursday.", "C", 0),
    ("We've got new funding, so we can finally go ahead with the second classroom set.", "B", 0),
    ("We're going with the Pro plan. Who do I talk to about getting the invoices in our name rather than the parent company's?", "B P", 0),
    ("Your new sales lead keeps calling me at 7am. Please stop.", "C", 0),
    ("We need the documentation in German before our works council will approve it.", "O", 0),
    ("Our seasonal workers start on the 3rd, so we'll need 40 more handsets before then.", "B", 0),
    ("The system is fine, but it really doesn't handle multi-currency, so we'll stick with spreadsheets for now.", "O", 0),
    ("What are your payment terms for new accounts?", "P", 0),
    ("The rebar you sent is 12mm, we ordered 16mm. Site's at a standstill.", "C", 0),
    ("Sorry, can't make 3pm. Does 4:30 work instead?", "M", 0),
    ("Are the prices on your website still current?", "P", 0),
    ("Please confirm receipt of our PO 44-1190 for the spring fertiliser.", "B", 0),
    ("Your payment reminder came through but we paid on the 2nd, reference HB-0992. Please check before sending these.", "C", 0),
    ("We'd like to trial the cold-chain sensors on five of our trucks before committing fleet-wide.", "B", 0),
    ("Your prices are fine, it's the 6-week lead time that kills it for us.", "O", 0),
    ("The insurance certificate you sent expired last month. Our auditors flagged it.", "C", 0),
    ("Any chance of moving our billing date to the 15th? Cash flow is tight at month-end.", "P", 0),
    ("Would love to get our hands on the beta of the scheduling module, count us in!", "B", 1),
    ("Dear Sir/Madam, we wish to give notice that we will not be renewing our agreement when it expires on 31 March.", "X", 0),
    ("We're a 12-bed hospice, so the per-seat model just doesn't work for us.", "O", 0),
    ("Just had the audit results back: zero non-conformances on your parts for the second year running. Well done to your QC team.", "", 1),
    ("Is it possible to get a walkthrough of the reporting before we decide? Any afternoon next week.", "M", 0),
]

HAND_EMAILS = [
    ("""Hi Tom,

Hope the move to the new office went smoothly, I saw the photos on LinkedIn. We've had a busy month here too, mostly onboarding the two new warehouse managers and getting the Derby site ready for the Christmas ramp-up.

On that note, the forecast from our planning team came in yesterday. It looks like we'll be moving roughly 30% more pallets through Derby from October to December. Could you let me know what the rate would look like at that volume, and whether the fuel surcharge would still apply?

Anyway, hope you're well, and say hi to Claire for me.

Cheers,
Gareth Pryce
Operations Lead, Corran Distribution""", "P", 0),
    ("""Dear Ms Okafor,

Thank you for the quarterly usage report, which I have circulated to the department heads. The breakdown by ward was particularly useful and has already informed some of our staffing discussions.

As you may know, the Trust is moving to a group-wide procurement framework from April. As part of that process all incumbent suppliers of consumables will be re-tendered, and I'm afraid we will not be able to extend the current agreement beyond March in any case.

I will forward the tender portal details when they are published.

Kind regards,
Dr Helen Aske
Head of Clinical Procurement, Westmere Community Health Trust""", "X", 0),
    ("""Hi Jonas,

Quick recap from our side after the internal review on Tuesday. The finance team are broadly comfortable with the reporting module, and the two analysts who tested it found the export options easy to use. Security still has a couple of open questions about SSO and data residency, which I've listed in the attached document.

Rather than going back and forth over email, would it be possible to get your solutions engineer and our security lead together for an hour sometime next week? Wednesday or Thursday morning would be ideal.

Thanks again for your patience with all of this.

Best,
Maren Solberg
IT Manager, Brackwater Insurance""", "M", 0),
    ("""Hello Sam,

Please find attached our updated delivery schedule for the summer months, along with the list of new menu items the chefs would like to see samples of. The sourdough and the focaccia have been very popular with guests.

One thing I do need to flag: on Saturday the delivery arrived at 11:40, when our slot is 6-7am. Our prep team had to improvise the whole brunch service and we ended up buying bread from the supermarket. This is the second time in a month.

Let me know if you need anything else for the schedule.

Thanks,
Ines Carvalho
Head Chef, The Copper Kettle Group""", "C", 0),
    ("""Hi Anita,

Thanks for the tour of the Telford facility last month, the team found it really valuable and we've been talking about your cell layout ever since.

We've now finished the trial run with the 40 sample brackets. Dimensional checks were all within tolerance and the powder coat passed our salt-spray test. Based on that, we'd like to move to a production order of 6,000 units for Q3, split across three deliveries.

Could you confirm lead times and send a formal quote on that basis, including any volume break above 5,000?

Best regards,
Piotr Nowak
Purchasing Manager, Halvorsen Agricultural Machinery""", "B P", 1),
    ("""Dear Mr Achebe,

Thank you for coming in to present to the senior leadership team on Thursday. Staff were very impressed by the reading analytics, and our Year 6 lead has been talking about it ever since.

Unfortunately, having looked closely at the figures with our business manager, we can't see a way to fund it this academic year. Our budget has been heavily committed to the building works and the new heating system.

We would be glad to look again in the spring term when next year's budget is set.

With best wishes,
Mrs K. Lindqvist
Headteacher, St Aldhelm's Primary School""", "O", 1),
    ("""Hi Leon,

Attached is the meter data for April, as requested. Let me know if the format works for your team.

While I have you: the monitoring portal has been showing zero generation for the east array since the 12th, even though the inverters are clearly running. I logged this with your support desk twice and neither ticket has had a response. If we can't rely on the reporting, I'll struggle to justify the service contract to my director when it comes up in July.

Best,
Anouk de Vries
Facilities Manager, Gravelpit Storage Ltd""", "C X", 0),
    ("""Morning Dave,

Hope the Fenwick job went well. We've just been awarded the Riverside Quarter scheme, three blocks starting in September, so it's going to be a busy autumn.

We'll need scaffolding on all three blocks for roughly 20 weeks. Could you give me an idea of the hire cost for that duration, and whether it's better to take it weekly or on a fixed term? Might be easiest to come out to the site and have a look. Are you free any day next week?

Cheers,
Rob Tennant
Site Manager, Tennant & Sons Construction""", "P B M", 0),
    ("""Hi Sofia,

Thanks for sending over the revised order form and the DPA. I've had a look and everything seems in order from my side; the redlines from our last call have all been incorporated.

The only snag is that anything over £25k now needs to go to the partners' committee, and they don't meet again until the 28th. So realistically we won't be able to sign before the end of the month.

I'll chase it internally and keep you posted.

Regards,
Oliver Fane
Head of Operations, Fane Whitcombe LLP""", "O B", 0),
    ("""Hi all,

Just a note to let you know that the hotel will be closed for refurbishment from 2 to 16 November. No deliveries will be needed during that period, and the standing linen order can resume on the 17th as normal.

Please also note that our general manager has changed. Carla Ruiz has taken over from Mark, and her email is carla.ruiz@hollowbay.example.

Thanks,
Front Office, Hollow Bay Hotel""", "", 0),
    ("""Hi Hannah,

Just wanted to say the new shelf labels have been a huge success in the two pilot stores. Staff are spending about half the time on price changes, and the regional manager mentioned it unprompted in our last review.

We'd like to roll them out to the remaining 18 stores before the Christmas reset. Can we get a call in the diary this week to plan the installation schedule?

Thanks so much,
Ellie Marsh
Store Operations, Pennywhistle Home""", "B M", 1),
    ("""Hello,

I'm writing regarding account 77120-B. Our latest bill for the Ashby office shows a charge of £1,140, whereas we have paid £860 a month for the past two years. I haven't received any notice of a change to our tariff.

Could you explain what the additional charges relate to, and correct the bill if this is an error? I'd rather not have to escalate this.

Thank you,
Graham Leith
Office Manager, Ashby & Rowe Accountants""", "P C", 0),
    ("""Hi Wes,

Good to see you at the county show. As promised, I've talked it over with my brother and our agronomist. We've had a lot of trouble with uneven irrigation on the lower fields the last two summers, and the controller you showed us looks like it would sort that out.

We're not in a rush, but I think we'd want four units fitted before next spring. If you could send over the paperwork and what you'd need from us to get on the install list, that would be great.

All the best,
Tom Garvey
Garvey Brothers Farms""", "B", 0),
    ("""Hi Marcus,

Thanks for the update on the reagent backorder. I understand it's an industry-wide issue and appreciate you keeping us informed.

For transparency, given the timelines, our lab manager has asked me to qualify a second source for the three critical kits so we're not exposed again. We'll keep ordering from you in the meantime, but depending on how the validation goes we may shift the bulk of that volume over.

Kind regards,
Dr Priyanka Rao
Lab Operations, Cellgate Diagnostics""", "X", 0),
    ("""Hi Kai,

Apologies, I need to move our review on Thursday. We've had an incident at the Northgate site overnight and I'll be there most of the day with the police.

Could we do Monday morning instead, any time after 9? I'll bring the footage from Northgate because, frankly, the camera on the loading bay was offline again when it happened, and I'd like to understand why.

Regards,
Serena Holt
Head of Security, Castlegate Retail Parks""", "M C", 0),
    ("""Hello Ravi,

Following on from the trial at our Swindon branch, the technicians have been very positive about the diagnostic scanners: quicker start-up, and the software updates are far less painful than what we had.

We'd now like to equip the other six branches, which would be 14 units in total. Could you let me know what terms you could offer for that quantity, including the software subscription for three years?

Kind regards,
Malcolm Reid
Group Service Manager, Reid Motor Group""", "B P", 1),
    ("""Dear Account Manager,

I'm writing to formally raise concerns about the cleaning service at our Kingsway offices over the last six weeks. Bins have been missed on at least four occasions, the kitchens were not cleaned on the 4th or the 11th, and staff have started bringing in their own supplies.

We have raised this with your area supervisor twice. I'd like a written response by the end of next week setting out what will change. If the situation doesn't improve, we will have no choice but to invoke the termination clause in our agreement.

Yours faithfully,
Patricia Lowe
Office Services Manager, Greystone Partners""", "C X", 0),
    ("""Hey Nia,

Loved working with you on the spring conference, everyone's still talking about the stage lighting.

We're starting early on next year's event, which will be bigger: two days, around 1,200 attendees, at the Harbourside Centre. Before I put the budget together, can you give me a rough figure for staging, AV and badge printing at that scale? And maybe we could grab half an hour next week to talk through ideas?

Thanks!
Jade Okonjo
Events Director, Luma Health Network""", "P M", 1),
    ("""Hi Carlos,

Thank you for the fabric swatches, they arrived safely on Monday and our design team has been working with them all week. The recycled cotton blend is lovely and handles well.

We've had a change of plan on our side, though. The autumn collection has been pushed back, so we won't be in a position to place the bulk order until at least February. I know that's later than we discussed.

Best wishes,
Amara Singh
Sourcing Manager, Threadline Studio""", "O", 1),
    ("""Hi Beth,

Just a quick note to say thank you for getting the vaccine order out to us on Saturday. We had a run of puppy appointments on Monday and would have been stuck without it. Your driver even waited while we found space in the fridge.

Much appreciated,
Dr Alun Price
Oakfield Veterinary Practice""", "", 1),
    ("""Good afternoon,

Please see attached our completed supplier questionnaire and insurance certificates, as requested by your compliance team. I've also included the bank details form signed by our finance director.

Separately, I noticed the draft agreement still lists our old registered address in Reading. The correct address is on the questionnaire.

Kind regards,
Lucy Brannigan
Company Secretary, Alder Wealth Partners""", "", 0),
    ("""Hi Priya,

A bit of background first: we're a chain of 14 dental practices across the North West, and we've been using paper sign-in sheets and a patchwork of spreadsheets for years. The two practices that tried your check-in kiosks over the summer have asked to keep them, which I'll admit surprised me.

I've been asked to look at rolling it out across the group. Before I do any of that, I'd need to know what the monthly cost would be per practice, whether there's a setup fee, and whether the kiosks are bought or leased.

Thanks,
Martin Oyelaran
Group Operations, Larchfield Dental""", "P", 1),
    ("""Dear Ewan,

Thank you for your letter of the 9th regarding the proposed changes to the service schedule.

I'm afraid we cannot agree to reduce the inspection visits from monthly to quarterly while keeping the fee the same. Our insurers require monthly inspections, and the current agreement was priced on that basis.

If that is your final position, we will need to look at whether another contractor can meet our requirements when the contract term ends in September.

Yours sincerely,
Rebecca Thorne
Estates Manager, Marlow House Management""", "O X", 0),
]


def hand_messages():
    groups = [HAND_CHAT, HAND_SARCASM, HAND_UNDERSTATEMENT, HAND_HEDGED_BUYING, HAND_IMPLICIT_CHURN,
              HAND_IMPLICIT_COMPLAINT, HAND_OBJECTION_QUESTIONS, HAND_MEETING_NO_WORD, HAND_PRICING_NO_WORD,
              HAND_PRAISE_COMPLAINT, HAND_LOGISTICS, HAND_OOO, HAND_THANKS, HAND_POLITE_REFUSAL, HAND_NEGATION,
              HAND_COMPETITOR, HAND_MULTI, HAND_SINGLES, HAND_EMAILS]
    out = []
    for g in groups:
        for text, codes, praise in g:
            intents = decode(codes)
            out.append({"text": text.strip(), "intents": intents, "sentiment": sentiment_for(intents, praise),
                        "source": "hand"})
    return out


# ---------------------------------------------------------------------------------------------
# Part 2: building blocks for generated messages.
# ---------------------------------------------------------------------------------------------

def ind(name, companies, product, items, issues, gaps, contracts, sites, competitors, addons, busy, pending, titles):
    return {"name": name, "companies": companies, "product": product, "items": items, "issues": issues,
            "gaps": gaps, "contracts": contracts, "sites": sites, "competitors": competitors, "addons": addons,
            "busy": busy, "pending": pending, "titles": titles}


# items: (short name, quantity phrase with {n}, (low, high) for n)
INDUSTRIES = [
    ind("logistics",
        ["Corran Distribution", "Baylock Freight", "Sixmile Haulage", "Northvale 3PL"],
        ["the warehousing service", "your freight service"],
        [("pallet spaces", "{n} pallet spaces", (20, 400)), ("reefer loads", "{n} reefer loads a month", (4, 60)),
         ("courier runs", "{n} same-day courier runs a week", (5, 80))],
        ["the collection booked for Tuesday never turned up", "two pallets reached our customer with crushed corners",
         "the driver left a trailer blocking our yard for three hours",
         "the tracking link has said 'in transit' for six days"],
        ["you don't cover the Highlands postcodes", "there's no weekend collection option",
         "your system doesn't send proof-of-delivery photos"],
        ["the warehousing agreement", "our freight contract"],
        ["the Derby DC", "our Felixstowe yard", "the Leeds cross-dock"],
        ["Ferrow Logistics", "Pelton Freight", "Kinsway Transport"],
        ["tail-lift delivery", "pallet storage beyond 30 days", "timed deliveries"],
        "peak season", ["the POD for consignment 4471", "an answer on the damage claim", "the revised rate sheet"],
        ["Operations Manager", "Transport Planner", "Warehouse Manager"]),
    ind("food and drink",
        ["The Copper Kettle Group", "Sallow Foods", "Brindle & Rye Bakery", "Marisco Kitchens"],
        ["the produce", "your wholesale range"],
        [("olive oil", "{n} cases of olive oil", (10, 120)), ("frozen dough", "{n} kg of frozen dough", (50, 900)),
         ("coffee beans", "{n} bags of coffee beans", (10, 200))],
        ["the dough arrived half-thawed", "we were invoiced for 40 cases and received 32",
         "Saturday's delivery came five hours late", "three bottles in the last case were smashed"],
        ["you can't deliver before 6am", "the range has no gluten-free options",
         "your minimum order is too high for our smaller sites"],
        ["the supply agreement", "our wholesale account"],
        ["the Harbour Street kitchen", "our Camden site", "the central prep kitchen"],
        ["Greenmarsh Wholesale", "Delfino Foods", "Ashcombe Catering Supply"],
        ["early-morning delivery", "the chilled van surcharge", "branded packaging"],
        "the Christmas rush", ["the credit for the smashed bottles", "our allergen sheets", "the replacement case"],
        ["Head Chef", "Purchasing Manager", "Kitchen Manager"]),
    ind("healthcare",
        ["Westmere Community Health", "Ridgeview Care Homes", "Brookmoor Clinic", "Sandling Hospice"],
        ["the consumables service", "your pumps"],
        [("nitrile gloves", "{n} boxes of nitrile gloves", (50, 2000)), ("infusion pumps", "{n} infusion pumps", (2, 40)),
         ("wound dressings", "{n} packs of wound dressings", (20, 600))],
        ["two boxes of gloves arrived torn open", "the infusion pump alarms keep going off for no reason",
         "the order was delivered to the wrong ward", "the engineer cancelled the service visit with an hour's notice"],
        ["the pumps aren't on the national framework yet", "there's no latex-free option in extra small",
         "the software doesn't integrate with our patient record system"],
        ["the consumables contract", "our service agreement"],
        ["the Harlow clinic", "the Eastgate hospice", "our Bramley care home"],
        ["Medivance", "Coldharbour Medical", "Sterling Clinical"],
        ["the extended warranty", "on-site training", "next-day delivery"],
        "winter pressures", ["the replacement pump", "the calibration certificates", "a callback from your clinical team"],
        ["Procurement Lead", "Practice Manager", "Clinical Services Manager"]),
    ind("manufacturing",
        ["Halvorsen Agricultural Machinery", "Brackley Precision", "Tarn Valley Castings", "Oxley Fabrication"],
        ["the parts", "your machining service"],
        [("steel brackets", "{n} steel brackets", (200, 8000)), ("hydraulic fittings", "{n} hydraulic fittings", (100, 5000)),
         ("CNC spindles", "{n} replacement CNC spindles", (2, 20))],
        ["a batch of brackets came in out of tolerance", "the fittings were shipped without certs",
         "line 2 was down for a shift waiting on your spindle", "the powder coat is flaking on the last delivery"],
        ["your lead time is eight weeks and we need four", "you can't supply 3.1 material certs",
         "you don't hold any stock locally"],
        ["the framework agreement", "our supply agreement"],
        ["the Telford plant", "the Corby site", "our Redditch facility"],
        ["Marlowe Engineering", "Kestrel Components", "Dunmore Steel"],
        ["zinc plating", "expedited machining", "first-article inspection"],
        "a line changeover", ["the 8D report", "the material certs", "the corrective action plan"],
        ["Purchasing Manager", "Supply Chain Lead", "Plant Manager"]),
    ind("retail",
        ["Pennywhistle Home", "Fairlane Stores", "Grainger & Lowe", "Tidemark Outlet"],
        ["the store systems", "your tills"],
        [("POS terminals", "{n} POS terminals", (4, 120)), ("shelf labels", "{n} electronic shelf labels", (500, 20000)),
         ("display units", "{n} display units", (5, 80))],
        ["half the shelf labels stopped syncing overnight", "the tills froze during Saturday trading",
         "the display units arrived without fixings", "the last software update wiped our promotions"],
        ["the terminals don't take contactless over the limit", "there's no integration with our loyalty scheme",
         "you can't install outside trading hours"],
        ["the store systems contract", "our support agreement"],
        ["the Bath store", "our flagship on King Street", "the Swindon outlet"],
        ["Tillpoint", "Brightshelf", "Retailo"],
        ["out-of-hours installation", "the loyalty module", "spare terminals"],
        "the Christmas reset", ["the engineer visit for the Bath store", "the replacement terminal", "an answer on the sync issue"],
        ["Store Operations Manager", "Head of Retail Systems", "Area Manager"]),
    ind("software",
        ["Brackwater Insurance", "Quayside Analytics", "Lumen Property", "Orrin Media"],
        ["the platform", "your software"],
        [("seats", "{n} extra seats", (5, 200)), ("API volume", "{n}k API calls a month", (50, 900)),
         ("admin licences", "{n} admin licences", (2, 25))],
        ["the dashboard has been down since Monday morning", "the nightly export has failed every night this week",
         "the latest release broke our SSO login", "the data sync dropped half our records again"],
        ["there's no SSO on the standard plan", "you don't host data in the EU",
         "it doesn't integrate with our CRM"],
        ["our subscription", "the platform licence"],
        ["the Berlin office", "our Singapore office", "the Leeds office"],
        ["Norvane", "Quillon", "Tessaly"],
        ["the analytics module", "premium support", "a sandbox environment"],
        "a platform migration", ["a fix for the export bug", "the root-cause report", "a reply on ticket 88213"],
        ["IT Manager", "Head of Data", "CTO"]),
    ind("energy",
        ["Gravelpit Storage", "Eastmoor Farms Energy", "Sunhollow Estates", "Carrick Cold Stores"],
        ["the solar install", "your monitoring service"],
        [("solar panels", "{n} solar panels", (20, 600)), ("battery units", "{n} battery storage units", (1, 12)),
         ("smart meters", "{n} smart meters", (5, 150))],
        ["the monitoring portal has shown zero generation for a week", "one of the inverters tripped again over the weekend",
         "the installers left cable offcuts all over the roof", "the readings on the last bill were estimated again"],
        ["the payback period is over nine years", "you can't install before the spring",
         "the batteries aren't rated for outdoor use"],
        ["the maintenance contract", "our energy services agreement"],
        ["the east barn", "our Bicester warehouse", "the main office roof"],
        ["Voltaire Renewables", "Greenlid Energy", "Solstice Power"],
        ["bird mesh", "the monitoring subscription", "an extended inverter warranty"],
        "a refinancing", ["the commissioning certificate", "the engineer's report", "the export tariff paperwork"],
        ["Facilities Manager", "Energy Manager", "Estate Manager"]),
    ind("education",
        ["Northbridge Academy Trust", "Kellow College", "Riverside Sixth Form", "St Brannock's School"],
        ["the learning platform", "your tablets"],
        [("student licences", "{n} student licences", (30, 2000)), ("classroom tablets", "{n} classroom tablets", (10, 300)),
         ("interactive boards", "{n} interactive boards", (2, 40))],
        ["half the tablets wouldn't charge on the first day of term", "the platform logged every student out during mocks",
         "the boards were mounted at the wrong height", "the roster sync created duplicate classes"],
        ["there's no offline mode for the tablets", "it isn't accessible for screen-reader users",
         "our trust requires sign-in through Google"],
        ["the school licence", "our trust agreement"],
        ["the junior site", "our Kellow Road campus", "our new sixth-form block"],
        ["Classwise", "Brightpath Learning", "Tutorly"],
        ["staff training", "protective cases", "the parent app"],
        "exam season", ["the replacement chargers", "the safeguarding documentation", "a response from support"],
        ["Business Manager", "Head of IT", "Deputy Head"]),
    ind("construction",
        ["Tennant & Sons", "Corvid Build", "Ashdown Civil", "Meridian Homes"],
        ["the plant hire", "your site services"],
        [("site cabins", "{n} site cabins", (2, 20)), ("rebar", "{n} tonnes of rebar", (5, 200)),
         ("scaffold towers", "{n} scaffold towers", (2, 30))],
        ["the rebar delivered was 12mm instead of 16mm", "the cabins arrived without keys",
         "the scaffold inspection tag was out of date", "the crane slot was missed and the gang stood idle all morning"],
        ["you don't deliver on Saturdays", "the cabins don't meet the welfare spec",
         "the minimum hire is twelve weeks"],
        ["the hire agreement", "our account"],
        ["the Riverside Quarter site", "the Fenwick Road site", "our Bexley yard"],
        ["Hollins Hire", "Brickfield Plant", "Stanmore Access"],
        ["weekend delivery", "a welfare unit", "scaffold inspections"],
        "the groundworks phase", ["the off-hire confirmation", "the inspection certificates", "the credit for the wrong rebar"],
        ["Site Manager", "Contracts Manager", "Project Buyer"]),
    ind("hospitality",
        ["Hollow Bay Hotel", "The Linden Rooms", "Saltmarsh Inns", "Fernhill Lodge"],
        ["the linen service", "your booking engine"],
        [("bed linen", "{n} sets of bed linen", (50, 900)), ("booking licences", "{n} booking engine licences", (1, 12)),
         ("minibar restocks", "{n} minibar restocks a week", (10, 200))],
        ["the linen came back with stains on it", "the booking engine double-booked three rooms on Saturday",
         "we were forty towels short on Friday", "the channel manager stopped pushing rates to the booking sites"],
        ["you can't collect on Sundays", "there's no integration with our PMS",
         "the contract term is too long for a seasonal business"],
        ["the linen contract", "our booking engine subscription"],
        ["the Whitby inn", "our spa", "the new wing"],
        ["Crisp Linen Co", "Staybird", "Harbour Laundry"],
        ["express turnaround", "the upsell module", "extra collections in August"],
        "the summer season", ["the credit for the missing towels", "a fix for the double-bookings", "the replacement duvets"],
        ["General Manager", "Head of Housekeeping", "Revenue Manager"]),
    ind("agriculture",
        ["Garvey Brothers Farms", "Hollybrook Estate", "Ferncross Growers", "Lowfield Dairy"],
        ["the irrigation kit", "your agronomy service"],
        [("irrigation controllers", "{n} irrigation controllers", (2, 30)), ("fertiliser", "{n} tonnes of fertiliser", (5, 120)),
         ("seed barley", "{n} bags of seed barley", (20, 500))],
        ["the fertiliser was delivered to the wrong farm", "two of the controllers lost connection during the heatwave",
         "the seed arrived a week after drilling started", "the bags were split and half the load got wet"],
        ["the controllers need mains power and our fields don't have it", "you don't deliver in bulk",
         "the app doesn't work without 4G"],
        ["the supply account", "our agronomy contract"],
        ["the lower fields", "our Dale farm", "the north block"],
        ["Agrimark", "Fieldline Supplies", "Harrow & Tine"],
        ["soil testing", "the spreading service", "the app subscription"],
        "harvest", ["the soil test results", "the replacement controller", "the credit for the wet bags"],
        ["Farm Manager", "Partner", "Estate Manager"]),
    ind("automotive",
        ["Reid Motor Group", "Vantage Fleet Services", "Kilburn Autos", "Northway Buses"],
        ["the parts service", "your scanners"],
        [("brake pads", "{n} brake pad sets", (20, 400)), ("diagnostic scanners", "{n} diagnostic scanners", (2, 30)),
         ("fleet tyres", "{n} fleet tyres", (20, 600))],
        ["the brake pads for the vans were the wrong part number", "the scanner licence expired without any warning",
         "the tyre fitter didn't turn up for the depot visit", "the parts arrived after the customer had collected the van"],
        ["the scanners don't cover the newer EV models", "you can't deliver twice a day",
         "there's no online account portal"],
        ["the parts account", "our fleet contract"],
        ["the Swindon branch", "our bus depot", "the body shop"],
        ["Partsline", "Autovia", "Coley Motor Factors"],
        ["same-day delivery", "the EV software pack", "tyre storage"],
        "MOT season", ["the correct part numbers", "the licence renewal key", "a credit for the returned pads"],
        ["Service Manager", "Fleet Manager", "Parts Manager"]),
    ind("legal",
        ["Fane Whitcombe LLP", "Barrow & Kite Solicitors", "Hensley Legal", "Marchmont Chambers"],
        ["the review tool", "your e-signature product"],
        [("user licences", "{n} user licences", (5, 150)), ("signature envelopes", "{n} e-signature envelopes a month", (100, 5000)),
         ("matter workspaces", "{n} matter workspaces", (10, 300))],
        ["the review tool missed a change-of-control clause", "the signing links expired before clients could sign",
         "the export scrambled our clause numbering", "the search index hasn't updated since last week"],
        ["your data retention doesn't meet our confidentiality obligations", "there's no UK data centre",
         "it doesn't integrate with our document management system"],
        ["the firm licence", "our subscription"],
        ["the Manchester office", "the Leeds office", "our Chancery Lane office"],
        ["Clausewise", "Docusure", "Lexbridge"],
        ["the clause library", "extra storage", "priority support"],
        "a practice-management migration", ["the security questionnaire", "the SOC 2 report", "an answer on the export bug"],
        ["Head of Operations", "IT Director", "Practice Manager"]),
    ind("finance and payroll",
        ["Castell Haulage", "Penmore Housing", "Alder Wealth Partners", "Brightmoor Care Group"],
        ["the payroll service", "your fleet policy"],
        [("payslips", "{n} payslips a month", (20, 3000)), ("fleet vehicles", "{n} vehicles on the fleet policy", (5, 120)),
         ("benefit enrolments", "{n} employee benefit enrolments", (10, 800))],
        ["the payroll run went out two days late", "three employees were paid the wrong amount",
         "our claim has been sitting with your team for six weeks", "the policy schedule listed the wrong vehicles"],
        ["you don't support weekly payroll", "the excess on the fleet policy is too high",
         "there's no self-service portal for employees"],
        ["the payroll service agreement", "our fleet policy"],
        ["the Cardiff office", "our drivers' depot", "head office"],
        ["Paysmith", "Hartwell Underwriting", "Ledgerly"],
        ["pension administration", "courtesy vehicle cover", "year-end reporting"],
        "year-end", ["the corrected payslips", "the claim decision", "the updated policy schedule"],
        ["Finance Director", "HR Manager", "Financial Controller"]),
    ind("facilities",
        ["Greystone Partners", "Kingsway Business Park", "Brightwell Offices", "Marlow House Management"],
        ["the cleaning service", "your maintenance team"],
        [("cleaning hours", "{n} extra cleaning hours a week", (5, 80)), ("HVAC visits", "{n} HVAC service visits", (2, 24)),
         ("washroom units", "{n} washroom units", (5, 120))],
        ["the kitchens weren't cleaned on Tuesday or Thursday", "the HVAC engineer left the system in fault mode",
         "the bins have been missed four times this month", "the night cleaner left the alarm unset"],
        ["you can't do weekend cleans", "your staff aren't vetted for our secure floors",
         "the contract has no response-time SLA"],
        ["the cleaning contract", "our maintenance agreement"],
        ["the Kingsway offices", "the Brightwell building", "the east wing"],
        ["Spotless Facilities", "Clearway FM", "Bramble Services"],
        ["window cleaning", "quarterly deep cleans", "an out-of-hours callout"],
        "an office move", ["the revised rota", "the incident report", "a reply from your area supervisor"],
        ["Office Manager", "Facilities Manager", "Building Manager"]),
    ind("laboratory",
        ["Cellgate Diagnostics", "Aldon Biolabs", "Northfen Pharma", "Vireo Labs"],
        ["the reagents", "your supply service"],
        [("ELISA kits", "{n} ELISA kits", (5, 200)), ("pipette tips", "{n} boxes of pipette tips", (20, 1000)),
         ("buffer", "{n} litres of buffer", (10, 400))],
        ["the reagents arrived above temperature", "the kits came with three months of shelf life left",
         "the certificate of analysis was for a different lot", "the backorder slipped for the third time"],
        ["the kits aren't validated for our assay", "you don't ship on dry ice at weekends",
         "your lead time doesn't fit our study timeline"],
        ["the reagent supply agreement", "our standing order"],
        ["the Harston lab", "our Cambridge site", "the Northfen QC lab"],
        ["Lumagen", "Kiteworth Scientific", "Biovale"],
        ["dry-ice shipping", "lot reservation", "a validation pack"],
        "an audit", ["the correct certificate of analysis", "the temperature logs", "a date for the backorder"],
        ["Lab Manager", "Procurement Specialist", "Head of QC"]),
    ind("telecoms",
        ["Ashby & Rowe", "Harlow Taxis", "Dunmere Housing", "Quarry Lane Surgery"],
        ["the mobile service", "your broadband"],
        [("SIMs", "{n} business SIMs", (5, 300)), ("handsets", "{n} handsets", (3, 150)),
         ("fibre lines", "{n} fibre lines", (1, 12))],
        ["the fibre line has dropped every afternoon since Thursday", "our porting date was missed",
         "the bill included roaming charges nobody incurred", "the new handsets arrived locked to the wrong network"],
        ["there's no coverage at our rural sites", "you can't do a 12-month term",
         "there's no static IP option"],
        ["the mobile contract", "our connectivity agreement"],
        ["the Ashby office", "our call centre", "the Dunmere depot"],
        ["Vistel", "Connexa", "Relaywave"],
        ["a static IP", "4G backup", "unlimited roaming"],
        "an office move", ["the PAC codes", "a fault reference", "a new porting date"],
        ["Office Manager", "IT Lead", "Operations Director"]),
    ind("packaging and print",
        ["Pemberly Gifts", "Cobble Lane Brewery", "Nook & Cranny Candles", "Threadline Studio"],
        ["the packaging", "your print work"],
        [("corrugated boxes", "{n} corrugated boxes", (500, 20000)), ("labels", "{n} printed labels", (1000, 50000)),
         ("tissue sheets", "{n} branded tissue sheets", (1000, 20000))],
        ["the labels were printed in the wrong shade of green", "the boxes came without the inserts",
         "the print run was short by about 800", "the barcode on the labels won't scan"],
        ["your minimum run is 5,000 and we need 1,000", "you can't do compostable packaging",
         "the proof turnaround is too slow for our launches"],
        ["the packaging account", "our print agreement"],
        ["the Bristol warehouse", "our Stokes Croft shop", "the brewery"],
        ["Boxfold", "Printmill", "Kraftway"],
        ["foil stamping", "rush proofs", "stock warehousing"],
        "our launch", ["the reprint", "the corrected proofs", "the credit for the short run"],
        ["Founder", "Operations Manager", "Brand Manager"]),
    ind("veterinary",
        ["Oakfield Veterinary Practice", "Pawprint Clinics", "Highmoor Equine", "Wrenfield Kennels"],
        ["the wholesale service", "your pharmacy team"],
        [("rabies vaccine", "{n} doses of rabies vaccine", (20, 500)), ("renal diet", "{n} bags of renal diet food", (10, 200)),
         ("surgical packs", "{n} surgical packs", (10, 300))],
        ["the vaccine arrived warm", "the order was missing the surgical packs",
         "the delivery came after we'd closed", "we were charged list price instead of our group rate"],
        ["you don't stock equine products", "the minimum order is too high for a single practice",
         "you can't deliver on Saturdays"],
        ["the practice account", "our buying group agreement"],
        ["the Oakfield branch", "our equine unit", "the new Hexham practice"],
        ["Vetline", "Animedica", "Greenpaw Supplies"],
        ["Saturday delivery", "cold-chain boxes", "the practice software link"],
        "kitten season", ["the replacement vaccine", "a credit for the warm delivery", "the new group price list"],
        ["Practice Manager", "Head Nurse", "Clinical Director"]),
    ind("events",
        ["Luma Health Network", "Corbel Conferences", "Greyfriars Festival", "Summit Motor Show"],
        ["the AV crew", "your staging service"],
        [("stage decks", "{n} stage decks", (4, 60)), ("badges", "{n} printed badges", (200, 5000)),
         ("LED panels", "{n} LED wall panels", (10, 200))],
        ["the badges were printed with the old logo", "the crew arrived three hours late for the get-in",
         "half the LED panels flickered during the keynote", "the stage wasn't level and a speaker tripped"],
        ["you can't do overnight get-ins", "there's no in-house rigging team",
         "the deposit is too large for us"],
        ["the AV agreement", "our events contract"],
        ["the Harbourside Centre", "our Leeds venue", "the main hall"],
        ["Stagecraft AV", "Lumenhaus", "BrightRig"],
        ["livestreaming", "a second crew", "a lighting designer"],
        "festival season", ["the reprinted badges", "the crew schedule", "the post-event report"],
        ["Events Director", "Production Manager", "Head of Events"]),
]

FIRST = ["Gareth", "Ines", "Piotr", "Amara", "Leon", "Maren", "Serena", "Malcolm", "Patricia", "Jade", "Rob", "Tomasz",
         "Aoife", "Dev", "Harriet", "Kwame", "Lena", "Marco", "Niamh", "Owen", "Rashida", "Stellan", "Tilly", "Yusuf",
         "Beatriz", "Callum", "Dagny", "Efua", "Fergus", "Greta", "Hamish", "Ileana", "Jun", "Kasia", "Lorcan", "Mei",
         "Nadia", "Oskar", "Pippa", "Rhys", "Saoirse", "Teodor", "Uma", "Viktor", "Wren", "Zara"]
LAST = ["Pryce", "Carvalho", "Nowak", "Singh", "Hartley", "Solberg", "Holt", "Reid", "Lowe", "Okonjo", "Tennant",
        "Brannigan", "Mensah", "Ferreira", "Achterberg", "Quinlan", "Oyelaran", "Varga", "Whitlock", "Castellano",
        "Duffy", "Ekwueme", "Forsyth", "Grieve", "Haddad", "Ibarra", "Jessop", "Kowalczyk", "Lindqvist", "Moreau"]
REPS = ["Priya", "Tom", "Marta", "Jonas", "Aisha", "Kenji", "Lucia", "Ben", "Olu", "Freya", "Sam", "Hannah", "Ravi",
        "Sofia", "Dave", "Nia", "Wes", "Beth", "Kai", "Anita"]
COLLEAGUES = ["Fiona", "Ahmed", "Claire", "Jakub", "Rosa", "Declan", "Mina", "Arjun", "Helga", "Tobi"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
CHAT_DAYS = ["mon", "tues", "weds", "thurs", "fri", "tmrw", "monday", "thursday", "friday"]
TIMES = ["9:30", "10am", "11", "2pm", "3:30", "half 2", "4pm", "8:45", "noon", "1:15"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CURRENCIES = ["£", "$", "€"]
FEES = ["service adjustment", "platform fee", "handling surcharge", "admin charge", "fuel levy", "compliance fee"]
DEPTS = ["finance", "operations", "procurement", "IT", "facilities"]

# --- intent clauses, chat register (WhatsApp / SMS) ---
CHAT = {
    "pricing_question": [
        "how much for {qty}?", "whats the cost on {qty}?", "can u send a quote for {qty}?",
        "any discount if we pay annually?", "what would {qty} run us?", "do u do volume discounts on the {item}?",
        "is vat incl in that number?", "how much extra for {addon}?", "why did our bill go up this month?",
        "can we pay in 2 instalments?", "net 45 possible?", "whats the next tier up cost?", "price for {qty}?",
        "can u do a better rate on the {item}?", "what do u charge for {addon}", "hows it priced after year 1?",
        "send me ur rate card pls", "what r the payment terms for new accounts?",
        "what's this '{fee}' on the invoice?", "roughly what r we looking at for {qty}?",
        "do u charge per site or per user?", "can u split the invoice across 2 cost centres?",
        "any deal if we commit to 2 yrs?", "hw much is {addon} a month",
    ],
    "objection": [
        "too pricey for us rn.", "cant justify that cost tbh.", "no budget until {month}.",
        "{competitor} is a fair bit cheaper.", "need my boss to sign off first.", "timing's bad, we're mid {busy}.",
        "problem is {gap}.", "bit out of our range tbh.", "not the right time for us.", "we'll pass for now.",
        "not convinced it's worth switching.", "board wont go for that number.", "lead time's too long for us.",
        "we're happy with what we've got tbh.", "cant commit to 3 yrs.", "thats way more than we budgeted.",
        "gonna have to wait till next FY.", "{competitor} does it for less, just saying.",
        "why would we pay more than we do now?", "honestly dont see the value at that price.",
        "{gap} so it doesnt work for us.", "finance said no for this quarter.",
    ],
    "complaint": [
        "{issue}. not good enough.", "{issue} AGAIN.", "still waiting on {pending}.",
        "3rd time asking about {pending}.", "seriously, {issue}.", "{issue} 🙄", "ur support hasnt replied in 5 days.",
        "invoice is wrong again.", "{issue}, can someone sort this.", "wow, {issue}. great.",
        "happened again: {issue}.", "driver was rude to my staff this morning.", "we got charged twice for last month.",
        "{issue} and nobody told us.", "chasing {pending} for the 4th time.", "been 2 wks waiting on {pending}.",
        "{issue}. really disappointed.", "not impressed, {issue}.",
    ],
    "churn_threat": [
        "thinking of switching tbh.", "might not renew this yr.", "pls dont auto renew us.",
        "we're getting other quotes.", "{competitor} reached out w a better offer, considering it.",
        "whats the notice period on our contract again?", "head office wants fewer suppliers, might lose us.",
        "probably letting {contract} lapse.", "cancel at end of term pls.", "if this keeps up we're out.",
        "we're looking at other options.", "trialling {competitor} at {site} fyi.", "not sure we'll stay on after {month}.",
        "boss wants to move everything to {competitor}.", "how do we export our data if we leave?",
    ],
    "buying_signal": [
        "we're good to go, send the contract.", "can we add {qty}?", "lets do it.", "send the PO details pls.",
        "we'll take {qty}.", "when can we start?", "need {qty} by {cday}.", "we want to upgrade to the next tier.",
        "count us in for another year.", "pls set {site} up too.", "order confirmed, go ahead.",
        "when can onboarding start?", "renewal approved 👍", "book us in for {qty}.", "go ahead with the order.",
        "send over the paperwork and we'll sign.", "we'll need {qty} for {site}.", "happy to renew, same terms.",
        "add {site} to our account pls.", "ready when u are, whats the next step?",
    ],
    "meeting_request": [
        "can u call me back?", "free for a quick call {cday}?", "can we do {time} {cday}?", "ring me when u get a min.",
        "can we push our call to {cday}?", "jump on a zoom later?", "can u pop by {site} {cday}?",
        "need 10 mins w you today.", "can u do a demo for my team {cday}?", "lets catch up {cday} {time}.",
        "running late, can we make it {time} instead?", "got time for a chat this week?", "call me pls.",
        "can we move {cday}'s call? something came up.", "u around {cday} for 15 mins?", "teams call at {time}?",
    ],
}

# --- intent clauses, email register ---
EMAIL = {
    "pricing_question": [
        "Could you send a formal quote for {qty}, delivered to {site}?",
        "Could you let me know what {qty} would cost, all in?",
        "Do you offer any discount for a multi-year commitment?",
        "Can you clarify why this month's invoice is {pct}% higher than the previous one?",
        "What payment terms are available? We normally work on 60 days.",
        "Could you break down the cost of {addon} separately?",
        "Is there an early-payment discount available?",
        "Could you confirm whether the figure in your proposal includes installation and training?",
        "I'd like to understand how the cost would change if we added {site}.",
        "Would it be possible to move to quarterly invoicing?",
        "Could you send over your current rate card for the {item}?",
        "Can you tell me what the renewal figure for {contract} will be this year?",
        "How is {addon} charged: per unit, or as a flat fee?",
        "Can you explain the new line on our last invoice labelled '{fee}'?",
        "What would the per-unit rate be on {qty}?",
        "Is there any flexibility on the setup fee?",
        "Are your rates fixed for the term, or do they rise annually?",
        "What would we be looking at, cost-wise, for {qty}?",
        "Could you confirm which tier we're on and what the next one up would cost?",
        "Do you offer reduced rates for organisations with several sites?",
    ],
    "objection": [
        "Unfortunately the figure in your proposal is well above what we had budgeted.",
        "We don't have budget allocated for this until {month}.",
        "{competitor} has offered us a comparable package for around {pct}% less.",
        "Any purchase of this size needs approval from our finance committee, which doesn't meet until {month}.",
        "The timing isn't right for us; we're in the middle of {busy}.",
        "Our main concern is that {gap}.",
        "I'm not sure we can justify the cost of switching when our current setup works.",
        "Realistically, we won't be able to commit before the next financial year.",
        "We've decided to hold off for now.",
        "I'm afraid the three-year minimum term is a deal-breaker for us.",
        "The sticking point for us is that {gap}.",
        "We'd be interested, but {gap}, which rules it out for now.",
        "Why would we pay more than we do with {competitor} for essentially the same thing?",
        "I'll need to run this past our CFO before we can go any further.",
        "Honestly, the cost of retraining the team makes this hard to justify.",
        "At this stage we're going to pass, but thank you for the proposal.",
        "We're also evaluating {competitor}, and at the moment they're ahead on cost.",
        "It's more than we can stretch to this year.",
        "I don't think the board will sign off on something of this size while we're in the middle of {busy}.",
        "What guarantee do we have that this will work any better than what we have now?",
    ],
    "complaint": [
        "I need to raise an issue: {issue}.",
        "I'm disappointed to report that {issue}.",
        "We are still waiting for {pending}, which was promised over two weeks ago.",
        "This is the third time I've had to chase {pending}.",
        "Frankly, the service over the last month has not been acceptable: {issue}.",
        "Our last invoice billed us for {qty}, which is not what we ordered.",
        "I wanted to flag that {issue}, and nobody from your side has followed up.",
        "Your support team closed our ticket without resolving it.",
        "Not to put too fine a point on it, but {issue}.",
        "It's not ideal that {issue}.",
        "I'm afraid {issue}, which caused real problems for our team.",
        "We were promised a fix by last Friday and we're still seeing the same problem.",
        "For the second time this month, {issue}.",
        "I've now spent the best part of a week chasing {pending}.",
        "Somewhat frustratingly, {issue}.",
        "We were charged {money} for {addon}, which we never asked for.",
    ],
    "churn_threat": [
        "I should let you know that we're reviewing all our suppliers ahead of renewal.",
        "We've been asked to obtain alternative quotes before {contract} comes up for renewal.",
        "At this point we are seriously considering moving to another provider.",
        "Please treat this as notice that we do not intend to renew {contract}.",
        "We will most likely let {contract} lapse when it expires in {month}.",
        "We've started a trial with {competitor} at {site}.",
        "Our new finance director has asked us to justify every vendor, and I'm not sure {contract} survives that exercise.",
        "If things don't improve, we'll have to look elsewhere.",
        "We're weighing up whether to continue with {contract} beyond this year.",
        "Please make sure {contract} is not auto-renewed.",
        "Head office is moving to a single group-wide supplier, so {contract} may not continue after {month}.",
        "{competitor} have approached us, and I'd be lying if I said we weren't tempted.",
        "Could you remind me of the notice period under {contract}?",
        "I'd like to understand what's involved in ending {contract} early.",
    ],
    "buying_signal": [
        "We'd like to proceed. Could you send the contract for signature?",
        "Please go ahead and raise an order for {qty}.",
        "We'd like to add {site} to our existing agreement.",
        "We're ready to move forward; what do you need from us to get started?",
        "Could you send the onboarding pack so we can plan the rollout?",
        "We intend to renew {contract} for another twelve months.",
        "I'm pleased to confirm we've approved the budget and would like to place the order.",
        "Please send through your supplier set-up form so we can raise a PO.",
        "We'd like to upgrade to the higher tier from next month.",
        "What would a start date in {month} look like on your side?",
        "We expect to need {qty} for the next phase, so please reserve capacity.",
        "Following the trial, we'd like to roll out to the remaining sites.",
        "We're leaning towards going ahead; could you hold the {month} slot for us?",
        "We'll need {qty} on top of our usual order this month.",
        "The purchase order for {qty} is attached.",
        "Consider this a yes from our side.",
        "We'd like to extend {contract} to cover {site} as well.",
    ],
    "meeting_request": [
        "Would you be available for a call on {day} at {time}?",
        "Could we schedule a demo for our wider team sometime next week?",
        "I'd appreciate it if someone could call me back on {phone} today.",
        "Could we move our call from {day} to {day2}?",
        "Would you be able to visit {site} so we can show you the setup?",
        "Can we find 30 minutes next week to go through this together?",
        "Please send over a few times that work for a video call with our operations lead.",
        "I'd like to get our IT lead and your technical team together for an hour.",
        "Are you free {day} morning to walk us through the options?",
        "Unfortunately I can no longer make {day}; would {day2} at {time} work instead?",
        "Could you give me a ring when you have a moment?",
        "It might be quicker to talk this through. Do you have any time on {day}?",
        "Would it be possible to meet in person at {site} later this month?",
    ],
}

# --- clauses carrying more than one intent (written as one unit) ---
COMBO = {
    ("objection", "buying_signal"): [
        "Match {competitor}'s rate and we'll order {qty} this week; otherwise we'll stay where we are.",
        "If you can knock {pct}% off, we'll sign today.",
        "We'd like to go ahead with {qty}, but not at that figure.",
        "We're keen to start, but it will have to wait until the budget is released in {month}.",
        "Include {addon} at no extra cost and the order is yours. Otherwise it's a no for now.",
        "We want to roll it out at {site}, but we need our CFO's approval first and she's away until {month}.",
        "~beat {competitor} and we'll switch the whole order to u. otherwise no deal.",
        "~we want it, just not at that number.",
        "~if u can do it for {pct}% less we're in, if not we'll stick with {competitor}.",
        "We're happy to sign for {qty}, but {gap}, so until that changes we can't commit.",
    ],
    ("complaint", "buying_signal"): [
        "{issue}, which wasn't great, but we still need {qty} for next week.",
        "Despite the trouble last month ({issue}), we'd like to go ahead with the renewal.",
        "~{issue} so pls get it right this time, we need {qty} by {cday}.",
        "We're still keen to order {qty}, but I have to mention that {issue}.",
    ],
    ("churn_threat", "pricing_question"): [
        "Could you confirm the notice period and any exit fees under {contract}?",
        "We've been offered a better rate by {competitor}. What's the best you can do on renewal?",
        "~whats the early termination fee? thinking of moving to {competitor}.",
        "Before we decide whether to renew, could you send your best figure for next year?",
    ],
    ("complaint", "churn_threat"): [
        "If {issue_short} isn't fixed by {day}, we'll take our business elsewhere.",
        "After {issue_short}, we're seriously reconsidering whether to renew {contract}.",
        "~one more screw-up like {issue_short} and we're gone.",
        "{issue}. We didn't sign up for this, and we're now looking at alternatives.",
    ],
    ("objection", "meeting_request"): [
        "Our finance director isn't convinced on cost. Could you join a call with her on {day}?",
        "We can't commit until {month}, but happy to talk again then. Could you call me in the first week?",
        "~honestly ur pricey. can u call me and convince me otherwise?",
        "I'm struggling to see how this beats {competitor}. Can we talk it through on {day}?",
    ],
    ("pricing_question", "meeting_request"): [
        "Could we get on a call {day} to go through the pricing options?",
        "Can you call me to talk through the invoice? A couple of lines don't make sense to me.",
        "~free for a call {cday}? want to go over the quote for {qty}.",
        "Could we book half an hour to go through the figures for {site}?",
    ],
    ("buying_signal", "meeting_request"): [
        "We're ready to go ahead. Can we book a kickoff call for {day}?",
        "Let's get the contract signed. Are you free {day} to walk through the onboarding plan?",
        "~ok we're in!! call me {cday} to sort the details?",
        "We'd like to add {site}. Could you come out and look at the layout on {day}?",
    ],
    ("pricing_question", "buying_signal"): [
        "We'd like to go ahead with {qty}; can you send the final quote and payment terms?",
        "~we'll take {qty}, what's the total incl delivery?",
        "We're planning to add {site}. What would that do to our monthly bill?",
        "Please send a quote for {qty} so I can raise the PO.",
    ],
    ("complaint", "pricing_question"): [
        "Why were we charged for {qty} when we only received half?",
        "The invoice doesn't match the quote again. Which figure is right?",
        "~why is there a {fee} on our bill? nobody mentioned that and it's the 2nd time.",
        "We've been billed at the old rate again. Can you tell me what we should actually be paying?",
    ],
    ("complaint", "meeting_request"): [
        "{issue}. I need someone to call me today.",
        "Can someone senior ring me? {issue} and I'm running out of patience.",
        "~{issue}. can u come out to {site} {cday} and look at it?",
        "After what happened ({issue_short}), I'd like a call with your service manager this week.",
    ],
}

# --- no-intent building blocks ---
PRAISE_CHAT = ["the team loves it.", "great job on the last delivery!", "honestly best supplier we've had.",
               "really happy with {product} so far 🙌", "{rep_colleague} was a star on the phone yesterday.",
               "loving {product}.", "no complaints here, all running smoothly 👍", "ur guys were fab last week."]
PRAISE_EMAIL = ["Your team has been fantastic throughout.", "We're really happy with {product} so far.",
                "Really impressed with how smoothly the install went.",
                "The support we've had from {rep_colleague} has been outstanding.",
                "Everyone here has commented on how much easier things are since we started with you.",
                "I wanted to say thank you for how quickly your team responded last week.",
                "The feedback from {site} has been excellent.", "Genuinely the smoothest rollout we've had with any supplier."]

PRAISE_PROSPECT_CHAT = ["great demo yesterday.", "loved the demo!", "the trial went really well.",
                        "team liked what they saw on the call.", "ur proposal looks great."]
PRAISE_PROSPECT_EMAIL = ["Thank you for a really impressive demo yesterday.",
                         "The trial went very well, and the team were impressed.",
                         "Your proposal was excellent, and very clearly laid out.",
                         "We were genuinely impressed by what we saw on the call.",
                         "I really enjoyed the demo on {day}; it was very well put together."]

# Items that are services or licences: the "is it in stock / what size" kind of question does not fit them.
NON_PHYSICAL = {"pallet spaces", "reefer loads", "courier runs", "seats", "API volume", "admin licences",
                "student licences", "booking licences", "minibar restocks", "user licences", "signature envelopes",
                "matter workspaces", "payslips", "fleet vehicles", "benefit enrolments", "cleaning hours",
                "HVAC visits"}

FILLER = ["Hope you had a good weekend.", "Thanks for your email yesterday.",
          "Following our call on {day}, I've shared your notes with the team.",
          "I've attached the latest delivery schedule for reference.",
          "As you know, we've been busy with {busy}.",
          "We've just moved into the new office, so apologies if replies are slow.",
          "I've copied in {colleague}, who looks after {dept} for us.",
          "Our year-end is in {month}, so things are a bit hectic.",
          "I'm covering for {colleague}, who's on leave this week.",
          "Quick one from me today.", "I've had a look at the documents you sent over.",
          "Thanks for the update on the order.", "It was good to catch up at the meeting on {day}.",
          "I've shared your proposal with {colleague} in {dept}.",
          "We've had a lot on this month with {busy}.",
          "Apologies for the slow reply, it's been one of those weeks.",
          "Hope all is well with you and the team.", "I've now had a chance to go through the pricing sheet."]
AFTER = ["Thanks in advance.", "Let me know if you need anything else from me.", "Appreciate your help.",
         "Speak soon.", "Any questions, just shout.", "Thanks again.", "Looking forward to hearing from you."]
GREET_EMAIL = ["Hi {rep},", "Hello {rep},", "Dear {rep},", "Morning {rep},", "Hi {rep}", "{rep},", "Good afternoon,",
               "Hi there,", "Dear {rep}", "Afternoon {rep},"]
SIGNOFF = ["Thanks,\n{me}", "Best,\n{me}\n{title}, {company}", "Kind regards,\n{me}", "Cheers,\n{me}",
           "Regards,\n{me} | {company}", "Many thanks,\n{me}\n{company}", "Best wishes,\n{me}",
           "Thanks,\n{first}\n\nSent from my iPhone", "{first}", "Kind regards,\n{me}\n{title}\n{company}"]

NONE_TEMPLATES = {
    "ooo": [
        "Out of office: I'm away until {day} {date} {month} with limited access to email. For anything urgent please contact {colleague} on {phone}.",
        "Automatic reply: Thank you for your message. I'm on annual leave and will reply on my return on {day}.",
        "Auto-reply: I'm at {site} all week with patchy signal. I'll pick up emails in the evenings.",
        "I'm currently away at {busy_event} and back on {day} {date} {month}. Your email has not been forwarded.",
        "Thank you for contacting {company}. Our office is closed until {day}; we'll respond as soon as we reopen.",
        "OOO til {cday}. for urgent stuff ring {colleague} on {phone}",
        "Automatic reply: {me} no longer works at {company}. Please direct enquiries to {colleague}.",
        "I'm on training until {day} {date} {month}. For orders, please email orders@{domain}.example.",
    ],
    "thanks": [
        "Thanks {rep}, received.", "Got it, thanks.", "Many thanks, I'll pass this on to {colleague}.",
        "thx, got the docs", "Thanks for sending the paperwork over.", "Received, thank you. {first}",
        "cheers {rep} 👍", "Thank you, that's all I needed.", "Perfect, thanks.", "Thanks for confirming.",
    ],
    "logistics": [
        "Just confirming the delivery on {day} is to {site}.", "Please use the rear entrance at {site}; the front is closed for works.",
        "Our receiving hours at {site} are 7am to 3pm, Monday to Friday.", "What's the lead time on the {item} at the moment?",
        "Is there a minimum order for the {item}?", "Are the {item} in stock?", "Can you send the spec sheet for the {item}?",
        "Do you deliver to {site} on {day}s?", "Where's the best place to find the user guides?",
        "pls deliver to {site} not head office this time", "what size are the {item} exactly?",
        "which email should delivery notes go to?", "Could you send the safety data for the {item}?",
        "Payment for invoice {inv} went out today.", "Please note my new email address: {first_l}@{domain}.example.",
        "I've taken over from {colleague} as your contact at {company}.", "Signed delivery note attached for order {inv}.",
        "Just so you know, {site} will be closed on {day} for a stocktake.", "driver can park in bay 3 at {site}",
        "Are the {item} compatible with what we already have?", "Who's our account contact now?",
    ],
    "ack": [
        "I'll get back to you once I've spoken to {colleague}.", "Sure, I'll be there.", "See you {day}.",
        "Noted, I'll let the team know.", "will check with {colleague} and come back to u", "Great, see you at {time} then.",
        "I've forwarded this to {colleague} in {dept}.", "Thanks, I'll review it over the weekend.",
        "ok will do", "Confirmed for {day} at {time}, thanks for the invite.",
    ],
}

# Order in which intents usually appear inside one message.
RANK = {"complaint": 0, "objection": 1, "churn_threat": 2, "pricing_question": 3, "buying_signal": 3.5,
        "meeting_request": 5}

CHAT_PREFIX = ["", "", "", "hi {rep}, ", "hey, ", "morning! ", "hello, ", "{rep} - ", "hiya ", "Hi {rep}. "]
CHAT_SUFFIX = ["", "", "", " thx", " cheers", " ta", " 🙏", " - {first}"]
SMS_INTRO = ["Hi {rep}, it's {first} from {company}. ", "{first} @ {company} here. ", "Hi, {first} ({company}). "]
BUSY_EVENTS = ["a trade show", "a site visit", "paternity leave", "a training course", "the Hospitality Expo",
               "our annual conference"]
ISSUE_SHORT = ["the mess with the {item}", "last week's problem", "what happened at {site}",
               "the issue on {day}", "the latest mix-up"]

SHORTHAND = [("you", "u"), ("your", "ur"), ("please", "pls"), ("thanks", "thx"), ("tomorrow", "tmrw"),
             ("are", "r"), ("because", "cos"), ("with", "w"), ("about", "abt"), ("don't", "dont"),
             ("can't", "cant"), ("it's", "its"), ("I'm", "im"), ("that's", "thats"), ("what's", "whats"),
             ("before", "b4"), ("people", "ppl")]

# Shapes of the generated part: intent tuple -> count.
MULTI_PLAN = [
    (("pricing_question", "buying_signal"), 24),
    (("pricing_question", "meeting_request"), 20),
    (("objection", "buying_signal"), 18),
    (("objection", "pricing_question"), 18),
    (("complaint", "churn_threat"), 20),
    (("complaint", "meeting_request"), 18),
    (("complaint", "pricing_question"), 12),
    (("objection", "churn_threat"), 12),
    (("churn_threat", "meeting_request"), 12),
    (("buying_signal", "meeting_request"), 20),
    (("objection", "meeting_request"), 12),
    (("complaint", "objection"), 6),
    (("churn_threat", "pricing_question"), 14),
    (("complaint", "buying_signal"), 6),
    (("complaint", "churn_threat", "meeting_request"), 10),
    (("pricing_question", "buying_signal", "meeting_request"), 10),
    (("objection", "pricing_question", "buying_signal"), 6),
    (("complaint", "pricing_question", "churn_threat"), 6),
    (("objection", "pricing_question", "meeting_request"), 6),
]
NONE_NEUTRAL = 83
PRAISE_ONLY = 4
# Singles fill the rest of the 900, split by these weights (chosen to even out the per-intent totals).
SINGLE_WEIGHTS = {"pricing_question": 10, "objection": 45, "complaint": 25, "churn_threat": 70,
                  "buying_signal": 47, "meeting_request": 35}


def norm(text):
    """Key for near-duplicate detection: case, punctuation and spacing ignored."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def lower_first(s):
    """Lower-case the first letter unless it starts with the pronoun I or a name-like word."""
    if re.match(r"(I\b|I'|[A-Z][a-z]*[A-Z]|[A-Z]{2})", s):
        return s
    first = s.split(" ", 1)[0].strip(",.:;!?'")
    if any(first == w.split(" ")[0] for I in INDUSTRIES for w in I["companies"] + I["competitors"]):
        return s
    return s[:1].lower() + s[1:]


class Gen:
    def __init__(self, rng):
        self.rng = rng

    def pick(self, seq):
        return self.rng.choice(seq)

    def context(self):
        r = self.rng
        I = self.pick(INDUSTRIES)
        item, qfmt, (lo, hi) = self.pick(I["items"])
        n = r.randint(lo, hi)
        if n > 50:
            n = int(round(n, -1))
        first, last = self.pick(FIRST), self.pick(LAST)
        rep = self.pick(REPS)
        rep_colleague = self.pick([x for x in REPS if x != rep])
        day = self.pick(DAYS)
        day2 = self.pick([d for d in DAYS if d != day])
        company = self.pick(I["companies"])
        ctx = {
            "industry": I["name"], "company": company, "product": self.pick(I["product"]), "item": item,
            "qty": qfmt.format(n=f"{n:,}"), "n": n, "issue": self.pick(I["issues"]), "gap": self.pick(I["gaps"]),
            "contract": self.pick(I["contracts"]), "site": self.pick(I["sites"]),
            "competitor": self.pick(I["competitors"]), "addon": self.pick(I["addons"]), "busy": I["busy"],
            "pending": self.pick(I["pending"]), "title": self.pick(I["titles"]), "rep": rep,
            "rep_colleague": rep_colleague, "me": f"{first} {last}", "first": first,
            "first_l": f"{first.lower()}.{last.lower()}", "colleague": self.pick(COLLEAGUES), "day": day,
            "day2": day2, "cday": self.pick(CHAT_DAYS), "time": self.pick(TIMES), "month": self.pick(MONTHS),
            "pct": r.choice([5, 8, 10, 12, 15, 18, 20, 25]),
            "money": f"{self.pick(CURRENCIES)}{r.choice([45, 120, 180, 240, 399, 650, 1200])}",
            "phone": f"07700 900{r.randint(100, 999)}", "fee": self.pick(FEES), "dept": self.pick(DEPTS),
            "inv": str(r.randint(10000, 99999)), "date": r.randint(2, 28),
            "domain": re.sub(r"[^a-z]", "", company.lower())[:14], "busy_event": self.pick(BUSY_EVENTS),
        }
        ctx["issue_short"] = self.pick(ISSUE_SHORT).format(**ctx)
        return ctx

    # --- typos and chat style -------------------------------------------------------------
    def typo_word(self, w):
        r = self.rng
        i = r.randrange(1, len(w) - 2)
        op = r.random()
        if op < 0.4:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if op < 0.7:
            return w[:i] + w[i + 1:]
        return w[:i] + w[i] + w[i:]

    def messy(self, text):
        r = self.rng
        if r.random() < 0.55:
            for full, short in SHORTHAND:
                if r.random() < 0.5:
                    text = re.sub(r"\b%s\b" % re.escape(full), short, text)
        if r.random() < 0.6:
            words = text.split(" ")
            idx = [k for k, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 5]
            for k in r.sample(idx, min(len(idx), r.choice([1, 1, 2]))):
                words[k] = self.typo_word(words[k])
            text = " ".join(words)
        if r.random() < 0.3:
            text = text.replace("'", "")
        if r.random() < 0.25:
            text = text.rstrip(".")
        return text

    # --- clauses ---------------------------------------------------------------------------
    def parts_for(self, shape, register):
        """Return a list of (text, intents) covering exactly the intents in shape."""
        r = self.rng
        remaining = list(shape)
        parts = []
        if len(shape) >= 2:
            keys = [k for k in COMBO if set(k) <= set(shape)
                    and any(register == "chat" or not t.startswith("~") for t in COMBO[k])]
            must = set(shape) in ({"objection", "buying_signal"}, {"complaint", "buying_signal"})
            p = 0.85 if must else 0.3
            if keys and r.random() < p:
                k = self.pick(sorted(keys))
                options = [t for t in COMBO[k] if register == "chat" or not t.startswith("~")]
                parts.append((self.pick(options).lstrip("~"), set(k)))
                remaining = [i for i in remaining if i not in k]
        bank = CHAT if register == "chat" else EMAIL
        for intent in remaining:
            parts.append((self.pick(bank[intent]), {intent}))
        parts.sort(key=lambda p: min(RANK[i] for i in p[1]) + r.random() * 1.6)
        return parts

    def render(self, tmpl, ctx, register):
        t = tmpl.format(**ctx)
        return t if register == "chat" else cap(t)

    def make(self, shape, kind=None):
        r = self.rng
        ctx = self.context()
        shape = tuple(shape)
        neg = bool(NEGATIVE_INTENTS & set(shape))
        channel = kind or r.choices(["whatsapp", "sms", "email"], [0.35, 0.2, 0.45])[0]
        register = "email" if channel == "email" or (channel == "sms" and r.random() < 0.4) else "chat"
        parts = self.parts_for(shape, register) if shape else []
        texts = []
        used_qty = False
        for t, _ in parts:
            c = ctx
            if "{qty}" in t and used_qty:    # second mention of the quantity in one message
                c = dict(ctx, qty="those")
            used_qty = used_qty or "{qty}" in t
            texts.append(self.render(t, c, register))
        # explicit praise (sets positive only when nothing negative is present). Praise of the product goes
        # with complaints (mixed messages); praise of a demo/trial goes with objections from prospects.
        praise = False
        if "complaint" in shape:
            p_praise, prospect = 0.2, False
        elif "objection" in shape:
            p_praise, prospect = 0.2, True
        elif neg:
            p_praise, prospect = 0.0, False
        else:
            p_praise = 0.3 if "buying_signal" in shape else 0.2
            prospect = "buying_signal" not in shape and r.random() < 0.5
        if shape and r.random() < p_praise:
            praise = True
            if register == "chat":
                bank = PRAISE_PROSPECT_CHAT if prospect else PRAISE_CHAT
            else:
                bank = PRAISE_PROSPECT_EMAIL if prospect else PRAISE_EMAIL
            ptxt = self.render(self.pick(bank), ctx, register)
            if neg and r.random() < 0.7:
                ptxt = ptxt.replace(" 🙌", "").replace(" 👍", "").rstrip(".!") + (", but" if register == "chat" else ". That said,")
                texts = [ptxt + " " + lower_first(texts[0])] + texts[1:]
            else:
                texts = [ptxt] + texts
        if channel == "email":
            text = self.wrap_email(texts, ctx)
        else:
            text = self.wrap_chat(texts, ctx, channel, register)
        intents = [i for i in INTENTS if i in shape]
        return {"text": text, "intents": intents, "sentiment": sentiment_for(intents, praise), "source": "gen",
                "industry": ctx["industry"], "channel": channel}

    def wrap_chat(self, texts, ctx, channel, register):
        r = self.rng
        if register == "chat":
            if r.random() < 0.45:
                texts = [cap(t) for t in texts]
            sep = r.choice([" ", " ", "\n", ". ", " "])
            body = sep.join(t.rstrip(".") if sep == ". " else t for t in texts)
            body = body.replace("?. ", "? ").replace("!. ", "! ")
        else:
            body = " ".join(texts)
        intro = channel == "sms" and r.random() < 0.4
        if register == "chat":
            prefix = "" if intro else self.pick(CHAT_PREFIX).format(**ctx)
            if prefix.endswith(", ") or (prefix.endswith(" ") and prefix[-2] not in ".-!"):
                body = lower_first(body)
            body = prefix + body
            body = self.messy(body) if r.random() < 0.6 else body
            suffix = self.pick(CHAT_SUFFIX)
            if "🙄" in body and "🙏" in suffix:
                suffix = ""
            if not (intro and "{first}" in suffix):
                body += suffix.format(**ctx)
        if intro:
            body = self.pick(SMS_INTRO).format(**ctx) + cap(body)
        return body.strip()

    def wrap_email(self, texts, ctx):
        r = self.rng
        paras = []
        greet = self.pick(GREET_EMAIL).format(**ctx)
        main = " ".join(texts)
        fillers = r.sample(FILLER, 3)
        mode = r.random()
        if mode < 0.3:          # straight to the point
            paras.append(main)
        elif mode < 0.65:       # a line of small talk first
            paras.append(fillers[0].format(**ctx) + " " + main)
        else:                   # point buried between paragraphs
            paras.append(" ".join(f.format(**ctx) for f in fillers[:r.choice([1, 2])]))
            paras.append(main)
            if r.random() < 0.6:
                paras.append(fillers[2].format(**ctx))
        if r.random() < 0.5:
            paras.append(self.pick(AFTER))
        sign = self.pick(SIGNOFF).format(**ctx)
        if r.random() < 0.15:   # short email without greeting
            return "\n\n".join(paras + [sign])
        return greet + "\n\n" + "\n\n".join(paras) + "\n\n" + sign

    # --- messages without intent -----------------------------------------------------------
    def make_none(self):
        r = self.rng
        ctx = self.context()
        cat = r.choices(["ooo", "thanks", "logistics", "ack"], [0.2, 0.2, 0.42, 0.18])[0]
        options = NONE_TEMPLATES[cat]
        if ctx["item"] in NON_PHYSICAL:
            options = [x for x in options if "{item}" not in x]
        t = self.pick(options).format(**ctx)
        if cat == "logistics" and r.random() < 0.4:
            t = self.pick(GREET_EMAIL).format(**ctx) + "\n\n" + t + "\n\n" + self.pick(SIGNOFF).format(**ctx)
        elif cat in ("thanks", "ack", "logistics") and r.random() < 0.35:
            t = self.messy(t)
        return {"text": t, "intents": [], "sentiment": "neutral", "source": "gen", "industry": ctx["industry"],
                "channel": cat}

    def make_praise(self):
        r = self.rng
        ctx = self.context()
        if r.random() < 0.5:
            t = "Thanks {rep}! ".format(**ctx) + cap(self.pick(PRAISE_CHAT).format(**ctx))
        else:
            t = (self.pick(GREET_EMAIL).format(**ctx) + "\n\n" + self.pick(PRAISE_EMAIL).format(**ctx) + " "
                 + self.pick(PRAISE_EMAIL).format(**ctx) + "\n\n" + self.pick(SIGNOFF).format(**ctx))
        return {"text": t, "intents": [], "sentiment": "positive", "source": "gen", "industry": ctx["industry"],
                "channel": "praise"}


def plan(n_gen):
    shapes = []
    for shape, k in MULTI_PLAN:
        shapes += [shape] * k
    shapes += [()] * NONE_NEUTRAL
    shapes += [("praise",)] * PRAISE_ONLY
    n_single = n_gen - len(shapes)
    assert n_single > 0, n_single
    tot = sum(SINGLE_WEIGHTS.values())
    alloc = {k: n_single * w // tot for k, w in SINGLE_WEIGHTS.items()}
    rest = n_single - sum(alloc.values())
    for k in sorted(SINGLE_WEIGHTS, key=lambda k: -(n_single * SINGLE_WEIGHTS[k] % tot))[:rest]:
        alloc[k] += 1
    for k in INTENTS:
        shapes += [(k,)] * alloc[k]
    return shapes


# ---------------------------------------------------------------------------------------------
# Sentiment overrides, applied at the end of build() after ids are assigned.
# tests/corpus/CONVENTIONS.md 10 (and tests/corpus/insights/README_signals4.md convention 2): positive needs
# explicit praise, enthusiasm or satisfaction; a bare procedural buying step ("PO attached", "send the contract",
# "add 5 seats") is neutral. CONVENTIONS.md 11: negative only together with objection, complaint or churn_threat
# (already guaranteed by sentiment_for and validate()). sentiment_for() above still makes every buying_signal
# positive; it is left unchanged so that the seeded generator produces the same texts, and each message below was
# read by hand and relabelled (see RELABEL.md). Hand-written and generated messages are both listed here because
# their sentiment is computed, not written as a literal.
# id -> (sentiment the build gives, sentiment to use, start of the text as a guard against id drift)
# ---------------------------------------------------------------------------------------------
SENTIMENT_OVERRIDES = {
    "tr0001": ("positive", "neutral", "Afternoon Ben,\n\nI've now had a"),  # no praise: get the contract signed, onboarding call
    "tr0002": ("positive", "neutral", "We're leaning towards going wi"),  # no praise: leaning towards you, hold install dates
    "tr0033": ("positive", "neutral", "Afternoon Aisha,\n\nWe've had a "),  # no praise: onboarding pack, meet in person
    "tr0054": ("positive", "neutral", "We'd like to add the Leeds cli"),  # no praise: add Leeds clinic, cost + start
    "tr0057": ("positive", "neutral", "Not promising anything, but co"),  # no praise: send the contract for legal to read
    "tr0058": ("positive", "neutral", "Hi Jonas,\n\nI've had a look at "),  # no praise: renewal figure, upgrade tier, ring me
    "tr0062": ("positive", "neutral", "Sam - how much extra for pensi"),  # no praise: price question, 'lets do it', call
    "tr0070": ("positive", "neutral", "hey, we're good to go, send th"),  # no praise: 'we're good to go, send the contract'
    "tr0087": ("positive", "neutral", "morning! how much extra for th"),  # no praise: warranty price, order 480 packs, reschedule
    "tr0115": ("positive", "neutral", "Our seasonal workers start on "),  # no praise: need 40 more handsets
    "tr0118": ("positive", "neutral", "hiya let's get the contract si"),  # no praise: get the contract signed, onboarding call 🙏
    "tr0144": ("positive", "neutral", "Dear Nia\n\nFollowing our call o"),  # no praise: ready to move forward, call
    "tr0150": ("positive", "neutral", "Hi, Jade (Nook & Cranny Candle"),  # no praise: quote for boxes, go ahead with order
    "tr0157": ("positive", "neutral", "Afternoon Kai,\n\nI'm covering f"),  # no praise: upgrade to higher tier
    "tr0159": ("positive", "neutral", "Assuming the references check "),  # no praise: sign before quarter end if references check out
    "tr0167": ("positive", "neutral", "Can we add 210 matter workspac"),  # no praise: add 210 workspaces 🙏
    "tr0187": ("positive", "neutral", "Hi there,\n\nAs you know, we've "),  # no praise: upgrade to higher tier
    "tr0196": ("positive", "neutral", "Hi Dave,\n\nFollowing our call o"),  # no praise: roll out to remaining sites
    "tr0197": ("positive", "neutral", "We may well need another 200 l"),  # no praise: may need 200 more licences
    "tr0209": ("positive", "neutral", "Afternoon Marta,\n\nCould you se"),  # no praise: send onboarding pack
    "tr0219": ("positive", "neutral", "we're in. where do i sign?"),  # no praise: 'we're in. where do i sign?'
    "tr0220": ("positive", "neutral", "We've got new funding, so we c"),  # no praise: new funding, go ahead with second set
    "tr0244": ("positive", "neutral", "we'll take the 3 yr deal"),  # no praise: 'we'll take the 3 yr deal'
    "tr0252": ("positive", "neutral", "Dear Hannah\n\nWe'd like to exte"),  # no praise: extend subscription to spa
    "tr0257": ("positive", "neutral", "If the pilot keeps going like "),  # no praise: would expect to roll out if pilot continues
    "tr0262": ("positive", "neutral", "Need 50 etra seats by friday 🙏"),  # no praise: need 50 extra seats 🙏
    "tr0264": ("positive", "neutral", "hey, were good to go, send the"),  # no praise: 'were good to go, send the contract'
    "tr0268": ("positive", "neutral", "Probably going to go ahead wit"),  # no praise: probably going ahead, needs final numbers
    "tr0282": ("positive", "neutral", "Might be worth reserving some "),  # no praise: reserve stock for March
    "tr0283": ("positive", "neutral", "hey, we'll take 70 smmart mete"),  # no praise: 'we'll take 70 smart meters'
    "tr0288": ("positive", "neutral", "hi Priya, we'd like to go ahea"),  # no praise: go ahead with 300 enrolments, quote + terms
    "tr0291": ("positive", "neutral", "Hi Anita\n\nFollowing our call o"),  # no praise: quote for 130 licences to raise PO
    "tr0302": ("positive", "neutral", "Please send the onboarding che"),  # no praise: send onboarding checklist
    "tr0319": ("positive", "neutral", "Marta - when can onboarding st"),  # no praise: 'when can onboarding start?'
    "tr0322": ("positive", "neutral", "As you know, we've been busy w"),  # no praise: go ahead with 7 display units
    "tr0323": ("positive", "neutral", "I don't have any concerns abou"),  # no praise: no concerns on terms, send for signature
    "tr0327": ("positive", "neutral", "ready when u are, whats the ne"),  # no praise: 'ready when u are', rate question
    "tr0341": ("positive", "neutral", "Marta,\n\nAs you know, we've bee"),  # no praise: setup fee question, onboarding pack
    "tr0351": ("positive", "neutral", "Morning Lucia,\n\nI'm covering f"),  # no praise: ready to go ahead, kickoff call
    "tr0355": ("positive", "neutral", "Hi Jonas,\n\nIt was good to catc"),  # no praise: leaning towards going ahead, hold slot
    "tr0356": ("positive", "neutral", "Dear Ravi\n\nHope all is well wi"),  # no praise: roll out to remaining sites, call back
    "tr0359": ("positive", "neutral", "hey, ready when u are, wahts t"),  # no praise: 'ready when u are', demo
    "tr0362": ("positive", "neutral", "No complaints at all from the "),  # no praise: 'No complaints at all' is a negation, not praise; renew
    "tr0370": ("positive", "neutral", "Hello Tom,\n\nWe'll need 2 inter"),  # no praise: 2 more boards on usual order
    "tr0388": ("positive", "neutral", "we r good to go, send the cont"),  # no praise: 'we r good to go, send the contract'
    "tr0401": ("positive", "neutral", "send me the PO template and we"),  # no praise: send PO template
    "tr0404": ("positive", "neutral", "Hello Lucia,\n\nAs you know, we'"),  # no praise: go ahead with 19 boards, quote + terms
    "tr0405": ("positive", "neutral", "hi Lucia, why did our bill go "),  # no praise: bill question, 'we'll take 28 controllers'
    "tr0407": ("positive", "neutral", "Hi Hannah\n\nPlease send through"),  # no praise: supplier set-up form, invoice line question
    "tr0410": ("positive", "neutral", "morning! Count us in for aonth"),  # no praise: 'Count us in for another year'
    "tr0427": ("positive", "neutral", "Please send a quote for 3 fibr"),  # no praise: quote for 3 lines to raise PO
    "tr0448": ("positive", "neutral", "Gareth @ Barrow & Kite Solicit"),  # no praise: upgrade to next tier
    "tr0458": ("positive", "neutral", "We don't need another demo, we"),  # no praise: 'we've seen enough. Send the order form'
    "tr0472": ("positive", "neutral", "Hi Wes,\n\nGood to see you at th"),  # no praise: want four units fitted, send paperwork
    "tr0475": ("positive", "neutral", "We're planning to add the Card"),  # no praise: add Cardiff office, bill question
    "tr0476": ("positive", "neutral", "Hello Kenji,\n\nThanks for the u"),  # no praise: quote for 110 vehicles to raise PO
    "tr0481": ("positive", "neutral", "How much extra for Saturday de"),  # no praise: price question, get contract signed, call
    "tr0485": ("positive", "neutral", "Can you send the contract and "),  # no praise: send contract and invoice schedule
    "tr0492": ("positive", "neutral", "As you know, we've been busy w"),  # no praise: raise an order for 19 units
    "tr0507": ("positive", "neutral", "Hi, Mei (Tarn Valley Castings)"),  # no praise: leaning towards going ahead, hold slot
    "tr0508": ("positive", "neutral", "We're going with the Pro plan."),  # no praise: going with Pro plan, invoicing entity
    "tr0510": ("positive", "neutral", "Afternoon Ravi,\n\nI've shared y"),  # no praise: cost breakdown, roll out after trial, call
    "tr0526": ("positive", "neutral", "Morning Dave,\n\nHope the Fenwic"),  # no praise: scaffolding hire cost, site visit
    "tr0543": ("positive", "neutral", "We'd like to trial the cold-ch"),  # no praise: trial sensors before committing
    "tr0547": ("positive", "neutral", "Is there an education discount"),  # no praise: education discount, want 150 licences
    "tr0548": ("positive", "neutral", "Ravi,\n\nQuick one from me today"),  # no praise: leaning towards going ahead, hold slot
    "tr0572": ("positive", "neutral", "Good afternoon,\n\nWe're ready t"),  # no praise: ready to move forward, ring me
    "tr0594": ("positive", "neutral", "I've shared your proposal with"),  # no praise: renewal figure, intend to renew, ring me
    "tr0626": ("positive", "neutral", "Hi, Tomasz (Sallow Foods). We'"),  # no praise: extend supply agreement to Camden
    "tr0650": ("positive", "neutral", "Hi Sam\n\nIt was good to catch u"),  # no praise: start date in December?
    "tr0660": ("positive", "neutral", "We'd like to order another 2,0"),  # no praise: order another 2,000 litres
    "tr0663": ("positive", "neutral", "Hi, Rob (Ridgeview Care Homes)"),  # no praise: supplier set-up form to raise PO
    "tr0665": ("positive", "neutral", "No issues on our end, go ahead"),  # no praise: 'No issues on our end' is a negation; go ahead and ship
    "tr0674": ("positive", "neutral", "We'll need 90 classroom tablet"),  # no praise: 90 tablets on top of usual order, meeting
    "tr0675": ("positive", "neutral", "Mei @ The Linden Rooms here. L"),  # no praise: 'Lets do it'
    "tr0676": ("positive", "neutral", "We'd like to proceed. Could yo"),  # no praise: proceed, send contract
    "tr0680": ("positive", "neutral", "Count us in for another year. "),  # no praise: count us in for another year, talk about Glasgow
    "tr0687": ("positive", "neutral", "need 2 more boxes of the navy "),  # no praise: need 2 more boxes of polos
    "tr0688": ("positive", "neutral", "Please quote for 300 cases of "),  # no praise: quote for 300 + 100 cases
    "tr0710": ("positive", "neutral", "Hi Ravi\n\nHope you had a good w"),  # no praise: payment terms, add office to agreement
    "tr0714": ("positive", "neutral", "add 5 more seats pls, same pla"),  # no praise: add 5 more seats
    "tr0715": ("positive", "neutral", "Hi Kai,\n\nPlease send through y"),  # no praise: supplier set-up form, cost breakdown
    "tr0731": ("positive", "neutral", "Dear Freya,\n\nConsider this a y"),  # no praise: 'Consider this a yes', meeting
    "tr0753": ("positive", "neutral", "renewal approved 👍 - Yusuf"),  # no praise: 'renewal approved 👍' (board-approved renewal is neutral)
    "tr0754": ("positive", "neutral", "Thinking about upgrading to th"),  # no praise: thinking about upgrading, cost + call
    "tr0767": ("positive", "neutral", "Ravi,\n\nI've attached the lates"),  # no praise: onboarding pack, demo
    "tr0778": ("positive", "neutral", "Let's do it. Start date 1st of"),  # no praise: 'Let's do it', start date, quarterly invoicing
    "tr0783": ("positive", "neutral", "Hi Tom,\n\nThanks for the update"),  # no praise: rates question, upgrade tier
    "tr0784": ("positive", "neutral", "hello, add the Cardiff office "),  # no praise: add Cardiff office
    "tr0789": ("positive", "neutral", "Hello Tom,\n\nWe've had a lot on"),  # no praise: send onboarding pack
    "tr0793": ("positive", "neutral", "We'll sign this week if you ca"),  # no praise: will sign if training included, chat to close
    "tr0795": ("positive", "neutral", "Could you set up a trial accou"),  # no praise: set up trial account
    "tr0797": ("positive", "neutral", "can we add 16 site cabins? ta"),  # no praise: add 16 site cabins
    "tr0799": ("positive", "neutral", "We intend to renew the reagent"),  # no praise: intend to renew agreement
    "tr0801": ("positive", "neutral", "Hi there,\n\nThanks for the upda"),  # no praise: add Ashby office to agreement
    "tr0819": ("positive", "neutral", "hiya we're good to go, send th"),  # no praise: 'we're good to go, send the contract'
    "tr0828": ("positive", "neutral", "hey, we're planning to add the"),  # no praise: add east wing, bill question
    "tr0839": ("positive", "neutral", "Hi, Rhys (Garvey Brothers Farm"),  # no praise: add 210 bags of seed barley
    "tr0848": ("positive", "neutral", "Hi there,\n\nWe've just moved in"),  # no praise: PO for extra cleaning hours attached
    "tr0855": ("positive", "neutral", "hiya when can we start? Jump o"),  # no praise: when can we start, zoom
    "tr0856": ("positive", "neutral", "add the Derby DC to our acconu"),  # no praise: add Derby DC to account
    "tr0869": ("positive", "neutral", "hiya wats this handling surcha"),  # no praise: surcharge question, book 90 vehicles 🙏
    "tr0872": ("positive", "neutral", "Rashida @ Quarry Lane Surgery "),  # no praise: quote for 11 handsets to raise PO
    "tr0875": ("positive", "neutral", "Hi Lucia. Whats this service a"),  # no praise: invoice question, when can we start
    "tr0876": ("positive", "neutral", "Nothing's signed yet, but it's"),  # no praise: likely to want the larger package
    "tr0887": ("positive", "neutral", "Please confirm receipt of our "),  # no praise: confirm receipt of our PO
}


def apply_overrides(msgs):
    by_id = {m["id"]: m for m in msgs}
    for mid, (was, new, prefix) in SENTIMENT_OVERRIDES.items():
        m = by_id[mid]
        assert m["text"].startswith(prefix), (mid, m["text"][:40])
        assert m["sentiment"] == was, (mid, m["sentiment"])
        m["sentiment"] = new
    return msgs


def build():
    rng = random.Random(SEED)
    hand = hand_messages()
    seen = {norm(m["text"]) for m in hand}
    assert len(seen) == len(hand), "duplicate hand-written text"
    g = Gen(rng)
    gen = []
    for shape in plan(TOTAL - len(hand)):
        for _ in range(200):
            if shape == ():
                m = g.make_none()
            elif shape == ("praise",):
                m = g.make_praise()
            else:
                m = g.make(shape)
            if norm(m["text"]) not in seen:
                break
        else:
            raise RuntimeError("could not make a unique message for %r" % (shape,))
        seen.add(norm(m["text"]))
        gen.append(m)
    msgs = hand + gen
    rng.shuffle(msgs)
    for k, m in enumerate(msgs, 1):
        m["id"] = "tr%04d" % k
    return apply_overrides(msgs)


def validate(msgs):
    ids = [m["id"] for m in msgs]
    texts = [m["text"] for m in msgs]
    assert len(msgs) == TOTAL, len(msgs)
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(texts)) == len(texts), "duplicate texts"
    assert len({norm(t) for t in texts}) == len(texts), "near-duplicate texts (case/punctuation/space)"
    for m in msgs:
        assert m["text"] and m["text"] == m["text"].strip(), m["id"]
        assert "{" not in m["text"] and "}" not in m["text"], (m["id"], m["text"])
        assert m["sentiment"] in ("positive", "neutral", "negative"), m["id"]
        assert all(i in INTENTS for i in m["intents"]), m["id"]
        assert len(set(m["intents"])) == len(m["intents"]), m["id"]
        neg = bool(NEGATIVE_INTENTS & set(m["intents"]))
        assert neg == (m["sentiment"] == "negative"), (m["id"], m["sentiment"], m["intents"])


def stats(msgs):
    c = Counter(i for m in msgs for i in m["intents"])
    s = Counter(m["sentiment"] for m in msgs)
    k = Counter(min(len(m["intents"]), 3) for m in msgs)
    src = Counter(m["source"] for m in msgs)
    none_neutral = sum(1 for m in msgs if not m["intents"] and m["sentiment"] == "neutral")
    ind_count = Counter(m.get("industry") for m in msgs if m["source"] == "gen")
    lines = ["messages: %d (hand-written %d, generated %d)" % (len(msgs), src["hand"], src["gen"]),
             "sentiment: " + ", ".join("%s %d" % (x, s[x]) for x in ("positive", "neutral", "negative")),
             "intents: " + ", ".join("%s %d" % (i, c[i]) for i in INTENTS),
             "no intent: %d (neutral %d), one intent: %d, multi-intent: %d (3+: %d)"
             % (k[0], none_neutral, k[1], k[2] + k[3], k[3]),
             "industries in generated part: %d" % len(ind_count)]
    hand = [m for m in msgs if m["source"] == "hand"]
    hc = Counter(i for m in hand for i in m["intents"])
    lines.append("hand-written intents: " + ", ".join("%s %d" % (i, hc[i]) for i in INTENTS))
    return "\n".join(lines)


def dump(msgs):
    return "".join(json.dumps({"id": m["id"], "text": m["text"], "sentiment": m["sentiment"],
                               "intents": m["intents"]}, ensure_ascii=False) + "\n" for m in msgs)


def main(argv):
    msgs = build()
    validate(msgs)
    data = dump(msgs)
    if "--check" in argv:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == data
        print("train.jsonl is up to date" if same else "train.jsonl differs from the generator output")
        print(stats(msgs))
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %s" % OUT)
    print(stats(msgs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
