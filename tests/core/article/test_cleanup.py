"""Boilerplate lines: the copyright notice's quick test lets every form of the notice through."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.article.cleanup import _COPYRIGHT, _may_be_copyright, boilerplate_reason
from reader.core.model import DropReason

NOTICES = [
    "本网站版权所有，未经授权不得转载", "版權所有 © 2024", "© 某某日报", "COPYRIGHT 2023 某某网",
    "(C) 2019 Example", "本文不代表本站观点", "本网站所刊载信息不代表本站观点", "免責聲明：以上内容仅供参考",
    "京ICP备12345678号", "icp证B2-20090001", "网站备案号：粤12345", "仅代表作者本人观点", "僅提供資訊存儲服務",
    "本站稿件", "Copyright©2000-2024",
]


@pytest.mark.parametrize("line", NOTICES)
def test_every_form_of_the_notice_passes_the_quick_test(line: str) -> None:
    assert _COPYRIGHT.search(line)
    assert _may_be_copyright(line)
    assert boilerplate_reason(line) is DropReason.COPYRIGHT


@given(st.text(alphabet="版权權所有©不代表观點本网站刊载稿件信息免责責声聲明备案号ICPicp证仅僅只提供資訊存储儲發布copyrightCOPYRIGHT() 0123456789"))
def test_the_quick_test_never_hides_a_notice(line: str) -> None:
    if _COPYRIGHT.search(line):
        assert _may_be_copyright(line)


@pytest.mark.parametrize(
    "line", ["※本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。", "本文版权归某某所有，未经许可不得转载。"]
)
def test_a_reprint_notice_without_the_word_copyright_is_one(line: str) -> None:
    assert boilerplate_reason(line) is DropReason.COPYRIGHT


@pytest.mark.parametrize("line", ["他未经许可进入禁区，被警方带走。", "这些文件非经同意不得外传。"])
def test_a_story_saying_without_permission_is_no_notice(line: str) -> None:
    assert boilerplate_reason(line) is None
