"""Voice input: real audio (espeak-ng) through the real offline chain (Whisper tiny.en, then Sphinx).

Needs `apt-get install -y espeak-ng sox`. The Whisper model loads once for the module.
"""
from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import threading
import wave
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from core.errors import ConfigError
from core.speech import (AudioError, FallbackRecognizer, OpenAITranscriber, SpeechError, SphinxRecognizer, Transcript,
                         WhisperRecognizer, decode_audio, default_recognizer, normalise_transcript, snap_to_vocabulary,
                         transcribe_file, vocabulary_from_snapshot)
from data.demo_vocabulary import DEMO_VOCABULARY
from core.speech.evaluation import (COMMANDS_B_FILE, COMMANDS_FILE, corpus_wer, invented_names, load_commands,
                                    name_words, names_in, normalise_for_wer, synthesise, transcribe_corpus,
                                    word_error_rate)

__all__ = ["spoken"]  # reused by the planner-agreement test (plan of transcript == plan of typed text)

ROOT = Path(__file__).resolve().parents[1]
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="apt-get install -y espeak-ng")
needs_sox = pytest.mark.skipif(shutil.which("sox") is None, reason="apt-get install -y sox")

# The corpus is spoken by espeak-ng -v en-us -s 150 and transcribed with the demo CRM's vocabulary as the app passes
# it (vocabulary_from_snapshot: 225 names).
# Measured with the names-heard method: corpus WER 0.173, Acme/Globex/Initech 10/13, one name word not said ("Blue"
# in "Add Pied Piper and Blue Lead": the word is a company's first word here). The earlier method (all names in the
# prompt) gave 0.195 and 12/13. tiny.en swings by several points on prompt changes that mean nothing, and on
# CPU/library numeric differences; the floors leave room for that and still fail if names stop being found (without
# any vocabulary WER is 0.41 and Globex is heard once in five).
VOICE, SPEED = "en-us", 150
WER_FLOOR = 0.25
KEY_NAMES_FLOOR = 0.6
INVENTED_CEILING = 2
KEY_NAMES = ("Acme", "Globex", "Initech")
_SPOKEN: dict[tuple, list] = {}


def spoken(recognizer, vocabulary, commands, audio_dir, voice=VOICE, speed=SPEED):
    """transcribe_corpus, once per (commands, vocabulary, voice, speed) in the session: the planner test reuses it."""
    key = (tuple(c.speak for c in commands), tuple(vocabulary), voice, speed, recognizer.name)
    if key not in _SPOKEN:
        _SPOKEN[key] = transcribe_corpus(recognizer, vocabulary, commands=commands, audio_dir=audio_dir,
                                         voice=voice, speed=speed)
    return _SPOKEN[key]


@pytest.fixture(scope="session")
def audio_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("voice")


@pytest.fixture(scope="module")
def whisper():
    recognizer = WhisperRecognizer()
    recognizer.model()  # load once, outside any timing
    return recognizer


@pytest.fixture(scope="module")
def offline_chain(whisper):
    chain = default_recognizer({})  # empty settings: no endpoint, whatever the environment says
    assert [r.name for r in chain.recognizers] == ["whisper", "sphinx"]
    return chain


@pytest.fixture(scope="module")
def crm_names(demo_template):
    """The demo database's vocabulary as the app passes it (core.voice.crm_vocabulary)."""
    from core.store import Store
    from core.voice import crm_vocabulary

    with Store(demo_template) as store:
        return crm_vocabulary(store)


@pytest.fixture(scope="module")
def demo_name_words(demo_template):
    """Words only a demo name brings into a transcript (people's names, companies' first words)."""
    from core import snapshot
    from core.store import Store

    with Store(demo_template) as store:
        snap = snapshot.load(store)
    people = [u["name"] for u in snap.users.values()] + [f"{c['first_name']} {c['last_name']}"
                                                          for c in snap.contacts.values()]
    return name_words(people, [c["name"] for c in snap.companies.values()])


