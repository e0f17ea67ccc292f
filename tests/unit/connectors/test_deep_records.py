"""Records nested hundreds of levels deep are read in bounded recursion (session 25 probe: one clip
whose JSON-LD ``hiringOrganization`` nested 500 objects raised RecursionError inside
``connectors.payload.jsonable``; the crash handler's Rich traceback with locals then froze the app
for 9.5 minutes). Every shape below raised RecursionError on the code before
``connectors.payload.prune_deep``; a real, shallow JSON-LD posting reads the same as before."""

from __future__ import annotations

import copy

import pytest

from careercopilot.connectors.payload import MAX_RECORD_DEPTH, jsonable, prune_deep
from careercopilot.services.clips import parse_clip_with_notes

URL = "https://jobs.example.org/deep"
DEEP = 500


def nest_objects(n, leaf=1):
    v = leaf
    for _ in range(n):
        v = {"a": v}
    return v


def nest_lists(n, leaf="x"):
    v = leaf
    for _ in range(n):
        v = [v]
    return v


def posting(**extra):
    node = {"@type": "JobPosting", "title": "Quality Control Chemist", "description": "<p>" + "Run HPLC assays. " * 30 + "</p>",
            "hiringOrganization": {"@type": "Organization", "name": "Acme Labs"}, "datePosted": "2026-11-20"}
    node.update(extra)
    return node


SHAPES = {
    "organization nested objects": posting(hiringOrganization=nest_objects(DEEP)),
    "organization nested lists": posting(hiringOrganization=nest_lists(DEEP, {"name": "Acme Labs"})),
    "salary value nested": posting(baseSalary={"@type": "MonetaryAmount", "currency": "USD", "value": nest_objects(DEEP)}),
    "location nested lists": posting(jobLocation=nest_lists(DEEP, {"address": {"addressLocality": "Columbus"}})),
    "unknown property nested": posting(**{"x-tracking": nest_objects(DEEP)}),
    "identifier nested lists": posting(identifier=nest_lists(DEEP, "id-1")),
    "graph nested": {"@context": "https://schema.org", "@graph": nest_lists(DEEP, posting())},
    "employment type nested": posting(employmentType=nest_lists(DEEP, "FULL_TIME")),
    "very deep (2,000 levels)": posting(hiringOrganization=nest_objects(2000)),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_deeply_nested_clip_is_read_or_refused_in_words_never_a_crash(shape):
    try:
        result = parse_clip_with_notes(url=URL, html="<html><body>x</body></html>", json_ld=SHAPES[shape])
    except RecursionError:  # the old code
        pytest.fail("RecursionError")
    except ValueError as exc:  # ClipError: a worded refusal is fine
        assert str(exc)
    else:
        assert result[0].title


def test_a_real_shallow_posting_reads_the_same_after_pruning():
    node = posting(baseSalary={"@type": "MonetaryAmount", "currency": "USD",
                               "value": {"@type": "QuantitativeValue", "minValue": 60000, "maxValue": 72000,
                                         "unitText": "YEAR"}},
                   jobLocation={"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Columbus",
                                                               "addressRegion": "OH", "addressCountry": "US"}})
    assert prune_deep(node) is node  # nothing that deep: the same object, not a copy
    p = parse_clip_with_notes(url=URL, json_ld=copy.deepcopy(node))[0]
    assert (p.company, p.salary.min_amount, p.salary.max_amount, p.salary.currency) == ("Acme Labs", 60000, 72000, "USD")


def test_prune_keeps_everything_above_the_bound_and_drops_below():
    deep = nest_objects(MAX_RECORD_DEPTH + 10)
    pruned = prune_deep(deep)
    depth, v = 0, pruned
    while isinstance(v, dict):
        depth, v = depth + 1, v["a"]
    assert depth == MAX_RECORD_DEPTH and v is None
    shallow = nest_objects(MAX_RECORD_DEPTH - 1, leaf="kept")
    assert prune_deep(shallow) is shallow
    assert jsonable(nest_lists(5000)) is not None  # bounded: no RecursionError
