"""The window's actions, menus and toolbar, with their translatable texts.

Shortcuts use ``QKeySequence.StandardKey`` where Qt has one (Open, Copy, Find,
Find Next, Zoom, Quit...) so each platform gets its own conventions; change
navigation adds F7 / Shift+F7 (the convention of word processors and IDEs) and
Alt+Down / Alt+Up (diff tools). Texts are (re)set in :meth:`retranslate`, which
runs again when the language changes.
"""

from __future__ import annotations

from .qt import (
    QAction,
    QActionGroup,
    QIcon,
    QKeySequence,
    QMenu,
    QMenuBar,
    QObject,
    QStyle,
    QToolBar,
    QWidget,
)

Key = QKeySequence.StandardKey


def _icon(widget: QWidget, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
    return QIcon.fromTheme(theme, widget.style().standardIcon(fallback))


class WindowActions(QObject):
    """Every QAction of the main window, grouped as the menus show them."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        sp = QStyle.StandardPixmap

        def make(
            name: str,
            shortcuts: list[QKeySequence] | None = None,
            checkable: bool = False,
            icon: QIcon | None = None,
        ) -> QAction:
            action = QAction(window)
            action.setObjectName(name)
            # A standard key may have no binding on this platform: drop empties.
            usable = [key for key in shortcuts or [] if not key.isEmpty()]
            if usable:
                action.setShortcuts(usable)
            action.setCheckable(checkable)
            if icon is not None:
                action.setIcon(icon)
            window.addAction(action)  # shortcuts work even with the menu bar hidden
            return action

        seq = QKeySequence
        self.open_old = make(
            "openOld", [seq(Key.Open)], icon=_icon(window, "document-open", sp.SP_DialogOpenButton)
        )
        self.open_new = make(
            "openNew",
            [seq("Ctrl+Shift+O")],
            icon=_icon(window, "document-open", sp.SP_DialogOpenButton),
        )
        self.swap = make(
            "swap",
            [seq("Ctrl+Shift+X")],
            icon=_icon(window, "object-flip-horizontal", sp.SP_BrowserReload),
        )
        self.reload = make("reload", [seq(Key.Refresh)])
        self.export_pdf = make(
            "exportPdf",
            [seq(Key.Print)],
            icon=_icon(window, "document-export", sp.SP_DialogSaveButton),
        )
        self.export_html = make("exportHtml", [seq("Ctrl+Shift+E")])
        self.export_docx = make("exportDocx")
        self.export_json = make("exportJson")
        self.letter_paper = make("letterPaper", checkable=True)
        self.clear_recent = make("clearRecent")
        self.quit = make("quit", [seq(Key.Quit), seq("Ctrl+Q")])

        self.copy = make("copy", [seq(Key.Copy)])
        self.select_text = make("selectText", [seq("F2")])
        self.pair_with = make("pairWith", [seq("Ctrl+Shift+P")])
        self.unpair = make("unpair", [seq("Ctrl+Shift+U")])
        self.restore_pairing = make("restorePairing")
        self.undo_pairing = make("undoPairing", [seq(Key.Undo)])
        self.find = make("find", [seq(Key.Find)])
        self.find_next = make("findNext", [seq(Key.FindNext)])
        self.find_previous = make("findPrevious", [seq(Key.FindPrevious)])

        self.layout_side = make("layoutSide", [seq("Ctrl+1")], checkable=True)
        self.layout_inline = make("layoutInline", [seq("Ctrl+2")], checkable=True)
        self.layout_group = QActionGroup(window)
        self.layout_group.addAction(self.layout_side)
        self.layout_group.addAction(self.layout_inline)
        self.colour_blind = make("colourBlind", checkable=True)
        self.show_navigator = make("showNavigator", [seq("Ctrl+Shift+N")], checkable=True)
        self.show_mandate = make("showMandate", [seq("Ctrl+Shift+M")], checkable=True)
        self.zoom_in = make("zoomIn", [seq(Key.ZoomIn)])
        self.zoom_out = make("zoomOut", [seq(Key.ZoomOut)])
        self.zoom_reset = make("zoomReset", [seq("Ctrl+0")])
        self.scheme_group = QActionGroup(window)
        self.scheme_system = make("schemeSystem", checkable=True)
        self.scheme_light = make("schemeLight", checkable=True)
        self.scheme_dark = make("schemeDark", checkable=True)
        for action in (self.scheme_system, self.scheme_light, self.scheme_dark):
            self.scheme_group.addAction(action)
        self.language_group = QActionGroup(window)
        self.language_system = make("languageSystem", checkable=True)
        self.language_en = make("languageEn", checkable=True)
        self.language_zh = make("languageZh", checkable=True)
        for action in (self.language_system, self.language_en, self.language_zh):
            self.language_group.addAction(action)

        # Alt+digit: Ctrl+M, Ctrl+H and Ctrl+R already mean minimise, hide and
        # refresh on some platforms.
        self.mandate_only = make("mandateOnly", [seq("Alt+1")], checkable=True)
        self.hide_routine = make("hideRoutine", [seq("Alt+2")], checkable=True)
        self.hide_unchanged = make("hideUnchanged", [seq("Alt+3")], checkable=True)
        self.hide_footnotes = make("hideFootnotes", [seq("Alt+4")], checkable=True)

        # Drawn in the palette's colours (see refresh_icons): themed arrows are often
        # black, invisible on a dark toolbar.
        self.next_change = make("nextChange", [seq("F7"), seq("Alt+Down")])
        self.previous_change = make("previousChange", [seq("Shift+F7"), seq("Alt+Up")])
        self.refresh_icons()
        self.next_mandate = make("nextMandate", [seq("Ctrl+F7")])
        self.follow_move = make("followMove", [seq("Ctrl+J")])

        self.cancel = make("cancel", [seq(Key.Cancel)])
        self.open_logs = make("openLogs")
        self.about = make("about")

        self.menus: dict[str, QMenu] = {}
        self.recent_menu: QMenu | None = None

    def build_menus(self, bar: QMenuBar) -> None:
        def menu(key: str, parent: QMenuBar | QMenu) -> QMenu:
            created = QMenu(parent)
            created.setObjectName(f"{key}Menu")
            self.menus[key] = created
            parent.addMenu(created)
            return created

        file = menu("file", bar)
        file.addActions([self.open_old, self.open_new, self.swap, self.reload])
        self.recent_menu = menu("recent", file)
        file.addSeparator()
        file.addActions([self.export_pdf, self.export_html, self.export_docx, self.export_json])
        file.addAction(self.letter_paper)
        file.addSeparator()
        file.addAction(self.quit)

        edit = menu("edit", bar)
        edit.addActions([self.copy, self.select_text])
        edit.addSeparator()
        edit.addActions([self.undo_pairing, self.pair_with, self.unpair, self.restore_pairing])
        edit.addSeparator()
        edit.addActions([self.find, self.find_next, self.find_previous])

        view = menu("view", bar)
        view.addActions([self.layout_side, self.layout_inline])
        view.addSeparator()
        view.addActions(
            [self.mandate_only, self.hide_routine, self.hide_unchanged, self.hide_footnotes]
        )
        view.addSeparator()
        view.addActions([self.show_mandate, self.show_navigator, self.colour_blind])
        scheme = menu("scheme", view)
        scheme.addActions([self.scheme_system, self.scheme_light, self.scheme_dark])
        language = menu("language", view)
        language.addActions([self.language_system, self.language_en, self.language_zh])
        view.addSeparator()
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])

        go = menu("go", bar)
        go.addActions([self.next_change, self.previous_change, self.next_mandate])
        go.addSeparator()
        go.addAction(self.follow_move)

        help_menu = menu("help", bar)
        help_menu.addActions([self.open_logs, self.about])

    def build_toolbar(self, toolbar: QToolBar) -> None:
        toolbar.addActions([self.open_old, self.open_new, self.swap])
        toolbar.addSeparator()
        toolbar.addActions([self.previous_change, self.next_change])
        toolbar.addSeparator()
        toolbar.addActions([self.layout_side, self.layout_inline])
        toolbar.addSeparator()
        toolbar.addAction(self.export_pdf)

    def refresh_icons(self) -> None:
        """Redraw the palette-coloured icons (after a light/dark switch)."""
        from .icons import arrow_icon

        palette = self._window.palette()
        ratio = self._window.devicePixelRatioF()
        self.next_change.setIcon(arrow_icon("down", palette, ratio))
        self.previous_change.setIcon(arrow_icon("up", palette, ratio))

    def retranslate(self) -> None:
        texts = {
            self.open_old: (self.tr("Open &Old…"), self.tr("Choose the older report (left)")),
            self.open_new: (self.tr("Open &New…"), self.tr("Choose the newer report (right)")),
            self.swap: (self.tr("&Swap Sides"), self.tr("Swap the older and newer report")),
            self.reload: (self.tr("&Reload"), self.tr("Read both files again and compare")),
            self.export_pdf: (self.tr("Export &PDF…"), self.tr("Save the comparison as PDF")),
            self.export_html: (
                self.tr("Export &HTML…"),
                self.tr("Save the comparison as a web page"),
            ),
            self.export_docx: (
                self.tr("Export &Word…"),
                self.tr("Save the comparison as a Word document (DOCX) to edit and forward"),
            ),
            self.export_json: (
                self.tr("Export &JSON…"),
                self.tr("Save the comparison as data (the command line's JSON)"),
            ),
            self.clear_recent: (self.tr("&Clear List"), ""),
            self.quit: (self.tr("&Quit"), ""),
            self.copy: (self.tr("&Copy Paragraph"), self.tr("Copy the citation and both texts")),
            self.select_text: (
                self.tr("&Select Text"),
                self.tr("A caret in the paragraph: Shift+arrows select, Esc ends"),
            ),
            self.pair_with: (
                self.tr("Pair &With…"),
                self.tr("Pair this paragraph with one of the other report, whatever the wording"),
            ),
            self.unpair: (
                self.tr("&Unpair"),
                self.tr("These two are not the same paragraph: show a deletion and an insertion"),
            ),
            self.undo_pairing: (
                self.tr("Un&do Pairing"),
                self.tr("Undo the last pair made or undone by hand"),
            ),
            self.restore_pairing: (
                self.tr("&Restore Automatic Pairing"),
                self.tr("Forget the pairs made and undone by hand"),
            ),
            self.find: (self.tr("&Find…"), self.tr("Search in both documents")),
            self.find_next: (self.tr("Find &Next"), ""),
            self.find_previous: (self.tr("Find &Previous"), ""),
            self.layout_side: (self.tr("&Side by Side"), self.tr("Old and new side by side")),
            self.layout_inline: (self.tr("&Inline"), self.tr("One column with changes marked")),
            self.letter_paper: (
                self.tr("&Letter Paper for PDF"),
                self.tr("Export PDFs on US Letter paper instead of A4"),
            ),
            self.colour_blind: (self.tr("&Colour-Blind-Safe Colours"), self.tr("Orange and blue")),
            self.show_navigator: (self.tr("Change &Navigator"), ""),
            self.show_mandate: (self.tr("&Mandate Panel"), ""),
            self.zoom_in: (self.tr("Zoom &In"), ""),
            self.zoom_out: (self.tr("Zoom &Out"), ""),
            self.zoom_reset: (self.tr("&Actual Size"), ""),
            self.scheme_system: (self.tr("Follow &System"), ""),
            self.scheme_light: (self.tr("&Light"), ""),
            self.scheme_dark: (self.tr("&Dark"), ""),
            self.language_system: (self.tr("&System Language"), ""),
            self.language_en: ("English", ""),
            self.language_zh: ("简体中文", ""),
            self.mandate_only: (self.tr("&Mandate Only"), self.tr("Show only mandate changes")),
            self.hide_routine: (
                self.tr("Hide &Routine"),
                self.tr("Hide routine roll-over changes"),
            ),
            self.hide_unchanged: (self.tr("Hide &Unchanged"), self.tr("Hide unchanged paragraphs")),
            self.hide_footnotes: (self.tr("Hide &Footnotes"), self.tr("Hide the footnotes")),
            self.next_change: (self.tr("&Next Change"), self.tr("Go to the next change")),
            self.previous_change: (
                self.tr("&Previous Change"),
                self.tr("Go to the previous change"),
            ),
            self.next_mandate: (self.tr("Next &Mandate Change"), ""),
            self.follow_move: (
                self.tr("&Follow Move"),
                self.tr("Go to where a moved paragraph went"),
            ),
            self.cancel: (self.tr("Cancel Comparison"), ""),
            self.open_logs: (self.tr("Open &Log Folder"), ""),
            self.about: (self.tr("&About ccwdiff"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip or text.replace("&", "").rstrip("…"))
            action.setStatusTip(tip)
        titles = {
            "file": self.tr("&File"),
            "recent": self.tr("&Recent Comparisons"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "scheme": self.tr("&Appearance"),
            "language": self.tr("&Language"),
            "go": self.tr("&Go"),
            "help": self.tr("&Help"),
        }
        for key, title in titles.items():
            if key in self.menus:
                self.menus[key].setTitle(title)
