"""What a field holds right now, as a plain value: to tell whether a form has unsaved edits,
and to keep the user's edits when a form is reloaded after someone else saved the record."""

from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ui.forms.input_fields import AmountField


@runtime_checkable
class HasState(Protocol):
    """A composite field (the recurrence editor, the overrides list) says its own state."""

    def state(self) -> Any: ...

    def set_state(self, state: Any) -> None: ...


INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QDateTimeEdit, QSpinBox, QAbstractButton)


def _inputs(container: QWidget) -> list[QWidget]:
    """The inputs inside a plain row widget (a number and its unit), in creation order."""
    return [child for child in container.findChildren(QWidget) if isinstance(child, INPUTS)]


def state_of(widget: QWidget) -> Any:
    """A comparable value for what ``widget`` shows; raises TypeError for an unknown kind."""
    if type(widget) is QWidget:
        return tuple(state_of(child) for child in _inputs(widget))
    if isinstance(widget, HasState):
        return widget.state()
    if isinstance(widget, AmountField):
        return widget.edit.text()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toSecsSinceEpoch()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    raise TypeError(f"no state for {type(widget).__name__}")


def restore(widget: QWidget, state: Any) -> None:
    """Put ``state`` (from ``state_of``) back into ``widget``."""
    if type(widget) is QWidget:
        for child, child_state in zip(_inputs(widget), state, strict=True):
            restore(child, child_state)
    elif isinstance(widget, HasState):
        widget.set_state(state)
    elif isinstance(widget, AmountField):
        widget.edit.setText(state)
    elif isinstance(widget, QLineEdit):
        widget.setText(state)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(state)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(state)
    elif isinstance(widget, QDateTimeEdit):
        widget.setDateTime(QDateTime.fromSecsSinceEpoch(state))
    elif isinstance(widget, QSpinBox):
        widget.setValue(state)
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(state)
    else:
        raise TypeError(f"cannot restore {type(widget).__name__}")
