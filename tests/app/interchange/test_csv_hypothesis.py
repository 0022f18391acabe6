"""Generated CSV files: German or English headers, numbers and dates, any of the
encodings and delimiters spreadsheets write. A valid file imports every row exactly;
a file with bad rows imports nothing and names each bad row."""

import csv
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.bootstrap import Workspace, open_workspace
from app.domain.ledger_categories import DEFAULT_LEDGER_CATEGORIES
from app.interchange import CsvImportError, import_csv
from app.interchange.csv_fields import csv_kind
from app.model import FreeService, LedgerCategory, ProviderRole
from app.money import minor_digits
from tests.helpers import factories

ACCOUNTS = (("10-4711", "EUR"), ("20-100", "CHF"), ("30-7", "JPY"), ("40-9", "KWD"))
CONTACTS = ("Dieter Hartmann", "Zoë Ødegaard", "王伟")


@dataclass(frozen=True)
class LedgerLine:
    customer_number: str
    provided_on: date
    category: str  # the key; rendered as key or label
    description: str
    value_minor: int
    hours: Decimal
    provided_by: str
    role: ProviderRole | None
    received_by: str | None


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, dict[str, int]]]:
    """Accounts in currencies with 2, 0 and 3 decimals, each with the same three contacts."""
    workspace = open_workspace(tmp_path_factory.mktemp("hypothesis") / "world.db")
    with workspace.transaction() as session:
        for number, currency in ACCOUNTS:
            account = factories.account(session, customer_number=number, currency=currency)
            for name in CONTACTS:
                factories.contact(session, account, name=name)
        factories.category(session)
        categories = {
            key: id_ for key, id_ in session.execute(select(LedgerCategory.key, LedgerCategory.id))
        }
    yield workspace, categories
    workspace.close()


# Free text: any letters and symbols, line breaks, markup, delimiters, quotes, formulas.
safe_text = (
    st.lists(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="'")
        | st.sampled_from(
            ["\n", "\t", "\r\n", "<b>", "&", ";", ",", '"', "=HYPERLINK(1)", "€", "ß", "🔧"]
        ),
        min_size=1,
        max_size=20,
    )
    .map("".join)
    .filter(lambda text: text.strip() != "")
)
names = st.text(
    st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Nd")) | st.just(" "),
    max_size=30,
).map(str.strip)


@st.composite
def ledger_lines(draw: st.DrawFn) -> LedgerLine:
    number, currency = draw(st.sampled_from(ACCOUNTS))
    digits = minor_digits(currency)
    return LedgerLine(
        customer_number=number,
        provided_on=draw(st.dates(date(1990, 1, 1), date(2099, 12, 31))),
        category=draw(st.sampled_from([seed.key for seed in DEFAULT_LEDGER_CATEGORIES])),
        description=unicodedata.normalize("NFC", draw(safe_text)),
        value_minor=draw(st.integers(0, 10**9 * 10**digits)),
        hours=Decimal(draw(st.integers(0, 99_999))).scaleb(-2),
        provided_by=unicodedata.normalize("NFC", draw(names)),
        role=draw(st.none() | st.sampled_from(ProviderRole)),
        received_by=draw(st.none() | st.sampled_from(CONTACTS)),
    )


@dataclass(frozen=True)
class FileStyle:
    lang: str  # headers, numbers and dates
    encoding: str
    delimiter: str
    grouped: bool  # thousands separators
    date_forms: tuple[str, ...]
    header_case: str


file_styles = st.builds(
    FileStyle,
    lang=st.sampled_from(["de", "en"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "windows-1252", "utf-16"]),
    delimiter=st.sampled_from([";", ",", "\t"]),
    grouped=st.booleans(),
    date_forms=st.lists(st.sampled_from(["de", "iso", "slash"]), min_size=1, unique=True).map(
        tuple
    ),
    header_case=st.sampled_from(["as is", "upper", "lower"]),
)


def amount_text(minor: int, digits: int, style: FileStyle) -> str:
    amount = Decimal(minor).scaleb(-digits)
    text = f"{amount:,.{digits}f}" if style.grouped else f"{amount:.{digits}f}"
    if style.lang == "de":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


DATE_FORMS = {"de": "%d.%m.%Y", "iso": "%Y-%m-%d", "slash": "%d/%m/%Y"}


def date_text(day: date, form: str) -> str:
    return day.strftime(DATE_FORMS[form])


def render(
    lines: list[LedgerLine], style: FileStyle, order: list[int], category_forms: list[int]
) -> tuple[list[list[str]], bytes]:
    """The records and bytes of a file holding ``lines`` written in ``style``."""
    spec = csv_kind("ledger")
    names = [
        "customer_number",
        "provided_on",
        "category",
        "description",
        "value",
        "currency",
        "hours",
        "provided_by",
        "provider_role",
        "received_by",
    ]
    headers = []
    for name in names:
        column = spec.column(name)
        header = column.german if style.lang == "de" else column.name
        headers.append(
            {"upper": header.upper(), "lower": header.lower()}.get(style.header_case, header)
        )
    labels = {
        seed.key: (seed.key, seed.label_en, seed.label_de.upper())
        for seed in DEFAULT_LEDGER_CATEGORIES
    }
    records = []
    for index, line in enumerate(lines):
        currency = dict(ACCOUNTS)[line.customer_number]
        digits = minor_digits(currency)
        records.append(
            [
                line.customer_number,
                date_text(line.provided_on, style.date_forms[index % len(style.date_forms)]),
                labels[line.category][category_forms[index % len(category_forms)]],
                line.description,
                amount_text(line.value_minor, digits, style),
                currency if index % 2 else "",
                amount_text(int(line.hours * 100), 2, style) if line.hours else "",
                line.provided_by,
                line.role.value if line.role else "",
                line.received_by or "",
            ]
        )
    table = [[headers[i] for i in order]] + [[record[i] for i in order] for record in records]
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=style.delimiter, lineterminator="\r\n").writerows(table)
    text = out.getvalue()
    encoding = style.encoding
    if encoding == "windows-1252":
        try:
            return table, text.encode(encoding)
        except UnicodeEncodeError:
            encoding = "utf-8-sig"  # the text holds letters Windows-1252 does not have
    return table, text.encode(encoding)