@pytest.fixture(scope="module")
def corpus(offline_chain, crm_names, audio_dir):
    return spoken(offline_chain, crm_names, load_commands(), audio_dir)


def wav_bytes(samples: np.ndarray, rate: int = 16_000, channels: int = 1) -> bytes:
    """16-bit PCM WAV of mono samples, the same signal on every channel."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.repeat(np.clip(samples, -1, 1), channels) * 32767).astype("<i2").tobytes())
    return buf.getvalue()


# --- the spoken corpus -----------------------------------------------------------------------------------------

def test_commands_file_is_well_formed():
    for path in (COMMANDS_FILE, COMMANDS_B_FILE):
        commands = load_commands(path)
        assert len(commands) >= 24
        assert len({c.text for c in commands}) == len(commands)
        raw = json.loads(path.read_text())
        assert all(set(e) <= {"text", "speak"} for e in raw)


@needs_espeak
def test_corpus_word_error_rate_and_names(corpus, demo_name_words):
    print(f"\n{'WER':>5}  command -> transcript  [engine, ms]")
    for command, transcript in corpus:
        print(f"{word_error_rate(command.text, transcript.text):5.2f}  {command.text}\n"
              f"       -> {transcript.text}  [{transcript.engine}, {transcript.latency_ms:.0f} ms; {transcript.detail}]")
    wer = corpus_wer((c.text, t.text) for c, t in corpus)
    hits = {name: [bool(names_in(t.text, [name])) for c, t in corpus if names_in(c.text, [name])] for name in KEY_NAMES}
    right, said = sum(sum(h) for h in hits.values()), sum(len(h) for h in hits.values())
    invented = [w for c, t in corpus for w in invented_names(c.text, t.text, demo_name_words)]
    print(f"corpus WER {wer:.3f} over {len(corpus)} commands (floor {WER_FLOOR}); "
          + ", ".join(f"{n} {sum(h)}/{len(h)}" for n, h in hits.items()) + f"; key names {right}/{said}; "
          f"names not said: {invented}")
    assert wer <= WER_FLOOR
    assert right / said >= KEY_NAMES_FLOOR, "most Acme/Globex/Initech mentions must come out spelled right"
    assert all(sum(hits[n]) / len(hits[n]) >= 0.75 for n in ("Acme", "Globex"))
    assert len(invented) <= INVENTED_CEILING
    assert all(t.engine == "whisper" for _, t in corpus), "Whisper heard every command; Sphinx is only a fallback"


# Commands whose transcripts held names nobody said with the earlier method (all CRM names in the prompt), spoken
# like the corpus: "set the Initech ..." came out "Eli Jensen, Analytics Suite amount to $48,000" and "add a contact
# named Elena Garcia ..." came out "Adam Kontak, Tailspin Elena Garcia, Umbrella Health".
HALLUCINATED_BEFORE = ("set the Initech analytics suite amount to forty eight thousand dollars",
                       "add a contact named Elena Garcia at Umbrella Health",
                       "what is the Globex deal worth")


@needs_espeak
def test_names_nobody_said_are_not_written(whisper, crm_names, demo_name_words, audio_dir):
    from core.speech.evaluation import VoiceCommand

    commands = [VoiceCommand(text, text) for text in HALLUCINATED_BEFORE]
    before = WhisperRecognizer(mode="all-names", pad_s=0, name="all-names")
    runs = {r.name: transcribe_corpus(r, crm_names, commands=commands, audio_dir=audio_dir, voice=VOICE, speed=SPEED)
            for r in (before, whisper)}
    invented = {}
    for name, results in runs.items():
        invented[name] = [w for c, t in results for w in invented_names(c.text, t.text, demo_name_words)]
        print(f"\n[{name}] names not said: {invented[name]}")
        for command, transcript in results:
            print(f"  {command.text!r} -> {transcript.text!r}  ({transcript.detail})")
    assert invented["all-names"], "the earlier method wrote names nobody said here (the bug this guards against)"
    assert invented["whisper"] == []
    # and what was said still comes through: the company, the amount
    assert "Umbrella Health" in runs["whisper"][1][1].text and "48,000" in runs["whisper"][0][1].text


@needs_espeak
def test_vocabulary_is_what_gets_the_names_right(whisper, crm_names, audio_dir):
    commands = [c for c in load_commands() if "Globex" in c.text]
    plain = WhisperRecognizer(use_vocabulary=False)
    heard = [sum("globex" in t.text.lower() for _, t in spoken(r, crm_names, commands, audio_dir))
             for r in (plain, whisper)]
    print(f"\nGlobex heard without vocabulary {heard[0]}/{len(commands)}, with {heard[1]}/{len(commands)}")
    assert heard[0] < heard[1] and heard[1] >= len(commands) - 1


@needs_espeak
def test_names_heard_are_found_however_long_the_vocabulary(whisper, audio_dir):
    """The prompt holds the names close to what was heard, so a name far down a long vocabulary still gets in;
    the earlier prompt (the first names that fit) never held it."""
    commands = [c for c in load_commands() if "Globex" in c.text]
    crowded = list(DEMO_VOCABULARY[:1]) + [f"Company Number {i} Holdings" for i in range(100)] + list(DEMO_VOCABULARY)
    assert "Globex" not in whisper.prompt_terms(crowded)
    first_names_only = WhisperRecognizer(mode="all-names", refine=False, snap=False, name="all-names-one-pass")
    names_heard = WhisperRecognizer(snap=False)
    heard = [sum("globex" in t.text.lower() for _, t in transcribe_corpus(r, crowded, commands=commands,
                                                                          audio_dir=audio_dir))
             for r in (first_names_only, names_heard)]
    print(f"\nGlobex heard with a crowded vocabulary: first names that fit {heard[0]}/{len(commands)}, "
          f"names heard {heard[1]}/{len(commands)}")
    assert heard[1] > heard[0]


def test_prompt_stays_within_whisper_token_budget(whisper):
    vocabulary = [f"Company Number {i} Holdings" for i in range(500)]
    prompt = whisper.prompt(["Globex", *vocabulary])
    tokens = whisper.model().hf_tokenizer.encode(" " + prompt, add_special_tokens=False).ids
    assert prompt.startswith("Globex, ") and len(tokens) <= whisper.prompt_token_budget
    assert WhisperRecognizer(use_vocabulary=False).prompt(vocabulary) is None


def test_model_loads_once_across_instances_and_threads(whisper):
    models = []
    threads = [threading.Thread(target=lambda: models.append(WhisperRecognizer().model())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(m is whisper.model() for m in models)


# --- audio formats ---------------------------------------------------------------------------------------------

@needs_espeak
@needs_sox
def test_any_wav_rate_width_and_channels_is_resampled(whisper, audio_dir, tmp_path):
    source = synthesise("move the Globex platform expansion to negotiation", audio_dir)
    reference = decode_audio(source.read_bytes())
    variants = {
        "44.1 kHz stereo 16-bit": ["-r", "44100", "-c", "2"],
        "48 kHz 24-bit (extensible)": ["-r", "48000", "-b", "24"],
        "8 kHz unsigned 8-bit": ["-r", "8000", "-b", "8", "-e", "unsigned"],
        "22 kHz float": ["-b", "32", "-e", "floating-point"],
    }
    for label, args in variants.items():
        out = tmp_path / (label.split()[0] + label.split()[-1] + ".wav")
        subprocess.run(["sox", str(source), *args, str(out)], check=True)
        audio = decode_audio(out.read_bytes())
        assert abs(audio.duration_s - reference.duration_s) < 0.01, label
        assert 0.5 < audio.rms / reference.rms < 1.5, label
    stereo = tmp_path / "44.1stereo.wav"
    subprocess.run(["sox", str(source), "-r", "44100", "-c", "2", str(stereo)], check=True)
    transcript = whisper.transcribe(stereo.read_bytes(), DEMO_VOCABULARY)
    print(f"\n44.1 kHz stereo -> {transcript.text!r}")
    assert transcript.duration_s == pytest.approx(reference.duration_s, abs=0.01)
    assert "Globex" in transcript.text and word_error_rate(
        "move the Globex platform expansion to negotiation", transcript.text) <= 0.4


def test_stereo_is_averaged_not_summed():
    loud = 0.9 * np.sin(np.linspace(0, 200 * np.pi, 16_000))
    audio = decode_audio(wav_bytes(loud, channels=2))
    assert audio.samples.max() == pytest.approx(0.9, abs=0.01)  # summing would clip at 1.0


@needs_sox
def test_aiff_and_flac_are_read_through_speech_recognition(tmp_path):
    tone = wav_bytes(0.3 * np.sin(np.linspace(0, 400 * np.pi, 22_050)), rate=22_050)
    (tmp_path / "tone.wav").write_bytes(tone)
    for ext in ("aiff", "flac"):
        subprocess.run(["sox", str(tmp_path / "tone.wav"), str(tmp_path / f"tone.{ext}")], check=True)
        audio = decode_audio((tmp_path / f"tone.{ext}").read_bytes())
        assert audio.duration_s == pytest.approx(1.0, abs=0.01) and audio.source_rate == 22_050


def test_invalid_files_raise_clear_errors(tmp_path):
    with pytest.raises(AudioError, match="no such file"):
        transcribe_file(tmp_path / "missing.wav")
    with pytest.raises(AudioError, match="not a file"):
        transcribe_file(tmp_path)
    (tmp_path / "empty.wav").write_bytes(b"")
    with pytest.raises(AudioError, match=r"empty.wav: the audio is empty"):
        transcribe_file(tmp_path / "empty.wav")
    (tmp_path / "notes.wav").write_text("move the Acme deal to proposal")
    with pytest.raises(AudioError, match=r"notes.wav: not a WAV, AIFF or FLAC file .*sox"):
        transcribe_file(tmp_path / "notes.wav")
    (tmp_path / "cut.wav").write_bytes(wav_bytes(np.zeros(100))[:30])
    with pytest.raises(AudioError, match="incomplete"):
        transcribe_file(tmp_path / "cut.wav")
    (tmp_path / "silent.wav").write_bytes(wav_bytes(np.zeros(0)))
    with pytest.raises(AudioError, match="no samples"):
        transcribe_file(tmp_path / "silent.wav")
    with pytest.raises(AudioError, match="bytes of a WAV file"):
        decode_audio("speech.wav")  # type: ignore[arg-type]


def test_silence_gives_a_clear_error_not_an_invented_sentence(offline_chain):
    silence = wav_bytes(np.random.default_rng(0).normal(0, 2e-5, 16_000 * 2))  # a muted mic: faint noise
    with pytest.raises(SpeechError, match=r"no speech recognised.*whisper: heard no words.*sphinx: heard no words"):
        offline_chain.transcribe(silence)


@needs_espeak
def test_transcribe_file_returns_a_transcript(whisper, audio_dir):
    path = synthesise("log a call with Marcus Webb about pricing", audio_dir)
    transcript = transcribe_file(path, DEMO_VOCABULARY, recognizer=whisper)
    assert isinstance(transcript, Transcript) and "Marcus Webb" in transcript.text
    assert transcript.engine == "whisper" and transcript.duration_s > 1 and transcript.latency_ms > 0


# --- the chain -------------------------------------------------------------------------------------------------

class Scripted:
    """A recognizer that answers from a script and records that it was asked."""

    def __init__(self, name, answer, calls):
        self.name, self.answer, self.calls = name, answer, calls

    def transcribe(self, audio, vocabulary=()):
        self.calls.append((self.name, tuple(vocabulary)))
        if isinstance(self.answer, Exception):
            raise self.answer
        return Transcript(self.answer, self.name, 1.0, 1.0)


def test_fallback_tries_in_order_and_returns_first_non_empty():
    calls: list = []
    chain = FallbackRecognizer([Scripted("down", SpeechError("endpoint refused"), calls),
                                Scripted("quiet", "", calls), Scripted("good", "move Acme to proposal", calls),
                                Scripted("never", "unused", calls)])
    result = chain.transcribe(wav_bytes(np.zeros(1600)), ["Acme"])
    assert result.text == "move Acme to proposal" and result.engine == "good"
    assert calls == [("down", ("Acme",)), ("quiet", ("Acme",)), ("good", ("Acme",))]


def test_fallback_says_what_failed_when_everything_fails():
    calls: list = []
    chain = FallbackRecognizer([Scripted("openai", SpeechError("connection refused"), calls),
                                Scripted("whisper", RuntimeError("model file corrupt"), calls),
                                Scripted("sphinx", "", calls)])
    with pytest.raises(SpeechError) as info:
        chain.transcribe(wav_bytes(np.zeros(1600)))
    message = str(info.value)
    assert "openai: SpeechError: connection refused" in message
    assert "whisper: RuntimeError: model file corrupt" in message and "sphinx: heard no words" in message
    assert [name for name, _ in info.value.failures] == ["openai", "whisper", "sphinx"]


def test_bad_audio_is_not_retried_on_every_engine():
    calls: list = []
    chain = FallbackRecognizer([Scripted("a", "x", calls), Scripted("b", "y", calls)])
    with pytest.raises(AudioError):
        chain.transcribe(b"not audio at all")
    assert calls == []


def test_default_recognizer_puts_the_endpoint_first_when_configured():
    assert [r.name for r in default_recognizer({}).recognizers] == ["whisper", "sphinx"]
    chain = default_recognizer({"CRM_STT_BASE_URL": "http://127.0.0.1:9/v1", "CRM_STT_MODEL": "whisper-large-v3"})
    assert [r.name for r in chain.recognizers] == ["openai", "whisper", "sphinx"]
    assert chain.recognizers[0].model_name == "whisper-large-v3"
    with pytest.raises(ConfigError, match="CRM_STT_TIMEOUT"):
        default_recognizer({"CRM_STT_BASE_URL": "http://127.0.0.1:9/v1", "CRM_STT_TIMEOUT": "soon"})


# --- the OpenAI-compatible endpoint, against a real server on loopback -----------------------------------------

class FakeTranscriptionServer:
    """/v1/audio/transcriptions on 127.0.0.1: records each multipart request, answers a fixed text or an error."""

    def __init__(self, text="Move the Acme Corp renewal to negotiation at $48,000.", status=200):
        self.text, self.status, self.requests = text, status, []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                head = f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode()
                message = BytesParser(policy=HTTP).parsebytes(head + body)
                fields = {part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
                          for part in message.iter_parts()}
                owner.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), **fields})
                payload = json.dumps({"text": owner.text} if owner.status == 200 else {"error": {"message": "boom"}})
                self.send_response(owner.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload.encode())

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def test_openai_transcriber_sends_model_prompt_and_audio():
    audio = wav_bytes(0.2 * np.sin(np.linspace(0, 800 * np.pi, 32_000)))
    with FakeTranscriptionServer() as server:
        settings = {"CRM_STT_BASE_URL": server.url, "CRM_STT_API_KEY": "sk-test", "CRM_STT_MODEL": "whisper-large-v3"}
        transcript = default_recognizer(settings).transcribe(audio, DEMO_VOCABULARY)
    assert transcript.text == "Move the Acme Corp renewal to negotiation at $48,000"
    assert transcript.engine == "openai" and transcript.duration_s == pytest.approx(2.0)
    [request] = server.requests
    assert request["path"] == "/v1/audio/transcriptions" and request["auth"] == "Bearer sk-test"
    assert request["model"] == b"whisper-large-v3" and request["language"] == b"en"
    prompt = request["prompt"].decode()
    assert all(name in prompt for name in ("Acme Corp", "Globex", "Initech", "Marcus Webb"))
    sent = decode_audio(request["file"])
    assert sent.duration_s == pytest.approx(2.0) and sent.source_rate == 16_000


def test_openai_transcriber_error_is_a_speech_error():
    with FakeTranscriptionServer(status=500) as server:
        with pytest.raises(SpeechError, match=r"transcription endpoint http://127\.0\.0\.1:\d+/v1 failed"):
            OpenAITranscriber(server.url).transcribe(wav_bytes(np.full(1600, 0.1)))


@needs_espeak
def test_chain_falls_back_to_whisper_when_the_endpoint_fails(whisper, audio_dir):
    audio = synthesise("log a call with Marcus Webb about pricing", audio_dir).read_bytes()
    with FakeTranscriptionServer(status=503) as server:
        transcript = default_recognizer({"CRM_STT_BASE_URL": server.url}).transcribe(audio, DEMO_VOCABULARY)
    assert len(server.requests) == 1 and transcript.engine == "whisper" and "Marcus Webb" in transcript.text


# --- Sphinx, the last resort -----------------------------------------------------------------------------------

@needs_espeak
def test_sphinx_transcribes_offline(audio_dir):
    audio = synthesise("create a deal for Stark Industries worth one hundred twenty thousand dollars", audio_dir)
    transcript = SphinxRecognizer().transcribe(audio.read_bytes(), DEMO_VOCABULARY)
    print(f"\nsphinx -> {transcript.text!r}")
    assert transcript.engine == "sphinx" and transcript.text  # weak on synthetic speech, but it hears words


# --- text helpers ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, clean", [
    (" Move the Acme Corp renewal to Negotiation at $48,000. ", "Move the Acme Corp renewal to Negotiation at $48,000"),
    ("set it to 48k...", "set it to 48k"),
    ("What deals does Sam Rivera own?", "What deals does Sam Rivera own?"),
    ("[BLANK_AUDIO] log a  call ,  with Dana (music)", "log a call, with Dana"),
    ("\"forty eight thousand dollars.\"", "forty eight thousand dollars"),
    ("", ""),
])
def test_normalise_transcript(raw, clean):
    assert normalise_transcript(raw) == clean


@pytest.mark.parametrize("heard, fixed", [
    ("Make Sam Rivera the owner of Mandalay Industries", "Make Sam Rivera the owner of Vandelay Industries"),
    ("Mark Mabooli, Security Add-on, as won", "Mark Hooli Security Add-on, as won"),
    ("send Olivia Ken the contract", "send Olivia Chen the contract"),
    ("mark it as closed one", "mark it as Closed Won"),
    ("log a meeting about the security add-on", "log a meeting about the security add-on"),
    ("move the Acme Corp renewal to proposal", "move the Acme Corp renewal to proposal"),
    ("the industries of stark", "the industries of stark"),
    ("call Dana Lee tomorrow", "call Dana Lee tomorrow"),
])
def test_snap_to_vocabulary(heard, fixed):
    assert snap_to_vocabulary(heard, DEMO_VOCABULARY) == fixed


@pytest.mark.parametrize("heard, name", [
    ("thackeray", "sakare"), ("kestrel data centers", "castral data centers"), ("mensah", "menza"),
])
def test_sound_key_hears_past_spelling(heard, name):
    from core.speech.names import sound_key
    assert sound_key(heard)[1:] == sound_key(name)[1:] or sound_key(heard) == sound_key(name)


def test_names_close_to_what_was_heard_and_only_those():
    from core.speech.names import NameIndex
    index = NameIndex(DEMO_VOCABULARY)
    names = [m.name for m in index.close_to("log a call with marcus web about the hooly security add on")]
    assert "Marcus Webb" in names and any(n.startswith("Hooli Security") for n in names)
    assert not {"Globex", "Initech", "Stark Industries", "Dana Smith"} & set(names)
    assert index.close_to("what is the total value of deals this quarter") == []


@pytest.mark.parametrize("first, second, problem", [
    ("move the acme renewal to negotiation", "Move the Acme Corp Renewal to Negotiation", None),
    ("move the acme renewal to negotiation", "Dunder Mifflin, Acme Corp Renewal, Television, Acne",
     "lists names"),
    ("log a call with marcus web", "Log a call with Marcus Webb, Marcus Webb", "repeats"),
    ("log a call about pricing", "Log a call with Olivia Chen about pricing", "'olivia chen' where"),
    ("mark the hooly security add on as won", "Mark the Hooli Security Add-on as won", None),
])
def test_a_prompted_transcript_that_invents_names_is_rejected(first, second, problem):
    from core.speech.names import NameIndex
    vocabulary = list(DEMO_VOCABULARY) + ["Dunder Mifflin"]
    index = NameIndex(vocabulary)
    found = index.invented(first, second, index.close_to(first))
    assert (found is None) if problem is None else (found or "").startswith(problem)


@pytest.mark.parametrize("first, second, restored", [
    ("Set the salt mush like all killer amounts to $80,000.", "Saltmarsh Glycol Chiller amount to $80,000.",
     "Set the Saltmarsh Glycol Chiller amount to $80,000."),
    ("add a note to the cestral data centers that comes in green", "Add a note to Kestrel Data Centers",
     "Add a note to Kestrel Data Centers that comes in green"),
    ("Move the meridian killer over all to contract review.", "Move the Meridian Chiller Overhaul to Contract Review.",
     "Move the Meridian Chiller Overhaul to Contract Review."),
])
def test_words_a_prompted_pass_dropped_are_put_back(first, second, restored):
    from core.speech.names import restore_dropped_edges
    assert restore_dropped_edges(first, second) == restored


def test_vocabulary_from_snapshot_puts_recently_active_deals_first():
    snapshot = SimpleNamespace(
        companies={1: {"name": "Globex"}, 2: {"name": "Initech"}, 3: {"name": "Hooli"}, 4: {"name": "globex"}},
        contacts={1: {"first_name": "Dana", "last_name": "Lee"}, 2: {"first_name": "Marcus", "last_name": "Webb"}},
        users={1: {"name": "Alex Morgan"}}, products=["Platform"], stages=["Lead", "Closed Won", "Closed Lost"],
        deals={1: {"id": 1, "name": "Globex Platform", "stage": "Lead", "company_id": 1, "contact_id": 1},
               2: {"id": 2, "name": "Initech Suite", "stage": "Lead", "company_id": 2, "contact_id": 2},
               3: {"id": 3, "name": "Hooli Deal", "stage": "Closed Lost", "company_id": 3, "contact_id": None}},
        last_activity={2: "2025-03-05T10:00", 1: "2025-03-01T10:00"})
    assert vocabulary_from_snapshot(snapshot) == [
        "Initech", "Marcus Webb", "Globex", "Dana Lee", "Alex Morgan", "Hooli", "Platform", "Lead", "Closed Won",
        "Closed Lost", "Initech Suite", "Globex Platform"]
    assert vocabulary_from_snapshot(snapshot, limit=2) == ["Initech", "Marcus Webb"]


@pytest.mark.parametrize("reference, hypothesis, expected", [
    ("set the amount to $48,000", "Set the amount to forty eight thousand dollars.", 0.0),
    ("move it at 48k", "move it at 48,000", 0.0),
    ("worth $120,000", "worth one hundred and twenty thousand dollars", 0.0),
    ("the Hooli security add-on", "The hooli Security Add-on", 0.0),
    ("log a call with Marcus Webb", "log a call with marcus web", 1 / 6),
    ("move the deal", "", 1.0),
])
def test_word_error_rate_compares_number_forms_fairly(reference, hypothesis, expected):
    assert word_error_rate(reference, hypothesis) == pytest.approx(expected)


def test_wer_normalisation():
    assert normalise_for_wer("Dana Smith's $1.5k, forty-two") == ["dana", "smith", "1500", "dollars", "42"]


def test_core_speech_does_not_import_streamlit():
    code = "import sys, core.speech, core.speech.evaluation; sys.exit('streamlit' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False).returncode == 0
