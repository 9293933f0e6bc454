"""Text that remembers where each of its characters came from in the raw file, and the defects found in it.

The steps of :mod:`geo.normalize` take a :class:`Tracked` text and return a new one; deleted characters
vanish from the map, kept ones keep their raw offset, so any span of the normalised text can be quoted
exactly from the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Issue:
    """A defect found in the text: ``kind`` is mojibake, page_number, figure_caption, toc,
    repeat or lost_decimal."""

    kind: str
    start: int
    end: int
    detail: str


@dataclass
class Tracked:
    """Text plus, for each character, its offset in the raw file."""

    text: str
    raw: list[int]
    issues: list[Issue] = field(default_factory=list)

    @classmethod
    def from_raw(cls, raw_text: str) -> Tracked:
        return cls(raw_text, list(range(len(raw_text))))

    def delete(self, spans: list[tuple[int, int]]) -> Tracked:
        """Drop the characters of the given ``[start, end)`` spans (issue offsets are remapped)."""
        keep = [True] * len(self.text)
        for s, e in spans:
            for i in range(s, e):
                keep[i] = False
        new_pos, n = [], 0
        for k in keep:
            new_pos.append(n)
            n += k
        new_pos.append(n)
        text = "".join(ch for ch, k in zip(self.text, keep) if k)
        raw = [r for r, k in zip(self.raw, keep) if k]
        issues = [Issue(i.kind, new_pos[i.start], new_pos[i.end], i.detail) for i in self.issues]
        return Tracked(text, raw, issues)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-file offsets ``[start, end)`` of a normalised span."""
        if start >= end:
            r = self.raw[start] if start < len(self.raw) else (self.raw[-1] + 1 if self.raw else 0)
            return r, r
        return self.raw[start], self.raw[end - 1] + 1
