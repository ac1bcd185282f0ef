"""Keyword lists mark every occurrence once, longest first, and survive a damaged settings file."""

from __future__ import annotations

import json
import re
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.find.highlight import (
    PALETTE,
    Keyword,
    KeywordList,
    counts,
    highlights,
    lists_from_json,
    lists_to_json,
)
from reader.core.find.search import Matcher
from reader.core.script.fold import fold
from tests.conftest import SEED

RED, GREEN = "#ff8787", "#69db7c"
SEARCH_YELLOW = "#ffe678"


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def marks(text: str, *lists: KeywordList) -> dict[str, int]:
    return counts(highlights(text, lists))


def test_longer_keyword_wins_and_nothing_is_counted_twice(seed: str) -> None:
    words = KeywordList("统战", (Keyword("统战", RED), Keyword("统战工作", GREEN)))
    assert marks(seed, words) == {"统战工作": 22, "统战": 40 - 22}


def test_keywords_are_script_insensitive(seed: str) -> None:
    assert marks(seed, KeywordList("繁", (Keyword("統戰", RED),))) == {"統戰": 40}


def test_disabled_lists_are_skipped(seed: str) -> None:
    off = KeywordList("off", (Keyword("江门", RED),), enabled=False)
    assert highlights(seed, [off]) == []


def test_a_tie_goes_to_the_earlier_list(seed: str) -> None:
    first = KeywordList("first", (Keyword("江门", RED),))
    second = KeywordList("second", (Keyword("江門", GREEN),))
    found = highlights(Matcher(seed), [first, second])
    assert {h.list_name for h in found} == {"first"}
    assert found == highlights(seed, [first, second])


words = st.text(alphabet="统战工作发展江门", min_size=1, max_size=4)
keyword_lists = st.lists(
    st.builds(KeywordList, st.text(max_size=5),
              st.lists(st.builds(Keyword, words, st.sampled_from(PALETTE)), max_size=4).map(tuple),
              st.booleans()),
    max_size=3,
)


@given(st.text(alphabet="统战工作發展江門 \n", max_size=60), keyword_lists)
def test_highlights_never_overlap_and_each_is_its_keyword(text: str, lists: list[KeywordList]) -> None:
    found = highlights(text, lists)
    assert all(a.end <= b.start for a, b in pairwise(found))
    for h in found:
        assert re.sub(r"\s", "", fold(text[h.start : h.end])) == fold(h.keyword.text)
    assert sum(counts(found).values()) == len(found)


# ---- Settings data


@given(keyword_lists)
def test_json_round_trip(lists: list[KeywordList]) -> None:
    data = json.loads(json.dumps(lists_to_json(lists)))
    restored = lists_from_json(data)
    assert len(restored) == len(lists)
    for before, after in zip(lists, restored, strict=True):
        assert after.enabled == before.enabled
        assert {k.text for k in after.keywords} == {k.text.strip() for k in before.keywords}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["name", "keywords", "text", "color", "enabled"]), inner, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_damaged_data_never_raises(data: object) -> None:
    for kl in lists_from_json(data):
        assert kl.name and all(k.text and re.fullmatch(r"#[0-9a-f]{6}", k.color) for k in kl.keywords)


def test_bad_entries_are_repaired_or_skipped() -> None:
    data = '[{"name": 5, "keywords": ["统战", {"text": "江门", "color": "#ABC"}, {"text": ""}, 3, "统战"], "enabled": "no"}, 7]'
    (kl,) = lists_from_json(data)
    assert kl == KeywordList("1", (Keyword("统战", PALETTE[0]), Keyword("江门", "#aabbcc")), True)
    assert lists_from_json("not json") == lists_from_json({"name": "x"}) == []


# ---- Palette


def _lab(color: str) -> tuple[float, float, float]:
    """CIE L*a*b* of an sRGB colour (D65), to compare colours as eyes do."""
    rgb = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    xyz = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, \
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def test_palette_colours_are_light_and_distinguishable() -> None:
    assert len(set(PALETTE)) == len(PALETTE) >= 8
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in PALETTE)
    labs = [_lab(c) for c in PALETTE]
    assert all(lab[0] >= 65 for lab in labs)  # black text stays readable
    labs.append(_lab(SEARCH_YELLOW))
    closest = min(sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5 for i, a in enumerate(labs) for b in labs[i + 1 :])
    assert closest >= 25
