"""Clause splitting and intent detection: which operation a piece of a sentence asks for."""
from __future__ import annotations

import json
import re
from pathlib import Path

from core.understanding.dates import count_word

SPLIT = re.compile(r",\s+(?:and\s+|then\s+|also\s+)?|;\s*|(?<!\b[A-Z])\.\s+|\s+(?:and\s+)?then\s+|\s+and\s+(?:also\s+)?"
                   r"|\s+also\s+|\s+[-–—]+\s+|\s*!\s+|\s+\+\s+"
                   r"|(?:(?<=morning)|(?<=afternoon)|(?<=today)|(?<=yesterday)|(?<=evening)|(?<=earlier)|(?<=tonight))"
                   r"\s+(?=remind\s+me\b)"  # "emailed X the quote this morning remind me to chase her": two things
                   r"|,?\s+so\s+(?=(?:[\w&'’-]+\s+){1,6}(?:can|could|should|will|is|are|needs? to)\s+(?:now\s+)?(?:go|move|progress|"
                   r"advance|be moved|head)\b)"  # "did the visit with X, so <deal> can go to <stage>": two things done
                   # "… since I've got the lift deal there anyway, so make me the owner of X": an instruction after "so"
                   r"|,?\s+so\s+(?:please\s+|pls\s+|can you\s+|could you\s+)?(?=(?:make|move|set|change|give|hand|mark|put|"
                   r"assign|reassign|update|delete|remove|transfer)\s+(?:me|the|that|this|[A-Z]))")

QUESTION = re.compile(r"^\W*(?:team|my|our|the|[a-z]+['’]s)\s+(?:total|sum|count|number|(?:bigg?est|largest|smallest|best|"
                      r"worst)\s+(?:win|wins|deal|deals|loss|losses|opp|opps)\b)|^\W*(?:(?:can|could) you\s+)?(?:please\s+)?remind me\s+(?:again\s+)?(?:who|whom|whose|what|which|when|where|"
                      r"how)\b|^\s*(?:[\w&'’-]+\s+){0,3}(?:deals|opportunities|opps)\s+(?:that\s+are\s+|that're\s+)?"
                      r"(?:expected|slated|scheduled|set|due|forecast(?:ed)?|projected|likely|supposed)\s+to\s+close\b|"
                      r"^\s*(what|what's|whats|which|who|who's|whos|when|whens|when's|how|show|list|any|anything|anyone|do i|do we|"
                      r"did we|did i|does|do|is there|is|are there|are|was there|were there|has there|have there|am i|tell me|give me|find|look ?up|where|have we|has|"
                      r"have i|total|how's|hows|average|avg|mean|median|sum|count|number of|tally)\b|\?\s*$|(?:^|[-–—:,]\s*)(?:the\s+)?last\s+time\s+(?:anyone|anybody|someone|somebody|we|i|you|they)\b[^?]*\?|^\s*(open|my|all|our|closed|won|lost|stale|overdue)\s+"
                      r"(deals|tasks|opportunities|opps|contacts)\b|^\s*open\s+(?:[\w&'-]+\s+){0,3}(deals|opportunities|opps)\b|"
                      r"(?:^[^-–—:]{2,40}?:|^[^-–—]{2,50}?\s[-–—]|^[^,;]{2,80}?,)\s*(?:what|what's|whats|which|who|who's|whos|when|how|any|anything|list|"
                      r"show)\b|^\s*(deals|tasks|opportunities|opps|contacts|companies|accounts)\s+"
                      r"(closing|due|with|without|that|which|where|whose|in|at|for|owned|from|over|under|won|lost|never|"
                      r"worth|above|below|nobody|no one|we)\b|^\s*(?:the\s+)?(?:top|bottom|bigg?est|largest|smallest)\s+"
                      r"(?:\d+\s+|two\s+|three\s+|four\s+|five\s+|ten\s+)?(?:open\s+|won\s+|lost\s+)?(?:deals?|opportunit(?:y|ies)|opps?|"
                      r"accounts?|companies|customers)\b|^(?!.*\b(?:push|pull|bump|slip|move|close|set|mark|change|update|assign|reassign|give|hand|transfer|delete|remove|"
                      r"drop|make|put|add|log|create|kill|archive|win|lose|go|goes|should|need|needs|must)\b)\s*(?:[\w&'-]+\s+){1,3}(?:deals|opportunities|opps)\s+(?:closing|closed|due|without|owned|worth|won|lost|that|which|"
                      r"over|under|above|below)\b|\s[-–—]\s*(?:who|what|whats|what's|which|when|where|how)\b[^-–—.!]{0,40}"
                      r"\??\s*$", re.I)
# "quick one — close date on <deal> + who's the contact there": a field of a record asked for by its name alone
# "quick one — whole team's open pipeline, leaving out …": a pipeline named alone is asked for
PIPELINE_ASKED = re.compile(r"^\W*(?:(?:quick one|quick q(?:uestion)?|hey|hi|so|ok|okay)\W+)*(?:the\s+)?(?:(?:whole|entire)\s+)?"
                            r"(?:team['’]?s?|my|our|[^\W\d_]+['’]s)\s+(?:open\s+|total\s+|current\s+|whole\s+)?(?:pipeline|pipe)\b"
                            r"(?![^?]*\b(?:to|move|set|change)\b)", re.I)
FIELD_ASKED = re.compile(r"^\W*(?:(?:quick one|quick q(?:uestion)?|hey|hi|so|ok|okay)\W+)*(?:the\s+)?(?:close date|closing date|"
                         r"amount|deal value|value|stage|owner|phone(?: number)?|mobile|email(?: address)?|job title|title)\s+"
                         r"(?:on|of|for)\s+(?![^?]*(?:\b(?:to|is|are|was|now|should|needs|at)\b|=|->|\d))(?:the\s+)?\w", re.I)
