"""CSV cell safety: OWASP formula neutralising on export, undone on import."""
from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula gets a leading quote; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restore(value: str | None) -> str | None:
    """Undo neutralise on a text cell read back from CSV."""
    if value and value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
