"""KAM Desk core: storage, model, domain rules, brief and CLI. Never imports Qt."""

from importlib.metadata import PackageNotFoundError, metadata, version

try:
    __version__ = version("kamdesk")
    # The licence is declared once, in pyproject.toml; the About dialog shows it.
    __licence__ = (metadata("kamdesk").get_all("License") or ["Proprietary"])[0]
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
    __licence__ = "Proprietary"
