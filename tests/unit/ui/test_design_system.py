"""Design system (issue 10): page registration, layout skeleton, score bands, set-up noise."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from careercopilot import routes
from careercopilot.schemas import SCORE_BANDS, score_band
from careercopilot.services import job_views
from tests.support.render_tree import find_node, props_text

ROOT = Path(__file__).resolve().parents[3]


def _render(component) -> str:
    return json.dumps(component.render(), default=str)


@pytest.fixture(scope="module")
def app():
    from careercopilot.careercopilot import app

    return app


def _route_key(route: str) -> str:
    return "index" if route == routes.INDEX else route.strip("/")


def test_registered_pages_are_exactly_routes_pages(app):
    """Every page of the app is listed in ``routes.PAGES`` (the e2e a11y test visits those)."""
    assert set(app._unevaluated_pages) == {_route_key(r) for r in routes.PAGES}


@pytest.mark.parametrize("route", sorted(routes.PAGES))
def test_every_page_renders(app, route):
    """Each page's layout evaluates (what ``reflex run`` does at compile time)."""
    from careercopilot.templates import REGISTERED

    out = _render(REGISTERED[route].component())
    assert "page-title" in out and "skip-link" in out


def test_compiling_again_redefines_no_page(app, caplog):
    """The production server compiles once in the parent and again in each forked worker:
    nothing may be re-added then (was: 13 "Page … is being redefined" warnings)."""
    before = dict(app._unevaluated_pages)
    with caplog.at_level(logging.WARNING, logger="reflex.app"):
        app._apply_decorated_pages()
        app._apply_decorated_pages()
    assert not [r for r in caplog.records if "redefined" in r.getMessage()]
    assert app._unevaluated_pages == before


def test_no_page_module_uses_rx_page_directly():
    """Pages register through ``templates`` (``@rx.page`` is re-applied on every compile)."""
    offenders = [p.name for p in (ROOT / "careercopilot" / "pages").glob("*.py") if "@rx.page" in p.read_text()]
    assert offenders == []


def test_signed_in_layout_has_skip_link_main_nav_and_h1(app):
    from careercopilot.templates import REGISTERED

    tree = REGISTERED[routes.DASHBOARD].component().render()
    skip = find_node(tree, lambda n: 'id:"skip-link"' in props_text(n))
    assert skip and skip["name"] == '"a"' and 'href:"#main"' in props_text(skip)  # a plain <a>, not a router Link
    main = find_node(tree, lambda n: n.get("name") == '"main"')
    assert main and 'id:"main"' in props_text(main) and "tabIndex" in props_text(main)
    assert find_node(tree, lambda n: n.get("name") == '"nav"' and "cc-sidebar" in props_text(n))
    h1 = find_node(main, lambda n: "page-title" in props_text(n))
    assert h1 and 'as:"h1"' in props_text(h1)


def test_current_page_is_marked_in_the_nav(app):
    from careercopilot.templates import REGISTERED

    tree = REGISTERED[routes.JOB_DETAIL].component().render()
    jobs = find_node(tree, lambda n: 'id:"nav-jobs"' in props_text(n))
    dashboard = find_node(tree, lambda n: 'id:"nav-dashboard"' in props_text(n))
    assert '"aria-current":"page"' in props_text(jobs).replace(" ", "")  # /jobs/5 is under Jobs
    assert "aria-current" not in props_text(dashboard)


@pytest.mark.parametrize(("score", "word"), [(100, "strong fit"), (SCORE_BANDS[0].min_score, "strong fit"),
                                             (SCORE_BANDS[0].min_score - 1, SCORE_BANDS[1].word),
                                             (SCORE_BANDS[1].min_score, SCORE_BANDS[1].word),
                                             (SCORE_BANDS[1].min_score - 0.5, SCORE_BANDS[-1].word), (0, SCORE_BANDS[-1].word)])
def test_score_band_thresholds(score, word):
    assert score_band(score).word == word
    assert score_band(None) is None


def test_bands_cover_0_to_100_highest_first():
    mins = [b.min_score for b in SCORE_BANDS]
    assert mins == sorted(mins, reverse=True) and mins[-1] == 0
    assert len({b.word for b in SCORE_BANDS}) == len(SCORE_BANDS)


@pytest.mark.parametrize("score", [0, 12, 29, 30, 50, 74, 75, 88, 100])
def test_badge_colour_and_legend_colour_agree(score):
    """Trial: the legend said red while badges were green/amber/gray. Both read SCORE_BANDS now."""
    from careercopilot.components.jobs import score_legend

    band = score_band(score)
    assert job_views._color(score) == band.color
    legend = _render(score_legend())
    for b in SCORE_BANDS:
        assert b.word in legend and b.color in legend
    assert "red low" not in legend and "green high" not in legend


def test_job_row_carries_band_word():
    from careercopilot.schemas import JobCard

    row = job_views.job_row(JobCard(posting_id=1, title="t", company="c", score=SCORE_BANDS[0].min_score + 1))
    assert row.score_band == SCORE_BANDS[0].word and row.score_color == SCORE_BANDS[0].color
    assert SCORE_BANDS[0].word in row.score_hint


def test_committed_reflex_package_json_is_in_reflex_format():
    """``reflex run`` writes ``.web/package.json`` back to ``reflex.lock/`` verbatim (compact
    JSON from its template): any other formatting leaves ``git status`` dirty after ``make run``."""
    from reflex.utils import frontend_skeleton

    path = ROOT / "reflex.lock" / "package.json"
    committed = path.read_text()
    import os

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        rendered = frontend_skeleton._compile_package_json()
    finally:
        os.chdir(cwd)
    assert json.loads(rendered) == json.loads(committed)
    assert rendered == committed


def test_make_deps_does_not_depend_on_requirements_mtime():
    """``reflex run`` touches requirements.txt (reflex ``initialize_requirements_txt``); the deps
    stamp must compare content, or every ``make run`` re-runs pip."""
    makefile = (ROOT / "Makefile").read_text()
    assert not re.search(r"^\$\(VENV\)/\.installed:\s*requirements\.txt", makefile, re.M)
    assert "sha256sum requirements.txt" in makefile
