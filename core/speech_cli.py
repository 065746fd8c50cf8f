"""`python -m core transcribe FILE.wav`: the voice path from a file, biased with the CRM's names."""
from __future__ import annotations

import argparse
from pathlib import Path

from core.cli import path_arg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("transcribe", parents=[sub.common], help="transcribe a WAV file (offline Whisper by default)")
    p.add_argument("file", type=path_arg)
    p.add_argument("--plan", action="store_true", help="also plan the transcript (changes nothing)")
    p.set_defaults(func=cmd_transcribe)


def cmd_transcribe(args, ctx) -> int:
    from core.speech import transcribe_file
    from core.voice import crm_vocabulary

    vocabulary = crm_vocabulary(ctx.store) if Path(args.db).exists() else []
    t = transcribe_file(args.file, vocabulary)
    out = {"text": t.text, "engine": t.engine, "duration_s": t.duration_s, "latency_ms": t.latency_ms,
           "detail": t.detail}
    if args.plan:
        out["plan"] = ctx.app.chat.plan(t.text, args.user, today=ctx.today).to_dict()
    ctx.out(out, f"{t.text}\n({t.engine}, {t.duration_s:.1f} s of audio in {t.latency_ms:.0f} ms)")
    return 0
