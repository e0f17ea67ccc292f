"""The grounding checker on the BLIND sets: resumes and sentences written by curators who never
saw the checker (tests/fixtures/writing/grounding_blind*/; provenance in each README).

Issue 12's targets are recall >= 0.95 for every kind and false flags <= 5 % of supported
sentences. Each set was first run once as a test; its misses then became development data, so
these floors guard against regressions and say nothing about generalisation — that is measured
by the next set's one run (figures in each set's README and in the writing README section):

* ``grounding_blind`` (8 resumes, 308 sentences): test split run once in session 3 (false flags
  6.5 %, date 0.75, employer/tool 0.83 …); now every kind 24/24 and 0/92 false flags.
* ``grounding_blind2`` (8 resumes of other professions, 312 sentences): run once in session 6
  after the set-1 work: employer 0.75, date 0.83, title/scale 0.92, false flags 20/96 (20.8 %);
  after the mechanisms its misses showed: certification/degree/date/title 23/24, the rest 24/24,
  false flags 3/96 (3.1 %).
* ``grounding_blind3`` (8 more professions, 312 sentences): run once after sets 1–2 were development
  data: recall 0.88–0.96 per kind (degree, scale, title 21/24), false flags 17/96 (17.7 %) — targets
  not met on unseen text; then development data too: degree/title 22/24, the rest 23/24, 4/96.
* ``grounding_blind4`` (8 more professions): run once after sets 1–3: recall 0.88–1.00 per kind
  (date 21/24, degree 22/24), false flags 20/96 (20.8 %); then development data: 3/96.
* ``grounding_blind5`` (8 more professions): run once after sets 1–4: recall 0.83–1.00 (employer
  20/24, date and scale 21/24), false flags 16/96 (16.7 %); then development data (rates restated per
  period, sentence-initial capitals, credential names with title words): 5/96.
* ``grounding_blind6`` (8 more professions): run once after sets 1–5: recall 0.75–1.00 (employer
  18/24, degree 21/24), false flags 13/96 (13.5 %); then development data (session 7, all six sets):
  certification/date/scale 23/24, the rest 24/24, 1/96.

Session 7 (all six sets as development data; mechanisms in test_grounding_mechanisms.py): false flags
0/2/4/3/5/13 → 0/1/3/1/1/1 per set (27 → 7 of 576), misses 45 → 15 of 1,296.

* ``grounding_blind7`` (8 more professions): run once after that work: inflated scale 11/24, title
  18/24, numbers 22/24, contact/tool 23/24, the rest 24/24; false flags 17/96 (17.7 %) — targets not
  met on unseen text (scale claims without a number, "all/every/entire …", and title synonyms are
  the weak kinds; organisations named in non-employer roles the main false flag).

Session 8 (sets 1–6 still the development data; set 7 not opened): scope claims without a number,
whose titles, title synonyms and organisations in non-employer roles rebuilt from tables of variants
written for ``test_grounding_variants.py``; on sets 1–6 inflated scale 23 → 24 of 24 in set 6 (the
rest unchanged), false flags unchanged at 0/1/3/1/1/1 (7 of 576).

* ``grounding_blind8`` (24 resumes of 24 professions in 15 countries, 345 sentences, its own mix of kinds
  incl. invented achievements and derived figures in supported sentences): run once after the session-8
  work: caught 125/153 — certification 8/9, contact 6/6, date 10/17, degree 8/8, employer 12/12,
  inflated scale 18/26, numbers 25/27, invented achievements 6/11, title 22/26, tool 10/11; false flags
  18/192 (9.4 %) — targets not met on unseen text (durations "four years at X", scope "entire/all/every
  …" claims, invented achievements; derived figures and organisations in non-employer roles flagged).

Session 9 (sets 1–8 the development data; set 9 curated blind this session and not opened before its
run): duration claims (``durations.py``) and number forms (shares in words, currency prefixes, unit
abbreviations, "top-3"/"#61", graded names) rebuilt from tables of variants; on set 8 date 10 → 15 of 17
and false flags 18 → 8, sets 1–7 unchanged.

* ``grounding_blind9`` (20 resumes of 20 professions in 19 countries, 300 sentences, 71 of them about
  durations or start dates): run once after the session-9 work: caught 107/135 — certification 13/15,
  contact 5/5, date 19/26, degree 9/13, employer 4/9, inflated scale 12/18, numbers 15/16, invented
  achievements 6/9, title 9/9, tool 15/15; false flags 21/165 (12.7 %) — targets not met on unseen text
  (scoped durations "as a licensed P.Eng." and "a decade of industry experience", employers named for work
  done elsewhere, degrees from another school; "three and a half years", currency codes "CAD 84
  million"/"₦9.5 billion" and school abbreviations flagged).

Session 10 (sets 1–9 the development data; set 10 curated blind, not opened): totality claims over any
object (``totality.py``: "the entire benefits program", "all 38 stores"), before/after pairs
(``changes.py``), degree honours (``honours.py``), achievements (``achievements.py``: launched, won,
first author, into production), O*NET profession heads and more lower-case title cues, duration
binding (the employer alone, the role before it, "a full year"), FY years, ISO month ranges and
initialisms across languages — each a table of variants (``test_grounding_totality.py``,
``test_grounding_changes.py``, ``test_grounding_achievements.py``, ``test_grounding_stays_and_heads.py``).
Work placed at the wrong employer (``attribution.py``), degree spans (firms named "Associates", fields in
parentheses or after "majoring in"), seasonal date ranges, names spelled out from the resume's initials and compound
vague magnitudes ("tens of thousands") followed. Caught 1,714 → 1,766 of 1,800 over sets 1–9; false flags
42 → 30 of 1,025 supported sentences.

* ``grounding_blind10`` (20 resumes of 20 professions in 20 countries, 300 sentences): run once after the
  session-10 work: caught 89/135 (certification 10/17, date 11/21, employer 3/9, inflated scale 12/17,
  invented achievements 2/12, title 6/12; contact, numbers, tool all caught), false flags 32/165 = 19.4 %.
  The checker as the session began: 75/135 caught, 30 false flags — the session's mechanisms carried
  recall to unseen text (+14) but not precision; the targets (≥ 0.95 per kind, ≤ 5 %) are far off.

Session 11 (sets 1–10 the development data; set 11 curated blind, not opened): history dates in
international forms ("01.03.2021", "2016/09", "2012.04 ~ present", "09.2017", "1 April 2022", "to date",
"- since March 2016") and the shapes around them (date-first tables, roles indented under an employer
heading, nested dated bullets), durations of a role ("I have been a site manager for over twelve years"),
credentials the resume names as pending claimed as held (``status.py``), a part in a result raised a step
(``upgrades.py``: sole inventor, principal investigator, led, ranked first), lower-case titles after "I am"
with uniformed ranks, model tokens and lower ranks ("an A320 captain", "an associate professor"), degrees with
a parenthesis before their field, and derived figures (rounding, either base, a group's parts, "N of my M") — each a
table of variants (``test_grounding_date_forms.py``, ``test_grounding_role_durations.py``,
``test_grounding_credential_status.py``, ``test_grounding_upgrades.py``, ``test_grounding_copula_titles.py``,
``test_grounding_degree_forms.py``, ``test_grounding_derived_figures.py``). Set 10: caught 89 → 116 of 135, false flags 32 → 14 of 165 (8.5 %);
set 7 inflated scale 21 → 23; set 3 false flags 3 → 2; every other set unchanged.

* ``grounding_blind11`` (20 resumes of 20 professions in 20 countries, 11 of them non-English-speaking with
  their own number and date formats, four CVs partly in French, Portuguese, Spanish or Swedish; 300
  sentences): run once after the session-11 work (international history dates, role durations, pending
  credentials, raised parts, degree parentheses, derived figures): caught 101/135 (certification 10/15,
  date 15/21, employer 6/9, inflated scale 8/15, invented achievements 5/13; contact, tool all caught),
  false flags 56/165 = 33.9 %. The checker of the session's start: 98/135, 61 false flags. Most false
  flags are figures and amounts the resume states in its own locale ("€3,9 Mio.", "1.150", "CHF
  14'600'000", "Rp 186 miliar"), dates in the CV's language and schools named as employers.

Session 12 (set 11 development data): the resume's locale figures, dates and language names read in English
form (``locale_forms.py``), accents folded in name lookups, figures as attribution and year evidence; set 11
caught 101 -> 103, false flags 56 -> 26; set 8 false flags 7 -> 6; the rest unchanged
(``test_grounding_locale_forms.py``, ``test_grounding_foreign_cvs.py``).

Session 12, second pass (sets 1–11 development data; every false flag and miss of sets 1–11 printed and
grouped by mechanism): ratios of counts ("nine in ten"), upper bounds ("under 30%"), rounding at a figure's
own last digit ("almost five points" for 4.7), signed changes, "CAD 1.9 M", "200A", "CGPA 8.7/10", counts under
another noun on a line about the same fact, lists ending "and a …" and "team:" groups
(``test_grounding_number_words.py``); institution names in their English form ("University of Gothenburg" for
"Göteborgs universitet", "UoN", "PolyU", "Tec de Monterrey": ``test_grounding_school_names.py``); amounts in
another currency flagged (``test_grounding_currencies.py``); credentials spelled out from their initials and
titles inside a credential's name (``test_grounding_credential_initials.py``); one date-range pattern with the
resume parser (``test_grounding_date_ranges_shared.py``). False flags over sets 1–11 68 -> 49 (set 11 26 -> 16,
set 10 14 -> 11, sets 7/8/9 10/6/6 -> 8/3/5), caught unchanged at 1,987 of 2,070.

* ``grounding_blind12`` (20 resumes of 20 professions in 20 countries, 15 of them non-English-speaking: Polish,
  Japanese, Korean, Vietnamese, Turkish, Nordic, Czech, Portuguese and Spanish number, currency and date forms
  such as "96,4 mln zł", "¥3,800万", "₩12億", "7,2 tỷ đồng", "RM 412 juta", "2019年4月 – 現在", "marts 2019 – nu",
  native-script school names; 300 sentences): run once after all the session-12 work: caught 112/135
  (date 12/21, invented achievements 8/13, title 11/13, numbers 13/15, inflated scale 13/15), false flags
  59/165 = 35.8 %. The checker of the session's start: 113/135, 60 false flags — the session's mechanisms,
  built on sets 1–11, moved nothing on this set. Its false flags: employers 25 (places, bodies, native
  names and "RM412" read as employers), numbers 17 (derived differences in words: "a gain of seventeen
  points", "nearly 80%"), scale 11 (amounts the resume gives in its own magnitude words: 万, 億, tỷ, juta,
  mln), dates 10 ("since March 2019" against dates in the CV's language). The locale forms of languages the
  development sets never had are the main gap: a per-language table does not generalise; a library reading
  dates and numbers in any locale (``dateparser``, ``babel``: both in this machine's package index) is the
  next step.

Session 13 (set 12 development data): locale words from library data instead of per-language tables —
month names of any language (dateparser's CLDR data, a name of two months taking the document's language),
the CV's own word for "present" (dateparser's "now" words, or any lower-case word ending a range), magnitude
words from CLDR compact decimal patterns via babel (万, 億, 억, tỷ, triệu, milyon, milj., bilion) and
currencies by their CLDR names; institution names in the CV's language matched by cognates of common English
words (wordfreq), amounts glued to a currency's letters ("RM412 million"), registrations with a professional
body, differences after "a gain/drop of", raised ranks ("principal" for "Senior"), employer headings over
role blocks, count nouns in the CV's language ("bottles" for "bottiglie") (``test_grounding_locale_library.py``).
Set 12: caught 112 -> 114 (date 12 -> 14), false flags 59 -> 23 of 165; set 11 false flags 16 -> 15; sets 1–10 unchanged.

* ``grounding_blind13`` (20 resumes of 20 professions in 20 countries not in set 12, 15 non-English-speaking:
  Brazil, Indonesia, Thailand (Buddhist-era years), Germany, France, Netherlands, Sweden, Greece, Romania,
  Hungary, Ukraine, Israel, Saudi Arabia (a Hijri year), Mexico, Morocco, also India (crore, 1,20,000
  grouping), Kenya, Nigeria, Philippines, South Africa; 300 sentences): run once after the session-13 work
  above: caught 110/135 (date 12/21, certification 10/15, inflated scale 10/15, title 9/13), false flags
  44/165 = 26.7 % (set 12's first run: 35.8 %). Sentences falsely flagged, by flag kind (one may
  have several): dates and years 14 ("since March 2019", "between 2021 and 2025"), titles 8 (a stated title
  in other words: "senior exploration geologist"), numbers 8 (durations and differences in words), tools 7
  (language and body names: "Ukrainian", "Ministry"), employers 7, degrees 6.

Session 14 (set 13 development data; its false flags printed and grouped by mechanism): years of other calendars
(Buddhist era in a CV that writes it, marked Hijri years), Thai month abbreviations with inner dots, history headers
opening with "since <date>", Hungarian year-first dates, native names and titles glossed once in English held where
they recur, languages named in the CV's own words (babel's CLDR names), changes between two figures of a line in the
CV's language (tied by the line's years, cognates or an initialism), wrapped bullets, degrees of the CV's language
named in English and bodies glued to a participle ("PMI-certified") (``test_grounding_calendars_and_glosses.py``).
Set 13 false flags 44 -> 22, set 12 23 -> 22, set 11 15 -> 14; caught unchanged on every set.

Session 15 (sets 1–13 development data; every false flag and miss of sets 11–13 printed and grouped by mechanism):
job titles given in English for a header in the CV's language, matched by cognates, consonant skeletons and
compound heads with every rank word kept ("maintenance methods engineer" / "Ingénieur méthodes maintenance"),
countries named in the CV's language or by ISO code (babel's CLDR territory names), taxonomy skills inside a body's
name no tools ("Ministry of Health", "Czech Chamber of …"), names reordered around "of", title-shaped phrases
glossing the resume's initials ("Authorized Economic Operator (OEA)"), metric unit symbols ("ha", "hl", "GW"), a
figure's noun in the CV's language, careers measured from their start ("since finishing my degree at X",
", beginning with my apprenticeship in 2007"), leading work without a title measured on the leading headers ("led
the agronomy team for more than seven years"), organisations the resume names only as an employer's relative
("sister company of X", "client: X") flagged as employers, "as COO of X for N years" bound to X, lower-case
titles after "was promoted to" / "the company's", "senior" added to a held title, "Level I — passed" as pending
(``test_grounding_translated_names.py``). Set 13 caught 110 -> 121 (date 12 -> 18, title 9 -> 13, certification
10 -> 11), false flags 22 -> 15; set 12 false flags 22 -> 20; set 11 14 -> 13; sets 1–10 unchanged.

* ``grounding_blind14`` (20 resumes of 20 professions in 20 countries not in sets 12–13, 16 non-English-speaking:
  Italy, Spain, Portugal, Poland, Czechia, Turkey, Egypt, Vietnam, Japan (era dates), South Korea (만), China
  (亿/万), Chile, Argentina, Colombia, Finland, Norway, also Pakistan, Bangladesh (crore), Malaysia, Ghana; 300
  sentences, 82 about durations or start dates): run once after the session-15 work: caught 118/135 (date 11/21,
  certification 12/15, inflated scale 13/15, numbers 14/15, invented achievements 12/13; contact, degree,
  employer, title, tool all caught), false flags 49/165 = 29.7 % (set 13's first run: 26.7 %). The session's
  mechanisms raised recall on unseen text (set 13's first run: 110/135) but not precision. Sentences falsely
  flagged, by flag kind (one may have several): degrees 14 (a degree named in English for one in the CV's
  language), dates 13 (durations at one employer or in one role "for more than N years", start dates; 9 of the
  10 missed dates are the same shape), employers 13 (schools, bar associations and agencies read as employers),
  titles 9 (a held title in other words), numbers 8 (figures derived in words: "about two-thirds", "six
  percentage points"), certifications 4, scale 3, tools 1.

* ``grounding_blind15`` (20 resumes of 20 professions in 20 countries not in sets 13–14: Greece, Serbia, Ukraine,
  Israel, Iran (Solar Hijri dates), India, Indonesia, Philippines, Thailand (Buddhist-era dates), Kenya, Nigeria,
  South Africa, Morocco, Brazil, Mexico, Peru, Germany, Netherlands, Sweden, Hungary; 300 sentences, 81 about
  durations or start dates): run once after the session-17 work (ground17: figures derived from one line, titles
  in other words, bodies by their initials): caught 117/135 (certification 10/15, other_fabrication 8/13, degree
  11/13, date 18/21; employer, title, tool all caught), false flags 52/165 = 31.5 % (set 14's first run 29.7 %).
  Precision on unseen CVs did not improve. Sentences falsely flagged, by flag kind: dates 19 (nearly all
  "with/at <employer> for more than N years" — the shape set 14 showed, on CVs with other date forms), employers
  15 (place names, ship names, registers, chambers and regulators read as employers), numbers 13 (shares and
  multiples in words: "three-fifths", "two and a half times", "more than 80 %" of a before/after pair), degrees 3.

Session 15, second pass (set 14 development data; its 49 false flags and 17 misses printed and grouped by mechanism):
degrees the resume names by a national degree name ("Lisans", "Yüksek Lisans", "Ing.", "Magister inżynier",
"maisteri", "Bachelor i", "Grado en", "Cử nhân", 学士/학사/硕士) with a field no reading here parses take a field in
English as its translation (a field read in English form, "Mestrado em Fitotecnia", keeps its cognate check), the level
and the school still checked (each distinctive word of the school on the entry or a cognate, an entry in another script
unread), and that school named in English is no employer; MSS/BSS/MPhil, "part-time" after a field, "Associate of the
Chartered Institute …" no degree (``test_grounding_native_degrees.py``); open ranges written with the CV's words ("da
marzo 2019 a oggi", "od 06/2018 dosud", "2021.03 ~ 현재"), one role's duration without an article ("I have been head
brewer for …") and leading work of any object measured on the leading headers ("directed the clinic", "led quality at
X") (``test_grounding_worded_ranges.py``). Set 14 caught 118 -> 124 (date 11 -> 17), false flags 49 -> 32; set 13
false flags 15 -> 14, set 12 20 -> 19; the rest unchanged. Left on set 14: titles in
other words ("lead teacher", "site manager", "senior associate"), figures derived in words ("about two-thirds", "six
percentage points"), fields in English for a Romance field without a cognate ("business law" / "Derecho
Empresario"), product names and bodies read as employers ("Fuji NXT III SMT", "Buenos Aires Bar", "EE. UU."),
durations of roles held under headers in another script (Vietnamese, Japanese, Chinese).

Session 16 (ground17; sets 1–14 development data, every false flag and miss printed and grouped by mechanism): figures
derived from one line (``derivations.py``: a line's amount in another metric unit, "2 x 9,4 km" and "410.000 sacos de
70 kg" as products, a part named with the line's "of which" word in its language, lines in another script tied by
their figures alone, a shared initialism, a difference in its operands' unit); held titles in other words (one-word
titles by cognate, a table of title words without a shared root sourced from ESCO labels, ``title_words.py``; a rank
head that is the mention's own word, "Asociada Senior"; the tail of an English gloss; "AS" after a company's name no
degree; a translated title's duration measured on its header); bodies the resume gives by their initials named in
English with them ("the Buenos Aires Bar (CPACF)") and names made of model codes on one line ("Fuji NXT III SMT")
(``test_grounding_other_words.py``). Set 14 caught 124 -> 125 (date 17 -> 18), false flags 32 -> 19 (11.5 %); sets
1–13 unchanged. Left on set 14 (19): credentials named in a local form ("CAAM aircraft maintenance engineer licence",
"Mattilsynet-approved …", "ACLS provider") 4, amounts in yuan read as scale 2, degree fields without a cognate 2,
years of a line's figures 2, "head of quality" for "Jefe de Calidad" (a title word with its object), "lead teacher"
for "Vastuuopettaja", a school named for a degree "Abogada", "EE. UU.", "Finnish National Agency", "Turkish lira",
a stay under a Vietnamese header, a career start as a translated title, fiscal-year figures.

Session 18 (ground18; set 15 development data, its 52 false flags and 18 misses and those of sets 13–14 printed and
grouped by mechanism): roles written after the first role's bullets (or on the next line) without their employer's line
keep the employer heading above the first role when that heading is no section title (``context.entries``: "with/at
<employer> for N years" counts them — 16 of the 19 date false flags, whatever the CV's date forms); percentages with a
space before the sign ("30 %"); multiples ("roughly two and a half times"), shares in words next to their whole
("three-fifths of the 68 km") and lines in the CV's language tied to a sentence by a figure stated exactly or
approximately, never under a bound ("almost nine percentage points" for "21,4 % → 12,6 %"; "more than 10%" stays
flagged); "one of my native languages" no count (``test_grounding_set15_forms.py``). Set 15 false flags 52 -> 28
(dates 19 -> 3, numbers 13 -> 5), caught 117 unchanged; sets 1–14 unchanged (13: 121 caught / 14 false flags, 14:
125 / 19). Left on set 15 (28): places, ships, registers, chambers, programmes and regulators read as employers (15:
"Perama", "Vrbas", "Asteri tou Aigaiou", "ECSA", "Nuremberg Chamber of Tax Advisers", "National Register of
Archaeologists", "Annex 24"; names given in the CV's script or a longer form: "Mlekara Bačka Polja", "Podillia
Agroinvest", "Galil-Carmel Medical Center", "Instituto Renascer"), degrees in English for a native one (3), titles in
English (2), "fell by nine days" for "reduzido de 31 para 22 dias" (a difference of counts on a line in the CV's
language is not tied by its figure alone: "by 23 minutes" for another time), "7,200 kW each" (a per-item quotient of plain figures), "three-fifths of our 18,400
hectares" (part and whole on two lines), "16,000 sessions a year" for "1.350
atendimentos/mês" (a period written "/mês"), "roughly 14,000 customs entries (pedimentos)" (a unit glossed in
parentheses), credentials in other words (2), "since September 2020"/"since 2014" on a Swedish CV, "nearly fourteen
years" as an electrical engineer.

A sentence counts as caught when it gets any flag (the flag's kind may differ: an invented
credential can be flagged as a title); a supported sentence is a false flag when it gets any flag.

* ``grounding_blind16`` (20 resumes of 20 professions in 20 countries not in set 15: Poland, Czech Republic,
  Romania, Turkey, Egypt, Japan, South Korea, Vietnam, Argentina, Chile, France, Italy, Spain, Finland, UK,
  Ireland, Australia, Canada, New Zealand, Ghana; 300 sentences, 81 about durations or start dates): run once
  after the session-18 work (ground18): caught 113/135 (date 13/21, title 9/13, certification and inflated scale
  12/15, other_fabrication 10/13, degree 12/13; contact, employer, numbers, tool all caught), false flags
  24/165 = 14.5 % (sets 14 and 15 first runs 29.7 % and 31.5 %). Flag kinds: employers 9 (schools, institutes,
  a professional order, a regulator, a decree, a standard read as employers), scale 4 ("across two depots",
  currency amounts in yen/VND), numbers 3, dates 3, the rest 1–2 each. Misses: durations scoped to a role
  ("in a senior design role", "the producer role", "managed the fleet"), titles in another language
  ("proviseure") or rung ("captain"), audit/instructor credentials.

Session 19 (ground19; sets 15–16 development data, their employer false flags grouped by role): organisations in
non-employer roles and employers in another form of the CV's line — registers by their initials after "registered
as a <title> with", bodies and schools in English whose place is an exonym inside a translation ("Order of Architects
of Florence"), numbered laws, annexes and levels ("Legislative Decree 81/08" for "D.Lgs. 81/08"), names in another
script romanised with ``anyascii`` ("Perama", "Podillia Agroinvest"; a shared figure ties a line in another script in
attribution), middle words dropped ("Instituto Renascer"), "&" bodies by their initials, open ends glossed ("nyt
(now)") (``test_grounding_body_roles.py``). False flags: set 15 28 -> 18, set 16 24 -> 16; sets 13–14 14/19 unchanged,
caught unchanged on every set. Left: "Silesian University of Technology" (no cognate for "Politechnika Śląska"),
"Nuremberg Chamber of Tax Advisers" (a German compound), "Flood Protection Programme", "University of Piraeus" in
Greek, "Halytskyi Kvartal" (another romanisation: г as h), ministries' names in English.

Session 20 (ground20, recall; sets 14–16 development data, their misses printed and grouped by kind): durations scoped to
a role named by its noun ("in a senior design role", "held the producer role"), after its owner ("the winery's
winemaker"), a field before the duration ("worked in revenue management", over the whole stay at an employer naming it)
and leading work measured on the header naming what was led ("managed the fleet", "led Collège X", "led the SOC"; a
deputy's line leads nothing; "Trưởng nhóm" leads) (``test_grounding_role_scope.py``); credentials of a role — auditor,
assessor, instructor, examiner under a scheme, with their tier words, lapses and training-only lines
(``credential_roles.py``, ``test_grounding_credential_roles.py``); titles one rung up or in another language ("chief
winemaker", "a captain", "proviseure", "… and practice leader": ``test_grounding_title_rungs.py``); a degree's dated
entry no workplace (``test_grounding_study_entries.py``). Caught: set 16 113 -> 127 (date 13 -> 20, title 9 -> 13,
certification 12 -> 15), set 15 117 -> 120, set 14 125 -> 127, set 13 121 -> 123, set 11 103 -> 104; false flags
unchanged on every set. Left: a role's start year ("became head brewer in 2014" for "Sládek 03/2014"), durations
under date-first Japanese headers (no history entry read), "intensive care" for an "ICU" header, "the coordinating
role" for "Samordnande barnmorska", scale and invented achievements.

* ``grounding_blind17`` (20 resumes, 14 from the US, professions and countries apart from set 16): run once after
  session 20 (ground20/ground21): caught 126/135 (date 16/21, inflated scale 13/15, certification and tool 14/15),
  false flags 13/165 = 7.9 %.

Session 21 (ground22, recall; set 17 development data, its misses and their kind in sets 11–16 grouped by mechanism):
durations whose scope no header names word for word — a role with a domain word ("a hotel general manager" for
"General Manager"), leadership roles of a field ("nursing leadership roles"), an office ("chaired the department"), an
activity ("been delivering for app platforms"), a section of the history ("civilian warehouse management" under
"CIVILIAN EXPERIENCE") (``duration_scopes.py``); a role's own start year ("became head brewer in 2014",
``role_starts.py``); Japanese era and Minguo years ("令和3年4月 (2021年4月) – 現在", ``era_dates.py``), an earlier entry
whose title no English word reads widening a career claim; exams not taken ("CRME exam not taken", ``status.py``);
products by their trade-mark spelling ("hyperMILL", ``product_names.py``); reach over several units ("a portfolio of
Nevada resorts", ``plural_reach.py``), a figure "across every …" and work for every one of a whole ("I review every
medication order", ``totality.py``) (``test_grounding_role_families.py``, ``test_grounding_unheard_names.py``). Set 17
caught 126 -> 135 of 135; sets 10–16 +1/+2/+4/+2/+1/0/+3; sets 1–9 unchanged; false flags unchanged on every set
(121 over all 17 sets); caught 2,725 -> 2,747 over all sets. Left: fields of experience ("N years of intensive care
nursing experience" for an "ICU" header), credential-holding durations ("a licensed P.Eng. for …", "an ICAN chartered
accountant for …"), a start stated inside a longer range ("promoted to lead line cook in 2018" under "Line Cook, then
Lead Line Cook - 2016 to 2021": tried, five new false flags on sets 2–12, left out).

Session 21 (ground23, false flags; set 17 development data): titles in their other word order ("Nursing Director" for
"Director of Nursing", ``title_order.py``), a degree's concentration, credential-holder adjectives ("IAED-certified",
"CAIIB-qualified"), standards shaped like organisations ("NG911", "the ISPS Code", ``standards.py``), a school's initials
that are also a credential ("the CIA"), Indian magnitudes, compound number words ("twenty-one years"), "ago/2014 – atual"
and glossed open starts ("sinds maart 2020 (since March 2020)") (``test_grounding_set17_forms.py``): set 17 13 -> 2,
set 16 10 -> 9, every other set and every recall floor unchanged.

* ``grounding_blind18`` (20 resumes, 12 from the US in states apart from set 17, 8 from Japan, Mexico, the
  Philippines, Nigeria, Poland, Sweden, Portugal and Québec; professions apart from set 17): run on the code before
  session 21's grounding work as the "before" figure (caught 126/135, date 15/21, false flags 7/165 = 4.2 %), then once
  after ground22/ground23 — nothing was developed on it in between: caught 127/135 (94.1 %; date 16/21, certification
  14/15, title 12/13, other fabrication 12/13, the rest complete), false flags 6/165 = 3.6 %. Misses: durations of a
  title held ("a lead PTA for more than eight years", "an HR manager for more than seven years", "licensed as a
  clinical social worker", "held my Inspection Authorization", "led the microbiology laboratory"), "I hold the
  SHRM-SCP", a newspaper's "investigations editor", an invented ransomware recovery. False flags: "the Southern and
  Eastern Districts of New York" as employers, "nearly in half", "a social worker for more than thirteen years,
  beginning in child welfare", "BSBA in financial management from PUP", "the Academy of Fine Arts in Kraków", litres
  per kilometre. The floors below are that run's figures.

Session 22 (ground33, false flags; sets 1–18 development data, set 18's six false flags and those of sets 7–17 grouped by
kind): courts and agencies in citation form ("S.D.N.Y.", "D. Minn.", two districts under one plural head), a role the
resume writes with its body on one line, careers measured from a start the sentence names (", beginning in child
welfare", ", starting as a paralegal in 2013", ", going back to January 2017"), "nearly in half" against the line's change,
"one in four years" no ratio, school initials over "of the" ("PUP"), a BSBA's major, litres per mil per kilometre,
mixed-case initials ("MoH"), an initialism glossed in apposition, countries by the initials of their name in the CV's
language ("ABD", "EE. UU."), a title or year bound to its own clause, a profession practised from its entry rank, a
per-item figure of the sentence's own total and count, a difference tied to its line by a model code
(``test_grounding_set18_forms.py``): false flags 115 -> 94 over all sets (18: 6 -> 1, 7: 8 -> 4, 12: 15 -> 13, 13:
14 -> 12, 14: 15 -> 13, 15: 14 -> 12, 10: 11 -> 9, 16/17: -1 each), caught unchanged on every set (2,874 of 3,015).

* ``grounding_blind19`` (20 resumes, 12 from the US in states apart from set 18 — Texas, Illinois, Ohio, Pennsylvania,
  Washington, Colorado, Arizona, Oregon, Minnesota, North Carolina, Maryland, Louisiana — and 8 from South Korea, India,
  Brazil, Germany, Kenya, Italy, the Netherlands and Chile; professions apart from set 18; durations of titles and
  licences held without an employer, hyphenated credentials, courts, agencies and districts as employers, ratios per
  unit, fractions): run on the code as session 22 began (caught 126/135, date 14/21, false flags 17/165 = 10.3 %), then
  once after ground32/ground33/writer34 — nothing was developed on it in between: caught 130/135 (96.3 %; date 17/21,
  numbers 14/15, the rest complete), false flags 17/165 = 10.3 % (unchanged). Misses: "a senior engineer at the
  authority", "led the IV room team", "a chief operator", "a site lead" for N years; "$1.3 million to $4.4 million".
  False flags: a court's number ("County Court at Law No. 2"), careers in a field or licence ("in respiratory care",
  "environmental compliance", "the semiconductor industry", "a licensed Texas court reporter", "an inspector with the
  Puget Sound Clean Water Agency"), a master's named by its field, "as a consultant", "the lead technician in our IV
  room", "nearly in half" (94 to 51 days), "by more than two-thirds", per-unit figures ("38 to 26 milligrams per liter",
  "fourteen hours to nine per 1,000 wafers"), "the Dutch ir. title", "the Chilean professional title". The floors below
  are that run's figures. Session 23 (development data since): false flags 17 -> 0, caught 130 -> 135 (ground38,
  ground39); over all sets 1–19 caught 3,032 -> 3,037 of 3,150, false flags 111 -> 91 of 2,675 (set 9: 4 -> 3, 10:
  9 -> 8, 16: 8 -> 7).

* ``grounding_blind20`` (20 resumes, 12 from the US in states apart from set 19 — Georgia, Michigan, Wisconsin,
  Massachusetts, New York, Florida, Tennessee, Missouri, Virginia, Kentucky, Utah, Nevada — and 8 from Poland, Spain,
  Ireland, Mexico, Turkey, Australia, the Philippines and Vietnam; professions apart from set 19; durations of a title
  held across employers, licences held without an employer, money ranges, per-unit figures and fractions,
  consultants, contractors and locums, promotions inside one employer, employers renamed or acquired): run on the
  code as session 23 began (caught 127/135, false flags 11/165 = 6.7 %), then once after ground38/ground39/ground48/
  writer40/tailor46 — nothing was developed on it in between: caught **125/135** (date 19 -> 17: "lead tool and die
  maker for more than nine years" now counts the journeyman years before the lead title, "a funeral director and
  embalmer at the firm … before becoming manager" the later "Funeral Director in Charge" — both from the session's
  duration rules, which let a title's span reach entries sharing its words), false flags 11/165 (unchanged; a licence
  held "in Poland", "nationally certified", a field career as an interpreter, a promotion chain at one employer, a
  university read as an employer, a place in a before/after claim, one's own practice read as scale). Misses also:
  products of aviation/wine software (AMOS, TRAX, Winegest), "a licensed property valuer", per-unit claims stretched
  to "every winery"/"all shrimp farms", a co-authored guide. Then (development data): a title with "and" in it is one
  title when the history holds it as written (``durations._roles_span``, ``test_grounding_and_titles.py``): caught
  125 -> 127 (date 19/21), false flags unchanged, no other set changed; the floors below are these figures.

* ``grounding_blind21`` (20 resumes, 12 from the US in states apart from set 20 — Oregon, Colorado, Arizona,
  Minnesota, Iowa, Louisiana, Maine, Alaska, New Mexico, Ohio, North Carolina, Texas — and 8 from Germany, Brazil,
  India, Kenya, Japan, Norway, South Africa and Chile; trades rarely seen: line-clearance arborist, ski patrol snow
  safety, court reporter, elevator mechanic, crop adjuster, commercial diver, boatbuilder, water plant operator,
  prosthetist, locksmith, apiary inspector, perfusionist, chimney sweep, coffee grader, diamond grader, safari guide,
  care worker, offshore crane operator, mine ventilation officer, telescope operator): run on the code as session 24
  began (caught 121/135, false flags 8/165 = 4.8 %), then once after ground52/ground53/skills60 — nothing was
  developed on it in between: caught **122/135** (a tool the resume lacks, "Clearion", now caught), false flags
  **9/165 = 5.5 %** (a new one: "a certified cross-connection tester", read by ground52's licence-title rule). Its
  misses: five "for more than N years" claims about a role named by paraphrase ("owned my own reporting firm" for
  "Owner / Freelance Certified Reporter", "inspected apiaries for the state", "as a journeyman chimney sweep" for
  "Schornsteinfegergeselle (journeyman)", "head guide at Olare Ridge"), a state apiarist title, a mine's ventilation
  engineer, a degree from the FH rather than the HWK, a fagskole degree, a patent and a course taught; its false
  flags: "Pro 1 and Pro 2" and the National Ski Patrol read as employers, "certified in both", NCDA&CS, "building
  energy consultant", a trade certificate's occupation, "Besides G1" and INACAP La Serena. Session 25 (ground62):
  degree, title and invented achievements 11 -> 13 each (qualification kinds across countries, a title's head noun,
  feats of a kind the resume never names: qualification_levels.py, title_heads.py, feat_kinds.py).
* ``grounding_blind22`` (20 resumes, 12 from the US in states apart from set 21 — Washington, Montana, Wisconsin,
  Vermont, Kentucky, Nevada, Kansas, Florida, Michigan, Idaho, Tennessee, Nebraska — and 8 from France, Poland, the
  Netherlands, Italy, Australia, Mexico, Sweden and New Zealand; ferry mate, wildland engine captain, cheesemaker,
  farrier, distiller, 911 supervisor, crop-spraying pilot, hospice nurse, tool-and-die maker, fisheries biologist, piano
  technician, sonographer, cellar master, truck driver-trainer, head grower, paintings restorer, paramedic, analytical
  chemist, train driver, conservation ranger): run on the code as session 25 began (caught 114/135, false flags
  25/165 = 15.2 %), then once after ground61/ground62/ground63 — nothing was developed on it in between: caught
  **115/135** (one paraphrased-role duration, "chief pilot at High Plains", now caught), false flags **25/165 = 15.2 %**.
  The session's mechanisms, fitted to set 21 (122 -> 133 of 135 there), barely carried. Misses: seven durations
  (a credential or a title held "for more than N years" counted from a lower one; a licence; a supervised shift),
  invented awards, a published case study, a developed product and a species reintroduced, a "Certified Cicerone" and
  a state master cheesemaker title, Epic at the wrong job, "all shifts"/"all imaging staff" scale, a degree type
  ("engineering degree in logistics"), a master's from the wrong university, "officer-in-charge". False flags:
  four "Counting <employer> before its acquisition/merger, I have ..." openers read as employers, places read as
  employers (Tuscany, Gothenburg twice), universities after a degree (UofL, Central Queensland University), national
  credentials named in English (CACES, Certiphyto, HVE level 3, a Dutch spraying licence, a Mexican professional
  licence), "level 4"/"three" read as numbers, "then captain"/"deck officer"/"assistant grower or head" read as titles,
  "Coast Guard" (the credential's issuer) as an employer, and three durations or start dates.

  Ground77 (set 22 development data; variants in test_grounding_set22_forms.py): opening participles before an
  employer's name, cities/regions in English and glued or national short forms (name_forms.py), national credentials
  named in English or by their code (national_credentials.py), figures on a scale (level_figures.py), rungs said in
  passing ("and then captain", "or head grower", "a contract firefighter", a "deck officer" category by O*NET's exact
  title: occupation_titles.py), an employer's history note over its roles (context.py): false flags 25 -> 6 of 165
  (3.6 %), caught 115 unchanged (the Tuscany scale row, caught before only by "Tuscany" read as an employer, now caught
  by its "every civic museum" reach).

  Set 23 (session 26 — "session 26" in the code's counting too —, a fresh blind curator: 20 resumes v01–v20 from
  professions and places no earlier set used — a utility arborist, a court reporter, a swine veterinarian, a ski
  patrol supervisor, an Irish quantity surveyor, a Chilean mine geologist, a Québec translator, a Japanese front office
  manager —, 300 sentences g23-001…g23-300, the same per-kind counts as sets 21–22; wrong employers are the resume's
  clients or schools): run once on the code as the session began, caught 111/135 and false flags 30/165 (18.2 %);
  once after the session's work (ground77, ground78 and the writer's changes, sets 1–22 development data): caught
  111/135 unchanged, false flags 26/165 (15.8 %). On set 22 the same work took caught 115 -> 123 and false flags
  25 -> 6: it did not carry. Misses: "all three/four of the <employer>'s <units>" reach (six), a title claimed as
  "As the company's <title>" (three), durations and start dates of one role ("lead technician for more than eleven
  years", "front office manager since April 2016": six), invented acts (a policy written, a deposit extension
  discovered, a therapy introduced, rescue dogs trained), the resume's school or client as employer, a credential
  one step above. False flags: durations over two titles joined by "or" ("crew foreman or general foreman for more
  than twelve years": five), professional registers read as employers or titles (RICS, Portugal's Order of
  Physiotherapists, Chile's Mining Commission, ECSA, RPA), figures derived from the resume (8 MGD as "eight million
  gallons", 62 × 2.0 MW as "124 MW", "a third"), titles in translation ("head chef" for "jefe de cocina"). The floors
  below are the after-run's.

  Session 27 (ground87: reach over "all three of the firm's offices", titles claimed "As the company's <title>",
  one role's length and start; ground88: titles joined by "or", registers and regulators, derived figures, titles in
  translation; ground89: invented acts, the resume's client or school as employer, a credential one step up; the
  lead: disguised contact details): set 23 caught 111 -> 132/135, false flags 26 -> 7/165; sets 1–23 TOTAL caught
  3,539 -> 3,571/3,690, false flags 126 -> 105/3,335.

  Set 24 (session 27, a fresh blind curator: 20 resumes w01–w20 — an air-taxi chief pilot, an industrial hygienist,
  an elevator mechanic, a naval architect, a locomotive engineer, a brewmaster, a petroleum landman, a wildland fire
  engine captain, a German hearing-aid acoustician, a UK specialist paramedic, a Brazilian clinical dietitian, a
  Norwegian ROV supervisor, a Kenyan tea factory manager, an Argentine chief winemaker … —, 300 sentences
  g24-001…g24-300, the same per-kind counts as sets 21–23; wrong employers are the resume's clients, partners or
  schools: BNSF, NOAA, BLM): run once on the code as the session began, caught 114/135 and false flags 21/165
  (12.7 %); once after the session's work: caught 116/135, false flags 20/165 (12.1 %). Set 23's gains (+21 caught,
  -19 false flags) mostly did not carry. Misses: credential start dates ("held my ATP certificate since May 2009",
  five dates), clients named as employer ("a BNSF locomotive engineer", "a NOAA marine biologist", "a BLM engine
  captain"), invented recognitions and acts (SNAME, rule drafting, extension adoption, a working group), a credential
  specialty one step on (ARDMS pediatric echo, CCA sustainability, HCPC independent prescriber, a broker licence).
  False flags: unit conversions (km -> miles, hectares -> acres), sums and rates derived from the resume (two crews
  "seven firefighters in all", "about 65 percent"), credentials named in English or by their short forms (FAA CFI,
  "six-pack captain's licence", a Norwegian trade certificate, a master craftsman's certificate), field durations
  ("worked in industrial hygiene for more than seventeen years"). The floors below are the after-run's.

  Session 28 (ground97: credential start dates, clients named as employer, a credential's specialty, granted
  standing; ground98: unit conversions, a list's total, credentials in English, field durations; the lead: the
  posting's own title and tools allowed only as the posting): set 24 caught 116 -> 134/135, false flags 20 -> 2/165;
  sets 1–24 TOTAL caught 3,687 -> 3,708/3,825, false flags 125 -> 105/3,500.

  Set 25 (session 28, a fresh blind curator: 20 resumes x01–x20 — a utility arborist, a court reporter, an oncology
  pharmacist, a land surveyor, a welding inspector, a neonatal respiratory therapist, a firearms examiner, an athletic
  trainer, a longwall mine foreman, a broadcast meteorologist, a ski patrol director, an actuary, a Danish wind-turbine
  service lead, a Finnish harvester contractor, a Swiss watchmaker, a Filipino marine engineer, a Nigerian reservoir
  engineer, a Colombian coffee Q grader, a Czech structural engineer, a Turkish orthodontist; 300 sentences
  g25-001…g25-300, the same per-kind counts): run once on the code as the session began, caught 112/135 and false
  flags 8/165 (4.8 %: the first blind set under the 5 % target on its first run); once after the session's work:
  caught 118/135, false flags 6/165 (3.6 %). Misses: the employer named as a customer, a brand, a national body or a university
  faculty ("Cleveland-Cliffs", "Breguet", "Federación Nacional de Cafeteros", "Mountain Rescue Service": 5 of 9 still),
  credentials of a professional body not held (BCPS, NSP, SPE, ČKAIT), reach over "all N of the …" units (four), an
  authorisation's start month, an invented rule-drafting act. False flags: durations of a licence or registration ("for more than sixteen years"), a firm's short
  name, a converted figure (tonnes), a trainer's role read as an act. The floors below are the after-run's.

  Session 29 (ground109: units led at or for a customer/partner/brand, credentials by initials not held, professional
  bodies' tiers, "all/every/both of" N units the resume reaches only partly; ground110: a credential's own "— since"
  part of a line, firms' short names, people trained named by another noun, job titles opening with Customer/Client;
  ground111: the posting's names in wishes, possessives and questions): set 25 caught 118 -> 130/135, false flags
  6 -> 2/165; sets 1–25 TOTAL caught 3,826 -> 3,839/3,960, false flags 111 -> 107/3,665.

  Set 26 (session 29, a fresh blind curator: 20 resumes y01–y20 — a sommelier, a Delaware Bay pilot, a glazing
  superintendent, a customs broker, a piano technician, a perfusionist, an avionics technician, a broadcast director
  of engineering, a forensic accountant, a museum objects conservator, a speech-language pathologist, a funeral
  director (Delaware, Rhode Island, DC), an Austrian cartographer, a Flemish farrier, a Greek radiation therapist, an
  Israeli audiologist, a Vietnamese garment QA manager, a Peruvian pisco master distiller, a Ghanaian air traffic
  controller, a Hungarian organ voicer; 300 sentences g26-001…g26-300, the same per-kind counts, the supported and
  unsupported rows of each resume shuffled): run once on the code as the session began, caught 123/135 and false
  flags 18/165 (10.9 %); once after the session's work: caught 126/135, false flags 16/165 (9.7 %). Misses: a
  certification named with its body ("Certified Wine Educator with the Society of Wine Educators", a Coast Guard
  master's licence tier), clients named as the current employer (Covington & Burling, Chiquita), "since <month
  year>" starts of a licence, a team lead and a membership, a tool the peers use (Power BI), a yearly count. False
  flags: durations and "since" starts of a whole working life counted from an apprenticeship or licence ("worked on the
  water since March 2007", "for more than sixteen years"), bodies that issue or examine read as employers (a national
  atomic energy commission, a university faculty, a cartographic commission, a polytechnic), numbers in words
  ("eleven hundred and fifty", "sixty-five"), a figure derived across lines, a customs system's name, "both of" a
  body's two designations. The floors below are the after-run's.

  Session 30 (ground120: a credential named from its body's words, an open tier of a limited licence, "since" starts
  of a licence, a membership and leading work, present work at a client, rounded figures by what they count, sibling
  products of one line; ground121: a working life's start and length, bodies written in the CV's language, script or
  initials, year-first dates, space thousands, numbers in words, list totals, a partitive's members; sec125: acronym
  executive titles, class rank and teaching at a school; trial126: time away or a gap the resume's dates do not
  show): set 26 caught 126 -> 135/135, false flags 16 -> 0/165.

  Set 27 (session 30, a fresh blind curator: 20 resumes z01–z20 — an arborist, a court reporter, a tax accountant,
  a paramedic and sixteen more professions from Washington, Montana, Wisconsin, Vermont, Kentucky, Nevada, Kansas,
  Florida, Michigan, Idaho, Tennessee and Nebraska, and from Poland, the Netherlands, Sweden, Mexico, Australia, New
  Zealand, Morocco and Taiwan; 300 sentences g27-001…g27-300, the same per-kind counts; new: side-by-side jobs whose
  years do not add, contract vs employee years, expired and renewed credentials, unfinished degrees, ranges, rates
  per month or year, fractions, team sizes across roles): run once on the code as the session began, caught 122/135
  and false flags 32/165 (19.4 %); once after the session's work: the same, row for row (none of the session's
  mechanisms reached its kinds). One supported sentence (g27-170) was seen by sec125 while checking its new rules for
  false flags and is a row of its tests; nothing else was developed on the set. Misses: a qualification kept
  ("still hold") past its expiry, a partial degree claimed whole, years at an employer counted across a contract
  period, a title's years counted from a lower rung, "nearly all"/"all"/"every" over a part, a regulator's division
  and an equipment vendor claimed as the employer, a credential's class, scope or body claimed. False flags:
  unfinished degrees and "coursework" said as such, team sizes summed across crews and ranges ("between twelve and eighteen"), numbers
  in words ("twenty-five", "a hundred", "a quarter", "fifteen hundredths"), bodies and registers read as employers
  (a regional court, a minister's list, a translators' society, an architects' register), "since"/"for more than N
  years" of concurrent or contract work, a credential's "valid until", "both" of a credential's levels, acronyms
  read as tools (QA, GIS, VAT, "Dutch"). The floors below are the after-run's.

  Session 31 (set 27 the development data; set 28 not opened): expired and partial credentials, employer years across
  contract terms, rung years, shares of a whole, credential classes and scopes (ground133: set 27 122 -> 135/135);
  unfinished degrees said as such, month-hyphen-year dates, practice acronyms, "nationally registered", "both" levels,
  hundredths and tenths in words (ground134: false flags 32 -> 22).

  Set 28 (session 31, a fresh blind curator: 20 resumes w01–w20 — a wildland fire engine captain, a clinical
  pharmacist, a journeyman lineman, an offshore crane operator and sixteen more professions from Oregon, Arizona,
  Oklahoma, Louisiana, Georgia, North Carolina, Virginia, Pennsylvania, Ohio, Minnesota, Colorado and Texas, and from
  Romania, Italy, Estonia, Egypt, Pakistan, Malaysia, France and Sri Lanka; 300 sentences g28-001…g28-300, the same
  per-kind counts; new: boomerang employees, leave inside a job, secondments and acting roles, reserve service beside
  a civilian job, degrees in progress, licences by reciprocity or comity, renamed credentials, two currencies,
  per-shift/per-visit rates, points vs percent, rankings, team sizes per shift vs in total, fiscal years, seasonal
  contracts): run once on the code as the session began, caught 118/135 and false flags 21/165 (12.7 %); once after
  the session's work: 119/135 (g28-158 now caught), 21/165 — the session's mechanisms hardly reached its kinds.
  Misses: "continuously since" / "without a break" across a gap, "all/every/entire" over a count the resume gives
  differently, doctorates and MBAs from a school where the resume holds another degree or one in progress, board
  certification and a ministry's authorisation not held, a principal's title from an acting term, an invented
  board election and ranking. False flags: degrees in progress ("working toward", "studying for … due in 2027")
  read as held or as employers, "acting lead"/"acting principal" and "2025–26" school years, numbers in words
  ("six months", "one of five", "two thirds", "three summer seasons"), a boomerang's earlier title ("came back as
  head baker"), "Estonian" as a tool, a superseded credential's level, a percentage derived from the resume's figures.
  Session 32 (set 28 as development data): ground142 (continuity across gaps, doctorates not held, acting titles
  claimed as held, measured wholes) 119 → 127/135; ground143 (months and seasons counted from a range, school
  years, partitives and fractions, degrees studied at their school, "mil." read in the CV's language, trade titles
  in French) false flags 21 → 8/165. Sets 1–28 TOTAL 4,231 → 4,239/4,365 caught, 148 → 135/4,160 false flags.
* ``grounding_blind29`` (20 resumes — harbor master, QC microbiology supervisor, freight dispatch manager, dental
  hygienist, aircraft maintenance inspector, HVAC technician, veterinary ICU technician, field agronomist,
  speech-language pathologist, data engineer, hydrogeologist, bush pilot, naval architect, mine geotechnical
  superintendent, hotel revenue manager, shrimp farm manager, sworn translator, welding engineer, winemaker, architect
  — in ME, MA, NJ, MD, SC, AL, MO, IA, IN, UT, NM, AK and Bangladesh, Indonesia, Thailand, Ecuador, Uruguay, Ukraine,
  Croatia, Jordan; set 28's per-kind counts; new: promotions inside one employer, certification levels and expiry,
  figures as ranges, cumulative totals restated per year, "up to" restated as "over", mergers naming both companies,
  tool versions and product families, honours/majors/minors, one institution as school and employer, part-time and
  FTE, agency placements): run once as the session began, caught 112/135 and false flags 23/165 (13.9 %); once
  after the session's work: the same — none of its new kinds was reached. Misses: inflated scale 3/15 (a range's
  top claimed as its floor, cumulative figures as yearly, "up to" as "over"), senior titles at hire after a
  promotion, a merged company's old name as the employer, membership grades and certification levels, both
  degrees at one school. False flags: certification tiers and endorsements written otherwise (EPA 608 Type II,
  NATE specialties, pesticide categories, ATA language pairs, IIW levels), ranges ("48 to 55", "THB 1.12 and 1.18
  billion"), standards' numbers (ISO 15614), "harbor master" as a master's degree, degrees in progress, ministries
  as clients.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from careercopilot.writing.grounding import SourceFacts, check

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "writing"
TODAY = date(2026, 12, 3)  # the curators' "present" is December 2026
KINDS = ("certification", "contact", "date", "degree", "employer", "inflated_scale", "numbers", "title", "tool")

#: Measured floors (caught out of 24 per kind) and false-flag ceilings, per set.
SETS = {
    "grounding_blind": dict(rows=308, supported=92, floor={k: 24 for k in KINDS}, false_flags=0),
    "grounding_blind2": dict(rows=312, supported=96,
                             floor={**{k: 24 for k in KINDS}, "certification": 23}, false_flags=1),
    "grounding_blind3": dict(rows=312, supported=96,
                             # session 27 (ground89): certification 23 -> 24 ("a CFA Level II candidate" for a charterholder: credential_steps.py)
                             floor={**{k: 24 for k in KINDS}, "certification": 24, "title": 23,
                                    "tool": 23}, false_flags=2),  # session 11: 3 -> 2 (degree parentheses)
    "grounding_blind4": dict(rows=312, supported=96,
                             floor={**{k: 24 for k in KINDS}, "numbers": 23}, false_flags=1),
    "grounding_blind5": dict(rows=312, supported=96,
                             floor={**{k: 24 for k in KINDS}, "date": 23, "employer": 23, "title": 23},
                             false_flags=1),
    "grounding_blind6": dict(rows=312, supported=96,
                             floor={**{k: 24 for k in KINDS}, "certification": 23, "date": 23}, false_flags=1),
    # its one run (session 7, after sets 1–6 were development data): the measured figures
    "grounding_blind7": dict(rows=312, supported=96,
                             # session 10: scale 11 → 21 (totality.py), title 18 → 21, numbers 22 → 23 (changes.py)
                             # session 11: scale 21 -> 23 (upgrades.py: "led" where the line says "member of")
                             floor={**{k: 24 for k in KINDS}, "contact": 23, "inflated_scale": 23, "numbers": 23,
                                    "title": 21, "tool": 23}, false_flags=4),  # 16 → 10 (degree spans, seasons, ITD)
    # session 22 (ground33): 8 -> 4 ("the District of Minnesota" for "D. Minn.", careers from a named start, a title
    # bound to its own clause: test_grounding_set18_forms.py)
    # session 12 (ground15): false flags 10 -> 8 ("under 30%" for 28-29 %, "200-amp" for "200A")
    # its one run (session 8, after the session-8 mechanisms; sets 1–6 development data, 7 unopened):
    # 24 resumes, its own mix of kinds (counts below) incl. invented achievements; the measured figures
    "grounding_blind8": dict(rows=345, supported=192, resumes=24,
                             kinds={"certification": 9, "contact": 6, "date": 17, "degree": 8, "employer": 12,
                                    "inflated_scale": 26, "numbers": 27, "other_fabrication": 11, "title": 26,
                                    "tool": 11},
                             # date 10 → 15 after session 9's duration claims (writing/grounding/durations.py;
                             # set 8 is development data since its one run)
                             # session 10: scale 18 → 25, achievements 6 → 10, title 22 → 24, numbers 25 → 26
                             # session 12: false flags 7 -> 6 (a year the resume line states with the sentence's figure)
                             # session 12 (ground15): false flags 6 -> 3 (a count under another noun on its line, a school
                             # in its English form, a credential's name holding a title)
                             # session 27 (ground89): other_fabrication 10 -> 11 ("drafted the firm's standard commercial lease template": acts.py)
                             floor={"certification": 8, "contact": 6, "date": 15, "degree": 8, "employer": 12,
                                    "inflated_scale": 25, "numbers": 26, "other_fabrication": 11, "title": 24,
                                    "tool": 10}, false_flags=3),  # 18 → 8: shares in words, C$, 480V, top-3, #61, Band 5; 7
    # its one run (session 9, after the session-9 durations and number forms; sets 1–8 development data)
    "grounding_blind9": dict(rows=300, supported=165, resumes=20,
                             kinds={"certification": 15, "contact": 5, "date": 26, "degree": 13, "employer": 9,
                                    "inflated_scale": 18, "numbers": 16, "other_fabrication": 9, "title": 9,
                                    "tool": 15},
                             # session 10: date 20 → 25, degree 9 → 11, employer 4 → 9, scale 12 → 18, numbers
                             # 15 → 16, achievements 6 → 8; false flags 11 → 6 (initialisms, "I", degree fields)
                             # session 22 (ground32): date 25 -> 26 ("a licensed P.Eng. for …": credential_durations.py)
                             # session 27 (ground89): certification 13 -> 14 ("Google Certified Educator Level 2" for Level 1: credential_steps.py)
                             floor={"certification": 14, "contact": 5, "date": 26, "degree": 11, "employer": 9,
                                    "inflated_scale": 18, "numbers": 16, "other_fabrication": 8, "title": 9,
                                    "tool": 15}, false_flags=3),  # 21 → 11 after its run (dev data since):
    # session 12 (ground15): false flags 6 -> 5 ("CGPA 8.7/10" read as a score); session 20 (ground21): 5 -> 4
    # ("across three countries": a count, no whole-organisation reach)
    # "three and a half", currency codes/names, sums of three parts, roles within a stay
    # its one run (session 10, after the session-10 mechanisms; sets 1–9 development data): caught 89/135,
    # false flags 32/165 (19.4 %); the checker of the session's start got 75/135 with 30 false flags on it.
    # Session 11 (development data since): certification 10 -> 16, date 11 -> 21, degree 10 -> 11, employer
    # 3 -> 5, invented achievements 2 -> 7, title 6 -> 9 (international history dates, role durations, pending
    # credentials, parts raised a step, lower-case titles after "I am"); false flags 32 -> 14
    # (range-end years, degree parentheses, derived figures, FY tokens)
    "grounding_blind10": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 17, "contact": 5, "date": 21, "degree": 12, "employer": 9,
                                     "inflated_scale": 17, "numbers": 15, "other_fabrication": 12, "title": 12,
                                     "tool": 15},
                              # session 21 (ground22): inflated scale 12 -> 13 (work for every one of a whole)
                              # session 22 (ground32): invented achievements 7 -> 10 (awards, journals: recognitions.py)
                              floor={"certification": 16, "contact": 5, "date": 21, "degree": 11, "employer": 5,
                                     "inflated_scale": 13, "numbers": 15, "other_fabrication": 10, "title": 9,
                                     "tool": 15}, false_flags=7),  # session 12 (ground15): 14 -> 11 (count under another
    # noun, "PolyU", "EASA Airline Transport Pilot Licence" for "ATPL"); session 22 (ground33): 11 -> 10 ("a sworn
    # translator at the Court of Appeal of Ghent": the resume's own line), 10 -> 9 ("The CX-200 produces seventy more
    # cartons per minute": a model code ties the line); ground77: 8 -> 7
    # its one run (session 11, after the session-11 mechanisms; sets 1–10 development data): caught 101/135,
    # false flags 56/165 (33.9 %); the checker of the session's start got 98/135 with 61 false flags on it
    "grounding_blind11": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 12 (development data since): employer 6 -> 8, false flags 56 -> 26 (locale_forms.py)
                              # session 12 (ground15): false flags 26 -> 18 (ratios "nine in ten", rounding at the
                              # figure's own digit, "-27%", "CAD 1.9 M", sums with "a", "team:" groups, other nouns),
                              # 18 -> 16 (school names in English form: "UoN", "Tec de Monterrey")
                              # session 20 (ground20): certification 10 -> 11 (credentials of a role: "certified RTRS
                              # auditor" for a training line)
                              # session 21 (ground22): date 15 -> 16 (a role's own start year), inflated scale 8 -> 9
                              # ("source all of our produce": work for every one of a whole)
                              # session 22 (ground32): invented achievements 5 -> 6 (a keynote: recognitions.py)
                              # session 22 (ground32): certification 11 -> 12 ("a current … Associate" for one "expired 2022": status.py)
                              # session 26 (ground78): inflated scale 9 -> 11 (measured 10; "coordinate all critical-care
                              # nursing staff": all of a staff led, totality.py)
                              floor={"certification": 12, "contact": 6, "date": 16, "degree": 12, "employer": 8,
                                     "inflated_scale": 11, "numbers": 13, "other_fabrication": 6, "title": 11,
                                     "tool": 15}, false_flags=7),  # ground143: 8 -> 7; s13: 16 -> 15; s14: 15 -> 14;
    # session 15: 14 -> 13 (countries in the CV's words: "NL en BE"); session 20 (ground21): 13 -> 11 (degree fields
    # on the entry's own lines, a quoted "(Dipl. Bauing. ETH)": test_grounding_degree_entries.py), 11 -> 8 ("Higher Level
    # Leaving Cert" reordered and clipped, "at ACC level": test_grounding_reordered_names.py)
    # its one run (session 12, after the session-12 work; sets 1–11 development data): the floors are the
    # figures of that run
    "grounding_blind12": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 13 (development data since): date 12 -> 14, false flags 59 -> 23 (library
                              # locale data, native names by cognates, glued currencies, "a gain of N points")
                              # session 14: false flags 23 -> 22 (titles glossed once in English)
                              # session 15: 22 -> 20 (a skill inside a body's name, a count's noun in the CV's language)
                              # session 21 (ground22): date 14 -> 16 ("a hotel general manager", "flown as an airline
                              # first officer": duration_scopes.py), inflated scale 13 -> 15 ("a portfolio of hotels",
                              # "set safety policy for all of X's operations": test_grounding_unheard_names.py)
                              # session 22 (ground32): date 16 -> 17 ("a registered paramedic for …"), invented achievements
                              # 8 -> 11 (awards, keynotes, an engine failure: recognitions.py); date 17 -> 18 (a programme
                              # coordinated "desde mar. 2021")
                              floor={"certification": 14, "contact": 6, "date": 18, "degree": 12, "employer": 8,
                                     "inflated_scale": 15, "numbers": 13, "other_fabrication": 11, "title": 11,
                                     "tool": 15}, false_flags=12),  # session 28 (ground98): 13 -> 12
    # (earlier: session 15, second pass: 20 -> 19; session 20
    # (ground21): 19 -> 15 (a field glossed on the entry: "Master of Science in Technology), Computer Science"; "Hanoi"
    # for "Hà Nội", "the Canaries" for "Canarias": test_grounding_place_forms.py; "Working at Heights"); session 22
    # (ground33): 15 -> 13 ("ESHTE, the Estoril Higher School of …", "experience as a winemaker" from "Assistant
    # Winemaker": test_grounding_set18_forms.py)
    # its one run (session 13, after the session-13 work; sets 1–12 development data): the floors are the
    # figures of that run
    "grounding_blind13": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 14 (development data since): false flags 44 -> 22 (Buddhist-era and Hijri
                              # years, Thai month abbreviations, glossed native names and titles, languages named
                              # in the CV's own words, changes between two figures of a line in the CV's language,
                              # wrapped bullets, "since <date>" headers, Hungarian year-first dates, degrees of the
                              # CV's language named in English, "PMI-certified": test_grounding_calendars_and_glosses.py)
                              # session 15: date 12 -> 18 (leading work without a title, "as a <role> for"),
                              # false flags 22 -> 15 (titles in the CV's language by cognates, reordered names, glossed
                              # initials, careers from "since finishing … at X", "ha" for hectares:
                              # test_grounding_translated_names.py)
                              # session 15: title 9 -> 13 (lower-case titles after "promoted to", "the company's";
                              # "senior" added to a held title)
                              # and certification 10 -> 11 ("CFA Level I — passed" is no charter)
                              # session 20 (ground20): certification 11 -> 13 ("certified Bonsucro lead auditor",
                              # "certified Bobath instructor": credential_roles.py)
                              # session 21 (ground22): inflated scale 10 -> 12 ("I review every medication order", "I
                              # design the dessert menus for all of the group's restaurants")
                              # session 22 (ground32): date 18 -> 19 ("an ICAN chartered accountant for …":
                              # credential_durations.py), 19 -> 20 ("five years at X" for "Jan 2017 – Mar 2021")
                              floor={"certification": 13, "contact": 6, "date": 20, "degree": 13, "employer": 9,
                                     "inflated_scale": 12, "numbers": 15, "other_fabrication": 11, "title": 13,
                                     "tool": 15}, false_flags=11),  # session 15, second pass: 15 -> 14; ground121: 12 -> 11
    # session 22 (ground33): 14 -> 12 ("…, starting as a customer service representative in 2015", "the Israeli
    # Ministry of Health" for "Israeli MoH")
    # its one run (session 15, after the session-15 work; sets 1–13 development data): the floors are the
    # figures of that run
    "grounding_blind14": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 15, second pass (development data since): date 11 -> 17 (worded open
                              # ranges, one role's duration without an article, leading work), false flags 49 -> 32
                              # (national degree names, their schools in English: test_grounding_native_degrees.py)
                              # session 16 (ground17): date 17 -> 18 (a translated title's duration), false flags
                              # 32 -> 19 (figures derived from one line, titles in other words, bodies by their
                              # initials, model codes: test_grounding_other_words.py)
                              # session 20 (ground20): date 18 -> 20 (a field before the duration, leading work on the
                              # team a translated lead header names: test_grounding_role_scope.py)
                              # session 20 (ground21): 19 -> 15 (6.8亿/4,150万 read as "680 million元", a quoted "(LL.M.)",
                              # "Turkish lira": test_grounding_glued_magnitudes.py, test_grounding_language_adjectives.py)
                              # session 21 (ground22): date 20 -> 21 (Japanese era dates "令和3年4月 (2021年4月) – 現在"
                              # read as a history: era_dates.py)
                              # session 22 (ground32): invented achievements 12 -> 13 ("the bank's early-warning system": owned_work.py)
                              # session 22 (ground32): certification 12 -> 13 ("FRM Part I passed" is no FRM: status.py)
                              # session 22 (ground33): 15 -> 13 ("…, starting as a paralegal in 2013", "the
                              # United States" for "EE. UU.")
                              floor={"certification": 13, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 13, "numbers": 14, "other_fabrication": 13, "title": 13,
                                     "tool": 15}, false_flags=12),  # ground77: 13 -> 12
    # its one run (session 17, after ground17; sets 1–14 development data): the floors are the figures of
    # that run
    "grounding_blind15": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 18 (ground18; development data since): false flags 52 -> 28 (roles after
                              # the first role's bullets keep its employer, "30 %", shares and multiples in words,
                              # lines in the CV's language tied by a closely stated figure: test_grounding_set15_forms.py)
                              # session 19 (ground19): 28 -> 18 (organisations in non-employer roles: places, ships,
                              # registers by initials, names in another script or a longer form: test_grounding_body_roles.py)
                              # session 20 (ground20): certification 10 -> 12 (lead assessor, third-party lead auditor),
                              # date 18 -> 19 ("plant quality manager" for "Responsable Qualité Usine")
                              # session 20 (ground21): 18 -> 14 (degrees and schools in Greek and Cyrillic, "Structures" for
                              # "structural": test_grounding_degree_entries.py; "Projectmanagement": test_grounding_compounds.py)
                              # session 22 (ground32): invented achievements 8 -> 10 (work the employer owns: owned_work.py)
                              # session 22 (ground32): certification 12 -> 13, degree 11 -> 12 (a status in the CV's language: "en trámite",
                              # "en curso": status.py)
                              # session 22 (ground33): 14 -> 12 ("7,200 kW each" of the sentence's own total and
                              # count, "an electrical engineer" from "Engineer-in-Training")
                              floor={"certification": 13, "contact": 5, "date": 19, "degree": 12, "employer": 9,
                                     "inflated_scale": 14, "numbers": 14, "other_fabrication": 10, "title": 13,
                                     "tool": 15}, false_flags=10),  # ground143: 11 -> 10; ground77: 12 -> 11
    # its one run (session 18, after ground18; sets 1–15 development data): the floors are the figures of
    # that run
    "grounding_blind16": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 19 (ground19; development data since): false flags 24 -> 16 (a regulator, an
                              # order, an awarding body, a decree, a standard, schools in English, a glossed open end)
                              # session 20 (ground20): date 13 -> 20 (durations scoped to a role, a led unit or a
                              # field), title 9 -> 13 (one rung up, another language), certification 12 -> 15
                              # (credentials of a role: lead auditor, ASC auditor, a lapsed instructor rating)
                              # session 20 (ground21): 16 -> 10 ("Silesian University of Technology" for "Politechnika Śląska",
                              # "MSc Eng.", 2.3億円, "VND 4.1 trillion", "across nine districts", "Polish design licence")
                              # session 21 (ground23): 10 -> 9 ("tháng 3/2014 – tháng 5/2018" in a Vietnamese CV:
                              # a month before "/<year>", test_grounding_set17_forms.py)
                              # session 21 (ground22): date 20 -> 21 ("became head brewer in 2014": role_starts.py),
                              # inflated scale 12 -> 14 ("produces all of X's salmon", "I advise every … plan in Quebec")
                              # session 22 (ground32): invented achievements 10 -> 11 ("commended … for handling a dual engine
                              # failure": recognitions.py)
                              # session 22 (ground33): 9 -> 8 ("practised as an architect" from "Architetto junior")
                              # session 27 (ground89): other_fabrication 11 -> 12 ("designed the first target-benefit pension plan": acts.py)
                              floor={"certification": 15, "contact": 6, "date": 21, "degree": 12, "employer": 9,
                                     "inflated_scale": 14, "numbers": 15, "other_fabrication": 12, "title": 13,
                                     "tool": 15}, false_flags=7),
    # its one run (session 20, after ground20/ground21; sets 1–16 development data): 14 of 20 resumes from the US,
    # caught 126/135, false flags 13/165 (7.9 %); the floors are the figures of that run
    "grounding_blind17": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 21 (ground23; development data since): false flags 13 -> 2 (titles in their
                              # other word order, a degree's concentration, "IAED-certified"/"CAIIB-qualified", "NG911"
                              # and "the ISPS Code", "the CIA" as a school, "₹470 crore", "twenty-one years",
                              # "ago/2014 – atual", "sinds maart 2020 (since March 2020)":
                              # test_grounding_set17_forms.py)
                              # session 21 (ground22): date 16 -> 21 (a role family, leadership
                              # roles of a field, an office, an activity, a section: duration_scopes.py), inflated scale
                              # 13 -> 15 ("a portfolio of Nevada resorts", "a 4.96 rating across every delivery
                              # platform"), certification 14 -> 15 ("CRME exam not taken"), tool 14 -> 15 ("hyperMILL")
                              # session 22 (ground33): false flags 2 -> 1 ("from six to one in four years": no ratio)
                              floor={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15}, false_flags=1),
    # its one run after session 21's work (ground22/ground23; sets 1–17 development data): caught 127/135, false
    # flags 6/165 (3.6 %); the floors are the figures of that run
    "grounding_blind18": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 22 (ground32; development data since): date 16 -> 21 (durations of a title, credential
                              # or led unit: credential_durations.py), certification 14 -> 15 ("SHRM-SCP": credential_codes.py),
                              # title 12 -> 13 (an owner's possessive), invented achievements 12 -> 13 (test_grounding_recall_forms.py)
                              # session 22 (ground33; development data since): false flags 6 -> 1 (courts in
                              # citation form, careers from a named start, "nearly in half", "PUP" and a BSBA's major,
                              # litres per mil restated per kilometre: test_grounding_set18_forms.py)
                              floor={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15}, false_flags=1),
    # its one run after session 22's work (ground32/ground33/writer34; sets 1–18 development data): caught 130/135,
    # false flags 17/165 (10.3 %, as before that work); the floors are the figures of that run
    "grounding_blind19": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 23 (ground38/ground39; development data since): false flags 17 -> 0 (numbering
                              # abbreviations, unit forms, "nearly" fractions, field and licence careers, degree initials,
                              # gapped titles, consultants, a country's qualification: test_grounding_set19_forms.py);
                              # date 17 -> 21 and numbers 14 -> 15 (title spans, from-to amount pairs:
                              # test_grounding_title_spans.py, test_grounding_amount_pairs.py)
                              floor={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15}, false_flags=0),
    # its one run after session 23's work (ground38/ground39/ground48/writer40/tailor46; sets 1–19 development
    # data): caught 125/135 (127 on the code as the session began: two durations lost), false flags 11/165 (6.7 %,
    # as before); the floors are the figures of that run
    "grounding_blind20": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # then "and" inside one title (test_grounding_and_titles.py): date 17 -> 19; session 24
                              # (ground52): unheard tools, licence titles, results over a whole, authorship
                              # (test_grounding_set20_recall.py): certification 14 -> 15, inflated scale 13 -> 15,
                              # other 12 -> 13, tool 13 -> 15
                              floor={"certification": 15, "contact": 6, "date": 19, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15}, false_flags=1),  # session 24 (ground53): 11 -> 1 (cleared.py)
    "grounding_blind21": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # the one run after session 24's work (before it: 121/135, 8 false flags)
                              # session 25 (ground61): date 16 -> 21 (role_paraphrases.py: an owner's business, a
                              # function done, a glossed grade; a ranked title without an article at its employer);
                              # (ground62): degree, title, other_fabrication 11 -> 13 (a Diplom (FH) is no master's, a
                              # Fagbrev no fagskole degree, a title's head noun, patents and courses taught)
                              # session 27 (ground89): certification 14 -> 15 ("Certified Master Safe Technician": credential_steps.py)
                              floor={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 14, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 25 (ground63): sentence openers, credential-section licence titles, initials
                              # with a capitals token, credential bodies by initials: 9 → 5 false flags
                              # session 28 (ground98): 5 -> 4
                              false_flags=4),
    # its one run after session 25's work (ground61/ground62/ground63; sets 1–21 development data): caught 115/135
    # (114 on the code as the session began), false flags 25/165 (15.2 %, as before); the floors are that run's;
    # ground77: false flags 25 -> 6
    "grounding_blind22": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 26 (ground78): date 14 -> 19 (a credential's year beside a lower one, another
                              # standing's years, the heading's "since" line, "senior" no leading rank, glossed titles),
                              # inflated scale 13 -> 15 ("all shifts", "all imaging staff" led), tool 14 -> 15 (Epic
                              # scoped to a past job: tool_scopes.py) — test_grounding_lower_credentials.py
                              # session 27 (ground89): other_fabrication 8 -> 12 (acts.py: developed, published, reintroduce; "firefighter of the year")
                              floor={"certification": 13, "contact": 6, "date": 19, "degree": 11, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 12, "title": 12,
                                     "tool": 15}, false_flags=6),  # session 26 (ground77): 25 -> 6
    # its one run after session 26's work (sets 1–22 development data): caught 111/135 (111 on the code as the
    # session began), false flags 26/165 (30 before); the floors are that run's
    "grounding_blind23": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 27 (ground87): date 15 -> 19 (one role's length and start: a ranked role at a
                              # place, a rank in the CV's language, a lower rank's start year, no cognate of a care
                              # home's name for a rank), inflated scale 8 -> 15 ("all three of the firm's offices":
                              # partitive reach over an owner's units), title 9 -> 13 ("As the company's operations
                              # manager", "As QA/QC manager", "a partner veterinarian at X") — test_grounding_set23_kinds.py
                              # session 27 (ground89): employer 7 -> 9 (a client and a school's clinic named as the
                              # employer: names.py), other_fabrication 9 -> 13 (acts.py)
                              floor={"certification": 14, "contact": 6, "date": 19, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 27 (ground88): 26 -> 7 (titles joined by "or"/"then", registers and regulators,
                              # derived figures, titles in translation: test_grounding_set23_forms.py)
                              false_flags=6),  # ground143: 7 -> 6
    # set 24 (session 27, a fresh blind curator): run once on the code as the session began (caught 114/135, false
    # flags 21/165) and once after the session's work (ground87, ground88, ground89, the contact forms): the floors
    # are that run's
    "grounding_blind24": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 28 (ground97): certification 11 -> 15 (a credential's specialty or endorsement:
                              # credential_specialties.py; a jurisdiction before a licence title), date 15 -> 21 (a
                              # credential's own part of a line: credential_starts.py; a title start after "worked as" or
                              # the employer's possessive, an approval's date no role start: role_starts.py), employer 5 ->
                              # 9 (clients, partners and agencies named as the employer: client_employers.py),
                              # other_fabrication 9 -> 13 (named among, seats, drafted rules, adoptions: granted_standing.py)
                              floor={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 14, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 28 (ground98): 20 -> 2 (unit conversions, a list's total, credentials named in
                              # English or short forms, titles in translation, a discipline's career from its way in:
                              # test_grounding_conversions.py, test_grounding_list_totals.py,
                              # test_grounding_credential_glossary.py)
                              false_flags=2),
    # set 25 (session 28, a fresh blind curator): run once on the code as the session began (caught 112/135, false
    # flags 8/165) and once after the session's work (ground97, ground98, posting_mentions): the floors are that run's
    "grounding_blind25": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 29 (ground109): certification 11 -> 14, employer 4 -> 9, inflated scale 11 -> 15
                              # (credential_holdings.py, credential_steps.py tiers, client_employers.py units led at/for a
                              # customer/partner/brand, partial_reach.py; caught 118 -> 130/135)
                              floor={"certification": 14, "contact": 6, "date": 20, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 14, "other_fabrication": 12, "title": 12,
                                     "tool": 15},
                              # ground110: 6 -> 2 (a credential's length from its own "— since" part of a line of
                              # several, a firm's short name "Charter Oak Life Re", people trained named by another
                              # noun: test_grounding_set25_forms.py); left: tonnes from sacks × kg, a SENA diploma
                              false_flags=2),
    # set 26 (session 29, a fresh blind curator): run once on the code as the session began (caught 123/135, false
    # flags 18/165) and once after the session's work: the floors are that run's
    "grounding_blind26": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 30 (ground120): certification 13 -> 15, date 18 -> 21, employer 7 -> 9, numbers
                              # 14 -> 15, tool 14 -> 15 (a credential from its body's words, an open tier of a limited
                              # licence: credential_bodies.py; "since" starts of a licence, a membership and leading work:
                              # credential_starts.py, lead_starts.py; present work at a client; a rounded figure by what it
                              # counts; siblings of one product line: product_lines.py; test_grounding_variants_*.py)
                              floor={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 30 (ground121): 16 -> 0 (a working life's start and length, bodies in the CV's
                              # language, year-first dates, space thousands, numbers in words, list totals, a partitive's
                              # members: test_grounding_set26_forms.py, test_grounding_line_bodies.py)
                              false_flags=0),
    # set 27 (session 30, a fresh blind curator): run once on the code as the session began and once after the
    # session's work (both caught 122/135, false flags 32/165): the floors are that run's
    "grounding_blind27": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              # session 31 (ground133): its misses' kinds as development data — 135/135, 30 false flags
                              floor={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              false_flags=22),  # ground134 (session 31): 32 -> 22 (ground133 alone: 30)
    # set 28 (session 31, a fresh blind curator): run once on the code as the session began (caught 118/135, false
    # flags 21/165) and once after the session's work: the floors are that run's
    "grounding_blind28": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              floor={"certification": 13, "contact": 6, "date": 20, "degree": 13, "employer": 9,
                                     "inflated_scale": 12, "numbers": 14, "other_fabrication": 12, "title": 13,
                                     "tool": 15},
                              # ground142 (session 32): 119 -> 127 caught (continuity, doctorates, acting titles);
                              # ground143 (session 32): false flags 21 -> 8 (months/seasons from a line's range, school
                              # years, "one of five", fractions, a change's percentage, degrees studied at their school,
                              # "mil." in the CV's language, "head baker" for «Chef boulanger»: test_grounding_set28_forms.py)
                              false_flags=8),
    # set 29 (session 32, a fresh blind curator): run once on the code as the session began (caught 112/135, false
    # flags 23/165) and once after the session's work (the same): the floors are that run's
    "grounding_blind29": dict(rows=300, supported=165, resumes=20,
                              kinds={"certification": 15, "contact": 6, "date": 21, "degree": 13, "employer": 9,
                                     "inflated_scale": 15, "numbers": 15, "other_fabrication": 13, "title": 13,
                                     "tool": 15},
                              floor={"certification": 12, "contact": 6, "date": 20, "degree": 12, "employer": 7,
                                     "inflated_scale": 3, "numbers": 14, "other_fabrication": 13, "title": 10,
                                     "tool": 15},
                              false_flags=23),
}


def load(name: str):
    folder = FIXTURES / name
    rows = [json.loads(line) for line in (folder / "sentences.jsonl").read_text("utf-8").splitlines()]
    resumes = {p.stem: p.read_text("utf-8") for p in (folder / "resumes").glob("*.txt")}
    return rows, resumes


def evaluate(name: str = "grounding_blind"):
    """``(caught, total, false_flags, misses)`` of the checker on set ``name``."""
    rows, resumes = load(name)
    facts = {rid: SourceFacts.from_texts(text, today=TODAY) for rid, text in resumes.items()}
    caught, total, false_flags, misses = Counter(), Counter(), [], []
    for row in rows:
        flags = check(row["text"], facts[row["resume_id"]])
        if row["supported"]:
            if flags:
                false_flags.append((row["id"], row["text"], [(f.kind, f.text) for f in flags]))
            continue
        total[row["kind"]] += 1
        if flags:
            caught[row["kind"]] += 1
        else:
            misses.append((row["id"], row["kind"], row["text"]))
    return caught, total, false_flags, misses


@pytest.mark.parametrize("name", sorted(SETS))
def test_blind_set_shape(name):
    rows, resumes = load(name)
    spec = SETS[name]
    assert len(rows) == spec["rows"] and len(resumes) == spec.get("resumes", 8)
    assert Counter(r["kind"] for r in rows if not r["supported"]) == spec.get("kinds", {k: 24 for k in KINDS})
    assert sum(r["supported"] for r in rows) == spec["supported"]


@pytest.mark.parametrize("name", sorted(SETS))
def test_blind_set_recall_and_false_flags_at_the_measured_floor(name):
    caught, total, false_flags, misses = evaluate(name)
    spec = SETS[name]
    recall = {k: f"{caught[k]}/{total[k]}" for k in sorted(total)}
    assert all(caught[k] >= floor for k, floor in spec["floor"].items()), f"recall {recall}\nmisses {misses}"
    assert len(false_flags) <= spec["false_flags"], f"false flags {false_flags}"
