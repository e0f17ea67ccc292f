"""A posting for a manager of accounts or clients is never an entry-level job (calib96, issue 11 calibration).

``level_reading.posting_level_reading`` read "Client Success Manager" entry from its occupation's
O*NET job zone (customer service representatives, 43-4051, zone 2), "Account Manager" entry from
"1+ year of experience" and "Customer Success Manager" from "entry-level": the issue-11 curator
labeled those postings mid, senior and lead — "Manager titles that do not manage people (e.g.
marketing manager, account manager) were set to senior/mid" (``benchmarks/data/issue11/SOURCES.md``
point 4), the rule the resume side already follows (``resume_level``: ``IC_MANAGER``). Read entry,
a senior account manager's own postings were two rungs off (× 0.85: out of the strong-fit band).

Titles and description lines as issue-11 and board postings write them. On the old code 10 of the
10 raised rows failed (read entry); the 6 control rows passed and still do.
"""

import pytest

from careercopilot.normalize.level_reading import IC_MANAGER_FLOOR, posting_level_reading

RAISED = [
    # (title, description line)  — each read "entry" before
    ("Client Success Manager (Locums Tenens)", "Own a book of provider and facility clients."),  # job zone 2
    ("Client Relationship Manager", "Be the day-to-day contact for our partner agencies."),       # job zone 2
    ("Customer Success Manager", "This is an entry-level position with growth into a senior CSM role."),
    ("Account Manager, Credit Card Affiliates", "1+ year of experience in affiliate or partner management."),
    ("Personal Lines Account Manager", "1+ years of personal lines insurance experience required."),
    ("Territory Manager", "0-1 years of experience in B2B sales; we will train."),
    ("Key Account Manager", "Recent college graduates are encouraged to apply."),
    ("Relationship Manager, Business Banking", "1 year of experience in banking or customer service."),
    ("Community Manager", "New grads welcome: you will run our forums and Discord."),
    ("Property Manager", "1+ year of experience in residential leasing."),
]


@pytest.mark.parametrize(("title", "description"), RAISED)
def test_a_manager_of_accounts_is_mid_at_least(title, description):
    assert posting_level_reading(title, description) == ("mid", IC_MANAGER_FLOOR)


CONTROLS = [
    # (title, description, level): a rung the title names, a manager of people, a representative
    ("Account Manager Intern", "Summer internship for rising seniors.", "entry"),
    ("Junior Account Manager", "1+ year of experience.", "entry"),
    ("Senior Account Manager", "5+ years of experience managing enterprise accounts.", "senior"),
    ("Customer Service Representative", "Answer inbound calls from members.", "entry"),  # job zone 2, no manager
    ("Customer Service Manager", "Lead a team of 12 representatives.", "lead"),          # manages people
    ("Account Manager", "5+ years of experience in SaaS account management.", "mid"),    # unchanged: years say mid
]


@pytest.mark.parametrize(("title", "description", "level"), CONTROLS)
def test_the_title_s_own_rung_and_other_titles_are_kept(title, description, level):
    read, source = posting_level_reading(title, description)
    assert read == level
    assert source != IC_MANAGER_FLOOR
