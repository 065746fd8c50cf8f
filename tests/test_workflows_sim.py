"""The "Done when" of workflows, scaled down: 120 simulated days, the worker SIGKILLed and restarted 20 times.

bench/workflows_sim.py runs the full 1,000 contacts; this runs the same script and checks on 20 contacts.
"""
from __future__ import annotations

import importlib.util
import sys

from tests.conftest import ROOT


def _bench(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # the simulation's worker processes import it by this name
    spec.loader.exec_module(module)
    return module


def test_killed_twenty_times_every_due_step_runs_once_and_nothing_reaches_people_who_stopped(tmp_path):
    sim = _bench("workflows_sim")
    res = sim.simulate(tmp_path, contacts=20, days=120, kills=20, seed=9, reference=True)
    assert res["crashed_run"]["kills"] >= 20
    assert res["violations"] == {k: 0 for k in res["violations"]}, res.get("diff_examples")
    fig = res["figures"]
    # the script exercised what the checks are about
    assert fig["messages_sent"] > 30 and fig["timers_fired"] > 30 and fig["tasks"] > 5
    assert fig["paused_by_person"] >= 1 and fig["ended_by_opt_out"] >= 1


def test_thompson_sampling_picks_the_better_variant_in_95_percent_of_200_experiments():
    ab = _bench("ab_sim")
    res = ab.simulate(rates=(0.10, 0.15), experiments=200, sends=3000, batch=50, seed=3)
    assert res["picked_better"] >= 0.95
    assert res["traffic_to_worse_mean"] < 0.15  # a fixed 50/50 split would spend 0.5


def test_sending_at_the_learned_hour_gets_more_replies_in_the_simulation():
    st = _bench("send_time_sim")
    res = st.simulate(contacts=3000, seed=2)
    assert res["uplift"] > 0.2
    assert res["by_past_messages"]["0"]["uplift"] > 0  # the population prior alone already helps
    assert res["by_past_messages"]["3+"]["uplift"] > res["by_past_messages"]["0"]["uplift"]
