"""Voice input accuracy and latency on the spoken-command corpus (tests/voice/commands.json).

    .venv/bin/python bench/voice_eval.py                      # every engine, the demo CRM's vocabulary
    .venv/bin/python bench/voice_eval.py --vocabulary names   # the 34 fixed demo names only
    .venv/bin/python bench/voice_eval.py --engines whisper --show
    .venv/bin/python bench/voice_eval.py --engines whisper --prompt-budgets 60,90,120,160,200

Vocabulary: "crm" is what the app passes (vocabulary_from_snapshot over the demo database: 225 names, far more
than Whisper's prompt holds); "names" is the fixed list the tests use (DEMO_VOCABULARY, 34 names, nearly all fit).
Engines: whisper (the default: prompt, second focused pass when needed, name respelling), whisper-one-pass,
whisper-prompt-only (one pass, no respelling), whisper-no-vocabulary, sphinx (respelling only: no prompt).
--prompt-budgets reruns Whisper with prompts cut at each token budget: tiny.en swings by several WER points on
prompt changes that mean nothing, and this shows how much.

Each command is spoken with espeak-ng (`apt-get install -y espeak-ng`; -v en-us -s 150), transcribed, and compared
with the typed command. WER ignores case, punctuation and number form ("$48,000" == "forty eight thousand dollars").
"names" is the share of proper names (companies, people) in the commands that come out spelled right.
"""
from __future__ import annotations

import argparse
import datetime as dt
import shlex
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.speech import SphinxRecognizer, WhisperRecognizer, vocabulary_from_snapshot
from data.demo_vocabulary import DEMO_VOCABULARY
from core.speech.evaluation import (corpus_wer, load_commands, names_in,
                                    percentile, transcribe_corpus, word_error_rate)

__all__ = ["transcribe_corpus", "ENGINES", "main"]

PROPER_NAMES = list(DEMO_VOCABULARY[:19])  # companies and people
KEY_NAMES = ["Acme", "Globex", "Initech"]

ENGINES = {
    "whisper": lambda: WhisperRecognizer(),
    "whisper-one-pass": lambda: WhisperRecognizer(refine=False, name="whisper-one-pass"),
    "whisper-prompt-only": lambda: WhisperRecognizer(refine=False, snap=False, name="whisper-prompt-only"),
    "whisper-no-vocabulary": lambda: WhisperRecognizer(use_vocabulary=False),
    "sphinx": lambda: SphinxRecognizer(),
}


def crm_vocabulary(today: dt.date = dt.date(2026, 11, 18)) -> list[str]:
    """What the app passes: vocabulary_from_snapshot over a fresh demo database (same date as the tests)."""
    from core import snapshot
    from core.store import Store
    from data.demo import generate

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "demo.duckdb") as store:
        generate(store, today)
        return vocabulary_from_snapshot(snapshot.load(store))


def name_accuracy(results, names) -> tuple[int, int]:
    """(names heard right, names said) over the corpus."""
    right = said = 0
    for command, transcript in results:
        expected = names_in(command.text, names)
        said += len(expected)
        right += len(names_in(transcript.text, expected))
    return right, said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma separated: " + ", ".join(ENGINES))
    parser.add_argument("--show", action="store_true", help="print every command with its transcript")
    parser.add_argument("--vocabulary", choices=("crm", "names"), default="crm",
                        help="crm: the demo database's names as the app passes them; names: the fixed demo names")
    parser.add_argument("--prompt-budgets", help="comma separated Whisper prompt token budgets (sensitivity run)")
    parser.add_argument("--audio-dir", help="where synthesised WAVs are cached (default: a temporary directory)")
    args = parser.parse_args(argv)
    print("$ " + " ".join(shlex.quote(a) for a in [sys.executable, *sys.argv]))
    commands = load_commands()
    audio_dir = Path(args.audio_dir or tempfile.mkdtemp(prefix="voice-eval-"))
    audio_dir.mkdir(parents=True, exist_ok=True)
    vocabulary = crm_vocabulary() if args.vocabulary == "crm" else list(DEMO_VOCABULARY)
    print(f"{len(commands)} commands, {args.vocabulary} vocabulary of {len(vocabulary)} names, "
          "espeak-ng -v en-us -s 150")

    recognizers = [ENGINES[name.strip()]() for name in args.engines.split(",")]
    if args.prompt_budgets:
        recognizers = [WhisperRecognizer(prompt_token_budget=int(b), name=f"whisper-budget-{b}")
                       for b in args.prompt_budgets.split(",")]
    rows = []
    for recognizer in recognizers:
        load_s = 0.0
        if isinstance(recognizer, WhisperRecognizer):
            started = time.perf_counter()
            recognizer.model()
            load_s = time.perf_counter() - started
        transcribe_corpus(recognizer, vocabulary, commands=commands[:1], audio_dir=audio_dir)  # warm-up
        results = transcribe_corpus(recognizer, vocabulary, commands=commands, audio_dir=audio_dir)
        latencies = [t.latency_ms for _, t in results]
        audio_s = sum(t.duration_s for _, t in results)
        right, said = name_accuracy(results, PROPER_NAMES)
        key_right, key_said = name_accuracy(results, KEY_NAMES)
        rows.append((recognizer.name, corpus_wer((c.text, t.text) for c, t in results), right, said, key_right,
                     key_said, percentile(latencies, 50), percentile(latencies, 95),
                     sum(latencies) / 1000 / max(audio_s, 1e-9), load_s))
        if args.show:
            print(f"\n[{recognizer.name}]")
            for command, transcript in results:
                print(f"  {word_error_rate(command.text, transcript.text):5.2f}  {command.text}\n"
                      f"         -> {transcript.text}")

    print(f"\n{'engine':24} {'WER':>6} {'names':>9} {'Acme/Globex/Initech':>20} {'p50 ms':>7} {'p95 ms':>7} "
          f"{'RTF':>5} {'load s':>6}")
    for name, wer, right, said, kr, ks, p50, p95, rtf, load_s in rows:
        print(f"{name:24} {wer:6.3f} {f'{right}/{said}':>9} {f'{kr}/{ks}':>20} {p50:7.0f} {p95:7.0f} {rtf:5.2f} "
              f"{load_s:6.1f}")
    print("RTF = processing time / audio duration; latency per command includes decoding the WAV.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
