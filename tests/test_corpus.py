"""Accuracy of the offline engine on the labelled corpora (prints the figures).

- the regression corpus over the demo data (written with the first engine; target ≥ 95% exact, 0 wrong ready plans);
- the dev half of the independent corpus over the second fixture (an HVAC contractor; written by someone who
  never read the engine): the same targets. Its held-out half is scored by bench/corpus_eval.py --held-out and by
  test_second_fixture_held_out below, whose floor is the figure measured once at the end of the session.
A wrong ready plan is a plan ready to apply that differs from the label: the error that changes the wrong thing.
"""
import os
from collections import Counter

import pytest

from core import corpus
from core.chat import ChatService
from core.store import Store
from tests.conftest import ROOT, TODAY, crm_state
from tests.corpus import fixture_b

CORPUS = ROOT / "tests" / "corpus"


def score(chat, store, items, today, name):
    before = crm_state(store)
    results = corpus.run(chat, items, today)
    assert crm_state(store) == before  # planning never writes CRM records
    misses = [(i, p, why) for i, p, why in results if why]
    wrong = [(i, why) for i, p, why in misses if corpus.wrong_ready(i, p, why)]
    by_cat, bad = Counter(i["category"] for i in items), Counter(i["category"] for i, _, _ in misses)
    rate = 1 - len(misses) / len(items)
    print(f"\n{name}: {len(items) - len(misses)}/{len(items)} exact plans ({rate:.1%}), {len(wrong)} wrong ready plans")
    for cat in sorted(by_cat):
        print(f"  {cat:<16} {by_cat[cat] - bad[cat]:>3}/{by_cat[cat]}")
    for item, _, why in misses:
        print(f"  ✗ {item['id']}: {item['text']!r}: {why}")
    return rate, wrong


def test_regression_corpus(demo_db):
    rate, wrong = score(ChatService(demo_db), demo_db, corpus.load(CORPUS / "utterances.jsonl"), TODAY,
                        "regression corpus (demo data)")
    assert wrong == []
    assert rate >= 0.95


def _world(monkeypatch, letter: str):
    """(store, today) of tests/corpus/fixture_<letter>.py, its pipeline set for the test."""
    import importlib

    fixture = importlib.import_module(f"tests.corpus.fixture_{letter}")
    monkeypatch.setenv("CRM_PIPELINE", ",".join(fixture.PIPELINE))
    store = Store(":memory:")
    fixture.generate(store, fixture.TODAY)
    yield store, fixture.TODAY
    store.close()


@pytest.fixture
def second_fixture(monkeypatch):
    monkeypatch.setenv("CRM_PIPELINE", ",".join(fixture_b.PIPELINE))
    store = Store(":memory:")
    fixture_b.generate(store, fixture_b.TODAY)
    yield store
    store.close()


def test_second_fixture_dev(second_fixture):
    items = corpus.load(CORPUS / "second_dev.jsonl")
    assert len(items) >= 200
    rate, wrong = score(ChatService(second_fixture), second_fixture, items, fixture_b.TODAY,
                        "second fixture, dev half")
    assert wrong == []
    assert rate >= 0.95


@pytest.fixture
def third_fixture(monkeypatch):
    yield from _world(monkeypatch, "c")


def test_third_fixture_dev(third_fixture):
    """The third fixture (a coffee roaster) was written after the second one's held-out half had been scored, so
    that further work has an unseen held-out half again (third_test.jsonl, scored by bench/corpus_eval.py)."""
    store, today = third_fixture
    items = corpus.load(CORPUS / "third_dev.jsonl")
    rate, wrong = score(ChatService(store), store, items, today, "third fixture, dev half")
    assert wrong == []
    assert rate >= 0.90


@pytest.fixture
def fourth_fixture(monkeypatch):
    yield from _world(monkeypatch, "d")


def test_fourth_fixture_dev(fourth_fixture):
    """The fourth fixture (a managed-IT installer) was written after the third's held-out half had been scored; its
    dev half was first scored at 87.9% with 7 wrong ready plans before any change aimed at it."""
    store, today = fourth_fixture
    items = corpus.load(CORPUS / "fourth_dev.jsonl")
    rate, wrong = score(ChatService(store), store, items, today, "fourth fixture, dev half")
    assert wrong == []
    assert rate >= 0.90


@pytest.fixture
def fifth_fixture(monkeypatch):
    yield from _world(monkeypatch, "e")


