"""Known secrets never reach a log: a logging filter that masks them in every record."""

import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, quote_plus

MASK = "***"


class SecretRedactor(logging.Filter):
    """Replaces every secret it was told about with ``***`` in log records and texts.

    Install it on a handler (``install_redaction``): a filter on a logger does not see
    records that its child loggers pass up.
    """

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()

    def add(self, secret: str) -> None:
        """Mask ``secret`` from now on, also as it appears inside a URL."""
        if secret:
            self._secrets |= {
                secret,
                quote(secret, safe=""),
                quote_plus(secret),
                repr(secret)[1:-1],
            }

    def redact(self, text: str) -> str:
        # Longest first, so a secret containing another is masked whole.
        for secret in sorted(self._secrets, key=len, reverse=True):
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        masked = self.redact(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


# One per process, like logging itself: secrets learned anywhere are masked everywhere.
REDACTOR = SecretRedactor()


class _RedactingRecords:
    """A log record factory that masks secrets as each record is made, so that handlers
    added later (a test's, a library's) never see one either."""

    def __init__(self, make: Callable[..., logging.LogRecord], redactor: SecretRedactor) -> None:
        self.make = make
        self.redactor = redactor

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        record = self.make(*args, **kwargs)
        self.redactor.filter(record)
        return record


def install_redaction(
    logger: logging.Logger | None = None, redactor: SecretRedactor = REDACTOR
) -> None:
    """Add ``redactor`` to every handler of ``logger`` (default: the root logger); call it
    after logging is configured. For the root logger every record is also masked as it is
    made. Adding it twice is harmless."""
    for handler in (logger or logging.getLogger()).handlers:
        if redactor not in handler.filters:
            handler.addFilter(redactor)
    factory = logging.getLogRecordFactory()
    if logger is None and not isinstance(factory, _RedactingRecords):
        logging.setLogRecordFactory(_RedactingRecords(factory, redactor))


def redaction_installed(redactor: SecretRedactor = REDACTOR) -> bool:
    """True when every record is masked as it is made and every root handler filters."""
    factory = logging.getLogRecordFactory()
    handlers = logging.getLogger().handlers
    return (
        isinstance(factory, _RedactingRecords)
        and factory.redactor is redactor
        and all(redactor in handler.filters for handler in handlers)
    )
