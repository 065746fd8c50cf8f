"""A disk cache of sentence embeddings for training and benchmarking (never used when serving).

Vectors are keyed by the SHA-1 of the text and the embedder's name, stored in one .npz per embedder under
$AUTOCRM_CACHE (default ~/.cache/autocrm), outside the repository. Loading reads plain arrays only.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Sequence

import numpy as np

CACHE_DIR = Path(os.environ.get("AUTOCRM_CACHE") or Path.home() / ".cache" / "autocrm")


def _key(text: str) -> bytes:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).digest()


class EmbeddingCache:
    def __init__(self, embedder, name: str | None = None, directory: Path = CACHE_DIR):
        self.embedder = embedder
        name = name or getattr(embedder, "cache_name", None) or getattr(embedder, "name", "embedder")
        self.path = Path(directory) / f"embeddings-{name}.npz"
        self._keys: dict[bytes, int] = {}
        self._vectors = np.zeros((0, embedder.dim), dtype=np.float32)
        if self.path.exists():
            with np.load(self.path, allow_pickle=False) as z:
                keys, self._vectors = z["keys"], z["vectors"]
            self._keys = {bytes(k): i for i, k in enumerate(keys)}

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.zeros((len(self._keys), 20), dtype=np.uint8)
        for k, i in self._keys.items():
            keys[i] = np.frombuffer(k, dtype=np.uint8)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".npz")
        os.close(fd)
        np.savez(tmp, keys=keys, vectors=self._vectors)
        os.replace(tmp, self.path)

    def embed(self, texts: Sequence[str], batch: int = 512, progress: bool = False) -> np.ndarray:
        missing = sorted({t for t in texts if _key(t) not in self._keys}, key=len)
        for start in range(0, len(missing), batch):
            part = missing[start:start + batch]
            vecs = self.embedder.embed(part)
            base = len(self._vectors)
            self._vectors = np.concatenate([self._vectors, vecs.astype(np.float32)])
            for j, t in enumerate(part):
                self._keys[_key(t)] = base + j
            self.save()
            if progress:
                print(f"embedded {min(start + batch, len(missing))}/{len(missing)}", flush=True)
        return self._vectors[[self._keys[_key(t)] for t in texts]] if texts else self._vectors[:0]


class CachedEmbedder:
    """An Embedder that answers from (and fills) an EmbeddingCache: same name and size as the wrapped one."""

    def __init__(self, cache: EmbeddingCache):
        self.cache = cache
        self.name = getattr(cache.embedder, "name", "embedder")
        self.dim = cache.embedder.dim

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.cache.embed(list(texts))
