"""The mandate panel: the changes to what a body is asked to do, shown first.

Each entry cites the paragraphs ("2022 ¶32 → 2023 ¶20"), names the kind of shift
and shows the phrases removed (struck through) and added. Clicking an entry (or
pressing Enter on it) jumps to the paragraph in the aligned view. Ctrl+C (or the
right-click menu) copies the selected entries, whole, as text and as formatted text
(struck-through and highlighted phrases) for a cable or an e-mail.
"""

from __future__ import annotations

import html

from ccwdiff.core.model import Comparison, MandateChange

from .htmldelegate import HTML_ROLE, HtmlDelegate
from .i18n import kind_name
from .qt import (
    QAbstractItemView,
    QApplication,
    QEvent,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMimeData,
    QObject,
    QPoint,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .render import RenderContext
from .rows import cite_label

CHANGE_ROLE = int(Qt.ItemDataRole.UserRole) + 11


MAX_PHRASES = 8
MAX_PHRASE_CHARS = 70


def _shorten(phrases: tuple[str, ...]) -> list[str]:
    """Keep an entry readable: the first phrases, each cut to a readable length.

    The whole text is one click away in the aligned view.
    """
    shown = [
        phrase if len(phrase) <= MAX_PHRASE_CHARS else phrase[: MAX_PHRASE_CHARS - 1] + "…"
        for phrase in phrases[:MAX_PHRASES]
    ]
    return shown


def _more(phrases: tuple[str, ...]) -> str:
    """An unstyled "… (+N)" when phrases were left out."""
    hidden = len(phrases) - MAX_PHRASES
    return f" … (+{hidden})" if hidden > 0 else ""


class MandatePanel(QWidget):
    """Lists the comparison's mandate changes; emits ``jumpRequested(old, new)``."""

    jumpRequested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mandatePanel")
        self._comparison: Comparison | None = None
        self._context: RenderContext | None = None
        self.language = "en"  # interface language, set by the window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 2)
        layout.setSpacing(2)
        self.title = QLabel(self)
        self.title.setObjectName("mandateTitle")
        layout.addWidget(self.title)
        self.list = QListWidget(self)
        self.list.setObjectName("mandateList")
        self.list.setItemDelegate(HtmlDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        # Each entry is laid-out rich text (about 0.4 ms); hundreds of them in one
        # pass stalled the window, so lay them out a few at a time.
        self.list.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.list.setBatchSize(25)
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.installEventFilter(self)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        count = len(self._comparison.mandate) if self._comparison is not None else 0
        if self._comparison is None:
            text = self.tr("Mandate changes")
        elif count == 0:
            text = self.tr("Mandate changes: none found between these reports")
        else:
            text = self.tr("Mandate changes (%1) — click one to see it in context").replace(
                "%1", str(count)
            )
        self.title.setText(f"<b>{html.escape(text)}</b>")
        self._fill()

    def set_comparison(self, comparison: Comparison | None, context: RenderContext) -> None:
        self._comparison = comparison
        self._context = context
        self.retranslate()

    def _fill(self) -> None:
        self.list.clear()
        if self._comparison is None or self._context is None:
            self.list.hide()
            return
        for change in self._comparison.mandate:
            item = QListWidgetItem(self.list)
            item.setData(HTML_ROLE, self._html(change))
            item.setData(CHANGE_ROLE, (change.old, change.new))
            item.setToolTip(change.summary)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, change.summary)
        self.list.setVisible(bool(self._comparison.mandate))

    # --- copying ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+C is also the window's Copy Paragraph: in this list it copies the entries.
        if watched is self.list and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Copy) and self.list.selectedItems():
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                    return True
                if event.type() == QEvent.Type.KeyPress:
                    self.copy_selected()
                    return True
        return super().eventFilter(watched, event)

    def _menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        copy = menu.addAction(self.tr("&Copy"))
        copy.setEnabled(bool(self.list.selectedItems()))
        copy.triggered.connect(self.copy_selected)
        every = menu.addAction(self.tr("Copy &All Mandate Changes"))
        every.setEnabled(self.list.count() > 0)
        every.triggered.connect(self.copy_all)
        menu.exec(self.list.viewport().mapToGlobal(position))
        menu.deleteLater()

    def copy_selected(self) -> bool:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return self._copy(rows)

    def copy_all(self) -> bool:
        return self._copy(list(range(self.list.count())))

    def _copy(self, rows: list[int]) -> bool:
        if self._comparison is None or not rows:
            return False
        changes = [self._comparison.mandate[row] for row in rows]
        data = QMimeData()
        data.setText("\n\n".join(self.entry_text(change) for change in changes) + "\n")
        data.setHtml("".join(f"<p>{self._html(change, whole=True)}</p>" for change in changes))
        QApplication.clipboard().setMimeData(data)
        return True

    def _citation(self, change: MandateChange) -> str:
        assert self._context is not None
        context = self._context
        old = context.old_blocks.get(change.old)
        new = context.new_blocks.get(change.new)
        # A decision added or dropped as a whole has no block on one side.
        old_cite = (
            f"{context.old_year} {cite_label(old, context.old_blocks, context.old_labels)}"
            if old
            else "—"
        )
        new_cite = (
            f"{context.new_year} {cite_label(new, context.new_blocks, context.new_labels)}"
            if new
            else "—"
        )
        return f"{old_cite.strip()} → {new_cite.strip()}"

    def entry_text(self, change: MandateChange) -> str:
        """One entry as plain text, whole: citation, kinds, summary, every phrase."""
        assert self._comparison is not None
        kinds = ", ".join(kind_name(kind) for kind in change.kinds)
        lines = [f"{self._citation(change)} [{kinds}]" if kinds else self._citation(change)]
        if self._english_interface():
            lines.append(change.summary)
        separator = self._separator()
        if change.removed:
            lines.append(f"{self.tr('removed:')} {separator.join(change.removed)}")
        if change.added:
            lines.append(f"{self.tr('added:')} {separator.join(change.added)}")
        return "\n".join(lines)

    def _separator(self) -> str:
        """Between phrases: the enumeration comma in Chinese, a semicolon otherwise."""
        assert self._comparison is not None
        return "、" if (self._comparison.new.language or "").startswith("zh") else "; "

    def _html(self, change: MandateChange, whole: bool = False) -> str:
        assert self._comparison is not None and self._context is not None
        colours = self._context.colours
        shorten = (lambda phrases: list(phrases)) if whole else _shorten
        more = (lambda _phrases: "") if whole else _more
        kinds = " ".join(
            f'<span style="background-color:{colours.chip_bg};color:{colours.chip_fg}">'
            f"&nbsp;{html.escape(kind_name(kind))}&nbsp;</span>"
            for kind in change.kinds
        )
        separator = self._separator()
        removed = separator.join(
            f'<span style="background-color:{colours.delete_bg};color:{colours.delete_fg};'
            f'text-decoration:line-through">{html.escape(phrase)}</span>'
            for phrase in shorten(change.removed)
        ) + more(change.removed)
        added = separator.join(
            f'<span style="background-color:{colours.insert_bg};color:{colours.insert_fg}">'
            f"{html.escape(phrase)}</span>"
            for phrase in shorten(change.added)
        ) + more(change.added)
        # The engine writes its summary in English; in another interface language the
        # kind badges and phrases say the same, and the summary stays in the tooltip.
        summary = html.escape(change.summary) if self._english_interface() else ""
        lines = [
            f'<span style="color:{colours.mandate}">■</span> '
            f"<b>{html.escape(self._citation(change))}</b>"
            f"&nbsp;&nbsp;{kinds}&nbsp;&nbsp;{summary}"
        ]
        phrases = []
        removed_caption = self.tr("removed:")
        added_caption = self.tr("added:")
        if removed:
            phrases.append(f"{html.escape(removed_caption)} {removed}")
        if added:
            phrases.append(f"{html.escape(added_caption)} {added}")
        if phrases:
            lines.append("&nbsp;&nbsp;&nbsp;&nbsp;".join(phrases))
        return "<br>".join(lines)

    def _english_interface(self) -> bool:
        return not self.language.startswith("zh")

    def preferred_height(self) -> int:
        """Height showing the title and up to four entries without scrolling."""
        height = self.title.sizeHint().height() + 12
        if self.list.isVisible() or (self._comparison is not None and self._comparison.mandate):
            rows = min(self.list.count(), 3)
            height += sum(self.list.sizeHintForRow(i) for i in range(rows)) + 8
        return height

    def _on_item(self, item: QListWidgetItem) -> None:
        ids = item.data(CHANGE_ROLE)
        if ids:
            self.jumpRequested.emit(ids[0], ids[1])
