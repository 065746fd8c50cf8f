"""The settings an admin edits on the Settings page, as one document: autopilot's threshold and default, the
guardrail policy (forbidden topics, business intents, the neutral and hand-off replies) and the knowledge base.

Every edit builds a new document, which is validated in full before anything is stored and then stored in one
transaction, so a bad value changes nothing; errors name the section, the item and the field. The same document
is exported as JSON and imported back (power users, backups, moving settings between machines).
"""
from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from pydantic import ValidationError as PydanticValidationError

from core import config
from core.errors import ConfigError, PermissionDenied, ValidationError
from core.guardrails.policy import GuardrailPolicy
from core.inbox import knowledge
from core.inbox.language import SUPPORTED as LANGUAGES
from core.inbox.settings import (DEFAULT_AUTOPILOT_KEY, KNOWLEDGE_BASE_KEY, POLICY_KEY, THRESHOLD_KEY,
                                 InboxSettings, parse_threshold)
from core.models import User
from core.store import Store

FORMAT = "autocrm-settings"
FORMAT_VERSION = 1
SECTIONS = ("autopilot", "guardrails", "knowledge_base")
# how the form names the guardrail policy's fields in an error
SECTION_NAMES = {"forbidden_topics": "Topic", "business_intents": "Intent", "neutral_reply": "Neutral reply",
                 "handoff_reply": "Hand-off reply", "thresholds": "Thresholds"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an edit: where (section › item › field) and what to do."""
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class SettingsError(ValidationError):
    """An edit that was refused; nothing was saved. `problems` lists every wrong field found."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__("Nothing was saved: " + "; ".join(str(p) for p in self.problems),
                         self.problems[0].where if self.problems else None)


@dataclass(frozen=True)
class Topic:
    """A forbidden topic: a subject the assistant must not discuss."""
    name: str
    description: str = ""
    keywords: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()

    def to_policy(self) -> dict:
        return {"description": self.description, "keywords": list(self.keywords), "patterns": list(self.patterns),
                "examples": list(self.examples)}


@dataclass(frozen=True)
class Intent:
    """A business intent: something customers legitimately write about (in scope)."""
    name: str
    description: str = ""
    examples: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    max_words: int | None = None

    def to_policy(self) -> dict:
        return {"description": self.description, "examples": list(self.examples), "keywords": list(self.keywords),
                "max_words": self.max_words}


@dataclass(frozen=True)
class Translation:
    questions: tuple[str, ...] = ()
    answer: str = ""


@dataclass(frozen=True)
class Entry:
    """A knowledge-base entry as the form edits it; fields the form does not show are kept as they were."""
    id: str
    questions: tuple[str, ...] = ()
    answer: str = ""
    keywords: tuple[str, ...] = ()
    handoff: str = ""
    max_confidence: float = 1.0
    translations: dict[str, Translation] = field(default_factory=dict)


def lines(text: str | None) -> tuple[str, ...]:
    """A text box's lines as a list: one item per line, blank lines dropped, spaces trimmed."""
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def _require_admin(user: User) -> None:
    if user.role != "admin":
        raise PermissionDenied(f"{user.name} is a {user.role}: only admins change settings; nothing was saved.")


def _policy_problems(exc: PydanticValidationError) -> list[Problem]:
    out = []
    for err in exc.errors():
        loc = [str(p) for p in err["loc"]]
        section = SECTION_NAMES.get(loc[0], loc[0].replace("_", " ")) if loc else ""
        if loc and loc[0] in ("forbidden_topics", "business_intents") and len(loc) > 1:
            where = f"{section} “{loc[1]}”" + (f" › {' › '.join(loc[2:])}" if len(loc) > 2 else "")
        else:
            where = " › ".join([section, *loc[1:]]) if loc else ""
        message = err["msg"].removeprefix("Value error, ")
        if err["type"] == "string_too_short":
            message = "must not be empty"
        out.append(Problem(where, message))
    return out


