"""``kamdesk-cli encrypt`` and ``decrypt``: the workspace file and its backups at rest."""

import click

from app.cli.context import CliContext, pass_cli, terminal_prompt
from app.errors import InvalidValueError
from app.storage.cipher import MIN_PASSPHRASE_LENGTH
from app.storage.encryption import (
    ConversionReport,
    decrypt_workspace,
    encrypt_workspace,
    encryptable_file,
)
from app.storage.location import resolve_location
from app.storage.secrets import SERVICE_NAME
from app.storage.workspace_keys import (
    PASSPHRASE_VARIABLE,
    keyring_problem,
    passphrase_from_environment,
    stored_key,
)


def _new_passphrase() -> str:
    """``KAMDESK_PASSPHRASE``, else typed twice at the terminal."""
    given = passphrase_from_environment()
    if given is not None:
        return given
    if terminal_prompt() is None:
        raise InvalidValueError(
            "passphrase", f"none given: set {PASSPHRASE_VARIABLE}, or run this in a terminal"
        )
    answer: str = click.prompt(
        f"New passphrase for the workspace (at least {MIN_PASSPHRASE_LENGTH} characters)",
        hide_input=True,
        confirmation_prompt=True,
        err=True,
    )
    return answer


def _verified(report: ConversionReport) -> str:
    return f"{report.rows} rows in {report.tables} tables verified, integrity ok"


def _backups(report: ConversionReport, done: str) -> None:
    if report.backups_converted:
        folder = report.backups_converted[0].parent
        click.echo(f"Backups {done} too: {len(report.backups_converted)} in {folder}")
    for left in report.left_as_they_were:
        click.echo(f"Not {done}: {left}", err=True)


@click.command()
@click.option(
    "--passphrase",
    "use_passphrase",
    is_flag=True,
    help=f"Encrypt with a passphrase you choose ({PASSPHRASE_VARIABLE}, else asked twice) "
    "instead of a random key kept in the OS keyring.",
)
@pass_cli
def encrypt(cli: CliContext, use_passphrase: bool) -> None:
    """Encrypt the workspace file and its backups (SQLCipher, AES-256).

    A backup is taken first; the encrypted copy must pass the integrity check with the
    same row counts before it replaces the file, whose plain bytes are then overwritten.
    """
    location = resolve_location(cli.db)
    encryptable_file(location)  # before a passphrase is asked for nothing
    passphrase = None
    if use_passphrase:
        passphrase = _new_passphrase()
    elif (problem := keyring_problem()) is not None:
        click.echo(f"{problem}: the workspace is encrypted with a passphrase instead", err=True)
        passphrase = _new_passphrase()
    result = encrypt_workspace(location, passphrase)
    report = result.report
    click.echo(f"Encrypted {report.database} (SQLCipher, AES-256): {_verified(report)}")
    if report.key_entry is not None:
        click.echo(
            f"The key is kept in the OS keyring (service {SERVICE_NAME!r}, entry "
            f"{report.key_entry!r}); without it the workspace cannot be opened"
        )
    else:
        click.echo(
            "It opens with your passphrase only: keep it safe, without it the data cannot "
            "be recovered"
        )
    _backups(report, "encrypted")
    click.echo("The plain file was overwritten and removed")


@click.command()
@pass_cli
def decrypt(cli: CliContext) -> None:
    """Store the encrypted workspace and its backups as plain SQLite files again."""
    location = cli.location  # opened with its key: keyring, KAMDESK_PASSPHRASE or asked
    if location.path is not None and not location.is_encrypted:
        raise InvalidValueError("--db", f"{location.path} is not encrypted")
    path = location.path
    had_key = path is not None and stored_key(path) is not None
    result = decrypt_workspace(location)
    report = result.report
    click.echo(f"Decrypted {report.database}: a plain SQLite file again ({_verified(report)})")
    _backups(report, "decrypted")
    if report.key_entry is not None:
        click.echo(
            f"The key stays in the keyring (entry {report.key_entry!r}): encrypted backups "
            "still need it",
            err=True,
        )
    elif had_key:
        click.echo("The key was removed from the keyring")


ENCRYPTION_COMMANDS = (encrypt, decrypt)
