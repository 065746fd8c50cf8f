"""Accuracy of the offline engine on the labelled corpus (prints the figure; target ≥ 95% exact plans)."""
from collections import Counter

from core import corpus
from core.chat import ChatService
from tests.conftest import ROOT, TODAY, crm_state

CORPUS = ROOT / "tests" / "corpus" / "utterances.jsonl"


def test_corpus_exact_plan_rate(demo_db):
    items = corpus.load(CORPUS)
    assert len(items) >= 200
    before = crm_state(demo_db)
    results = corpus.run(ChatService(demo_db), items, TODAY)
    assert crm_state(demo_db) == before  # planning never writes CRM records
    wrong = [(item, why) for item, _, why in results if why]
    total, by_cat, bad_cat = len(results), Counter(i["category"] for i in items), Counter(i["category"] for i, _ in wrong)
    rate = 1 - len(wrong) / total
    print(f"\ncorpus: {total - len(wrong)}/{total} exact plans ({rate:.1%})")
    for cat in sorted(by_cat):
        print(f"  {cat:<16} {by_cat[cat] - bad_cat[cat]:>3}/{by_cat[cat]}")
    for item, why in wrong:
        print(f"  ✗ {item['id']}: {item['text']!r}: {why}")
    assert rate >= 0.95
