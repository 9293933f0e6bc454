"""geo.mention: a mention's own __init__ is the one a dataclass would write."""

import dataclasses
import inspect

import pytest

from geo.mention import Mention


def test_init_takes_the_fields_in_their_order_with_their_defaults():
    params = list(inspect.signature(Mention.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Mention)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]


def test_a_mention_is_a_frozen_dataclass_row():
    m = Mention(1, 3, "包头", "包头", "city", note="x")
    assert list(vars(m)) == [f.name for f in dataclasses.fields(Mention)]
    assert m == Mention(1, 3, "包头", "包头", "city", note="x")
    assert hash(m) == hash(dataclasses.replace(m))
    assert dataclasses.replace(m, start=0).start == 0
    assert m.shifted(2) == dataclasses.replace(m, start=3, end=5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 0  # type: ignore[misc]
