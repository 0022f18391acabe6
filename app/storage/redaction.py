"""Known secrets never reach a log: a logging filter that masks them in every record."""

import logging
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
            self._secrets |= {secret, quote(secret, safe=""), quote_plus(secret)}

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


def install_redaction(
    logger: logging.Logger | None = None, redactor: SecretRedactor = REDACTOR
) -> None:
    """Add ``redactor`` to every handler of ``logger`` (default: the root logger); call it
    after logging is configured. Adding it twice is harmless."""
    for handler in (logger or logging.getLogger()).handlers:
        if redactor not in handler.filters:
            handler.addFilter(redactor)
