"""Import duplicate rule (same company + title unless both URLs differ) and the non-CSV upload check."""

from __future__ import annotations

import io

import pytest
from sqlmodel import select

from careercopilot.models import Application
from careercopilot.services import applications as svc
from careercopilot.services import exchange_import, exchange_uploads
from tests.support.tracker_data import make_user
from tests.unit.resumes_service.resume_files import corrupt_pdf, make_docx, make_pdf


def _import(session, user_id, text: str) -> exchange_import.ImportReport:
    return exchange_import.import_csv(session=session, user_id=user_id, stream=io.BytesIO(text.encode()))


def _titles(session, user_id) -> list[tuple[str, str, str | None]]:
    rows = session.exec(select(Application.company, Application.title, Application.url)
                        .where(Application.user_id == user_id).order_by(Application.id)).all()
    return [tuple(r) for r in rows]


def test_same_company_title_is_a_duplicate_whether_or_not_a_url_was_given(session):
    """The user's report: City Hospital / Charge Nurse came in twice (file 1 had a URL, file 2 not)."""
    user = make_user(session)
    first = _import(session, user.id, "Company,Title,URL\nCity Hospital,Charge Nurse,https://city.example/jobs/7\n"
                                      "Acme,Welder,\n")
    assert (first.imported, first.duplicates) == (2, 0)
    second = _import(session, user.id, "Company,Title,URL\n city  hospital ,CHARGE NURSE,\n"
                                       "Acme,Welder,https://acme.example/w\n"
                                       "City Hospital,Charge Nurse,https://CITY.example/jobs/7/\n")
    assert (second.imported, second.duplicates) == (0, 3)
    assert len(_titles(session, user.id)) == 2


def test_two_postings_with_different_urls_are_both_kept(session):
    user = make_user(session)
    svc.add_manual(session=session, user_id=user.id, company="City Hospital", title="Charge Nurse",
                   url="https://city.example/jobs/7")
    rep = _import(session, user.id, "Company,Title,URL\n"
                                    "City Hospital,Charge Nurse,https://city.example/jobs/8\n"  # another requisition
                                    "City Hospital,Charge Nurse,https://city.example/jobs/8\n"  # repeated in the file
                                    "City Hospital,Charge Nurse,\n")                           # cannot be told apart
    assert (rep.imported, rep.duplicates) == (1, 2)
    assert [u for _c, _t, u in _titles(session, user.id)] == ["https://city.example/jobs/7", "https://city.example/jobs/8"]


def test_duplicate_rule_is_per_user(session):
    a, b = make_user(session), make_user(session)
    text = "Company,Title\nCity Hospital,Charge Nurse\n"
    assert _import(session, a.id, text).imported == 1
    assert _import(session, b.id, text).imported == 1  # A's row does not make B's a duplicate


@pytest.mark.parametrize(("known", "url", "dup"), [
    (None, "https://x/1", False), (set(), "", False),
    ({""}, "https://x/1", True), ({"https://x/1"}, "", True), ({"https://x/1"}, "https://X/1/", True),
    ({"https://x/1"}, "https://x/2", False), ({"https://x/1", ""}, "https://x/2", True),
])
def test_is_duplicate_rule(known, url, dup):
    assert exchange_import.is_duplicate(known, url) is dup


@pytest.mark.parametrize(("name", "data"), [
    ("resume.pdf", make_pdf()),
    ("broken.pdf", corrupt_pdf()),
    ("cv.docx", make_docx()),
    ("renamed.csv", make_pdf()),            # binary content under a .csv name
    ("table.csv", b"Company,Title\x00\x01\x02\x03binary"),
    ("notes.json", b'{"company": "Acme"}'),
])
def test_non_csv_upload_is_refused_with_its_name(name, data):
    with pytest.raises(exchange_import.ImportFormatError) as err:
        exchange_uploads.check_csv_upload(name, data)
    assert str(err.value) == f"Only .csv files can be imported (got {name})."


@pytest.mark.parametrize(("name", "data"), [
    ("export.csv", "Company,Title\nCafé Olé,Barista\n".encode("cp1252")),
    ("EXPORT.CSV", "\ufeffCompany,Title\r\nAcme,Dev\r\n".encode("utf-8")),
    ("huntr.txt", b"Company,Title\tx\nAcme,Dev\n"),
    ("", b"Company,Title\nAcme,Dev\n"),
])
def test_text_csv_uploads_pass_the_check(name, data):
    exchange_uploads.check_csv_upload(name, data)


def test_store_import_upload_refuses_a_pdf(session, tmp_path, monkeypatch):
    from careercopilot.config import settings
    from careercopilot.integrations import storage
    from tests.support.tracker_data import make_user

    monkeypatch.setattr(settings, "data_dir", tmp_path)
    storage._cache.clear()
    uid = make_user(session).id
    session.commit()  # an upload is kept only for an account that exists (ownership.keep_if_account)
    try:
        with pytest.raises(exchange_import.ImportFormatError, match=r"Only \.csv files can be imported \(got cv\.pdf\)\."):
            exchange_uploads.store_import_upload(user_id=uid, data=make_pdf(), filename="cv.pdf")
        with pytest.raises(exchange_import.ImportFormatError, match="Only .csv"):
            exchange_uploads.store_import_upload(user_id=uid, data=corrupt_pdf())  # no name: content alone decides
        assert exchange_uploads.store_import_upload(user_id=uid, data=b"Company,Title\nA,B\n", filename="a.csv").startswith(f"u{uid}-")
    finally:
        storage._cache.clear()


def test_salary_cells_as_other_trackers_write_them(session):
    """Issue 10 trial finding (a salary typed "150k" was refused): imported cells too."""
    user = make_user(session)
    report = _import(session, user.id, 'Company,Title,Salary,Offer\nA,One,120k,"$150,000"\nB,Two,€50.000,USD 90000\n'
                                       "C,Three,lots,\n")
    assert report.imported == 2
    rows = session.exec(select(Application.company, Application.salary_expectation, Application.salary_offer)
                        .where(Application.user_id == user.id).order_by(Application.company)).all()
    assert [tuple(r) for r in rows] == [("A", 120000.0, 150000.0), ("B", 50000.0, 90000.0)]