class AdminSettings:
    """Reads, validates and saves the admin-editable settings (core/inbox/settings.py keeps each value)."""

    def __init__(self, store: Store, knowledge_base_path: str | None = None):
        self.store = store
        self.values = InboxSettings(store)
        self._kb_path = knowledge_base_path

    # -- reading -----------------------------------------------------------------------------------
    def knowledge_base_file(self) -> Path:
        return Path(self._kb_path or config.get("CRM_KNOWLEDGE_BASE"))

    def _file_knowledge_base(self) -> dict:
        path = self.knowledge_base_file()
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"knowledge base {path} not found (set CRM_KNOWLEDGE_BASE)") from None
        except ValueError as exc:
            raise ConfigError(f"knowledge base {path} is not valid JSON: {exc}") from None

    def document(self) -> dict:
        """Everything the page edits, as one JSON-ready document (what export writes and import reads)."""
        kb = self.values.knowledge_base_data()
        return {"format": FORMAT, "version": FORMAT_VERSION,
                "autopilot": {"threshold": self.values.threshold(), "default_on": self.values.default_autopilot()},
                "guardrails": self.values.policy_dict(),
                "knowledge_base": kb if kb is not None else self._file_knowledge_base()}

    def knowledge_base_source(self) -> str:
        """Where the knowledge base in use comes from, in words."""
        if self.values.knowledge_base_data() is not None:
            return "edited on this page (stored in the database)"
        return f"the file {self.knowledge_base_file()}"

    def topics(self) -> list[Topic]:
        topics = self.values.policy_dict().get("forbidden_topics", {})
        return [Topic(name, t.get("description", ""), tuple(t.get("keywords", ())), tuple(t.get("examples", ())),
                      tuple(t.get("patterns", ()))) for name, t in topics.items()]

    def intents(self) -> list[Intent]:
        intents = self.values.policy_dict().get("business_intents", {})
        return [Intent(name, i.get("description", ""), tuple(i.get("examples", ())), tuple(i.get("keywords", ())),
                       i.get("max_words")) for name, i in intents.items()]

    def replies(self) -> tuple[str, str]:
        """(neutral reply, hand-off reply)."""
        policy = self.values.policy_dict()
        return policy.get("neutral_reply", ""), policy.get("handoff_reply", "")

    def entries(self) -> list[Entry]:
        return [self._entry(raw) for raw in self.document()["knowledge_base"].get("entries", [])]

    @staticmethod
    def _entry(raw: dict) -> Entry:
        return Entry(raw.get("id", ""), tuple(raw.get("questions", ())), raw.get("answer", ""),
                     tuple((raw.get("keywords") or {}).get("en", ())), raw.get("handoff") or "",
                     float(raw.get("max_confidence", 1.0)),
                     {lang: Translation(tuple(t.get("questions", ())), t.get("answer", ""))
                      for lang, t in (raw.get("translations") or {}).items()})

    # -- validating and saving -------------------------------------------------------------------------
    def check(self, document: Any) -> dict:
        """The document, validated and normalised; SettingsError lists every problem found (nothing is stored)."""
        problems: list[Problem] = []
        if not isinstance(document, dict):
            raise SettingsError([Problem("", f"expected a JSON object with {', '.join(SECTIONS)}, "
                                             f"got {type(document).__name__}")])
        unknown = sorted(set(document) - set(SECTIONS) - {"format", "version"})
        missing = [s for s in SECTIONS if s not in document]
        if unknown:
            problems.append(Problem("", f"unknown section(s) {', '.join(unknown)}; a settings file has "
                                        f"{', '.join(SECTIONS)}"))
        if missing:
            problems.append(Problem("", f"missing section(s) {', '.join(missing)} (export the settings to see "
                                        "the expected shape)"))
        if document.get("format", FORMAT) != FORMAT or document.get("version", FORMAT_VERSION) != FORMAT_VERSION:
            problems.append(Problem("", f"not an AutoCRM settings file (format {FORMAT!r}, version {FORMAT_VERSION})"))
        if problems:
            raise SettingsError(problems)
        out: dict = {"format": FORMAT, "version": FORMAT_VERSION}
        auto = document["autopilot"]
        if not isinstance(auto, dict) or set(auto) - {"threshold", "default_on"}:
            problems.append(Problem("Autopilot", "expected {\"threshold\": 0..1, \"default_on\": true|false}"))
        else:
            try:
                threshold = parse_threshold(auto.get("threshold"), "threshold")
            except ValidationError as exc:
                problems.append(Problem("Autopilot › threshold", str(exc).removeprefix("threshold ")))
                threshold = None
            default_on = auto.get("default_on")
            if not isinstance(default_on, bool):
                problems.append(Problem("Autopilot › default_on", f"must be true or false (got {default_on!r})"))
            out["autopilot"] = {"threshold": threshold, "default_on": default_on}
        try:
            if not isinstance(document["guardrails"], dict):
                raise ValidationError("expected a JSON object")
            out["guardrails"] = GuardrailPolicy.model_validate(document["guardrails"]).to_dict()
        except PydanticValidationError as exc:
            problems += _policy_problems(exc)
        except ValidationError as exc:
            problems.append(Problem("Guardrails", str(exc)))
        try:
            knowledge.parse(document["knowledge_base"], "Knowledge base")
            out["knowledge_base"] = copy.deepcopy(document["knowledge_base"])
        except ConfigError as exc:
            problems.append(_kb_problem(str(exc), document["knowledge_base"]))
        if problems:
            raise SettingsError(problems)
        return out

    def save(self, user: User, document: Any) -> dict:
        """Validate the whole document, then store what changed in one transaction; returns the saved document.

        A part equal to what is in use is not stored, so the shipped policy and the knowledge base file stay in
        charge (and pick up their updates) until an admin changes them."""
        _require_admin(user)
        new = self.check(document)
        current = self.document()
        with self.store.atomic():
            if new["autopilot"]["threshold"] != current["autopilot"]["threshold"]:
                self.store.set_setting(THRESHOLD_KEY, new["autopilot"]["threshold"])
            if new["autopilot"]["default_on"] != current["autopilot"]["default_on"]:
                self.store.set_setting(DEFAULT_AUTOPILOT_KEY, new["autopilot"]["default_on"])
            if new["guardrails"] != current["guardrails"]:
                self.store.set_setting(POLICY_KEY, new["guardrails"])
            if new["knowledge_base"] != current["knowledge_base"]:
                self.store.set_setting(KNOWLEDGE_BASE_KEY, new["knowledge_base"])
        return new

    def _edit(self, user: User, change) -> dict:
        _require_admin(user)
        document = copy.deepcopy(self.document())
        change(document)
        return self.save(user, document)

    # -- the page's edits (each one a whole-document save) ---------------------------------------------------
    def save_autopilot(self, user: User, threshold: Any, default_on: bool) -> dict:
        def change(doc: dict) -> None:
            doc["autopilot"] = {"threshold": threshold, "default_on": default_on}
        return self._edit(user, change)

    def save_replies(self, user: User, neutral_reply: str, handoff_reply: str) -> dict:
        def change(doc: dict) -> None:
            doc["guardrails"]["neutral_reply"] = (neutral_reply or "").strip()
            doc["guardrails"]["handoff_reply"] = (handoff_reply or "").strip()
        return self._edit(user, change)

    def save_topic(self, user: User, topic: Topic, replaces: str | None = None) -> dict:
        """Add a topic, or replace the one named `replaces` (renaming it keeps its place)."""
        return self._edit(user, lambda doc: _put(doc["guardrails"], "forbidden_topics", "Topic", topic.name,
                                                 topic.to_policy(), replaces))

    def delete_topic(self, user: User, name: str) -> dict:
        return self._edit(user, lambda doc: _drop(doc["guardrails"], "forbidden_topics", "Topic", name))

    def save_intent(self, user: User, intent: Intent, replaces: str | None = None) -> dict:
        return self._edit(user, lambda doc: _put(doc["guardrails"], "business_intents", "Intent", intent.name,
                                                 intent.to_policy(), replaces))

    def delete_intent(self, user: User, name: str) -> dict:
        return self._edit(user, lambda doc: _drop(doc["guardrails"], "business_intents", "Intent", name))

    def save_entry(self, user: User, entry: Entry, replaces: str | None = None) -> dict:
        """Add a knowledge-base entry, or update the one with id `replaces`; fields the form does not show
        (team, answer_with_deal, other languages' keywords) are kept."""
        def change(doc: dict) -> None:
            entries = doc["knowledge_base"].setdefault("entries", [])
            ids = [e.get("id") for e in entries]
            name = entry.id.strip()
            if not name:
                raise SettingsError([Problem("Knowledge base › id", "an entry needs an id (e.g. 'pricing')")])
            if name != replaces and name in ids:
                raise SettingsError([Problem(f"Knowledge base › entry “{name}”",
                                             "another entry has this id; choose another")])
            if replaces is not None and replaces not in ids:
                raise SettingsError([Problem(f"Knowledge base › entry “{replaces}”", "no longer exists; reload")])
            raw = copy.deepcopy(entries[ids.index(replaces)]) if replaces is not None else {}
            raw.update({"id": name, "questions": list(entry.questions), "answer": entry.answer.strip()})
            keywords = dict(raw.get("keywords") or {})
            if entry.keywords:
                keywords["en"] = list(entry.keywords)
            else:
                keywords.pop("en", None)
            _set_or_drop(raw, "keywords", keywords)
            _set_or_drop(raw, "handoff", entry.handoff.strip())
            if entry.max_confidence != 1.0 or "max_confidence" in raw:
                raw["max_confidence"] = entry.max_confidence
            translations = dict(raw.get("translations") or {})
            for lang, t in entry.translations.items():
                if lang not in LANGUAGES or lang == "en":
                    raise SettingsError([Problem(f"Knowledge base › entry “{name}” › translations",
                                                 f"{lang!r} is not one of {', '.join(LANGUAGES[1:])}")])
                if not t.questions and not t.answer.strip():
                    translations.pop(lang, None)  # both boxes emptied: the language falls back to English
                    continue
                translations[lang] = {**translations.get(lang, {}), "questions": list(t.questions),
                                      "answer": t.answer.strip()}
            _set_or_drop(raw, "translations", translations)
            if replaces is None:
                entries.append(raw)
            else:
                entries[ids.index(replaces)] = raw
        return self._edit(user, change)

    def delete_entry(self, user: User, entry_id: str) -> dict:
        def change(doc: dict) -> None:
            entries = doc["knowledge_base"].get("entries", [])
            if entry_id not in [e.get("id") for e in entries]:
                raise SettingsError([Problem(f"Knowledge base › entry “{entry_id}”", "no such entry")])
            doc["knowledge_base"]["entries"] = [e for e in entries if e.get("id") != entry_id]
        return self._edit(user, change)

    def reset_knowledge_base(self, user: User) -> None:
        """Forget the admin's knowledge base: the CRM_KNOWLEDGE_BASE file is used again."""
        _require_admin(user)
        with self.store.atomic():
            self.store.execute("DELETE FROM app_settings WHERE key = ?", [KNOWLEDGE_BASE_KEY])

    # -- JSON export / import ----------------------------------------------------------------------------
    def export_json(self) -> str:
        return json.dumps(self.document(), indent=2, ensure_ascii=False)

    def import_json(self, user: User, text: str | bytes) -> dict:
        """Replace every setting with a file made by export_json; a file with any problem changes nothing."""
        _require_admin(user)
        if isinstance(text, bytes):
            try:
                text = text.decode("utf-8")
            except UnicodeDecodeError:
                raise SettingsError([Problem("", "the file is not UTF-8 text")]) from None
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SettingsError([Problem("", f"not valid JSON: line {exc.lineno}, column {exc.colno}: "
                                             f"{exc.msg}")]) from None
        return self.save(user, document)


