"""Offline-writer sweep (issue 12): every offline document for many resume × posting pairs, each
checked by the grounding checker with the resume as the source, plus the cover letter's format.

Pairs: each resume of ``benchmarks/data/issue11/resumes.jsonl`` and ``blind2…blind9/resumes.jsonl``
(292 resumes) with ``per_resume`` postings of ``benchmarks/data/issue11/postings.jsonl`` picked with a
seeded RNG: two of the resume's own family and one of another family (postings with a company and
a description of ≥ 400 characters).

Documents and what counts as a flag (the writer only restates resume facts, so every flag is the
writer's or the checker's fault — issue 12 finding 6):

* ``cover_letter``, ``follow_up``, ``thank_you``: :func:`careercopilot.writing.pipeline.generate`
  without a provider (its flags: grounding against the resume, with the posting's company and title
  allowed for addressing, and the posting-side check);
* ``interview``: each STAR draft of :func:`careercopilot.writing.interview.questions` checked against
  the resume (the questions quote the posting and are not claims of the user);
* ``tailoring``: each proposed bullet of :func:`careercopilot.writing.tailor.propose` checked with
  :func:`careercopilot.writing.tailor.grounded_edit` (facts the master resume lacks).

Format failures (cover letter, English, ``standard``): fewer than 250 or more than 400 words; the
company's or the title's prose form (:func:`careercopilot.writing.display.company_display`,
:func:`~careercopilot.writing.display.title_display`) absent; fewer than ``min(3, available)`` skills
cited with where they were used (:data:`careercopilot.writing.phrasing.CITED_FORMS`), ``available`` being
the matched skills (the posting's that the resume has) the resume shows in a bullet or credential line; a sign-off with
nothing after it; a salutation that carries a legal suffix, a code or a person's post-nominals
(:func:`raw_salutation`). E-mails: the same salutation and sign-off checks. Interview: a skill question
whose STAR draft was withheld (``interview_draft_dropped``).

Hidden by the self-check (writer40): the writer checks its own cover letters, STAR drafts and tailoring edits
and drops or rewords what the checker flags, so "flags 0" alone cannot show the checker's false flags on true
sentences. Every such reaction is recorded (:mod:`careercopilot.writing.self_check`) and counted here
(:meth:`SweepResult.hidden_summary`): by document and action (dropped | reworded), by the flag's kind, and the
share of cover letters with one, with examples (flag text | the sentence as it was). Each is a resume
quotation, so each is a checker false flag or a writer wording fault — the list to hand to whoever owns the
checker. First figures (seed 7, 80 pairs): 19 hidden (cover letter dropped 11, reworded 7, tailoring 1; by kind
employer 9, title 7, certification 1, posting 1, unsupported 1), in 11 of 80 letters — e.g. "PFAS" and "IATF"
read as employers, "Communications Training Officer" (in the resume) read as an unsupported title.

Session 22 (issue 12 finding 6 and 12): full sweep before — 876 pairs, 792 flags (cover letters 519,
follow-ups 95, thank-yous 130, STAR drafts 10, tailoring 38), 209 format failures (salutations 67 + 134
e-mails, short 8); seeded sample of 150 pairs (seed 12) before → after: flags 116 → 0, format failures
30 → 2 (two thin resumes under 250 words; the pipeline tells the user, the writer does not pad); a second
sample (seed 7): flags 0, format failures 2.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "issue11"
RESUME_FILES = [DATA / "resumes.jsonl"] + [DATA / f"blind{i}" / "resumes.jsonl" for i in range(2, 10)]
DOCS = ("cover_letter", "follow_up", "thank_you", "interview", "tailoring")
#: a salutation that still carries a legal suffix or a code
_RAW_FORM = re.compile(r"\b(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|GmbH|PLLC)(?:\W|$)|(?<![A-Za-z])\d{3,}")


def raw_salutation(line: str) -> bool:
    """A greeting with a legal suffix, a code, or a person's name with post-nominals ("Dear Todd Reeves DMD
    hiring team,"; "Dear Barton CPA hiring team," names a firm, not a person, and passes)."""
    from careercopilot.writing.display import person_name

    m = re.match(r"(?:Dear|Hello)\s+(.+?)(?:\s+(?:hiring\s+)?team)?,\s*$", line.strip())
    person = person_name(m.group(1)) if m else None
    return bool(_RAW_FORM.search(line) or (person is not None and person.postnominals))


