"""Facts of the five plans that several test files check, written once."""

ZONES_2018 = [
    "沙漠沙地生态治理区",
    "黄土高原丘陵沟壑水土保持区",
    "大青山南麓生态保护区",
    "阴山北麓生态综合治理区",
    "荒漠化草原修复区",
]
"""The five zones of the 2018 plan's 一轴一带多区 (its 多区), in the plan's order."""
