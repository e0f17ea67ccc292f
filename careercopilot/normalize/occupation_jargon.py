"""Trade jargon titles and their ladders (session 31, fam131): the kitchen brigade and the oil and gas
drilling crew, as data in the style of O*NET's alternate titles.

Issue 11 blind18 t04 ("Tournant / Expo", "Garde Manger / Commis") and t05 ("Toolpusher", "Driller",
"Derrickhand / Motorman", "Roughneck (Floorhand)"): titles a keyword reader does not know as titles
(``resume_fields`` took none of t04's two latest entries) or files elsewhere ("Rig Manager" under
mechanics' supervisors, "Tool Pusher" under rotary drill operators).

Sources: the brigade de cuisine (Escoffier's kitchen ranks as US restaurants write them: commis →
station cooks — garde manger, saucier, poissonnier, rôtisseur, grillardin, entremetier, friturier,
chef de partie, demi chef de partie — → tournant/roundsman, who covers every station → sous chef →
chef de cuisine; the expo/expeditor calls tickets at the pass; dining room: commis de rang → chef de
rang). The IADC drilling crew (floorhand/roughneck and leasehand/roustabout → motorhand → derrickhand →
assistant driller → driller, who runs the floor crew on a tour → toolpusher/rig manager over the rig's
crews; the operator's company man / drilling consultant over the well).

Shapes: :data:`JARGON_TITLES` maps a normalized title key (``occupation_index.normalize_title``) to an
O*NET-SOC code, merged into the title index's overrides; :data:`JARGON_RUNGS` ``(pattern, level)``
pairs are read first by ``level_reading.TITLE_RUNGS``; :data:`JARGON_TITLE_WORDS` is the alternation
``resume_fields`` reads as job-title words. Pure data."""

from __future__ import annotations

import re

_COOK = "35-2014.00"  # Cooks, Restaurant
_DRILL_CREW_HELPER = "47-5081.00"  # Helpers--Extraction Workers
_ROUSTABOUT = "47-5071.00"  # Roustabouts, Oil and Gas
_DERRICK = "47-5011.00"  # Derrick Operators, Oil and Gas
_DRILLER = "47-5012.00"  # Rotary Drill Operators, Oil and Gas
_RIG_BOSS = "47-1011.00"  # First-Line Supervisors of Construction Trades and Extraction Workers

#: Normalized title key → O*NET-SOC code.
JARGON_TITLES: dict[str, str] = {
    **dict.fromkeys(("commis", "commis chef", "commis cook", "garde manger", "garde manger cook", "tournant",
                     "tournant cook", "roundsman", "roundsman cook", "swing cook", "saucier", "poissonnier",
                     "rotisseur", "grillardin", "entremetier", "friturier", "demi chef de partie", "chef de partie",
                     "expo", "expo cook", "kitchen expeditor", "kitchen expediter", "expeditor kitchen"), _COOK),
    "chef de rang": "35-3031.00",  # Waiters and Waitresses
    "commis de rang": "35-9011.00",  # Dining Room and Cafeteria Attendants and Bartender Helpers
    **dict.fromkeys(("floorhand", "floor hand", "roughneck", "rig hand", "roughneck floorhand",
                     "motorhand", "motor hand", "rig motorman"), _DRILL_CREW_HELPER),
    **dict.fromkeys(("leasehand", "lease hand", "roustabout"), _ROUSTABOUT),
    **dict.fromkeys(("derrickhand", "derrick hand", "derrickman", "derrick man"), _DERRICK),
    **dict.fromkeys(("driller", "assistant driller", "driller rig", "rig driller"), _DRILLER),
    **dict.fromkeys(("toolpusher", "tool pusher", "tourpusher", "tour pusher", "night toolpusher", "rig manager",
                     "toolpusher rig manager", "rig superintendent", "drilling superintendent", "company man",
                     "drilling consultant", "wellsite supervisor", "drilling supervisor"), _RIG_BOSS),
}

_NOT_SHIP = r"(?![ -](?:ship|vessel|boat))"

#: ``(pattern, level)``, first match wins, over the lower-case title.
JARGON_RUNGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:tool ?pusher|tour ?pusher|rig (?:manager|superintendent)|drilling (?:superintendent|"
                r"supervisor|consultant)|company man|wellsite supervisor)\b"), "lead"),
    (re.compile(r"\b(?:assistant driller|derrick ?(?:hand|man)|motor ?hand|rig motorman)\b"), "mid"),
    (re.compile(r"\bdriller\b"), "senior"),
    (re.compile(r"\b(?:floor ?hand|roughneck|lease ?hand|roustabout|rig hand)\b"), "entry"),
    (re.compile(r"\bcommis(?: chef| cook| de rang)?\b"), "entry"),
    (re.compile(r"\b(?:tournant|roundsman|swing cook)\b"), "senior"),
    (re.compile(r"\b(?:garde[- ]manger|saucier|poissonnier|r[oô]tisseur|grillardin|entremetier|friturier|"
                r"demi chef de partie|chef de rang|expo)\b" + _NOT_SHIP), "mid"),
)

#: Job-title words of these ladders (``resume_fields``: a dated entry's line naming one is a title).
JARGON_TITLE_WORDS = (r"tournant|roundsman|garde[- ]manger|commis|saucier|poissonnier|r[oô]tisseur|grillardin|"
                      r"entremetier|friturier|chef de partie|chef de rang|expo|roughneck|floor ?hand|lease ?hand|"
                      r"roustabout|motor ?hand|motorman|derrick ?hand|derrickman|driller|tool ?pusher|tour ?pusher")
