"""Length-preserving folding of Chinese text to one canonical script and width.

Search, keyword highlighting and fact extraction compare text regardless of
script (統戰 = 统战, 發/髮 = 发) and width (，= ,  ０ = 0). Folding maps each
character to exactly one character, so an offset into the folded text is an
offset into the original: no offset map is needed.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["fold", "fold_script", "fold_width"]

_CJK_RANGES = ((0x3400, 0xA000), (0xF900, 0xFB00), (0x20000, 0x2FA20))
_CONFIGS = ("t2s", "tw2s", "hk2s")


@lru_cache(maxsize=1)
def _script_table() -> dict[int, str]:
    """Character → simplified character, built once from OpenCC's own dictionaries.

    Each character is converted alone (newline-separated), so no phrase rule
    applies and every result is a single character.
    """
    import opencc

    chars = [chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi)]
    table: dict[int, str] = {}
    for config in _CONFIGS:
        converted = opencc.OpenCC(config).convert("\n".join(chars)).split("\n")
        for src, dst in zip(chars, converted, strict=True):
            if dst != src and len(dst) == 1 and ord(src) not in table:
                table[ord(src)] = dst
    return table


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
    """Fold script and width: the canonical form used to compare Chinese text."""
    return fold_width(fold_script(text))
