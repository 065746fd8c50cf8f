"""Account briefs in prose by the LLM backend, streamed sentence by sentence, each checked before it is shown.

The offline brief (copilot.brief) is a list of statements, each citing its records. With CRM_LLM_BASE_URL set, the
chat also asks the model for a short summary of those statements. The model sees only the numbered statements and
must end every sentence with the numbers it drew on ("[2, 5]"). A sentence is shown only when it cites statements
that exist and check_statement finds nothing in it (no amount, ISO date or name) that its cited records do not
hold; anything else is dropped and counted. So a streamed summary can leave things out but cannot add a fact.
"""
from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from core import config, metrics
from core.memory.copilot import Brief, Citation, check_statement
from core.store import Store

log = logging.getLogger(__name__)

SYSTEM = ("You summarise a CRM account for a sales rep in 2 to 4 short sentences, using only the numbered "
          "statements you are given. End every sentence with the numbers of the statements it uses, in brackets, "
          "for example [1] or [2, 4]. Do not add amounts, dates, names or facts that are not in those statements; "
          "copy amounts and dates exactly as written.")
_REFS = re.compile(r"\[\s*(\d+(?:\s*,\s*\d+)*)\s*\]")
_END = re.compile(r"\[\s*\d+(?:\s*,\s*\d+)*\s*\][.!?](?=\s)|\[\s*\d+(?:\s*,\s*\d+)*\s*\]\s*\n")
# a sentence ends with its citation and a full stop (or a line break); a citation mid-sentence ("<company> [1] has …")
# does not end it
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_OPENERS = frozenset(json.loads((Path(__file__).with_name("vocab.json")).read_text(encoding="utf-8"))
                     ["summary_openers"])
_TABLES = {"deal": "deals", "activity": "activities", "task": "tasks", "message": "messages", "contact": "contacts",
           "company": "companies"}


@dataclass(frozen=True)
class BriefSentence:
    text: str
    citations: tuple[Citation, ...]

    def shown(self) -> str:
        refs = "; ".join(f"{c.kind} {c.id}, {c.date or 'undated'}" for c in self.citations)
        return f"{self.text} [{refs}]"


def cited_rows(store: Store, citations) -> list[dict]:
    rows = []
    for c in citations:
        table = _TABLES.get(c.kind)
        row = store.one(f"SELECT * FROM {table} WHERE id = ?", [c.id]) if table else None
        if row is not None:
            rows.append(row)
    return rows


def _plain_word(word: str) -> bool:
    """An opening word that is ordinary English in a summary ("Follow", "Signed", "The"), from a closed list
    (core/memory/vocab.json): a dictionary cannot tell "Rose" or "Bill" the name from the word, so any other
    capitalised opening word must be held by the cited records like every other name."""
    return word.strip("'’\"").lower() in _OPENERS


def split_sentences(raw: str) -> list[str]:
    return [p for p in _SPLIT.split(raw.strip()) if p.strip()]


def check_sentence(raw: str, brief: Brief, store: Store) -> tuple[BriefSentence | None, str]:
    """The sentence with its citations when every fact in it is held by the records it cites; else why not."""
    refs = [int(n) for group in _REFS.findall(raw) for n in group.split(",")]
    text = " ".join(_REFS.sub(" ", raw).split()).strip()
    text = re.sub(r"\s+([.!?,;:])", r"\1", text)
    if not text:
        return None, "empty"
    if not refs:
        return None, "cites no statement"
    if any(not 1 <= n <= len(brief.statements) for n in refs):
        return None, "cites a statement that does not exist"
    citations = tuple(dict.fromkeys(c for n in dict.fromkeys(refs) for c in brief.statements[n - 1].citations))
    first = text.split(" ", 1)[0]
    checked = first.lower() + text[len(first):] if first[:1].isupper() and _plain_word(first) else text
    problems = check_statement(checked, cited_rows(store, citations), store)
    if problems:
        return None, "; ".join(problems)
    return BriefSentence(text if text[-1] in ".!?" else text + ".", citations), ""


class BriefWriter:
    """Streams checked summary sentences from an OpenAI-compatible chat model (LangChain's ChatOpenAI)."""

    def __init__(self, base_url: str, api_key: str, model: str, timeout: float = 20.0):
        from langchain_openai import ChatOpenAI  # optional backend: imported only when configured

        self.model = ChatOpenAI(base_url=base_url, api_key=api_key, model=model, timeout=timeout, max_retries=0,
                                temperature=0, streaming=True)
        self.dropped: list[tuple[str, str]] = []  # (sentence, why) of the last stream

    def prompt(self, brief: Brief) -> list[tuple[str, str]]:
        numbered = "\n".join(f"[{i}] {s.text}" for i, s in enumerate(brief.statements, 1))
        return [("system", SYSTEM), ("human", f"Account: {brief.subject.get('name')}\nStatements:\n{numbered}")]

    def stream(self, brief: Brief, store: Store, dropped: list | None = None) -> Iterator[BriefSentence]:
        """Checked sentences as the model writes them; nothing on a model error (the offline brief stands).
        Sentences dropped by the check go to `dropped` (each call its own list: one writer serves every chat)."""
        dropped = dropped if dropped is not None else []
        self.dropped = dropped
        if not brief.statements:
            return
        t0 = time.perf_counter()
        buffer = ""
        try:
            for chunk in self.model.stream(self.prompt(brief)):
                buffer += chunk.content if isinstance(chunk.content, str) else ""
                while (m := _END.search(buffer)) is not None:
                    raw, buffer = buffer[:m.end()], buffer[m.end():]
                    yield from self._checked(raw, brief, store, dropped)
        except Exception as exc:  # noqa: BLE001 - network, timeout, bad response: the offline brief stands
            log.warning("LLM brief failed (%s); the extractive brief stands", exc)
            metrics.ai_requests.labels("llm_error").inc()
            return
        finally:
            metrics.request_latency_seconds.labels("llm_brief").observe(time.perf_counter() - t0)
        if buffer.strip():
            yield from self._checked(buffer, brief, store, dropped)

    def _checked(self, raw: str, brief: Brief, store: Store, dropped: list) -> Iterator[BriefSentence]:
        for part in split_sentences(raw):  # sentences before the citation cite nothing themselves
            sentence, why = check_sentence(part, brief, store)
            if sentence is None:
                if why != "empty":
                    dropped.append((part.strip(), why))
                    metrics.ai_requests.labels("brief_sentence_dropped").inc()
                continue
            yield sentence


def writer_from_settings(env=None) -> BriefWriter | None:
    base = config.get("CRM_LLM_BASE_URL", env)
    if not base:
        return None
    try:
        return BriefWriter(base, config.get("CRM_LLM_API_KEY", env), config.get("CRM_LLM_MODEL", env),
                           float(config.get("CRM_LLM_TIMEOUT", env) or 20))
    except Exception:  # noqa: BLE001 - no langchain-openai: the extractive brief only
        log.exception("LLM brief writer unavailable")
        return None
