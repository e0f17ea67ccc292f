"""Table of variants for a client, buyer or partner named as the place of the user's current work (session 30,
ground120; set 26's "I currently lead forensic investigations at Covington & Burling" for a «(client law firm)» and "I
currently manage import compliance at Chiquita" for «(importer clients)»): a present-tense verb of running or working
with its object "at" a name every resume line gives as a client (:mod:`careercopilot.writing.grounding.
client_employers`). Work *for* the client, work the resume itself places *at* it, and the employer pass. Resumes and
sentences written for this file.

``True``: the sentence must be flagged (kind ``employer``); ``False``: no flag. Old code (main 4f96153) got 3 of 12
rows wrong (three ``True`` rows passed).
"""

from __future__ import annotations

from datetime import date

import pytest

from careercopilot.writing.grounding import SourceFacts, check

TODAY = date(2026, 12, 7)

GEOTECH = """Name Surname
Senior Geotechnical Engineer
Leeds, UK · +44 7700 900456 · name@example.com

EXPERIENCE
Brightwater Engineering Ltd — Leeds
Senior Geotechnical Engineer | March 2018 – Present
• Lead ground investigations for National Highways (client) on the A1 upgrade
Geotechnical Engineer | September 2013 – February 2018
"""

IT = """Name Surname
Technical Lead
Pune, India · +91 98220 12345 · name@example.com

EXPERIENCE
Kestrel IT Services Pvt. Ltd. — Pune
Technical Lead | April 2019 – Present
• Manage the payments platform for client HDFC Bank; team of 11 developers
Senior Developer | June 2014 – March 2019
"""

GUARDING = """Name Surname
Site Supervisor
Toronto, ON · (416) 555-0133 · name@example.com

EXPERIENCE
Sentinel Guarding Services — Toronto, ON
Site Supervisor | May 2020 – Present
• Supervise 12 guards on contract at Brookfield Place
Security Guard | June 2016 – April 2020
"""

FORWARDER = """Name Surname
Operations Manager
Savannah, GA · (912) 555-0188 · name@example.com

EXPERIENCE
Harbor Freight Forwarding LLC — Savannah, GA
Operations Manager | January 2021 – Present
• Run ocean export bookings for Home Depot and Lowe's (retail clients)
Export Coordinator | March 2016 – December 2020
"""

LAW = """Name Surname
Senior Associate, Disputes
London, UK · +44 7700 900789 · name@example.com

EXPERIENCE
Marlow & Finch LLP — London
Senior Associate | September 2019 – Present
• Advise Barclays (client) on derivatives disputes
Associate | September 2014 – August 2019
"""


@pytest.mark.parametrize("resume,sentence,flagged", [
    (GEOTECH, "I currently lead ground investigations at National Highways.", True),
    (IT, "I now manage the payments platform at HDFC Bank.", True),
    (FORWARDER, "I run ocean export bookings at Home Depot.", True),
    (LAW, "I currently lead derivatives disputes at Barclays.", True),
    (FORWARDER, "I currently manage export operations at Home Depot and Lowe's.", True),
    (GEOTECH, "I lead ground investigations for National Highways.", False),
    (GEOTECH, "I currently lead ground investigations at Brightwater Engineering.", False),
    (IT, "I manage the payments platform for HDFC Bank, a client of Kestrel.", False),
    (GUARDING, "I supervise 12 guards at Brookfield Place.", False),
    (FORWARDER, "I run ocean export bookings for Home Depot and Lowe's.", False),
    (LAW, "I advise Barclays on derivatives disputes.", False),
    (LAW, "I currently lead derivatives disputes at Marlow & Finch.", False),
])
def test_client_named_as_the_current_workplace(resume, sentence, flagged):
    facts = SourceFacts.from_texts(resume, today=TODAY)
    flags = [f for f in check(sentence, facts) if f.kind == "employer"]
    assert bool(flags) is flagged, flags
