"""Two person-level misreadings of issue 11's calibration causes (session 32, calib141, blind19).

1. The degree read as the master's rung (``normalize.level_lookalikes.NOT_RUNGS``): blind19 u06, a
   Europass CV whose current title is "Research Assistant (Master's thesis)", was read senior (two
   rungs above her entry label), so every entry posting of her field sat under the strong-fit floor.
   Titles of students, trainees and research staff name the degree they study for ("Master's student",
   "MSc thesis", "Master of Science program"); the licence grade "Master Electrician" and trade
   ranks ("Master Barber", "Master Technician") keep their rung.
2. "My first management role" read as a new entrant (``normalize.level_cues._NOT_RUNG_UP``, merged with fam140): blind19
   u26, a Senior Content Marketing Specialist of 7 years "ready for my first management role", was
   read entry (labeled senior). A "first" job at a rung above the one held is a promotion asked for;
   a first job, a first nursing job, a first full-time role still mark a new entrant.

Old code (main 63bebf9): table 1 failed 10 of 26 rows, table 2 failed 13 of 24 rows; the new code
passes all. Phrasings: titles and summaries as written on job boards' resumes, Europass CVs and
graduate-assistant postings.
"""

import pytest

from careercopilot.normalize.level_cues import new_entrant
from careercopilot.normalize.occupations import infer_level

DEGREE_TITLES = [
    # the degree: no rung from "master"
    ("Research Assistant (Master's thesis)", None),
    ("Teaching Assistant (Master's program)", None),
    ("Research Assistant - Master's Project", None),
    ("Master's Student Researcher", "entry"),
    ("Graduate Research Assistant (Master’s thesis)", "entry"),
    ("Masters Student Intern", "entry"),
    ("Masters Candidate, Research Assistant", None),
    ("Lab Technician (Masters research)", None),
    ("Graduate Assistant - Master of Science program", "entry"),
    ("Research Fellow, Master of Public Health program", None),
    ("Practicum Counselor (Master of Social Work)", None),
    ("Thesis Researcher, Master of Engineering", None),
    ("Master's Level Therapist", None),
    ("Masters Level Clinician", None),
    ("Master's-Prepared Nurse Educator", None),
    ("Data Analyst (Master's in Analytics)", None),
    # the rung: kept
    ("Master Electrician", "lead"),
    ("Master Plumber", "lead"),
    ("Master Barber", "senior"),
    ("Master Technician", "senior"),
    ("Master Electrician's Helper", "lead"),
    ("Master Carpenter", "senior"),
    ("Senior Research Assistant", "senior"),
    ("Master Data Analyst", None),
    ("Scrum Master", None),
    ("Master Scheduler", None),
]


@pytest.mark.parametrize(("title", "level"), DEGREE_TITLES)
def test_degree_words_are_no_rung(title, level):
    assert infer_level(title, None, default=None) == level


FIRST_JOBS = [
    # a promotion asked for: not a new entrant
    ("B2B content marketer, 7 years - ready for my first management role.", False),
    ("Senior accountant looking for my first manager position in corporate finance.", False),
    ("Eight years as a line cook; looking for my first head chef position.", False),
    ("Looking for my first leadership position in operations.", False),
    ("Seeking my first supervisory role after six years on the floor.", False),
    ("Ready for my first people-manager role.", False),
    ("Staff engineer, 9 years: my first team lead position is the next step.", False),
    ("RN, 6 years med-surg, looking for a first charge nurse position.", False),
    ("Journeyman carpenter looking for my first foreman job.", False),
    ("Program analyst, 5 years; looking for my first director-level role.", False),
    ("Looking for my first senior role after four years as an analyst.", False),
    ("Project engineer seeking my first superintendent position.", False),
    # a first job: a new entrant, as before
    ("Looking for my first job as a pharmacy technician.", True),
    ("Newly licensed RN looking for my first nursing job.", True),
    ("Recent graduate looking for my first full-time role.", True),
    ("Looking for my first marketing role.", True),
    ("My first data analyst position is what I am after.", True),
    ("Looking for a first job in logistics.", True),
    ("Seeking an entry-level paralegal role.", True),
    ("New graduate nurse seeking my first position on a med-surg unit.", True),
    # neither
    ("Senior content marketer, 7 years, open to manager roles.", False),
    ("Operations manager with 10 years in distribution.", False),
    ("First-shift maintenance technician, 4 years.", False),
    ("My first management role was at Target in 2015.", False),
]


@pytest.mark.parametrize(("summary", "entrant"), FIRST_JOBS)
def test_a_first_role_above_the_rung_held_is_no_new_entrant(summary, entrant):
    assert new_entrant(summary) is entrant
