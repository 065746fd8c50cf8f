"""Every error AutoCRM raises on purpose, in one tree.

    CRMError                    base: a message meant for a person
    ├── ConfigError             a setting has a bad value
    ├── StoreError              the database cannot do what was asked
    ├── ValidationError         a value is wrong (field, reason)
    │   └── ImportFileError     a CSV row is wrong (file, line, reason)
    ├── PermissionDenied        the acting user may not do this
    ├── NotFound                a referenced record does not exist
    ├── PlanError               a plan cannot be applied (not ready, stale)
    ├── UndoConflict            records changed since the plan was applied
    └── SpeechError             no transcript (core/speech/base.py; AudioError: unusable audio)
    (the inbox's own errors live in core/inbox/errors.py and derive from CRMError too)
"""
from __future__ import annotations


class CRMError(Exception):
    """Base class: the message is written for the person who caused it."""


class ConfigError(CRMError):
    pass


class StoreError(CRMError):
    pass


class ValidationError(CRMError):
    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class ImportFileError(ValidationError):
    def __init__(self, file: str, line: int, reason: str):
        super().__init__(f"{file}, line {line}: {reason}")
        self.file, self.line, self.reason = file, line, reason


class PermissionDenied(CRMError):
    pass


class NotFound(CRMError):
    pass


class PlanError(CRMError):
    pass


class UndoConflict(CRMError):
    def __init__(self, message: str, changes: list[dict] | None = None):
        super().__init__(message)
        self.changes = changes or []
