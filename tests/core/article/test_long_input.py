"""Long input stays linear and readable: wrapped lines joined once, giant lines cut into blocks."""

from __future__ import annotations

from reader.core.article.assemble import MAX_BLOCK_CHARS
from reader.core.article.parse import parse_text
from reader.core.model import BlockKind


def test_a_giant_line_becomes_blocks_a_view_can_lay_out() -> None:
    body = "统战工作。" * 20_000
    article = parse_text("标题\n\n" + body + "\n" + "a" * 50_000)
    assert article.title == "标题"
    assert max(b.end - b.start for b in article.blocks) <= MAX_BLOCK_CHARS
    assert [b.kind for b in article.blocks[:3]] == [BlockKind.TITLE, BlockKind.LEDE, BlockKind.PARAGRAPH]
    assert article.text.replace("\n", "") == "标题" + body + "a" * 50_000  # nothing lost
    for block in article.blocks:
        assert "\n" not in article.block_text(block)


def test_many_wrapped_lines_are_joined_in_linear_time() -> None:
    lines = [f"这是一行很长的没有句末标点的文字内容继续写下去吧朋友们大家好呀{i}" for i in range(60_000)]
    article = parse_text("\n".join(lines))  # joining at each line took minutes at this size
    assert article.text.replace("\n", "").replace(" ", "") == "".join(lines)
