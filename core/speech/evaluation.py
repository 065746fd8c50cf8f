"""Measuring recognizers on the spoken-command corpus: synthesis with espeak-ng, word error rate, name accuracy.

Shared by tests/test_speech.py and bench/voice_eval.py so both report the same figures the same way.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from core.speech.base import SpeechError, SpeechRecognizer, Transcript

COMMANDS_FILE = Path(__file__).resolve().parents[2] / "tests" / "voice" / "commands.json"
COMMANDS_B_FILE = COMMANDS_FILE.with_name("commands_b.json")  # written for tests/corpus/fixture_b.py
# The espeak-ng voices and speeds (words per minute) the bench speaks every command with.
VOICES = ("en-us", "en-gb+f3")
SPEEDS = (140, 175)

@dataclass(frozen=True)
class VoiceCommand:
    text: str  # what a rep would type: the reference transcript
    speak: str  # what is spoken (differs when a typed form like "$48,000" reads better as words)


def load_commands(path: str | Path = COMMANDS_FILE) -> list[VoiceCommand]:
    entries = json.loads(Path(path).read_text(encoding="utf-8"))
    return [VoiceCommand(e["text"], e.get("speak") or e["text"]) for e in entries]


# --- synthesis -------------------------------------------------------------------------------------------------

def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def synthesise(text: str, directory: str | Path, *, voice: str = "en-us", speed: int = 150) -> Path:
    """Speak `text` into a WAV file under `directory` (cached by content); needs `apt-get install espeak-ng`."""
    if not espeak_available():
        raise SpeechError("espeak-ng is not installed: apt-get install -y espeak-ng")
    key = hashlib.sha1(f"{voice}|{speed}|{text}".encode()).hexdigest()[:16]
    out = Path(directory) / f"{key}.wav"
    if not out.exists():
        tmp = out.with_suffix(".part")
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(tmp), text],
                       check=True, capture_output=True, timeout=60)
        tmp.replace(out)
    return out


# --- word error rate -------------------------------------------------------------------------------------------

_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                      "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SUFFIX = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}


def _money_to_words(match: re.Match) -> str:
    number = float(match.group(1).replace(",", ""))
    number *= _SUFFIX.get((match.group(2) or "").lower(), 1)
    return f"{number:g} dollars" if number != int(number) else f"{int(number)} dollars"


def _digits(match: re.Match) -> str:
    number = float(match.group(1).replace(",", "")) * _SUFFIX.get((match.group(2) or "").lower(), 1)
    return f"{int(number)}" if number == int(number) else f"{number:g}"


def _words_to_digits(words: list[str]) -> list[str]:
    """Runs of number words become one digit string: 'forty eight thousand' -> '48000'."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] not in _UNITS and words[i] not in _TENS and words[i] not in ("hundred", *_SCALES):
            out.append(words[i])
            i += 1
            continue
        total = current = 0
        j = i
        while j < len(words):
            w = words[j]
            if w in _UNITS:
                current += _UNITS[w]
            elif w in _TENS:
                current += _TENS[w]
            elif w == "hundred":
                current = max(current, 1) * 100
            elif w in _SCALES:
                total += max(current, 1) * _SCALES[w]
                current = 0
            elif w == "and" and j + 1 < len(words) and (words[j + 1] in _UNITS or words[j + 1] in _TENS):
                pass
            else:
                break
            j += 1
        out.append(str(total + current))
        i = j
    return out


def normalise_for_wer(text: str) -> list[str]:
    """Words compared case-, punctuation- and number-form-blind: "$48,000" == "forty eight thousand dollars"."""
    t = text.lower().replace("’", "'")
    t = re.sub(r"\$\s?(\d[\d,]*(?:\.\d+)?)\s?(k|m|bn)?\b", _money_to_words, t)
    t = re.sub(r"\b(\d[\d,]*(?:\.\d+)?)(k|m|bn)?\b", _digits, t)
    t = re.sub(r"(\w)'s\b", r"\1", t)
    t = re.sub(r"[^a-z0-9.]+", " ", t)
    t = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", t)
    return _words_to_digits(t.split())


def edit_distance(ref: Sequence[str], hyp: Sequence[str]) -> int:
    """Levenshtein distance over words (substitutions + deletions + insertions)."""
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        current = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h))
        previous = current
    return previous[-1]


