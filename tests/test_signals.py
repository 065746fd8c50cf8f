"""The offline sentiment and sales-intent detector: objections, negation, and the independent labelled set."""
import datetime as dt
import importlib.util
import json

import pytest

from core.insights.signals import detect
from tests.conftest import ROOT


def _scorer():
    spec = importlib.util.spec_from_file_location("signals_eval", ROOT / "bench" / "signals_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_praise_then_a_price_objection_is_negative():
    s = detect("the demo was great but pricing is way too expensive")
    assert s.sentiment == "negative" and "objection" in s.intents
    assert ("objection", "too expensive") in s.evidence


@pytest.mark.parametrize("text,absent", [("No complaints so far, the rollout went fine.", "complaint"),
                                         ("We are not going to cancel, relax.", "churn_threat"),
                                         ("Thanks for fixing the login bug so fast!", "complaint")])
def test_negated_cues_do_not_count(text, absent):
    s = detect(text)
    assert absent not in s.intents and s.sentiment != "negative"


def test_a_negated_buying_cue_is_a_reason_to_wait():
    s = detect("We're not ready to sign this quarter.")
    assert "buying_signal" not in s.intents and "objection" in s.intents and s.sentiment == "negative"


def test_plain_logistics_are_neutral_without_intents():
    s = detect("Received, thanks. I will forward it to the team.")
    assert s.sentiment == "neutral" and s.intents == ()


@pytest.mark.parametrize("reply", [
    "Thanks, noted.\n\nOn 3 Mar 2026, at 09:12, Ann Reyes <ann@vendor.example> wrote:\n> Our list prices rise 4% from "
    "April. Would you like to book a call to discuss your renewal before you cancel anything?",
    "> Can we book a call on Wednesday to go through the price increase?\nReceived, thank you.",
    "Noted, thanks.\n-----Original Message-----\nFrom: Ann\nPlease let us know if you want to cancel or book a demo."])
def test_quoted_vendor_text_is_not_the_customers_signal(reply):
    """A reply that quotes the vendor's mail: only the customer's own lines are read, by the lexicon and the model."""
    from core.insights.learned_signals import read

    for s in (detect(reply), read([reply])[0]):
        assert s.intents == () and s.sentiment != "negative", s


def test_a_message_that_is_all_quote_is_still_read():
    assert "meeting_request" in detect("> can you call me tomorrow about the renewal?").intents


@pytest.mark.parametrize("text,complaint", [("how much for 500 branded mugs, 2 colour print", False),
                                            ("Out of office. Urgent: call (555) 014-2290.", False),
                                            ("the portal keeps returning 500 errors since the update", True),
                                            ("we're getting 502s on every upload", True)])
def test_an_error_code_is_a_complaint_but_a_quantity_or_phone_number_is_not(text, complaint):
    assert ("complaint" in detect(text).intents) == complaint


def test_dev_set_floor():
    """Tuned on messages_dev only; messages_test is scored once, by bench/signals_eval.py --set test."""
    r = _scorer().score(_scorer().load("dev"), engine="lexicon")
    assert r["n"] >= 98
    assert r["sentiment_accuracy"] >= 0.9 and r["label_accuracy"] >= 0.95 and r["message_accuracy"] >= 0.85


def test_the_learned_reading_beats_the_lexicon_on_a_set_it_never_learned_from(capsys):
    """signals7 (an industrial distributor's inbox, 12% in seven other languages) was written under the shared
    conventions (tests/corpus/CONVENTIONS.md) by a helper who read neither the lexicons, the model nor its training
    data; the model learned from data/signal_train and the sets already scored (core/insights/train_signals.py TRAIN,
    signals6 now among them). Its dev half keeps a floor here (first look 58.3% whole message, 76.7% sentiment); its
    test half is scored once, by bench/signals_eval.py --set signals7-test."""
    scorer = _scorer()
    rows = scorer.load("signals7-dev")
    learned, lexicon = scorer.score(rows, engine="learned"), scorer.score(rows, engine="lexicon")
    with capsys.disabled():
        print(f"\n  signals7 dev: learned whole message {learned['message_accuracy']:.1%}, sentiment "
              f"{learned['sentiment_accuracy']:.1%}, intent decisions {learned['label_accuracy']:.1%}; lexicon alone "
              f"{lexicon['message_accuracy']:.1%}, {lexicon['sentiment_accuracy']:.1%}")
    assert learned["message_accuracy"] >= lexicon["message_accuracy"] + 0.2
    assert learned["sentiment_accuracy"] >= 0.75 and learned["intent_micro_f1"] >= 0.76


@pytest.mark.parametrize("text, intent", [
    ("Llevamos dos semanas con la app sin sincronizar y nadie responde. Si esto sigue así vamos a cancelar el contrato.",
     "churn_threat"),
    ("Bonjour, le module de planning ne fonctionne plus depuis la mise à jour de lundi.", "complaint"),
    ("Die Exportfunktion funktioniert immer noch nicht, wir warten seit Freitag auf Ihren Support.", "complaint"),
    ("Olá, quanto custa a licença anual para 40 utilizadores?", "pricing_question"),
    ("Wenn der Preis so bleibt, müssen wir den Anbieter wechseln.", "churn_threat")])
def test_complaints_threats_and_price_questions_in_other_languages_are_read(text, intent):
    """signals6's first look missed every complaint and threat not written in English (no cue fired)."""
    from core.insights.learned_signals import read
    assert intent in read([text])[0].intents


def test_without_the_model_file_the_lexicon_reading_stands(tmp_path):
    from core.insights import learned_signals

    assert learned_signals.default_model(tmp_path / "absent.npz") is None
    text = "the demo was great but pricing is way too expensive"
    (s,) = learned_signals.read([text], model=None) if learned_signals.default_model() is None else \
        learned_signals.read([text], model=learned_signals.SignalModel.load())
    assert s.sentiment == "negative" and "objection" in s.intents
    assert learned_signals.read([""])[0].intents == ()


def test_wording_no_lexicon_lists_is_read(tmp_path):
    """Implicit churn and a pricing question without the word price: what the lexicon missed on independent sets."""
    from core.insights.learned_signals import read

    churn, price = read(["Our CFO has asked me to get quotes from two other suppliers before we renew anything.",
                         "what would 50 more users run us per year?"])
    assert "churn_threat" in churn.intents and churn.sentiment == "negative"
    assert "pricing_question" in price.intents


def test_processed_inbound_messages_store_their_signals(demo_db):
    from core.inbox.capture import capture
    from core.inbox.models import InboundMessage
    from tests.test_inbox_support import make_inbox

    capture(demo_db, [InboundMessage("email", "s-1", "marcus.webb@initech.com",
                                     "Honestly we're looking at other vendors, the renewal price is too high.",
                                     sent_at=dt.datetime(2026, 11, 17, 9))])
    make_inbox(demo_db).process_pending()
    row = demo_db.one("SELECT g.* FROM message_signals g JOIN messages m ON m.id = g.message_id "
                      "WHERE m.external_id = 's-1'")
    assert row["sentiment"] == "negative" and row["summary"] == "churn_threat"
    assert set(json.loads(row["intents"])) >= {"churn_threat", "objection"}


def test_the_timeline_shows_a_messages_signals(demo_db):
    from core.inbox.models import InboundMessage
    from tests.test_inbox_support import make_inbox, phone_of

    inbox = make_inbox(demo_db)
    inbox.ingest([InboundMessage("whatsapp", "tl-1", phone_of(demo_db, 1), "Can we book a call on Friday?")])
    inbox.process_pending()
    first = inbox.timeline(1)[0]
    assert first["kind"] == "message" and first["sentiment"] == "neutral"
    assert json.loads(first["intents"]) == ["meeting_request"]


def test_with_an_llm_configured_its_judgement_is_stored_and_a_failure_falls_back(demo_db, monkeypatch):
    """Real HTTP on loopback (tests/fake_openai.py): the model's answer wins; when it fails, the offline reading."""
    from core.inbox.models import InboundMessage
    from tests.fake_openai import FakeOpenAI
    from tests.test_inbox_support import make_inbox, phone_of

    judged, broken = "Honestly, I am not sure this is for us.", "We will cancel next month."
    fake = FakeOpenAI({judged: [("record_signals", {"sentiment": "negative", "intents": ["objection"]})],
                       broken: "error"})
    monkeypatch.setenv("CRM_LLM_BASE_URL", fake.url)
    try:
        inbox = make_inbox(demo_db)
        inbox.ingest([InboundMessage("whatsapp", "llm-1", phone_of(demo_db, 1), judged),
                      InboundMessage("whatsapp", "llm-2", phone_of(demo_db, 2), broken)])
        inbox.process_pending()
    finally:
        fake.close()
    rows = {r["external_id"]: r for r in demo_db.query(
        "SELECT m.external_id, g.engine, g.sentiment, g.intents FROM message_signals g JOIN messages m "
        "ON m.id = g.message_id WHERE m.external_id LIKE 'llm-%'")}
    assert (rows["llm-1"]["engine"], rows["llm-1"]["sentiment"], json.loads(rows["llm-1"]["intents"])) == \
        ("llm", "negative", ["objection"])
    assert rows["llm-2"]["engine"].startswith("offline") and "churn_threat" in json.loads(rows["llm-2"]["intents"])
    assert any(r["body"]["messages"][-1]["content"] == judged for r in fake.requests)
