"""Oil and gas fields named by a place and a block (the sentences are the project's own, in plan style)."""

from geo.geoparse import geoparse


def found(text, gaz):
    return [(m.surface, m.kind, m.lon) for m in geoparse(text, gaz) if m.kind != "unresolved"]


def test_a_field_named_by_a_place_and_a_block_is_one_unlocated_energy_mention(gaz):
    # the place names the block; the field lies off its coast, so it is not placed at the county
    assert found("加快东方13-2气田和渤中19-6凝析气田开发。", gaz) == [
        ("东方13-2气田", "energy", None),
        ("渤中19-6凝析气田", "energy", None),
    ]
    # listed before 等 and the fields' word
    assert found("带动陵水25-1、乐东10-1等深水气田开发。", gaz) == [
        ("陵水25-1", "energy", None),
        ("乐东10-1", "energy", None),
    ]


def test_numbers_with_a_dash_and_no_field_s_word_are_no_field(gaz):
    assert not [m for m in geoparse("规划期为2021-2035年，开通地铁1-5号线。", gaz) if m.kind == "energy"]
    assert not [m for m in geoparse("东方1-2号楼建成。", gaz) if m.kind == "energy"]
