"""FilterBar: which articles the library shows — outlet, script, tag, a date range, unread only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...core.library import EntryFilter
from ..i18n import QT_TRANSLATE_NOOP

__all__ = ["FilterBar"]

_SCRIPTS = (("", QT_TRANSLATE_NOOP("FilterBar", "All scripts")), ("simplified", "简体"), ("traditional", "繁體"),
            ("mixed", QT_TRANSLATE_NOOP("FilterBar", "Mixed")))


class FilterBar(QWidget):
    """Emits ``filter_changed`` with the whole filter whenever one of its fields changes."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_filter_bar")
        self.outlet = self._combo(self.tr("Outlet"))
        self.script = self._combo(self.tr("Script"))
        for value, label in _SCRIPTS:
            self.script.addItem(self.tr(label), value)
        self.tag = self._combo(self.tr("Tag"))
        self.since = self._date(self.tr("From (YYYY-MM-DD)"))
        self.until = self._date(self.tr("To (YYYY-MM-DD)"))
        self.unread = QCheckBox(self.tr("Unread only"), self)
        self.unread.toggled.connect(self._changed)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("100,000 of 100,000 articles"))
        self._last = EntryFilter()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.outlet, self.script, self.tag, self.since, self.until, self.unread):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.count_label)
        self.set_choices([], [])

    # ---- Public API

    def current(self) -> EntryFilter:
        return EntryFilter(outlet=self.outlet.currentData() or "", since=_day(self.since.text()),
                           until=_day(self.until.text()), tag=self.tag.currentData() or "",
                           script=self.script.currentData() or "", unread=self.unread.isChecked())

    def set_choices(self, outlets: list[tuple[str, int]], tags: list[tuple[str, int]]) -> None:
        """The outlets and tags in the library, with their article counts; the choice made stays."""
        for combo, everything, values in ((self.outlet, self.tr("All outlets"), outlets),
                                          (self.tag, self.tr("All tags"), tags)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value, count in values:
                combo.addItem(f"{value} ({count})", value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def set_count(self, shown: int, total: int) -> None:
        self.count_label.setText(self.tr("{0} of {1} articles").format(f"{shown:,}", f"{total:,}"))

    # ---- Private API

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(10)  # a long outlet's name is elided, not widening the bar
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _date(self, placeholder: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(placeholder)
        field.setMaximumWidth(130)
        field.editingFinished.connect(self._changed)
        return field

    def _changed(self) -> None:
        QTimer.singleShot(0, self, self._emit_if_new)

    def _emit_if_new(self) -> None:
        current = self.current()
        if current != self._last:
            self._last = current
            self.filter_changed.emit(current)


def _day(text: str) -> str:
    """An ISO day, or empty for anything else (the field is then ignored)."""
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        return ""