REQUEST = re.compile(r"\b(?:would|do) you mind\s+\w+ing\b|"  # "would you mind changing …?": a request
                     r"\bcan we (?:say|make|put|set|change|move|mark|call)\b|"  # "can we say it closes … instead?"
                     # "Could <record> sit under <rep>'s name from here on?": a polite request about a record
                     r"^\W*(?:could|can)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}\s+(?:sit|go|move|come|be moved|be given|"
                     r"be handed|be passed|be put|be set|be changed)\b|"
                     # "Can the <deal words> go in at 5,650 rather than 5,200?": a change asked for politely
                     r"^\W*(?:hiya!?\s+|hi!?\s+)?(?:could|can)\s+(?:the|our|my)\s+[\w'’ &-]{3,60}?\s+(?:go in|go|be put|be set|be changed|"
                     r"be moved|move|come down|go up|come in)\s+(?:at|to|down to|up to|as)\s+(?:[$£€]?\d|\w+\s+(?:stage|k)\b)|"
                     r"\b(?:can|could|would|will) you\s+(?:please\s+|just\s+|also\s+)?"
                     r"(?!tell|show|list|give me|find|look|check (?:if|whether)|remind me (?:who|what|when)|see|say)|"
                     # a formal request in the passive: "could a company record be created for …", "… be deleted, please"
                     r"\b(?:could|can|would|may|might|should|please)\b[^?]{0,80}?\bbe\s+(?:created|added|deleted|removed|set up|"
                     r"updated|changed|moved|assigned|logged|recorded|entered|put in|marked)\b|"
                     r"\bI\s+(?:would|'d|should)\s+(?:ask|like to ask|request|be grateful|be obliged)\b", re.I)


def is_question(text: str) -> bool:
    """A question to answer, not a change to make: a question word first, or a question mark on something that is
    not a polite request ("could you move …?")."""
    if REQUEST.search(text):
        return False
    return bool(QUESTION.search(text) or FIELD_ASKED.match(text) or PIPELINE_ASKED.match(text))
# "<company> is now called <name>", "renamed to": a change of name, although "called" also logs a call
RENAME = re.compile(r"\b(?:is|are)\s+now\s+(?:called|named|known as)\b|\bnow\s+goes\s+by\b|\bchanged\s+(?:its|their|"
                    r"his|her)\s+name\b|\b(?:renamed|rebranded)\b", re.I)
# "deal for <company> called <name>, 190k": a new deal named by "called", not a phone call
NAMED_NEW_DEAL = re.compile(r"^\W*(?:(?:and|also|plus|oh|ok|okay|so)\W+)*(?:a\s+|another\s+)?(?:new\s+)?(?:deal|opportunity|"
                            r"opp)\s+(?:for|with)\b.*\b(?:called|named)\s+[A-Z]"
                            r"|^\W*(?:a\s+|another\s+)?(?:new\s+)?(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){0,4}\s+(?:deal|"
                            r"opportunity|opp)\s+(?:called|named)\s+(?-i:[A-Z])"
                            r"|^\W*(?:a\s+|another\s+)?(?:new\s+)?(?:deal|opportunity|opp)\s+(?:called|named)\s+(?-i:[A-Z])", re.I)
UNDO = re.compile(r"^\s*(undo|revert|roll ?back)(\s+(that|it|this|the last( change| plan| one)?|my last change))?"
                  r"\s*[.!]?\s*$", re.I)

