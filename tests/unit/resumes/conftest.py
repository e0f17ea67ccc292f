"""Fixtures for resume extraction tests: generators loaded from tests/fixtures/resumes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_GEN_PATH = Path(__file__).resolve().parents[2] / "fixtures" / "resumes" / "make_fixtures.py"


def _load_generators():
    spec = importlib.util.spec_from_file_location("careercopilot_resume_fixture_generators", _GEN_PATH)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def gen():
    """The fixture-generator module (``text_pdf``, ``two_column_pdf``, ``full_docx`` …)."""
    return _load_generators()


@pytest.fixture(scope="session")
def unicode_font(gen) -> str:
    """Path to a Unicode TTF font for fpdf2 (``make test`` installs fonts-dejavu-core)."""
    font = gen.find_unicode_font()
    assert font, "no Unicode TTF font found: install Debian's fonts-dejavu-core (make test does)"
    return font
