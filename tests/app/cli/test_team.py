"""``kamdesk-cli secret set/clear``: the team server password into and out of the keyring."""

import click
import keyring
import pytest
from click.testing import CliRunner, Result

from app.cli.context import CliContext
from app.cli.team import TEAM_COMMANDS
from app.errors import InvalidValueError
from app.storage.secrets import SERVICE_NAME, KeyringUnavailableError
from tests.app.storage.test_secrets import MemoryKeyring

URL = "postgresql://anna@db.example.com:5432/kamdesk"
ENTRY = (SERVICE_NAME, "anna@db.example.com:5432/kamdesk")
PASSWORD = "Tür:zu/@42%"


@click.group()
@click.option("--db", "db", envvar="KAMDESK_DB")
@click.pass_context
def team_cli(ctx: click.Context, db: str | None) -> None:
    """The root group's wiring, holding just the team commands."""
    ctx.obj = CliContext(db)


for team_command in TEAM_COMMANDS:
    team_cli.add_command(team_command)


def invoke(*argv: str, input: str = "") -> Result:
    return CliRunner().invoke(team_cli, list(argv), input=input)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def test_set_asks_twice_without_echo_and_stores(memory_keyring: MemoryKeyring) -> None:
    result = invoke("secret", "set", "--db", URL, input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert memory_keyring.entries == {ENTRY: PASSWORD}
    assert "Stored the password for anna@db.example.com:5432/kamdesk" in result.stdout
    assert "service 'kamdesk'" in result.stdout
    assert PASSWORD not in result.output


def test_set_reads_stdin_for_scripts_and_takes_the_group_db(
    memory_keyring: MemoryKeyring,
) -> None:
    result = invoke("--db", URL, "secret", "set", "--password-stdin", input=f"{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert memory_keyring.entries == {ENTRY: PASSWORD}


def test_a_password_in_the_url_is_not_part_of_the_entry(memory_keyring: MemoryKeyring) -> None:
    url = "postgresql://anna:old@db.example.com:5432/kamdesk"
    result = invoke("secret", "set", "--db", url, "--password-stdin", input="new\n")
    assert result.exit_code == 0, result.output
    assert memory_keyring.entries == {ENTRY: "new"}


def test_clear_removes_it_and_says_when_there_was_none(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.entries[ENTRY] = PASSWORD
    assert "Removed the password" in invoke("secret", "clear", "--db", URL).stdout
    assert memory_keyring.entries == {}
    assert "No password was stored" in invoke("secret", "clear", "--db", URL).stdout


def test_without_a_keyring_set_says_so() -> None:
    result = invoke("secret", "set", "--db", URL, "--password-stdin", input="x\n")
    assert isinstance(result.exception, KeyringUnavailableError)
    assert "no keyring is available on this system" in str(result.exception)


@pytest.mark.parametrize(
    "argv, input_text, reason",
    [
        (("secret", "set", "--db", "/tmp/kamdesk.db"), "x\n", "not a file"),
        (("secret", "set", "--db", URL, "--password-stdin"), "\n", "must not be empty"),
    ],
)
def test_refusals_name_what_is_wrong(
    memory_keyring: MemoryKeyring, argv: tuple[str, ...], input_text: str, reason: str
) -> None:
    result = invoke(*argv, input=input_text)
    assert isinstance(result.exception, InvalidValueError)
    assert reason in str(result.exception)
    assert memory_keyring.entries == {}
