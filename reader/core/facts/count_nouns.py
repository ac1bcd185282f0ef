"""Where the noun a count counts ends, by jieba's words and their parts of speech.

The count rules cut a noun at function words and common verbs; that leaves words run on
(3名航天员按计划 gave 航天员按, 6亿人次可能出行 gave 可能出行, 判若两人 counted 场判若).
jieba knows the words: the noun is the nouns it tags at the start (or, before the number,
at the end), with one modifier before them (小纸片, 前外相).

jieba is imported on the first count, never with the module; it is a private instance
(``pos.pos_tagger``, shared with the names' rules), so that the words the word tools add to
jieba's shared one (without a part of speech) do not change what a count reads.
"""

from __future__ import annotations

from .pos import pos_tagger

__all__ = ["noun_after", "noun_before"]

_MODIFIERS = frozenset({"a", "b", "f", "s"})
"""Parts of speech that open a noun phrase only when a noun follows: 小纸片, 前外相, 境外嘉宾."""


_NEGATIONS = frozenset("未不没无")
"""What opens a verb no noun (仍有4张未领: four unclaimed), as jieba reads 未领 as one verb."""

_FUNCTION_WORDS = frozenset({"c", "d", "m", "p", "q", "r", "u", "uj", "ul", "uz", "x", "y"})


def _nounish(tag: str) -> bool:
    return tag.startswith("n") or tag in ("j", "vn")


def noun_after(text: str, limit: int, ended: bool = True) -> str:
    """The noun phrase ``text`` starts with, in whole words and at most ``limit`` characters
    (the rules' noun): 航天员 of 航天员按计划 at 4, '' of 可能出行.

    jieba's parts of speech are not sure enough to be followed strictly (选手 and 举措 are
    verbs to it), so the rules' noun stays when it is one word or part of one, and verbs
    stay inside a phrase that ends where the text does (改革举措。 or 改革举措和…: ``ended``) or
    ends in a noun (协调支持事项); a phrase of verbs alone (可能出行, 出游来庆) is none, and
    朋友未能出席 counts 朋友.
    """
    tokens = pos_tagger().tag(text) if text else []
    if not tokens or len(tokens[0][0]) >= limit:
        if tokens and tokens[0][1] == "v" and (limit == 1 or tokens[0][0][0] in _NEGATIONS):
            return ""  # 2452宗跌11%: one character that is a verb counts nothing; nor does 4张未领
        whole = tokens and (tokens[0][1] not in _FUNCTION_WORDS or tokens[0][0] == "月")
        return text[:limit] if whole else ""
    run: list[tuple[str, str]] = []
    for word, tag in tokens:
        if sum(len(w) for w, _ in run) + len(word) > limit or not _in_phrase(tag, word, not run):
            break
        run.append((word, tag))
    return _phrase(run, trailing_verbs=ended and sum(len(w) for w, _ in run) == limit)


def _in_phrase(tag: str, word: str, first: bool) -> bool:
    return _nounish(tag) or tag == "v" or word == "月" or first and tag in _MODIFIERS


def _phrase(run: list[tuple[str, str]], trailing_verbs: bool) -> str:
    """The run less its trailing verbs (kept where the rules' noun ends with them and so does
    the text), or '' if no noun is left in it."""
    if not trailing_verbs or _noun_then_verb(run):
        while run and run[-1][1] in _MODIFIERS | {"v", "vn"} and run[-1][0] not in _NOUNS_TAGGED_AS_VERBS:
            run = run[:-1]
    tags = [tag for _, tag in run]
    if not any(_nounish(t) for t in tags):
        return ""
    if tags[0] == "v" and (not tags[-1].startswith("n") or tags[-1] in _PROPER):
        return ""  # 可能出行: verbs, no noun; 要求台湾: a verb and its object
    return "".join(w for w, _ in run)


def _noun_then_verb(run: list[tuple[str, str]]) -> bool:
    """A plain noun followed by verbs to the end (员工堕楼, 学生落水): the verbs are what the
    counted ones did, not part of the noun, as jieba's verbs after a verbal noun may be
    (改革举措)."""
    last_noun = max((i for i, (_, tag) in enumerate(run) if tag.startswith("n")), default=-1)
    after = run[last_noun + 1 :]
    return 0 <= last_noun < len(run) - 1 and all(tag == "v" and word not in _NOUNS_TAGGED_AS_VERBS for word, tag in after)


_NOUNS_TAGGED_AS_VERBS = frozenset(("选手", "举措", "展览", "探索", "演出", "翻译"))
"""Nouns jieba calls verbs, which end a counted noun (两名魔兽选手, 三次科学探索, 两名专业翻译)."""


_PROPER = frozenset({"nr", "ns", "nt", "nrt", "nrfg"})
"""Proper nouns: after a verb they are its object (要求台湾, 访问美国), not part of a noun."""


def noun_before(text: str, limit: int | None = None) -> str:
    """The noun phrase ``text`` ends with ('' if none, or a verb's noun): 服务站 of 建成服务站,
    nothing of 判若 or 训练; with ``limit``, its last whole words within that many characters
    (集成电路 of 进口集成电路 at 4, not 成电路)."""
    if not text:
        return ""
    tokens = pos_tagger().tag(text)
    first = len(tokens)
    while first > 0 and _nounish(tokens[first - 1][1]):
        first -= 1
    if first == len(tokens) or tokens[-1][1] == "vn":
        return ""
    if first > 0 and tokens[first - 1][1] in _MODIFIERS:
        first -= 1
    while limit is not None and first < len(tokens) and sum(len(w) for w, _ in tokens[first:]) > limit:
        first += 1
    return "".join(word for word, _ in tokens[first:])
