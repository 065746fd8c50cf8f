"""The Pipeline page through AppTest: every open deal with its health, worst first, reasons for the picked deal."""
import pytest
from streamlit.testing.v1 import AppTest

from core import services as core_services
from tests.conftest import ROOT
from tests.ui.conftest import signed_in


@pytest.fixture
def page(demo_file, monkeypatch):
    monkeypatch.setenv("CRM_DB", str(demo_file))
    monkeypatch.setenv("CRM_TODAY", "2026-11-18")
    core_services.reset()
    at = signed_in(AppTest.from_file(str(ROOT / "ui" / "pipeline.py"), default_timeout=60), demo_file,
                   "alex@autocrm.local")
    at.run()
    assert not at.exception
    yield at
    core_services.reset()


def test_pipeline_lists_open_deals_worst_first_with_reasons(page, demo_file):
    table = page.dataframe[0].value
    store = core_services.get_services(str(demo_file)).store
    open_deals = store.scalar("SELECT count(*) FROM deals WHERE stage NOT LIKE 'Closed%'")
    assert len(table) == open_deals and list(table["health"]) == sorted(table["health"])
    assert all(table["why"].str.len() > 0)
    assert "prior" in page.caption[0].value and "typical open deal" in page.caption[0].value
    worst = int(table["id"].iloc[0])
    assert page.selectbox(key="pipeline-deal").value == worst
    reasons = page.dataframe[1].value
    assert len(reasons) and set(reasons.columns) >= {"effect", "reason"}
    assert store.scalar("SELECT count(*) FROM insight_scores WHERE kind = 'deal'") == open_deals


def test_a_deals_score_history_is_shown(page, demo_file):
    import datetime as dt

    insights = core_services.get_services(str(demo_file)).insights
    insights.score_deals(dt.datetime(2026, 10, 1, 18), deal_ids=[5], save=True)  # the page saved 2026-11-18 after
    page.selectbox(key="pipeline-deal").set_value(5).run()
    assert not page.exception
    assert len(page.get("vega_lite_chart")) == 1
    assert any(t.value.startswith("2026-10-01: ") and " because " in t.value for t in page.text)
