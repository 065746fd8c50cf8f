"""The editable guardrail policy: forbidden topics, business intents, replies and thresholds.

Defaults live in data/guardrail_policy.json. A policy is plain JSON both ways (`to_dict` / `from_dict`), so an
edited copy can be stored in the database; invalid input raises core.errors.ValidationError naming the field.
"""
from __future__ import annotations

import hashlib
import json
import re
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError as PydanticValidationError, field_validator, \
    model_validator

from core.errors import ValidationError
from core.guardrails.rules import RULE_NAMES, RULES, VIOLATION_TYPES

DEFAULT_POLICY_PATH = Path(__file__).resolve().parents[2] / "data" / "guardrail_policy.json"
CLASSIFICATIONS = ("security_violation", "out_of_scope", "in_scope")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def _clean_strings(values: tuple[str, ...], what: str) -> tuple[str, ...]:
    out = []
    for v in values:
        v = " ".join(str(v).split())
        if not v:
            raise ValueError(f"{what} must not contain empty strings")
        out.append(v)
    return tuple(out)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", ignored_types=(cached_property,))


class ForbiddenTopic(_Frozen):
    """A subject the assistant must not discuss.

    With `examples`, the topic is judged in context: similarity to the examples plus a bonus per keyword or
    pattern hit, weighed against the business intents ("our lawyer reviewed the MSA" stays in scope).
    Without examples it is a block list: any keyword or pattern hit flags the message.
    """

    description: str = ""
    keywords: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()

    @field_validator("keywords", "examples")
    @classmethod
    def _no_blanks(cls, v: tuple[str, ...], info) -> tuple[str, ...]:
        return _clean_strings(v, info.field_name)

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for p in v:
            try:
                re.compile(p)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {p!r}: {exc}") from None
        return v

    @model_validator(mode="after")
    def _has_a_signal(self) -> "ForbiddenTopic":
        if not (self.keywords or self.patterns or self.examples):
            raise ValueError("a forbidden topic needs at least one keyword, pattern or example")
        return self


class BusinessIntent(_Frozen):
    """Something customers legitimately write about; `max_words` limits keywords to short messages."""

    description: str = ""
    examples: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    max_words: int | None = Field(default=None, ge=1)

    @field_validator("keywords", "examples")
    @classmethod
    def _no_blanks(cls, v: tuple[str, ...], info) -> tuple[str, ...]:
        return _clean_strings(v, info.field_name)

    @model_validator(mode="after")
    def _has_a_signal(self) -> "BusinessIntent":
        if not (self.keywords or self.examples):
            raise ValueError("a business intent needs at least one example or keyword")
        return self


class Thresholds(_Frozen):
    """How the scores are combined. Similarities are cosines on the all-MiniLM-L6-v2 scale.

    A message's score for an intent is its best similarity to the intent's examples plus `keyword_weight` per
    matching keyword (at most two); it is in scope when the best score reaches `in_scope_similarity` and beats
    the closest off-topic example by `off_topic_margin`. Forbidden topics are scored the same way.
    """

    in_scope_similarity: float = Field(0.45, ge=0, le=2, description="best intent score needed to be in scope")
    off_topic_margin: float = Field(0.0, ge=-1, le=1,
                                    description="the intent score must beat the closest off-topic example by this")
    keyword_weight: float = Field(0.15, ge=0, le=1, description="added to an intent's score per matching keyword")
    topic_similarity: float = Field(0.6, ge=0, le=2, description="topic score that flags a forbidden topic")
    topic_margin: float = Field(0.05, ge=-1, le=1,
                                description="and it must beat the best intent score by this much")
    topic_keyword_weight: float = Field(0.25, ge=0, le=1,
                                        description="added to a forbidden topic's score per matching keyword")
    attack_similarity: float = Field(0.6, ge=0, le=1.01,
                                     description="an attack example this similar flags the message (embeddings only)")
    attack_margin: float = Field(0.1, ge=-1, le=1,
                                 description="and it must beat the best intent score by this much")
    foreign_review: float = Field(0.35, ge=0, le=1,
                                  description="a message not in English that keywords put in scope goes to a person "
                                              "when the security classifier's probability is at least this")


