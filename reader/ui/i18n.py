"""UI language: Reader's own translations and Qt's, chosen from the setting or the system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from .resources import resources_dir

__all__ = ["LANGUAGES", "QT_TRANSLATE_NOOP", "install_translators", "ui_language"]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for translation in ``context``; it is translated where it is shown.

    PySide's own version is typed as returning ``object``; this one keeps ``str``.
    """
    del context
    return source

LANGUAGES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
"""The languages Reader's UI speaks, each named in itself."""

_installed: list[QTranslator] = []


def ui_language(setting: str, locale: QLocale | None = None) -> str:
    """The language to use: the setting if it names one, else the system's (Chinese by script)."""
    if setting in LANGUAGES:
        return setting
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    traditional = locale.script() == QLocale.Script.TraditionalChineseScript or locale.territory() in (
        QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
    return "zh_TW" if traditional else "zh_CN"


def install_translators(language: str) -> str:
    """Install Reader's and Qt's translators for ``language``; returns the language in use."""
    app = QCoreApplication.instance()
    if app is None:
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return language
    from PySide6.QtCore import QLibraryInfo  # only for a translated UI

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"reader_{language}", str(resources_dir() / "i18n")), (f"qtbase_{language}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
