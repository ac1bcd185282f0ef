"""Suggested keywords: the article's repeated subject phrases, in its own script."""

from __future__ import annotations

from reader.core import open_article
from reader.core.find.keywords import suggest_keywords
from tests.conftest import SEED, shared_path


def test_seed_suggestions_name_its_subject() -> None:
    words = suggest_keywords(open_article(SEED).text)
    assert len(words) == 10
    assert {"统战", "江门", "华侨华人"} <= set(words)
    assert "一战线工" not in words and "战线工作" not in words  # fragments of 统一战线工作
    assert all(not w.startswith(("的", "了")) for w in words)


def test_traditional_article_keeps_its_script() -> None:
    text = shared_path("data", "articles-hant-dev", "udn_00001.txt").read_text(encoding="utf-8")
    words = suggest_keywords(text)
    assert "黑猩猩" in words
    assert all(w in text for w in words)


def test_short_or_empty_text() -> None:
    assert suggest_keywords("") == []
    assert suggest_keywords("只有一句话。") == []
