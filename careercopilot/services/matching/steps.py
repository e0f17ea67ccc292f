"""The arithmetic from score components to the shown 0–100 match score, in one place.

``score_posting`` computes the score with :func:`score_steps`, and the Job-detail page and
``GET /api/v1/postings/{id}`` (``MatchExplanation.steps``) show the same steps, so the
explanation always reproduces the score (a trial found "components 31, score 75": the
calibration step was applied but never shown)::

    weighted  = 100 × Σ wᵢ·cᵢ / Σ wᵢ   over the known components cᵢ ∈ [0, 1]
    penalized = weighted × penalty      (product of ``MatchExplanation.penalty_factors``)
    score     = calibrate(penalized)    (:data:`SCORE_CALIBRATION`), rounded to SCORE_DIGITS

Only numpy and the schemas are imported here (``schemas`` imports this module lazily).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

#: Calibration of the 0–100 score (issue 11): the penalized weighted sum (raw, 0–100) is
#: mapped piecewise-linearly through these (raw, shown) knots, strictly increasing so the
#: order is kept. Fit on the issue-11 dev split (28 resumes × 1,345 postings): raw 17 is the
#: 95th percentile of unrelated-profession (grade-0) postings → 30, the "possible" band's
#: floor; raw 30 → 75, the "strong fit" floor (≈ the median same-profession, same-level posting).
SCORE_CALIBRATION: tuple[tuple[float, float], ...] = ((0.0, 0.0), (17.0, 30.0), (30.0, 75.0), (60.0, 95.0),
                                                      (100.0, 100.0))

#: Decimals kept of the 0–100 score: far below any real difference of fit (the display
#: shows none), far above float noise of the embedding (~1e-7).
SCORE_DIGITS = 6

#: The calibration in one line of words (Job-detail page, README "Match score").
CALIBRATION_NOTE = ("similarity scores of text are compressed, so the sum is mapped to the 0–100 scale: "
                    "17 → 30 (\"possible\" floor), 30 → 75 (\"strong fit\" floor), 60 → 95")


def calibrate(raw: float) -> float:
    """The shown 0–100 score of a raw (penalized, weighted) 0–100 score (:data:`SCORE_CALIBRATION`)."""
    xs, ys = zip(*SCORE_CALIBRATION)
    return float(np.interp(max(0.0, min(100.0, raw)), xs, ys))


def score_steps(components: Mapping[str, float | None], weights: Mapping[str, float], penalty: float):
    """``components`` (name → 0–1 or None = unknown), ``weights`` (name → weight; empty → the
    default ``scoring.WEIGHTS``) and the total ``penalty`` (0–1) → :class:`schemas.ScoreSteps`.

    ``ScoreSteps.weights`` are the known components' weights rescaled to sum to 1 (each
    rounded to 6 decimals only for display; the sums use the exact values)."""
    from careercopilot.schemas import ScoreSteps

    if not weights:
        from careercopilot.services.matching.scoring import WEIGHTS

        weights = WEIGHTS
    known = {k: w for k, w in weights.items() if components.get(k) is not None}
    den = sum(known.values())
    num = sum(w * float(components[k]) for k, w in known.items())
    weighted = 100.0 * (num / den if den else 0.0)
    penalized = weighted * penalty
    return ScoreSteps(weights={k: (w / den if den else 0.0) for k, w in known.items()}, weighted=weighted,
                      penalty=penalty, penalized=penalized, score=round(calibrate(penalized), SCORE_DIGITS))
