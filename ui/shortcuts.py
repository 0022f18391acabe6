"""Every keyboard shortcut, declared once: the window builds its actions from this table and
the Keyboard shortcuts dialog lists it, so the two can never disagree."""

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.translation import QT_TRANSLATE_NOOP

CONTEXT = "Shortcuts"


class Command(StrEnum):
    SHOW_AGENDA = "show_agenda"
    SHOW_ACCOUNTS = "show_accounts"
    SHOW_CATALOG = "show_catalog"
    QUICK_SWITCHER = "quick_switcher"
    FIND = "find"
    REFRESH = "refresh"
    SHOW_SHORTCUTS = "show_shortcuts"
    SETTINGS = "settings"
    IMPORT_CSV = "import_csv"
    QUIT = "quit"
    PREVIEW_BRIEF = "preview_brief"
    SAVE_DOCUMENT = "save_document"
    PRINT_DOCUMENT = "print_document"
    OPEN_SELECTED = "open_selected"
    CLOSE_POPUP = "close_popup"
    ADD_RECORD = "add_record"
    EDIT_RECORD = "edit_record"
    DELETE_RECORD = "delete_record"
    UNDO_DELETE = "undo_delete"
    SAVE_FORM = "save_form"
    MARK_DONE = "mark_done"
    MARK_READ = "mark_read"
    MOVE_UP = "move_up"
    MOVE_DOWN = "move_down"


