"""UI languages: the system's or the chosen one, Reader's and Qt's own strings translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from reader.ui.i18n import install_translators, ui_language
from reader.ui.window.main_window import MainWindow
from tests.conftest import SEED


def test_language_follows_locale_and_setting() -> None:
    assert ui_language("", QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh_CN"
    assert ui_language("", QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)) == "zh_TW"
    assert ui_language("", QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript,
                                   QLocale.Country.HongKong)) == "zh_TW"
    assert ui_language("", QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert ui_language("zh_TW", QLocale(QLocale.Language.English)) == "zh_TW"


def test_menus_in_each_language(qtbot, settings_file) -> None:  # type: ignore[no-untyped-def]
    expected = {"zh_CN": ("文件(&F)", "打开(&O)…"), "zh_TW": ("檔案(&F)", "開啟(&O)…"), "en": ("&File", "&Open…")}
    try:
        for language, (file_menu, open_action) in expected.items():
            install_translators(language)
            window = MainWindow(settings_file)
            qtbot.addWidget(window)
            assert window.menuBar().actions()[0].text() == file_menu
            assert window.menuBar().actions()[0].menu().actions()[0].text() == open_action
            assert window.open_path(SEED)
    finally:
        install_translators("en")


def test_qt_own_strings_are_translated() -> None:
    try:
        install_translators("zh_CN")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        install_translators("en")


def test_every_ui_string_is_translated_into_chinese() -> None:
    import xml.etree.ElementTree as ET

    from tests.conftest import ROOT

    for language in ("zh_CN", "zh_TW"):
        tree = ET.parse(ROOT / "resources" / "i18n" / f"reader_{language}.ts")
        missing = [m.findtext("source") for m in tree.iter("message")
                   if m.find("translation") is None or m.find("translation").get("type") == "unfinished"
                   or not m.findtext("translation")]
        assert missing == [], language
        assert (ROOT / "resources" / "i18n" / f"reader_{language}.qm").stat().st_size > 1000


def test_no_string_hides_from_the_translation_tool() -> None:
    """lupdate reads only literal tr()/translate() calls: a ``_tr("…")`` wrapper's strings never reach
    the .ts files and show in English in a Chinese window (five modules did, until this test)."""
    import re

    from tests.conftest import ROOT

    hidden = [f"{path.relative_to(ROOT)}:{text}"
              for path in (ROOT / "reader" / "ui").rglob("*.py")
              for text in re.findall(r'(?<![\w.])_tr\("([^"]*)"', path.read_text(encoding="utf-8"))]
    assert hidden == []