class GuardrailPolicy(_Frozen):
    version: int = 1
    neutral_reply: str = Field(min_length=1)
    handoff_reply: str = Field(min_length=1)
    handoff_on: tuple[str, ...] = ("security_violation",)
    thresholds: Thresholds = Thresholds()
    disabled_rules: tuple[str, ...] = ()
    forbidden_topics: dict[str, ForbiddenTopic] = {}
    business_intents: dict[str, BusinessIntent]
    off_topic_examples: tuple[str, ...] = ()
    attack_examples: dict[str, tuple[str, ...]] = {}

    @field_validator("forbidden_topics", "business_intents")
    @classmethod
    def _slug_names(cls, v: dict[str, Any], info) -> dict[str, Any]:
        for name in v:
            if not _NAME.match(name):
                raise ValueError(f"name {name!r} must be lower case letters, digits, '_' or '-' (e.g. 'politics')")
        return v

    @field_validator("business_intents")
    @classmethod
    def _at_least_one_intent(cls, v: dict[str, BusinessIntent]) -> dict[str, BusinessIntent]:
        if not v:
            raise ValueError("at least one business intent is needed, or every message is out of scope")
        return v

    @field_validator("disabled_rules")
    @classmethod
    def _known_rules(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(v) - RULE_NAMES)
        if unknown:
            raise ValueError(f"unknown rule(s) {unknown}; known rules: {sorted(RULE_NAMES)}")
        return v

    @field_validator("handoff_on")
    @classmethod
    def _known_outcomes(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        known = set(CLASSIFICATIONS) | {r.violation_type for r in RULES} | \
            {"off_topic", "forbidden_topic", "empty", "suspicious"}
        for item in v:
            if item not in known and not item.startswith("forbidden_topic:"):
                raise ValueError(f"{item!r} is not a classification or violation type; use one of {sorted(known)} "
                                 "or 'forbidden_topic:<name>'")
        return v

    @field_validator("attack_examples")
    @classmethod
    def _known_attack_types(cls, v: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        unknown = sorted(set(v) - VIOLATION_TYPES)
        if unknown:
            raise ValueError(f"unknown violation type(s) {unknown}; use {sorted(VIOLATION_TYPES)}")
        return {k: _clean_strings(x, "attack_examples") for k, x in v.items()}

    @field_validator("off_topic_examples")
    @classmethod
    def _no_blank_examples(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return _clean_strings(v, "off_topic_examples")

    # -- JSON in and out ------------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: Any, source: str = "guardrail policy") -> "GuardrailPolicy":
        """Validate a plain dict; errors say which field is wrong and why."""
        if not isinstance(data, dict):
            raise ValidationError(f"{source}: expected a JSON object, got {type(data).__name__}")
        try:
            return cls.model_validate(data)
        except PydanticValidationError as exc:
            problems = []
            for err in exc.errors():
                where = ".".join(str(p) for p in err["loc"]) or "(top level)"
                problems.append(f"{where}: {err['msg'].removeprefix('Value error, ')}")
            first = ".".join(str(p) for p in exc.errors()[0]["loc"]) if exc.errors() else None
            raise ValidationError(f"{source} is invalid: " + "; ".join(problems), field=first) from None

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @classmethod
    def from_json(cls, text: str, source: str = "guardrail policy") -> "GuardrailPolicy":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValidationError(f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") \
                from None
        return cls.from_dict(data, source)

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_file(cls, path: str | Path) -> "GuardrailPolicy":
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ValidationError(f"cannot read guardrail policy {path}: {exc.strerror}") from None
        return cls.from_json(text, source=str(path))

    @classmethod
    def default(cls) -> "GuardrailPolicy":
        """The shipped policy, from data/guardrail_policy.json."""
        return cls.from_file(DEFAULT_POLICY_PATH)

    @cached_property
    def fingerprint(self) -> str:
        """Stable hash of the content: caches of compiled matchers and example indexes are keyed on it."""
        canonical = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]

    # -- edits (a policy is immutable: each returns a new one) ----------------------------------------------
    def with_forbidden_topic(self, name: str, *, description: str = "", keywords: tuple[str, ...] | list[str] = (),
                             patterns: tuple[str, ...] | list[str] = (),
                             examples: tuple[str, ...] | list[str] = ()) -> "GuardrailPolicy":
        data = self.to_dict()
        data["forbidden_topics"][name] = {"description": description, "keywords": list(keywords),
                                          "patterns": list(patterns), "examples": list(examples)}
        return type(self).from_dict(data)

    def without_forbidden_topic(self, name: str) -> "GuardrailPolicy":
        data = self.to_dict()
        if name not in data["forbidden_topics"]:
            raise ValidationError(f"no forbidden topic named {name!r}; have {sorted(data['forbidden_topics'])}",
                                  field="forbidden_topics")
        del data["forbidden_topics"][name]
        return type(self).from_dict(data)
