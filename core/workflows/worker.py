"""The background loop of the process that owns the database: tick the engine, deliver queued webhooks."""
from __future__ import annotations

import logging
import threading

from core import config
from core.workflows import settings as _settings  # noqa: F401 - registers CRM_WORKFLOW_POLL_SECONDS
from core.workflows.engine import WorkflowEngine

log = logging.getLogger(__name__)


class WorkflowWorker:
    def __init__(self, engine: WorkflowEngine, interval: float | None = None):
        self.engine = engine
        self.interval = float(config.get("CRM_WORKFLOW_POLL_SECONDS")) if interval is None else interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> "WorkflowWorker":
        if not self.running:
            self._stop.clear()
            self._thread = threading.Thread(target=self._loop, name="workflow-worker", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.engine.wake.set()
        if self._thread is not None:
            self._thread.join(15)
        self._thread = None

    def run_once(self) -> dict:
        counts = self.engine.tick()
        counts["webhooks"] = self.engine.webhooks.deliver_due()
        return counts

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.engine.wake.clear()
            try:
                self.run_once()
            except Exception:  # noqa: BLE001 - keep the loop alive; the error is logged and retried
                log.exception("workflow worker failed; retrying")
            self.engine.wake.wait(self.interval)
