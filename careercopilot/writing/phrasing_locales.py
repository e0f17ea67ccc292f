"""Sentences of the Spanish and French offline cover letters that quote the resume (issue 12: varied
evidence sentences, no English outside a quotation, French elision).

The resume stays in its own language: its bullets, credential lines and the skill terms it writes as
common English words ("audit", "first aid", "lesson plans") are quoted as written («audit», « audit »),
never translated and never set bare inside Spanish or French prose. A skill term that is a name —
an initialism or a term with inner capitals or a digit ("SQL", "HubSpot", "GD&T", "Civil 3D"), or a
capitalised term the resume writes capitalised inside a line ("… go-live for Epic", "dashboards in
Tableau") — stays bare, as names do in any language (:func:`is_name`).

Each evidence sentence has three forms, picked by the letter's variant and rotated within a letter
(as the English ones: :mod:`careercopilot.writing.phrasing`):

=====  ======================================================  =================================================
form   es                                                      fr
=====  ======================================================  =================================================
0      He usado X como T en E: «…».                            J'ai utilisé X en tant que T chez E : « … ».
1      Recurrí a X como T en E: «…».                           J'ai mis en œuvre X en tant que T chez E : « … ».
2      Mi experiencia como T en E incluye X: «…».              Mon expérience en tant que T chez E fait appel à
                                                               X : « … ».
=====  ======================================================  =================================================

No form starts with the role ("Como Charge Nurse en …, recurrí a …"): the grounding checker reads a capitalised
word before a title as part of it ("Como Charge Nurse"), as it does "As Front Office Manager" in English.

French elides "de" and "que" before a vowel or a mute h ("d'Insight Apparel", "en tant qu'Owner";
Grevisse, *Le Bon Usage* §44–45); :func:`de` and :func:`que` apply it to names the letter inserts.
:data:`CITED` reads the cited terms back for the format check (``benchmarks/writing_eval.py``).
"""

from __future__ import annotations

import re

#: Read the cited skills back from a letter, per language (each group: the names, joined by ", " and y/et).
CITED = {
    "es": (r"(?:He usado|Recurrí a) (.+?) (?:como|en mi puesto de) .+?: «", r"Mi experiencia .+? incluye (.+?): «",
           r"Mi currículum incluye (.+?) entre"),
    "fr": (r"J'ai (?:utilisé|mis en œuvre) (.+?) (?:en tant qu|dans mon poste d).+? : « ",
           r"fait appel à (.+?) : « ", r"mentionne (.+?) parmi"),
}
_VOWEL = re.compile(r"(?i)^[«\s]*[aeiouyàâäéèêëîïôöùûüœæh]")
#: Words starting with an aspirated h, which take no elision ("de Hartley's" is kept).
_ASPIRATED = re.compile(r"(?i)^h(?:a[ilmnrst]|e[nrx]|i[ée]|o[mnlcrt]|u[bgn]|y)")


def _elides(word: str) -> bool:
    return bool(_VOWEL.match(word)) and not (word.lower().startswith("h") and _ASPIRATED.match(word))


def de(word: str) -> str:
    """French "de X" / "d'X" ("d'Insight Apparel", "d'Education Success Foundation", "de Hartley's")."""
    return f"d'{word}" if _elides(word) else f"de {word}"


def que(word: str) -> str:
    """French "que X" / "qu'X" ("en tant qu'Owner / Lead Designer")."""
    return f"qu'{word}" if _elides(word) else f"que {word}"


#: Taxonomy categories whose skills are products, languages or credentials (names in any language;
#: ``careercopilot/data/skills.json``).
TOOL_CATEGORIES = frozenset({
    "Programming languages", "Databases", "Cloud and DevOps", "Backend frameworks", "Web development",
    "Mobile development", "Office and productivity software", "Certifications and licenses"})


def is_name(term: str, resume_text: str = "") -> bool:
    """Whether a skill term is a name that stays bare in Spanish or French prose (see the module doc)."""
    t = term.strip()
    if not t:
        return False
    if re.search(r"\d|[&/+#]|\w[A-Z]", t):  # "Civil 3D", "GD&T", "CI/CD", "C#", "SQL", "HubSpot"
        return True
    from careercopilot.normalize.skills import canonical_skill, skill_category

    canon = canonical_skill(t)
    if canon and skill_category(canon) in TOOL_CATEGORIES:  # "Python", "Excel", "Kubernetes"
        return True
    if not all(w[:1].isupper() for w in t.split() if len(w) > 3):
        return False
    # capitalised right after a lower-case word of the resume ("go-live for Epic", "dashboards in Tableau"); a
    # capital at a line's start or in a list ("Telemetry, post-op …", "Leadership · Teamwork") says nothing
    return bool(re.search(r"[a-z] +" + re.escape(t) + r"\b", resume_text or ""))


