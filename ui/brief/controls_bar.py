"""The row above the preview: the document's dates and language, and how the page is fitted."""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.domain.periods import Period
from app.domain.wording import LANGUAGES, Language
from ui.brief.document_request import DocumentKind
from ui.forms.date_fields import DateField
from ui.language import LANGUAGE_NAMES

FIELD_GAP = 6
GROUP_GAP = 18


class ControlsBar(QWidget):
    """Emits ``changed`` when a control that alters the document changes, ``zoom_changed``
    when only the fit of the page does."""

    changed = Signal()
    zoom_changed = Signal()

    def __init__(
        self,
        kind: DocumentKind,
        language: Language,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(16, 10, 16, 10)
        self._layout.setSpacing(FIELD_GAP)
        self.meeting = DateField(language, today)
        self.period_start = DateField(language, today)
        self.period_end = DateField(language, today)
        if kind is DocumentKind.BRIEF:
            self.meeting.setToolTip(self.tr("The date of the negotiation the brief is for"))
            self._add(self.tr("Meeting"), self.meeting)
        else:
            self.period_start.setToolTip(self.tr("The first day of the period shown"))
            self.period_end.setToolTip(self.tr("The last day of the period shown"))
            self._add(self.tr("From"), self.period_start)
            self._add(self.tr("to"), self.period_end, gap=FIELD_GAP)
        for field in (self.meeting, self.period_start, self.period_end):
            field.dateChanged.connect(self.changed)

        self.language_choice = QComboBox()
        for code in LANGUAGES:
            self.language_choice.addItem(LANGUAGE_NAMES[code], code)
        self.language_choice.setCurrentIndex(LANGUAGES.index(language))
        self.language_choice.setToolTip(self.tr("The language of the document"))
        self.language_choice.currentIndexChanged.connect(self.changed)
        self._add(self.tr("Language"), self.language_choice)

        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom.addItem(self.tr("Page width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.setCurrentIndex(0 if kind is DocumentKind.BRIEF else 1)
        self.zoom.currentIndexChanged.connect(self.zoom_changed)
        self._add(self.tr("View"), self.zoom)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setStyleSheet("QLabel#problem { color: #b3261e; }")
        self.problem_label.hide()
        self._layout.addSpacing(GROUP_GAP)
        self._layout.addWidget(self.problem_label)
        self._layout.addStretch(1)

    def _add(self, caption: str, field: QWidget, gap: int = GROUP_GAP) -> None:
        if self._layout.count():
            self._layout.addSpacing(gap)
        label = QLabel(caption)
        label.setBuddy(field)
        self._layout.addWidget(label)
        self._layout.addWidget(field)

    def add_status(self, widget: QWidget) -> None:
        """Put ``widget`` (the busy indicator) at the right end of the row."""
        self._layout.addWidget(widget)

    def language(self) -> Language:
        return "de" if self.language_choice.currentData() == "de" else "en"

    def meeting_on(self) -> date | None:
        return self.meeting.value() if self._kind is DocumentKind.BRIEF else None

    def period(self) -> Period | None:
        if self._kind is not DocumentKind.STATEMENT or self.problem():
            return None
        start, end = self.period_start.value(), self.period_end.value()
        return Period(start, end) if start is not None and end is not None else None

    def problem(self) -> str:
        """Why the controls cannot be rendered as they are, or ""."""
        if self._kind is not DocumentKind.STATEMENT:
            return ""
        start, end = self.period_start.value(), self.period_end.value()
        if start is not None and end is not None and end < start:
            return self.tr("The period ends before it starts.")
        return ""

    def show_problem(self, problem: str) -> None:
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))

    def show_document_dates(self, meeting_on: date | None, period: Period | None) -> None:
        """Set the dates the first rendering chose, without asking for another one."""
        for field, value in (
            (self.meeting, meeting_on),
            (self.period_start, period.start if period else None),
            (self.period_end, period.end if period else None),
        ):
            if value is not None:
                blocked = field.blockSignals(True)
                field.set_value(value)
                field.blockSignals(blocked)

    def zoom_mode(self) -> QPdfView.ZoomMode:
        return QPdfView.ZoomMode(self.zoom.currentData())