def word_error_rate(reference: str, hypothesis: str) -> float:
    ref, hyp = normalise_for_wer(reference), normalise_for_wer(hypothesis)
    return edit_distance(ref, hyp) / max(len(ref), 1)


def corpus_wer(pairs: Iterable[tuple[str, str]]) -> float:
    """Total word errors over total reference words (not the mean of per-command rates)."""
    errors = words = 0
    for reference, hypothesis in pairs:
        ref = normalise_for_wer(reference)
        errors += edit_distance(ref, normalise_for_wer(hypothesis))
        words += len(ref)
    return errors / max(words, 1)


def names_in(text: str, names: Iterable[str]) -> list[str]:
    """Which of `names` occur in text as whole words (case- and punctuation-blind)."""
    flat = " " + " ".join(normalise_for_wer(text)) + " "
    return [n for n in names if " " + " ".join(normalise_for_wer(n)) + " " in flat]


# --- running a corpus ------------------------------------------------------------------------------------------

def transcribe_corpus(recognizer: SpeechRecognizer, vocabulary: Sequence[str] = (), *,
                      commands: Sequence[VoiceCommand] | None = None, audio_dir: str | Path,
                      voice: str = "en-us", speed: int = 150) -> list[tuple[VoiceCommand, Transcript]]:
    """Speak every command with espeak-ng (cached in audio_dir) and transcribe it; failures give empty text."""
    results: list[tuple[VoiceCommand, Transcript]] = []
    for command in commands if commands is not None else load_commands():
        data = synthesise(command.speak, audio_dir, voice=voice, speed=speed).read_bytes()
        try:
            transcript = recognizer.transcribe(data, vocabulary)
        except SpeechError:
            transcript = Transcript("", recognizer.name, 0.0, 0.0)
        results.append((command, transcript))
    return results


def name_words(people: Iterable[str], companies: Iterable[str]) -> set[str]:
    """The words that only a name would bring into a transcript: people's first and last names and the first word
    of company names (as normalise_for_wer spells them), without words like "the" or "and"."""
    from core.speech.base import FUNCTION_WORDS

    out = {w for person in people for w in normalise_for_wer(person)}
    out |= {normalise_for_wer(company)[0] for company in companies if normalise_for_wer(company)}
    return out - FUNCTION_WORDS


def invented_names(said: str, heard: str, words: set[str]) -> list[str]:
    """Name words (see name_words) heard more often than they were said: each extra occurrence is listed.

    "Move the Castellan renewal" heard as "Quillon, Castellan Renewal Television" invents "quillon"; heard as
    "Move the Castellan Foods Renewal" it invents nothing ("foods" is no name word of its own).
    """
    said_words, heard_words = normalise_for_wer(said), normalise_for_wer(heard)
    out = []
    for word in sorted(set(heard_words) & words):
        out += [word] * max(0, heard_words.count(word) - said_words.count(word))
    return out


def plan_signature(plan, free_text: Iterable[str] = ("subject", "body", "title")):
    """What a plan would do: (op, table, id, changes) per step, plus intent, status, clarification options,
    errors and the rows a question returns; free-text fields (a note's wording) are left out."""
    free = set(free_text)
    return (plan.intent, plan.status,
            [(s.op, s.table, s.id, {f: to for f, (_, to) in s.changes.items() if f not in free}) for s in plan.steps],
            sorted(o.id for c in plan.clarifications for o in c.options),
            list(plan.errors), [r.get("id") for r in plan.table])


def plan_agreement(chat, results: Sequence[tuple[VoiceCommand, Transcript]], user: str,
                   today) -> list[tuple[VoiceCommand, Transcript, bool]]:
    """(command, transcript, plans alike) per command: does planning the transcript do what planning the typed
    command does? `chat` is a core.chat.ChatService; nothing is changed."""
    out = []
    for command, transcript in results:
        typed = chat.plan(command.text, user, today=today)
        spoken = chat.plan(transcript.text or "(nothing heard)", user, today=today)
        out.append((command, transcript, plan_signature(typed) == plan_signature(spoken)))
    return out


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); honest for the small samples a bench has."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, -(-len(ordered) * q // 100))
    return ordered[int(rank) - 1]
