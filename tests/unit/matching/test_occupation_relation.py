"""Title fit from the person's profession (issue 11, "profession and level awareness"): the
family most of a person's titles share is their profession; one title of another family among
them (a logistics manager who also targets "Operations Manager") does not make every general
manager's posting a same-occupation fit."""

from __future__ import annotations

import numpy as np
import pytest

from careercopilot.models import JobPosting
from careercopilot.normalize.occupations import infer_occupation
from careercopilot.services import matching
from careercopilot.services.matching.scoring import occupation_relation


def _profile(titles: list[str]) -> matching.Profile:
    return matching.Profile(text="", skills=[], chunk_vectors=np.zeros((0, 384), np.float32),
                            doc_vector=np.zeros(384, np.float32),
                            occupations=[o for o in map(infer_occupation, titles) if o.family])


def _posting(title: str) -> JobPosting:
    return JobPosting(id=1, source_type="x", ats_id="1", url="https://x/1", title=title, company="Acme",
                      company_key="acme", dedupe_key="k", description_text="", content_hash=title)


LOGISTICS = ["Logistics Manager", "Operations Manager", "Senior Materials Manager", "Fleet Manager"]


@pytest.mark.parametrize(("titles", "posting", "relation"), [
    (LOGISTICS, "Fleet Manager", "code"),
    (LOGISTICS, "Procurement Manager", "code"),               # Purchasing Managers, as Materials Manager
    (LOGISTICS, "Warehouse Associate", "same"),
    (LOGISTICS, "Executive Program Director", "adjacent"),      # was "code" via Operations Manager
    (LOGISTICS, "WORKFORCE1 OPERATIONS MANAGER", "adjacent"),   # was "code"
    (["Operations Manager"], "WORKFORCE1 OPERATIONS MANAGER", "code"),  # the profession itself
    (["Registered Nurse", "Telemetry Nurse", "Public Health Nurse"], "Registered Nurse - ICU", "code"),
    # two families tied: both are the profession
    (["Data Analyst", "Registered Nurse"], "Registered Nurse - ICU", "code"),
])
def test_relation_comes_from_the_profession(titles, posting, relation):
    assert occupation_relation(_profile(titles), _posting(posting)) == relation


def test_minority_title_still_scores_below_profession_postings():
    prof = _profile(LOGISTICS)
    fleet = matching.score_posting(prof, _posting("Fleet Manager"), None)
    director = matching.score_posting(prof, _posting("Executive Program Director"), None)
    assert fleet.title > director.title and fleet.penalty > director.penalty
