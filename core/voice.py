"""Voice commands: transcribe a recording with the live CRM vocabulary as hints."""
from __future__ import annotations

import threading

from core import snapshot
from core.store import Store


def crm_vocabulary(store: Store) -> list[str]:
    """Names a recogniser should be biased towards, from the live CRM."""
    from core.speech import vocabulary_from_snapshot
    return vocabulary_from_snapshot(snapshot.load(store))


class VoiceService:
    """Recording in, editable transcript out; the recognizer chain is built once (Whisper loads lazily)."""

    def __init__(self, store: Store, recognizer=None):
        self.store = store
        self._recognizer = recognizer
        self._lock = threading.Lock()

    @property
    def recognizer(self):
        with self._lock:
            if self._recognizer is None:
                from core.speech import default_recognizer
                self._recognizer = default_recognizer()
            return self._recognizer

    def transcribe(self, audio: bytes):
        return self.recognizer.transcribe(audio, crm_vocabulary(self.store))
