"""Any WAV (or AIFF/FLAC) a browser or phone produces -> 16 kHz mono float samples, the form every engine wants.

WAV is parsed here (PCM 8/16/24/32-bit, float 32/64-bit, WAVE_FORMAT_EXTENSIBLE, streamed files whose sizes are
wrong) and mixed down by averaging channels: the standard wave module, and so SpeechRecognition's AudioFile,
rejects extensible and float WAVs, and AudioFile adds stereo channels together, which clips loud recordings.
AIFF and FLAC go through SpeechRecognition's AudioFile, which handles their byte order and ships a flac decoder.
Resampling low-pass filters before interpolating so 44.1/48 kHz input does not alias into the speech band.
"""
from __future__ import annotations

import io
import struct
import tempfile
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


_PCM, _FLOAT, _EXTENSIBLE = 1, 3, 0xFFFE


def _read_wav(data: bytes) -> tuple[np.ndarray, int, int]:
    fmt: tuple[int, int, int, int] | None = None  # (format, channels, rate, bits)
    frames: bytes | None = None
    pos = 12
    while pos + 8 <= len(data):
        chunk_id, size = data[pos:pos + 4], struct.unpack_from("<I", data, pos + 4)[0]
        body = data[pos + 8:pos + 8 + size]  # a streamed WAV may declare more than it holds: take what is there
        if chunk_id == b"fmt " and len(body) >= 16:
            tag, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", body)
            if tag == _EXTENSIBLE and len(body) >= 26:
                tag = struct.unpack_from("<H", body, 24)[0]  # the first two bytes of the sub-format GUID
            fmt = (tag, channels, rate, bits)
        elif chunk_id == b"data":
            frames = body
            break
        pos += 8 + size + (size & 1)
    if fmt is None or frames is None:
        raise AudioError("the WAV file is incomplete: it has no " + ("format" if fmt is None else "data") + " chunk")
    tag, channels, rate, bits = fmt
    if channels < 1 or rate <= 0:
        raise AudioError(f"the WAV file declares {channels} channels at {rate} Hz")
    if tag not in (_PCM, _FLOAT):
        raise AudioError(f"WAV encoding {tag:#06x} is compressed; only PCM and float WAV are supported, "
                         f"{_CONVERT_HINT}")
    width = (bits + 7) // 8
    frames = frames[: len(frames) - len(frames) % (width * channels)]
    return _samples_to_float(frames, width, channels, tag == _FLOAT), rate, channels


def _samples_to_float(frames: bytes, width: int, channels: int, is_float: bool = False) -> np.ndarray:
    if is_float and width in (4, 8):
        x = np.frombuffer(frames, "<f4" if width == 4 else "<f8").astype(np.float32)
    elif is_float:
        raise AudioError(f"unsupported float sample width of {width} bytes; {_CONVERT_HINT}")
    elif width == 1:
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
    x = np.nan_to_num(x, nan=0.0, posinf=1.0, neginf=-1.0)
    return x.reshape(-1, channels).mean(axis=1) if channels > 1 else x


def _read_with_speech_recognition(data: bytes) -> tuple[np.ndarray, int, int]:
    try:
        import speech_recognition as sr
    except ImportError as exc:
        raise AudioError("reading AIFF/FLAC needs SpeechRecognition: pip install SpeechRecognition==3.17.0; "
                         f"or send WAV instead ({_CONVERT_HINT})") from exc
    # a real file, not BytesIO: AudioFile does not rewind a file object between its WAV, AIFF and FLAC attempts
    with tempfile.NamedTemporaryFile(suffix=".audio") as f:
        f.write(data)
        f.flush()
        try:
            with sr.AudioFile(f.name) as source:
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
