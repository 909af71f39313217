"""Pieces of the main window's frame: toolbars with the filter bar, status area,
the splitter holding the mandate panel over the aligned view, and the navigator dock.
"""

from __future__ import annotations

from .actions import WindowActions
from .i18n import status_name, tag_name
from .mandate_panel import MandatePanel
from .navigator import Navigator
from .qt import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStatusBar,
    Qt,
    QTimer,
    QToolBar,
    QWidget,
    Signal,
)
from .render import RenderContext
from .view import ComparisonPane


class FilterBar(QToolBar):
    """Filter toggles and the search field; owns the main toolbar too."""

    searchChanged = Signal()

    def __init__(self, window: QMainWindow, actions: WindowActions) -> None:
        super().__init__(window)
        self.setObjectName("filterToolbar")
        self.setMovable(False)
        self.main_toolbar = QToolBar(window)
        self.main_toolbar.setObjectName("mainToolbar")
        self.main_toolbar.setMovable(False)
        self.main_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addActions(
            [
                actions.mandate_only,
                actions.hide_routine,
                actions.hide_unchanged,
                actions.hide_footnotes,
            ]
        )
        self.addSeparator()
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.search.setAcceptDrops(False)  # dropped files go to the window, not in here
        self.search.setMinimumWidth(260)
        self.search.setMaximumWidth(420)
        self.addWidget(self.search)
        self.matches = QLabel(self)
        self.matches.setObjectName("matchCount")
        self.matches.setContentsMargins(8, 0, 8, 0)
        self.addWidget(self.matches)
        # Filtering 2,000 rows per keystroke is wasteful: wait for a pause in typing.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.searchChanged)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._flush)

    def _flush(self) -> None:
        self._debounce.stop()
        self.searchChanged.emit()

    def search_text(self) -> str:
        return self.search.text().strip()

    def set_search(self, text: str) -> None:
        """Set the search text and apply it immediately."""
        self.search.setText(text)
        self._flush()

    def clear_search(self) -> None:
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_matches(self, count: int, searching: bool) -> None:
        self.matches.setText(
            self.tr("%1 paragraphs match").replace("%1", str(count)) if searching else ""
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Filters"))
        self.main_toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.search.setPlaceholderText(self.tr("Search both documents (Ctrl+F)"))


class StatusArea(QStatusBar):
    """Counts per status and tag; progress and Cancel while a job runs."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.stage = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progress")
        self.bar.setMaximumWidth(200)
        self.bar.setRange(0, 100)
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("cancelButton")
        self.cancel.clicked.connect(self.cancelRequested)
        self.addWidget(self.counts, 1)
        self.addPermanentWidget(self.stage)
        self.addPermanentWidget(self.bar)
        self.addPermanentWidget(self.cancel)
        self._stats: dict[str, int] | None = None
        self._visible = 0
        self._total = 0
        self._by_hand = (0, 0)
        self.stop()

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop comparing (Esc)"))
        self.show_counts(self._stats, self._visible, self._total, self._by_hand)

    def start(self, text: str) -> None:
        self.stage.setText(text)
        self.bar.setRange(0, 0)  # busy until the first progress report
        for widget in (self.stage, self.bar, self.cancel):
            widget.show()

    def progress(self, stage: str, fraction: float) -> None:
        self.stage.setText(stage)
        self.bar.setRange(0, 100)
        self.bar.setValue(int(fraction * 100))

    def stop(self) -> None:
        for widget in (self.stage, self.bar, self.cancel):
            widget.hide()

    def show_counts(
        self,
        stats: dict[str, int] | None,
        visible: int,
        total: int,
        by_hand: tuple[int, int] = (0, 0),
    ) -> None:
        """``by_hand``: how many pairs the reader made and kept apart (Pair With…, Unpair)."""
        self._stats, self._visible, self._total = stats, visible, total
        self._by_hand = by_hand
        if stats is None:
            self.counts.setText(self.tr("Drop two reports, or use File > Open Old… and Open New…."))
            return
        parts = [
            f"{status_name(status)} <b>{stats[status]}</b>"
            for status in ("changed", "inserted", "deleted", "moved", "split", "merged")
            if stats.get(status)
        ]
        # A tag that repeats a status ("moved") is already counted on the left.
        statuses = ("changed", "inserted", "deleted", "moved", "split", "merged")
        tags = sorted(key for key in stats if key.startswith("tag:") and key[4:] not in statuses)
        tag_parts = [f"{tag_name(key[4:])} <b>{stats[key]}</b>" for key in tags]
        mandate = stats.get("mandate_changes", 0)
        head = self.tr("Mandate changes") + f" <b>{mandate}</b>"
        text = " · ".join([head, *parts])
        if tag_parts:
            text += "&nbsp;&nbsp;|&nbsp;&nbsp;" + " · ".join(tag_parts)
        if any(by_hand):
            corrected = self.tr("by hand: %1 paired, %2 kept apart")
            corrected = corrected.replace("%1", str(by_hand[0])).replace("%2", str(by_hand[1]))
            text += "&nbsp;&nbsp;|&nbsp;&nbsp;" + corrected
        if visible != total:
            shown = self.tr("%1 of %2 rows shown").replace("%1", str(visible))
            text += "&nbsp;&nbsp;|&nbsp;&nbsp;" + shown.replace("%2", str(total))
        self.counts.setText(text)


def build_splitter(
    window: QWidget, panel: MandatePanel, context: RenderContext
) -> tuple[QSplitter, ComparisonPane]:
    """The mandate panel over the aligned view, resizable."""
    splitter = QSplitter(Qt.Orientation.Vertical, window)
    splitter.setObjectName("mainSplitter")
    pane = ComparisonPane(context, splitter)
    splitter.addWidget(panel)
    splitter.addWidget(pane)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([130, 700])
    splitter.setCollapsible(1, False)
    return splitter, pane


def build_dock(window: QMainWindow, navigator: Navigator) -> QDockWidget:
    """The change navigator, docked on the left."""
    dock = QDockWidget(window)
    dock.setObjectName("navigatorDock")
    dock.setWidget(navigator)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetFloatable
    )
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    dock.setMinimumWidth(300)
    return dock
