"""blind11 records k09-k15, typed by hand."""
from common import rec

RECORDS = [
rec("k09", "construction", "mid", "Equipment Operator (seasonal)", "Luis Armendariz", "Rapid City, SD",
    ["Heavy Equipment Operator", "Excavator Operator", "Equipment Operator - Year Round"], ["Rapid City, SD", "West River South Dakota"], False, 58240,
    "seasonal construction + seasonal county snowplow (two seasonal jobs)", "PDF: ALL CAPS job lines with pipes", """
LUIS "CHUY" ARMENDARIZ
Operating Engineer - Heavy Equipment
Rapid City, SD | 605-555-0155 | chuy.armendariz@example.com

SUMMARY
Heavy equipment operator with 6 seasons on highway, site and utility jobs. Construction season is April-November; winters I drive plow for the county. Looking for a year-round operator job, or a contractor that keeps operators busy in winter (shop, hauling, snow removal). Will travel anywhere West River. Wage: $28/hr or better plus per diem on out-of-town jobs.

EXPERIENCE
EQUIPMENT OPERATOR (SEASONAL) | BLACK HILLS EARTHWORKS INC. | RAPID CITY, SD | APR 2021 - PRESENT
- Cat 336 excavator, D6 dozer, 140M grader, 950 loader on highway widening, subdivision and municipal utility jobs.
- Trench for water and sewer to grade with GPS (Trimble Earthworks) and a laser; dig around live utilities with a spotter.
- Daily walkarounds, greasing, DVIR on the lowboy; trained 2 laborers to run skid steer and roller.
SNOWPLOW OPERATOR (SEASONAL, NOV-MAR) | PENNINGTON COUNTY HIGHWAY DEPT. | 2022 - PRESENT
- Tandem-axle plow with wing, 12-hour shifts on county routes; sanding, thawing culverts.
LABORER / PIPE LAYER | HOLLAND UTILITY CONSTRUCTORS | 2018 - 2020
- Pipe crew: laid PVC and ductile iron, set manholes, trench boxes and shoring, flagging.
RANCH HAND | MEADE COUNTY | 2014 - 2018

CERTIFICATIONS
Class A CDL (tanker endorsement), clean MVR
OSHA 10; excavation competent person (2023)
No crane card yet - would get NCCCO if the company sponsors it
MSHA Part 46 (gravel pit)

EQUIPMENT
Excavators to 40 ton, dozers D3-D6, motor grader, wheel loader, skid steer, roller, backhoe, water truck, lowboy
"""),

rec("k10", "engineering_architecture", "senior", "Senior Civil Designer", "Marjorie Okonkwo-Teague", "Raleigh, NC",
    ["Senior Civil Designer", "Civil Engineering Technician", "CAD Designer - Civil"], ["Raleigh, NC", "Durham, NC"], False, 72000,
    "older worker, 31 yrs, many titles; laid off after acquisition", "plain, indented bullets without markers", """
Marjorie Okonkwo-Teague
Civil Designer / Engineering Technician
Raleigh, NC · 919-555-0126 · m.okteague@example.com

Thirty-one years of civil site and roadway design, from hand drafting on mylar to Civil 3D and OpenRoads. My firm was acquired in September and the Raleigh design group was closed. I want a senior civil designer or engineering technician position: production work, not management. Raleigh/Durham, hybrid is fine.

Experience
Senior Civil Designer, Tarheel Site Engineering (acquired 2026), Raleigh, NC, 2014–2026
  Grading, storm drainage and utility plans for retail sites, schools and subdivisions; plan sets of 40–120 sheets.
  Storm sewer design in Hydraflow and SSA under the PE's direction; NCDEQ erosion control plans.
  Checked junior designers' sheets before PE review (no direct reports).
Civil Engineering Technician III, NCDOT Division 5, Durham, NC, 2005–2014
  Roadway plans in MicroStation/GEOPAK; cross sections, quantities, right-of-way plats.
Engineering Technician II, NCDOT Division 5, 2001–2005
CAD Drafter, Brightleaf Surveying, Wake Forest, NC, 1998–2001
Drafter I (hand drafting, then AutoCAD R12), Pruitt & Lowe Engineers, Greensboro, NC, 1995–1998
Survey rodman (summers), Guilford County, 1993–1994

Education
A.A.S. Civil Engineering Technology, Wake Technical Community College, 1995
NICET Level III, Transportation - Highway Design

Software
Civil 3D 2025, AutoCAD, MicroStation/OpenRoads Designer, GEOPAK, Hydraflow Storm Sewers, Autodesk SSA, Bluebeam, ArcGIS Pro (basic)

I'm 57 and plan to work another ten years. I learn new software fast; I moved our group from Land Desktop to Civil 3D in 2012.
"""),

rec("k11", "manufacturing", "lead", "Group Leader, Final Assembly", "Andre Whitcomb", "Georgetown, KY",
    ["Production Supervisor", "Area Leader", "Group Leader"], ["Georgetown, KY", "Lexington, KY", "Frankfort, KY"], False, 78000,
    "employer-specific titles (Team Member / Team Leader / Group Leader)", "plain, employer block with nested titles", """
Andre Whitcomb
Georgetown, KY · andre.whitcomb@example.com · 502-555-0139

Production Group Leader at an automotive seating supplier. 14 years on the floor: Team Member, then Team Leader, then Group Leader. Looking for a production supervisor or area leader job in automotive or heavy manufacturing, 1st or 2nd shift, Georgetown/Lexington/Frankfort area.

Kanto Seating Systems of America, Georgetown, KY
Group Leader, Final Assembly (2nd shift) | 2019 – present
- Run 2 assembly lines (front seats) with 3 Team Leaders and 26 Team Members; about 1,100 seats a shift at a 58-second takt.
- Own the shift's safety, quality and delivery board; start-of-shift meetings, andon response, containment when the customer calls.
- Hiring interviews, attendance points and corrective action for my group; write annual reviews for my Team Leaders.
- Led a kaizen that moved the recliner install station and closed a 6% overtime gap.
Team Leader, Final Assembly | 2014 – 2019
- Hourly lead over 5–6 Team Members: relief for every station, first-piece checks, standardized work sheets, trainer for new hires.
Team Member, Foam and Trim | 2012 – 2014
- Sewing cell and trim line; certified on 9 stations.

Before Kanto
Forklift Operator, Bluegrass Distribution, Frankfort, KY | 2009 – 2012
U.S. Army, 91B wheeled vehicle mechanic | 2005 – 2009

Training
TPS basics, A3 problem solving, standardized work, 8D, Lean Yellow Belt
OSHA 10 General Industry; forklift trainer
Bluegrass Community & Technical College, industrial maintenance coursework (12 credits)
"""),

rec("k12", "education", "mid", "Operations Trainer (Attractions)", "Brianna Castellanos-Lutz", "Kissimmee, FL",
    ["Corporate Trainer", "Training Specialist", "Learning and Development Specialist"], ["Orlando, FL", "Remote (US)"], True, 55000,
    "theme-park 'Cast Member' titles; trainer moving to corporate training", "plain, em-dash title lines", """
Brianna Castellanos-Lutz
Kissimmee, FL | (407) 555-0161 | bri.castlutz@example.com

Trainer at a large Orlando theme park resort, 6 years with the company. I want to move into a corporate trainer / training specialist role outside the parks: onboarding, customer-service training, facilitation, e-learning. Orlando area or remote.

Experience
Operations Trainer (Attractions) — Sunspire Parks & Resorts, Orlando, FL — 2022–present
- Deliver 2-day new-hire orientation and attraction-specific training to 20–30 new Cast Members a week in peak season.
- Rewrote the training guides for 4 attractions; built 12 short Articulate Rise modules that replaced printed binders.
- Certify trainees on ride-operation checklists and re-certify after incidents; track completions in the LMS (Cornerstone).
- Observe and coach Cast Members on guest-recovery conversations; our area's guest satisfaction score went from 84 to 90.
Attractions Cast Member, then Coordinator — Sunspire Parks & Resorts — 2020–2022
- Ride operations, queue management, guest recovery; ran the shift rotation as Coordinator.
Seasonal Cast Member (college program, spring) — Sunspire Parks & Resorts — 2019
Substitute Teacher (day-to-day) — Osceola County Schools — 2019–2020

Education
B.A. Communication, University of Central Florida, 2019
ATD Master Trainer Program (2025)

Tools
Articulate Storyline and Rise, Canva, Cornerstone OnDemand, Microsoft Teams and Zoom facilitation, Kahoot for class check-ins

Bilingual English/Spanish; I facilitate in both.
"""),

rec("k13", "hospitality", "executive", "General Manager", "Charles Abernathy-Voss", "Columbus, IN",
    ["General Manager", "Hotel General Manager", "Director of Operations"], ["open to relocation to the Southeast", "Columbus, IN"], False, 105000,
    "small-hotel GM; 31 yrs, many titles; relocation preference", "plain, title lines then short list", """
CHARLES "CHIP" ABERNATHY-VOSS
General Manager · Independent & Boutique Hotels
Columbus, IN · 812-555-0190 · chip.abervoss@example.com

31 years in hotels, the last 12 as general manager. The family that owned my hotel sold it to a brand that brings its own GM. I'm open to relocation to the Southeast (Carolinas, Georgia, Tennessee, coastal Alabama) for a GM or director of operations role at an independent, boutique or small full-service property.

General Manager — The Commons Hotel (64 rooms, restaurant, 4,000 sq ft meeting space), Columbus, IN — 2014–2026
- Full P&L ($6.8M revenue); the rooms, F&B, sales and maintenance heads reported to me; 70 staff.
- RevPAR up 22% from 2019 to 2025 against the comp set; top-rated independent in the county six years running.
- Managed a $2.4M room renovation while staying open; led the switch to Cloudbeds PMS and Toast POS.
Director of Rooms — Bluffside Inn & Conference Center, Madison, IN — 2008–2014
Front Office Manager — Harborview Hotel, Louisville, KY — 2003–2008
Assistant Front Office Manager — Harborview Hotel — 2000–2003
Night Auditor / Front Desk Agent — franchise hotel, Bloomington, IN — 1997–2000
Banquet Server / Houseman — Indiana Memorial Union, Bloomington — 1995–1997 (while in school)

Education & certifications
B.S. Hospitality & Tourism Management, Indiana University, 1997
Certified Hotel Administrator (CHA), 2012
ServSafe Manager; TIPS

What I'm good at
Small-hotel GM work, where you hire the housekeepers, fix the group contract and still cover the desk on Christmas Eve. Owner reporting, budgets, keeping people: housekeeping turnover went from 80% to 35%.
"""),

rec("k14", "hospitality", "lead", "Executive Chef", "Maya Desrosiers", "Portland, ME",
    ["Executive Chef", "Chef de Cuisine", "Kitchen Manager"], ["Portland, ME", "South Portland, ME", "Biddeford, ME"], False, 72000,
    "former restaurant owner; executive chef title; food small business", "PDF: private-use  bullets, dates at line end, skills flattened", """
MAYA DESROSIERS
Executive Chef
Portland, ME  207-555-0177  maya.desrosiers.chef@example.com
PROFILE
Chef with 16 years in kitchens, including 5 years owning and running my own 40-seat restaurant (closed 2024) and 2 years as executive chef at a hotel with two outlets. Looking for an executive chef, chef de cuisine or kitchen manager role in greater Portland. No more ownership; I want to cook and lead a kitchen.
EXPERIENCE
Executive Chef
Casco Light Hotel (92 rooms), Portland, ME 2024 – Present
 Lead a kitchen of 2 sous chefs, 9 line cooks and 4 dishwashers across the restaurant, banquets (up to 180 covers) and room service.
 Menu development; food cost held at 29–31%; ordering and relationships with 14 local farms and fishermen.
 Schedules, hiring and training; ServSafe for the whole team. I report to the hotel's GM.
Chef / Owner
Tidewrack Kitchen, Biddeford, ME 2019 – 2024
 40 seats, 5 nights a week; ran the kitchen and the books. Staff of 11.
 Named one of the best new restaurants in southern Maine by a local paper, 2020.
 Closed in 2024 after the lease went up 60%.
Sous Chef
Harbor & Vine, Portland, ME 2015 – 2019
Line Cook, then Lead Line Cook
Various restaurants, Portland and Boston 2010 – 2015
EDUCATION
A.O.S. Culinary Arts, Johnson & Wales University (Providence), 2010
SKILLS
Menu costing  Toast / MarginEdge  Whole-animal butchery  Seafood  Banquet production  Kitchen hiring
"""),

rec("k15", "logistics_supply_chain", "entry", "Fulfillment Associate (seasonal)", "Tre'Von Gaskins", "Indianapolis, IN",
    ["Warehouse Associate", "Forklift Operator", "Shipping and Receiving Associate"], ["Indianapolis, IN (east side / Lawrence)"], False, 40560,
    "seasonal peak work + gig delivery + fast-food 'Crew Lead'; hourly floor", "plain, middle-dot title lines", """
Tre'Von Gaskins
Indianapolis, IN (Lawrence) · 317-555-0104 · trevon.gaskins@example.com

Want a year-round, full-time warehouse job: forklift, picker, shipping/receiving, 1st or 2nd shift. East side or Lawrence, or anywhere on the Red Line bus. $19.50/hr minimum. Right now I stack seasonal and gig work to make rent.

WORK
Fulfillment Associate (seasonal peak, Oct–Jan) · e-commerce fulfillment center, Plainfield, IN · 2023, 2024, 2025 seasons
- Pick and stow with an RF scanner on 10-hour nights; 110–125% of rate most weeks.
- Cross-trained on pack and on the dock (loading trailers, wrapping and labeling pallets).
- Asked back every season; this year I asked to go permanent but they only had part-time.
Delivery Driver (independent contractor) · app-based delivery (Flex / Spark) · 2022–present
- 3–4 blocks a week in my own car, route apps, photo proof of delivery; 98% on time.
Crew Lead · Rally Burger #2207, Indianapolis · 2021–2024 (part-time)
- Ran the drive-thru side on weekend nights, trained new crew, counted the safe at close.
Stocker (summer) · Lawrence Township Schools central warehouse · 2021

CERTIFICATIONS / TRAINING
Forklift (sit-down and stand-up reach), certified by employer 2024; want order picker next
OSHA 10 General Industry (online, 2025)
High school diploma, Lawrence North HS, 2021

OTHER
Reliable car, can do mandatory overtime, lift 50 lbs all shift. References from two seasonal area managers.
"""),
]
