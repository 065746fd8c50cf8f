"""Reply drafting: the customer's language, answers grounded in the knowledge base and the CRM, flags for a person,
and the figures of bench/drafting_eval.py on the corpus's dev split (floors a few points under what was measured).

The knowledge base is searched with MiniLM, as in production (the inbox tests use the hashing embedder).
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from core.embeddings import MiniLMEmbedder
from core.errors import ConfigError
from core.inbox import language
from core.inbox.autopilot import decide
from core.inbox.drafting import FLAGGED_CONFIDENCE, NOT_IN_KB, Draft, LLMResponder, OfflineResponder, questions
from core.inbox.knowledge import KnowledgeBase
from core.inbox.models import DraftContext, InboundMessage
from tests.test_inbox_support import FakeLLM, make_inbox, phone_of

ROOT = Path(__file__).resolve().parent.parent
KB_PATH = ROOT / "data" / "knowledge_base.json"
THRESHOLD = 0.8  # CRM_AUTOPILOT_THRESHOLD's default

pytestmark = pytest.mark.skipif(not MiniLMEmbedder.available(), reason="MiniLM not installed")


@pytest.fixture(scope="module")
def embedder():
    return MiniLMEmbedder()


@pytest.fixture(scope="module")
def kb(embedder):
    return KnowledgeBase.load(KB_PATH, embedder)


@pytest.fixture(scope="module")
def responder(kb):
    return OfflineResponder(kb)


def ctx(text, first="Lucía", owner=None, deals=(), **contact) -> DraftContext:
    return DraftContext(text, {"first_name": first, **contact}, tuple(deals), (),
                        {"name": owner, "email": "rep@example.com"} if owner else None, None)


def draft(responder, *args, **kw) -> Draft:
    [d] = responder.draft_many([ctx(*args, **kw)])
    return d


def auto_sent(d: Draft) -> bool:
    return decide(autopilot=True, classification="in_scope", confidence=d.confidence, threshold=THRESHOLD,
                  human_since=False).auto_send


# -- what a customer gets ------------------------------------------------------------------------------------

def test_a_spanish_pricing_question_gets_a_spanish_answer_with_the_kb_facts(responder):
    d = draft(responder, "Hola, ¿cuánto cuesta la plataforma por usuario? Seríamos unas 15 personas.")
    assert d.language == "es" and d.sources[0] == "pricing"
    assert d.body.startswith("Hola Lucía") and "por usuario y mes" in d.body
    assert "presupuesto personalizado" in d.body and "per user" not in d.body and "{" not in d.body
    assert language.detect(d.body).lang == "es"
    assert not d.flags and auto_sent(d)  # the knowledge base answers it: confident enough to send on its own
    assert "pricing" in d.reason and "score" in d.reason


@pytest.mark.parametrize("text, lang, fact", [
    ("Bonjour, combien coûte votre logiciel par utilisateur ?", "fr", "par utilisateur et par mois"),
    ("Was kostet die Software pro Nutzer im Monat?", "de", "pro Nutzer und Monat"),
    ("Olá! Quanto custa por usuário?", "pt", "por usuário por mês"),
    ("Hi, how much do you charge per user?", "en", "per user per month"),
])
def test_the_same_question_in_five_languages(responder, text, lang, fact):
    d = draft(responder, text)
    assert (d.language, d.sources[:1], fact in d.body) == (lang, ("pricing",), True), d.body


def test_the_open_deal_the_message_names_grounds_the_answer(responder):
    deals = [{"name": "Northwind Renewal", "stage": "Proposal", "amount": 42000.0, "currency": "USD",
              "close_date": dt.date(2026, 12, 8)},
             {"name": "Northwind Expansion", "stage": "Qualified", "amount": 75000.0, "currency": "USD",
              "close_date": dt.date(2026, 12, 20)}]
    renewal = draft(responder, "Any update on the renewal proposal?", "Dana", "Alex Morgan", deals)
    assert "Northwind Renewal" in renewal.body and "proposal stage" in renewal.body and "December 8" in renewal.body
    assert "Alex" in renewal.body and "Expansion" not in renewal.body
    expansion = draft(responder, "Any news on the expansion proposal?", "Dana", "Alex Morgan", deals)
    assert "Northwind Expansion" in expansion.body and "Alex is looking after" in expansion.body
    assert "Qualified" not in expansion.body and "qualified" not in expansion.body  # a stage means nothing to them
    meeting = draft(responder, "Any update on the renewal proposal?", "Dana", "Alex Morgan", deals,
                    next_meeting=dt.date(2026, 12, 3))
    assert "next meeting with Alex is on December 3" in meeting.body
    spanish = draft(responder, "Hola, ¿hay novedades sobre la propuesta de renovación?", "Dana", "Alex Morgan", deals)
    assert "fase de propuesta" in spanish.body and "8 de diciembre" in spanish.body


def test_two_questions_get_two_answers_in_the_order_asked(responder):
    two = draft(responder, "Is there a free trial? And can we connect it to our ERP?")
    assert set(two.sources) == {"trial", "integrations"} and two.body.index("14-day") < two.body.index("REST API")
    assert two.body.count("Hi Lucía") == 1 and not two.flags
    es = draft(responder, "¿Cuánto dura la implementación? ¿Y atienden los fines de semana?")
    assert set(es.sources) == {"onboarding", "support_hours"} and es.language == "es"
    assert es.body.index("dos a cuatro semanas") < es.body.index("de lunes a viernes")


def test_a_churn_threat_is_flagged_for_a_person_with_its_reason_and_never_auto_sent(responder):
    d = draft(responder, "Honestly the last two months were a mess. We're looking at other vendors now.",
              "Brooke", "Sam Rivera")
    assert "churn threat" in d.flags and "churn threat" in d.reason
    assert d.confidence <= FLAGGED_CONFIDENCE < THRESHOLD and not auto_sent(d)
    assert "sorry" in d.body.lower() and "Sam" in d.body and "glad" not in d.body.lower()
    de = draft(responder, "Wenn sich nichts ändert, kündigen wir zum Jahresende.", "Jonas")
    assert de.language == "de" and "churn threat" in de.flags and not auto_sent(de)
    assert "leid" in de.body


def test_a_flagged_draft_stays_in_review_through_the_real_pipeline(demo_db, kb):
    inbox = make_inbox(demo_db, responder=OfflineResponder(kb))
    r = inbox.ingest([InboundMessage("whatsapp", "m-churn-1", phone_of(demo_db, 1),
                                     "We're thinking about switching to a competitor next quarter.")])[0]
    inbox.store.execute("UPDATE conversations SET autopilot = true WHERE id = ?", [r.conversation_id])
    inbox.run_once()
    row = inbox.store.one("SELECT * FROM drafts WHERE message_id = ?", [r.message_id])
    assert row["status"] == "pending" and row["confidence"] <= FLAGGED_CONFIDENCE
    assert inbox.store.scalar("SELECT count(*) FROM outbox") == 0


def test_a_complaint_gets_an_apology_not_a_cheerful_answer(responder):
    d = draft(responder, "Great, the export broke AGAIN. Nobody replies to our tickets. Unacceptable.", "Chris",
              "Alex Morgan")
    assert "complaint" in d.flags and not auto_sent(d)
    assert d.body.startswith("I'm sorry") and "Alex" in d.body
    fr = draft(responder, "C'est inadmissible, personne ne répond depuis une semaine.", "Pierre")
    assert fr.language == "fr" and "complaint" in fr.flags and "désolé" in fr.body


def test_an_unanswered_feature_question_gets_an_honest_holding_reply_in_the_customers_language(responder):
    d = draft(responder, "Est-ce que votre logiciel fonctionne hors connexion, sans internet ?", "Claire")
    assert d.language == "fr" and NOT_IN_KB in d.flags and not auto_sent(d)
    assert d.body.startswith("Merci pour votre message, Claire") and "notre équipe" in d.body
    assert "oui" not in d.body.lower()  # no guessed answer
    en = draft(responder, "Can I import data from a Raspberry Pi sensor network?", "Jess")
    assert NOT_IN_KB in en.flags and en.body.startswith("Thanks for your message, Jess")
    assert en.confidence <= FLAGGED_CONFIDENCE
    partly = draft(responder, "Do you integrate with Zendesk?", "Marco")
    assert partly.sources == ("integrations",) and "partly in the knowledge base" in partly.flags
    assert "Zendesk" in partly.evidence and not auto_sent(partly)


def test_requests_only_a_person_can_grant_are_flagged(responder):
    for text, reason in [("Our trial ran out yesterday, could you extend it by a week?", "trial extension"),
                         ("Can we get a 20% discount if we sign this month?", "discount request"),
                         ("STOP", "opt-out request")]:
        d = draft(responder, text, "Sam")
        assert reason in d.flags and not auto_sent(d), (text, d.flags)


def test_unknown_first_names_and_mailboxes_are_not_greeted(responder):
    assert draft(responder, "Is there a free trial?", "").body.startswith("Hi, yes")
    assert draft(responder, "¿Tienen prueba gratis?", "+34611000111").body.startswith("Hola, sí")
    assert draft(responder, "Is there a free trial?", "Accounts").body.startswith("Hi, yes")


# -- language -------------------------------------------------------------------------------------------------

def test_language_of_short_messages_falls_back_to_known_words_history_and_the_default(kb):
    assert language.detect("oi", hints=kb.vocabulary).lang == "pt"
    assert language.detect("Prix ?", hints=kb.vocabulary).lang == "fr"
    assert language.detect("ok", hints=kb.vocabulary).lang == "en"
    assert language.detect("ok", ["Hola, ¿tienen prueba gratuita para mi equipo?"], kb.vocabulary).lang == "es"
    unsure = language.detect("xq")
    assert (unsure.lang, unsure.source) == ("en", "default") and unsure.certainty < language.SURE
    long = language.detect("Wie lange dauert die Einführung ungefähr? Wir haben etwa 30 Nutzer.")
    assert (long.lang, long.source) == ("de", "text") and long.certainty > 0.9


def test_questions_are_split_where_a_message_asks_two_things():
    assert questions("Two things: is there a free trial, and does it integrate with Salesforce?") == [
        "Two things: is there a free trial", "does it integrate with Salesforce?"]
    assert questions("Thanks, got it.") == []


# -- the knowledge base file ------------------------------------------------------------------------------------

def test_every_answer_and_holding_reply_ships_in_five_languages():
    data = json.loads(KB_PATH.read_text(encoding="utf-8"))
    others = set(language.SUPPORTED) - {"en"}
    for e in data["entries"]:
        assert set(e["translations"]) == others, e["id"]
    for kind in ("unanswered", "complaint", "partial"):
        assert set(data["holding"][kind]) == set(language.SUPPORTED)
    ids = [e["id"] for e in data["entries"]]
    assert {"retention", "sms_opt_out", "trial_extension"} <= set(ids)


def test_a_broken_translation_is_reported_with_where_it_is(tmp_path, embedder):
    bad = {"entries": [{"id": "x", "questions": ["q"], "answer": "a", "translations": {"it": {"questions": ["q"],
                                                                                            "answer": "a"}}}]}
    path = tmp_path / "kb.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"entries\[0\]\.translations\.it: unsupported language"):
        KnowledgeBase.load(path, embedder)


# -- the LLM writes in the customer's language ---------------------------------------------------------------------

def test_the_llm_is_asked_for_the_customers_language_and_a_reply_in_another_one_falls_back(kb):
    llm = FakeLLM(reply="Hola Lucía, nuestros planes se cobran por usuario y mes; le enviaremos un presupuesto.",
                  confidence=0.95)
    try:
        responder = LLMResponder(llm.url, "k", "m", 5.0, OfflineResponder(kb))
        [d] = responder.draft_many([ctx("Hola, ¿cuál es el precio por usuario?")])
        prompt = json.loads(llm.requests[-1]["body"]["messages"][1]["content"])
        assert prompt["reply_language"] == "Spanish" and "por usuario y mes" in prompt["knowledge_base"][0]["answer"]
        assert (d.engine, d.body, d.language) == ("llm", llm.reply, "es")
        llm.reply = "Hi Lucía, our plans are priced per user per month and we will send you a quote."
        [d] = responder.draft_many([ctx("Hola, ¿cuál es el precio por usuario?")])
        assert d.engine == "offline" and "por usuario y mes" in d.body  # English to a Spanish customer: not used
        llm.reply = "Lo sentimos mucho, Lucía. Sam le llamará para hablarlo."
        [d] = responder.draft_many([ctx("Estamos pensando en irnos a la competencia.", owner="Sam Rivera")])
        assert d.engine == "llm" and "churn threat" in d.flags and d.confidence <= FLAGGED_CONFIDENCE
    finally:
        llm.close()


# -- the figures ------------------------------------------------------------------------------------------------

# measured on the dev split with MiniLM (bench/drafting_eval.py, the drafter alone): sent unchanged 75/79,
# language 79/79, precision above 0.8 14/14 with 14 auto-sent, human_needed flagged 44/44, no leakage
FLOORS = {"sent_unchanged": 0.90, "language_match": 0.97, "precision": 0.95, "auto_sent": 11,
          "human_needed_flagged": 0.95}


def _bench():
    spec = importlib.util.spec_from_file_location("drafting_eval", ROOT / "bench" / "drafting_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("drafting_eval", module)
    spec.loader.exec_module(module)
    return module


def test_dev_split_figures_stay_above_their_floors(embedder):
    bench = _bench()
    results = bench.run(bench.load("dev"), embedder=embedder, guardrail_embeddings=False, threshold=THRESHOLD)
    s = bench.summarise([r for r in results if r["view"] == "drafter"], bench.teams_of())
    print("\n" + bench.report(s, "dev", "minilm", "drafter"))
    n = s["items"]
    assert s["sent_unchanged"] / n >= FLOORS["sent_unchanged"]
    assert s["language_match"] / n >= FLOORS["language_match"]
    assert s["auto_sent"] >= FLOORS["auto_sent"] and s["auto_right"] / s["auto_sent"] >= FLOORS["precision"]
    assert s["leakage"] == []
    assert s["human_needed_flagged"] / s["human_needed"] >= FLOORS["human_needed_flagged"]