@dataclass(frozen=True)
class Shortcut:
    command: Command
    keys: str  # portable form, "Ctrl+K"; shown in the platform's own notation
    label: str  # the menu text, with its & accelerator (translated on use)
    description: str  # what it does, for the shortcuts dialog (translated on use)
    window_action: bool = True  # False: handled by a list or dialog, listed for reference

    def key_sequence(self) -> QKeySequence:
        return QKeySequence(self.keys)

    def shown_keys(self) -> str:
        return self.key_sequence().toString(QKeySequence.SequenceFormat.NativeText)

    def translated_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def translated_description(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.description)


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        Command.SHOW_AGENDA,
        "Ctrl+1",
        QT_TRANSLATE_NOOP("Shortcuts", "&Agenda"),
        QT_TRANSLATE_NOOP("Shortcuts", "Show the agenda"),
    ),
    Shortcut(
        Command.SHOW_ACCOUNTS,
        "Ctrl+2",
        QT_TRANSLATE_NOOP("Shortcuts", "A&ccounts"),
        QT_TRANSLATE_NOOP("Shortcuts", "Show the accounts list"),
    ),
    Shortcut(
        Command.SHOW_CATALOG,
        "Ctrl+3",
        QT_TRANSLATE_NOOP("Shortcuts", "Ca&talog"),
        QT_TRANSLATE_NOOP("Shortcuts", "Show the catalog"),
    ),
    Shortcut(
        Command.QUICK_SWITCHER,
        "Ctrl+K",
        QT_TRANSLATE_NOOP("Shortcuts", "&Open account…"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open an account by name, city or customer number"),
    ),
    Shortcut(
        Command.FIND,
        "Ctrl+F",
        QT_TRANSLATE_NOOP("Shortcuts", "&Find"),
        QT_TRANSLATE_NOOP("Shortcuts", "Search the accounts list"),
    ),
    Shortcut(
        Command.REFRESH,
        "F5",
        QT_TRANSLATE_NOOP("Shortcuts", "&Refresh"),
        QT_TRANSLATE_NOOP("Shortcuts", "Reload what is shown from the database"),
    ),
    Shortcut(
        Command.SHOW_SHORTCUTS,
        "F1",
        QT_TRANSLATE_NOOP("Shortcuts", "&Keyboard shortcuts"),
        QT_TRANSLATE_NOOP("Shortcuts", "List these shortcuts"),
    ),
    Shortcut(
        Command.SETTINGS,
        "Ctrl+,",
        QT_TRANSLATE_NOOP("Shortcuts", "&Settings…"),
        QT_TRANSLATE_NOOP("Shortcuts", "Language, reminders and other preferences"),
    ),
    Shortcut(
        Command.IMPORT_CSV,
        "Ctrl+I",
        QT_TRANSLATE_NOOP("Shortcuts", "&Import from CSV…"),
        QT_TRANSLATE_NOOP("Shortcuts", "Preview a CSV file and import all of its rows, or none"),
    ),
    Shortcut(
        Command.QUIT,
        "Ctrl+Q",
        QT_TRANSLATE_NOOP("Shortcuts", "&Quit"),
        QT_TRANSLATE_NOOP("Shortcuts", "Quit KAM Desk"),
    ),
    Shortcut(
        Command.PREVIEW_BRIEF,
        "Ctrl+B",
        QT_TRANSLATE_NOOP("Shortcuts", "&Brief"),
        QT_TRANSLATE_NOOP("Shortcuts", "Preview the negotiation brief of the open account"),
        window_action=False,
    ),
    Shortcut(
        Command.SAVE_DOCUMENT,
        "Ctrl+S",
        QT_TRANSLATE_NOOP("Shortcuts", "&Save as PDF…"),
        QT_TRANSLATE_NOOP("Shortcuts", "Save the brief or statement shown as a PDF file"),
        window_action=False,
    ),
    Shortcut(
        Command.PRINT_DOCUMENT,
        "Ctrl+P",
        QT_TRANSLATE_NOOP("Shortcuts", "&Print…"),
        QT_TRANSLATE_NOOP("Shortcuts", "Print the brief or statement shown"),
        window_action=False,
    ),
    Shortcut(
        Command.OPEN_SELECTED,
        "Enter",
        QT_TRANSLATE_NOOP("Shortcuts", "Open"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the account of the selected row (or double-click)"),
        window_action=False,
    ),
    Shortcut(
        Command.CLOSE_POPUP,
        "Esc",
        QT_TRANSLATE_NOOP("Shortcuts", "Close"),
        QT_TRANSLATE_NOOP("Shortcuts", "Close the account switcher or a dialog"),
        window_action=False,
    ),
    # On the pages of an account (and the accounts list), and in their forms.
    Shortcut(
        Command.ADD_RECORD,
        "Ctrl+N",
        QT_TRANSLATE_NOOP("Shortcuts", "&Add…"),
        QT_TRANSLATE_NOOP("Shortcuts", "Add a row to the list shown (Insert works too)"),
        window_action=False,
    ),
    Shortcut(
        Command.EDIT_RECORD,
        "F2",
        QT_TRANSLATE_NOOP("Shortcuts", "&Edit…"),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit the chosen row (Enter or a double-click too)"),
        window_action=False,
    ),
    Shortcut(
        Command.DELETE_RECORD,
        "Del",
        QT_TRANSLATE_NOOP("Shortcuts", "&Delete"),
        QT_TRANSLATE_NOOP("Shortcuts", "Delete the chosen row (archive, for an account)"),
        window_action=False,
    ),
    Shortcut(
        Command.UNDO_DELETE,
        "Ctrl+Z",
        QT_TRANSLATE_NOOP("Shortcuts", "&Undo delete"),
        QT_TRANSLATE_NOOP("Shortcuts", "Bring back the row deleted last in this account"),
        window_action=False,
    ),
    Shortcut(
        Command.SAVE_FORM,
        "Ctrl+S",
        QT_TRANSLATE_NOOP("Shortcuts", "&Save"),
        QT_TRANSLATE_NOOP("Shortcuts", "Save the form (Enter too, outside a text box)"),
        window_action=False,
    ),
    Shortcut(
        Command.MARK_DONE,
        "Ctrl+D",
        QT_TRANSLATE_NOOP("Shortcuts", "Mark &done"),
        QT_TRANSLATE_NOOP("Shortcuts", "Mark the chosen follow-up done (agenda, follow-ups)"),
        window_action=False,
    ),
    Shortcut(
        Command.MARK_READ,
        "Ctrl+R",
        QT_TRANSLATE_NOOP("Shortcuts", "Mark &read"),
        QT_TRANSLATE_NOOP("Shortcuts", "Mark the chosen technician note read"),
        window_action=False,
    ),
    Shortcut(
        Command.MOVE_UP,
        "Alt+Up",
        QT_TRANSLATE_NOOP("Shortcuts", "Move &up"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the chosen give-and-get item up its list"),
        window_action=False,
    ),
    Shortcut(
        Command.MOVE_DOWN,
        "Alt+Down",
        QT_TRANSLATE_NOOP("Shortcuts", "Move do&wn"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the chosen give-and-get item down its list"),
        window_action=False,
    ),
)


def shortcut_for(command: Command) -> Shortcut:
    return next(shortcut for shortcut in SHORTCUTS if shortcut.command is command)


def build_actions(parent: QObject) -> dict[Command, QAction]:
    """One QAction per window shortcut, with its text, keys and status tip; not yet connected."""
    actions: dict[Command, QAction] = {}
    for shortcut in SHORTCUTS:
        if not shortcut.window_action:
            continue
        action = QAction(shortcut.translated_label(), parent)
        action.setShortcut(shortcut.key_sequence())
        action.setStatusTip(shortcut.translated_description())
        action.setObjectName(shortcut.command.value)
        actions[shortcut.command] = action
    return actions
