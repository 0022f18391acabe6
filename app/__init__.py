"""KAM Desk core: storage, model, domain rules, brief and CLI. Never imports Qt."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kamdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
