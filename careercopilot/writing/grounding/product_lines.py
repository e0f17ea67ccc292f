"""Products of one line and products the taxonomy names by their own name (session 30, ground120; set 26's tool miss:
"I build the dashboards in Power BI" on a resume listing «Excel Power Query»).

* **Siblings** (:func:`siblings`): two spellings sharing their first product word (vendor words dropped,
  :func:`.entities._product_words`) name two products of one line when each adds a word the other lacks that is no
  edition or version word (:data:`EDITION_WORDS`, digits): "Power BI" / "Power Query", "Power Apps" / "Power
  Automate", "Sage 50" / "Sage Intacct", "AutoCAD Civil 3D" / "AutoCAD Electrical", "Epic Beaker" / "Epic Willow".
  One product in two editions is no sibling: "Tableau Desktop" / "Tableau Server", "QuickBooks Online" /
  "QuickBooks Desktop", "Revit 2022" / "Revit 2024".
* **Named products** (:func:`names_one_product`): a taxonomy skill whose canonical name the taxonomy also spells bare
  — the same product words after the vendor word ("Power BI" for "Microsoft Power BI", "RDS" for "Amazon RDS") — is
  one product, not a category; naming it is no generalisation of another product filed under it ("Power BI" is no
  name for «Power Query», "Amazon RDS" none for «Amazon Aurora»). A category's name passes for its members
  ("Legal Research" for «Westlaw»): :func:`.entities.names_category`.

Kind ``tool``, through :func:`.credential_mentions.check_tools`. Variants in
``tests/unit/writing/test_grounding_variants_tool_lines.py``.
"""

from __future__ import annotations

import functools
import json
import re

#: Words naming an edition, a deployment or a version of one product ("Tableau Desktop", "QuickBooks Online",
#: "Premiere Pro", "AutoCAD LT", "Office 365"): no other product.
EDITION_WORDS = frozenset("""pro professional premium plus standard enterprise online desktop cloud server lt express
essentials lite classic mobile web edition version suite community ultimate business home student starter advanced
basic cc dc x xe xt se hd max mini""".split())


def _extra(words: list[str], other: list[str]) -> list[str]:
    """``words`` not in ``other`` (in one number: "technicians" is "technician") that are no edition or version word."""
    have = {w.removesuffix("s") for w in other}
    return [w for w in words if w.removesuffix("s") not in have and not re.fullmatch(r"v?\d[\w.]*|[ivx]+", w)
            and w not in EDITION_WORDS]


def siblings(wa: list[str], wb: list[str]) -> bool:
    """``wa`` and ``wb`` (product words, vendor words dropped) share their first word and each adds a word of its own
    that is no edition or version word (see the module doc)."""
    return bool(wa and wb and wa[0] == wb[0] and _extra(wa[1:], wb) and _extra(wb[1:], wa))


@functools.cache
def _spellings() -> dict[str, tuple[str, ...]]:
    """Each taxonomy skill's canonical name → its aliases and exact forms as written."""
    from careercopilot.normalize.skills import DATA_PATH

    data = json.loads(DATA_PATH.read_text("utf-8"))
    return {s["name"]: tuple(s.get("aliases", [])) + tuple(s.get("exact", [])) for s in data["skills"]}


def names_one_product(name: str) -> bool:
    """The taxonomy skill ``name`` (canonical) is one product: one of its spellings has the canonical's product words
    ("Power BI" for "Microsoft Power BI"); see the module doc."""
    from careercopilot.writing.grounding.entities import _product_words, surface_key

    own = _product_words(surface_key(name))
    return any(_product_words(surface_key(s)) == own for s in _spellings().get(name, ()) if surface_key(s))
