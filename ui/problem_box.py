"""A refusal the user can fix (a record in use, deleted meanwhile …), said in a message box
that does not block the window and goes away when closed."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_problem(parent: QWidget, message: str, title: str = "") -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("Problem", "KAM Desk"),
        message,
        parent=parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
