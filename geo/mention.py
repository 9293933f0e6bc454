"""A place named in a plan: the row the geoparser produces
(the ``mentions`` contract, without the plan columns)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class Spread(Protocol):
    """A gazetteer place a region may be made of: its name, id, point and reach."""

    name_zh: str
    place_id: str
    lon: float | None
    lat: float | None

    @property
    def spread_m(self) -> float: ...


class Located(Protocol):
    """What a mention may be located at: a gazetteer place or another mention."""

    name_zh: str
    place_id: str
    adcode: str
    lon: float | None
    lat: float | None
    precision_m: float | None
    coord_source: str


@dataclass(frozen=True, init=False)
class Mention:
    """One place named in a plan (the ``mentions`` contract row, without the plan-level columns)."""

    start: int
    end: int
    surface: str
    name_zh: str
    kind: str
    place_id: str = ""
    adcode: str = ""
    lon: float | None = None
    lat: float | None = None
    score: float = 0.0
    runner_up: str = ""
    precision_m: float | None = None
    coord_source: str = ""
    group: str = ""  # id shared by the names of one corridor or enumeration
    note: str = ""

    def __init__(
        self,
        start: int,
        end: int,
        surface: str,
        name_zh: str,
        kind: str,
        place_id: str = "",
        adcode: str = "",
        lon: float | None = None,
        lat: float | None = None,
        score: float = 0.0,
        runner_up: str = "",
        precision_m: float | None = None,
        coord_source: str = "",
        group: str = "",
        note: str = "",
    ) -> None:
        """The fields above, in their order and with their defaults, set at once: a frozen dataclass's own
        ``__init__`` sets them one by one, in twice the time (tests/test_mention.py checks they agree)."""
        fields = {
            "start": start,
            "end": end,
            "surface": surface,
            "name_zh": name_zh,
            "kind": kind,
            "place_id": place_id,
            "adcode": adcode,
            "lon": lon,
            "lat": lat,
            "score": score,
            "runner_up": runner_up,
            "precision_m": precision_m,
            "coord_source": coord_source,
            "group": group,
            "note": note,
        }
        object.__setattr__(self, "__dict__", fields)

    @classmethod
    def of(cls, p: Located, start: int, end: int, surface: str, kind: str, **rest) -> Mention:
        """The mention of ``p`` itself, written ``surface`` at [start, end): its name, id, unit, point,
        precision and source (``rest``: score, runner_up, group, note)."""
        return cls(
            start,
            end,
            surface,
            p.name_zh,
            kind,
            p.place_id,
            p.adcode,
            p.lon,
            p.lat,
            precision_m=p.precision_m,
            coord_source=p.coord_source,
            **rest,
        )

    @classmethod
    def unlocated(cls, text: str, start: int, end: int, kind: str, **rest) -> Mention:
        """A place ``text`` names at [start, end) that the gazetteer lacks: written and named as the text
        writes it, with no point (``rest``: group, note)."""
        return cls(start, end, text[start:end], text[start:end], kind, **rest)

    def written_in_full(self) -> bool:
        """Whether this is a province, city or county written with its full official name (华蓥市, 原阳县)."""
        return self.kind in ("province", "city", "county") and self.surface == self.name_zh

    def read_as(self, p: Located, kind: str, note: str) -> Mention:
        """This mention, same words, read as the place ``p`` after all (黑龙江畔 the river, 牡丹江 the city
        among cities): what it was read as before stays its runner-up."""
        return Mention.of(
            p, self.start, self.end, self.surface, kind, score=self.score, runner_up=self.place_id, note=note
        )

    @classmethod
    def at(
        cls,
        p: Located,
        start: int,
        end: int,
        surface: str,
        name: str,
        kind: str,
        precision_m: float | None,
        **rest,
    ) -> Mention:
        """A feature named ``name`` (its id ``ctx:name``) located at ``p``: its unit and point, no closer than
        ``precision_m`` (``rest``: score, runner_up, group, note)."""
        return cls(
            start,
            end,
            surface,
            name,
            kind,
            f"ctx:{name}",
            p.adcode,
            p.lon,
            p.lat,
            precision_m=precision_m,
            coord_source=p.coord_source,
            **rest,
        )

    @classmethod
    def region_of_places(
        cls, span: tuple[int, int], surface: str, places: list[Spread], note: str
    ) -> Mention:
        """A region made of gazetteer places (a chain of cities, provinces by their abbreviations, China and a
        neighbour), their ids its group; ``note`` is followed by their names."""
        names = [p.name_zh for p in places]
        return cls.region_of(
            span,
            surface,
            names,
            [(p.lon, p.lat, p.spread_m) for p in places],
            note=note + "、".join(names),
            group="|".join(p.place_id for p in places),
        )

    @classmethod
    def region_of(
        cls,
        span: tuple[int, int],
        surface: str,
        names: list[str],
        points: list[tuple[float, float, float]],
        note: str,
        group: str = "",
    ) -> Mention:
        """A region made of the places ``names`` (a chain of initials, places linked by dashes), at the
        mean of their ``points`` (lon, lat, each point's own reach in metres) and as precise as the
        farthest of them."""
        from geo.crs import haversine_m

        lon = round(sum(p[0] for p in points) / len(points), 6)
        lat = round(sum(p[1] for p in points) / len(points), 6)
        reach = max(float(haversine_m(lon, lat, x, y)) + r for x, y, r in points)
        return cls(
            span[0],
            span[1],
            surface,
            surface,
            "region",
            "chain:" + "|".join(names),
            "",
            lon,
            lat,
            precision_m=round(reach, -3),
            coord_source="members",
            group=group,
            note=note,
        )

    @property
    def line_stops(self) -> list[str]:
        """The ordered place ids a line is drawn through (a corridor, a section with both ends placed);
        [] otherwise."""
        return self.group.split("|") if self.place_id.startswith("line:") and self.group else []

    def shifted(self, by: int) -> Mention:
        """The same mention ``by`` characters further on (a piece of the text read on its own and put back): a
        copy without :func:`dataclasses.replace`'s checks, which cost a tenth of the parse."""
        fields = self.__dict__.copy()
        fields["start"] += by
        fields["end"] += by
        copy = object.__new__(Mention)
        object.__setattr__(copy, "__dict__", fields)
        return copy


def replacing(ms: list[Mention], found: list[Mention]) -> list[Mention]:
    """``ms`` without those lying inside one of ``found``, with ``found``, in the order of the text."""
    kept = [m for m in ms if not any(f.start <= m.start and m.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda m: (m.start, -m.end))


def crosses(ms: list[Mention], s: int, e: int) -> bool:
    """Whether one of ``ms`` is read across the span [s, e): it overlaps it without lying inside it."""
    return any(x.start < e and s < x.end and not (s <= x.start and x.end <= e) for x in ms)


def joined_neighbours(
    ms: list[Mention], k: int, text: str, kinds: tuple[str, ...], joins: tuple[str, ...]
) -> list[Mention]:
    """The mentions right before and right after ``ms[k]`` that are of one of ``kinds`` and parted from it by
    one of ``joins`` alone (黑龙江、乌苏里江; 钦州港与防城港)."""
    m = ms[k]
    return [
        x
        for x in (ms[k - 1] if k else None, ms[k + 1] if k + 1 < len(ms) else None)
        if x is not None and x.kind in kinds and text[min(x.end, m.end) : max(x.start, m.start)] in joins
    ]
