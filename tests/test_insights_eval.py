"""Deal health on a real pipeline (../shared/datasets/crm_sales_opportunities), trained before a cut-off date."""
import importlib.util

import pandas as pd
import pytest

from tests.conftest import ROOT

DATA = ROOT.parent / "shared" / "datasets" / "crm_sales_opportunities"
pytestmark = pytest.mark.skipif(not (DATA / "sales_pipeline.csv").exists(),
                                reason=f"{DATA} is absent: the shared data sets sit beside the repository "
                                       "(see README, 'Deal health, lead scores and message signals')")


def _bench():
    spec = importlib.util.spec_from_file_location("insights_eval", ROOT / "bench" / "insights_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_learned_model_beats_both_baselines_on_later_deals():
    bench = _bench()
    deals = bench.load()
    assert len(deals) == 6711 and int(deals["won"].sum()) == 4238  # every closed deal, none copied
    cut = pd.Timestamp("2017-10-01")
    train, test = deals[deals["as_of"] < cut].reset_index(drop=True), deals[deals["as_of"] >= cut].reset_index(drop=True)
    r = bench.evaluate(train, test, boosting=False)
    assert r["model"] == "logistic" and r["train"] == len(train)
    assert r["auc"] > r["base_auc"] + 0.03 and r["auc"] > r["agent_auc"]
    assert r["brier"] < r["base_brier"] and r["brier"] < r["agent_brier"]
