"""Boilerplate lines: the copyright notice's quick test lets every form of the notice through."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.article.cleanup import (
    _COPYRIGHT,
    _MEDIA,
    _PROMOTION,
    _PROMOTION_SIGNS,
    _is_media,
    _may_be_copyright,
    boilerplate_reason,
)
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


PITCHES = [
    "欲看完整內容請先登入", "完整内容请订阅", "请先注册", "登录后阅读全文", "加入會員", "成为会员", "立即订阅全文",
    "订阅后看", "解鎖全文", "付费阅读", "会員专享", "免費試閱", "下载某某APP", "打开客户端阅读", "请同意我们的隐私政策",
    "订阅我们的电子报", "电子邮件格式不正确", "感谢您的订阅", "电子书限时优惠", "报料热线", "点击阅读下一篇",
    "Subscribe now", "Already a subscriber?", "Sign in to continue",
]


@pytest.mark.parametrize("line", PITCHES)
def test_every_pitch_passes_its_quick_test(line: str) -> None:
    assert _PROMOTION.search(line)
    assert _PROMOTION_SIGNS.search(line)
    assert boilerplate_reason(line) is DropReason.PROMOTION


@given(st.text(alphabet="欲想要看閱阅读讀完整內内容請请先登入录錄會員会员後后加成為为立即馬马上訂订解鎖锁全文付費费專专享屬属免試"
                        "下载載打开開客户戶端应應用程序式同意隐隱私电電子报報信箱邮郵件格感谢謝您的書优優惠限時时購购爆料熱线線"
                        "點点擊击一則则篇APPappsubcrienowtoadylgSUBCRIENOWTOADYLG ı"))
def test_the_pitch_quick_test_never_hides_a_pitch(line: str) -> None:
    if _PROMOTION.search(line):
        assert _PROMOTION_SIGNS.search(line)


@given(st.text(alphabet="視视訊讯频頻播放器正在載载入加瀏浏覽览不支援持videoaudHTML5thisamlwnbrwserpcgf"
                        "VIDEOAUHTMLTHISAMLWNBRWSERPCGF音影片約约分钟鐘阅閱读讀时间時:：/.0123456789 xq"))
def test_the_media_quick_test_never_hides_a_player(line: str) -> None:
    assert _is_media(line) == bool(_MEDIA.search(line))


@pytest.mark.parametrize(
    "line", ["※本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。", "本文版权归某某所有，未经许可不得转载。"]
)
def test_a_reprint_notice_without_the_word_copyright_is_one(line: str) -> None:
    assert boilerplate_reason(line) is DropReason.COPYRIGHT


@pytest.mark.parametrize("line", ["他未经许可进入禁区，被警方带走。", "这些文件非经同意不得外传。"])
def test_a_story_saying_without_permission_is_no_notice(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize("line", ["页面功能 【我来说两句】【我要“揪”错】【推荐】【字体：大中小】【打印】 【关闭】",
                                  "[首页] [新闻] [体育]"])
def test_a_row_of_bracketed_buttons_is_the_pages_tools(line: str) -> None:
    assert boilerplate_reason(line) is DropReason.OTHER


@pytest.mark.parametrize("line", ["【高調罰不怕】自美剛返台只為吃蚵仔煎", "【独家】【视频】某某回应"])
def test_a_headline_with_a_bracketed_label_is_no_row_of_buttons(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize("line", ["分享到：", "分享", "分享 微信 微博", "分享让更多人看到", "分享工具", "转播到腾讯微博"])
def test_a_row_of_share_buttons_is_share_boilerplate(line: str) -> None:
    assert boilerplate_reason(line) is DropReason.SHARE


def test_a_headline_opening_with_the_verb_share_is_no_share_row() -> None:
    assert boilerplate_reason("分享短链接工具：支持生成新浪短链接") is None


@pytest.mark.parametrize("line", ["點擊圖片可瀏覽相關圖片", "点击图片查看大图"])
def test_a_gallerys_instruction_is_furniture(line: str) -> None:
    assert boilerplate_reason(line) is DropReason.OTHER


def test_a_caption_opening_with_click_is_no_instruction() -> None:
    assert boilerplate_reason("点击图片，市民排队领取物资") is None


@pytest.mark.parametrize("line", ["精彩视频推荐", "热门推荐", "為您推薦", "> 相关阅读：", "》相關閱讀"])
def test_the_label_over_other_stories_is_no_text(line: str) -> None:
    assert boilerplate_reason(line) is DropReason.OTHER


@pytest.mark.parametrize("line", ["专家推荐", "推荐", "他向记者推荐了三本书。"])
def test_recommending_in_a_story_is_no_label(line: str) -> None:
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize("line", ["自动播放开关自动播放", "自動播放 開關"])
def test_an_autoplay_switch_is_a_player_s_text(line: str) -> None:
    assert boilerplate_reason(line) is DropReason.MEDIA
