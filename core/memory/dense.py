"""The dense half of the memory index: FAISS keyed by memory_docs.doc_id, exact (flat) or clustered (IVF).

Flat is exact and fast up to ~100k vectors; past that an IVF index answers 1M-vector queries in a few ms (see
bench/context.py for the measured choice). Both support remove_ids, which HNSW does not. Files are written with
faiss.write_index (FAISS's own binary format), never pickle.
"""
from __future__ import annotations

import math
import os
import threading
from typing import Iterable

import numpy as np

from core.errors import ConfigError, ValidationError

IVF_FROM = 100_000        # vectors from which a rebuild trains an IVF index instead of a flat one
IVF_NPROBE = 64           # clusters searched per query (recall 0.9+ at 1M on MiniLM vectors; see README)


def _faiss():
    try:
        import faiss
    except ImportError as exc:  # pragma: no cover - faiss-cpu is in requirements.txt
        raise ConfigError("the memory index needs faiss: pip install faiss-cpu") from exc
    return faiss


def nlist_for(n: int) -> int:
    """Clusters for n vectors: about 1 per thousand, between 64 and 4096 (1024 at 1M, as measured)."""
    return int(min(4096, max(64, 2 ** round(math.log2(max(n, 1) / 1000)))))


class DenseIndex:
    """Inner-product search over unit vectors keyed by int64 ids; add() replaces an id already present."""

    def __init__(self, dim: int, index=None, nprobe: int = IVF_NPROBE):
        faiss = _faiss()
        self.dim = dim
        self.nprobe = nprobe
        self._index = index if index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
        try:
            self._ivf = faiss.extract_index_ivf(self._index)
        except RuntimeError:
            self._ivf = None
        if self._ivf is not None and self._ivf.direct_map.type != faiss.DirectMap.Hashtable:
            # id -> position, so a vector can be read back by id (vectors()); kept up to date by add/remove
            self._ivf.set_direct_map_type(faiss.DirectMap.Hashtable)
        self._lock = threading.RLock()

    @classmethod
    def build(cls, dim: int, ids: np.ndarray, vectors: np.ndarray, kind: str = "auto",
              nprobe: int = IVF_NPROBE, threads: int | None = None) -> "DenseIndex":
        """A fresh index over (ids, vectors): flat below IVF_FROM vectors (or kind='flat'), else IVF trained on them."""
        faiss = _faiss()
        if threads:
            faiss.omp_set_num_threads(threads)
        n = len(ids)
        if kind == "flat" or (kind == "auto" and n < IVF_FROM):
            out = cls(dim, nprobe=nprobe)
        else:
            nlist = nlist_for(n)
            quantizer = faiss.IndexFlatIP(dim)
            ivf = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
            sample = vectors if n <= nlist * 64 else vectors[np.random.default_rng(0).choice(n, nlist * 64,
                                                                                            replace=False)]
            ivf.train(np.ascontiguousarray(sample, dtype=np.float32))
            ivf.nprobe = nprobe
            out = cls(dim, index=ivf, nprobe=nprobe)
        out.add(ids, vectors)
        return out

    @property
    def kind(self) -> str:
        return "ivf" if self._ivf is not None else "flat"

    def add(self, ids, vectors) -> None:
        """Insert or replace (remove before add: FAISS would otherwise keep both)."""
        ids = np.ascontiguousarray(np.asarray(ids, dtype=np.int64).reshape(-1))
        if not len(ids):
            return
        m = np.ascontiguousarray(np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1))
        if m.shape[1] != self.dim:
            raise ValidationError(f"vectors have {m.shape[1]} dimensions; this index holds {self.dim}", "vectors")
        with self._lock:
            self._index.remove_ids(ids)
            self._index.add_with_ids(m, ids)

    def remove(self, ids: Iterable[int]) -> int:
        ids = np.ascontiguousarray(np.asarray(list(ids), dtype=np.int64))
        if not len(ids):
            return 0
        with self._lock:
            return int(self._index.remove_ids(ids))

    def search(self, vector: np.ndarray, k: int, allowed: np.ndarray | None = None,
               threads: int | None = 1) -> list[tuple[int, float]]:
        """The k best (id, cosine) for one unit vector; `allowed` restricts the search to those ids (a filter
        applied before ranking, not after)."""
        faiss = _faiss()
        if threads:
            faiss.omp_set_num_threads(threads)
        q = np.ascontiguousarray(np.asarray(vector, dtype=np.float32).reshape(1, -1))
        with self._lock:
            n = int(self._index.ntotal)
            if allowed is not None:
                allowed = np.ascontiguousarray(np.asarray(allowed, dtype=np.int64))
                n = min(n, len(allowed))
            k = min(int(k), n)
            if k <= 0:
                return []
            ivf = self._ivf
            if allowed is None:
                params = None
                if ivf is not None:
                    params = faiss.SearchParametersIVF(nprobe=self.nprobe)
            else:
                sel = faiss.IDSelectorBatch(len(allowed), faiss.swig_ptr(allowed))
                if ivf is not None:  # a filter may leave few ids per cluster: look in every cluster
                    params = faiss.SearchParametersIVF(sel=sel, nprobe=ivf.nlist)
                else:
                    params = faiss.SearchParameters(sel=sel)
            scores, ids = self._index.search(q, k, params=params)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1]

    def vectors(self, ids: Iterable[int]) -> tuple[np.ndarray, np.ndarray]:
        """The stored vectors of those ids that are held (ids, rows), read from memory: no disk, no database."""
        wanted = [int(i) for i in ids]
        rows, found = [], []
        if not wanted:
            return np.zeros(0, dtype=np.int64), np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            try:
                got = self._index.reconstruct_batch(np.asarray(wanted, dtype=np.int64)) if wanted else None
                return np.asarray(wanted, dtype=np.int64), np.asarray(got, dtype=np.float32).reshape(len(wanted), -1)
            except RuntimeError:  # some id is not held: read them one by one
                for i in wanted:
                    try:
                        rows.append(self._index.reconstruct(i))
                        found.append(i)
                    except RuntimeError:
                        continue
        if not found:
            return np.zeros(0, dtype=np.int64), np.zeros((0, self.dim), dtype=np.float32)
        return np.asarray(found, dtype=np.int64), np.vstack(rows).astype(np.float32)

    def ids(self) -> np.ndarray:
        faiss = _faiss()
        with self._lock:
            ivf = self._ivf
            if ivf is None:
                return faiss.vector_to_array(self._index.id_map).astype(np.int64)
            inv = ivf.invlists
            parts = [faiss.rev_swig_ptr(inv.get_ids(i), inv.list_size(i)).copy()
                     for i in range(ivf.nlist) if inv.list_size(i)]
            return np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def save(self, path: str | os.PathLike) -> None:
        """Write atomically (temp file, then rename) in FAISS's binary format."""
        from core.embeddings import write_index_atomically
        write_index_atomically(self._index, path, self._lock)

    @classmethod
    def load(cls, path: str | os.PathLike, nprobe: int = IVF_NPROBE) -> "DenseIndex":
        index = _faiss().read_index(str(path))
        return cls(index.d, index=index, nprobe=nprobe)
