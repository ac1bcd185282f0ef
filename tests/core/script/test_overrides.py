"""Conversion you can correct: the shipped list (each entry), protected words, overrides, maps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.offsets import OffsetMap
from reader.core.script.overrides import (
    DEFAULT_OVERRIDES,
    Corrections,
    corrections_from_json,
    corrections_to_json,
    decisions,
    load_corrections,
    save_corrections,
)
from reader.core.script.variants import Script, Variant, config_for, convert, convert_with_config

_CASES = [(word, variant, target) for word, targets in DEFAULT_OVERRIDES.items()
          for variant, target in targets.items()]


@pytest.mark.parametrize(("word", "variant", "target"), _CASES)
def test_each_shipped_correction_is_needed_and_works(word: str, variant: str, target: str) -> None:
    sentence = f"这个{word}了"
    config = config_for(Variant(variant), Script.SIMPLIFIED)
    raw = convert_with_config(sentence, config).text
    assert target not in raw, f"OpenCC now converts {word!r} right in {variant}: the entry can go"
    shown = convert(sentence, Variant(variant))
    assert target in shown.text
    assert shown.offsets.span_to_shown(2, 2 + len(word)) == (2, 2 + len(target))


def test_the_shipped_list_leaves_other_contexts_alone() -> None:
    assert convert("她头发生长得快", Variant.HANT).text == "她頭髮生長得快"
    assert convert("这项发明", Variant.HANT).text == "這項發明"


def test_corrections_can_be_turned_off() -> None:
    plain = convert("被发明", Variant.HANT, corrections=Corrections(defaults=False)).text
    assert plain == convert_with_config("被发明", "s2t").text


def test_protected_word_stays_as_written_in_every_variant() -> None:
    text = "他在乾隆年间发明了软件。"
    keep = Corrections(protected=("软件",))
    for variant in (Variant.HANT, Variant.TW, Variant.HK):
        shown = convert(text, variant, corrections=keep)
        at = shown.offsets.to_shown(text.index("软件"))
        assert shown.text[at : at + 2] == "软件"
    assert convert(text, Variant.TW).text.count("軟體") == 1


def test_protection_is_script_blind() -> None:
    shown = convert("軟體很好", Variant.HANS, corrections=Corrections(protected=("软体",)))
    assert shown.text == "軟體很好"


def test_override_per_variant_with_a_length_change_keeps_offsets() -> None:
    text = "上网络看新闻"
    rules = Corrections(overrides={"tw": {"网络": "網際網路"}})
    shown = convert(text, Variant.TW, corrections=rules)
    assert shown.text == "上網際網路看新聞"
    assert shown.offsets.span_to_shown(1, 3) == (1, 5)
    assert shown.offsets.to_shown(3) == 5 and shown.offsets.to_source(5) == 3
    assert convert(text, Variant.HANT, corrections=rules).text == "上網絡看新聞"


def test_protect_and_override_replace_each_other() -> None:
    c = Corrections().override("tw", "网络", "網絡").protect("網絡")
    assert c.protected == ("網絡",) and c.overrides == {"tw": {}}
    c = c.override("tw", "网络", "網路")
    assert c.protected == () and c.overrides["tw"] == {"网络": "網路"}


def test_json_round_trip_and_file(tmp_path: Path) -> None:
    c = Corrections(("软件",), {"tw": {"网络": "網絡"}}, defaults=False)
    assert corrections_from_json(json.loads(json.dumps(corrections_to_json(c)))) == c
    path = tmp_path / "corrections.json"
    save_corrections(path, c)
    assert load_corrections(path) == c
    assert [p.name for p in tmp_path.iterdir()] == ["corrections.json"]


def test_bad_input_is_refused_or_dropped(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError):
        load_corrections(bad)
    assert corrections_from_json({"protected": ["", 3, "软件"], "overrides": {"tw": {"a": 1, "b": "c"}},
                                  "defaults": "no"}) == Corrections(("软件",), {"tw": {"b": "c"}}, True)
    assert corrections_from_json("nonsense") == Corrections()


def test_decisions_mark_choices_not_one_for_one_mapping() -> None:
    text = "国家的软件和头发。"
    shown = convert(text, Variant.TW)
    marked = [shown.text[a:b] for a, b in decisions(text, shown.text, shown.offsets, "s2twp")]
    assert marked == ["體", "髮"]
    assert decisions(text, text, OffsetMap.identity(len(text)), None) == []


def test_decisions_in_a_line_whose_length_changed() -> None:
    text = "全局、协调各方。软件"
    shown = convert(text, Variant.TW)
    marked = [shown.text[a:b] for a, b in decisions(text, shown.text, shown.offsets, "s2twp")]
    assert marked == ["域性", "體"]


_PIECES = st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5)), min_size=1, max_size=12)


@settings(max_examples=100, deadline=None)
@given(_PIECES, _PIECES)
def test_composed_maps_are_monotone_and_exact_at_the_ends(first: list[tuple[int, int]],
                                                          second: list[tuple[int, int]]) -> None:
    """An edit after a conversion (as corrections make): positions stay in order, ends exact."""
    a = OffsetMap.from_pieces(first)
    total = a.shown_length
    cuts = sorted({min(total, sum(s for s, _d in second[:k])) for k in range(len(second))} | {total})
    lengths = [d for _s, d in second] + [1] * len(cuts)
    b = OffsetMap.from_pieces([(y - x, lengths[k]) for k, (x, y) in enumerate(zip(cuts, cuts[1:], strict=False))])
    both = a.then(b)
    assert both.source_length == a.source_length and both.shown_length == b.shown_length
    forward = [both.to_shown(i) for i in range(a.source_length + 1)]
    assert forward == sorted(forward)
    assert forward[0] == 0 and forward[-1] == b.shown_length