def test_fifth_fixture_dev(fifth_fixture):
    """The fifth fixture (a solar installer) was written this session by a helper who never read the engine; its dev
    half was first scored at 81.3% with 13 wrong ready plans (79.8% before this session's work), before any change
    aimed at it. Its held-out half (fifth_test.jsonl) is scored once, by bench/corpus_eval.py --held-out."""
    store, today = fifth_fixture
    items = corpus.load(CORPUS / "fifth_dev.jsonl")
    rate, wrong = score(ChatService(store), store, items, today, "fifth fixture, dev half")
    assert wrong == []
    assert rate >= 0.85


@pytest.fixture
def sixth_fixture(monkeypatch):
    yield from _world(monkeypatch, "f")


def test_sixth_fixture_dev(sixth_fixture):
    """The sixth fixture (commercial laundry and linen hire) was written on 2026-12-01 by a helper who never read the
    engine; its dev half was first scored at 83.1% with 18 wrong ready plans. Two wrong ready plans are left and
    named here so that a third one fails: a task about a company also linked to its only contact (tsk-019), and
    "note on <word>" where the word is a company's first word and a contact's surname (clr-019; should ask).
    Its held-out half (sixth_test.jsonl) is scored once, by bench/corpus_eval.py --set sixth-test."""
    store, today = sixth_fixture
    items = corpus.load(CORPUS / "sixth_dev.jsonl")
    rate, wrong = score(ChatService(store), store, items, today, "sixth fixture, dev half")
    assert {i["id"] for i, _ in wrong} <= {"tsk-019", "clr-019"}
    assert rate >= 0.88


@pytest.fixture
def seventh_fixture(monkeypatch):
    yield from _world(monkeypatch, "g")


def test_seventh_fixture_dev(seventh_fixture):
    """The seventh fixture (commercial pest control and hygiene) was written on 2026-12-02 by a helper who never read
    the engine; its dev half was first scored at 83.5% with 9 wrong ready plans. Its held-out half (seventh_test.jsonl)
    is scored once, by bench/corpus_eval.py --set seventh-test."""
    store, today = seventh_fixture
    items = corpus.load(CORPUS / "seventh_dev.jsonl")
    rate, wrong = score(ChatService(store), store, items, today, "seventh fixture, dev half")
    assert wrong == []
    assert rate >= 0.94


@pytest.fixture
def eighth_fixture(monkeypatch):
    yield from _world(monkeypatch, "h")


def test_eighth_fixture_dev(eighth_fixture):
    """The eighth fixture (commercial printing and signage) was written on 2026-12-02 by a helper who never read the
    engine; its dev half was first scored at 235/285 = 82.5% with 8 wrong ready plans. Its held-out half
    (eighth_test.jsonl) is scored once, by bench/corpus_eval.py --set eighth-test."""
    store, today = eighth_fixture
    items = corpus.load(CORPUS / "eighth_dev.jsonl")
    rate, wrong = score(ChatService(store), store, items, today, "eighth fixture, dev half")
    assert wrong == []
    assert rate >= 0.92


@pytest.fixture
def tenth_fixture(monkeypatch):
    yield from _world(monkeypatch, "j")


def test_tenth_fixture_dev(tenth_fixture):
    """The tenth fixture (commercial cleaning and facilities) was written on 2026-12-03 by a helper who never read the
    engine; its dev half was first scored at 259/307 = 84.4% with 14 wrong ready plans. Its held-out half
    (tenth_test.jsonl) is scored once, by bench/corpus_eval.py --set tenth-test. The one wrong item allowed is a
    question whose label forbids the runner-up's name, which the right answer's per-rep breakdown lists."""
    store, today = tenth_fixture
    items = corpus.load(CORPUS / "tenth_dev.jsonl")
    rate, wrong = score(ChatService(store), store, items, today, "tenth fixture, dev half")
    assert {item["id"] for item, _ in wrong} <= {"qst-070"}
    assert rate >= 0.88


@pytest.fixture
def eleventh_fixture(monkeypatch):
    yield from _world(monkeypatch, "k")


# the dev half's wrong ready plans still open (2026-12-03): partial plans of long messages, a bulk log on 3 deals where the
# label has 2, a question about vans answered, "caught up with X at the firm" logged as a call, due dates said apart
KNOWN_WRONG_ELEVENTH = {"blk-015", "cdl-005", "dec-007", "mul-001", "mul-023", "mul-037", "uco-006"}


