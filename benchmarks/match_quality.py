"""Match quality on the blind issue-11 set: ours vs BM25 vs a 0.5·BM25 + 0.5·MiniLM hybrid.

Data (``benchmarks/data/issue11``, see its SOURCES.md): 1,345 real public postings (NYC Open
Data Jobs NYC; LinkedIn Job Postings 2023-24, CC BY-SA 4.0) in 24 occupation families, 52
resumes, every (resume, posting) pair graded 2/1/0 by a curator who never saw this code
(2 = same family and level within one step, 1 = same family or adjacent family, 0 = other).
Resumes are split dev (28) / test (24), stratified by family, seed 20261203: tune on dev,
run ``--split test`` once at the end.

A second held-back resume set, ``blind2`` (``benchmarks/data/issue11/blind2``: 30 resumes b01–b30 written
and labeled by another curator who saw neither this code nor the first set's resumes, with career
changers, generic and civil-service titles, non-native phrasing, new graduates and gaps; graded
against the same postings by the same rule, ``make_grades.py``, which reproduces the first set's
69,940 grades exactly), was run once with score-4 and once with score-5 (session 11), after the
score-5 work on dev: see the figures below. It is development data from then on.

    .venv/bin/python benchmarks/match_quality.py [--split dev|test|blind2] [--no-cache] [--levels]

Prints per resume and per profession (= the resume's family) nDCG@10 (gains 2^grade − 1)
and P@10 (grade ≥ 1) of ``ours`` (``services.matching.score_posting`` with the resume's
stated target titles), ``bm25`` (rank-bm25 Okapi over title + description, the resume text
as query) and ``hybrid`` (min-max-normalized BM25 and MiniLM cosine of the resume and
posting document vectors, averaged); the mean, the per-profession minimum, and 95 %
paired-bootstrap intervals (resumes resampled, 10,000 draws) of ours − bm25 and ours −
hybrid. Also: occupation-family and level accuracy of ``normalize.occupations`` on the
split's resumes (the current title alone; the matcher's reading of the person's profession,
``Profile.family``, with and without the stated target titles) and on all postings (labels of
the curator; family from the title alone, ``infer_occupation(title)``, and the matcher's reading,
``matching.posting_occupation_full``: title, description where the title leaves the family open,
nearest O*NET description when the title names nothing — the reading ranking uses, and the one
issue 11's "occupation-family accuracy ≥ 0.90" is about), score
calibration (share of grade-2 postings ≥ 75 and of grade-0 postings < 30) and the
candidate stage's recall@50 (nearest ``REFRESH_CANDIDATES`` by document vector vs scoring
every posting). Posting embeddings are cached in ``benchmarks/.cache`` by model version.

``--dump PATH`` writes every (resume, posting, grade, raw penalized score, score) row — with the
occupation relation, penalty factors, skill gap, components, and whether the pair is in the
issue's population below — to study the calibration on dev.

Calibration is printed twice. The older line counts ALL grade-2 postings (same family, level
within one step) scoring ≥ 75. The issue's target is narrower: "≥ 90 % of same-profession
postings that MEET EVERY STATED PREFERENCE score ≥ 75"; its line counts the grade-2 postings at
the resume's labeled level (the same rung exactly), then those whose place and stated pay also
meet the resume's ``preferences`` — judged from the labels and the posting's own fields by
``_stated_preferences.meets_stated_preferences`` (rules in its docstring), never by the
matcher's checks. The matcher still gets only the target titles (``prefs_of``). Posting accuracy is also printed per half (A/B, SHA-256 of the
posting id, :func:`posting_half`): the score-4 and score-5 occupation rules were developed on
half A only and checked on half B.

Figures of score-12 (2026-12-06, session 17's end: posting sections, level ladders, an earlier title in the
asked-for field is no career change; specialties reverted): dev 0.952 (min 0.815, calibration 75.6 % / 97.3 %,
level 0.929); blind5 0.900 (min 0.718, 72.1 % / 97.6 %, level 0.967); blind6 0.866 (min 0.280, 71.2 % / 97.3 %,
level 0.633) — all development data now.

Figures of score-13 (2026-12-06, session 18: families that share work = the labeling guide's adjacency table,
executives/department heads by the function they head, dispatch, British/Indian/Australian title forms, generic
employer titles no career change, the level a resume asks for, journey cards): dev 0.954 (min 0.848); blind2
0.914 (min 0.451); blind3 0.874 (min 0.621); blind4 0.900 (min 0.551); blind5 0.900 (min 0.718); blind6 0.896
(min 0.633, level 0.633 → 0.967) — all development data.

Held-back set blind7 (30 resumes g01–g30 by a blind curator of session 18, all 24 families, 5 executives, public
grades, union trades, military-to-civilian, returners, gig workers, generic current titles; README in its folder),
run once after the session-18 work (score-13): nDCG@10 ours **0.828** / bm25 0.574 / hybrid 0.627; P@10 0.913;
per-profession min 0.128 (engineering_architecture: g06, a Director of Public Works / County Engineer), also low:
hospitality 0.254 (g10, an Australian casual bar supervisor), skilled_trades 0.655 (g04 0.310, a union general
foreman, inside wireman), education 0.690 (g09 0.536, a dean of students), data_analysis 0.780, policy_program
0.788, administrative 0.795; calibration grade-2 ≥ 75 65.0 %, grade-0 < 30 98.2 %; candidate recall@50 0.995;
resume family: current title 0.767, the matcher's reading 0.933, the resume alone 0.767; resume level 0.833 (with
the target titles 0.800; blind6's first run 0.633). The targets (≥ 0.93, every profession ≥ 0.85) are not met on
unseen resumes: public-sector department heads, foremen and deans, and casual/part-time titles are the next kinds.
blind7 is development data from now on.

Figures of score-14 (2026-12-06, session 20: titles' families by the department or function they head in any word
order, C-suite by function, crew and school rungs, casual/part-time qualifiers, two-column PDF pastes unfolded before
the current title is read, skills read with their trade's context): dev 0.955 (min 0.848); blind2 0.918 (min
0.451); blind3 0.875 (min 0.621); blind4 0.900 (min 0.549); blind5 0.900 (min 0.718); blind6 0.895 (min 0.664);
blind7 0.828 → 0.900 (min 0.128 → 0.704; level 0.833 → 0.967) — all development data. Calibration grade-2 ≥ 75
74.1–77.3 %, grade-0 < 30 98.2–98.8 % across those splits.

Figures of session 21 (fam25, 2026-12-06: a posting's family read from its description where its title leaves it
open — ``normalize.occupation_postings``: domain roles such as project/program managers, operations leaders,
technicians, tech leads, generic and voted titles; the company blurb never decides — civil infrastructure, plural
and coded titles, construction owner-side roles, plant maintenance and E&I technicians, client relationship service,
the first-named of two roles; developed on half A's confusions, half B measured before and after only; before →
after): posting family, title alone 0.775 → 0.784 (half A 0.796 → 0.811, half B 0.754 → 0.757); the matcher's
reading (``posting_occupation_full``, what ranking uses and what issue 11's ≥ 0.90 is about) 0.778 → 0.807 (half A
0.801 → 0.842, half B 0.756 → 0.771); posting level 0.828 → 0.831. nDCG@10: dev 0.955 → 0.962 (min 0.848 =;
calibration grade-2 ≥ 75 76.8 → 79.5 %, no profession lower); blind2–blind8 not yet run after
(the shared benchmark lock was held by other runs until the session's hard stop).

Score-15 (session 21: fam25 above, match24's owners', ranks' and students' own titles, skills27's soft skills out of
coverage): dev 0.955 → 0.961 (min 0.848 → 0.833: policy_program and administrative, from skills27; calibration
grade-2 ≥ 75 76.8 → 79.7 %, the issue's population below 84.5 % of 265), blind8 0.896 (match24's full run,
before skills27). blind2–blind7 were not re-run this session.

Figures of session 22 (fam30, 2026-12-06: titles a specialty word decides — ``normalize.occupation_specialties``:
technical program managers, IT auditors, network roles, building-systems designers, NYC computer titles, human-service
support staff, call-centre staff, learning content, architectural/urban/apparel designers, platform builders, business
development, forensic labs, nurses in care roles, law trainees, content and data work, computer technicians —;
function-staffed voted titles, supervisors of staff, assistants of a function, recruiters' lead-ins, "adviser"; and
a program manager's family from the people they run, ``person_occupation.people_run``; developed on half A's
confusions, half B measured before and after only; before → after): posting family, title alone 0.784 → 0.819
(half A 0.811 → 0.866, half B 0.757 → 0.771); the matcher's reading 0.807 → 0.845 (half A 0.843 → 0.903, half B
0.771 → 0.786); posting level 0.831 → 0.832. Resume family (dev + blind2–9, 268): the matcher's reading 0.993 →
1.000 (blind9 i20, i28), the resume alone 0.866 → 0.881; resume levels unchanged. nDCG@10 dev 0.961 → 0.967 (min
0.833 =; education 0.927 → 1.000, logistics 0.883 → 0.931, human_resources 0.948 → 0.943; calibration grade-2 ≥ 75
79.7 → 83.5 %, the issue's population 84.5 → 87.5 % of 265); blind9 0.887 → 0.931 (min 0.471 → 0.515, skilled_trades
i10; i20 0.046 → 0.691, i28 0.471 → 0.839, i18 0.704 → 0.846; none down; calibration 70.0 → 76.8 %). After, on
blind2–8 (one locked run; before = the last figures of main 1acc682 where measured, else score-14's): blind2 0.922
(min 0.489), blind3 0.892 (0.659), blind4 0.917 (0.556), blind5 0.917 (0.733), blind6 0.907 (0.630), blind7 0.908
(0.713), blind8 0.893 → 0.911 (0.639); calibration grade-2 ≥ 75 79.3–82.8 %.

Held-back set blind9 (30 resumes i01–i30 by a blind curator of session 21: designers, PTA/COTA and data analysts
twice or more, "Tech Lead", "Director of Operations", "Program Manager" and "Infrastructure" across families,
veterans, owners, freelancers, returners, people applying one level down on purpose, new graduates, LinkedIn
"Save to PDF" text, tab-separated tables, terse resumes; README in its folder), run on score-14 as the session
began and again on score-15 with nothing developed on it between: nDCG@10 ours **0.863 → 0.864** / bm25 0.554 /
hybrid 0.602 (ours − hybrid +0.262, CI +0.163..+0.347); P@10 0.917; per-profession min 0.470 (social_work: i28, a
program manager of youth services who supervises case managers), also low: software_engineering 0.535 → 0.523
(i20, a technical program manager read as a policy programme), skilled_trades 0.507 → 0.515 (i10, "Tech Lead" of an
auto shop), education 0.560 → 0.470 (i14, an assistant principal applying for teaching), logistics 0.704,
administrative 0.785 → 0.754; calibration grade-2 ≥ 75 66.0 → 68.1 %, the issue's population (``_stated_preferences``)
75.3 % of 381 at the labeled level; resume level 0.733. The targets are not met on unseen resumes. Then (blind9
development data from here): a new entrant's ask after a label's colon and a lead applying one rung down on purpose
(``level_cues.NEW_ENTRANT``, ``STEPS_DOWN``) — resume level 0.733 → 0.833, nDCG@10 0.864 → 0.887 (i14 1.000, i05
1.000), calibration 70.0 %; dev and blind2–8 resume levels unchanged.

Held-back set blind8 (30 resumes h01–h30 by a blind curator of session 20: skills-first and all-caps layouts,
no headings, broken PDF wraps, internal grades and codes, "Manager of X" word order, long and short careers,
per-diem and agency work, apprentices, owners of small businesses, titles in Spanish, German and Chinese with
glosses; README in its folder), run once after the session-20 work (score-14): nDCG@10 ours **0.881** / bm25 0.558
/ hybrid 0.590 (ours − bm25 +0.324, CI +0.246..+0.403; ours − hybrid +0.292, CI +0.231..+0.352); P@10 0.940;
per-profession min 0.575 (public_safety: h27, a 25-year military career); also under 0.85: skilled_trades 0.730
(h05 0.461, a former small-business owner), policy_program 0.670, logistics_supply_chain 0.689, engineering_
architecture 0.768 (h08 0.652), social_work 0.789, allied_health 0.795, design_ux 0.843, education 0.841;
calibration grade-2 ≥ 75 73.6 %, grade-0 < 30 98.7 %; candidate recall@50 0.994; resume family: current title
0.800, the matcher's reading 1.000, the resume alone 0.767; resume level 0.833. The targets (≥ 0.93, every
profession ≥ 0.85) are not met on unseen resumes. blind8 is development data from now on.

Held-back set blind6 (30 resumes f01–f30 by a blind curator of session 17, 24 families, weighted to the weak
professions: legal, public safety, hospitality, allied health, skilled trades and policy twice; README in its
folder), run once after the session-17 work (score-12 before its last rule, with specialties since reverted, posting sections,
level ladders, city nicknames): nDCG@10 ours **0.859** / bm25 0.516 / hybrid 0.571; P@10 0.887; ours − bm25
+0.343 (CI +0.243..+0.447), ours − hybrid +0.288 (+0.196..+0.385); per-profession min 0.280 (software_engineering:
f20, a head of engineering read as policy_program — "Head of Engineering" as an engineering teacher, "VP
Engineering" as a general manager), also low: science_lab 0.576 (f30, a supervisory GS-13 microbiologist),
manufacturing 0.600 (f08, a British production shift manager), administrative 0.660, education 0.724,
hospitality 0.734, public_safety 0.771 (f15, a detention officer asking for public safety telecommunicator
roles read as logistics dispatch); calibration grade-2 ≥ 75 70.4 %, grade-0 < 30 97.3 %; candidate recall@50
0.991; resume family: current title 0.767, the matcher's reading 0.967, the resume alone 0.800; resume level
0.633 (with the target titles 0.767). First runs: blind3 0.729, blind4 0.803, blind5 0.868, blind6 0.859 — the
session's level work (blind5 level 0.600 → 0.967 in development) did NOT carry over to unseen resumes (0.633);
the targets (≥ 0.93, every profession ≥ 0.85) are not met. Its misreadings (executive titles outside the
occupation table, generic current titles read as career changes, SOC dispatcher titles) are the next kinds;
one was fixed after the run (an earlier title in the asked-for field is no career change). blind6 is
development data from now on.

Held-back set blind5 (30 resumes e01–e30 by a blind curator of session 14, 24 families; README in its
folder), run once after the session-14 level and family reading (score-8, before match16's specialty work):
nDCG@10 ours **0.868** / bm25 0.650 / hybrid 0.657; P@10 0.953; ours − bm25 +0.218 (CI +0.151..+0.288), ours −
hybrid +0.211 (+0.152..+0.276); per-profession min 0.348 (legal: e09, a deputy general counsel moving to
general counsel), also low: public_safety 0.586, hospitality 0.609, allied_health 0.667, skilled_trades 0.718
(e27, a plumbing foreman, 0.436), design_ux 0.741; calibration grade-2 ≥ 75 66.2 %, grade-0 < 30 97.7 %;
candidate recall@50 0.993; resume family: current title 0.667, the matcher's reading 1.000, the resume alone
0.800; resume level 0.600. First runs of the held-back sets: blind3 0.729, blind4 0.803, blind5 0.868 — the
reading carries over better each time, but the targets (≥ 0.93, every profession ≥ 0.85) are NOT met on
unseen resumes; level reading (0.600) and executive/lead levels are the weak part. blind5 is development data
from now on.

Held-back set blind4 (30 resumes d01–d30 by a blind curator of session 13, 24 families; README in its
folder), run once after the session-13 work (score-7): nDCG@10 ours **0.803** / bm25 0.638 / hybrid 0.639;
P@10 0.870; ours − bm25 +0.165 (CI +0.057..+0.262), ours − hybrid +0.163 (+0.062..+0.257); per-profession
min 0.273 (social_work: d28, a clinical supervisor), also low: legal 0.500 (d13, a litigation-support
"Specialist II", 0.000), nursing 0.519 (d04, a clinical coordinator who manages 19 staff, 0.220),
hospitality 0.583, policy_program 0.656, engineering_architecture 0.705, skilled_trades 0.726;
calibration grade-2 ≥ 75 63.4 %, grade-0 < 30 96.9 %; resume family: current title 0.567, the matcher's
reading 0.900; resume level 0.500. blind3's first run was 0.729: the gain carried over in part, the
targets (≥ 0.93, every profession ≥ 0.85) are NOT met on unseen resumes; level reading (0.500) is the weak
part. blind4 is development data from now on.

Held-back set blind3 (30 resumes by a blind curator of session 12, c01–c30; README in its folder),
run once after all the session-12 matching work (score-6): nDCG@10 ours 0.729 / bm25 0.507 /
hybrid 0.522; P@10 0.797; ours − hybrid +0.207 (CI +0.093..+0.311); per-profession min 0.000
(public_safety: c16, a restaurant health inspector the curator placed in public safety), also
low: engineering_architecture 0.125 (c24, a transportation planner), c14 skilled_trades 0.095,
human_resources 0.333 (c10, a restaurant manager moving to HR), hospitality 0.464, customer_support
0.544, finance_accounting 0.573; calibration grade-2 ≥ 75 61.7 %, grade-0 < 30 96.8 %; resume
family: current title 0.467, the matcher's reading 0.867, the resume alone 0.633; resume level
0.667. Targets NOT met on unseen resumes: blind2's gain (0.789 → 0.870 on development data) did
not carry over (0.729); level (0.667) and resumes whose occupation the families place unusually
are the weak parts. blind3 is development data from now on.

Figures (2026-12-06, SCORE_MODEL_VERSION score-10, session 17: posting skills read by sections with the writing
side's reader, ``normalize.posting_sections`` — company/benefits/EEO sections name no required skill, preferred
skills never lower the skills component nor count toward a skill gap; before → after):

* dev (28): nDCG@10 0.950 → 0.949 (r15 hospitality 0.738 → 0.867, r36 0.894 → 0.943; r13 education 1.000 →
  0.915, r20 1.000 → 0.936, r46 0.901 → 0.855), per-profession min 0.738 (hospitality) → 0.815 (administrative,
  unchanged); calibration grade-2 ≥ 75 74.9 → 75.6 %, grade-0 < 30 97.4 → 97.3 %.
* blind5 (30): 0.868 → 0.861, min 0.348 = (legal, e09); calibration 66.2 → 67.4 %, 97.7 → 97.5 %; administrative
  0.861 → 0.780, allied_health 0.667 → 0.599, it_infrastructure 0.807 → 0.752; hospitality 0.609 → 0.661,
  policy_program 0.807 → 0.822, social_work 0.907 → 0.951.
* blind4 (30): 0.890 → 0.890, min 0.583 → 0.556 (hospitality); calibration 71.8 → 73.5 %, 97.6 → 97.4 %;
  policy_program 0.656 → 0.771, public_safety 0.786 → 0.855; logistics 0.876 → 0.839, administrative 0.860 → 0.824.
* Skills (``skills_quality.py --split dev``): precision 0.780 → 0.783, recall 0.478 → 0.488; blurb/benefit/EEO
  passages with a skill 0/12 =.
* Tried, not adopted: a larger preferred bonus (0.5 instead of ``scoring.PREFERRED_BONUS`` 0.25): blind5 0.863;
  counting the untitled text before the first job section as required again (its job sentences): blind5 0.866 —
  most of blind5's loss is that text (LinkedIn role summaries), but it is also where untitled company blurbs
  stand ("Eigen Labs is … the blockchain space" → Blockchain), which this change is for.

Figures (2026-12-06, SCORE_MODEL_VERSION score-9, match19: level reading by kind; dev and blind2–5 are all
development data, rules written from the kinds of their level misreadings, checked on all five; before → after;
``--levels`` prints each split's misread resume levels):

* blind5 (30): nDCG@10 0.868 → 0.905, P@10 0.953 → 0.960, per-profession min 0.348 → 0.718 (skilled_trades,
  e27); e09 0.348 → 0.741 (an acting GC: executive), e08 0.609 → 0.851 (sous chef: senior), e21 0.586 → 0.772,
  e02 0.667 → 0.826, e22 0.907 → 1.000, e18, e10 up; none down; calibration grade-2 ≥ 75 66.2 → 70.6 %;
  resume level 0.600 → 0.967 (with the target titles 0.667 → 0.967); resume family (resume alone) 0.800 →
  0.767 (e11's title, now the main job's "Inventory Control Specialist", reads manufacturing; the matcher's
  reading with targets stays 1.000).
* blind4 (30): 0.890 → 0.900 (d23 0.811 → 1.000, d02 0.786 → 0.927; d07 0.951 → 0.915), min 0.583 =; level
  0.733 → 0.933 (with targets 0.833 → 1.000).
* blind3 (30): 0.868 → 0.872 (c18 up; none down), min 0.583 =; level 0.900 → 1.000 (with targets 0.933 → 1.000).
* blind2 (30): 0.898 → 0.906 (b22, b23 up; b21 0.873 → 0.829), min 0.451 = (skilled_trades, b05); calibration
  69.3 → 72.7 %; level 0.867 → 0.967 (with targets 0.833 → 0.933).
* dev (28): 0.950 → 0.954 (r02, r36 up; none down), min 0.738 =; level 0.857 → 0.929.
* Postings: level 0.823 → 0.828 (half A 0.830 → 0.835, half B 0.816 → 0.822: Clerical Associate III mid,
  Engineering Technician IV senior, Assistant/Deputy General Counsel mid/lead, lieutenants lead).
* Mechanisms (``normalize.level_reading``): ladder rungs named by a phrase (``TITLE_RUNGS``: GS grades,
  support-grade III = mid, clinical nurse IV, nursing assistants entry, in-house legal / law-firm rungs, bank
  officer grades beside an individual contributor's noun, police and military ranks, sous chef, fellows); a
  function's partner is no firm partner; the summary's cues (a first job in the field → entry; a returner or
  career break, leaving the military → at most mid; an acting/interim rung; stated years before counted ones,
  senior from 8); a "II" held 8+ stated years → senior; IC managers by years; an adjacent career change → mid.
  ``resume_fields``: a range wrapped after its dash, side and volunteer jobs after the main one, firm names
  ("… Partners") are no titles. Left: e13 (a hotel front-desk agent moving to IT without saying so), b12/r30/
  r44 new graduates whose counted years run on to the day of matching, d17/d26 right only with targets.

Figures (2026-12-05, SCORE_MODEL_VERSION score-8, session 14; dev and blind2–4 are all development data;
rules written from blind4's failures, checked on dev, blind2 and blind3; before → after):

* blind4 (30): nDCG@10 0.803 → 0.890, P@10 0.870 → 0.960, per-profession min 0.273 → 0.583 (hospitality,
  d11); d13 0.000 → 1.000 (litigation support read legal), d04 0.220 → 1.000 (a supervising clinical
  coordinator with an RN: nursing lead), d28 0.273 → 0.758, d03 0.818 → 1.000, d09 0.775 → 0.905;
  calibration grade-2 ≥ 75 63.4 → 71.8 %, grade-0 < 30 96.9 → 97.6 %; resume family (resume alone) 0.767
  → 1.000, the matcher's 0.900 → 1.000; resume level 0.500 → 0.733 (with the target titles 0.633 → 0.833).
* blind3 (30): 0.865 → 0.868 (c19, c21 up; none down); level 0.867 → 0.900 (with targets 0.900 → 0.933).
* blind2 (30): 0.896 → 0.898, min 0.451 = (skilled_trades, b05); calibration 68.2 → 69.3 %; family (resume alone)
  0.867 → 0.900; level 0.833 → 0.867 (b01, a nurse practitioner: senior).
* dev (28): 0.947 → 0.950 (r41 up; none down), min 0.738 =; level 0.821 → 0.857.
* Postings: family 0.751 → 0.752, level 0.820 → 0.823 (nurse practitioners senior).
* Mechanisms (``normalize.level_reading``, ``normalize.person_occupation``, ``matching.profile``): people
  supervised (≥ 3, "Supervise 9 RNs, 4 LPNs and 6 aides") → lead; a practitioner's ladder (nursing,
  trades, manufacturing, social work, …) stays mid whatever the years; asking for the job one holds is no
  career change; a generic current title takes its profession's job zone; the summary's opening
  self-description and licences beside the degrees vote on the family; a clinical manager/supervisor/
  coordinator with a clinician's licence (or a posting asking for one) is of that practice.
* Left below 0.85 on blind4: hospitality 0.583 (d11: "Sanitation/Shop Supervisor" postings read
  hospitality), policy_program 0.656 (executive postings of other functions: "Executive Director, QM &
  Application Support…"), engineering_architecture 0.705, skilled_trades 0.726 (d05: the current title is
  a side job, "Evening instructor"), social_work 0.758 ("Child Protective Manager" read policy).

Figures (2026-12-05, SCORE_MODEL_VERSION score-7, session 13; dev, blind2 and blind3 are all
development data; every change checked on the three together, before → after):

* blind3 (30): nDCG@10 0.729 → 0.865, per-profession min 0.000 → 0.583 (manufacturing, c25);
  calibration grade-2 ≥ 75 61.7 → 73.0 %, grade-0 < 30 96.8 → 97.6 %. Per profession risen:
  public_safety 0.000 → 0.936 (c16, health inspection read as science), engineering_architecture
  0.125 → 0.875 (c24, transportation planners read as science), skilled_trades 0.684 → 0.854 (c14
  chief engineer read civil/executive: 0.095 → 0.605), human_resources 0.333 → 1.000 (c10, a
  restaurant GM moving into HR read executive), customer_support 0.544 → 0.918 (c27 call-center
  supervisor read program management; c06 "Specialist II" read senior), finance 0.573 → 0.710,
  hospitality 0.464 → 0.664, policy_program 0.614 → 0.666. Still below 0.85: manufacturing 0.583,
  finance 0.710, hospitality 0.664, policy_program 0.666, education 0.774, administrative 0.780,
  it_infrastructure 0.782, science_lab 0.808.
* blind2 (30): 0.870 → 0.896, min 0.436 → 0.451 (skilled_trades, b05); calibration 70.0 → 68.2 %,
  96.6 → 96.7 %; hospitality 0.763 → 0.840, policy_program 0.553 → 0.686, allied_health 0.720 → 0.816.
* dev (28): 0.942 → 0.947, min 0.738 = (hospitality); calibration 75.1 → 74.6 %, 97.3 % =.
* Postings: family 0.740 → 0.751 (half A 0.767 → 0.774, half B 0.713 → 0.728), level 0.820 =.
* Steps: occupation kinds (stationary engineers, health inspection, planners of places,
  call-center leaders; "II" mid, a trade's chief lead, no job zone for a generic current title,
  a move into a next-door field at most mid) dev 0.947 / blind2 0.877 / blind3 0.847; capped
  scores keep their order (``steps._below``) blind3 0.849; posting kinds (mortgage loan officers,
  service-desk agents, Montessori guides, direct care, an executive's function in the first
  words) 0.947 / 0.888 / 0.865; the skill gap (``steps.skill_gap``, for the Anaplan-developer
  report) 0.947 / 0.896 / 0.865 at a calibration cost of 1.1 / 3.2 / 1.7 points (a plain 0.15
  coverage floor: calibration 29 / 35 / 28 %).
* Targets (≥ 0.93, every profession ≥ 0.85) NOT met on blind2/blind3. Left: posting families
  of supervisors the word vote files under production supervisors ("Scheduling", "Histology",
  "Vendor Payment Supervisor" in c25's top ten), the years of a career spent in another field
  (c19), a volunteer role during a career break read as the current title (c20).

Figures (2026-12-05, SCORE_MODEL_VERSION score-6, session 12; blind2 and dev are both
development data — the person's profession, ``normalize.person_occupation``):

* blind2 (30 resumes): nDCG@10 ours 0.870 (score-5 0.789) / bm25 0.584 / hybrid 0.636; P@10 0.937
  (0.867); ours − bm25 +0.286 (CI +0.225..+0.347), ours − hybrid +0.234 (+0.178..+0.291);
  per-profession min 0.436 (skilled_trades: b05, a master-electrician general foreman, score-5
  0.305; public_safety 0.000 → 0.720, customer_support 0.241 → 0.873, policy_program 0.355 →
  0.553, allied_health 0.505 → 0.720; also below 0.85: hospitality 0.763, administrative
  0.838); calibration grade-2 ≥ 75 70.0 % (64.3 %), grade-0 < 30 96.6 % (95.9 %); candidate
  recall@50 0.998; resume family: current title alone 0.700 (0.600), the matcher's reading
  (target titles + resume) 1.000 (score-5's majority of titles 0.867), the resume alone
  without target titles 0.867 (0.533); resume level 0.800 (0.800). Targets (0.93, every
  profession 0.85, calibration 90 %): NOT met.
* dev (28 resumes): nDCG@10 ours 0.942 (0.940) / bm25 0.703 / hybrid 0.712; P@10 0.971; ours −
  bm25 +0.239 (CI +0.179..+0.305), ours − hybrid +0.230 (+0.173..+0.289); per-profession min
  0.738 (hospitality, unchanged; also below 0.85: administrative 0.815, policy_program 0.833,
  allied_health 0.848); calibration grade-2 ≥ 75 75.1 % (73.3 %), grade-0 < 30 97.3 % (96.7 %);
  candidate recall@50 0.996; resume family: current title 0.964 (0.893), the matcher's reading
  1.000 (1.000), the resume alone 0.964 (0.893); resume level 0.821; postings family 0.740
  (0.709) — half A 0.737 → 0.767, half B 0.680 → 0.713 —, level 0.820 (0.817).
* Steps (blind2 / dev nDCG@10): the person's profession as a weighted vote of target titles,
  titles the resume asks for, the current title (generic: half) and credentials, with titles
  of one profession in another's words read into theirs (client success, security and
  investigators, program officers, chief-X-officers, trade foremen, medical coders)
  0.789 → 0.843 / —; a SOC occupation split across families is two occupations (security vs
  facilities managers) and the person's level is the middle rung most target titles name;
  posting kinds (information security, project managers of a function, inspectors by what
  they inspect) → 0.870 / 0.942.
* Left: b05 (skilled_trades, 0.436) ranks facility-maintenance supervisors and misread
  postings ("Maintenance Supervisor (Signals) … (Instructor)" is education) above
  journeyman electricians two levels below; b30/b26 (policy_program) rank construction and
  IT "Executive Director"/"Project Manager" postings whose function the title does not name;
  b23 (public_safety) gets enforcement directors labeled legal. Posting family (0.740) is
  still the ceiling of calibration.

Figures (2026-12-05, SCORE_MODEL_VERSION score-5; dev only — the test split is the lead's to
run once; score-4 figures below as measured before on this machine where they differ):

* blind2 (30 resumes, run once per score version, session 11): nDCG@10 ours 0.789 (score-4 0.790)
  / bm25 0.584 / hybrid 0.636; P@10 0.867; ours − bm25 +0.206 (CI +0.114..+0.289), ours − hybrid
  +0.153 (+0.078..+0.224); per-profession min 0.000 (public_safety: b23, a retiring police
  sergeant), also below 0.85: customer_support 0.241, skilled_trades 0.305, policy_program 0.355,
  allied_health 0.505, hospitality 0.763, administrative 0.838, data_analysis 0.847; calibration
  grade-2 ≥ 75 64.3 % (score-4 63.2 %), grade-0 < 30 95.9 % (95.6 %); candidate recall@50 0.997;
  resume family 0.600 (score-4 0.567), level 0.800. The score-5 posting rules did not carry to
  these resumes; the resume's own occupation (career changers, generic current titles) is the
  weak part on unseen text. Targets (0.93, every profession 0.85, calibration 90 %): NOT met.
* dev (28 resumes): nDCG@10 ours 0.940 (score-4 0.930) / bm25 0.703 / hybrid 0.712; P@10 0.964;
  ours − bm25 +0.238 (CI +0.177..+0.304), ours − hybrid +0.228 (+0.171..+0.288); per-profession
  min 0.738 (hospitality; score-4 0.613, administrative, now 0.815; also below 0.85:
  policy_program 0.833, allied_health 0.848); calibration grade-2 ≥ 75 73.3 % (score-4 70.0 %;
  target 90 %: NOT met), grade-0 < 30 96.7 % (96.6 %; met); candidate recall@50 0.996 (min
  0.900); resume family 0.893, resume level 0.821 (unchanged); postings family 0.709 (0.674),
  level 0.817 (0.787) — half A (developed on) family 0.694 → 0.737, level 0.793 → 0.829; half B
  (checked) family 0.654 → 0.680, level 0.781 → 0.805.
* Steps (dev nDCG@10, calibration grade-2 ≥ 75): the function an organizational unit names,
  civil-service titles, commissioner / deputy-chief / art-director and bare trade-title levels
  0.930 → 0.933, 70.0 % → 71.0 % (finance 0.965 → 1.000); a leading head's modifier names the
  function, IT managers are IT infrastructure → 0.936, 72.3 % (administrative 0.613 → 0.691);
  liaisons and outreach, an "assistant" head asks for entry level → 0.940, 73.3 %
  (administrative → 0.815).
* Tried, not kept: reading a word-vote posting title as the person's family when that family
  is among the vote's first two (calibration 71.0 % → 73.5 %, but grade-0 < 30 96.6 % → 95.9 %
  and nDCG 0.933 → 0.922), or only when the posting's text (nearest O*NET description) agrees
  (72.1 %, nDCG 0.931): with 400 embedded characters per posting the text reading is right for
  0.44 of postings, too weak to decide here.
* Why calibration is still short (cause measured with score-5's first step): of the grade-2
  postings below 75, 87 % (275 of 315) are postings whose family we read wrong (so the band
  step places them as adjacent or other), 7 % (21) a level two or more steps from the person's
  (mostly resume or posting level misread); where family and level are read right the band
  step puts them ≥ 75. Posting family accuracy (0.71) remains the ceiling.

Figures (2026-12-05, SCORE_MODEL_VERSION score-4; developed on dev; the test split run once
afterwards by the lead):

* test (24 resumes, once): nDCG@10 ours 0.857 (score-3 0.829) / bm25 0.653 / hybrid 0.683; P@10
  0.900; ours − bm25 +0.204 (CI +0.128..+0.275), ours − hybrid +0.174 (+0.106..+0.236);
  per-profession min 0.067 (skilled_trades: r06, a chief building engineer, score-3 0.188; also
  below 0.85: customer_support 0.573, hospitality 0.640, manufacturing 0.644, public_safety
  0.752, policy_program 0.773, engineering_architecture 0.780); calibration grade-2 ≥ 75 68.3 %
  (score-3 48.8 %; target 90 %: NOT met), grade-0 < 30 96.2 % (met); candidate recall@50 1.000;
  resume family 0.917, resume level 0.708 (score-3 0.458). Targets 0.93 / 0.85 per profession:
  NOT met; the dev gain (+0.044) carried to test in part (+0.028).

* dev (28 resumes): nDCG@10 ours 0.931 / bm25 0.703 / hybrid 0.712; P@10 0.964; ours − bm25
  +0.228 (CI +0.171..+0.289), ours − hybrid +0.219 (+0.165..+0.274); per-profession min 0.620
  (administrative: r40, an executive assistant ranked "Administrative Assistant" postings the
  curator calls entry; also below 0.85: hospitality 0.738, policy_program 0.833,
  allied_health 0.848); calibration grade-2 ≥ 75 70.0 % (target 90 %: NOT met), grade-0 < 30
  96.6 % (met); candidate recall@50 0.996; resume family 0.893, resume level 0.821 (score-3
  0.607); postings family 0.674 (0.596), level 0.787 (0.749) — half A (developed on) family
  0.613 → 0.694, level 0.746 → 0.793; half B (untouched) family 0.579 → 0.654, level 0.753 →
  0.781.
* Steps on dev (nDCG@10, per profession before → after in the commit messages): posting
  families after the published family definitions, generic one-word heads qualified by
  another segment, "A and B <head>", level cues, resume level (career change, job zone ≤ 2),
  resume skills without mentions in passing 0.887 → 0.912 (calibration 45.5 % → 50.6 %);
  scores placed in the band their occupation relation earns (``steps.in_band``) 0.912 → 0.931
  (calibration 50.6 % → 70.0 %, grade-0 < 30 96.7 % → 96.6 %). Per profession score-3 →
  score-4: administrative 0.766 → 0.620, allied_health 0.801 → 0.848, construction 0.726 →
  0.948, design_ux 0.887 → 0.951, finance 0.885 → 0.965, hospitality 0.624 → 0.738, human
  resources 0.838 → 0.894, legal 0.907 → 1.000, logistics 0.765 → 0.869, nursing 0.883 →
  0.974, policy_program 0.757 → 0.833, public_safety 0.948 → 0.864, science_lab 0.758 →
  0.901, software 0.956 → 1.000, data 0.974 → 1.000, engineering 0.954 → 0.927,
  manufacturing 0.956 → 0.958; the rest unchanged (customer_support 0.958, six at 1.000).
* Why calibration alone could not meet the target: on dev the raw (penalized) scores of
  grade-2 and grade-0 postings overlap — 10th percentile of grade-2 10.6 < 95th percentile
  of grade-0 14.9 — so no monotone map puts 90 % of the one ≥ 75 and 95 % of the other < 30.
  With the occupation bands the ceiling is the share of grade-2 postings whose family and
  level we read right (761 of 1,088 = 70 %): posting family accuracy is what limits it.

Figures (2026-12-04, SCORE_MODEL_VERSION score-3; tuned on dev, test run once after the
changes below; the benchmark passes target titles only, so location/work-mode changes do not
show here):

* dev (28 resumes): nDCG@10 ours 0.887 / bm25 0.703 / hybrid 0.712; P@10 0.971; per-profession
  min 0.624 (hospitality; also below 0.85: construction 0.726, policy_program 0.757,
  science_lab 0.758, logistics_supply_chain 0.765, administrative 0.766, allied_health 0.801,
  human_resources 0.838); ours − bm25 +0.185 (CI +0.128..+0.244), ours −
  hybrid +0.176 (+0.122..+0.230); calibration grade-2 ≥ 75 45.5 %, grade-0 < 30 96.7 %;
  resume family 0.893, resume level 0.607. Steps on dev: generic titles get their profession
  (Scientist, Director, Deputy Director, Lab Manager, "X to the Y") 0.825 → 0.847; resume
  level senior only from 10 years without level words 0.847 → 0.871; "Director of
  <function>" reads as the function 0.871 → 0.881; title fit from the person's majority
  family 0.881 → 0.887.
* test (24 resumes, once): nDCG@10 ours 0.829 / bm25 0.653 / hybrid 0.683; P@10 0.904 / 0.812 /
  0.817; per-profession min 0.188 (skilled_trades: r06, a chief building engineer; also below
  0.85: customer_support 0.553, policy_program 0.557, hospitality 0.640, nursing 0.657,
  manufacturing 0.677, public_safety 0.752, engineering_architecture 0.765, science_lab
  0.817); ours − bm25 +0.175 (CI +0.112..+0.242), ours − hybrid +0.145 (+0.092..+0.198);
  calibration grade-2 ≥ 75 48.8 % (NOT met), grade-0 < 30 96.3 % (met); candidate recall@50
  1.000; resume family 0.917, resume level 0.458; posting family 0.596, posting level 0.749.
  Targets 0.93 / 0.85 per profession: NOT met; dev gains mostly did not carry to test.

Earlier figures (score-2):

* dev (28 resumes): nDCG@10 ours 0.825 / bm25 0.703 / hybrid 0.712; P@10 0.911 / 0.832 / 0.832;
  per-profession min 0.517 (policy_program); ours − bm25 +0.122 (CI +0.071..+0.175), ours −
  hybrid +0.113 (+0.066..+0.161); calibration: grade-2 ≥ 75 45.5 %, grade-0 < 30 95.3 %;
  candidate recall@50 0.999.
* test (24 resumes, once): nDCG@10 ours 0.822 / bm25 0.653 / hybrid 0.683; P@10 0.892 / 0.812 /
  0.817; per-profession min 0.385 (skilled_trades; also below 0.85: customer_support 0.473,
  nursing 0.627, policy_program 0.645, hospitality 0.665, manufacturing 0.677, public_safety
  0.696, engineering 0.737, science_lab 0.817, social_work 0.806, data_analysis 0.815);
  ours − bm25 +0.169 (CI +0.114..+0.232), ours − hybrid +0.139 (+0.092..+0.189); calibration:
  grade-2 ≥ 75 49.3 % (target 90 %: NOT met), grade-0 < 30 95.7 % (met); candidate recall@50
  0.999 (min 0.980); resume family accuracy 0.917 (current title), resume level 0.250; posting
  family 0.586, posting level 0.749 (all postings). Targets 0.93 / 0.85 per profession: NOT met.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import re
import time
from collections import defaultdict
from pathlib import Path

import _corpus  # noqa: F401  (sets sys.path)
import numpy as np
from _stated_preferences import meets_stated_preferences

from careercopilot.services.matching.candidates import FAMILY_CANDIDATES

K = 10
#: Characters of each description embedded (the app embeds all of it): on the 2 shared
#: cores, embedding 1,345 full descriptions (~5,000 chunks) takes over an hour; the first
#: 400 characters (one short chunk: the title and the opening lines) keep the run short.
#: Lexical, skills, title and occupation signals read the full text.
EMBED_CHARS = 400
DATA = Path(__file__).resolve().parent / "data" / "issue11"
CACHE = Path(__file__).resolve().parent / ".cache"


def ndcg(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    dcg = sum((2 ** grades.get(key, 0) - 1) / math.log2(i + 2) for i, key in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def precision(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    return sum(1 for key in ranked[:k] if grades.get(key, 0) >= 1) / k


def tokenize(text: str) -> list[str]:
    return re.findall(r"[a-z0-9+#.]+", text.lower())


def paired_bootstrap(diffs, n: int = 10_000, seed: int = 1) -> tuple[float, float]:
    """95 % percentile interval of the mean of per-resume differences, resumes resampled."""
    rnd = np.random.default_rng(seed)
    d = np.asarray(diffs)
    means = d[rnd.integers(0, len(d), size=(n, len(d)))].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def load(split: str):
    """``(postings {id: row}, resumes {id: row} of the split, grades {resume: {posting: grade}})``."""
    postings = {r["id"]: r for r in map(json.loads, (DATA / "postings.jsonl").read_text(encoding="utf-8").splitlines())}
    # a held-back resume set of its own folder (``blind2``: written later by another blind curator,
    # graded against the same postings by the same rule, see its README) or a split of the first set
    folder = DATA / split if (DATA / split / "resumes.jsonl").exists() else DATA
    ids = (None if folder != DATA else set(json.loads((DATA / "split.json").read_text())[split]))
    resumes = {r["id"]: r for r in map(json.loads, (folder / "resumes.jsonl").read_text(encoding="utf-8").splitlines())
               if ids is None or r["id"] in ids}
    grades: dict[str, dict[str, int]] = defaultdict(dict)
    with gzip.open(folder / "grades.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            if g["resume_id"] in resumes:
                grades[g["resume_id"]][g["posting_id"]] = int(g["grade"])
    return postings, resumes, dict(grades)


def to_posting(i: int, r: dict):
    from careercopilot.models import JobPosting

    return JobPosting(id=i + 1, source_type="benchmark", ats_id=r["id"], url=f"https://example.invalid/{r['id']}",
                      title=r["title"][:500], company=(r.get("company") or "Unknown")[:300], company_key="x",
                      dedupe_key=r["id"], location_text=r.get("location") or None, description_text=r["description"],
                      content_hash=r["id"], posted_at=_corpus.NOW, first_seen_at=_corpus.NOW, is_open=True)


def embed(keys: list[str], jp: dict, use_cache: bool) -> dict[str, np.ndarray]:
    """Chunk vectors of every posting, cached in ``benchmarks/.cache`` per model version
    (saved after every batch of 100, so an interrupted run resumes)."""
    from careercopilot.integrations import embeddings as emb
    from careercopilot.services import matching

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"issue11-{re.sub(r'[^A-Za-z0-9.-]', '_', emb.MODEL_VERSION)}.npz"
    got: dict[str, np.ndarray] = {}
    if use_cache and path.exists():
        z = np.load(path, allow_pickle=True)
        got = dict(zip(z["keys"].tolist(), z["chunks"]))
    todo = [k for k in keys if k not in got]
    for i in range(0, len(todo), 100):
        part = todo[i:i + 100]
        short = [jp[k].model_copy(update={"description_text": (jp[k].description_text or "")[:EMBED_CHARS]})
                 for k in part]
        for k, it in zip(part, matching.embed_postings(short)):
            got[k] = it.chunk_vectors
        arr = np.empty(len(got), dtype=object)
        arr[:] = list(got.values())
        np.savez(path, keys=np.array(list(got)), chunks=arr)
        print(f"  embedded {min(i + 100, len(todo))}/{len(todo)}", flush=True)
    return got


def prefs_of(r: dict) -> dict:
    """The resume's stated target titles (the benchmark postings have no normalized places or
    salaries, so location and salary preferences are not passed)."""
    return {"titles": list((r.get("preferences") or {}).get("titles") or [])}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=("dev", "test", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10"))
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--levels", action="store_true",
                    help="print only the split's resume levels read wrong (id, label, read from the text alone, "
                         "read with the target titles, current title) and the level accuracies; no scoring")
    ap.add_argument("--dump", type=Path, default=None,
                    help="write (resume, posting, grade, penalized raw score, score) rows as JSON lines, to fit "
                         "the calibration (steps.SCORE_CALIBRATION) on the dev split")
    args = ap.parse_args()
    from rank_bm25 import BM25Okapi

    from careercopilot.integrations import embeddings as emb
    from careercopilot.normalize.occupations import infer_occupation, infer_posting_level
    from careercopilot.services import matching

    postings, resumes, grades = load(args.split)
    if args.levels:
        print_levels(args.split, resumes)
        return
    keys = list(postings)
    jp = {k: to_posting(i, postings[k]) for i, k in enumerate(keys)}
    t0 = time.perf_counter()
    chunks = embed(keys, jp, not args.no_cache)
    matching.title_vectors([jp[k].title for k in keys])
    docs = np.stack([emb.aggregate(chunks[k]) for k in keys])
    print(f"match quality ({args.split}): model {emb.MODEL_VERSION}, {len(keys)} postings, {len(resumes)} resumes, "
          f"embedded in {time.perf_counter() - t0:.1f}s")
    bm25 = BM25Okapi([tokenize(f"{postings[k]['title']} {postings[k]['description']}") for k in keys])
    rows, fam_of = {}, {}
    calib_hi, calib_lo, calib_level, calib_pref, recall = [], [], [], [], []
    from careercopilot.schemas import SCORE_BANDS

    strong, possible = SCORE_BANDS[0].min_score, SCORE_BANDS[1].min_score
    dump = []
    for rid, r in resumes.items():
        prof = matching.make_profile(r["text"], prefs=prefs_of(r))
        expl = {k: matching.score_posting(prof, jp[k], chunks[k], now=_corpus.NOW) for k in keys}
        scored = {k: e.score for k, e in expl.items()}
        if args.dump:
            dump += [{"resume": rid, "posting": k, "grade": grades[rid].get(k, 0), "raw": e.steps.penalized,
                      "score": e.score, "same_level": postings[k]["level"] == r["level"],
                      "meets_prefs": meets_stated_preferences(r, postings[k], grades[rid].get(k, 0)),
                      "relation": e.occupation_relation, "penalty": e.penalty, "skill_gap": e.steps.skill_gap,
                      "factors": {f.name: f.factor for f in e.penalty_factors},
                      "components": {c: getattr(e, c) for c in ("semantic", "lexical", "title", "skills",
                                                                 "preference", "freshness")}}
                     for k, e in expl.items()]
        ours = sorted(keys, key=lambda k: -scored[k])
        b = bm25.get_scores(tokenize(r["text"]))
        cos = docs @ prof.doc_vector
        norm = lambda x: (x - x.min()) / (x.max() - x.min() + 1e-12)  # noqa: E731
        hyb = 0.5 * norm(b) + 0.5 * norm(cos)
        ranked = {"ours": ours, "bm25": [keys[i] for i in np.argsort(-b, kind="stable")],
                  "hybrid": [keys[i] for i in np.argsort(-hyb, kind="stable")]}
        g = grades[rid]
        rows[rid] = {m: (ndcg(v, g), precision(v, g)) for m, v in ranked.items()}
        fam_of[rid] = r["family"]
        calib_hi += [scored[k] >= strong for k in keys if g.get(k) == 2]
        calib_lo += [scored[k] < possible for k in keys if g.get(k, 0) == 0]
        calib_level += [scored[k] >= strong for k in keys if g.get(k) == 2 and postings[k]["level"] == r["level"]]
        calib_pref += [scored[k] >= strong for k in keys if meets_stated_preferences(r, postings[k], g.get(k, 0))]
        fams = {o.family for o in prof.occupations if o.family}
        cand = {keys[i] for i in np.argsort(-cos)[:matching.REFRESH_CANDIDATES]} | set(
            [k for k in keys if matching.posting_occupation(jp[k]).family in fams][:FAMILY_CANDIDATES])
        recall.append(len(set(ours[:50]) & cand) / 50)
    print(f"\n{'resume':8} {'family':26} {'ours nDCG':>9} {'P@10':>5} {'bm25':>6} {'P@10':>5} {'hybrid':>7} {'P@10':>5}")
    for rid in rows:
        x = rows[rid]
        print(f"{rid:8} {fam_of[rid]:26} {x['ours'][0]:9.3f} {x['ours'][1]:5.2f} {x['bm25'][0]:6.3f} {x['bm25'][1]:5.2f}"
              f" {x['hybrid'][0]:7.3f} {x['hybrid'][1]:5.2f}")
    rids = list(rows)
    arr = {m: np.array([rows[r][m] for r in rids]) for m in ("ours", "bm25", "hybrid")}
    print("\nper profession (mean nDCG@10 over its resumes):")
    per = defaultdict(lambda: defaultdict(list))
    for rid in rids:
        for m in arr:
            per[fam_of[rid]][m].append(rows[rid][m][0])
    mins = {m: min(np.mean(per[f][m]) for f in per) for m in arr}
    for f in sorted(per):
        print(f"  {f:26} ours {np.mean(per[f]['ours']):.3f}  bm25 {np.mean(per[f]['bm25']):.3f}  "
              f"hybrid {np.mean(per[f]['hybrid']):.3f}")
    for m in arr:
        print(f"{m:7} nDCG@10 {arr[m][:, 0].mean():.3f}  P@10 {arr[m][:, 1].mean():.3f}  per-profession min {mins[m]:.3f}")
    for base in ("bm25", "hybrid"):
        d = arr["ours"][:, 0] - arr[base][:, 0]
        lo, hi = paired_bootstrap(d)
        print(f"ours − {base}: nDCG@10 {d.mean():+.3f} (95% CI {lo:+.3f}..{hi:+.3f})")
    print(f"calibration: grade-2 postings scoring ≥ {strong}: {np.mean(calib_hi):.1%} (target ≥ 90%); "
          f"grade-0 postings scoring < {possible}: {np.mean(calib_lo):.1%} (target ≥ 95%)")
    print(f"calibration, issue 11's population (_stated_preferences): grade-2 postings at the resume's labeled "
          f"level scoring ≥ {strong}: {np.mean(calib_level):.1%} of {len(calib_level)}; of those, the ones meeting "
          f"every stated place and pay preference: {np.mean(calib_pref) if calib_pref else float('nan'):.1%} "
          f"of {len(calib_pref)} (target ≥ 90%)")
    if args.dump:
        args.dump.write_text("".join(json.dumps(d) + "\n" for d in dump), encoding="utf-8")
    print(f"candidate stage recall@50 (nearest {matching.REFRESH_CANDIDATES} ∪ own-family postings vs all): {np.mean(recall):.3f} "
          f"(min {np.min(recall):.3f})")
    # occupation + level accuracy
    rf = [infer_occupation((r.get("current_title") or "")[:200]) for r in resumes.values()]
    print(f"resumes: family accuracy {np.mean([o.family == r['family'] for o, r in zip(rf, resumes.values())]):.3f} "
          f"(current title alone), "
          f"{np.mean([matching.make_profile(r['text'], prefs=prefs_of(r)).family == r['family'] for r in resumes.values()]):.3f} "
          f"(the matcher's reading: target titles + resume), "
          f"{np.mean([matching.make_profile(r['text']).family == r['family'] for r in resumes.values()]):.3f} "
          f"(the resume alone, no target titles); level accuracy "
          f"{np.mean([matching.make_profile(r['text']).level == r['level'] for r in resumes.values()]):.3f} "
          f"(from the resume text)")
    pf = [(infer_occupation(p["title"][:200]).family == p["family"],
           infer_posting_level(p["title"], p["description"]) == p["level"],
           matching.posting_occupation_full(jp[k], chunks[k]).family == p["family"]) for k, p in postings.items()]
    print(f"postings (all {len(pf)}, labels shared by both splits): family accuracy {np.mean([a for a, _, _ in pf]):.3f} "
          f"(title alone), {np.mean([c for _, _, c in pf]):.3f} (the matcher's reading: title + description, "
          f"issue 11's ≥ 0.90), level accuracy {np.mean([b for _, b, _ in pf]):.3f}")
    for h in "AB":
        part = [x for x, k in zip(pf, postings) if posting_half(k) == h]
        print(f"  half {h} ({len(part)} postings): family {np.mean([a for a, _, _ in part]):.3f} (title alone), "
              f"{np.mean([c for _, _, c in part]):.3f} (matcher), level {np.mean([b for _, b, _ in part]):.3f}")


def print_levels(split: str, resumes: dict) -> None:
    """``--levels``: each resume whose level the matcher reads wrong — from the text alone (as
    the "level accuracy (from the resume text)" figure) or with the stated target titles (as
    in scoring) — as ``id, label, read, read with targets, current title``; then both
    accuracies. Reads ``matching.profile.read_person`` without embedding anything."""
    from careercopilot.services.matching.profile import read_person
    from careercopilot.services.matching.signals import _resume_titles

    alone = with_targets = 0
    print(f"{'resume':7} {'label':9} {'read':9} {'+targets':9} current title")
    for rid, r in resumes.items():
        recent = _resume_titles(r["text"])
        lv = read_person([], recent, r["text"], None)[2]
        lt = read_person(prefs_of(r)["titles"], recent, r["text"], None)[2]
        alone, with_targets = alone + (lv == r["level"]), with_targets + (lt == r["level"])
        if lv != r["level"] or lt != r["level"]:
            print(f"{rid:7} {r['level']:9} {lv or '-':9} {lt or '-':9} {r.get('current_title') or ''}")
    print(f"resume level accuracy ({split}, {len(resumes)}): {alone / len(resumes):.3f} from the text alone, "
          f"{with_targets / len(resumes):.3f} with the target titles")


def posting_half(posting_id: str) -> str:
    """"A" or "B": a stable split of the postings by SHA-256 of their id (even → A). The
    occupation rules of score-4 were developed on half A's confusions; half B was measured
    only before and after."""
    return "A" if int(hashlib.sha256(posting_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


if __name__ == "__main__":
    main()
