"""Voice commands: transcribe a recording with the live CRM vocabulary as hints."""
from __future__ import annotations

import threading

from core import snapshot
from core.store import Store


def crm_vocabulary(store: Store, limit: int = 120) -> list[str]:
    """Names a recogniser should be biased towards: companies, contacts, users, products, stages."""
    snap = snapshot.load(store)
    names = [c["name"] for c in snap.companies.values()]
    names += [snap.contact_name(i) for i in snap.contacts]
    names += [u["name"] for u in snap.users.values()] + snap.products + snap.stages
    seen, out = set(), []
    for n in names:
        if n and n.lower() not in seen:
            seen.add(n.lower())
            out.append(n)
    return out[:limit]


class VoiceService:
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
        from core.speech import normalise_transcript
        t = self.recognizer.transcribe(audio, crm_vocabulary(self.store))
        return type(t)(**{**t.__dict__, "text": normalise_transcript(t.text)}) if hasattr(t, "__dict__") else t