def test_eleventh_fixture_dev(eleventh_fixture):
    """The eleventh fixture (events AV hire) was written on 2026-12-03 by a helper who never read the engine; its dev
    half was first scored at 209/315 = 66.3% with 27 wrong ready plans, its held-out half (scored once) at 205/314 =
    65.3% with 22. No new wrong ready plan may appear, and the ones known are listed to be driven out."""
    store, today = eleventh_fixture
    items = corpus.load(CORPUS / "eleventh_dev.jsonl")
    rate, wrong = score(ChatService(store), store, items, today, "eleventh fixture, dev half")
    assert {item["id"] for item, _ in wrong} <= KNOWN_WRONG_ELEVENTH
    assert rate >= 0.72


@pytest.fixture
def twelfth_fixture(monkeypatch):
    yield from _world(monkeypatch, "l")


def test_twelfth_fixture_dev(twelfth_fixture):
    """The twelfth fixture (a translation and interpreting agency) was written on 2026-12-03 under the shared
    conventions (tests/corpus/CONVENTIONS.md) by a helper who never read the engine; its dev half was first scored at
    176/222 = 79.3% with 9 wrong ready plans. Its held-out half is scored once by bench/corpus_eval.py --set
    twelfth-test. No wrong ready plan is allowed on the dev half."""
    store, today = twelfth_fixture
    items = corpus.load(CORPUS / "twelfth_dev.jsonl")
    rate, wrong = score(ChatService(store), store, items, today, "twelfth fixture, dev half")
    assert not wrong, [item["id"] for item, _ in wrong]
    assert rate >= 0.83


@pytest.fixture
def fourteenth_fixture(monkeypatch):
    yield from _world(monkeypatch, "n")


def test_fourteenth_fixture_dev(fourteenth_fixture):
    """The fourteenth fixture (a fire-protection contractor) was written on 2026-12-03 under the shared conventions by
    a helper who never read or ran the engine; its dev half was first scored at 112/170 = 65.9% with 12 wrong ready
    plans. Its held-out half is scored once by bench/corpus_eval.py --set fourteenth-test. No wrong ready plan is
    allowed on the dev half."""
    store, today = fourteenth_fixture
    items = corpus.load(CORPUS / "fourteenth_dev.jsonl")
    rate, wrong = score(ChatService(store), store, items, today, "fourteenth fixture, dev half")
    assert not wrong, [item["id"] for item, _ in wrong]
    assert rate >= 0.88


@pytest.fixture
def fifteenth_fixture(monkeypatch):
    yield from _world(monkeypatch, "o")


def test_fifteenth_fixture_dev(fifteenth_fixture):
    """The fifteenth fixture (a lift engineering firm, tests/corpus/README_fifteenth.md) was written on 2026-12-03 by
    a helper who never read or ran the engine; its dev half was first scored at 115/150 = 76.7% with 9 wrong ready
    plans (the same before and after the clause frames). Its held-out half is scored by bench/corpus_eval.py --set
    fifteenth-test. No wrong ready plan is allowed on the dev half."""
    store, today = fifteenth_fixture
    items = corpus.load(CORPUS / "fifteenth_dev.jsonl")
    rate, wrong = score(ChatService(store), store, items, today, "fifteenth fixture, dev half")
    assert not wrong, [item["id"] for item, _ in wrong]
    assert rate >= 0.92


@pytest.fixture
def sixteenth_fixture(monkeypatch):
    yield from _world(monkeypatch, "p")


# the sixteenth's dev half, wrong by its labels: three link a deal by the topic of a call or task, which
# tests/corpus/CONVENTIONS.md 10b (settled after every earlier corpus did not) says not to; one names the product of
# "a second mortuary chiller" (Cold Rooms) the engine cannot know; one wants only the lifecycle where the plan also
# wins the deal "the biobank signed the service contract" for
KNOWN_WRONG_SIXTEENTH = {"act-018", "typ-005", "tsk-007", "mul-015", "uct-003"}


def test_sixteenth_fixture_dev(sixteenth_fixture):
    """The sixteenth fixture (a refrigeration installer, tests/corpus/README_sixteenth.md) was written on 2026-12-03
    by a helper who never read or ran the engine; its dev half was first scored at 109/150 = 72.7% with 14 wrong
    ready plans (at 20fd529). Its held-out half is scored by bench/corpus_eval.py --set sixteenth-test."""
    store, today = sixteenth_fixture
    items = corpus.load(CORPUS / "sixteenth_dev.jsonl")
    rate, wrong = score(ChatService(store), store, items, today, "sixteenth fixture, dev half")
    assert {item["id"] for item, _ in wrong} <= KNOWN_WRONG_SIXTEENTH, [item["id"] for item, _ in wrong]
    assert rate >= 0.86
