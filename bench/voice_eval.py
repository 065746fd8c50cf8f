"""Voice input accuracy: spoken commands -> transcript -> plan, the old all-names prompt against names-heard.

    .venv/bin/python bench/voice_eval.py                                  # the table in the README (about 10 min)
    .venv/bin/python bench/voice_eval.py --fixtures b --voices en-us --speeds 140 --show
    .venv/bin/python bench/voice_eval.py --engines new,new-no-respelling,whisper-no-vocabulary,sphinx

Fixtures: "b" is tests/corpus/fixture_b.py (an HVAC contractor) with tests/voice/commands_b.json, written for it by
someone who did not write the recognizer; "demo" is data/demo.py with tests/voice/commands.json. Each command is
spoken by espeak-ng (`apt-get install -y espeak-ng`) in every voice at every speed (words per minute), transcribed
with the vocabulary the app passes (vocabulary_from_snapshot over the fixture's database), then:
- WER: word error rate against the typed command (case, punctuation and number form ignored; "$48,000" ==
  "forty eight thousand dollars"), total errors over total words;
- plan: the share of commands whose transcript plans exactly like the typed command (ChatService.plan: the same
  steps - op, table, id, changes - and the same clarifications, errors and question rows), as the rep who owns
  most of the fixture's deals, on the fixture's date;
- invented: name words (people's first and last names, companies' first words) in the transcripts that were not
  said, or more often than said: "Mifflin" in "Mifflin, Acme Renewal Television, Acne" (evaluation.invented_names).
Engines: old (the earlier method: as many CRM names as fit in Whisper's prompt, a refocused second pass, respelling),
new (the default: unprompted first pass, then only names close to what it heard, prompted passes that invent names
rejected, respelling), new-no-respelling, whisper-no-vocabulary, sphinx.
Synthesised WAVs are cached in --audio-dir (default: a temporary directory).
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import shlex
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from core.speech import SphinxRecognizer, WhisperRecognizer, vocabulary_from_snapshot  # noqa: E402
from core.speech.evaluation import (COMMANDS_B_FILE, COMMANDS_FILE, SPEEDS, VOICES, corpus_wer,  # noqa: E402
                                    invented_names, load_commands, name_words, percentile, plan_agreement, transcribe_corpus,
                                    word_error_rate)

__all__ = ["ENGINES", "FIXTURES", "fixture", "main"]

ENGINES = {
    "old": lambda: WhisperRecognizer(mode="all-names", pad_s=0, name="old"),
    "new": lambda: WhisperRecognizer(name="new"),
    "new-no-respelling": lambda: WhisperRecognizer(snap=False, name="new-no-respelling"),
    "whisper-no-vocabulary": lambda: WhisperRecognizer(use_vocabulary=False),
    "sphinx": lambda: SphinxRecognizer(),
}
FIXTURES = {"b": COMMANDS_B_FILE, "demo": COMMANDS_FILE}
DEMO_TODAY = dt.date(2026, 11, 18)  # the date the tests use for the demo data
DEMO_USER = "alex@autocrm.local"


@contextlib.contextmanager
def fixture(name: str):
    """(store, vocabulary, user, today, name words) for a fixture, with CRM_PIPELINE set as the fixture needs."""
    from core import snapshot
    from core.store import Store

    saved = os.environ.get("CRM_PIPELINE")
    try:
        if name == "b":
            from tests.corpus import fixture_b as fx

            os.environ["CRM_PIPELINE"] = ",".join(fx.PIPELINE)
            store, today, user = Store(":memory:"), fx.TODAY, fx.USERS[0][2]
            fx.generate(store, today)
        else:
            from data.demo import generate

            os.environ.pop("CRM_PIPELINE", None)
            store, today, user = Store(":memory:"), DEMO_TODAY, DEMO_USER
            generate(store, today)
        snap = snapshot.load(store)
        names = name_words([u["name"] for u in snap.users.values()]
                           + [f"{c['first_name']} {c['last_name']}" for c in snap.contacts.values()],
                           [c["name"] for c in snap.companies.values()])
        yield store, vocabulary_from_snapshot(snap), user, today, names
        store.close()
    finally:
        if saved is None:
            os.environ.pop("CRM_PIPELINE", None)
        else:
            os.environ["CRM_PIPELINE"] = saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", default="b,demo", help="comma separated: " + ", ".join(FIXTURES))
    parser.add_argument("--engines", default="old,new", help="comma separated: " + ", ".join(ENGINES))
    parser.add_argument("--voices", default=",".join(VOICES), help="espeak-ng voices, comma separated")
    parser.add_argument("--speeds", default=",".join(map(str, SPEEDS)), help="words per minute, comma separated")
    parser.add_argument("--show", action="store_true", help="print every command with its transcript")
    parser.add_argument("--audio-dir", help="where synthesised WAVs are cached (default: a temporary directory)")
    args = parser.parse_args(argv)
    print("$ " + " ".join(shlex.quote(a) for a in [sys.executable, *sys.argv]))
    audio_dir = Path(args.audio_dir or tempfile.mkdtemp(prefix="voice-eval-"))
    audio_dir.mkdir(parents=True, exist_ok=True)
    voices = [v.strip() for v in args.voices.split(",") if v.strip()]
    speeds = [int(s) for s in args.speeds.split(",") if s.strip()]
    engines = {name.strip(): ENGINES[name.strip()]() for name in args.engines.split(",")}
    for recognizer in engines.values():
        if isinstance(recognizer, WhisperRecognizer):
            recognizer.model()

    from core.chat import ChatService

    rows, totals = [], {}
    started = time.perf_counter()
    for fixture_name in args.fixtures.split(","):
        commands = load_commands(FIXTURES[fixture_name])
        with fixture(fixture_name) as (store, vocabulary, user, today, names):
            chat = ChatService(store)
            print(f"fixture {fixture_name}: {len(commands)} commands, vocabulary of {len(vocabulary)} names, "
                  f"planned as {user} on {today}", flush=True)
            for voice in voices:
                for speed in speeds:
                    for engine, recognizer in engines.items():
                        results = transcribe_corpus(recognizer, vocabulary, commands=commands, audio_dir=audio_dir,
                                                    voice=voice, speed=speed)
                        agreed = plan_agreement(chat, results, user, today)
                        pairs = [(c.text, t.text) for c, t in results]
                        invented = sum(len(invented_names(c.text, t.text, names)) for c, t in results)
                        same = sum(ok for _, _, ok in agreed)
                        p50 = percentile([t.latency_ms for _, t in results], 50)
                        rows.append((fixture_name, voice, speed, engine, corpus_wer(pairs), same, len(results),
                                     invented, p50))
                        total = totals.setdefault((fixture_name, engine), [[], 0, 0, 0])
                        total[0] += pairs
                        total[1] += same
                        total[2] += len(results)
                        total[3] += invented
                        print("  " + _row(rows[-1]), flush=True)
                        if args.show:
                            for command, transcript, ok in agreed:
                                print(f"      {'✓' if ok else '✗'} {word_error_rate(command.text, transcript.text):4.2f} "
                                      f"{command.text!r} -> {transcript.text!r}")

    print(f"\n{'fixture':8} {'voice':9} {'wpm':>4} {'engine':22} {'WER':>6} {'plan = typed':>14} {'invented':>8} "
          f"{'p50 ms':>7}")
    for row in rows:
        print(_row(row))
    print(f"\n{'fixture':8} {'all voices and speeds':14} {'engine':22} {'WER':>6} {'plan = typed':>14} "
          f"{'invented':>8}")
    for (fixture_name, engine), (pairs, same, n, invented) in totals.items():
        print(f"{fixture_name:8} {'':14} {engine:22} {corpus_wer(pairs):6.3f} {f'{same}/{n} {same / n:4.0%}':>14} "
              f"{invented:8d}")
    print(f"\nvoices {', '.join(voices)} at {', '.join(map(str, speeds))} wpm; latency per command includes decoding "
          f"the WAV; {time.perf_counter() - started:.0f} s in all")
    return 0


def _row(row) -> str:
    fixture_name, voice, speed, engine, wer, same, n, invented, p50 = row
    return (f"{fixture_name:8} {voice:9} {speed:4d} {engine:22} {wer:6.3f} {f'{same}/{n} {same / n:4.0%}':>14} "
            f"{invented:8d} {p50:7.0f}")


if __name__ == "__main__":
    sys.exit(main())
