"""Errors of the customer-message pipeline (all CRMError subclasses, so the CLI and routes print them as is).

    CRMError
    ├── ValidationError
    │   ├── PayloadError        an inbound payload is malformed (HTTP 400; nothing stored)
    │   ├── PayloadTooLarge     a request body over the route's limit, stopped while reading (HTTP 413)
    │   └── UnsupportedMediaType  a request body of the wrong Content-Type (HTTP 415)
    ├── PermissionDenied
    │   └── SignatureError      a webhook or command signature is missing or wrong (HTTP 401)
    ├── ConfigError
    │   └── NotConfigured       the secret a webhook needs is not set, so it refuses requests (HTTP 503)
    ├── ReviewConflict          a review action cannot be done in the draft's state (HTTP 409)
    │   └── NeedsConfirmation   the draft was superseded by a human; sending it needs confirm=True
    ├── CaptureUnavailable      the ingest writer is stopped or the database failed; retry (HTTP 503, Retry-After)
    └── SendingRefused          this process does not send replies (the CLI): only the server does
"""
from __future__ import annotations

from core.errors import ConfigError, CRMError, PermissionDenied, ValidationError


class PayloadError(ValidationError):
    pass


class SignatureError(PermissionDenied):
    pass


class NotConfigured(ConfigError):
    pass


class ReviewConflict(CRMError):
    pass


class NeedsConfirmation(ReviewConflict):
    pass


class CaptureUnavailable(CRMError):
    pass


class PayloadTooLarge(ValidationError):
    pass


class UnsupportedMediaType(ValidationError):
    pass


class SendingRefused(CRMError):
    pass
