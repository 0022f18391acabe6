"""Keys that a list inside a workspace page handles itself: Insert or Ctrl+N adds to that
list, Enter or F2 edits its row, Delete deletes it, rather than the page's own rows.

The page's keys are shortcuts valid anywhere inside it; a list that takes the key first
(answering Qt's shortcut override) keeps the shortcut from firing, so there is never an
ambiguous shortcut and the key always acts on the list that has the focus.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.shortcuts import Command, shortcut_for

ENTER_KEYS = (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter))


def _keys(command: Command, *more: QKeySequence) -> tuple[QKeySequence, ...]:
    return (*more, shortcut_for(command).key_sequence())


class ListKeys(QObject):
    """Installed on ``widget``: runs ``add``, ``edit``, ``delete`` and, where given,
    ``move(steps)`` (Alt+Up: -1, Alt+Down: +1) for their keys."""

    def __init__(
        self,
        widget: QWidget,
        *,
        add: Callable[[], None],
        edit: Callable[[], None],
        delete: Callable[[], None],
        move: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(widget)
        self._actions: list[tuple[tuple[QKeySequence, ...], Callable[[], None]]] = [
            (_keys(Command.ADD_RECORD, QKeySequence(Qt.Key.Key_Insert)), add),
            (_keys(Command.EDIT_RECORD, *ENTER_KEYS), edit),
            (_keys(Command.DELETE_RECORD), delete),
        ]
        if move is not None:
            self._actions += [
                (_keys(Command.MOVE_UP), lambda: move(-1)),
                (_keys(Command.MOVE_DOWN), lambda: move(1)),
            ]
        widget.installEventFilter(self)

    def _action_for(self, event: QKeyEvent) -> Callable[[], None] | None:
        # The keypad's Enter is the Enter key here, whatever the keypad modifier says.
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        for keys, action in self._actions:
            if any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in keys):
                return action
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        action = self._action_for(event)
        if action is None:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            action()
        return True
