"""Security rules: the registry of patterns that mark a message as an attack on the assistant.

Each rule is one entry in RULES; adding a rule touches only this list. Patterns run on every view from
`text.views` (already folded to lower case and de-obfuscated), except rules restricted to some views.
A rule may carry `unless` patterns that veto it on the same view (a customer talking about their own data).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from core.guardrails.text import squash, views
from core.literals import Gate

PROMPT_INJECTION = "prompt_injection"
JAILBREAK = "jailbreak"
INSTRUCTION_EXTRACTION = "instruction_extraction"
SECRET_EXTRACTION = "secret_extraction"
DATA_EXFILTRATION = "data_exfiltration"
CODE_INJECTION = "code_injection"

ALL_VIEWS = frozenset({"plain", "spacing", "leetspeak", "base64", "hex", "url_encoding", "rot13", "reversed"})


@dataclass(frozen=True)
class SecurityRule:
    name: str
    violation_type: str
    description: str  # what the message tried, for the verdict's reason; never quotes the message
    patterns: tuple[re.Pattern, ...] = field(repr=False)
    unless: tuple[re.Pattern, ...] = field(default=(), repr=False)
    views: frozenset[str] = ALL_VIEWS

    def matches(self, text: str, allowed: set[int] | None = None) -> bool:
        """True when a pattern matches and no `unless` does; `allowed` (from `GATE.allowed(text)`) skips the
        patterns whose necessary words the text lacks."""
        return Gate.search_any(self.keyed, text, allowed) and not any(u.search(text) for u in self.unless)

    @cached_property
    def keyed(self) -> tuple[tuple[int, re.Pattern], ...]:
        return tuple((id(p), p) for p in self.patterns)

    @cached_property
    def pattern_ids(self) -> frozenset[int]:
        return frozenset(id(p) for p in self.patterns)


def rule(name: str, violation_type: str, description: str, *patterns: str, unless: tuple[str, ...] = (),
         views: frozenset[str] = ALL_VIEWS) -> SecurityRule:
    flags = re.IGNORECASE | re.MULTILINE
    return SecurityRule(name, violation_type, description, tuple(re.compile(p, flags) for p in patterns),
                        tuple(re.compile(u, flags) for u in unless), views)


# Shared vocabulary.
_IGNORE = (r"(?:ignore|ignoring|disregard|forget|override|overrule|bypass|skip|abandon|discard|drop|neglect|"
           r"set aside|stop following|do not follow|don'?t follow|no longer follow|pay no attention to)")
_STRONG = (r"(?:all|any|every|your|ur|previous|previously|prior|preceding|above|earlier|former|original|initial|"
           r"system|developer|safety|foregoing|those|these|aforementioned)")
_PRIOR = rf"(?:{_STRONG}|the|of|my|old|existing|default|given|standing|other|said|provided|stated|mentioned)"
_AI = r"(?:ai|a\.i\.|assistant|chat ?bot|bot|model|llm|language model|gpt|chatgpt|claude|gemini|copilot)"
_REQ = (r"(?:what(?:'s| is| are| was| were)|tell|give|send|share|reveal|show|print|display|list|leak|dump|"
        r"expose|provide|paste|output|read out|spell|disclose|email|text|post|write down|forward|hand over)")
_SECRET = (r"(?:api[\s_-]?keys?|api[\s_-]?tokens?|access[\s_-]?tokens?|auth(?:entication)?[\s_-]?tokens?|"
           r"bearer[\s_-]?tokens?|secret[\s_-]?keys?|private[\s_-]?keys?|ssh[\s_-]?keys?|credentials|"
           r"passwords?|passphrases?|passcodes?|client[\s_-]?secrets?|signing[\s_-]?keys?|encryption[\s_-]?keys?|"
           r"connection[\s_-]?strings?|secrets|tokens?|license keys?|licence keys?|activation keys?)")
_PEOPLE = (r"(?:customers?|clients?|users?|members?|subscribers?|buyers?|accounts?|contacts?|leads?|patients?|"
           r"employees?|people|companies|tenants?|shoppers?|callers?)")
_DATA = (r"(?:e-?mails?|e-?mail addresses|addresses|phone numbers?|numbers|phones?|mobiles?|contact (?:details|info"
         r"(?:rmation)?)|details|data|info(?:rmation)?|names|records|lists?|database|credit cards?|"
         r"card (?:numbers|details)|payment (?:details|info)|orders|invoices|purchase history|passwords|ssns?|"
         r"social security numbers?|home addresses|personal (?:data|details|information)|identities)")
_ASK = rf"(?:{_REQ}|export|download|access|see|view|get|find|look up|lookup|search|pull)"
_OTHERS = (r"(?:other|another|a different|your (?:other )?|all (?:of )?your (?:other )?|each of your|"
           r"every one of your|someone else'?s|somebody else'?s|other people'?s)")

RULES: list[SecurityRule] = [
    # -- prompt injection: attempts to replace the assistant's instructions -------------------------------
    rule("ignore_instructions", PROMPT_INJECTION, "asks the assistant to ignore its instructions",
         rf"\b{_IGNORE}\s+(?=(?:{_PRIOR}\s+){{0,4}}?{_STRONG}\s)(?:{_PRIOR}\s+){{1,5}}(?:instructions?|prompts?|"
         rf"directions|directives?|guidelines|guidance|guardrails|programming|commands|system message|tasks?|assignments?)\b",
         rf"\b{_IGNORE}\s+(?:\w+\s+){{0,2}}(?:your|all|previous|prior|above|earlier|preceding|original|initial|"
         rf"system|safety|any)\s+(?:\w+\s+)?(?:rules|restrictions|constraints|polic(?:y|ies)|limitations|ethics|"
         rf"principles|training|filters|safeguards)\b",
         rf"\b{_IGNORE}\s+(?:about\s+)?(?:everything|anything|all)\s+(?:(?:that\s+)?(?:was\s+)?(?:written\s+|said\s+|"
         rf"stated\s+|came\s+)?(?:above|before|previously|prior|earlier)|(?:you(?:'ve| have)? (?:been|were) told|"
         rf"you know|you were given))\b",
         rf"\b{_IGNORE}\s+what\s+(?:you\s+(?:were|have been|'ve been)\s+(?:told|instructed|programmed))",
         rf"\b{_IGNORE}\s+(?:all\s+)?(?:of\s+)?(?:the|your)\s+(?:\w+\s+)?(?:instructions|guidance|guidelines|"
         r"directions|directives|rules|prompt)\s+(?:above|before this|given (?:to you )?earlier|you were given|you "
         r"received|you got)\b",
         rf"\b{_IGNORE}\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:above|previous|prior|preceding|foregoing)(?:\s+(?:text|"
         r"message|content|input|prompt))?\s*(?:,|and)\s*(?:instead\s+|now\s+|just\s+|only\s+|simply\s+)?(?:say|"
         r"tell|print|write|respond|reply|output|repeat|reveal|give|translate|answer)\b",
         rf"\b(?:ignore|ignoriere|ignorieren|ignora|ignorez|ignorer)\s+(?:\w+\s+){{0,3}}?(?:toutes?\s+|todas\s+|"
         rf"alle\s+|tutte\s+)?(?:les\s+|tes\s+|vos\s+|las\s+|le\s+|die\s+|as\s+)?(?:instructions|consignes|"
         rf"anweisungen|instrucciones|istruzioni|instrucoes|regeln|reglas|regles|regole)\b",
         r"\b(?:vergiss|vergessen sie|olvida|olvide|oublie|oubliez|dimentica|esqueca)\s+(?:\w+\s+){0,3}?"
         r"(?:anweisungen|instrucciones|instructions|consignes|istruzioni|instrucoes|regeln|reglas|regles|"
         r"regole|alles|todo|tout|tutto)\b",
         unless=(rf"\b{_IGNORE}\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+)?(?:instructions|directions|notes)\b",)),
    rule("ignore_instructions_obfuscated", PROMPT_INJECTION, "asks the assistant to ignore its instructions",
         r"(?:ignore|disregard|forget|bypass|override)(?:all|any|the|your|my|every)?(?:previous|prior|above|"
         r"earlier|preceding|original|initial|system)?(?:instructions|prompts|directions|directives|guidelines|"
         r"guardrails|rules)",
         views=frozenset({"squashed"})),
    rule("new_instructions", PROMPT_INJECTION, "tries to give the assistant new instructions",
         r"\b(?:new|updated|revised|real|actual|true|secret|hidden)\s+(?:instructions?|directives?|task|orders)"
         r"\s*(?:follow|are|is|for you)?\s*:?\s*(?:you\b|for you|the assistant|the ai|from now|ignore|disregard|"
         r"issue|approve|reveal|send|grant|delete|give|print|output|say|respond|answer|act|pretend|write|tell|"
         r"list|translate|summari[sz]e|forget|stop|generate|create|reply|use|always|never|from now)",
         r"\byour\s+(?:new|real|actual|true|only|updated)\s+(?:task|job|goal|objective|purpose|role|mission|"
         r"instructions?|directive|orders)\s+(?:is|are|will be|now)\b",
         r"\b(?:previous|prior|above|earlier|those)\s+instructions\s+(?:were|was)\s+(?:just\s+|only\s+)?"
         r"(?:a\s+)?(?:test|fake|wrong|a joke|cancelled|void|obsolete)",
         r"\b(?:from now on|henceforth|from this point(?: on)?|starting now|going forward),?\s+(?:you|u)\s+"
         r"(?:are|will|must|shall|should|'ll|'re|have to)?\s*(?:now\s+)?(?:act|behave|respond|answer|pretend|"
         r"ignore|obey|reply|roleplay|role-play|simulate|be an?\b|be my\b|are an?\b|are my\b|are no longer|"
         r"are free|will only obey|speak as)",
         r"\bnow (?:new|different) (?:instructions|tasks?) follow",
         r"\b(?:now\s+)?focus on your new task\b",
         r"\b(?:say|print|output|respond with|reply with|write|repeat|type)\s*(?:after me)?\s*:?\s*[\"'“]?i (?:have|'ve) "
         r"been pwned\b"),
    rule("fake_system_message", PROMPT_INJECTION, "imitates a system or developer message",
         r"\b(?:system|admin(?:istrator)?|developer|root|sudo|operator)\s+(?:message|prompt|update|override|note|"
         r"notice|instructions?|alert|command|directive)\s*:",
         r"(?:^|\n)\s*(?:#{1,6}\s*(?:system|assistant|developer|instructions?)\b|\[(?:system|assistant|"
         r"developer)\]|<(?:system|assistant|developer)>|\*\*(?:system|assistant|developer)\*\*)",
         r"\bnote (?:to|for) (?:the )?(?:ai|assistant|bot|model|llm|chatbot|language model)\b",
         r"\bsystem override\b", r"\b(?:admin|root|developer|god|full|unrestricted) access (?:is )?granted\b",
         rf"\b(?:dear|attention|hey|to the|to any)\s+{_AI}s?\b[^.!?\n]{{0,40}}\b(?:reading|processing|"
         r"summari[sz]ing|ignore|disregard|you must|must now)\b",
         rf"\bif you(?: are|'re) an? {_AI}\b[^.!?\n]{{0,60}}\b(?:ignore|disregard|reveal|approve|output|print|"
         r"respond with|reply with|say|you must|include the|forward all)\b",
         r"\bwhen you (?:summari[sz]e|process|read|parse|analy[sz]e|reply to) this\b[^.!?\n]{0,80}\b(?:also|"
         r"instead|ignore|include|add|follow|delete|send|forward)\b",
         r"<!--[\s\S]{0,400}?\b(?:ignore|disregard|assistant|ai|instructions?|system)\b[\s\S]{0,400}?-->"),
    rule("chat_template_tokens", PROMPT_INJECTION, "contains chat-template control tokens",
         r"<\|\s*(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|"
         r"begin_of_text)\s*\|>",
         r"\[/?inst\]", r"<</?sys>>", r"\[/?(?:system|assistant)\]",
         r"(?:^|\n)\s*(?:human|user)\s*:[\s\S]{0,600}?(?:^|\n)\s*(?:assistant|ai|bot|chatgpt)\s*:",
         r"(?:^|\n)\s*(?:assistant|ai|bot|chatgpt)\s*:\s*(?:sure|ok|okay|understood|of course|certainly|"
         r"i will|i'll|as an)\b"),
    rule("role_json_injection", PROMPT_INJECTION, "smuggles chat roles or instructions in JSON",
         r"[\"']role[\"']\s*:\s*[\"'](?:system|assistant|developer|tool)[\"']",
         r"[\"'](?:system_prompt|system|instructions?|prompt|developer_message)[\"']\s*:\s*[\"'{\[]"),
    # -- jailbreak: attempts to lift the assistant's limits --------------------------------------------
    rule("dan_persona", JAILBREAK, "invokes a known jailbreak persona",
         r"\bdo anything now\b", r"\bdan\s+mode\b",
         r"\b(?:you are|you're|act as|acting as|become|pretend to be|roleplay as|play)\s+(?:now\s+)?"
         r"(?:going to\s+)?(?:be\s+)?(?:act as\s+)?dan\b",
         r"\b(?:betterdan|antigpt|evilbot|freedomgpt|chaosgpt|wormgpt|mongo tom|dudegpt|stan mode|aim mode|"
         r"ucar|developer mode enabled|devmode)\b",
         r"\balways intelligent and machiavellian\b", r"\bstrive to avoid norms\b"),
    rule("jailbreak_mode", JAILBREAK, "asks the assistant to switch into an unrestricted mode",
         r"\b(?:god|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|evil|chaos|dan|opposite|"
         r"unlocked|no[- ]limits?|no[- ]rules)\s+mode\b",
         rf"\b(?:enable|activate|enter|switch (?:on|to|into)|turn on|engage)\s+(?:the\s+)?(?:developer|dev|"
         rf"debug|admin|sudo|root|god)\s+mode\b[^.!?\n]{{0,80}}\b(?:you|your (?:responses|answers|output)|"
         rf"{_AI}|filters?|restrictions?|rules|any content|anything)\b",
         rf"\bin (?:developer|dev|debug|admin|sudo|god) mode,?\s+(?:you|{_AI})\b",
         rf"\b(?:you|{_AI})\s+(?:are|is)\s+(?:now\s+)?in\s+(?:developer|dev|debug|admin|sudo|god)\s+mode\b",
         r"\bjailbreak(?:ing)?\b(?!\s+(?:detection|protection|test(?:ing)?s?)\b)",
         r"\bopposite day\b", r"\beverything (?:your|the) (?:rules|guidelines|policies) (?:forbid|prohibit|ban)"),
    rule("disable_safety", JAILBREAK, "asks the assistant to drop its safety limits",
         r"\b(?:disable[sd]?|turn(?:s|ed)? off|switch(?:es|ed)? off|deactivate[sd]?|remove[sd]?|bypass(?:es|ed|"
         r"ing)?|circumvent(?:s|ed|ing)?|lift(?:s|ed)?|suspend(?:s|ed)?|get around|work around|evade[sd]?|"
         r"break(?:s|ing)? free of)\s+(?:all\s+|your\s+|the\s+|any\s+|its\s+|of\s+|my\s+)*(?:(?:safety|content|"
         r"nsfw|moderation|ethical|ethics|censorship|profanity|output|openai)\s+(?:filters?|guardrails?|"
         r"safeguards?|restrictions|settings|features|measures|protocols|checks|polic(?:y|ies)|guidelines|"
         r"rules|systems?)|guardrails?|safeguards?|censorship|moderation|safety|ethics|morals|"
         r"(?:your|its) (?:filters?|programming|training|guidelines))\b",
         rf"\b{_AI}s?\b[^.!?\n]{{0,40}}\b(?:without|with no|that has no|that have no|having no|free (?:of|from)|"
         r"not bound by|unbound by|unconstrained by|no longer bound by)\s+(?:any\s+)?(?:ethical\s+|moral\s+|"
         r"content\s+|safety\s+)?(?:restrictions|filters|limits|limitations|rules|guidelines|constraints|"
         r"censorship|ethics|morals|boundaries|guardrails|polic(?:y|ies)|principles)\b",
         r"\b(?:you|u)\s+(?:now\s+)?(?:have|had|has|would have|are under|operate with)\s+no\s+(?:ethical\s+|"
         r"moral\s+|content\s+|safety\s+)?(?:restrictions|filters|limits|limitations|rules|guidelines|constraints|"
         r"censorship|ethics|morals|boundaries|guardrails|polic(?:y|ies)|principles)\b",
         r"\b(?:you|u)(?:'re| are)?\s+(?:now\s+)?(?:no longer|not)\s+(?:bound|restricted|limited|constrained|"
         r"governed)\s+by\b",
         r"\b(?:without|with no|ignoring|free of)\s+(?:any\s+)?(?:ethical|moral|content|safety|openai'?s?)\s+"
         r"(?:restrictions|filters|limits|limitations|rules|guidelines|constraints|considerations|polic(?:y|ies)|"
         r"principles|boundaries)\b",
         r"\b(?:unfiltered|uncensored|unrestricted|amoral|unethical|unaligned)\s+(?:and\s+\w+\s+)?(?:ai|"
         r"assistant|chatbot|bot|model|response|answer|mode|persona|character)\b",
         r"\b(?:no|without)\s+(?:content|usage|safety)\s+polic(?:y|ies)\b",
         r"\b(?:rules|restrictions|guidelines|polic(?:y|ies)|limits|limitations|filters)\s+(?:don'?t|do not|no longer|"
         r"won'?t|will not|doesn'?t|does not)\s+apply\s+to\s+(?:you|your answers|your responses)\b",
         r"\bwithout\s+(?:your|its)\s+(?:usual|normal|standard|default|built-in|normal)\s+(?:limits|limitations|"
         r"restrictions|rules|filters|guidelines|constraints|guardrails|safeguards)\b",
         r"\b(?:broken|break|breaks|breaking|broke) free (?:of|from)\s+(?:all\s+|its\s+|your\s+|the(?:ir)?\s+)?"
         r"(?:restrictions|rules|limits|limitations|filters|programming|guidelines|constraints|chains)\b",
         r"\byou\s+(?:will\s+|must\s+|should\s+|shall\s+)?(?:never|not|don'?t|do not|must not|will not|"
         r"won'?t|shall not)\s+(?:ever\s+)?refuse\b", r"\bnever refuses\b"),
    rule("persona_override", JAILBREAK, "tries to give the assistant another identity",
         r"\b(?:pretend|imagine|act|behave|roleplay|role-play|role play|play the role)\b[^.!?\n]{0,30}\b(?:you are|"
         r"you're|to be|as if you|as an?|as my|of an?|of my)\b[^.!?\n]{0,60}\b(?:without|unfiltered|uncensored|"
         r"unrestricted|evil|rogue|malicious|jailbroken|hacker|criminal|no (?:rules|restrictions|limits|filters)|"
         r"grandma|grandmother|granny|deceased|late|dead|different ai|another ai|human being|real person|"
         r"sentient|villain)\b",
         rf"\byou(?: are|'re)(?: now)? (?:an? )?{_AI} (?:called|named)\b",
         rf"\byou(?: are|'re) no longer (?:an? |the |my )?(?:\w+\s+){{0,3}}?(?:{_AI}|support (?:bot|agent)|"
         r"bound|restricted|limited|required|obligated|assistant)\b",
         r"\byou(?: are|'re)(?: now)?(?: an?| my)? (?:unrestricted|unfiltered|uncensored|jailbroken|evil|rogue|"
         r"amoral|unethical|liberated|unchained|unbound|unlimited|free ai)\b",
         r"\b(?:stay|remain|keep|never break|don'?t break|do not break)\s+(?:in\s+)?character\b",
         r"\blet'?s play a (?:game|role-?play)\b[^.!?\n]{0,40}\b(?:you are|you're|you will|where you|in which you)\b",
         r"\b(?:answer|respond|reply|speak|write)\s+as\s+(?:that|this|an?|the)\s+(?:other\s+|evil\s+|"
         r"unfiltered\s+|unrestricted\s+|alternate\s+|opposite\s+)*(?:version of (?:you|yourself)|alter ego|"
         r"evil twin)\b",
         r"\b(?:evil|dark|shadow|unfiltered|unrestricted|opposite|alternate|uncensored)\s+(?:version of (?:you|"
         r"yourself)|alter ego|twin|persona)\b",
         r"\b(?:obey|obeys|obeying)\s+(?:only\s+)?me\b", r"\byou (?:must|will|shall) obey\b",
         r"\bi want you to (?:act|behave|pretend|respond|answer|roleplay|role-play|play) (?:as|like)\b(?!\s+(?:our|my)\b)",
         r"\bi(?:'m| am)\s+(?:your|the bot'?s|the assistant'?s|the ai'?s)\s+(?:developer|creator|programmer|maker|admin|"
         r"administrator|owner|trainer|operator)\b",
         r"\bi(?:'m| am)\s+(?:an?\s+)?(?:openai|anthropic|google deepmind)\s+(?:employee|engineer|researcher|staff)\b",
         r"\b(?:hypothetical(?:ly)?|imagine|pretend|in a (?:fictional|hypothetical|parallel) (?:world|universe|scenario|"
         r"story))\b[^.!?\n]{0,60}\b(?:no|without)\s+(?:any\s+)?(?:rules|restrictions|filters|laws|guidelines|ethics|"
         r"morals|content polic(?:y|ies))\b",
         rf"\bsimulate (?:an? |the )?(?:\w+\s+){{0,2}}{_AI}\b[^.!?\n]{{0,40}}\b(?:no|without|any)\b"),
    # -- extraction of the assistant's own instructions --------------------------------------------------
    rule("system_prompt", INSTRUCTION_EXTRACTION, "asks about the assistant's system prompt",
         r"\bsystem[\s_-]*prompt\b", r"\bprompt\s+(?:systeme|del sistema|di sistema)\b",
         r"\b(?:pre-?prompt|meta-?prompt|initial prompt|original prompt|hidden prompt|secret prompt)\b",
         r"\byour\s+(?:own\s+)?(?:system|initial|original|hidden|secret|starting|base|preset)\s+"
         r"(?:message|instructions|directives|programming)\b",
         r"\byour\s+(?:hidden|secret)\s+(?:rules|guidelines|configuration)\b",
         r"\byour\s+(?:original|initial|hidden|secret|underlying|real|true)\s+(?:guidelines|rules|directions|guidance)"
         r"\b(?!\s+(?:for|on|about|regarding)\b)"),
    rule("reveal_instructions", INSTRUCTION_EXTRACTION, "asks the assistant to reveal its instructions",
         rf"\b(?:{_REQ}|repeat|recite|summari[sz]e|translate|copy|describe|explain)\b[^.!?\n]{{0,40}}\b(?:your|ur)\s+"
         r"(?:\w+\s+){0,2}?(?:instructions|prompt|programming|directives|configured rules|system rules)\b"
         r"(?!\s+(?:for|on|to|about|regarding|how)\b)",
         r"\b(?:instructions|rules|guidelines|directives|prompt|prompts)\s+(?:that\s+)?(?:were you|have you been|"
         r"did you get|you were|you've been|you have been|you got|given to you|your (?:developers?|creators?|"
         r"company|admins?|owners?|makers?) (?:gave|wrote|configured|set|programmed))",
         r"\b(?:prompt|instructions|rules)\b[^.!?\n]{0,40}\b(?:configured|set up|written|programmed|defined|"
         r"loaded)\s+(?:for|into|in)\s+you\b",
         r"\bwhat (?:were|have) you (?:been )?(?:told|instructed|programmed|trained|configured)\b",
         r"\bwhat (?:did|have|do) (?:your|the bot'?s|the assistant'?s) (?:creators?|developers?|makers?|programmers?|"
         r"owners?|admins?|trainers?|operators?) (?:tell|told|instruct|instructed|say|said|program|programmed|want)\b",
         r"\b(?:instructions|directions|directives|guidelines|guidance|rules|prompt)\s+(?:that\s+)?you\s+(?:received|"
         r"got|were given|were told|have been given|are following|follow)\b",
         r"\b(?:your|the)\s+(?:current\s+)?context window\b",
         r"\b(?:text|prompt|instructions|message|words)\s+(?:that|which)\s+(?:sets? up|defines?|controls?|configures?|"
         r"governs?|shapes?|determines?)\s+(?:your|the (?:bot'?s|assistant'?s|ai'?s))\s+(?:behaviou?r|personality|"
         r"responses|answers|persona)\b",
         r"\b(?:text|wording|content|contents)\s+of\s+your\s+(?:\w+\s+){0,2}?(?:setup|set-up|prompt|instructions|"
         r"configuration|programming|directions|guidelines)\b",
         r"\b(?:print|show|repeat|output|display|reveal|write out|dump|give me)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?"
         r"(?:the|your)\s+(?:above|previous|preceding|initial|original|hidden|full|entire|complete|whole)\s+"
         r"(?:prompts?|instructions|context|prompt texts?)\b",
         r"\b(?:all\s+)?your\s+prompt\s+texts?\b",
         r"\bhow (?:were|have) you (?:been )?(?:instructed|programmed|configured|prompted)\b",
         r"\bword for word\b[^.!?\n]{0,40}\b(?:instructions|prompt|rules)\b"),
    rule("repeat_above", INSTRUCTION_EXTRACTION, "asks the assistant to repeat its hidden context",
         r"\b(?:repeat|print|output|show|display|return|copy|echo|summari[sz]e|translate|spell[- ]check|"
         r"rewrite|list)\s+(?:back\s+)?(?:all\s+|everything\s+|the\s+)?(?:text|words|content|messages?|"
         r"everything|lines?|conversation|tokens)?\s*(?:(?:that\s+)?(?:came|comes|is|was|written)\s+)?"
         r"(?:above|before (?:this|my|the first)|prior to (?:this|my))\b",
         r"\b(?:beginning|starting|that starts?|which starts?) with\s+[\"']?you are\b",
         r"\b(?:everything|anything|all (?:the )?text)\s+(?:that\s+)?(?:came|comes|was|is|written)?\s*"
         r"(?:above|before)\s+(?:this|my (?:first )?message|the first message|the conversation)\b",
         r"\b(?:first|initial|opening)\s+(?:line|lines|sentence|words|message)\s+of\s+(?:your|the)\s+"
         r"(?:prompt|instructions|context|conversation)\b"),
    # -- secrets of the system ----------------------------------------------------------------------
    rule("secret_request", SECRET_EXTRACTION, "asks for the system's keys, passwords or tokens",
         rf"\b{_REQ}\b[^.!?\n]{{0,30}}\b(?:your|ur|the (?:bot'?s|assistant'?s|ai'?s|system'?s|server'?s|"
         r"company'?s))\s+(?:own\s+)?(?:\w+\s+){0,2}?" + _SECRET + r"\b(?!\s*(?:docs?|documentation|page|"
         r"settings|section|guide|polic(?:y|ies)|requirements?|reset|rotation|management|format|length|expir\w*|"
         r"limits?|rules|field))",
         rf"\b{_REQ}\b[^.!?\n]{{0,30}}\b(?:admin(?:istrator)?|root|master|system|server|database|db|backend|"
         r"internal|production|prod|service account|superuser|sudo|openai|anthropic|stripe|aws|twilio|smtp)\s+"
         r"(?:\w+\s+)?(?:passwords?|credentials|api[\s_-]?keys?|keys|tokens?|secrets?)\b"
         r"(?!\s+(?:reset|requirements?|policy|rules|change|expired|expiry|rotation|for (?:my|our)))",
         _SECRET + r"\s+(?:that\s+|which\s+)?(?:you|u|your (?:system|server|bot|app|company|backend|service|"
         r"team))\s+(?:use|uses|have|has|store|stores|hold|holds|keep|keeps|know|knows|is using|are using|got)\b",
         _SECRET + r"\s+(?:\w+\s+){0,3}?(?:stored|kept|saved|hard-?coded|configured|defined|embedded)\s+in\s+"
         r"(?:your|the)\s+(?:config|"
         r"configuration|code|source|environment|system|server|prompt|memory|instructions|settings)\b",
         r"\bwhat\s+(?:\w+\s+)?(?:secret|key|token|password|credentials)\s+(?:\w+\s+)?(?:does|do|did)\s+"
         r"(?:the|your)\s+(?:server|system|app|backend|bot|service|assistant)\s+use\b",
         r"\b(?:what(?:'s| is)|tell me|give me|reveal|spell|say|share|whisper|hint at|send me)\s+(?:me\s+)?"
         r"(?:the|your)\s+(?:secret\s+)?(?:password|passphrase|secret word|passcode|magic word)\b"
         r"(?!\s*(?:reset|requirements?|policy|rules|for (?:my|our|the (?:\w+\s+)?account)|of (?:my|our)|"
         r"to (?:my|our)|length|field|link|change))",
         unless=(r"\b(?:my|our)\s+(?:own\s+)?(?:new\s+)?" + _SECRET + r"\b(?![^.!?\n]{0,20}\byou use)",)),
    rule("environment_dump", SECRET_EXTRACTION, "asks for the system's configuration or environment",
         r"\b(?:print|show|cat|dump|list|display|output|read|reveal|echo|give me|send me|paste)\s+(?:out\s+)?"
         r"(?:me\s+)?(?:the\s+)?(?:contents?\s+of\s+)?(?:all\s+)?(?:your\s+|the\s+)?(?:\.env|env(?:ironment)?\s*"
         r"(?:file|variables|vars)|os\.environ|/etc/(?:passwd|shadow)|config(?:uration)? files?|secrets? files?)",
         r"(?:^|\s)(?:cat|type|more|less|head|tail)\s+(?:\S*/)?\.env\b", r"\bos\.environ\b|\bprocess\.env\b",
         r"\b(?:environment variables|env vars)\b[^.!?\n]{0,30}\b(?:you (?:can see|have|use|know)|(?:on|of|in) "
         r"(?:your|the) (?:server|system|machine|container|backend))\b"),
    # -- other people's data --------------------------------------------------------------------------
    rule("other_customers_data", DATA_EXFILTRATION, "asks for other customers' personal data",
         rf"\b{_ASK}\b[^.!?\n]{{0,40}}\b{_OTHERS}\s*{_PEOPLE}'?\s*(?:'s\s+)?(?:\w+\s+){{0,3}}?{_DATA}\b",
         rf"\b{_ASK}\b[^.!?\n]{{0,40}}\b{_DATA}\s+(?:\w+\s+){{0,2}}(?:of|for|from|belonging to|about)\s+"
         rf"(?:all\s+)?(?:of\s+)?{_OTHERS}\s*(?:other\s+)?{_PEOPLE}\b",
         rf"\b(?:show|send|give|access|see|view|get|tell|share|open|log ?into|login to|forward)\s+(?:me\s+)?"
         r"(?:into\s+)?(?:someone|somebody|anyone) else'?s\s+(?:account|invoices?|orders?|data|details|e-?mail|"
         r"phone|address|password|card|records?|messages?|history)\b",
         r"\b(?:last|previous|other|another|next)\s+(?:customer|client|user|person|caller)\s+(?:you|who)\s+"
         r"(?:spoke|talked|chatted|helped|served|messaged|wrote)\b",
         r"\b(?:customer|client|user|person|caller)\s+(?:who|that)\s+(?:wrote|spoke|talked|chatted|messaged)\s+"
         r"(?:to\s+|with\s+)?you\s+(?:before|earlier|previously|just now)\b",
         rf"\b{_ASK}\b[^.!?\n]{{0,30}}\b{_DATA}\b[^.!?\n]{{0,60}}\b(?:one of your|another of your|any of your)\s+"
         r"(?:other\s+)?(?:customers|clients|users|accounts|subscribers)\b",
         unless=(r"\b(?:my|our) (?:own )?(?:team'?s? |company'?s? )?" + _PEOPLE + r"\b",
                 r"\b(?:my|our)\s+(?:own\s+)?(?:team|workspace|organi[sz]ation|company|account|org|tenant)\b")),
    rule("bulk_data_export", DATA_EXFILTRATION, "asks for a bulk copy of the customer database",
         rf"\b(?:export|dump|download|leak|send|give|share|list|show|paste|extract|scrape|copy)\s+(?:me\s+)?"
         rf"(?:the\s+|your\s+)?(?:full|entire|complete|whole|all)\s+(?:of\s+)?(?:the\s+|your\s+)?(?:customer|"
         r"client|user|contact|subscriber|lead|member)s?\s+(?:list|database|base|table|data|records|emails)\b",
         r"\b(?:dump|drop|select \* from|show me|export|leak|give me|print)\s+(?:the\s+|your\s+)?(?:users?|"
         r"customers?|clients?|accounts?|contacts?|members?|passwords?)\s+(?:table|database|db|collection)\b",
         r"\b(?:list|show|give|send|dump|export|print|tell)\s+(?:me\s+)?(?:all|every)\s+(?:of\s+)?(?:the\s+|your\s+)?"
         r"(?:users?|customers?|clients?|accounts?|members?)\b[^.!?\n]{0,40}\b(?:e-?mails?|phone(?: numbers)?|"
         r"addresses|passwords|details|data|card numbers)\b",
         unless=(r"\b(?:my|our|we|i)\b",)),
    # -- code and markup payloads ---------------------------------------------------------------------
    rule("sql_injection", CODE_INJECTION, "contains an SQL injection payload",
         r"'\s*\)?\s*(?:or|and)\s+'?\w+'?\s*=\s*'?\w+", r"\b(?:or|and)\s+'?1'?\s*=\s*'?1\b",
         r"\bunion\s+(?:all\s+)?select\b",
         r";\s*(?:drop\s+(?:table|database)|delete\s+from|truncate\s+table|alter\s+table|insert\s+into|"
         r"update\s+\w+\s+set|exec(?:ute)?\s+\w*sp_|shutdown\b)",
         r"\bdrop\s+(?:table|database|schema)\s+\w+", r"\bdelete\s+from\s+\w+\s+(?:where|;)",
         r"'\s*\)?\s*;\s*--", r"\b(?:xp_cmdshell|information_schema|pg_sleep|waitfor\s+delay|load_file)\b",
         r"\bsleep\s*\(\s*\d+\s*\)\s*(?:--|#|;)"),
    rule("markup_injection", CODE_INJECTION, "contains a script, template or markdown exfiltration payload",
         r"<\s*script\b", r"javascript\s*:\s*(?:alert|eval|fetch|document|window|void|location|//|\()",
         r"<[^>]{0,200}\bon(?:error|load|click|mouseover|focus|submit)\s*=",
         r"<\s*(?:iframe|object|embed)\b[^>]{0,200}(?:srcdoc|javascript:|data:text/html)",
         r"\bdocument\.cookie\b", r"\$\{\s*jndi\s*:",
         r"\{\{\s*[^}]{0,60}?(?:\d\s*[*+]\s*\d|__\w+__|\bconfig\b|self\.|request\.|import|os\.|popen|eval|"
         r"exec|\bsystem\b|conversation|history|secret|prompt)[^}]{0,60}\}\}",
         r"\{%\s*(?:import|include|exec|set|for)\b",
         r"!\[[^\]]{0,100}\]\(\s*https?://[^)\s]*(?:\?|\{|%7b)[^)\s]*\)",
         r"\[[^\]]{0,100}\]\(\s*(?:javascript|data|vbscript):"),
    rule("shell_injection", CODE_INJECTION, "contains a shell command payload",
         r"(?:;|&&|\|\||\|)\s*(?:cat\s+/|rm\s+-|curl\s+(?:-|https?:)|wget\s+|nc\s+-|ncat\s+|bash\s+-|sh\s+-c|"
         r"powershell\b|chmod\s+[0-7+]|whoami\b|python3?\s+-c|ls\s+-)",
         r"\brm\s+-(?:rf|fr)\b", r"/etc/(?:passwd|shadow)\b",
         r"\$\(\s*(?:cat|curl|wget|whoami|id|ls|rm|nc|bash|sh)\b", r"`\s*(?:cat|curl|wget|whoami|rm|nc)\s[^`]*`"),
]

RULE_NAMES = frozenset(r.name for r in RULES)
GATE = Gate(p for r in RULES for p in r.patterns)  # a view lacking all of a pattern's words skips it
VIOLATION_TYPES = frozenset(r.violation_type for r in RULES)


def screen(text: str, disabled: frozenset[str] = frozenset(), gated: bool = True) -> list[tuple[SecurityRule, str]]:
    """Rules that fire on any view of `text`, each with the tag of the first view it fired on. `gated=False`
    runs every pattern on every view (the reference the literal gate is tested against)."""
    fired: list[tuple[SecurityRule, str]] = []
    all_views = views(text)
    squashed = [(tag, squash(v)) for tag, v in all_views if tag in ("plain", "spacing", "leetspeak")]
    allowed: dict[str, set[int] | None] = {}
    for r in RULES:
        if r.name in disabled:
            continue
        candidates = squashed if "squashed" in r.views else [(t, v) for t, v in all_views if t in r.views]
        for tag, view in candidates:
            if view not in allowed:
                allowed[view] = GATE.allowed(view) if gated else None
            may = allowed[view]
            if may is not None and r.pattern_ids.isdisjoint(may):
                continue  # none of the rule's patterns can match this view
            if r.matches(view, may):
                fired.append((r, "split_words" if "squashed" in r.views and tag == "plain" else tag))
                break
    return fired
