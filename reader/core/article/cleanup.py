"""Stage 2, clean: recognise web boilerplate lines of a scraped page.

Every rule is about the shape of a line on news sites in general (a search box,
a breadcrumb trail, share buttons, reprint notices), never about one site.
Recognised lines are moved to ``Article.dropped`` with a reason, not deleted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import DropReason

__all__ = ["boilerplate_reason", "breadcrumb_outlet"]

_SEARCH = re.compile(r"^(?:搜\s*索|站内搜索|全文搜索|请输入(?:关键[词字])?|search)$", re.I)
_BREADCRUMB = re.compile(
    r"^(?:本页位置|当前位置|您的位置|你的位置|所在位置|您现在的位置|位置)\s*[:：]\s*(?P<trail>.+)$"
)
_CRUMB_SPLIT = re.compile(r"\s*(?:>|＞|»|›|→|/)\s*")
_SHARE = re.compile(r"^(?:分享到|分享至|转发到|[转轉]播到|分享(?=\s|[:：]|$|(?:本文|此文|文章|这篇|這篇|给|給|让|讓|工具|按钮|按鈕)))\s*[:：]?")
"""A row of share buttons ("分享到：", "分享 微信 微博", "转播到腾讯微博"); a headline may open with the verb ("分享短链接工具：…")."""
_COPYRIGHT = re.compile(
    r"版[权權]所有|copyright|©|\(c\)\s*\d{4}|不代表.{0,12}(?:观点|觀點)|"
    r"(?:本网|本站|本网站).{0,12}(?:刊载|稿件|信息)|免[责責][声聲]明|备案号|ICP[备证]|"
    r"[仅僅只]代表作者(?:本人|個人|个人)?(?:[观觀]点|[观觀]點)?|[仅僅只]提供(?:信息|資訊|资讯)(?:存[储儲]|發布|发布)",
    re.I,
)
_COPYRIGHT_SIGNS = re.compile(
    r"(?=[版©不仅僅只本免备cC(])(?:版[权權]所有|©|[不仅僅只]代表|本[网站]|免[责責]|备案号|[仅僅只]提供|(?i:copyr|\(c\)|cp[备证]))"
)
"""A piece of each of _COPYRIGHT's forms (its Latin ones as case-blind as the pattern's): a line
that holds none cannot match it. The class in front lets ``re`` skip in C to the next place one
may start, where the pattern's dozen case-blind branches are tried at every character (~100 ns
a character of every line, most of a long paragraph's cleanup); the words looked for one by one
in the lower-cased line took twice as long."""
_FORBIDDEN = re.compile(r"[未非][经經].{0,8}(?:授[权權]|[许許]可|同意)|[违違]者.{0,10}追究")
_REUSE = re.compile(r"[转轉]载|[复複]制|摘[编編]|[镜鏡]像|本[网網站报報刊]|版[权權]")
"""A reprint notice forbids and names the reuse; "未经授权进入禁区" in a story does not."""
_TOOLS = re.compile(r"^(?:[【\[]?(?:打印|列印|关闭|關閉|收藏|纠错|糾錯|返回顶部|回到顶部|字号|字號|字[级級]|[大中小])[】\]]?[:：]?\s*)+$")
"""A row of page tools ("【打印】【关闭】", "字号 大 中 小"), not text."""
_BUTTONS = re.compile(r"^(?:[^【\[\s]{1,6}\s*)?(?:[【\[][^】\]]{1,10}[】\]]\s*){3,}$")
"""A row of three or more bracketed buttons, with a label before them ("页面功能 【我来说两句】【推荐】
【打印】【关闭】"): the page's tools, whatever they are called."""
_READ_MORE = re.compile(r"^(?:[\[【]?(?:[广廣]告|AD)[\]】]?\s*)?(?:[请請]?[继繼][续續]往下[阅閱][读讀]|[继繼][续續][阅閱][读讀]|[阅閱][读讀]全文|展[开開]全文)\W*$")
_CONTROLS = re.compile(
    r"^(?:[举舉][报報]|不喜[欢歡]|播[报報]文章|[语語]音播[报報](?:文章)?|(?:微信)?[扫掃]码分享|[扫掃][码碼]分享|"
    r"[减減]少或屏蔽此[类類][内內]容推[荐薦]|已[标標][记記][为為]不喜[欢歡].*|[责責]任[编編][辑輯]\s*[:：]?|"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|['\x22\u2018\u201c]?(?:正在(?:[读讀]取|加[载載]|[载載]入)\S{0,6}?|(?:[读讀]取|加[载載]|[载載]入)中)[.…。]*['\x22\u2019\u201d]?|loading\W*|(?:[>》»]\s*)?(?:看|更多|延伸|相[关關]|其他|推[荐薦]|热门|熱門)\S{0,3}"
    r"(?:文章|新[闻聞]|[阅閱][读讀]|[报報][导導]|[专專][题題]|[话話][题題])\s*[:：]?|"
    r"(?:精彩|热门|熱門|相[关關]|更多|[编編][辑輯]|小[编編]|今日|[为為][您你])(?:[视視][频頻]|影片|文章|新[闻聞]|[内內]容|[阅閱][读讀])?推[荐薦]\s*[:：]?)$|^\d{1,2}\s*/\s*\d{1,2}$|返回\S{1,8}[，,]\s*[查看]{1,2}更多$|"
    r"^[點点][擊击](?:圖片|图片|大[圖图])\S{0,8}[瀏浏覽览看]\S{0,6}$",
    re.I,
)
"""A page's controls and empty fields: report and dislike buttons, "read aloud", an editor line
with no name, a bare e-mail address, the label over a list of other stories ("看其他文章",
"延伸閱讀", "其他熱爆話題：", "> 相关阅读：", "精彩视频推荐"), "返回某某，查看更多" under a platform's articles, a gallery's
counter ("1/4") and its instruction ("點擊圖片可瀏覽相關圖片"), and a placeholder its script would have filled ("正在读取评论……", "加载中",
"Loading...")."""
_HOME = {"首页", "主页", "网站首页", "home"}
_PROMOTION = re.compile(
    r"(?:欲|想|要)?[看閱阅][读讀]?完整[內内]容|完整[內内]容[請请]|[請请]先(?:登[入录錄]|[註注]册|[註注]冊)|"
    r"登[入录錄](?:會員|会员|後|后)|(?:加入|成[為为])(?:會員|会员)|(?:立即|馬上|马上)?[訂订][閱阅](?:後|后|解[鎖锁]|全文|.{0,4}[看读讀])|"
    r"解[鎖锁](?:全文|完整|文章)|付[費费](?:[閱阅][读讀]|[內内]容|文章)|[會会]員(?:專|专)[享屬属]|免[費费]試[閱阅]|"
    r"(?:下[载載]|打[开開]).{0,8}(?:APP|App|app|客[户戶]端|[应應]用程[序式])|[请請]同意.{0,12}[隐隱]私|"
    r"[订訂][阅閱].{0,12}[电電]子[报報]|[电電]子(?:信箱|[邮郵]件|[邮郵]箱)格式|感[谢謝](?:您的?)?[订訂][阅閱]|[電电]子[書书].{0,10}(?:優惠|优惠|限[時时]|[購购]|下[载載])|"
    r"[報报爆]料(?:熱線|热线|[電电]郵|[电電]邮|[邮郵]箱|信箱)|[點点][擊击](?:[閱阅][讀读])?下一[則则篇]|"
    r"subscribe (?:now|to (?:read|continue))|already a subscriber|sign in to (?:read|continue)",
    re.I,
)
"""Paywall, login and subscription offers, app and e-book promotions, newsletter sign-ups and
a privacy consent prompt, a newsroom's tip-off hotline and a prompt to read the next story:
short lines that sell."""
_PROMOTION_SIGNS = re.compile(
    r"(?=[完請请登會会訂订解付免下打同格感子料bBgG])(?:完整|[請请]先|登[入录錄]|[會会][員员]|[訂订][閱阅]|解[鎖锁]|"
    r"付[費费]|免[費费]|下[载載一]|打[开開]|同意|格式|感[谢謝]|子[書书]|料|[bBgG])"
)
"""A piece of each of _PROMOTION's branches (b and g match no other letter in either case): a
line without one cannot match it. Looked for first, as _COPYRIGHT_SIGNS is: the branches'
optional openings leave ``re`` nothing to skip by, so it tries them all at every character
(~15 µs a line of Chinese; finding no piece, ~1 µs)."""
_MEDIA = re.compile(
    r"[視视][訊讯频頻]播放器|不(?:支援|支持)(?:你|您)(?:正在?|目前)?使用的[瀏浏][覽览]器|"
    r"最佳[瀏浏][覽览]效果.{0,20}[瀏浏][覽览]器|播放器.{0,6}(?:正在)?(?:[載载]入|加[载載])|[瀏浏][覽览]器.{0,8}不(?:支援|支持)|"
    r"不(?:支援|支持).{0,10}(?:video|audio|HTML5|[視视][頻频訊讯]|播放)|this is a modal window|"
    r"browser does not support|error loading media|(?:beginning|end) of dialog window|escape will cancel and close|"
    r"video player is loading|^(?:play video|playback rate|current time|duration|remaining time|"
    r"loaded|fullscreen|mute|captions (?:off|settings)|chapters|descriptions off)\b|"
    r"^(?:closed captions|playback speed|quality|auto|back|skip|ads by|now playing|off|unmute|pause|play|"
    r"next video|close|cancel|\d*\s*% buffered.*|powered by|\d(?:\.\d+)?x(?: normal)?|"
    r"\d{3,4}p|(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})$|"
    r"^(?:音[频頻]|[视視][频頻]|影片|podcast)\s*(?:(?:\d{1,2}:)?\d{1,2}:\d{2})?$|"
    r"^(?:[阅閱][读讀](?:时间|時間)?[:：]?\s*)?(?:约|約)?\s*\d{1,2}\s*分[钟鐘]$|^(?:自[动動]播放|[开開][关關]|\s)+$",
    re.I,
)
"""A video or audio player's interface text ("音频 04:29", a reading time "7 分钟", its menu:
"Playback speed", "1x Normal", "360p", "00:00/01:34", "% buffered00:00", an autoplay switch "自动播放开关") and "your browser does not
support" notices ("抱歉，我們並不支援你正使用的瀏覽器", "為達至最佳瀏覽效果，請更新至最新的瀏覽器版本")."""
_MEDIA_SIGNS = re.compile(r"(?=[播不oO最])(?:播放|不支|[oO]|最佳)")
"""A piece of each of _MEDIA's branches not held to the line's start (o matches no other letter
in either case): past the start, a line without one cannot match."""
_MAX_PITCH = 60


_AD_LABEL = re.compile(r"^[\[【(（]?(?:[广廣]告|advertisements?|ad)[\]】)）]?$", re.I)
"""The label an ad slot leaves in the text when the ad itself is gone."""
_HASHTAGS = re.compile(r"^(?:#[^\s#]+\s*){2,}$")
_FURNITURE = re.compile(
    r"^(?:(?:[圖图]像|image)\s*(?:[來来]源|source)\s*[，,]\s*\S.{0,30}|skip .{1,20} and continue reading|"
    r"end of [^\x00-\x7f]{1,8}|article information|role\s*[，,]?|"
    r"[A-Za-z0-9_.~-]{1,60}\.(?:gif|jpe?g|png|bmp|webp)(?:\s*\(\d[\d,]*\s*bytes\))?)$",
    re.I,
)
"""A page's furniture read out as text: a photo's credit as a screen reader's label says it
("圖像來源，Getty Images"; "图片来源：" under a chart credits a source and stays), the
markers around a rail set into the story ("Skip 熱讀 and continue reading", "End of 熱讀"), and the
byline box's hidden labels ("Article Information", "Role,"), and an image's file name standing
for its alt text ("zyf.gif (10438 bytes)", as FrontPage wrote it; "4vCKVZ….png")."""
"""A row of topic tags under a story ("#台積電#三星#晶片"), not a sentence of it."""


def boilerplate_reason(line: str) -> DropReason | None:
    """Why ``line`` (stripped, unindented) is web boilerplate, or None if it may be content.

    A short line's answer is kept: the rules bound by length are the costly ones (~10 µs a
    line), a page asks about each line twice (the body's vote, then the assembly) and a site's
    pages share their menus and notices.
    """
    return _short_reason(line) if len(line) <= _SHORT else _reason(line)


def _reason(line: str) -> DropReason | None:
    if _AD_LABEL.match(line) or _HASHTAGS.match(line) or (len(line) <= 50 and _FURNITURE.match(line)):
        return DropReason.OTHER
    if len(line) <= 12 and _SEARCH.match(line):
        return DropReason.SEARCH_BOX
    if _BREADCRUMB.match(line):
        return DropReason.BREADCRUMB
    if len(line) <= 40 and _SHARE.match(line):
        return DropReason.SHARE
    if (_may_be_copyright(line) and _COPYRIGHT.search(line)) \
            or (len(line) <= _SHORT and _FORBIDDEN.search(line) and _REUSE.search(line)):
        return DropReason.COPYRIGHT
    if (len(line) <= 24 and _TOOLS.match(line)) or (len(line) <= 80 and _BUTTONS.match(line)):
        return DropReason.OTHER
    if _READ_MORE.match(line) or (len(line) <= 40 and _CONTROLS.search(line)):
        return DropReason.OTHER
    if len(line) <= _MAX_PITCH and _PROMOTION_SIGNS.search(line) and _PROMOTION.search(line):
        return DropReason.PROMOTION
    if len(line) <= _MAX_PITCH + 20 and _is_media(line):
        return DropReason.MEDIA
    return None


def _is_media(line: str) -> bool:
    """``_MEDIA.search(line)``, searched only when it may match: at the start, where its anchored
    branches stand (one place, tried at once), or where one of its signs is."""
    return _MEDIA.match(line) is not None or (_MEDIA_SIGNS.search(line) is not None
                                              and _MEDIA.search(line) is not None)


_SHORT = 100
"""The longest line a rule bound by length reads."""
_short_reason = lru_cache(maxsize=4096)(_reason)
"""Kept answers, at most 4,096 lines of at most 100 characters (~2 MB)."""


def _may_be_copyright(line: str) -> bool:
    return _COPYRIGHT_SIGNS.search(line) is not None


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
