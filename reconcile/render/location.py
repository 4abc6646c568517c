"""Character offsets <-> 1-based (line, column) positions.

Lines end at ``"\\n"`` (so ``"\\r\\n"`` ends a line too; the ``"\\r"`` counts as the last
column of its line). Columns count Unicode code points, the unit of Python ``str``
offsets and of every ``span`` in a :class:`~reconcile.claims.models.Document`.
An offset equal to ``len(text)`` (the end of the text) is a valid position.
"""

from __future__ import annotations

from bisect import bisect_right


class LineIndex:
    """Precomputed line starts of one text, for many look-ups."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        at = text.find("\n")
        while at >= 0:
            self.starts.append(at + 1)
            at = text.find("\n", at + 1)

    def line_col(self, offset: int) -> tuple[int, int]:
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} is outside the text (0..{len(self.text)})")
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def offset(self, line: int, col: int) -> int:
        if not 1 <= line <= len(self.starts):
            raise ValueError(f"line {line} is outside the text (1..{len(self.starts)})")
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        if not 1 <= col <= end - start + 1:
            raise ValueError(f"column {col} is outside line {line} (1..{end - start + 1})")
        return start + col - 1


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of character ``offset`` in ``text``; ValueError if outside."""
    return LineIndex(text).line_col(offset)


def offset_of(text: str, line: int, col: int) -> int:
    """Inverse of :func:`line_col`: the character offset of a 1-based (line, column)."""
    return LineIndex(text).offset(line, col)
