"""The metrics page counts the signals of customer messages the inbox read (sentiment and intents)."""
from core import services as core_services
from core.inbox.models import InboundMessage
from tests.test_inbox_support import make_inbox, phone_of
from tests.ui.test_metrics_page import open_page


def test_signal_tiles_count_what_the_inbox_read(demo_file, monkeypatch):
    core_services.reset()
    store = core_services.get_services(str(demo_file)).store
    inbox = make_inbox(store)
    texts = ["We are cancelling at the end of the term.", "Your price is too expensive for us.",
             "Can we book a call on Friday?"]
    inbox.ingest([InboundMessage("whatsapp", f"tile-{i}", phone_of(store, i + 1), t) for i, t in enumerate(texts)])
    inbox.process_pending()
    at = open_page(demo_file, monkeypatch)
    shown = {m.label: m.value for m in at.metric}
    assert shown["Churn threats"] == "1" and shown["Objections"] == "1" and shown["Meeting requests"] == "1"
    assert shown["Negative messages"] == "2" and shown["Buying signals"] == "0"
    core_services.reset()
