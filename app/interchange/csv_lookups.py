"""What imported rows refer to, read once per import: accounts by customer number,
categories by key or label, contacts by name, contracts by number, packages by name."""

from collections.abc import Container
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.ledger_categories import DEFAULT_LEDGER_CATEGORIES
from app.interchange.csv_words import word_key
from app.model import Account, Contact, Contract, LedgerCategory, ServicePackage

AMBIGUOUS = 0  # no row has id 0: marks a name that several rows share


class FieldProblem(Exception):
    """A row refers to something that is not there, or breaks a rule across its fields."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class AccountRef(NamedTuple):
    id: int
    currency: str


def _person_key(name: str) -> str:
    return " ".join(name.split()).casefold()


class Lookups:
    """Read-only maps from what a CSV row names to ids, plus what the file itself claims.

    Standard ledger categories missing from the workspace resolve to negative
    placeholder ids; the import adds those categories before writing.
    """

    def __init__(self, session: Session, kind: str) -> None:
        self.accounts: dict[str, AccountRef] = {
            number: AccountRef(account_id, currency)
            for account_id, number, currency in session.execute(
                select(Account.id, Account.customer_number, Account.currency)
            )
        }
        self.claimed: dict[object, int] = {}  # keys the file adds -> first row using them
        self.categories: dict[str, int] = {}
        self.standard_placeholders: dict[int, str] = {}
        self.contacts: dict[tuple[int, str], int] = {}
        self.contracts: dict[tuple[int, str], int] = {}
        self.packages: dict[str, int] = {}
        # What each spelling as typed resolved to: a file names the same few again and again.
        self._typed_categories: dict[str, int] = {}
        self._typed_contacts: dict[tuple[int, str], int] = {}
        if kind == "ledger":
            self._load_categories(session)
            self._load_contacts(session)
        if kind in ("ledger", "incidents", "contracts"):
            self.contracts = {
                (account_id, number): contract_id
                for contract_id, account_id, number in session.execute(
                    select(Contract.id, Contract.account_id, Contract.number)
                )
            }
        if kind == "contracts":
            self.packages = {
                package_name.casefold(): package_id
                for package_id, package_name in session.execute(
                    select(ServicePackage.id, ServicePackage.name)
                )
            }

    def _load_categories(self, session: Session) -> None:
        entries: list[tuple[int, str, str, str]] = [
            (row.id, row.key, row.label_en, row.label_de)
            for row in session.execute(
                select(
                    LedgerCategory.id,
                    LedgerCategory.key,
                    LedgerCategory.label_en,
                    LedgerCategory.label_de,
                ).order_by(LedgerCategory.id)
            )
        ]
        keys = {entry[1] for entry in entries}
        for position, seed in enumerate(DEFAULT_LEDGER_CATEGORIES):
            if seed.key not in keys:
                placeholder = -(position + 1)
                self.standard_placeholders[placeholder] = seed.key
                entries.append((placeholder, seed.key, seed.label_en, seed.label_de))
        # Keys first, then English labels, then German ones: a key always wins.
        for level in (1, 2, 3):
            spellings: dict[str, int] = {}
            for entry in entries:
                spelling = word_key(str(entry[level]))
                previous = spellings.get(spelling)
                spellings[spelling] = entry[0] if previous in (None, entry[0]) else AMBIGUOUS
            for spelling, category_id in spellings.items():
                self.categories.setdefault(spelling, category_id)

    def _load_contacts(self, session: Session) -> None:
        for contact_id, account_id, name in session.execute(
            select(Contact.id, Contact.account_id, Contact.name)
        ):
            key = (account_id, _person_key(name))
            self.contacts[key] = AMBIGUOUS if key in self.contacts else contact_id

    def account(self, customer_number: str) -> AccountRef:
        found = self.accounts.get(customer_number)
        if found is None:
            raise FieldProblem(
                "customer_number", f"no account with customer number {customer_number!r}"
            )
        return found

    def category(self, text: str) -> int:
        found = self._typed_categories.get(text)
        if found is not None:
            return found
        found = self.categories.get(word_key(text))
        if found is None:
            raise FieldProblem(
                "category",
                f"{text!r} is not a ledger category (use a key such as delivery_in_person "
                "or the English or German label)",
            )
        if found == AMBIGUOUS:
            raise FieldProblem("category", f"{text!r} is the label of more than one category")
        self._typed_categories[text] = found
        return found

    def contact(self, account_id: int, name: str, customer_number: str) -> int:
        found = self._typed_contacts.get((account_id, name))
        if found is None:
            found = self.contacts.get((account_id, _person_key(name)))
            if found is not None:
                self._typed_contacts[(account_id, name)] = found
        if found is None:
            raise FieldProblem(
                "received_by", f"account {customer_number} has no contact named {name!r}"
            )
        if found == AMBIGUOUS:
            raise FieldProblem(
                "received_by", f"account {customer_number} has several contacts named {name!r}"
            )
        return found

    def contract(self, account_id: int, number: str, customer_number: str) -> int:
        found = self.contracts.get((account_id, number))
        if found is None:
            raise FieldProblem(
                "contract", f"account {customer_number} has no contract numbered {number!r}"
            )
        return found

    def package(self, name: str) -> int:
        found = self.packages.get(name.casefold())
        if found is None:
            raise FieldProblem("package", f"there is no service package named {name!r}")
        return found

    def claim(
        self, key: object, row: int, field: str, what: str, existing: Container[object]
    ) -> None:
        """Refuse ``key`` when the workspace has it (``existing``) or an earlier row claimed it."""
        if key in existing:
            raise FieldProblem(field, f"{what} already exists in the workspace")
        first = self.claimed.setdefault(key, row)
        if first != row:
            raise FieldProblem(field, f"{what} is already on row {first} of this file")
