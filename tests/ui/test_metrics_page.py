"""The metrics page renders its figures from the database (AppTest)."""
import pytest
from streamlit.testing.v1 import AppTest

from core import services as core_services
from core.chat import ChatService
from tests.conftest import ROOT, TODAY


@pytest.fixture
def page(demo_file, monkeypatch):
    monkeypatch.setenv("CRM_DB", str(demo_file))
    core_services.reset()
    yield demo_file
    core_services.reset()


def test_metrics_page_shows_plan_and_undo_rates(page):
    chat = ChatService(core_services.get_services(str(page)).store)
    for text in ("mark the Hooli security add-on as won", "move the Initech analytics suite to negotiation",
                 "set the Globex platform expansion amount to 130k"):
        plan = chat.plan(text, "alex@autocrm.local", "s-metrics", TODAY, record=True)
        chat.apply(plan, "alex@autocrm.local")
    chat.undo(None, "alex@autocrm.local")
    chat.plan("log a call with Dana", "alex@autocrm.local", "s-metrics", TODAY, record=True)  # needs a choice
    at = AppTest.from_file(str(ROOT / "ui" / "metrics.py"), default_timeout=60).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Undo rate"] == "33%"
    assert metrics["Chat plans"] == "4" and metrics["Plan success rate"] == "75%"
    assert len(at.get("download_button")) == 2


def test_metrics_page_renders_on_an_empty_database(tmp_path, monkeypatch):
    monkeypatch.setenv("CRM_DB", str(tmp_path / "empty.duckdb"))
    core_services.reset()
    at = AppTest.from_file(str(ROOT / "ui" / "metrics.py"), default_timeout=60).run()
    assert not at.exception
    assert any("No chat plans yet" in i.value for i in at.info)
    core_services.reset()
