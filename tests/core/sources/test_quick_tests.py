"""The saved-page reader's quick tests: each lets through every line its pattern could match."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.sources.html_article import _PHOTO_CREDIT, _credits_photo

CREDITS = ["（記者方賓照攝）", "新华社记者 李梦馨 摄", "資料照片", "（圖擷取自某人臉書）", "（中央社記者某某台北傳真 102年6月29日）",
           "某某（资料图）＊飲酒過量，有害健康＊"]


def test_every_credit_passes_the_quick_test() -> None:
    for line in CREDITS:
        assert _PHOTO_CREDIT.search(line), line
        assert _credits_photo(line), line


@given(st.text(alphabet="记者記摄影攝通讯员訊員资資料照片图圖擷取自撷／/：:（()）传傳真＊*某人，。, 1"))
def test_the_credit_quick_test_never_hides_a_credit(line: str) -> None:
    assert _credits_photo(line) == bool(_PHOTO_CREDIT.search(line))