# "log it", "so log that please": a request to log what was just said, with nothing of its own
_BARE_LOG = r"\W*(?:(?:so|and|just|please|pls|can you|could you)\s+)*log\s+(?:it|that|this)"
BARE_LOG = re.compile(rf"{_BARE_LOG}(?:\s+(?:please|pls|thanks|too|as well))?\W*", re.I)  # the whole clause, with fullmatch
INTENTS: list[tuple[str, re.Pattern]] = [(name, re.compile(rx, re.I)) for name, rx in [
    ("delete", r"\b(delete|remove|erase|get rid of|trash|purge)\b|\b(?:needs?|want)\s+(?:deleting|removing|binning)\b|\bbin\s+(?:it|that|this|them|those|the)\b|"
               r"\bscrap\b[^.;]*\b(?:entirely|completely|altogether|from the (?:system|crm)|for good)\b|\bbe\s+(?:deleted|removed|erased)\b|^\W*del\s+(?:contact|company|co|deal|account)\b|"
               r"\b(?:can|should|could|must|needs? to|has to|have to|to)\s+be\s+(?:deleted|removed|erased|binned|scrapped)\b|"
               r"\btake\s+(?:[\w&'-]+\s+){1,6}(?:off|out of)\s+(?:the\s+)?(?:system|crm|database|records?|books)\b|\bwipe\s+(?:[\w&'-]+\s+){1,6}(?:off|from)\s+(?:the\s+)?"
               r"(?:system|crm|database|records?)\b"),
    ("complete_task", r"\b(?:tick|check|cross|mark)\s+(?:it|that|this|them|those)\s+off\b|"
                      # "all the tasks of me that are overdue, please mark them done": the tasks named first
                      r"\b(?:tasks|to-?dos|reminders)\b.*\b(?:mark|set|tick)\s+(?:them|those|these)\s+(?:all\s+)?(?:as\s+)?"
                      r"(?:done|complete|completed|finished)\b|"
                      r"\b(?:that|this|the)\s+task(?:['’]s|\s+is|\s+has been|\s+can be)\s+(?:now\s+)?(?:done|finished|complete|"
                      r"completed|sorted|closed|ticked off)\b|"  # "the survey at X is booked now, so that task's done"
                      r"\b(?:that|this|the)\s+(?:\w+\s+)?task\s+(?:can|could)\s+(?:now\s+)?(?:go|come off|be closed|be ticked off)\b|"
                      r"\b(?:tick|check|cross)\s+(?:it|them|those|these|both)\s+all\s+off\b|"
                      r"\bmark\s+(?:both|all|all of it|it all|them both)\s+(?:as\s+)?(?:done|complete|completed|finished)\b|"
                      r"\b(?:tasks?|to-?dos?|reminders?)\b.{0,40}\b(?:can|could|should|may)\s+(?:now\s+|all\s+)?be\s+(?:closed|"
                      r"ticked off|marked (?:as )?(?:done|complete)|completed)\b|"
                      r"(?:^|[,;—–-]\s*)(?:(?:so\s+)?(?:you can|can you|please|pls)\s+)?close\s+(?:that|this)\s+one(?:\s+(?:off|out))?"
                      r"(?:\s+(?:please|pls|now))?\W*$|\b(?:that|this) one (?:can be|is|'s) (?:closed|done|ticked off|off my list)\b|\b(?:tick|check|cross)\s+off\b|"
                      r"\b(?:tick|check|cross)\s+(?:them all|all of them|the lot|everything|those all)\s+off\b|"
                      r"\bmark\s+(?:them all|all of them|the lot|everything)\s+(?:as\s+)?(?:done|complete|completed|finished)\b|"
                      r"^\W*(?:ticked|checked off|crossed off)\b|[\u2705\u2611\u2714]\W*$|"
                      r"\bmark\s+['\"\u2018\u201c].+?['\"\u2019\u201d]\s+(?:as\s+)?(?:done|complete|completed|finished)\b|"
                      r"^\W*(?:done|finished|completed)\b(?!\s+(?:deal|with (?:the|that) (?:deal|account)))|"
                      r"[-–—,:]\s*(?:done|finished|complete|completed)\W*$|\bmark (?:it|that|this) (?:as )?(?:done|complete)\b|"
                      r"\b(?:that'?s|it'?s|is|that one'?s|that one is) (?:done|finished|sorted)\W*$|\b(mark|set|tick|check)\b.*\b(tasks?|todos?|to-dos?|reminders?)\b.*(?<!-)\b(done|complete|completed|finished|off)\b(?!-)"
                      r"|\b(complete|completed|finish|finished|close|closed|tick off|check off|done with)\s+(the\s+|my\s+|that\s+|all\s+)?"
                      r"([\w'-]+\s+){0,6}(task|tasks|todo|to-do|reminder)s?\b|\b(task|tasks|todo|reminder)s?\b.*\b(is|are|as|be|:)\s+"
                      r"(checked off|done|complete|completed|finished)\b|\b(task|tasks)\b.*\b(done|complete)\s*$"),
    ("create_task", r"\bremind\b|\bremember\s+me\s+(?:to|for|about|of)\b|\b(create|add|set|make|schedule|put in|put|set up|pencil in|pencil|book in|give|stick|pop)\s+(?:for\s+)?(?:me\s+|us\s+|him\s+|her\s+|them\s+)?"
                    r"(a\s+|an\s+|another\s+)?(new\s+)?"
                    r"([\w-]+\s+){0,2}(task|tasks|reminder|reminders|to-?do|follow[- ]?up|call)\b|^\s*(follow[- ]?up|todo|to-do|task|reminder)\b\s*:?|\bfollow[- ]?up task\b"
                    r"|\b(ask|tell|get)\s+\w+\s+to\b|\bhave\s+(?:(?-i:[A-Z])\w*|him|her|them)\s+to\b|\bdon'?t (let me )?forget to\b"
                    r"|^\W*(?:[A-Z]\w+,\s*)?(?:please\s+)?(?:chase|ping|nudge)\b"
                    r"|^\W*(?:and\s+|also\s+|plus\s+)*(?:a|another)\s+(?:task|reminder|follow[- ]?up)\b"
                    r"|\b(need|needs|have|got) to\s+(call|email|send|follow|check|book|prepare|schedule|chase|ring|ping|"
                    r"visit|phone|text)\b|^\W*check\s+back\s+(?:on|in|with)\b"
                    r"|\b(?:stick|put|pop|add)\s+(?:it|that|this)\s+(?:on|in|to|onto)\s+(?:my|the|her|his|their|your|[A-Z]\w+['’]s)\s+(?:list|tasks|task list|"
                    r"to-?dos?|to-?do list|calendar)\b"
                    r"|\b(?:i|we)\s+must\s+(?:call|ring|phone|email|send|follow up|check|book|prepare|chase)\b"
                    r"|\b(?:I|we)\s+(?:need|want|'d like|would like)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}(?:task|reminder|to-?do|follow[- ]?up)s?\s+(?:on|for|by|due|next|this|tomorrow|to)\b"
                    r"|\b(?:need|needs|want|'d like|would like)\s+(?:a|an|another)\s+(?:task|reminder|to-?do|follow[- ]?up)\s+"
                    r"(?:[\w-]+\s+){0,4}?(?:to|for|about)\b|\b(?:needs|need)\s+(?:a|an)\s+(?:[\w-]+\s+){1,2}(?:task|reminder|to-?do)\b"
                    r"|\b(?:wants|want|asked for|asks for|requested|would like|needs) (?:a |an |another )?(?:call|callback|"
                    r"call back|ring|meeting|demo|visit)\b(?=[^.;]*\b(?:on|next|tomorrow|tmrw|by|this|monday|tuesday|"
                    r"wednesday|thursday|friday)\b)"
                    r"|^\s*(i'?ll|we'?ll|i will|we will|i should|we should)\s+(call|email|send|follow)\b"),
    ("create_company", r"\b(?:company|account|client|organi[sz]ation)\s+record\s+(?:to\s+)?be\s+(?:created|added|set up|opened)\b|"
                       r"\b(create|add|new|set up|open|register|make)\s+(a\s+|an\s+|the\s+|two\s+|three\s+)?(new\s+)?"
                       r"(company|companies|account|accounts|organi[sz]ation|client|business)\b|\b(add|create|register|set up)\s+.+\s+as\s+(a\s+)?(new\s+)?(company|account|client)\b"
                       r"|^\s*add\s+[A-Z][\w'&-]+(?:\s+[A-Z][\w'&-]+)*\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:and\s+)?(?:give|assign|hand)\s+"
                       r"it\b"
                       r"|^\W*(?:new\s+)?(?:company|account|client|co|org|organi[sz]ation)\s*:\s*[A-Z]"
                       r"|^\W*(?:please\s+)?(?:add|new)\s+(?:co|org)\s+(?-i:[A-Z])"
                       r"|\b(?:isn'?t|is not|aren'?t|are not)\s+(?:in|on)\s+(?:the\s+)?(?:crm|system)\b.*\badd\s+(?:it|them)\b"
                       r"|^\W*[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,5}\s+(?:needs|wants|should)\s+(?:adding|to be added|to go in|"
                       r"setting up|to be set up)\s+as\s+(?:a\s+|an\s+)?(?:new\s+)?(?:company|account|client|customer)\b"),
    ("create_contact", r"\b(create|add|new)\s+(a\s+|an\s+)?(new\s+)?(contact|person|lead|stakeholder)\b"
                       r"|\bbe\s+(?:added|entered|put)\s+(?:to|in|into|on)\s+(?:our|the|my)\s+(?:contacts|crm|system|address book)\b"
                       r"|\b(?:add|save|stick|put|pop)\s+(?:him|her)\b(?!\s+(?:to|on)\s+(?:the\s+)?(?:list|newsletter|mailing))"
                       r"|\b(?:two|three|four)\s+new\s+(?:people|contacts)\b|\bboth\s+new\W*$"
                       r"|\b(?:should|can|needs? to|must|to)\s+go\s+in(?:to\s+(?:the\s+)?(?:crm|system))?\s+as\s+(?:a\s+)?(?:new\s+)?"
                       r"(?:contact|prospect|lead|customer)\b"
                       r"|\b(?:stick|put|pop|add|get)\s+(?-i:[A-Z][\w'-]+\s+[A-Z][\w'-]+)\s+(?:into|in|on|onto)\s+(?:the\s+)?"
                       r"(?:crm|system|contacts)\b"
                       r"|^\W*(?:please\s+)?add\s+(?-i:(?:[A-Z][\w&'-]*\s+){1,5})(?:contact|person)\s+(?-i:[A-Z])"
                       r"|^\s*(?:(?:please|pls|can you|could you|would you)\s+)?add\s+[A-Z][\w'-]+\s+[A-Z][\w'-]+\s*(,|\bas\b|\bat\b|"
                       r"\bfrom\b|\(|$|\bto\s+(?!the\b|our\b)[A-Z])"),
    ("create_deal", r"\bmake\s+(?:a|an|another)\s+(?:new\s+)?(?:deal|opportunity|opp)\s+(?:for|with|at)\b|"
                    r"\braise\s+(?:a|an|another)\s+(?:new\s+)?(?:deal|opportunity|opp)\b(?!\s+(?:stage|amount|owner))|"
                    r"(?<!every )(?<!all )(?<!each )\b(?:(?:create|add|new|start|log|register)\s+|(?:open|set\s+up)\s+(?=a\b|an\b|another\b))"
                    r"(a\s+|an\s+|another\s+)?(new\s+)?((?!note\b|task\b|call\b|reminder\b|meeting\b|email\b|to\b)[$\w.,&'/+-]+\s+){0,5}"
                    r"(deal|opportunity|opp|oppty)\b"
                    r"(?!\s+(stage|amount|owner))"),
    ("log_activity", r"\bsent\s+[A-Z][\w'-]*\b.*\b(?:by|via|over)\s+(?:e-?mail|text|sms|whatsapp)\b|"
                     rf"^{_BARE_LOG}(?=\W*$|\s+(?:please|pls|thanks|too|as well|rather than|instead)\b)|"
                     r"\b(met|meet with|had (a |an |our |the )?([\w-]+\s+){0,2}(phone|call|meeting|demo|chat|lunch|coffee|"
                     r"talk|conversation|visit|review|workshop|walkthrough|walk-through|survey|inspection|audit|walk-?round|session|"
                     r"check-in|catch-up|presentation|briefing|kickoff|kick-off)|held (a |an )?([\w-]+\s+){0,2}(session|meeting|call|demo|workshop|tasting|"
                     r"review|visit)|rang|got hold of|reached (him|her|them)|made (a |an )?(call|visit|phone call)|"
                     r"e-?mail sent|sent (an? )?e-?mail|called (us|me|back)|^\W*((lunch|coffee|breakfast|dinner|phone|video|zoom|teams|intro|quick|site|"
                     r"short|brief|long|good|great|first|initial|final|follow-?up|kick-?off|swab|test|trial|walk)\s+){0,2}"
                     r"(meeting|call|lunch|coffee|demo|visit|chat|audit|inspection|survey|walk-?round)\s+(with|at)\b|"
                     r"^\W*(quick|short|brief)\s+e-?mail\s+to\b|^\W*(left\s+)?(an?\s+)?voicemail\s+(for|to|with)\b|called|call with|phoned|spoke|"
                     r"speaking|talked|chatted|emailed|e-?mailed|sent (him |her |them )?(an? )?(e-?mail|message)|texted|"
                     r"messaged|whatsapp(ed)?|(?:log(ged)?|record(ed)?)\s+(a|an|the|my)?\s*([\w-]+\s+){0,2}(call|meeting|note|email|demo|message|"
                     r"activity|visit|walk|walkthrough|audit|inspection|survey|walk-?round)|"
                     r"(?:log|record|file|put)\s+(?:it|that|this)\s+(?:down\s+)?as\s+(?:a|an)\s+(?:call|meeting|note|email|demo|visit|message)|"
                     r"\b(did|done|ran|carried out|completed) (a |an |the |our |my )?([\w-]+\s+){0,2}(audit|inspection|survey|visit|"
                     r"walk-?round|walkthrough|demo)\s+(with|at|for)\b|call w/|(site|plant room|onsite|on-site|office) visit|"
                     r"note:|add(ed)? (a |an )?note|note (on|for|to|that)|got off the phone|demoed|"
                     r"had lunch|visited|caught up|heard (back )?from|left (a )?voicemail|dropped (in|by)|popped (in|by)|stopped by|"
                     r"swung by|left\s+(?:[A-Z][\w'-]*\s+){1,3}(?:a\s+)?(?:voicemail|voice mail|message)|walked\s+(?:the\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,3}with\s+[A-Z]\w*|on the phone (?:with|to)\s+"
                     r"[A-Z]\w*|had (?:a |an )?(?:proper |good |quick |long |nice )?(?:chinwag|natter|catch-?up|chat|word)\s+(?:with|on)|"
                     r"(?:did|done|ran|run|led|gave)\s+(?:the|a|an|our|my)\s+(?:[\w-]+\s+){0,2}(?:walk|walkthrough|"
                     r"walk-through|visit|survey|review|workshop|demo|presentation|inspection|measure|meeting|call)\s+"
                     r"(?:with|at|for)|^\W*(?:[\w-]+\s+){0,3}(?:walk|walk-?round|walkthrough|survey|inspection|measure|review)\s+at\s+[A-Z]"
                     r"[^.;]*\bwith\s+[A-Z]\w*)\b"),
    ("update", r"\b(move|moves|moved|moving|switch|switched|pass|passed|sits? with|set|change|(?-i:[A-Z][\w'-]+) (?:can|could|should|will|may) "
               r"(?:now )?have(?! (?:a|an|the) (?:call|word|look|chat|meeting)\b)|changed|update|updated|fix|correct|rebranded|renamed|bump|bumped|push|pushed|mark|marked|close|"
               r"closes|closed|closing|reassign|reassigned|assign|assigned|give|transfer|transferred|hand|handed|rename|make|put|advance|raise|increase|"
               r"(?-i:[A-Z][\w'-]+ (?:takes|gets|inherits|picks up) [A-Z][\w'-]*)|"
               r"decrease|lower|drop|lost|won|win|is now|are now|now|promote|promoted|upgrade|downgrade|slip|slipped|"
               r"owned by|owner|churned|became|has become|have become|becomes|should be|goes back to|go back to|going back to|"
               r"let (?:them|it|those) go|push (?:it|them|those|that)|shift (?:it|them|that|this)|"
               r"industry\s+(?:should|needs to|has to)\s+(?:say|read|be)|taking over|takes over|take over|took over|goes to|go to|"
               r"(?:taking|takes|take|took) (?:it|them|this|that|those|these|all of (?:them|those|these)|them all|both(?: of them)?) over|"
               r"(?:is|'s|are) picking up|picks up|"
               r"going to|is for me|rebranding|renamed|take care of|owns|(?:will|should|shall|'ll|can|to|now) own|"
               r"looks? after|looking after|in charge of|account owner|new owner|(?:got|has|have|gets) a new (?:one|number|"
               r"phone(?: number)?|mobile(?: number)?|cell|email(?: address)?|e-mail|direct line)|(?:surname|last name|"
               r"first name|family name)\s+(?:is|'s)\s+(?:actually|really|in fact|spelled|spelt|written|now)|(?<='s )(?:surname|"
               r"last name|family name)\s+is\s+(?!\w+\?))\b"),
]]

