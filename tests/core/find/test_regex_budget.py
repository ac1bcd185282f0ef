"""User regexes cannot run away: a time budget, a cap on hits, re's syntax kept."""

from __future__ import annotations

import pytest

from reader.core.find.search import Matcher, SearchOptions, TooSlow

_BOMBS = ["(a+)+$", "(.*)*x", r"(\w+\s?)+$", "(a|aa)+$", "(a|a?)+$", "(x+x+)+y", r"(?:\S+\s*)*!", "(.*a){25}"]


@pytest.mark.parametrize("pattern", _BOMBS)
def test_a_backtracking_bomb_ends_with_hits_or_too_slow(pattern: str) -> None:
    matcher = Matcher("标题\n" + "a" * 40 + "!\n" + "统战 " * 2000)
    try:
        spans = matcher.spans(pattern, SearchOptions(regex=True, seconds=0.2))
    except TooSlow:
        return
    assert all(0 <= s < e <= len(matcher.text) for s, e in spans)


def test_the_budget_is_enforced() -> None:
    with pytest.raises(TooSlow):
        Matcher("a" * 40 + "!").spans("(a|aa)+$", SearchOptions(regex=True, seconds=0.1))


def test_re_syntax_still_works() -> None:
    matcher = Matcher("统战工作，統戰工作。abcabc")
    assert matcher.spans("(?<=统)战", SearchOptions(regex=True)) == [(1, 2), (6, 7)]
    assert matcher.spans(r"(abc)\1", SearchOptions(regex=True)) == [(10, 16)]
    assert matcher.spans("ABC", SearchOptions(regex=True)) == [(10, 13), (13, 16)]


def test_a_match_everywhere_stops_at_the_limit() -> None:
    matcher = Matcher("a" * 2_000_000)
    assert len(matcher.spans(".", SearchOptions(regex=True), limit=10)) == 10
    assert len(matcher.find_all("a", limit=7)) == 7


def test_phrase_offsets_skip_whitespace_gaps() -> None:
    text = "统 战\n\n工作  统战工作\t统\n战"
    hits = Matcher(text).find_all("统战工作")
    assert [(m.start, m.end) for m in hits] == [(0, 7), (9, 13)]
    assert [text[m.start] for m in Matcher(text).find_all("战")] == ["战", "战", "战"]
    assert Matcher(text).find_all("统战")[-1].end == len(text)


@pytest.mark.parametrize("pattern", ["a{99999999}", "(a{1000}){1000}", "((统{100}){100}){100}"])
def test_repeat_counts_that_would_compile_gigabytes_are_refused(pattern: str) -> None:
    from reader.core.find.search import InvalidQuery

    with pytest.raises(InvalidQuery):
        Matcher("aaa").spans(pattern, SearchOptions(regex=True))
    assert Matcher("a" * 1000).spans("a{1000}", SearchOptions(regex=True)) == [(0, 1000)]
