"""The memory's embedder: the shipped MiniLM (a LangChain `Embeddings`), or an OpenAI-compatible endpoint by setting."""
from __future__ import annotations

import threading
from typing import Mapping

import numpy as np

from core import config
from core.embeddings import Embedder, _EmbedderBase, _unit_rows, default_embedder
from core.errors import ConfigError
from core.memory import settings as _settings  # noqa: F401 - registers the memory settings


class EndpointEmbedder(_EmbedderBase):
    """Embeddings from an OpenAI-compatible endpoint through langchain-openai's OpenAIEmbeddings."""

    def __init__(self, base_url: str, api_key: str, model: str):
        try:
            from langchain_openai import OpenAIEmbeddings
        except ImportError as exc:  # pragma: no cover - langchain-openai is in requirements.txt
            raise ConfigError("CRM_EMBEDDINGS_BASE_URL needs langchain-openai: pip install langchain-openai") from exc
        self.name = f"endpoint:{model}"
        self._client = OpenAIEmbeddings(base_url=base_url, api_key=api_key, model=model,
                                        check_embedding_ctx_length=False, max_retries=1)
        self._dim: int | None = None
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = len(self._client.embed_query("dimension probe"))
        return self._dim

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = _unit_rows(np.asarray(self._client.embed_documents([t or " " for t in texts]), dtype=np.float32))
        self._dim = rows.shape[1]
        return rows


def model_name(embedder: Embedder) -> str:
    return str(getattr(embedder, "name", type(embedder).__name__))


def memory_embedder(env: Mapping[str, str] | None = None) -> Embedder:
    """The endpoint when CRM_EMBEDDINGS_BASE_URL is set, else the process-wide MiniLM (shared with the inbox)."""
    base = config.get("CRM_EMBEDDINGS_BASE_URL", env)
    if base:
        return EndpointEmbedder(base, config.get("CRM_EMBEDDINGS_API_KEY", env), config.get("CRM_EMBEDDINGS_MODEL", env))
    return default_embedder()