def _phrase(p: str) -> str:
    """A lexicon phrase as a regex: '…' is up to four words, spaces any whitespace, groups non-capturing."""
    p = re.sub(r"\((?!\?)", "(?:", p)
    return p.replace(" … ", r"\s+(?:\S+\s+){0,4}?").replace(" ", r"\s+")


def _activity_verbs() -> list[tuple[str, re.Pattern]]:
    data = json.loads((Path(__file__).with_name("vocab") / "activity_verbs.json").read_text(encoding="utf-8"))
    return [(kind, re.compile(r"\b(?:" + "|".join(_phrase(p) for p in phrases) + r")\b", re.I))
            for kind, phrases in data.items() if not kind.startswith("_")]


# "sat down with <person>", "<person> returned my call", "dropped <person> a text": an interaction reported, with its type
ACTIVITY_VERBS = _activity_verbs()


ACTIVITY_TYPES: list[tuple[str, re.Pattern]] = [(t, re.compile(rx, re.I)) for t, rx in [
    ("note", r"\bnote\b"),
    ("message", r"\b(texted|text|messaged|whatsapp(ed)?|sms|message|slack(ed)?|teams chat|chat on teams|teams message|"
                r"dm(?:'d|ed)?|telegram)\b"),
    ("email", r"\b(emailed|e-?mail(ed)?)\b"),
    ("meeting", r"\b(met|meet|meeting|demo|demoed|lunch|coffee(?! machine| maker| pot| cup| break| spill)|visited|visit|onsite|workshop|walk|walked|walkthrough|"
                r"walk-through|tour|toured|site survey|survey|inspection|audit|walk-?round|session|review|presentation|briefing|kick-?off|held(?! (?:a |an |our |the )?(?:quick |short |brief )?(?:tele)?(?:phone |video |zoom |teams )?call)|site measure|measure-?up|dropped in|dropped by|popped in|stopped by|swung by)\b"),
    ("call", r"\b(call|called|phone|phoned|telephone|telephoned|spoke|speaking|talked|chatted|chat|voicemail|caught up|heard|rang|ring|"
             r"got hold of)\b"),
]]