@dataclass
class Pair:
    resume_id: str
    resume: str
    name: str
    posting: dict
    same_family: bool


@dataclass
class SweepResult:
    pairs: int = 0
    documents: Counter = field(default_factory=Counter)
    flags: Counter = field(default_factory=Counter)  # document kind → flags
    format_failures: Counter = field(default_factory=Counter)  # failure kind → letters
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # (pair, document, what)
    letters: list[tuple[int, str, str]] = field(default_factory=list)  # (badness, pair, letter)
    #: sentences the writer's self-check hid (writing/self_check.py): (document, action) → count, flag kind → count
    hidden: Counter = field(default_factory=Counter)
    hidden_kinds: Counter = field(default_factory=Counter)
    hidden_examples: list[tuple[str, str]] = field(default_factory=list)  # (pair, "document action kind: text | sentence")
    letters_with_hidden: int = 0

    @property
    def total_flags(self) -> int:
        return sum(self.flags.values())

    def summary(self) -> str:
        docs = ", ".join(f"{k} {self.documents[k]}" for k in DOCS)
        fl = ", ".join(f"{k} {self.flags[k]}" for k in DOCS)
        fmt = ", ".join(f"{k} {v}" for k, v in sorted(self.format_failures.items())) or "none"
        return (f"pairs {self.pairs}; documents: {docs}\nflags {self.total_flags} ({fl})\n"
                f"format failures {sum(self.format_failures.values())} ({fmt})\n{self.hidden_summary()}")

    def hidden_summary(self) -> str:
        """The self-check's hidden figure: sentences dropped/reworded because of a flag, by document and
        action and by flag kind, and the share of cover letters with at least one."""
        n = sum(self.hidden.values())
        by_doc = ", ".join(f"{d} {a} {v}" for (d, a), v in sorted(self.hidden.items())) or "none"
        by_kind = ", ".join(f"{k} {v}" for k, v in self.hidden_kinds.most_common()) or "none"
        letters = self.documents["cover_letter"]
        share = f"{self.letters_with_hidden}/{letters} cover letters" if letters else "no cover letters"
        return f"hidden by self-check {n} ({by_doc}; by flag kind: {by_kind}; {share} had one)"


def load_pairs(per_resume: int = 3, seed: int = 12, sample: int | None = None) -> list[Pair]:
    """Resume × posting pairs (see the module doc); ``sample`` keeps that many, seeded."""
    rng = random.Random(seed)
    postings = [json.loads(x) for x in (DATA / "postings.jsonl").read_text("utf-8").splitlines() if x.strip()]
    postings = [p for p in postings if p.get("company") and len(p.get("description") or "") >= 400
                and p.get("language", "en") == "en"]
    postings.sort(key=lambda p: p["id"])
    by_family: dict[str, list[dict]] = {}
    for p in postings:
        by_family.setdefault(p.get("family") or "", []).append(p)
    out: list[Pair] = []
    for path in RESUME_FILES:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            same = by_family.get(r.get("family") or "", [])
            other = [p for p in postings if p.get("family") != r.get("family")]
            picks = [(p, True) for p in rng.sample(same, min(per_resume - 1, len(same)))]
            picks += [(p, False) for p in rng.sample(other, per_resume - len(picks))]
            out += [Pair(r["id"], r["text"], r.get("name") or "", p, s) for p, s in picks]
    if sample is not None and sample < len(out):
        out = rng.sample(out, sample)
    return out


def _letter_format(letter: str, inp, available: int) -> list[str]:
    from careercopilot.writing.display import company_display, title_display
    from careercopilot.writing.offline import MAX_WORDS, MIN_WORDS, words

    fails = []
    n = words(letter)
    if n < MIN_WORDS:
        fails.append("short")
    if n > MAX_WORDS:
        fails.append("long")
    # the prose form or the raw; for a staffing agency's posting the client it places for (writing.offline prose())
    if not any(x and x in letter for x in (company_display(inp.company), inp.company, inp.prose()["company"])):
        fails.append("no_company")
    if title_display(inp.title) not in letter and inp.title not in letter:
        fails.append("no_title")
    from careercopilot.writing.phrasing import CITED_FORMS

    groups = [g for rx in CITED_FORMS for g in re.findall(rx, letter)]
    cited = len([x for g in groups for x in re.split(r", | and ", g)])
    if cited < min(3, available):
        fails.append("few_skills")
    lines = [ln for ln in letter.strip().splitlines()]
    first = next((ln for ln in lines if ln.strip()), "")
    if raw_salutation(first):
        fails.append("raw_salutation")
    if lines and re.fullmatch(r"[A-Z][\w ]*,", lines[-1].strip()):
        fails.append("empty_signoff")
    return fails