def _kb_problem(message: str, kb: Any) -> Problem:
    """knowledge.parse's "Knowledge base: entries[3].translations.es.answer: required text" in the form's words:
    "Knowledge base › entry “pricing” › translations › es › answer"."""
    source, _, rest = message.partition(": ")
    path, sep, reason = rest.partition(": ")
    if not sep:
        return Problem(source, rest)
    match = re.match(r"entries\[(\d+)\]\.?(.*)", path)
    entries = kb.get("entries") if isinstance(kb, dict) else None
    if match and isinstance(entries, list):
        raw = entries[int(match.group(1))]
        name = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) and raw.get("id") \
            else f"#{int(match.group(1)) + 1}"
        parts = [f"entry “{name}”", *[p for p in match.group(2).split(".") if p]]
    else:
        parts = path.split(".")
    return Problem(" › ".join([source, *parts]), reason)


def _put(section: dict, key: str, what: str, name: str, value: dict, replaces: str | None) -> None:
    items = section.setdefault(key, {})
    name = (name or "").strip()
    if not name:
        raise SettingsError([Problem(f"{what} › name", "a name is needed (e.g. 'politics')")])
    if name != replaces and name in items:
        raise SettingsError([Problem(f"{what} “{name}”", f"another {what.lower()} has this name; choose another")])
    if replaces is not None and replaces not in items:
        raise SettingsError([Problem(f"{what} “{replaces}”", "no longer exists; reload the page")])
    rebuilt = {}
    for old, item in items.items():  # a renamed item keeps its place
        if old == replaces:
            rebuilt[name] = value
        else:
            rebuilt[old] = item
    if replaces is None:
        rebuilt[name] = value
    section[key] = rebuilt


def _drop(section: dict, key: str, what: str, name: str) -> None:
    items = section.get(key, {})
    if name not in items:
        raise SettingsError([Problem(f"{what} “{name}”", "no such item; reload the page")])
    section[key] = {k: v for k, v in items.items() if k != name}


def _set_or_drop(raw: dict, key: str, value: Any) -> None:
    if value:
        raw[key] = value
    else:
        raw.pop(key, None)
