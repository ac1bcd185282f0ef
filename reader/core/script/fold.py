"""Length-preserving folding of Chinese text to one canonical script and width.

Search, keyword highlighting and fact extraction compare text regardless of
script (統戰 = 统战, 發/髮 = 发) and width (，= ,  ０ = 0). Folding maps each
character to exactly one character, so an offset into the folded text is an
offset into the original: no offset map is needed.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["CJK_RANGES", "character_changes", "fold", "fold_script", "fold_width"]

CJK_RANGES = ((0x3400, 0xA000), (0xF900, 0xFB00), (0x20000, 0x2FA20))
_CONFIGS = ("t2s", "tw2s", "hk2s")


@lru_cache(maxsize=8)
def character_changes(config: str, ranges: tuple[tuple[int, int], ...] = CJK_RANGES) -> dict[str, str]:
    """Every character of ``ranges`` that OpenCC ``config`` changes, and what it becomes.

    Each character is converted alone (newline-separated), so no phrase rule
    applies: this is the config's character table, read from OpenCC itself.
    """
    import opencc  # loaded on first use: showing an article as written needs none

    chars = [chr(c) for lo, hi in ranges for c in range(lo, hi)]
    converter = opencc.OpenCC(config)
    # In slices: each OpenCC call holds the GIL, so a thread building this table lets the
    # window run between slices (one call over ~90,000 characters held it ~0.5 s).
    converted = [out for k in range(0, len(chars), 4096)
                 for out in converter.convert("\n".join(chars[k : k + 4096])).split("\n")]
    return {src: dst for src, dst in zip(chars, converted, strict=True) if dst != src}


@lru_cache(maxsize=1)
def _script_table() -> dict[int, str]:
    """Character → simplified character, one for one, from the t2s, tw2s and hk2s tables.

    Folding twice gives what folding once gives: OpenCC's character tables chain (麼 → 么, and
    么 alone → 幺; 薴 → 苧 → 苎), so each character goes to the end of its chain, or 什么 and
    什麼 would fold apart (什幺, 什么) and a search for one would miss the other. 么 itself
    stays (``_KEPT``): the table's 幺 is its rare sense, and folded 什幺 read as shí yāo.
    """
    table: dict[int, str] = {ord(src): dst for src, dst in _MERGED.items()}
    for config in _CONFIGS:
        for src, dst in character_changes(config).items():
            if len(dst) == 1 and ord(src) not in table and src not in _KEPT:
                table[ord(src)] = dst
    return {src: _chain_end(table, dst) for src, dst in table.items()}


_KEPT = frozenset("么")
"""Simplified characters OpenCC's tables map on alone to a rarer sense (么 → 幺, the youngest):
simplified text writes 么 in 什么, 怎么, 那么, and the word tools read its folded form."""


_MERGED = {"瞭": "了", "甦": "苏", "彷": "仿", "揹": "背", "暱": "昵", "菓": "果"}
"""Traditional characters OpenCC's tables leave alone, as simplified text has them too (瞭望, 彷徨),
but that Taiwan and Hong Kong write for a simplified word's character: 瞭解 is 了解, 復甦 复苏,
彷彿 仿佛, 揹 背, 暱稱 昵称, 水菓 水果. Folded together, a search for one finds the other. Not
merged: characters the names' lists or the tagger's training hold on their own (俱 of
俱乐部, 覆 of 覆盖, 藉, 薰, 钜), which would need the tagger trained again, and 像/象."""


def _chain_end(table: dict[int, str], char: str) -> str:
    """Where a character's mappings lead, stopping at a cycle."""
    seen = {char}
    while (nxt := table.get(ord(char))) is not None and nxt not in seen:
        seen.add(nxt)
        char = nxt
    return char


@lru_cache(maxsize=1)
def _width_table() -> dict[int, str]:
    """Full-width ASCII forms and the ideographic space → their half-width forms."""
    table = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "
    table[0x00A0] = " "
    return table


def fold_script(text: str) -> str:
    """Map traditional (and Taiwan/Hong Kong variant) characters to simplified, one for one."""
    return text.translate(_script_table())


def fold_width(text: str) -> str:
    """Map full-width ASCII forms to half-width, one for one."""
    return text.translate(_width_table())


def fold(text: str) -> str:
    """Fold script and width: the canonical form used to compare Chinese text.

    ASCII folds to itself, and is returned as it is: no copy of a 16 MB line.
    """
    if text.isascii():
        return text
    return text.translate(_fold_table())


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Both tables in one, so folding is one pass (their keys do not overlap)."""
    return {**_script_table(), **_width_table()}