def run(pairs: list[Pair], docs: tuple[str, ...] = DOCS, keep_letters: bool = False) -> SweepResult:
    """Generate and check every document of every pair (see the module doc); what the writer's
    self-check hid is recorded per pair (:func:`careercopilot.writing.self_check.recording`)."""
    from careercopilot.writing.self_check import recording

    res = SweepResult(pairs=len(pairs))
    for pr in pairs:
        with recording() as hidden:
            _one_pair(pr, docs, keep_letters, res)
        for h in hidden:
            res.hidden[(h.document, h.action)] += 1
            res.hidden_kinds[h.kind] += 1
            res.hidden_examples.append((f"{pr.resume_id}×{pr.posting['id']}",
                                        f"{h.document} {h.action} {h.kind}: {h.text!r} | {h.sentence[:160]}"))
        res.letters_with_hidden += any(h.document == "cover_letter" for h in hidden)
    return res


def _one_pair(pr: Pair, docs: tuple[str, ...], keep_letters: bool, res: SweepResult) -> None:
    """Every document of one pair, counted into ``res``."""
    from careercopilot.writing.grounding import SourceFacts, check
    from careercopilot.writing.interview import questions
    from careercopilot.writing.skill_kinds import HAVE_FRAMES
    from careercopilot.writing.offline import WritingInput, citable
    from careercopilot.writing.pipeline import generate
    from careercopilot.writing.resume_facts import evidence_for, roles
    from careercopilot.writing.tailor import grounded_edit, propose

    p = pr.posting
    key = f"{pr.resume_id}×{p['id']}"
    facts = None
    for doc in docs:
        if doc in ("cover_letter", "follow_up", "thank_you"):
            inp = WritingInput(pr.resume, company=p["company"], title=p["title"], posting_text=p["description"],
                               name=pr.name)
            out = generate(doc, inp)
            res.documents[doc] += 1
            res.flags[doc] += len(out.flags)
            for f in out.flags[:3]:
                res.examples.append((key, doc, f"{f.kind}: {f.text!r}"))
            if doc == "cover_letter":
                # issue 12: ≥ 3 matched skills with where used, when the match has ≥ 3 the resume shows (a soft-skill
                # trait is no skill "used" at a role: writing.offline.citable, newcomer trial F5)
                available = len({e.skill for e in evidence_for([s for s in inp.matched if citable(s)], roles(pr.resume),
                                                               pr.resume)})
                fails = _letter_format(out.text, inp, available)
                res.format_failures.update(fails)
                for x in fails:
                    res.examples.append((key, doc, f"format: {x}"))
                if keep_letters:
                    res.letters.append((len(fails) * 10 + len(out.flags) * 10, key, out.text))
            elif doc in ("follow_up", "thank_you"):
                last = out.text.strip().splitlines()[-1].strip()
                if re.fullmatch(r"[A-Z][\w ]*,", last):
                    res.format_failures["empty_signoff_email"] += 1
                first = next(ln for ln in out.text.splitlines() if ln.startswith("Dear") or ln.startswith("Hello"))
                if raw_salutation(first):
                    res.format_failures["raw_salutation_email"] += 1
        elif doc == "interview":
            facts = facts or SourceFacts.from_texts(pr.resume)
            for q in questions(pr.resume, p["description"], company=p["company"]):
                if not q.star:
                    if q.text.startswith(HAVE_FRAMES):
                        res.format_failures["interview_draft_dropped"] += 1
                    continue
                res.documents[doc] += 1
                flags = check(q.star, facts)
                res.flags[doc] += len(flags)
                for f in flags[:2]:
                    res.examples.append((key, doc, f"{f.kind}: {f.text!r}"))
        elif doc == "tailoring":
            for c in propose(pr.resume, p["description"], company=p["company"]).changes:
                res.documents[doc] += 1
                bad = grounded_edit(c.before, c.after, pr.resume)
                res.flags[doc] += len(bad)
                for b in bad[:2]:
                    res.examples.append((key, doc, f"{b!r}"))
