"""blind11 records k24-k30, typed by hand."""
from common import rec

RECORDS = [
rec("k24", "administrative", "mid", "Office Specialist II", "Naomi Petrakis", "Fresno, CA",
    ["Administrative Assistant", "Office Specialist III", "Administrative Coordinator"], ["Fresno, CA", "Clovis, CA"], False, 52000,
    "two concurrent jobs (county office + vet hospital front desk); $25/hr floor", "plain, em-dash title lines", """
Naomi Petrakis
Fresno, CA | 559-555-0198 | naomi.petrakis@example.com

I work two jobs: weekdays as an Office Specialist II for the county, Saturdays at the front desk of a veterinary hospital. I'd like one full-time administrative job that pays enough on its own: administrative assistant, office specialist or administrative coordinator. Fresno or Clovis. $25/hr floor.

Office Specialist II — Fresno County Department of Public Works, Fresno, CA — 2022–present
- Front counter and phones for the permits section (60–80 contacts a day); take encroachment permit applications, check them for completeness, collect fees.
- Minutes for the weekly division meeting; calendars for 2 division managers; purchase requisitions and P-card reconciliation.
- Records: scanned and indexed 1,500+ old permit files into Laserfiche; set up the retention schedule spreadsheet.
Client Care Receptionist (Saturdays, part-time) — Valley Oaks Veterinary Hospital, Clovis, CA — 2021–present
- Check-in and check-out, scheduling in AVImark, estimates and payments, reminder calls. I don't do animal care; that's the veterinarians, the RVTs and the vet assistants.
Office Specialist I — Fresno County Department of Public Works — 2020–2022
Administrative Assistant (temp) — staffing agency placements at an insurance office and an ag co-op — 2018–2020

Education
Fresno City College, Office Technology Certificate, 2018
Typing 68 wpm; Notary Public (California, 2024)

Software
Microsoft 365 (Word, Excel, Outlook, Teams), Laserfiche, Tyler EnerGov, AVImark, Adobe Acrobat

Bilingual English/Spanish; I cover Spanish-speaking customers at the permit counter.
"""),

rec("k25", "public_safety", "mid", "Public Safety Telecommunicator II", "Holly Brannigan", "Cedar Rapids, IA",
    ["Public Safety Telecommunicator", "911 Dispatcher", "Communications Training Officer"], ["Cedar Rapids, IA", "Iowa City, IA"], False, 50000,
    "911 dispatcher + part-time EMT (two jobs); EOC activations; earlier loss prevention", "plain, em-dash title lines, ALL CAPS name block", """
HOLLY BRANNIGAN
Emergency Communications / EMS
Cedar Rapids, IA · holly.brannigan@example.com · 319-555-0124

Full-time 911 telecommunicator (4 years) and part-time EMT on a rural ambulance service. Looking for a telecommunicator, senior dispatcher or communications training officer position at a PSAP in eastern Iowa. Not looking for trucking or freight dispatch.

Public Safety Telecommunicator II — Linn Valley Joint Communications (consolidated PSAP), Cedar Rapids, IA — 2022–present
- Answer 911 and admin lines for 3 police agencies, 9 fire departments and county EMS; CAD (CentralSquare), NCIC and state system queries, radio on 4 talkgroups.
- Emergency medical dispatch by protocol (ProQA); phone CPR instructions with 6 documented saves.
- Cross-trained on fire and police consoles; fill in for the communications training officer.
- Storm and tornado activations with the county EOC; FEMA IS-100, 200, 700 and 800 completed.
EMT (part-time, 2–3 shifts a month) — Palo-Atkins Ambulance Service, Palo, IA — 2020–present
- BLS 911 responses and transfers; patient care reports in ImageTrend.
Loss Prevention Associate — big-box retailer, Cedar Rapids — 2019–2022 (part-time at the end)
- CCTV, apprehension paperwork, shrink audits.

Certifications
APCO Public Safety Telecommunicator 1; Emergency Medical Dispatcher (IAED); Iowa EMT (NREMT); CPR instructor (AHA)
NCIC full access; CJIS security awareness

Education
Kirkwood Community College, criminal justice coursework (30 credits)
"""),

rec("k26", "public_safety", "lead", "Security Shift Supervisor", "Raymond J. Tolliver", "Lansing, MI",
    ["Security Supervisor", "Loss Prevention Manager", "Security Site Manager"], ["near me (Lansing, East Lansing, Okemos, DeWitt, MI)"], False, 62000,
    "retired corrections lieutenant, 29 yrs of titles; security/loss prevention; 'near me'", "PDF: dates on separate lines,  bullets", """
RAYMOND J. TOLLIVER
Security / Loss Prevention Supervisor
Lansing, MI  517-555-0137  rtolliver.sec@example.com

SUMMARY
Retired Michigan corrections lieutenant, 27 years of service, now looking for a security supervisor, security site manager or loss prevention manager job near me (Lansing, East Lansing, Okemos, DeWitt). I want to lead a team again on day shift. $62,000 or more.

EXPERIENCE
Security Shift Supervisor (contract security)
2025 – present
Capitol Guard Services, Lansing, MI (site: regional hospital)
 Supervise 8 officers on days; post orders, patrol tours, workplace-violence responses with ED staff, restraint assists.
 Incident reports, trespass notices, camera review with police.
Corrections Lieutenant (Shift Commander)
2016 – 2024
Michigan Department of Corrections, Ionia
 Commanded a shift of 2 sergeants and 35 officers; critical incident command, use-of-force reviews.
Corrections Sergeant
2009 – 2016
 Housing unit and yard sergeant; field training officer for new hires.
Corrections Officer
1997 – 2009
 Housing units, transport, perimeter; emergency response team member 1999–2008.
Loss Prevention Agent (part-time, nights/weekends)
2003 – 2007
 Department store at a Lansing mall: apprehensions, CCTV, support on internal investigations.

TRAINING & LICENSES
Michigan security guard license; CPR/First Aid/AED instructor
ASIS CPP study in progress; Crisis Intervention Team (40 hr)
Verbal de-escalation instructor; OC spray and handcuffing instructor
Associate in Criminal Justice, Lansing Community College, 1996
"""),

rec("k27", "social_work", "entry", "BSW Field Intern", "Daniel Okafor-Price", "Toledo, OH",
    ["Case Manager", "Crisis Case Manager", "Social Worker (LSW)"], ["Toledo, OH", "Bowling Green, OH"], False, 46000,
    "former firefighter/paramedic changing careers to social work", "plain, ALL CAPS section headers", """
Daniel "Danny" Okafor-Price
Toledo, OH | 419-555-0146 | danny.okaforprice@example.com

Former firefighter/paramedic (12 years) finishing a career change into social work. BSW December 2026 (CSWE-accredited), LSW exam scheduled for January. Looking for my first case manager / social worker position: crisis, behavioral health, homeless outreach or veterans. Toledo or Bowling Green.

SOCIAL WORK EXPERIENCE
BSW Field Intern (450 hrs) — county crisis response team, Toledo, OH — Jan 2026 – Dec 2026
- Co-respond with police and fire on mental health calls; safety planning and linkage to outpatient care.
- Intake assessments, warm handoffs to shelters and detox; case notes in the agency EHR.
- Follow-up calls within 72 hours for 60+ frequent 911 callers; helped build a referral list with 2-1-1.
Volunteer, veterans peer support group — Toledo — 2023–present

FIRE SERVICE
Firefighter/Paramedic — City of Maumee Fire Division, Maumee, OH — 2011–2023
- Engine and medic company; 2,000+ EMS runs a year on my rig. Lead paramedic on the medic unit for 5 years.
- Peer support team member after line-of-duty deaths; CISM trained.
- Medically retired after a shoulder injury in 2023.
Firefighter (part-time) — Waterville Township Fire — 2009–2011

EDUCATION & CREDENTIALS
B.A. Social Work, University of Toledo, Dec 2026 (GPA 3.7)
A.A.S. Fire Science, Owens Community College, 2010
Ohio paramedic certificate (inactive since 2024); Mental Health First Aid instructor; CIT-trained; QPR suicide prevention gatekeeper

I know what a bad day looks like from the other side of the call. I want to be the one who follows up.
"""),

rec("k28", "science_lab", "senior", "QC Chemist III", "Huong Tran-McAllister", "Durham, NC",
    ["Senior QC Chemist", "Analytical Scientist II", "QC Chemist III"], ["Durham, NC", "Research Triangle Park, NC", "Raleigh, NC"], False, 88000,
    "pharma QC chemist (lab in a manufacturing plant)", "PDF: instrument table flattened into one line, • bullets", """
HUONG "ANNIE" TRAN-McALLISTER
QC Chemist III
Durham, NC · 919-555-0170 · annie.tmc@example.com

Analytical chemist with 10 years in GMP quality control labs (oral solid dose and sterile injectables). Looking for a senior QC chemist / analytical scientist II role in the Triangle: bench work plus method transfer and investigations. No people management for now.

EXPERIENCE
QC Chemist III — Longleaf Generics, Inc., Research Triangle Park, NC — 2021 – present
• HPLC/UPLC assay and related substances, dissolution (USP I/II), KF, GC residual solvents on release and stability samples.
• Method transfers and validations (ICH Q2) for 6 products; write the protocols and reports.
• Lead Phase I OOS/OOT lab investigations, write deviations and CAPAs in TrackWise; LIMS (LabWare) reviewer.
• Peer review data packages; trained 5 new chemists on Empower 3.
QC Chemist II — Carolina Sterile Pharma, Sanford, NC — 2018 – 2021
• Raw material testing to USP/EP monographs, FTIR, UV-Vis, TOC and conductivity on water system samples.
QC Chemist I, earlier Lab Technician — Piedmont Contract Labs, Greensboro, NC — 2016 – 2018

INSTRUMENTS & SOFTWARE
Technique Instrument Software HPLC/UPLC Waters Alliance, Acquity Empower 3 Dissolution Agilent 708-DS — GC Agilent 7890 OpenLab KF Metrohm Titrando tiamo LIMS — LabWare

EDUCATION
B.S. Chemistry (ACS-certified), UNC Greensboro, 2016
cGMP/GDP, 21 CFR Part 11 and data integrity (ALCOA+) training
"""),

rec("k29", "science_lab", "lead", "Laboratory Manager", "Gretchen Albrecht-Soto", "Madison, WI",
    ["Laboratory Manager", "Lab Supervisor", "Core Facility Manager"], ["Madison, WI"], False, 78000,
    "lab manager with micro tech / research associate / seasonal sampling / histology-aide history", "plain, em-dash title lines", """
Gretchen Albrecht-Soto
Madison, WI · gretchen.as@example.com · 608-555-0119

Laboratory manager, 20 years at the bench and running labs. I manage a 22-person university microbiology research lab: 4 staff research specialists report to me, and the students and postdocs rely on me for safety, ordering and equipment. The PI retires in 2027 and the lab will close. Looking for lab manager, lab supervisor or core facility manager roles in Madison.

Laboratory Manager — Department of Bacteriology, University of Wisconsin–Madison — 2016–present
- Supervise 4 research specialists: hiring, schedules, training, performance reviews.
- $600K/yr supplies and equipment budget; purchasing, service contracts, inventory in Quartzy.
- BSL-2 safety lead for the lab; biosafety protocols, chemical hygiene plan, annual inspections with no findings.
- Run the anaerobic chamber and sequencing sample prep; keep the -80 freezer inventory and alarms.
Research Associate II — Badger Biosciences (startup), Middleton, WI — 2011–2016
- Strain engineering for probiotic products; qPCR, plate assays, 2 L fermentations.
Microbiology Laboratory Technician — Northern Dairy Testing Lab, Sun Prairie, WI — 2008–2011
- Coliform, Listeria and Salmonella testing on dairy samples (AOAC/BAM methods); ISO 17025 records.
Environmental Sampling Technician (seasonal, May–Sept) — environmental consulting firm, state water monitoring contract — 2006–2008
- Stream and lake sampling, chain of custody, field meters. Winters: histology lab aide at a hospital pathology lab (grossing cleanup, embedding, slide filing), which is how I got hooked on lab work.

Education
M.S. Microbiology, University of Wisconsin–Milwaukee, 2011 (evenings)
B.S. Biology, University of Wisconsin–Stevens Point, 2006
Registered Biosafety Professional (ABSA) in progress; OSHA HAZWOPER 40 hr (2007)
"""),

rec("k30", "policy_program", "executive", "Director of Programs", "Celeste Nakamura-Boyd", "Spokane, WA",
    ["Director of Programs", "VP of Programs", "Executive Director"], ["Spokane, WA", "Boise, ID", "Missoula, MT"], False, 110000,
    "nonprofit program executive (food bank); public-program background", "plain, em-dash title lines", """
Celeste Nakamura-Boyd
Spokane, WA | 509-555-0163 | celeste.nboyd@example.com

Nonprofit program executive, 20 years in anti-hunger and housing programs. I direct all programs at a regional food bank (34 staff; 4 program managers report to me). Looking for Director of Programs, VP of Programs or Executive Director of a small-to-mid nonprofit in the Inland Northwest. Open to Boise or Missoula for the right role.

Director of Programs — Inland Harvest Food Bank, Spokane, WA — 2018–present
- Lead Agency Relations, Child Nutrition, Senior Grocery (CSFP) and Mobile Pantry programs: 250 partner agencies, 21 counties, 38 million pounds of food a year.
- Member of the executive team; report to the CEO and the board's program committee. $9M program budget.
- Won and manage state and federal grants (TEFAP, CSFP and state emergency food funds) plus two foundation partnerships; state compliance reviews with zero findings.
- Launched SNAP outreach and a produce prescription pilot with two clinics.
Program Manager, Housing Stability — Spokane Family Link — 2012–2018
- Rapid rehousing and eviction-prevention programs; supervised 6 case managers; HMIS data quality lead.
Program Coordinator, then Program Analyst — Washington State DSHS, Olympia, WA — 2006–2012
- Policy and procedure updates for Basic Food (SNAP) outreach contracts; subrecipient monitoring.

Education
M.P.A., The Evergreen State College, 2008
B.A. Sociology, Gonzaga University, 2005
Nonprofit management certificate, 2019
"""),
]
