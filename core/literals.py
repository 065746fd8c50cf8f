"""Necessary literals of a regular expression: a cheap gate in front of an expensive pattern.

`necessary(pattern)` reads the compiled pattern's syntax tree and returns a set of lower-case ASCII strings
of which at least one occurs in any text the pattern matches (or None when it cannot tell). `Gate` keeps
that set for many patterns: a text that holds none of a pattern's literals cannot match it, so the pattern
is not run. The gate only skips work and never changes a result: it answers "may match" for text that is not
ASCII (where case-insensitive matching is wider than lower-casing) and for patterns it cannot read.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

try:  # the parser behind `re` (public as sre_parse before 3.11)
    import re._constants as _c
    import re._parser as _p
except ImportError:  # pragma: no cover - older Python
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_REPEATS = tuple(op for op in (getattr(_c, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"))
                 if op is not None)


def _required(items) -> set[str] | None:
    """Strings one of which occurs in every match of this sequence of parsed items, or None."""
    options: list[set[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            options.append({"".join(run)})
            run.clear()

    for op, arg in items:
        if op is _c.LITERAL and arg < 128:
            run.append(chr(arg).lower())
            continue
        close_run()
        if op is _c.SUBPATTERN:
            found = _required(arg[-1])
        elif op is _c.BRANCH:
            branches = [_required(b) for b in arg[1]]
            found = None if any(b is None for b in branches) else set().union(*branches)
        elif op in _REPEATS:
            found = _required(arg[2]) if arg[0] >= 1 else None
        elif op is _c.ASSERT and arg[0] == 1:  # a lookahead must match too
            found = _required(arg[1])
        else:  # classes, anchors, lookbehinds, negative lookarounds, backreferences: no literal
            found = None
        if found:
            options.append(found)
    close_run()
    if not options:
        return None
    # the most selective option: its shortest string longest, then the fewest strings
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def necessary(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case strings one of which is in every match of `pattern`; None when the pattern has none."""
    try:
        found = _required(_p.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply always run
        return None
    if not found or "" in found:
        return None
    # lower-cased, and looked for in lower-cased text: right for case-sensitive patterns too (a text that
    # holds "SELECT" holds "select" once lower-cased)
    return frozenset(found)


def _finder(literals: Sequence[str]) -> re.Pattern | None:
    """A regex that, at each position, captures the longest literal starting there (a trie of the literals,
    greedy, inside a lookahead so that overlapping ones are all found)."""
    trie: dict = {}
    for word in literals:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return re.compile("(?=(" + build(trie) + "))") if literals else None


class Gate:
    """For a fixed set of patterns: which of them may match a text (patterns are known by `id`)."""

    def __init__(self, patterns: Iterable[re.Pattern]):
        self._always: set[int] = set()
        self._by_literal: dict[str, list[int]] = {}
        for p in patterns:
            need = necessary(p)
            if need is None:
                self._always.add(id(p))
            for s in need or ():
                self._by_literal.setdefault(s, []).append(id(p))
        self.literals: tuple[str, ...] = tuple(sorted(self._by_literal))
        self._find = _finder(self.literals)
        # the longest literal found at a place implies every literal that is a prefix of it
        self._implied: dict[str, tuple[int, ...]] = {
            s: tuple(dict.fromkeys(i for n in range(1, len(s) + 1) if s[:n] in self._by_literal
                                   for i in self._by_literal[s[:n]]))
            for s in self.literals}

    def allowed(self, text: str) -> set[int] | None:
        """Ids of the patterns that may match `text`; None (all may) for text the gate must not judge."""
        if not text.isascii():
            return None
        out = set(self._always)
        if self._find is not None:
            for found in set(self._find.findall(text.lower())):
                out.update(self._implied[found])
        return out

    @staticmethod
    def search_any(keyed: Sequence[tuple[int, re.Pattern]], text: str, allowed: set[int] | None) -> bool:
        """True when one of the (id, pattern) pairs that `allowed` lets through matches `text`."""
        if allowed is None:
            return any(p.search(text) for _, p in keyed)
        return any(p.search(text) for i, p in keyed if i in allowed)
