"""The database profile kept in the settings: this computer's file or a team server."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy.engine import URL

from app.errors import InvalidValueError
from app.storage.location import DEFAULT_SERVER_PORT, DatabaseLocation, resolve_location


@dataclass(frozen=True)
class TeamServer:
    """Where the team's PostgreSQL database lives and who logs in; never a password."""

    host: str
    port: int = DEFAULT_SERVER_PORT
    database: str = "kamdesk"
    user: str = ""

    def location(self) -> DatabaseLocation:
        url = URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )
        return DatabaseLocation(url)


def server_from_url(url: str) -> TeamServer | None:
    """The team server a stored URL names; None for "" or anything that is not a server."""
    if not url.strip():
        return None
    try:
        location = resolve_location(url)
    except InvalidValueError:
        return None
    if location.is_sqlite or not location.url.host:
        return None
    return TeamServer(
        host=location.url.host,
        port=location.url.port or DEFAULT_SERVER_PORT,
        database=location.url.database or "",
        user=location.url.username or "",
    )


def stored_url(server: TeamServer | None) -> str:
    """What the settings keep for ``server``: its URL without a password, "" for local."""
    if server is None:
        return ""
    return server.location().url.render_as_string(hide_password=True)


def profile_description(location: DatabaseLocation) -> str:
    """The status bar's words for the open database: the file, or the team server's account."""
    if location.is_sqlite:
        return location.describe()
    url = location.url
    account = f"{url.username}@" if url.username else ""
    return QCoreApplication.translate("profile", "Team server: {account}").format(
        account=f"{account}{location.server_address}/{url.database or ''}"
    )
