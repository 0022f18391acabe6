"""A push button whose keys (from the one shortcuts table) work anywhere inside its page,
and say so in its tooltip."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from ui.shortcuts import Command, shortcut_for


def keyed_button(
    owner: QWidget,
    text: str,
    command: Command,
    slot: Callable[[], None],
    *,
    more_keys: Sequence[QKeySequence] = (),
) -> QPushButton:
    """A button running ``slot``; ``command``'s keys (and ``more_keys`` before them) run it
    too while the focus is inside ``owner``."""
    keys = [*more_keys, shortcut_for(command).key_sequence()]
    button = QPushButton(text)
    button.setToolTip(", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys))
    button.clicked.connect(slot)
    action = QAction(owner)
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    owner.addAction(action)
    return button
