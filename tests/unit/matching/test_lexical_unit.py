"""The lexical (IDF-weighted keyword) component of the match score: no model, no services."""

from __future__ import annotations

import pytest

from careercopilot.services import matching


def test_rare_terms_outweigh_common_ones():
    v = matching.lexical_vector("the nurse and the ICU")
    assert v["icu"] > v["nurse"] > v["the"] >= 0
    assert sum(x * x for x in v.values()) == pytest.approx(1.0)


def test_similarity_bounds_and_order():
    a = matching.lexical_vector("Registered nurse, ICU, ventilator management, BLS and ACLS")
    same = matching.lexical_similarity(a, a)
    near = matching.lexical_similarity(a, matching.lexical_vector("ICU registered nurse needed: ACLS required"))
    far = matching.lexical_similarity(a, matching.lexical_vector("Senior backend engineer: Python, Go, Kubernetes"))
    assert same == pytest.approx(1.0) and 0.0 <= far < near < same


def test_empty_text_has_no_lexical_component():
    assert matching.lexical_vector("") == {}
    assert matching.lexical_similarity({}, matching.lexical_vector("anything")) == 0.0


def test_tech_tokens_survive_tokenizing():
    v = matching.lexical_vector("C++ and C# and .NET, Node.js.")
    assert {"c++", "c#", "net", "node.js"} <= set(v)


def test_weights_cover_every_component_once():
    assert set(matching.WEIGHTS) == {"semantic", "lexical", "skills", "title", "preference", "freshness"}
    assert matching.SEM_LO < matching.SEM_HI and matching.LEX_LO < matching.LEX_HI and matching.TITLE_LO < matching.TITLE_HI
    assert 0 < matching.VISA_PENALTY < 1
