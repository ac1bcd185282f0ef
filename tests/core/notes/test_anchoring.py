"""Annotations are found again in the current text: where they were, moved, changed, or kept as missing."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from reader.core import open_article
from reader.core.notes import Color, Placement, anchor, anchor_all, new_annotation
from reader.core.notes.anchoring import quote_selector
from tests.conftest import SEED

TEXT = open_article(SEED).text
WORDS = "市委统战部还分别与市委组织部、市委宣传部、市政协等单位建立了"


def _highlight(text: str, words: str, note: str = "") -> tuple[int, int, object]:
    start = text.index(words)
    return start, start + len(words), new_annotation(text, start, start + len(words), Color.YELLOW, note)


def test_an_unchanged_text_places_every_annotation_where_it_was() -> None:
    start, end, a = _highlight(TEXT, WORDS)
    placed = anchor(TEXT, a)  # type: ignore[arg-type]
    assert (placed.start, placed.end, placed.placement) == (start, end, Placement.EXACT)


def test_text_added_before_moves_the_highlight_with_its_words() -> None:
    start, end, a = _highlight(TEXT, WORDS)
    longer = "编者按:这是一段新加的导语。\n" + TEXT
    placed = anchor(longer, a)  # type: ignore[arg-type]
    assert placed.placement is Placement.MOVED
    assert longer[placed.start : placed.end] == WORDS


def test_the_occurrence_whose_context_agrees_wins_over_the_nearer_one() -> None:
    text = "甲说:统战工作很重要。" * 3 + "乙说:统战工作很重要。"
    start = text.index("乙说:") + 3
    a = new_annotation(text, start, start + 6, Color.GREEN)
    cut = text.index("乙")
    shifted = text[:cut] + "丙" * 100 + "。" + text[cut:]  # the 甲 occurrence is now the nearest
    placed = anchor(shifted, a)
    assert placed.placement is Placement.MOVED
    assert shifted[placed.start - 3 : placed.end] == "乙说:统战工作很重"


def test_a_quote_found_again_in_another_script_or_with_a_line_break() -> None:
    _, _, a = _highlight(TEXT, WORDS)
    traditional = TEXT.replace("统战部", "統戰部").replace("组织部、", "组织部、\n")
    placed = anchor(traditional, a)  # type: ignore[arg-type]
    assert placed.placement is Placement.FUZZY
    assert traditional[placed.start : placed.end].startswith("市委統戰部")
    assert traditional[placed.start : placed.end].endswith("建立了")


def test_an_edit_inside_the_quote_still_places_it_between_its_context() -> None:
    _, _, a = _highlight(TEXT, WORDS)
    edited = TEXT.replace("市委宣传部、", "市委宣传部、市委网信办、")
    placed = anchor(edited, a)  # type: ignore[arg-type]
    assert placed.placement is Placement.FUZZY
    assert "市委网信办" in edited[placed.start : placed.end]
    assert edited[placed.start : placed.end].startswith("市委统战部")


def test_words_that_vanished_are_kept_as_missing_and_listed_last() -> None:
    _, _, gone = _highlight(TEXT, WORDS, "my note")
    _, _, kept = _highlight(TEXT, "统一战线工作领导小组")
    text = TEXT.replace(TEXT[TEXT.index("市委统战部还分别") - 40 : TEXT.index(WORDS) + len(WORDS) + 40], "")
    placed = anchor_all(text, [gone, kept])  # type: ignore[list-item]
    assert [p.placement for p in placed][-1] is Placement.MISSING
    assert placed[-1].annotation.note == "my note" and not placed[-1].found
    assert placed[0].found


def test_a_margin_note_is_placed_by_its_context() -> None:
    at = TEXT.index(WORDS)
    note = new_annotation(TEXT, at, at, Color.BLUE, "who else?")
    assert note.is_margin_note
    assert anchor(TEXT, note).placement is Placement.EXACT
    moved = "新的一行。\n" + TEXT
    placed = anchor(moved, note)
    assert placed.placement is Placement.MOVED and placed.start == placed.end == at + 6


def test_reading_order_follows_the_current_text() -> None:
    later = _highlight(TEXT, WORDS)[2]
    earlier = _highlight(TEXT, "统一战线工作领导小组")[2]
    assert [p.annotation for p in anchor_all(TEXT, [later, earlier])] == [earlier, later]  # type: ignore[list-item]


texts = st.text(alphabet="统战工作江门侨都的。，\n甲乙丙", min_size=1, max_size=300)


@given(texts, st.data())
def test_any_span_of_an_unchanged_text_is_placed_exactly(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    a = new_annotation(text, start, end, Color.PINK)
    placed = anchor(text, a)
    assert (placed.start, placed.end, placed.placement) == (start, end, Placement.EXACT)


@given(texts, st.text(alphabet="新加的字。\n", min_size=1, max_size=40), st.data())
def test_after_an_insertion_before_it_the_same_words_are_found(text: str, added: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    a = new_annotation(text, start, end, Color.PINK)
    changed = added + text
    placed = anchor(changed, a)
    assume(placed.placement is not Placement.EXACT)  # the insertion may happen to repeat the text
    assert placed.found and changed[placed.start : placed.end] == text[start:end]


def test_quote_selector_keeps_context_within_the_text() -> None:
    assert quote_selector("abcdef", 2, 4, context=1) == ("cd", "b", "e")
    assert quote_selector("abcdef", 0, 6) == ("abcdef", "", "")
