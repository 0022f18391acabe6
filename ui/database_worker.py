"""One worker thread that talks to the database, so the window never waits on a query.

``run`` hands a job (a callable taking a ``Session``) to the worker thread and
calls ``on_done`` with its result back on the GUI thread. ``change`` does the
same for a job that writes: it commits, then tells the ``ChangeBroadcast``.
The thread owns its one session; nothing else touches it.

A form wants the refusal itself (``FormInvalidError`` names each field at fault,
``StaleRecordError`` asks for a reload): ``change(..., on_refused=...)`` hands it over
as the exception object instead of its message.
"""

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import count
from queue import SimpleQueue
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from sqlalchemy.orm import Session

from app.bootstrap import Workspace
from app.errors import KamDeskError
from app.storage.write_errors import database_write_failure
from ui.change_broadcast import ChangeBroadcast
from ui.write_failures import failure_text

T = TypeVar("T")
ErrorCallback = Callable[[str], None]
RefusalCallback = Callable[[KamDeskError], None]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Job:
    number: int
    work: Callable[[Session], Any]
    writes: bool


@dataclass(frozen=True)
class _Callbacks:
    on_done: Callable[[Any], None]
    on_error: ErrorCallback | None
    announces: tuple[frozenset[str], int | None] | None
    on_refused: RefusalCallback | None = None


class _SessionThread(QThread):
    """Runs queued jobs one after another against the thread's own session."""

    succeeded = Signal(int, object)
    # job number, the KamDeskError (or the unexpected error's type name), whether unexpected
    failed = Signal(int, object, bool)

    def __init__(self, open_session: Callable[[], Session], database: str = "") -> None:
        super().__init__()
        self._open_session = open_session
        self._database = database  # named in a full-disk message
        self._jobs: SimpleQueue[_Job | None] = SimpleQueue()

    def submit(self, job: _Job | None) -> None:
        """Queue ``job``; ``None`` ends the thread once the jobs before it are done."""
        self._jobs.put(job)

    def run(self) -> None:
        session = self._open_session()
        try:
            while (job := self._jobs.get()) is not None:
                self._execute(session, job)
        finally:
            session.close()

    def _execute(self, session: Session, job: _Job) -> None:
        try:
            result = job.work(session)
            if job.writes:
                session.commit()
            else:
                session.rollback()  # end the read, so the next job sees newer commits
        except KamDeskError as error:
            session.rollback()
            self.failed.emit(job.number, error, False)
        except Exception as error:
            session.rollback()
            # A full or failing disk is the user's to fix: said plainly, like a refusal.
            failure = database_write_failure(error, self._database)
            if failure is not None:
                self.failed.emit(job.number, failure, False)
                return
            log.exception("database job %s failed", getattr(job.work, "__name__", job.work))
            self.failed.emit(job.number, type(error).__name__, True)
        else:
            self.succeeded.emit(job.number, result)


class DatabaseWorker(QObject):
    """The GUI thread's handle on the worker thread; ``busy_changed`` drives the busy indicator.

    Errors a user can cause (``KamDeskError``) reach ``on_error`` with their own message;
    anything else is logged with its traceback and reported as an unexpected error. Without
    an ``on_error`` the message goes out on ``error_reported`` for the window to show.
    """

    busy_changed = Signal(bool)
    error_reported = Signal(str)

    def __init__(
        self, workspace: Workspace, broadcast: ChangeBroadcast, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._broadcast = broadcast
        self._numbers = count(1)
        self._waiting: dict[int, _Callbacks] = {}
        self._thread = _SessionThread(workspace.session, workspace.location.describe())
        self._thread.succeeded.connect(self._deliver_result)
        self._thread.failed.connect(self._deliver_error)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._waiting)

    def run(
        self,
        job: Callable[[Session], T],
        on_done: Callable[[T], None],
        on_error: ErrorCallback | None = None,
    ) -> None:
        """Read: run ``job`` on the worker; ``on_done(result)`` follows on the GUI thread."""
        self._submit(job, _Callbacks(on_done, on_error, None), writes=False)

    def change(
        self,
        job: Callable[[Session], T],
        topics: Iterable[str],
        on_done: Callable[[T], None],
        *,
        account_id: int | None = None,
        on_error: ErrorCallback | None = None,
        on_refused: RefusalCallback | None = None,
    ) -> None:
        """Write: run and commit ``job``, announce ``topics``, then call ``on_done(result)``.

        A ``KamDeskError`` rolls everything back and goes to ``on_refused`` as the
        exception (when given), else its message goes to ``on_error``."""
        announces = (frozenset(topics), account_id)
        self._submit(job, _Callbacks(on_done, on_error, announces, on_refused), writes=True)

    def stop(self) -> None:
        """Let queued jobs finish, close the session and end the thread; results are dropped."""
        if self._thread.isRunning():
            self._thread.submit(None)
            self._thread.wait()
        if self._waiting:
            self._waiting.clear()
            self.busy_changed.emit(False)

    def _submit(self, work: Callable[[Session], Any], callbacks: _Callbacks, writes: bool) -> None:
        if not self._thread.isRunning():
            raise RuntimeError("the database worker has been stopped")
        number = next(self._numbers)
        self._waiting[number] = callbacks
        if len(self._waiting) == 1:
            self.busy_changed.emit(True)
        self._thread.submit(_Job(number, work, writes))

    def _take(self, number: int) -> _Callbacks | None:
        callbacks = self._waiting.pop(number, None)
        if callbacks is not None and not self._waiting:
            self.busy_changed.emit(False)
        return callbacks

    def _deliver_result(self, number: int, result: object) -> None:
        callbacks = self._take(number)
        if callbacks is None:  # stopped meanwhile: nobody is waiting for it any more
            return
        if callbacks.announces is not None:
            topics, account_id = callbacks.announces
            self._broadcast.announce(topics, account_id)
        callbacks.on_done(result)

    def _deliver_error(self, number: int, error: object, unexpected: bool) -> None:
        callbacks = self._take(number)
        if callbacks is None:
            return
        if not unexpected and callbacks.on_refused is not None:
            assert isinstance(error, KamDeskError)
            callbacks.on_refused(error)
            return
        message = failure_text(error) if isinstance(error, KamDeskError) else str(error)
        if unexpected:
            message = QCoreApplication.translate(
                "DatabaseWorker",
                "An unexpected error stopped this ({kind}). The details are in the log.",
            ).format(kind=message)
        if callbacks.on_error is not None:
            callbacks.on_error(message)
        else:
            self.error_reported.emit(message)