def imported(session: Session, categories: dict[str, int], before: int) -> list[tuple[object, ...]]:
    by_id = {category_id: key for key, category_id in categories.items()}
    rows = session.execute(
        select(FreeService).where(FreeService.id > before).order_by(FreeService.id)
    ).scalars()
    return [
        (
            row.account_id,
            row.provided_on,
            by_id[row.category_id],
            row.description,
            row.value_minor,
            row.hours,
            row.provided_by,
            row.provider_role,
            row.received_by_id,
        )
        for row in rows
    ]


def expected(session: Session, lines: list[LedgerLine]) -> list[tuple[object, ...]]:
    from app.model import Account, Contact

    accounts = {
        number: id_ for number, id_ in session.execute(select(Account.customer_number, Account.id))
    }
    contacts = {
        (a, n): i
        for i, a, n in session.execute(select(Contact.id, Contact.account_id, Contact.name))
    }
    result = []
    for line in lines:
        account = accounts[line.customer_number]
        result.append(
            (
                account,
                line.provided_on,
                line.category,
                line.description,
                line.value_minor,
                line.hours,
                line.provided_by,
                line.role or ProviderRole.TECHNICIAN,
                contacts[(account, line.received_by)] if line.received_by else None,
            )
        )
    return result


SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(
    lines=st.lists(ledger_lines(), min_size=1, max_size=25),
    style=file_styles,
    data=st.data(),
)
def test_a_valid_file_imports_every_row_exactly(
    world: tuple[Workspace, dict[str, int]],
    lines: list[LedgerLine],
    style: FileStyle,
    data: st.DataObject,
) -> None:
    workspace, categories = world
    order = data.draw(st.permutations(range(10)))
    forms = data.draw(st.lists(st.integers(0, 2), min_size=1, max_size=3))
    _table, content = render(lines, style, order, forms)
    with workspace.session() as session:
        before = session.scalar(select(func.max(FreeService.id))) or 0
        try:
            report = import_csv(session, "ledger", content, lang_hint=style.lang)
            assert report.rows == len(lines)
            assert report.delimiter == style.delimiter
            assert imported(session, categories, before) == expected(session, lines)
        finally:
            session.rollback()


BREAKAGES = {
    "value": ["12,5x", "-5", "1e5", "0,0001"],
    "provided_on": ["31.02.2027", "2027-13-01", "15.01.27", "morgen"],
    "customer_number": ["99-999", ""],
    "category": ["Fernwartung", ""],
    "description": ["   "],
    "hours": ["-1", "0,001", "viel"],
    "provider_role": ["Hausmeister"],
    "received_by": ["Niemand"],
    "currency": ["EURO", "XXX1"],
}
COLUMN_POSITION = {
    name: index
    for index, name in enumerate(
        [
            "customer_number",
            "provided_on",
            "category",
            "description",
            "value",
            "currency",
            "hours",
            "provided_by",
            "provider_role",
            "received_by",
        ]
    )
}


@SETTINGS
@given(
    lines=st.lists(ledger_lines(), min_size=2, max_size=25),
    style=file_styles,
    data=st.data(),
)
def test_a_file_with_bad_rows_imports_nothing_and_names_each_bad_row(
    world: tuple[Workspace, dict[str, int]],
    lines: list[LedgerLine],
    style: FileStyle,
    data: st.DataObject,
) -> None:
    workspace, _categories = world
    order = data.draw(st.permutations(range(10)))
    table, _content = render(lines, style, order, [0])
    bad = data.draw(st.sets(st.integers(0, len(lines) - 1), min_size=1, max_size=len(lines)))
    for index in bad:
        field = data.draw(st.sampled_from(sorted(BREAKAGES)))
        position = order.index(COLUMN_POSITION[field])
        table[index + 1][position] = data.draw(st.sampled_from(BREAKAGES[field]))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=style.delimiter, lineterminator="\r\n").writerows(table)
    content = out.getvalue().encode("utf-8-sig" if style.encoding != "utf-16" else "utf-16")
    with workspace.session() as session:
        count = session.scalar(select(func.count()).select_from(FreeService))
        try:
            with pytest.raises(CsvImportError) as raised:
                import_csv(session, "ledger", content, lang_hint=style.lang)
            named = {error.row for error in raised.value.errors}
            assert named == {index + 2 for index in bad}
            assert session.scalar(select(func.count()).select_from(FreeService)) == count
        finally:
            session.rollback()


def test_the_generated_files_really_vary(tmp_path: Path) -> None:
    """Guard for the two properties above: the renderer honours the style it is given."""
    line = LedgerLine(
        "10-4711", date(2027, 1, 15), "consulting", "x", 123_450, Decimal("2.5"), "", None, None
    )
    style = FileStyle("de", "windows-1252", ";", True, ("de",), "upper")
    _table, content = render([line], style, list(range(10)), [2])
    text = content.decode("windows-1252")
    assert text.startswith("KUNDENNUMMER;DATUM;KATEGORIE;")
    assert "10-4711;15.01.2027;BERATUNG;x;1.234,50;;2,50;;;" in text
