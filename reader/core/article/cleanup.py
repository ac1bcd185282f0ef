"""Stage 2, clean: recognise web boilerplate lines of a scraped page.

Every rule is about the shape of a line on news sites in general (a search box,
a breadcrumb trail, share buttons, reprint notices), never about one site.
Recognised lines are moved to ``Article.dropped`` with a reason, not deleted.
"""

from __future__ import annotations

import re

from ..model import DropReason

__all__ = ["boilerplate_reason", "breadcrumb_outlet"]

_SEARCH = re.compile(r"^(?:搜\s*索|站内搜索|全文搜索|请输入(?:关键[词字])?|search)$", re.I)
_BREADCRUMB = re.compile(
    r"^(?:本页位置|当前位置|您的位置|你的位置|所在位置|您现在的位置|位置)\s*[:：]\s*(?P<trail>.+)$"
)
_CRUMB_SPLIT = re.compile(r"\s*(?:>|＞|»|›|→|/)\s*")
_SHARE = re.compile(r"^(?:分享到|分享至|转发到|分享)\s*[:：]?")
_COPYRIGHT = re.compile(
    r"版[权權]所有|copyright|©|\(c\)\s*\d{4}|不代表.{0,12}(?:观点|觀點)|"
    r"(?:本网|本站|本网站).{0,12}(?:刊载|稿件|信息)|免[责責][声聲]明|备案号|ICP[备证]",
    re.I,
)
_FORBIDDEN = re.compile(r"未[经經].{0,8}授[权權]|[违違]者.{0,10}追究")
_REUSE = re.compile(r"[转轉]载|[复複]制|摘[编編]|[镜鏡]像|本[网網站报報刊]|版[权權]")
"""A reprint notice forbids and names the reuse; "未经授权进入禁区" in a story does not."""
_TOOLS = re.compile(r"^(?:[【\[]?(?:打印|列印|关闭|關閉|收藏|纠错|糾錯|返回顶部|回到顶部|字号|字號|[大中小])[】\]]?\s*)+$")
"""A row of page tools ("【打印】【关闭】", "字号 大 中 小"), not text."""
_READ_MORE = re.compile(r"^(?:[请請]?[继繼][续續]往下[阅閱][读讀]|[继繼][续續][阅閱][读讀]|[阅閱][读讀]全文|展[开開]全文)\W*$")
_HOME = {"首页", "主页", "网站首页", "home"}


def boilerplate_reason(line: str) -> DropReason | None:
    """Why ``line`` (stripped, unindented) is web boilerplate, or None if it may be content."""
    if len(line) <= 12 and _SEARCH.match(line):
        return DropReason.SEARCH_BOX
    if _BREADCRUMB.match(line):
        return DropReason.BREADCRUMB
    if len(line) <= 40 and _SHARE.match(line):
        return DropReason.SHARE
    if _COPYRIGHT.search(line) or (len(line) <= 100 and _FORBIDDEN.search(line) and _REUSE.search(line)):
        return DropReason.COPYRIGHT
    if len(line) <= 24 and _TOOLS.match(line):
        return DropReason.OTHER
    if _READ_MORE.match(line):
        return DropReason.OTHER
    return None


def breadcrumb_outlet(line: str) -> str:
    """The outlet a breadcrumb reveals: its first crumb that is not a home link."""
    match = _BREADCRUMB.match(line)
    if not match:
        return ""
    crumbs = [c.strip() for c in _CRUMB_SPLIT.split(match["trail"]) if c.strip()]
    for crumb in crumbs[:-1] if len(crumbs) > 1 else crumbs:
        if crumb.lower() not in _HOME and crumb != "正文":
            return crumb
    return ""