def _remind_first() -> re.Pattern:
    import json
    from pathlib import Path

    roles = json.loads((Path(__file__).with_name("vocab") / "roles.json").read_text(encoding="utf-8"))
    wrappers = "|".join(sorted(roles["remind_wrappers"], key=len, reverse=True))
    return re.compile(rf"^\W*(?:(?:please|pls|also|and|oh|ok|okay|hey|so)\W+)*(?:can you\s+|could you\s+)?"
                      rf"(?:{wrappers})\b(?!\s+(?:make|create|add|set up|open|log|move|update|change|mark|delete|"
                      rf"remove)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:company|contact|deal|opportunity|account|"
                      rf"note|record)\b)", re.I)


REMIND_FIRST = _remind_first()
_NOT_RECORDS = json.loads((Path(__file__).with_name("vocab") / "roles.json").read_text(encoding="utf-8"))["not_records"]
# "all", "every": a set of records, unless a word that is no record follows ("every bit of spend", "all day")
BULK = re.compile(r"(?<![\w-])(all|every|each|everything)\b(?!-)(?!\s+(?:(?:single|other|last|of\s+the)\s+)?(?:" +
                  "|".join(_NOT_RECORDS) + r")\b)"
                  r"(?!\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+(?!of\b|(?:open\s+)?"
                  r"(?:deals?|opps?|opportunit|contacts?|compan|accounts?|leads?|tasks?|customers?|clients?|prospects?|"
                  r"people|records?|them|those|these)\b)[a-z])", re.I)
