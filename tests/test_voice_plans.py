"""Spoken commands (espeak-ng -> offline Whisper biased with the names it heard) plan like typed ones.

Prints, for the demo data and for the second fixture (tests/corpus/fixture_b.py, with commands written for it by
someone else: tests/voice/commands_b.json), the share of commands whose plan matches the typed command's plan.
bench/voice_eval.py measures the same over two voices and two speeds, against the earlier method.
"""
import os

import pytest

from core.chat import ChatService
from core.store import Store
from core.voice import VoiceService, crm_vocabulary
from tests.conftest import TODAY

speech = pytest.importorskip("core.speech.evaluation")
from tests.test_speech import spoken  # noqa: E402  (shares the demo transcripts with test_speech)

# Measured (en-us; the demo at 150 wpm as in test_speech, fixture B at 140 wpm, one of the bench's settings):
#   demo       names heard 21/30 plans alike, WER 0.17  (all names in the prompt: 19/30, 0.20)
#   fixture B  names heard 17/30 plans alike, WER 0.28  (all names in the prompt: 16/30, 0.27)
# bench/voice_eval.py has both fixtures at two voices and two speeds. The floors sit a few commands below what was
# measured: tiny.en swings on numeric differences between CPUs and libraries, and the planner is still changing.
DEMO_PLAN_FLOOR, B_PLAN_FLOOR, B_WER_FLOOR = 0.55, 0.45, 0.36
B_VOICE, B_SPEED = "en-us", 140


def report(label, agreed):
    for command, transcript, ok in agreed:
        print(f"  {'✓' if ok else '✗'} {command.text!r} -> {transcript.text!r}")
    same = sum(ok for _, _, ok in agreed)
    wer = speech.corpus_wer((c.text, t.text) for c, t, _ in agreed)
    print(f"\n{label}: {same}/{len(agreed)} spoken commands plan like the typed command ({same / len(agreed):.0%}); "
          f"corpus WER {wer:.1%}")
    return same / len(agreed), wer


def test_spoken_commands_plan_like_typed_ones(demo_db, tmp_path_factory):
    assert speech.espeak_available(), "espeak-ng is required: apt-get install -y espeak-ng"
    commands = speech.load_commands()
    assert len(commands) >= 20
    results = spoken(VoiceService(demo_db).recognizer, crm_vocabulary(demo_db), commands,
                     tmp_path_factory.mktemp("voice-plans"))
    rate, _ = report("voice, demo data", speech.plan_agreement(ChatService(demo_db), results, "alex@autocrm.local",
                                                               TODAY))
    assert rate >= DEMO_PLAN_FLOOR


@pytest.fixture
def fixture_b(monkeypatch):
    from tests.corpus import fixture_b as fx

    monkeypatch.setenv("CRM_PIPELINE", ",".join(fx.PIPELINE))  # the engine reads its pipeline from here
    store = Store(":memory:")
    fx.generate(store, fx.TODAY)
    yield store, fx
    store.close()


def test_spoken_commands_plan_like_typed_ones_on_the_second_fixture(fixture_b, tmp_path_factory):
    assert speech.espeak_available(), "espeak-ng is required: apt-get install -y espeak-ng"
    store, fx = fixture_b
    assert os.environ["CRM_PIPELINE"] == ",".join(fx.PIPELINE)
    commands = speech.load_commands(speech.COMMANDS_B_FILE)
    assert len(commands) >= 20
    results = speech.transcribe_corpus(VoiceService(store).recognizer, crm_vocabulary(store), commands=commands,
                                       audio_dir=tmp_path_factory.mktemp("voice-plans-b"), voice=B_VOICE,
                                       speed=B_SPEED)
    rep = fx.USERS[0][2]  # a rep who owns deals: "remind me", "my task" are theirs
    rate, wer = report(f"voice, fixture B (espeak-ng {B_VOICE} at {B_SPEED} wpm)",
                       speech.plan_agreement(ChatService(store), results, rep, fx.TODAY))
    assert rate >= B_PLAN_FLOOR and wer <= B_WER_FLOOR
