"""blind20 hand-written records v09-v16."""
from common import rec

RECORDS = [
rec("v09", "allied_health", "mid", "Hospice Volunteer", "Carol Brandt-Nakamura", "Spokane, WA",
    ["Respiratory Therapist", "RRT"], ["Spokane, WA", "Coeur d'Alene, ID"], False, 68640,
    4, "caregiving gap",
"""
CAROL BRANDT-NAKAMURA, RRT
Spokane, WA 99203 | 509-555-0119 | carol.bnakamura@example.com

SUMMARY
Registered respiratory therapist returning after 12 years at home raising three children and caring for my mother-in-law. Washington RCP license reinstated March 2026 after the required refresher; NBRC RRT credential active.

RECENT
Hospice Volunteer - Inland Northwest Hospice | 2022 - present
- Companion visits 2 afternoons a week; helped families with home oxygen concentrators and CPAP set-up questions (within volunteer scope)
Respiratory Care Refresher - Spokane Community College | Jan - Mar 2026
- 80 hours didactic and 120 clinical hours at Providence Sacred Heart: ventilator management, ABGs, high-flow nasal cannula, BiPAP

CAREGIVING GAP | 2014 - 2025
- Full-time parent and family caregiver (home oxygen, tracheostomy care for a family member)

RESPIRATORY THERAPIST - Deaconess Valley Medical Center, Spokane, WA | 2008 - 2014
- Adult ICU and floor therapy; ventilator rounds, extubations, ABG draws and analysis
- Neonatal deliveries and NICU back-up after NRP
- Pulmonary function testing 1 day per week

RESPIRATORY THERAPIST - Lewiston Regional Hospital, Lewiston, ID | 2006 - 2008
- Nights, 120-bed community hospital

EDUCATION
A.A.S. Respiratory Care, Spokane Community College, 2006

CREDENTIALS
RRT (NBRC) | WA Respiratory Care Practitioner license (reinstated 2026) | BLS, ACLS (2026), NRP (2026)

PREFERENCES
Staff respiratory therapist, day shift, 0.8-1.0 FTE. Spokane or Coeur d'Alene. $33/hr minimum.
"""),

rec("v10", "human_resources", "mid", "HR Generalist / Payroll Specialist", "Devin Okonkwo-Burke", "Kansas City, MO",
    ["HR Generalist", "HR Business Partner", "Senior HR Generalist"], ["Kansas City, MO", "Overland Park, KS"], False, 68000,
    5, "slash titles",
"""
DEVIN OKONKWO-BURKE, SHRM-CP
Kansas City, MO | 816-555-0120 | devin.ob@example.com

EXPERIENCE
HR Generalist / Payroll Specialist - Missouri Valley Millwork, Kansas City, MO | 2022 - present
(Only HR person for 210 employees at two plants; reports to the CFO)
- Full-cycle recruiting for hourly and office roles, about 70 hires a year
- Onboarding, I-9/E-Verify, handbook updates, FMLA and ADA leave administration
- Investigations and documentation for disciplinary actions; unemployment claims
- Biweekly payroll in Paylocity, garnishments, 401(k) remittances, benefits open enrollment
- Cut first-90-day turnover from 38% to 22% with a structured onboarding plan

Receptionist / HR Assistant - Brookside Family Dental Group, Kansas City, MO | 2020 - 2022
- Front desk plus new-hire paperwork, personnel files, benefits enrollment for 45 staff

Server / Shift Trainer - Harbor Grill, Overland Park, KS | 2017 - 2020

EDUCATION
B.S. Business Administration (HR emphasis), University of Missouri-Kansas City, 2020

CERTIFICATIONS
SHRM-CP (2023) | Paylocity certified administrator

SKILLS
Paylocity, Indeed, E-Verify, Excel (VLOOKUP, pivots), employee relations, Missouri and Kansas wage and hour basics

NEXT STEP
HR generalist or HRBP role with more employee-relations work and less payroll. Kansas City metro, onsite or hybrid. $68,000.
"""),

rec("v11", "construction", "senior", "Estimator / Project Manager", "Lars Eckholm", "Boise, ID",
    ["Senior Estimator", "Project Manager", "Preconstruction Manager"], ["Boise, ID", "Meridian, ID"], False, 105000,
    5, "slash titles",
"""
LARS ECKHOLM
Meridian, ID | 208-555-0121 | lars.eckholm@example.com

EXPERIENCE
Estimator / Project Manager - Treasure Valley Commercial Builders, Boise, ID | 2019 - present
- Estimate and then run the jobs I win: tenant improvements, medical offices, small retail, $0.5M-$9M
- Quantity takeoffs in PlanSwift and On-Screen Takeoff; bid leveling for 20+ trades per job
- Won 31 of 88 bids since 2019 (about $64M); 2025 volume $14.2M
- As PM: buyout, subcontracts, RFIs, submittals, change orders, pay apps, owner meetings
- Work with one superintendent per job; no direct reports

Assistant Project Manager / Estimator - Snake River Builders, Nampa, ID | 2016 - 2019
- Submittals and RFIs for school and church projects; estimated concrete and site work

Carpenter - Eckholm Framing (my uncle's crew) | 2011 - 2016
- Wood framing and finish on custom homes; foreman for the last 2 years

EDUCATION
B.S. Construction Management, Boise State University, 2016

CERTIFICATIONS
OSHA 30 | Certified Professional Estimator (ASPE CPE, 2022) | Procore Project Manager certification

SKILLS
PlanSwift, On-Screen Takeoff, Sage Estimating, Procore, Bluebeam Revu, MS Project, RSMeans

WANT
Senior estimator or PM, commercial. Boise/Meridian. $105,000 base plus vehicle.
"""),

rec("v12", "logistics_supply_chain", "lead", "Dispatch Supervisor/Fleet Coordinator", "Ramona Teixeira", "Stockton, CA",
    ["Transportation Supervisor", "Fleet Manager", "Dispatch Manager"], ["Stockton, CA", "Tracy, CA", "Modesto, CA"], False, 82000,
    5, "slash titles",
"""
RAMONA TEIXEIRA
Stockton, CA 95207 | 209-555-0122 | ramona.teixeira@example.com

EXPERIENCE
Dispatch Supervisor/Fleet Coordinator - Central Valley Produce Haulers, Stockton, CA | 2021 - present
- Supervise 4 dispatchers on two shifts and coordinate 62 company drivers plus owner-operators
- Build daily loads and routes for refrigerated deliveries to 300+ grocery and restaurant stops
- Fleet side: PM scheduling for 48 tractors and 70 reefer trailers with two outside shops
- ELD / hours-of-service compliance in Samsara; DOT audit 2024 with no violations
- Hired and trained 6 dispatchers; write the schedules and handle attendance issues
- Cut empty miles 14% by re-planning backhauls with two produce packers

Dispatcher/Driver Manager - Delta Freightways, Tracy, CA | 2017 - 2021
- Dispatch for 35 drivers; driver pay audits, load tendering in McLeod

Driver (Class A) - Delta Freightways | 2014 - 2017
- Regional reefer, 380,000 accident-free miles

EDUCATION
Logistics and Supply Chain certificate, San Joaquin Delta College, 2019
Class A CDL (inactive medical card since 2022)

SKILLS
Samsara, McLeod LoadMaster, Fleetio, DAT load board, Excel, bilingual Portuguese/English, conflict de-escalation with drivers

PREFERENCES
Transportation supervisor or fleet manager. Stockton, Tracy or Modesto. $82,000 minimum.
"""),

rec("v13", "policy_program", "senior", "Management and Program Analyst, GS-0343-12", "Harold Beaumont-Diaz", "Denver, CO",
    ["Senior Program Analyst", "Program Manager", "Management Analyst"], ["Denver, CO", "Remote"], True, 98000,
    6, "grade codes",
"""
HAROLD BEAUMONT-DIAZ
Lakewood, CO | 303-555-0123 | h.beaumontdiaz@example.com

FEDERAL EXPERIENCE
GS-0343-12, Step 5 - Regional Office, Federal Housing Assistance Administration (fictional agency), Denver, CO | 2020 - present
40 hrs/wk. Supervisor: Regional Program Director.
- Analyze grantee performance for 64 public housing and homelessness grants ($310M) in six states
- Write the regional quarterly performance report and briefings for the Regional Administrator
- Lead site-monitoring reviews; write findings and corrective action plans, track closure
- Drafted the region's standard operating procedure for grant close-out, adopted nationally in 2024
- Coordinate 5 GS-9/11 analysts on review teams (no formal supervision)

GS-0343-11 - same office | 2017 - 2020
- Grant monitoring and data validation; wrote desk-review guides

GS-0301-09 (Pathways Recent Graduate) - Federal Housing Assistance Administration | 2015 - 2017
- Rotations in budget, grants and policy offices

EDUCATION
Master of Public Administration, University of Colorado Denver, 2015
B.A. Political Science, Colorado State University, 2013

TRAINING
Federal Grants Management certificate (2019) | Lean Six Sigma Green Belt (2021) | FAC-P/PM Level II (2023)

SKILLS
2 CFR 200 Uniform Guidance, performance measurement, logic models, Excel, Power BI basics, plain-language writing

PREFERENCES
GS-13 / senior program analyst or program manager; federal, state or nonprofit. Denver or remote. $98,000.
"""),

rec("v14", "software_engineering", "lead", "L6", "Mei-Ling Castellanos", "Seattle, WA",
    ["Staff Software Engineer", "Principal Engineer", "Engineering Manager"], ["Seattle, WA", "Remote"], True, 240000,
    6, "grade codes",
"""
MEI-LING CASTELLANOS
Seattle, WA | 206-555-0124 | meiling.c@example.com | github.com/mlcastellanos-example

EXPERIENCE
L6 - Kestrel Commerce, Seattle, WA | 2022 - present
(Internal ladder: L3 entry, L4, L5, L6, L7. Title field in HR system is just the level.)
- Tech lead for the checkout platform: 3 teams, 19 engineers; set the architecture and review every design doc
- Split the Java monolith checkout service into 7 Kotlin services on Kubernetes; p99 latency 1.8s to 420ms
- Designed idempotent payment-retry framework now used by 11 services
- Run the platform on-call rotation and incident reviews; mentor 4 L4/L5 engineers toward promotion
- Member of the architecture review board

L5 - Kestrel Commerce | 2019 - 2022
- Built the cart and promotions services; led migration from MySQL to Aurora PostgreSQL

L4 - Kestrel Commerce | 2017 - 2019
- Backend features in Java/Spring; built the first contract-testing suite

Software Engineer I - Northbay Ticketing, Oakland, CA | 2015 - 2017

EDUCATION
B.S. Computer Science, University of Washington, 2015

SKILLS
Kotlin, Java, Go, PostgreSQL, Kafka, Kubernetes, Terraform, gRPC, distributed systems, system design interviews

PREFERENCES
Staff or principal IC (open to an engineering manager role). Seattle hybrid or remote US. Total comp, but base floor $240,000.
"""),

rec("v15", "data_analysis", "senior", "Analyst III", "Bernadette Olawale", "Hartford, CT",
    ["Senior Data Analyst", "Analytics Lead", "Senior BI Analyst"], ["Hartford, CT", "Remote"], True, 105000,
    6, "grade codes",
"""
BERNADETTE OLAWALE
Glastonbury, CT | 860-555-0125 | b.olawale@example.com

WORK HISTORY
Analyst III - Charter Oak Mutual Insurance, Hartford, CT | 2023 - present
Analyst II - Charter Oak Mutual Insurance | 2020 - 2023
Analyst I - Charter Oak Mutual Insurance | 2018 - 2020
(Charter Oak uses one "Analyst" job code for everyone in Claims Operations; the work is below.)

What I actually do
- Build and own the claims-severity dashboards in Power BI used by 140 adjusters and 9 claims VPs
- SQL (Snowflake, SQL Server) pipelines for daily claim, reserve and litigation data
- Python (pandas, scikit-learn) model that flags auto bodily-injury claims likely to go to litigation; reviewed with actuarial, in production since 2024
- A/B evaluation of a new first-notice-of-loss intake script: 7% shorter cycle time
- Define metrics with claims leaders; write data dictionaries; train analysts on SQL
- Mentor two Analyst I hires; no formal reports

Claims Service Representative - Charter Oak Mutual Insurance | 2016 - 2018
- Phone intake for auto claims; moved to analytics after building the team's Excel tracker

EDUCATION
M.S. Business Analytics, UConn, 2020 (part-time)
B.A. Economics, Trinity College, 2016

SKILLS
SQL, Snowflake, Power BI (DAX), Python, dbt, Excel, experimental design, stakeholder communication

PREFERENCES
Senior data or BI analyst; Hartford hybrid or remote. $105,000 base.
"""),

rec("v16", "manufacturing", "lead", "Principal Process Engineer", "Anil Ferreira-Holt", "Rochester, NY",
    ["Manufacturing Engineering Manager", "Principal Process Engineer", "Process Engineering Lead"],
    ["Rochester, NY", "Buffalo, NY", "Syracuse, NY"], False, 150000,
    7, "patent and publication list",
"""
ANIL FERREIRA-HOLT
Rochester, NY | 585-555-0126 | anil.fholt@example.com

EXPERIENCE
Principal Process Engineer - Genesee Optical Coatings, Rochester, NY | 2018 - present
- Lead the 5-person process engineering group for vacuum thin-film coating lines (lens and filter)
- Yield on the filter line from 71% to 93%; scrap cost down $2.4M/yr
- Qualified 3 new coating chambers; wrote PFMEAs and control plans; IATF 16949 audits
Senior Process Engineer - Lakeside Precision Glass, Corning, NY | 2011 - 2018
- Glass pressing and CNC grinding; SPC roll-out across 40 machines
Process Engineer - Lakeside Precision Glass | 2008 - 2011

EDUCATION
M.S. Materials Science, RIT, 2010 | B.S. Mechanical Engineering, Clarkson University, 2008
Six Sigma Black Belt (ASQ CSSBB)

PATENTS (granted, all assigned to employers)
1. US 11,9xx,xx1 - Method for in-situ thickness control of multilayer optical coatings (2024)
2. US 11,6xx,xx4 - Fixture for uniform rotation of lens substrates in a vacuum chamber (2023)
3. US 11,2xx,xx7 - Low-stress hafnia coating process (2022)
4. US 10,9xx,xx2 - Plasma pre-clean sequence for glass substrates (2021)
5. US 10,4xx,xx9 - Grinding wheel dressing schedule based on spindle load (2019)
6. US 9,8xx,xx3 - Press mold release coating (2017)

CONFERENCE PAPERS AND TALKS (industry, not academic)
- "Closing the loop on optical monitoring," SVC TechCon, 2025
- "Yield learning on a mixed-product coating line," SVC TechCon, 2023
- "SPC for small-batch glass grinding," SME Precision Machining Summit, 2016
- "Mold life in precision glass pressing," Optifab, 2015
- Internal: 14 technical reports on chamber qualification (2018-2025)

PREFERENCES
Manufacturing/process engineering manager or principal. Upstate NY. $150,000.
"""),
]
