"""Links back to a passage survive the round trip through Markdown, a shell and the desktop's URL handler."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.notes.links import LinkError, OpenTarget, command_for, link_for, open_target


def test_a_link_names_the_file_the_span_and_its_first_words(tmp_path: Path) -> None:
    path = tmp_path / "新闻 文件" / "江门.txt"
    link = link_for(str(path), 12, 30, "统一战线工作领导小组的牵头部门", "abc")
    assert link.startswith("reader:///") and " " not in link
    assert "江门.txt" in link  # readable, as an IRI
    assert open_target([link]) == OpenTarget(str(path), 12, 30, "统一战线工作领导小组的牵", "abc")


def test_command_line_forms() -> None:
    assert open_target(["a.txt", "--at", "5"]) == OpenTarget("a.txt", 5, None)
    assert open_target(["a.txt", "--at=5:9"]) == OpenTarget("a.txt", 5, 9)
    assert open_target(["--find", "统战", "a.txt"]) == OpenTarget("a.txt", find="统战")
    assert open_target(["file:///tmp/a%20b.txt"]).path == "/tmp/a b.txt"
    assert not open_target(["a.txt"]).has_place


@pytest.mark.parametrize("args", [["a.txt", "--at"], ["a.txt", "--at", "x"], ["a.txt", "--at", "9:5"],
                                  ["a.txt", "--at", "-3"], ["a.txt", "b.txt"]])
def test_bad_arguments_say_what_is_wrong(args: list[str]) -> None:
    with pytest.raises(LinkError):
        open_target(args)


def test_the_command_quotes_the_path(tmp_path: Path) -> None:
    assert command_for(str(tmp_path / "a b.txt"), 1, 4).endswith("a b.txt' --at 1:4")