# "gone all-digital", "an all-day workshop", "commissioned us for all five languages": no bulk
PRONOUN_PERSON = re.compile(r"\b(him|her|he|she|them|they|his)\b", re.I)
PRONOUN_THING = re.compile(r"\b(it|its|it's|that deal|this deal|the deal|that one|that opportunity|the opportunity)\b", re.I)


def split_clauses(text: str, lists: list[tuple[int, int, int, int]] = ()) -> list[tuple[int, int]]:
    """Character spans of the clauses of a sentence. `lists` holds (end of one mention, start of the next) of the
    same kind ("Contract Review and Bid Submitted"): a conjunction between them joins a list, not two clauses."""
    spans, start = [], 0
    for m in SPLIT.finditer(text):
        if any(a <= m.start() and m.end() <= b for a, b, *_ in lists) and re.fullmatch(r"\s+(?:and|or)\s+|,\s+(?:and\s+|or\s+)?",
                                                                                      m.group(0)):
            continue
        if re.fullmatch(r"\s+and\s+", m.group(0)) and re.search(r"\bbetween\s+[^,;]{1,30}$", text[:m.start()], re.I) and \
                re.match(r"(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\$)", text[m.end():], re.I):
            continue  # "closing between April 1 and April 30", "between 10k and 20k": one filter, not two clauses
        if re.fullmatch(r"\s+and\s+", m.group(0)) and re.match(r"(?:i|we)\s+[a-z]+\b", text[m.end():], re.I) and \
                re.fullmatch(r"\W*(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}", text[start:m.start()]) and \
                any(rx.search(text[m.start():].lower()) for _, rx in ACTIVITY_VERBS):
            continue  # "<Name> and I walked the site": one subject of two people, not two clauses
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip(" .,!")]


