"""The catalog page, honest about not being here yet."""

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.page_header import EmptyState, muted_label, title_label


class CatalogPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        empty = EmptyState()
        empty.show_message(
            self.tr("The catalog arrives with the catalog editor"),
            self.tr(
                "Service packages with their promises, and the categories of the "
                "free-service ledger, will be kept here."
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(4)
        layout.addWidget(title_label(self.tr("Catalog")))
        layout.addWidget(muted_label(self.tr("Service packages and ledger categories.")))
        layout.addWidget(empty, 1)
