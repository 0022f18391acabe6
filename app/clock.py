"""The one place that reads the calendar; everything else takes ``today`` as an argument."""

from datetime import date


def local_today() -> date:
    """The user's calendar day. Local on purpose: a notice deadline is a local date."""
    return date.today()  # noqa: DTZ011