ORG_WORDS = {w.strip() for w in (Path(__file__).with_name("vocab") / "org_words.txt").read_text(
    encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")}
ADD_TO_CRM = re.compile(r"\b(?i:add|put|create|enter|register)\s+(?P<name>[A-Z][\w&'.-]*(?:\s+(?:[A-Z&][\w&'.-]*|of|and|de|"
                        r"van|von|der|da|du|la|le))*)\s+(?i:to|in|into|on)\s+(?i:the\s+|our\s+)?(?i:crm|system|database|"
                        r"pipeline|autocrm)\b|\b(?i:put|add)\s+(?P<person>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+)\s+(?i:in\s+)?"
                        r"(?i:as\s+an?\s+(?:new\s+)?contact)\b")


def is_org_name(name: str) -> bool:
    """'Kettlewell Bakeries' is a company; 'Jane Doe' a person."""
    return name.split()[-1].lower().strip(".,") in ORG_WORDS


# "Today I make a call with X", "I have made a call with X": a report of what happened, not a task to create
REPORTED = re.compile(r"\b(?:i|we)\s+(?:have\s+|just\s+|already\s+)*(?:make|made|did|do|had|have had)\s+(?:a|an)\s+"
                      r"(?:[\w-]+\s+)?(?:call|phone call|meeting|visit|demo)\s+(?:with|to|at)\b", re.I)


# "tmrw: call Oren Blackwood re permits", "call Dana on Monday": a call to make, said with when
FUTURE_CALL = re.compile(r"^\W*(?:(?:tomorrow|tmrw|today|tonight|mon|tue|wed|thu|fri|monday|tuesday|wednesday|thursday|"
                         r"friday|next \w+)\s*[:,-]\s*)?(?:please\s+)?(?:call|ring|phone|email|e-mail|text|ping)\s+"
                         r"(?!with\b|w/|from\b|back\b)\w", re.I)
FUTURE_WORDS = re.compile(r"\b(?:tomorrow|tmrw|tonight|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                          r"later|this afternoon|this evening|end of|by the|on the \d)", re.I)


_LOG_RX = dict(INTENTS)["log_activity"]
# "morning! what's on my plate", "hi, …": a greeting word before the message itself (chat and questions alike)
# a greeting or an interjection before the message ("morning! …", "ugh. what did I lose …", "ok, …"): it says nothing
GREETED = re.compile(r"^\s*(?:hi|hello|hey|hiya|morning|evening|afternoon|good (?:morning|afternoon|evening)|ugh+|argh+|hm+|"
                     r"sigh|welp|oof|ok|okay|alright|right|oh|um+|uh+|yikes|phew)\s*[,!.:;-]+\s+|"
                     r"^\s*(?:hey|hi|hello|yo|ok|okay)\s+(?:so\s+|and\s+)?(?=(?:what|whats|what's|which|who|whos|who's|how|hows|"
                     r"how's|when|where|any|is|are|do|does|did|can|could)\b)", re.I)


def reported_only_by_lexicon(clause: str) -> bool:
    """The clause reads as an activity only through the phrase lexicon ("<person> showed me round"), a weaker cue than
    "met"/"called": in a longer message that says elsewhere what to log, it is narrative."""
    return not _LOG_RX.search(clause) and any(rx.search(clause) for _, rx in ACTIVITY_VERBS)


def detect(clause: str) -> str | None:
    if FUTURE_CALL.match(clause) and FUTURE_WORDS.search(clause) and not re.search(
            r"\b(?:yesterday|ago|last|earlier|this morning)\b", clause, re.I):
        return "create_task"
    if REPORTED.search(clause) and not re.search(r"\b(?:tomorrow|next|will|going to|need to|remind)\b", clause, re.I):
        return "log_activity"
    if REMIND_FIRST.match(clause):  # "remind me to remove X": a task whose text mentions removal, not a delete
        return "create_task"
    if NAMED_NEW_DEAL.search(clause):
        return "create_deal"
    if RENAME.search(clause) and not re.search(r"\b(?:remind|task|follow[- ]?up)\b", clause, re.I):
        return "update"
    added = ADD_TO_CRM.search(clause)
    if added:  # "add <name> to the CRM": the name says whether it is a company or a person
        name = added.group("name") or added.group("person")
        return "create_company" if added.group("name") and is_org_name(name) else "create_contact"
    for name, rx in INTENTS:
        if name == "update" and any(rx2.search(clause) for _, rx2 in ACTIVITY_VERBS) and \
                not rx.search(clause):
            return "log_activity"
        if rx.search(clause):
            return name
    if any(rx.search(clause) for _, rx in ACTIVITY_VERBS):
        return "log_activity"
    return None


# "before the site visit", "after our meeting": an event named to say when, not the activity being reported
TIMING_EVENT = re.compile(r"\b(?:before|after|ahead of|following|on the way to|on my way to|on the way back from|"
                          r"back from)\s+(?:the|my|our|this|that|today's|tomorrow's)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:visit|meeting|demo|walk-?round|walkthrough|inspection|survey|call|lunch|review|"
                          r"presentation|session|workshop|briefing)\b", re.I)


def activity_type(clause: str) -> str:
    """The kind of activity: the type word said first ("got hold of her on the phone … the coffee machine": a call);
    an explicit note wins ("note: met them at the fair")."""
    stated = re.search(r"\b(?:log|record|file|put|save)\s+(?:it|that|this)?\s*(?:down\s+)?as\s+(?:a|an)\s+(\w+)", clause, re.I) or \
        re.search(r"(?:\bno\b|\bsorry\b|\bwait\b|\bactually\b|\bi mean\b|\bhang on\b|\bhold on\b|\bcorrection\b)[,.…\s]+"
                  r"(?:it\s+was|it'?s|that\s+was|make\s+(?:it|that))\s+"
                  r"(?:only\s+|just\s+|really\s+|actually\s+)?(?:a|an)\s+(?:quick\s+|short\s+|phone\s+)?(\w+)", clause, re.I)
    stated = stated or re.search(r"[,;—–-]\s*(?:so\s+)?(?:make|log|record|change)\s+(?:it|that|this)\s+(?:to\s+|as\s+)?(?:a|an)\s+"
                                 r"(\w+)\s*[.!]?\s*$", clause, re.I)  # "…, actually it was face to face, make it a meeting"
    changed = re.search(r"\b(?:actually|no|sorry|wait|hmm)\b[^.!?]{0,60}?,?\s*(?:so|make it|call it)\s+(?:a|an)\s+(\w+)\s*[.!]?\s*$",
                        clause, re.I)
    stated = changed or stated  # "log it as a call. Hmm, actually she came in, so a meeting.": the type said last
    if stated and stated.group(1).lower() == "phone":
        return "call"
    if stated:  # "I didn't email her, I called her — log it as a call": what the rep says it was
        for name, rx in ACTIVITY_TYPES:
            if rx.fullmatch(stated.group(1)):
                return name
    # "Right, voice note. Went round …": how the message was made, not what happened
    clause = re.sub(r"\b(?:voice\s*(?:note|memo|message)|dictated\s+note)\b", lambda m: " " * len(m.group(0)), clause, flags=re.I)
    timing = TIMING_EVENT.sub(lambda m: " " * len(m.group(0)), clause)  # "before the depot visit: had a call …"
    if timing.strip() and any(rx.search(timing) for _, rx in ACTIVITY_TYPES):
        clause = timing
    found = [(m.start(), i, name) for i, (name, rx) in enumerate(ACTIVITY_TYPES) for m in [rx.search(clause)] if m]
    found += [(m.start(), -1, name) for name, rx in ACTIVITY_VERBS for m in [rx.search(clause)] if m]
    if not found:
        return "note"
    if any(name == "note" and pos < 12 for pos, _, name in found):
        return "note"
    return min(found)[2]


# A filter of inactivity: "no activity in N weeks", "nobody's got back to us in three weeks", "gone 30 days without a reply"
QUIET = re.compile(
    r"\b(?:no activity|no contact|no response|no reply|not (?:been )?(?:contacted|touched|responded|replied)|"
    r"(?:haven'?t|hasn'?t|have not|has not|not|n't) (?:had|seen|got) (?:any |an? )?(?:activity|contact|touch|touchpoint|"
    r"response|reply|update)|"
    r"n[o']t (?:responded|replied|heard)|haven'?t (?:responded|replied|heard|been contacted)|hasn'?t (?:responded|"
    r"replied)|gone quiet|quiet|silent|inactive|untouched|(?:had |has had |have had )?nothing (?:been )?logged|"
    r"(?:nobody|no one|no-one)(?:'s| has| have)? (?:touched|"
    r"contacted|called|emailed|worked on|looked at|replied(?: on| to)?|responded(?: on| to)?|heard back|got back|gotten back)|"
    r"(?:heard|had) nothing(?: back)?|(?:heard|had) no word)\b.*?(?:in|for|since|over|within)\s+(?:the\s+)?"
    r"(?:last\s+|past\s+)?(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week|month)s?|"
    # "has sat for eight weeks with no activity", "gone 30 days without a reply": the period first
    r"\b(?:sat|sitting|gone|going|been|went|spent|run)\s+(?:for\s+|over\s+)?(?:the\s+)?(?:last\s+|past\s+)?"
    r"(?P<n2>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit2>day|week|month)s?\s+(?:with\s+no|"
    r"without(?:\s+any|\s+an?)?|and no|with nothing|with not a)\s+(?:activity|contact|word|response|reply|touch|"
    r"touchpoints?|calls?|emails?|updates?|logged|anything logged|single (?:call|email|note))\b", re.I)


def quiet_days(m: re.Match) -> int:
    """The days of a QUIET match: '<cue> … in N weeks' or 'gone N weeks with no <cue>'."""
    n, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
    return count_word(n) * {"day": 1, "week": 7, "month": 30}[unit.lower()]


# "so set that up", "task for me please", "remind me", "make it a task", "put it in as a follow-up": a request for a task
# with nothing of its own, whose content is the clause before it (use with fullmatch)
BARE_TASK = re.compile(r"\W*(?:(?:so|and|also|just|then|please|pls|can you|could you|would you)\s+)*(?:"
                       r"(?:make|create|add|set|set up|put|log)\s+(?:for\s+)?(?:me\s+|us\s+)?(?:it|that|this)?\s*(?:in\s+|up\s+)?"
                       r"(?:as\s+)?(?:a\s+|an\s+|one\s+|my\s+|her\s+|his\s+|their\s+)?(?:task|reminder|to-?do|follow[- ]?up)"
                       r"(?:\s+(?:for|of|about)\s+(?:it|that|this|me))?|set\s+(?:that|it|this)\s+up|"
                       r"(?:a\s+|new\s+)?(?:task|reminder|to-?do)(?:\s+for\s+(?:me|that|it|this))?|"
                       r"remind\s+me(?:\s+(?:about|of)\s+(?:it|that|this))?|put\s+(?:it|that|this)\s+in\s+(?:my\s+|the\s+)?"
                       r"(?:diary|calendar|tasks|to-?dos|task list)|(?:put|stick|pop|add)\s+(?:it|that|this)\s+(?:on|in|to|onto)\s+"
                       r"(?:my|the|her|his|their|your|[A-Z]\w+['’]s)\s+(?:list|tasks|task list|to-?do list|to-?dos|plate|queue))"
                       r"(?:\s+(?:please|pls|thanks|for me))*\W*", re.I)
# "I promised to ring her", "I said I'd call them", "… needs booking": something the speaker is to do
COMMITMENT = re.compile(r"\b(?:I|we)\s+(?:promised|said\s+(?:I|we)['’]?d|told\s+\w+\s+(?:I|we)['’]?d|agreed|offered|owe\s+"
                        r"\w+)\b|\b(?:needs|need)\s+\w+ing\b", re.I)
# "— new deal", "add the deal", "Could a deal be created?", "please raise a deal for 6,300": a request for a new deal
# that names nothing of its own; what it is was said before it
NEW_DEAL_REQUEST = re.compile(r"(?:^|[,;.:—–-]\s*)(?:(?:so|and|please|pls|can you|could you|would you|kindly)\s+)*(?:"
                              r"(?:a\s+|the\s+)?new\s+(?:deal|opportunity|opp)|(?:add|create|raise|open|set up|log|put in|"
                              r"enter)\s+(?:it\s+as\s+)?(?:a|an|the)\s+(?:new\s+)?(?:deal|opportunity|opp)(?:\s+for\s+(?:it|that|them|"
                              r"this|[$£€]?\d[\d,.]*\s*k?))?|(?:a|the)\s+(?:new\s+)?(?:deal|opportunity|opp)\s+(?:should|could|can|"
                              r"may|might)?\s*be\s+(?:created|raised|opened|set up|added)|(?:could|can|should|would|may)\s+(?:a|the)\s+(?:new\s+)?"
                              r"(?:deal|opportunity|opp)\s+be\s+(?:created|raised|opened|set up|added)(?:\s+for\s+(?:it|that|them|this))?|put\s+(?:it|this|that)\s+in\s+as\s+a\s+"
                              r"(?:new\s+)?(?:deal|opportunity|opp))(?:\s+(?:please|pls|thanks|for me))*\W*$", re.I)