def term(t: str, lang: str, resume_text: str = "") -> str:
    """A skill term as the letter writes it: bare when a name, else quoted as the resume writes it."""
    if is_name(t, resume_text):
        return t
    return f"« {t} »" if lang == "fr" else f"«{t}»"


def join(items: list[str], lang: str) -> str:
    """"A", "A y B", "A, B y C" (es) / "A et B" (fr)."""
    last = " et " if lang == "fr" else " y "
    return ", ".join(items[:-1]) + (last if len(items) > 1 else "") + (items[-1] if items else "")


def role_phrase(title: str, employer: str, lang: str) -> str:
    """"como T en E" / "en mi puesto de T" (es); "en tant que T chez E" / "dans mon poste de T" (fr)."""
    if lang == "fr":
        if title and employer:
            return f"en tant {que(title)} chez {employer}"
        return f"dans mon poste {de(title or employer)}"
    if title and employer:
        return f"como {title} en {employer}"
    return f"en mi puesto de {title or employer}"


def evidence_sentence(names: list[str], title: str, employer: str, bullet: str, form: int, lang: str,
                      resume_text: str = "") -> str:
    """One evidence sentence in ``lang`` (es | fr), form ``form % 3`` (see the module doc)."""
    who = join([term(n, lang, resume_text) for n in names], lang)
    where = role_phrase(title, employer, lang)
    b = bullet.strip().rstrip(".;")
    # form 2 names the role "como T" / "en tant que T" even without an employer ("Mi experiencia en mi puesto de …")
    if lang == "fr":
        as_role = f"en tant {que(title)}" + (f" chez {employer}" if employer else "") if title else where
        return (f"J'ai utilisé {who} {where} : « {b} ».",
                f"J'ai mis en œuvre {who} {where} : « {b} ».",
                f"Mon expérience {as_role} fait appel à {who} : « {b} ».")[form % 3]
    as_role = f"como {title}" + (f" en {employer}" if employer else "") if title else where
    return (f"He usado {who} {where}: «{b}».",
            f"Recurrí a {who} {where}: «{b}».",
            f"Mi experiencia {as_role} incluye {who}: «{b}».")[form % 3]


def current_role_sentence(title: str, employer: str, ongoing: bool, bullet: str | None, lang: str) -> str:
    """The opening paragraph's sentence on the current (or most recent) role, quoting ``bullet``."""
    if lang == "fr":
        when = "Dans mon poste actuel" if ongoing else "Dans mon dernier poste"
        where = f"{when}, en tant {que(title)} chez {employer}," if title and employer else f"{when} {de(title or employer)},"
        if not bullet:  # the role alone, in the tense of its dates
            role = f"{de(title)} chez {employer}" if title and employer else de(title or employer)
            return (f"Mon poste actuel est celui {role}." if ongoing else f"Mon dernier poste était celui {role}.")
        return f"{where} mon travail comprend : « {bullet.strip().rstrip('.;')} »."
    when = "En mi puesto actual" if ongoing else "En mi último puesto"
    where = f"{when}, como {title} en {employer}," if title and employer else f"{when} de {title or employer},"
    if not bullet:
        role = f"{title} en {employer}" if title and employer else title or employer
        return f"Mi puesto actual es el de {role}." if ongoing else f"Mi último puesto fue el de {role}."
    return f"{where} mi trabajo incluye: «{bullet.strip().rstrip('.;')}»."


def credential(line: str, lang: str) -> str:
    """A credential line quoted as written, unless it is only initialisms ("BSN, RN, CMSRN")."""
    if re.fullmatch(r"[A-Z][A-Za-z.()/-]*[A-Z.)](?:,\s*[A-Z][A-Za-z.()/-]*[A-Z.)])*", line.strip()):
        return line.strip()
    return f"« {line.strip()} »" if lang == "fr" else f"«{line.strip()}»"
