"""Interface language: Qt translators for ccwdiff and Qt's own dialogs, and the
translated names of the engine's stable codes (statuses, tags, progress stages).

The core returns codes, never sentences; this module is where they become words.
``pyside6-lupdate`` extracts the literal ``translate("Terms", ...)`` calls below
into ``resources/translations/ccwdiff_zh_CN.ts``.
"""

from __future__ import annotations

import logging

from ccwdiff.resources import resource_path

from .qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from .rows import set_footnote_prefix

log = logging.getLogger(__name__)

# Language codes the interface offers, with their names in their own language.
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}


def system_language() -> str:
    """The offered language closest to the system locale (Chinese or English)."""
    for name in QLocale.system().uiLanguages():
        if name.lower().startswith("zh"):
            return "zh_CN"
        if name.lower().startswith("en"):
            return "en"
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def resolve_language(choice: str | None) -> str:
    """Turn a stored choice ("system", "en", "zh_CN", None) into a language code."""
    if choice in LANGUAGES:
        return choice
    return system_language()


class Translations:
    """Installs and swaps the translators of the running application."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Switch to ``language``; returns False if its catalogue is missing.

        Installing or removing a translator makes Qt send LanguageChange to every
        widget, which is what re-translates the open window.
        """
        app = QCoreApplication.instance()
        if app is None:
            return False
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        ok = language == "en" or self._install(app, language)
        # Citations name a footnote in the interface's language ("fn. 4", "脚注 4").
        set_footnote_prefix(QCoreApplication.translate("Terms", "fn. "))
        return ok

    def _install(self, app: QCoreApplication, language: str) -> bool:
        ok = True
        own = QTranslator()
        catalogue = resource_path("translations", f"ccwdiff_{language}.qm")
        if own.load(str(catalogue)):
            app.installTranslator(own)
            self._installed.append(own)
        else:
            log.warning("translation catalogue not found: %s", catalogue)
            ok = False
        qt_base = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"qtbase_{language}", folder):
            app.installTranslator(qt_base)
            self._installed.append(qt_base)
        return ok


def status_name(status: str) -> str:
    """Translated name of a pair status."""
    names = {
        "unchanged": QCoreApplication.translate("Terms", "unchanged"),
        "changed": QCoreApplication.translate("Terms", "changed"),
        "inserted": QCoreApplication.translate("Terms", "inserted"),
        "deleted": QCoreApplication.translate("Terms", "deleted"),
        "moved": QCoreApplication.translate("Terms", "moved"),
        "split": QCoreApplication.translate("Terms", "split"),
        "merged": QCoreApplication.translate("Terms", "merged"),
    }
    return names.get(status, status)


def tag_name(tag: str) -> str:
    """Translated name of a pair tag."""
    names = {
        "mandate": QCoreApplication.translate("Terms", "mandate"),
        "routine": QCoreApplication.translate("Terms", "routine"),
        "list": QCoreApplication.translate("Terms", "list"),
        "renumbered": QCoreApplication.translate("Terms", "renumbered"),
        "moved": QCoreApplication.translate("Terms", "moved"),
        "substantive": QCoreApplication.translate("Terms", "substantive"),
        "date": QCoreApplication.translate("Terms", "date"),
        "reference": QCoreApplication.translate("Terms", "reference"),
        "paired-by-hand": QCoreApplication.translate("Terms", "paired by hand"),
    }
    return names.get(tag, tag)


def stage_name(stage: str) -> str:
    """Translated name of a progress stage code from the engine."""
    names = {
        "load": QCoreApplication.translate("Terms", "Reading files"),
        "clean": QCoreApplication.translate("Terms", "Cleaning text"),
        "structure": QCoreApplication.translate("Terms", "Finding paragraphs"),
        "segment": QCoreApplication.translate("Terms", "Segmenting words"),
        "align": QCoreApplication.translate("Terms", "Aligning paragraphs"),
        "diff": QCoreApplication.translate("Terms", "Comparing words"),
        "classify": QCoreApplication.translate("Terms", "Classifying changes"),
        "export": QCoreApplication.translate("Terms", "Exporting"),
    }
    return names.get(stage, stage)


def kind_name(kind: str) -> str:
    """Translated name of a mandate-change kind."""
    names = {
        "task": QCoreApplication.translate("Terms", "task"),
        "strength": QCoreApplication.translate("Terms", "strength"),
        "time-frame": QCoreApplication.translate("Terms", "time frame"),
        "meeting-days": QCoreApplication.translate("Terms", "meeting days"),
        "reporting": QCoreApplication.translate("Terms", "reporting"),
        "chair": QCoreApplication.translate("Terms", "chair"),
        "other": QCoreApplication.translate("Terms", "other"),
        "new-decision": QCoreApplication.translate("Terms", "new decision"),
        "removed-decision": QCoreApplication.translate("Terms", "removed decision"),
    }
    return names.get(kind, kind)


def warning_text(code: str) -> str:
    """A plain sentence for a comparison or document warning code."""
    names = {
        "same-file": QCoreApplication.translate(
            "Terms", "Old and new are the same file: every paragraph is unchanged."
        ),
        "identical": QCoreApplication.translate(
            "Terms", "The two documents are identical in wording."
        ),
        "language-mismatch": QCoreApplication.translate(
            "Terms",
            "The two documents are in different languages; the comparison will mostly show "
            "replacements.",
        ),
        "no-structure": QCoreApplication.translate(
            "Terms",
            "No numbered paragraphs or headings were recognised; compared as plain paragraphs.",
        ),
    }
    if code in names:
        return names[code]
    try:
        from ccwdiff.textreport import WARNING_MESSAGES
    except ImportError:
        return code
    return WARNING_MESSAGES.get(code, code)
