"""The main window: opens two reports, compares them off the UI thread, shows the result.

State is small: the two paths, passwords typed this session, the current
comparison and at most one running job. Everything the reader sees is derived
from the comparison by the model, the mandate panel and the navigator; the
window wires them together and owns files, jobs, drops and settings.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ccwdiff.core.model import Comparison

from .actions import WindowActions
from .colours import diff_colours
from .i18n import Translations, resolve_language
from .mandate_panel import MandatePanel
from .navigator import Navigator
from .opening import OpeningMixin
from .pairing import PairingMixin, UndoStep
from .qt import (
    QApplication,
    QCloseEvent,
    QEvent,
    QMainWindow,
    QPalette,
    Qt,
    QTimer,
    QWidget,
    Signal,
)
from .reading import ReadingMixin
from .render import RenderContext
from .rows import Row, section_titles
from .settings import AppSettings, ViewOptions
from .theme import apply_scheme
from .window_parts import FilterBar, StatusArea, build_dock, build_splitter
from .worker import Job

log = logging.getLogger(__name__)


class MainWindow(OpeningMixin, ReadingMixin, PairingMixin, QMainWindow):
    """ccwdiff's window."""

    comparisonShown = Signal()  # a comparison is on screen (tests and --screenshot wait for it)
    jobFailed = Signal(str)  # error code of a failed comparison ("unexpected" for bugs)

    def __init__(
        self,
        settings: AppSettings | None = None,
        translations: Translations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings or AppSettings()
        self.translations = translations or Translations()
        self.options: ViewOptions = self.settings.view_options()
        self.old_path: str | None = None
        self.new_path: str | None = None
        self.passwords: dict[str, str] = {}
        self.comparison: Comparison | None = None
        self.job: Job | None = None
        self._export_job: Job | None = None  # an export running (kept alive until it reports)
        self._base_point_size = self.font().pointSizeF()
        self._zoom = 0
        self._titles: dict[tuple[str, ...], str] = {}
        self._auto_order = False
        self._focus_after: tuple[str | None, str | None] | None = None  # row to show next
        self._fingerprint: str | None = None  # of the two files shown (worker.fingerprint)
        self._pairing_undo: list[UndoStep] = []  # Edit > Undo Pairing (pairing.py)

        self.context = RenderContext(colours=diff_colours(False, False), old_year="", new_year="")
        self.actions_ = WindowActions(self)
        self.mandate_panel = MandatePanel(self)
        self.splitter, self.pane = build_splitter(self, self.mandate_panel, self.context)
        self.view = self.pane.view
        self.setCentralWidget(self.splitter)
        self.navigator = Navigator(self)
        self.dock = build_dock(self, self.navigator)
        self.filter_bar = FilterBar(self, self.actions_)
        self.addToolBar(self.filter_bar.main_toolbar)
        self.addToolBarBreak()
        self.addToolBar(self.filter_bar)
        self.status = StatusArea(self)
        self.setStatusBar(self.status)
        self.actions_.build_menus(self.menuBar())
        self.actions_.build_toolbar(self.filter_bar.main_toolbar)
        self.setAcceptDrops(True)
        self.view.comparison_model.describe = self._describe_row
        a = self.actions_
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions(
            [
                a.copy,
                a.follow_move,
                a.previous_change,
                a.next_change,
                a.pair_with,
                a.unpair,
                a.restore_pairing,
                a.undo_pairing,
            ]
        )
        self._connect()
        self._apply_options_to_actions()
        self._update_colours()
        self._restore_window()
        self.retranslate()
        self._refresh_recent()
        QTimer.singleShot(0, self._fit_mandate_panel)

    # --- wiring ---------------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.actions_
        a.open_old.triggered.connect(lambda: self.choose_file("old"))
        a.open_new.triggered.connect(lambda: self.choose_file("new"))
        a.swap.triggered.connect(self.swap)
        a.reload.triggered.connect(self.start_compare)
        a.export_pdf.triggered.connect(lambda: self.export("pdf"))
        a.export_html.triggered.connect(lambda: self.export("html"))
        a.export_docx.triggered.connect(lambda: self.export("docx"))
        a.export_json.triggered.connect(lambda: self.export("json"))
        a.clear_recent.triggered.connect(self._clear_recent)
        a.quit.triggered.connect(self.close)
        a.copy.triggered.connect(self.copy_current)
        a.select_text.triggered.connect(self.select_text)
        a.pair_with.triggered.connect(self.pair_current)
        a.unpair.triggered.connect(self.unpair_current)
        a.restore_pairing.triggered.connect(self.restore_pairing)
        a.undo_pairing.triggered.connect(self.undo_pairing)
        a.find.triggered.connect(self.filter_bar.focus_search)
        a.find_next.triggered.connect(lambda: self.go_change(1, search=True))
        a.find_previous.triggered.connect(lambda: self.go_change(-1, search=True))
        a.layout_side.triggered.connect(lambda: self.set_layout("side"))
        a.layout_inline.triggered.connect(lambda: self.set_layout("inline"))
        a.colour_blind.toggled.connect(self._on_colour_blind)
        a.letter_paper.toggled.connect(self._on_letter_paper)
        a.show_navigator.toggled.connect(self._on_show_navigator)
        a.show_mandate.toggled.connect(self._on_show_mandate)
        a.zoom_in.triggered.connect(lambda: self.zoom(1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.zoom(0))
        a.scheme_system.triggered.connect(lambda: self.set_scheme("system"))
        a.scheme_light.triggered.connect(lambda: self.set_scheme("light"))
        a.scheme_dark.triggered.connect(lambda: self.set_scheme("dark"))
        a.language_system.triggered.connect(lambda: self.set_language("system"))
        a.language_en.triggered.connect(lambda: self.set_language("en"))
        a.language_zh.triggered.connect(lambda: self.set_language("zh_CN"))
        for action in (a.mandate_only, a.hide_routine, a.hide_unchanged, a.hide_footnotes):
            action.toggled.connect(self.apply_filters)
        a.next_change.triggered.connect(lambda: self.go_change(1))
        a.previous_change.triggered.connect(lambda: self.go_change(-1))
        a.next_mandate.triggered.connect(lambda: self.go_change(1, mandate=True))
        a.follow_move.triggered.connect(self.follow_move)
        a.cancel.triggered.connect(lambda: self.cancel_job() if self.job is not None else None)
        a.open_logs.triggered.connect(self._open_logs)
        a.about.triggered.connect(self._about)
        self.filter_bar.searchChanged.connect(self.apply_filters)
        self.status.cancelRequested.connect(self.cancel_job)
        self.view.rowActivated.connect(self._follow_row)
        self.view.currentRowChanged.connect(self.navigator.select_row)
        self.view.currentRowChanged.connect(lambda _row: self.update_pairing_actions())
        self.navigator.rowSelected.connect(self.view.go_to_row)
        self.mandate_panel.jumpRequested.connect(self.jump_to_pair)
        hints = QApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self._update_colours())

    def _apply_options_to_actions(self) -> None:
        a, o = self.actions_, self.options
        (a.layout_inline if o.layout == "inline" else a.layout_side).setChecked(True)
        a.colour_blind.setChecked(o.colour_blind)
        a.letter_paper.setChecked(o.letter_paper)
        a.show_navigator.setChecked(o.show_navigator)
        a.show_mandate.setChecked(o.show_mandate_panel)
        self.dock.setVisible(o.show_navigator)
        self.mandate_panel.setVisible(o.show_mandate_panel)
        for action, value in (
            (a.mandate_only, o.mandate_only),
            (a.hide_routine, o.hide_routine),
            (a.hide_unchanged, o.hide_unchanged),
            (a.hide_footnotes, o.hide_footnotes),
        ):
            action.setChecked(value)
        {"light": a.scheme_light, "dark": a.scheme_dark}.get(o.scheme, a.scheme_system).setChecked(
            True
        )
        {"en": a.language_en, "zh_CN": a.language_zh}.get(o.language, a.language_system).setChecked(
            True
        )
        self.view.set_layout("inline" if o.layout == "inline" else "side")

    # --- language ------------------------------------------------------------------------
    def set_language(self, choice: str) -> None:
        """Switch the interface language now and remember the choice."""
        self.options.language = choice
        language = resolve_language(choice)
        self.translations.apply(language)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from .fonts import apply_application_font

            apply_application_font(app, language)
        # Installing a translator posts LanguageChange; retranslate now as well so
        # the switch is complete when this returns.
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._update_colours()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.mandate_panel.language = self.translations.language
        self.actions_.retranslate()
        self.filter_bar.retranslate()
        self.status.retranslate()
        self.mandate_panel.retranslate()
        self.navigator.retranslate()
        self.dock.setWindowTitle(self.tr("Changes"))
        self.update_placeholder()
        self._update_title()
        self._update_header()
        self._update_status()
        self._update_warnings()
        self._refresh_recent()
        if self.comparison is not None:
            self._render_again()

    def update_placeholder(self) -> None:
        """What the empty view says: where to drop, that the first comparison runs,
        or (with a comparison loaded) that the search or filters leave nothing."""
        self.view.placeholder_framed = True
        if self.comparison is not None:
            # Never the drop areas here: the reports are loaded, the filters hide them.
            search = self.filter_bar.search_text()
            if search:
                message = self.tr("No paragraph matches “%1”.").replace("%1", search)
            else:
                message = self.tr("No paragraph matches the filters.")
            hint = self.tr("Clear the search or the filters in the toolbar to see the reports.")
            self.view.placeholder = (f"{message}\n{hint}",)
            self.view.placeholder_framed = False
        elif self.job is not None:
            self.view.placeholder = (self.tr("Comparing…"),)
        else:
            self.view.placeholder = (
                self.tr("Drop the older report here\n(or File > Open Old…)"),
                self.tr("Drop the newer report here\n(or File > Open New…)"),
            )
        self.view.viewport().update()

    def _update_title(self) -> None:
        if self.comparison is not None:
            old = Path(self.comparison.old.path).name
            new = Path(self.comparison.new.path).name
            self.setWindowTitle(f"{old} → {new} — ccwdiff")
        else:
            self.setWindowTitle("ccwdiff")

    def _update_header(self) -> None:
        from .view import describe

        old_doc = self.comparison.old if self.comparison is not None else None
        new_doc = self.comparison.new if self.comparison is not None else None
        self.pane.header.set_texts(
            describe(old_doc, self.old_path, self.tr("Older")),
            describe(new_doc, self.new_path, self.tr("Newer")),
            self.options.layout == "inline",
        )

    # --- showing a comparison --------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None, rows: list[Row] | None = None) -> None:
        """Show ``comparison`` (also used by tests with hand-built comparisons).

        ``rows`` are its display rows when the worker built them already.
        """
        from ccwdiff.core.cite import Labeller, document_year

        self.comparison = comparison
        context = self.context
        if comparison is not None:
            context.old_year = document_year(comparison.old) or self.tr("Older")
            context.new_year = document_year(comparison.new) or self.tr("Newer")
            context.old_blocks = {block.id: block for block in comparison.old.blocks}
            context.new_blocks = {block.id: block for block in comparison.new.blocks}
            context.old_labels = Labeller(comparison.old)
            context.new_labels = Labeller(comparison.new)
            context.by_hand = frozenset(comparison.paired_by_hand)
            self._titles = section_titles(comparison.new) | {
                key: value
                for key, value in section_titles(comparison.old).items()
                if key not in section_titles(comparison.new)
            }
        else:
            self._titles = {}
        if comparison is not None:
            from .fonts import font_for

            # The documents' language, not the interface's, decides glyph shapes.
            self.view.setFont(font_for(comparison.new.language or "en", self.view.font()))
        self.view.set_comparison(comparison, rows)
        self.update_placeholder()
        context.rows = self.view.comparison_model.rows
        self.mandate_panel.set_comparison(comparison, context)
        self._populate_navigator()
        self._update_title()
        self._update_header()
        self._update_status()
        self._update_warnings()
        # The model reset already dropped the old rows' layouts; the strip follows
        # the view's own layout signal, so no extra relayout or refresh here.
        self._fit_mandate_panel()
        self.view.settle_later()
        self.update_pairing_actions()
        if comparison is not None:
            for warning in comparison.warnings:
                log.info("comparison warning: %s", warning)
            self.comparisonShown.emit()

    def _update_warnings(self) -> None:
        from .i18n import warning_text

        comparison = self.comparison
        codes: list[str] = []
        if comparison is not None:
            for code in (*comparison.warnings, *comparison.old.warnings, *comparison.new.warnings):
                if code not in codes and not (code == "identical" and "same-file" in codes):
                    codes.append(code)
        self.pane.show_warnings([warning_text(code) for code in codes])

    def _fit_mandate_panel(self) -> None:
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        wanted = min(self.mandate_panel.preferred_height(), int(total * 0.3))
        self.splitter.setSizes([wanted, total - wanted])

    def _render_again(self) -> None:
        self.mandate_panel.set_comparison(self.comparison, self.context)
        self._populate_navigator()
        self.view.relayout()
        self.pane.strip.refresh()

    def _populate_navigator(self) -> None:
        model = self.view.comparison_model
        mandate = {row.index for row in model.rows if model.is_mandate(row)}
        self.navigator.populate(model.visible_rows(), self._titles, self.context, mandate)

    def _update_status(self) -> None:
        model = self.view.comparison_model
        comparison = self.comparison
        self.status.show_counts(
            comparison.stats() if comparison is not None else None,
            model.rowCount(),
            len(model.rows),
            (
                (len(comparison.paired_by_hand), len(comparison.unpaired_by_hand))
                if comparison is not None
                else (0, 0)
            ),
        )

    # --- view options ---------------------------------------------------------------------
    def set_layout(self, layout: str) -> None:
        self.options.layout = layout
        self.view.set_layout("inline" if layout == "inline" else "side")
        self._update_header()

    def _on_letter_paper(self, checked: bool) -> None:
        self.options.letter_paper = checked

    def _on_colour_blind(self, checked: bool) -> None:
        self.options.colour_blind = checked
        self._update_colours()

    def _on_show_navigator(self, checked: bool) -> None:
        self.options.show_navigator = checked
        self.dock.setVisible(checked)

    def _on_show_mandate(self, checked: bool) -> None:
        self.options.show_mandate_panel = checked
        self.mandate_panel.setVisible(checked)

    def set_scheme(self, scheme: str) -> None:
        self.options.scheme = scheme
        apply_scheme(scheme)
        self._update_colours()

    def _update_colours(self) -> None:
        actions = getattr(self, "actions_", None)  # palette events may come during __init__
        if actions is not None:
            actions.refresh_icons()  # the arrows follow the toolbar's text colour
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        colours = diff_colours(dark, self.options.colour_blind)
        if colours != self.context.colours:
            self.context.colours = colours
            if self.comparison is not None:
                self._render_again()

    def zoom(self, step: int) -> None:
        self._zoom = 0 if step == 0 else max(-4, min(12, self._zoom + step))
        font = self.view.font()
        font.setPointSizeF(max(6.0, self._base_point_size + self._zoom))
        self.view.setFont(font)
        self.view.relayout()

    # --- recent, export, help ------------------------------------------------------------
    def _refresh_recent(self) -> None:
        menu = self.actions_.recent_menu
        if menu is None:
            return
        menu.clear()
        for old, new in self.settings.recent():
            action = menu.addAction(f"{Path(old).name}  →  {Path(new).name}")
            action.setToolTip(f"{old}\n{new}")
            action.triggered.connect(lambda _=False, o=old, n=new: self.open_files(o, n))
        if menu.isEmpty():
            menu.addAction(self.tr("(none yet)")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.actions_.clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._refresh_recent()

    def export(self, kind: str) -> None:
        from .export_flow import run_export

        run_export(self, kind)

    def on_export_done(self, path: object) -> None:
        self.status.stop()
        self.status.showMessage(self.tr("Exported to %1.").replace("%1", str(path)), 10000)

    def on_export_failed(self, error: object, details: str) -> None:
        from .export_flow import export_failed

        export_failed(self, error, details)

    def _open_logs(self) -> None:
        from .logs import open_log_folder

        open_log_folder()

    def _about(self) -> None:
        from .export_flow import about

        about(self)

    # --- closing ---------------------------------------------------------------
    def _restore_window(self) -> None:
        geometry, state, splitter = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        if state is not None:
            self.restoreState(state)
        else:
            self.resizeDocks([self.dock], [380], Qt.Orientation.Horizontal)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        # The toggles, not the saved dock state, decide what is shown.
        self.dock.setVisible(self.options.show_navigator)

    def save_settings(self) -> None:
        self.settings.set_window_state(
            self.saveGeometry(), self.saveState(), self.splitter.saveState()
        )
        self.settings.set_view_options(self.options)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_job(quiet=True)
        self.save_settings()
        super().closeEvent(event)
