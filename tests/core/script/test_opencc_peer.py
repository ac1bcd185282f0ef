"""OpenCC's own test cases, run through Reader's conversion layer for every shipped config.

A peer suite: our layer (one call, then alignment) must give exactly OpenCC's
expected output, and a valid offset map, on every case the installed binding
has a config for.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reader.core.script.variants import available_configs, convert_with_config
from tests.conftest import shared_path


def _load_json(path: Path) -> list[tuple[str, str, str]]:
    text = re.sub(r",(\s*[}\]])", r"\1", path.read_text(encoding="utf-8"))
    cases = json.loads(text)["cases"]
    return [(config, c["input"], expected) for c in cases for config, expected in c["expected"].items()]


def _check(config: str, source: str, expected: str) -> None:
    result = convert_with_config(source, config)
    assert result.text == expected
    m = result.offsets
    assert m.to_shown(0) == 0 and m.to_shown(len(source)) == len(result.text)
    forward = [m.to_shown(i) for i in range(0, len(source) + 1, max(1, len(source) // 200))]
    assert forward == sorted(forward)


@pytest.mark.parametrize("name", ["testcases.HEAD.json", "testcases.ver.1.4.1.json", "testcases.ver.1.2.0.json"])
def test_testcases_json(name: str) -> None:
    cases = _load_json(shared_path("data", "opencc", name))
    shipped = available_configs()
    run = [(c, s, e) for c, s, e in cases if c in shipped]
    assert len(run) >= len(cases) * 0.9, "most configs of the suite ship with the binding"
    failures = []
    for config, source, expected in run:
        try:
            _check(config, source, expected)
        except AssertionError:
            failures.append((config, source, convert_with_config(source, config).text, expected))
    assert failures == []


def _pairs() -> list[str]:
    folder = shared_path("data", "opencc", "ver.1.1.9")
    return sorted(p.stem for p in folder.glob("*.in"))


def test_ver_1_1_9_pairs() -> None:
    folder = shared_path("data", "opencc", "ver.1.1.9")
    shipped = available_configs()
    checked = 0
    for config in _pairs():
        if config not in shipped:
            continue
        source = (folder / f"{config}.in").read_text(encoding="utf-8")
        expected = (folder / f"{config}.ans").read_text(encoding="utf-8")
        _check(config, source, expected)
        checked += 1
    assert checked >= 10


def test_golden_long_input() -> None:
    folder = shared_path("data", "opencc", "golden")
    source = (folder / "input" / "us_constitution_zhs.txt").read_text(encoding="utf-8")
    expected = (folder / "output" / "us_constitution_zhs.s2hk.txt").read_text(encoding="utf-8")
    _check("s2hk", source, expected)
