"""Every interface string has its Chinese translation, and the compiled file is current."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ccwdiff.resources import resource_path


def test_every_string_is_translated() -> None:
    tree = ET.parse(resource_path("translations", "ccwdiff_zh_CN.ts"))
    unfinished = [
        message.findtext("source")
        for message in tree.iter("message")
        if (message.find("translation") is None)
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not (message.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_compiled_translations_are_not_older_than_their_source() -> None:
    source = resource_path("translations", "ccwdiff_zh_CN.ts")
    compiled = resource_path("translations", "ccwdiff_zh_CN.qm")
    assert compiled.exists()
    # Git does not keep modification times: compare contents instead, via Qt.
    from ccwdiff.ui.qt import QTranslator

    translator = QTranslator()
    assert translator.load(str(compiled))
    tree = ET.parse(source)
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.findtext("source") or ""
            expected = message.findtext("translation") or ""
            if message.get("numerus") == "yes":
                continue
            assert translator.translate(name, text) == expected, (name, text)
