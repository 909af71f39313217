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

log = logging.getLogger(__name__)

#: Language codes the interface offers, with their names in their own language.
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}

_translate = QCoreApplication.translate


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
        if language == "en":
            return True
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
        "unchanged": _translate("Terms", "unchanged"),
        "changed": _translate("Terms", "changed"),
        "inserted": _translate("Terms", "inserted"),
        "deleted": _translate("Terms", "deleted"),
        "moved": _translate("Terms", "moved"),
        "split": _translate("Terms", "split"),
        "merged": _translate("Terms", "merged"),
    }
    return names.get(status, status)


def tag_name(tag: str) -> str:
    """Translated name of a pair tag."""
    names = {
        "mandate": _translate("Terms", "mandate"),
        "routine": _translate("Terms", "routine"),
        "list": _translate("Terms", "list"),
        "renumbered": _translate("Terms", "renumbered"),
        "moved": _translate("Terms", "moved"),
        "substantive": _translate("Terms", "substantive"),
        "date": _translate("Terms", "date"),
        "reference": _translate("Terms", "reference"),
    }
    return names.get(tag, tag)


def stage_name(stage: str) -> str:
    """Translated name of a progress stage code from the engine."""
    names = {
        "load": _translate("Terms", "Reading files"),
        "clean": _translate("Terms", "Cleaning text"),
        "structure": _translate("Terms", "Finding paragraphs"),
        "segment": _translate("Terms", "Segmenting words"),
        "align": _translate("Terms", "Aligning paragraphs"),
        "diff": _translate("Terms", "Comparing words"),
        "classify": _translate("Terms", "Classifying changes"),
        "export": _translate("Terms", "Exporting"),
    }
    return names.get(stage, stage)


def kind_name(kind: str) -> str:
    """Translated name of a mandate-change kind."""
    names = {
        "scope": _translate("Terms", "scope"),
        "verb": _translate("Terms", "verb"),
        "object": _translate("Terms", "object"),
        "deadline": _translate("Terms", "deadline"),
        "outcome": _translate("Terms", "outcome"),
        "procedure": _translate("Terms", "procedure"),
        "strengthened": _translate("Terms", "strengthened"),
        "weakened": _translate("Terms", "weakened"),
    }
    return names.get(kind, kind)
