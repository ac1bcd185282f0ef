"""Refresh the Qt Linguist files and compile them: ``python packaging/translations.py``.

Runs pyside6-lupdate over reader/ui into resources/i18n/reader_{en,zh_CN,zh_TW}.ts, fills
simplified-Chinese entries that are still empty from packaging/zh_CN.json, derives
traditional-Chinese entries from them with OpenCC (s2twp: Taiwan vocabulary, e.g.
文件 → 檔案) except where packaging/zh_TW.json says otherwise (a string that must keep
both scripts), and compiles every .ts to .qm with pyside6-lrelease. Entries a
translator has written in Linguist are never overwritten.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent


def _fill(ts: Path, lookup: dict[str, str]) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        finished = translation is not None and translation.text and translation.get("type") != "unfinished"
        if source is None or translation is None or finished:
            continue
        text = lookup.get(source.text or "")
        if text:
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> None:
    sources = sorted(str(p) for p in (ROOT / "reader" / "ui").rglob("*.py"))
    files = [I18N / f"reader_{lang}.ts" for lang in ("en", "zh_CN", "zh_TW")]
    subprocess.run([BIN / "pyside6-lupdate", "-no-obsolete", *sources, "-ts", *map(str, files)], check=True)
    simplified = json.loads((ROOT / "packaging" / "zh_CN.json").read_text(encoding="utf-8"))
    to_taiwan = opencc.OpenCC("s2twp")
    _fill(files[1], simplified)
    traditional = {k: to_taiwan.convert(v) for k, v in simplified.items()}
    traditional.update(json.loads((ROOT / "packaging" / "zh_TW.json").read_text(encoding="utf-8")))
    _fill(files[2], traditional)
    for ts in files:
        subprocess.run([BIN / "pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    main()
