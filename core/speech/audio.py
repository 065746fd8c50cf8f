"""Any WAV (or AIFF/FLAC) the browser or a phone produces -> 16 kHz mono float samples, the form every engine wants.

WAV is read with the standard library and mixed down by averaging channels (SpeechRecognition's AudioFile adds
them, which clips loud stereo recordings). AIFF and FLAC go through SpeechRecognition's AudioFile, which handles
their byte order and ships a flac decoder. Resampling low-pass filters before interpolating so 44.1/48 kHz input
does not alias into the speech band.
"""
from __future__ import annotations

import io
import wave
from dataclasses import dataclass

import numpy as np

from core.speech.base import AudioError

SAMPLE_RATE = 16_000
_CONVERT_HINT = "convert it with: sox INPUT.wav -r 16000 -c 1 -b 16 OUTPUT.wav"


@dataclass(frozen=True)
class Audio:
    """Mono float32 samples in [-1, 1] at SAMPLE_RATE."""

    samples: np.ndarray
    source_rate: int
    source_channels: int

    @property
    def duration_s(self) -> float:
        return len(self.samples) / SAMPLE_RATE

    @property
    def rms(self) -> float:
        return float(np.sqrt(np.mean(np.square(self.samples, dtype=np.float64)))) if len(self.samples) else 0.0

    def pcm16(self) -> bytes:
        """16-bit little-endian PCM, the raw form pocketsphinx expects."""
        return (np.clip(self.samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()

    def wav_bytes(self) -> bytes:
        buf = io.BytesIO()
        with wave.open(buf, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(SAMPLE_RATE)
            w.writeframes(self.pcm16())
        return buf.getvalue()


def decode_audio(data: bytes) -> Audio:
    """Decode WAV/AIFF/FLAC bytes; AudioError says what is wrong and how to fix it."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise AudioError(f"audio must be the bytes of a WAV file, not {type(data).__name__}")
    data = bytes(data)
    if not data:
        raise AudioError("the audio is empty (0 bytes)")
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        samples, rate, channels = _read_wav(data)
    elif data[:4] in (b"FORM", b"fLaC"):
        samples, rate, channels = _read_with_speech_recognition(data)
    else:
        raise AudioError(f"not a WAV, AIFF or FLAC file (it starts with {data[:12]!r}); {_CONVERT_HINT}")
    if samples.size == 0:
        raise AudioError("the audio file contains no samples")
    return Audio(resample(samples, rate, SAMPLE_RATE), rate, channels)


def _read_wav(data: bytes) -> tuple[np.ndarray, int, int]:
    try:
        with wave.open(io.BytesIO(data), "rb") as w:
            channels, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            frames = w.readframes(w.getnframes())
    except (wave.Error, EOFError) as exc:
        raise AudioError(f"cannot read the WAV file ({exc}); only PCM WAV is supported, {_CONVERT_HINT}") from exc
    if rate <= 0:
        raise AudioError(f"the WAV file declares a sample rate of {rate} Hz")
    frames = frames[: len(frames) - len(frames) % (width * channels)]
    return _pcm_to_float(frames, width, channels), rate, channels


def _pcm_to_float(frames: bytes, width: int, channels: int) -> np.ndarray:
    if width == 1:
        x = (np.frombuffer(frames, np.uint8).astype(np.float32) - 128.0) / 128.0
    elif width == 2:
        x = np.frombuffer(frames, "<i2").astype(np.float32) / 32768.0
    elif width == 3:
        b = np.frombuffer(frames, np.uint8).reshape(-1, 3).astype(np.int32)
        v = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        x = (np.where(v >= 1 << 23, v - (1 << 24), v)).astype(np.float32) / float(1 << 23)
    elif width == 4:
        x = np.frombuffer(frames, "<i4").astype(np.float32) / float(1 << 31)
    else:
        raise AudioError(f"unsupported sample width of {width} bytes; {_CONVERT_HINT}")
    return x.reshape(-1, channels).mean(axis=1) if channels > 1 else x


def _read_with_speech_recognition(data: bytes) -> tuple[np.ndarray, int, int]:
    try:
        import speech_recognition as sr
    except ImportError as exc:
        raise AudioError("reading AIFF/FLAC needs SpeechRecognition: pip install SpeechRecognition==3.17.0; "
                         f"or send WAV instead ({_CONVERT_HINT})") from exc
    try:
        with sr.AudioFile(io.BytesIO(data)) as source:
            channels = source.audio_reader.getnchannels()
            audio = sr.Recognizer().record(source)
    except (ValueError, AssertionError, EOFError, OSError) as exc:
        raise AudioError(f"cannot read the audio file ({exc or type(exc).__name__}); {_CONVERT_HINT}") from exc
    raw = audio.get_raw_data(convert_width=2)
    return np.frombuffer(raw, "<i2").astype(np.float32) / 32768.0, audio.sample_rate, channels


def resample(x: np.ndarray, src: int, dst: int) -> np.ndarray:
    """Windowed-sinc low-pass (when downsampling) then linear interpolation; plenty for speech recognition."""
    x = np.asarray(x, dtype=np.float32)
    if src == dst or x.size == 0:
        return x
    if dst < src:
        cutoff = 0.45 * dst / src  # cycles per input sample: just under the new Nyquist
        n = np.arange(-64, 65)
        taps = 2 * cutoff * np.sinc(2 * cutoff * n) * np.hamming(n.size)
        x = np.convolve(x, taps / taps.sum(), mode="same").astype(np.float32)
    positions = np.arange(int(round(x.size * dst / src))) * (src / dst)
    return np.interp(positions, np.arange(x.size), x).astype(np.float32)
