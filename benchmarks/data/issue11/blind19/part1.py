"""blind19 records u01-u08 (hand-written, fictional)."""
from common import rec

RECORDS = [
rec("u01", "construction", "lead", "Residente de Obra", "Rodrigo Saldaña Ibarra", "San Antonio, TX",
    ["Superintendent", "Site Superintendent", "Assistant Superintendent"], ["San Antonio, TX", "Austin, TX"], False, 85000,
    "1 foreign-language titles", "plain chronological", """
RODRIGO SALDAÑA IBARRA
San Antonio, TX 78228 | 210-555-0101 | rodrigo.saldana@example.com

PROFILE
Fourteen years building concrete-frame housing and commercial buildings in Monterrey and, since 2023, in Texas. Permanent resident. OSHA 30, bilingual on site.

EXPERIENCE
Residente de Obra - Alamo Ridge Builders, San Antonio, TX | 2023 - present
- 212-unit garden apartment job, 6 buildings; coordinate framing, MEP and drywall subs daily
- Run the 3-week look-ahead, daily logs in Procore, pour schedules and inspections with the city
- 4 foremen and about 60 trade workers on site report to me for sequencing and safety

Jefe de Obra - Constructora Cumbres del Norte, Monterrey, N.L. | 2015 - 2023
- 9- and 14-story concrete towers; cuadrillas de 80-120 trabajadores
- Programa de obra, estimaciones mensuales, control de destajos y bitácora de obra
- Entregué 5 torres, 2 de ellas antes de fecha, sin accidentes incapacitantes en 2019-2022

Residente de Obra - Grupo Edificador Sierra Madre, Saltillo, Coah. | 2012 - 2015
- Naves industriales, cimentaciones y estructura metálica

EDUCATION & CERTIFICATIONS
Ingeniero Civil, Universidad Autónoma de Nuevo León, 2012 (NACES evaluation: B.S. Civil Engineering equivalent)
OSHA 30 Construction, 2023 | First Aid/CPR | Procore Superintendent certification

SKILLS
Concrete and post-tension, tilt-wall, schedule recovery, subcontractor coordination, quality walks, Procore, MS Project, Bluebeam, español nativo

PREFERENCES
Superintendent on multifamily or commercial. San Antonio or Austin, no remote obviously. $85,000 minimum plus truck.
"""),

rec("u02", "finance_accounting", "executive", "Finance Director, Member of the Management Board", "Agnieszka Wróblewska", "Columbus, OH",
    ["Director of Finance", "Controller", "Finance Director"], ["Columbus, OH", "Dublin, OH"], False, 140000,
    "2 international CV format (Europass)", "Europass", """
CURRICULUM VITAE - EUROPASS

PERSONAL INFORMATION
Agnieszka Wróblewska
Address: 4410 Kenny Rd, Columbus, OH 43220, United States
Telephone: 614-555-0102 | E-mail: a.wroblewska@example.com
Nationality: Polish (US permanent resident since 2025)

WORK EXPERIENCE
03/2017 - 12/2024
Occupation or position held: Finance Director, Member of the Management Board
Employer: Koral-Tech Automotive Sp. z o.o., Wrocław (subsidiary of a US Tier 1 supplier, 1,100 employees)
Main activities and responsibilities: Responsible for finance, controlling, IT and purchasing; team of 23 in 4 departments (chief accountant, controlling manager, treasury, IT). Monthly US GAAP reporting package to Michigan HQ on day 4; statutory accounts (Polish GAAP); annual budget of PLN 900M revenue; SOX 404 local owner; transfer pricing with Big Four advisors. Led ERP move to SAP S/4HANA (2021-2022).

09/2011 - 02/2017
Occupation or position held: Controlling Manager
Employer: Koral-Tech Automotive Sp. z o.o.
Main activities and responsibilities: Plant cost controlling, standard costing, capex approval, team of 5 analysts.

07/2008 - 08/2011
Occupation or position held: Audit Assistant / Senior Auditor
Employer: international audit firm, Warsaw office

EDUCATION AND TRAINING
Master of Finance and Accounting, Wrocław University of Economics, 2008
ACCA Fellow (FCCA); Polish statutory auditor exams (parts 1-6)

PERSONAL SKILLS
Mother tongue: Polish. Other languages: English C2, German B1.
Digital skills: SAP FI/CO, S/4HANA, Hyperion, Power BI, Excel (advanced)

ADDITIONAL INFORMATION
Moved to Ohio in 2025 with my husband's relocation. Looking for a finance director or plant/division controller role in manufacturing. On site in Columbus area. Salary expectation from $140,000.
"""),

rec("u03", "nursing", "entry", "Home Health Aide", "Luciana Pereira dos Santos", "Framingham, MA",
    ["CNA", "Nursing Assistant", "Patient Care Technician"], ["Framingham, MA", "Marlborough, MA", "Natick, MA"], False, 41600,
    "1 foreign-language titles", "plain chronological", """
Luciana Pereira dos Santos
Framingham, MA 01702 • 508-555-0103 • luciana.psantos@example.com

OBJECTIVE
Nursing assistant position in a hospital or rehab unit. Massachusetts CNA exam passed November 2026, registry number pending.

EXPERIENCE
Home Health Aide - Bem Cuidar Home Care, Framingham, MA | 2024 - present
- Personal care, bathing, transfers with Hoyer lift, meal prep for 5 elderly clients, most Portuguese-speaking
- Vital signs, blood glucose log, report changes to the agency RN supervisor
- Medication reminders only (no administration, per agency rule)

Técnica de Enfermagem - Hospital São Lucas da Serra, Belo Horizonte, Brasil | 2016 - 2023
- Clínica médica e cirúrgica, 32 leitos, plantão 12x36
- Sinais vitais, curativos, banho no leito, mudança de decúbito, administração de medicação sob supervisão do enfermeiro
- Passagem de plantão e registro no prontuário eletrônico (MV Soul)

Auxiliar de Enfermagem - Clínica Vida Plena, Contagem, Brasil | 2013 - 2016
- Coleta de sangue, preparo de pacientes para exames, esterilização de materiais

EDUCATION
Curso Técnico em Enfermagem, Escola Técnica de Saúde de Minas, 2015
COREN-MG registration (Brazil), active until 2023
Nurse Aide Training Program, MassBay Community College, 2026
BLS (American Heart Association), 2026
English classes ESL level 5, Framingham Adult ESL

LANGUAGES
Portuguese (native), Spanish (good), English (intermediate, improving)

AVAILABILITY
Days or nights, 12-hour shifts OK. Framingham, Marlborough or Natick. $20 per hour or more.
"""),

rec("u04", "manufacturing", "senior", "Process Engineer II", "Daniela Cortés Villanueva", "Greenville, SC",
    ["Senior Process Engineer", "Senior Manufacturing Engineer"], ["Greenville, SC", "Spartanburg, SC", "Charlotte, NC"], False, 105000,
    "1 foreign-language titles", "plain chronological", """
DANIELA CORTÉS VILLANUEVA
Greenville, SC 29607 | 864-555-0104 | daniela.cortes@example.com | Lean Six Sigma Black Belt

SUMMARY
Process engineer, 9 years in automotive stamping, welding and plastic injection, 7 of them in Mexico before my company transferred me to South Carolina. I lead kaizen events and PFMEA reviews but do not supervise anyone.

EXPERIENCE
Process Engineer II - Vantera Automotive Systems, Greer, SC | 2024 - present
- Own 3 robotic weld cells and 1 tandem press line; OEE up from 71% to 82%
- PFMEA/control plans for 2 new part launches (PPAP level 3 approved)
- Scrap reduction project on trunk-lid hinge: $410K/yr saved

Ingeniero de Procesos Sr. - Vantera Automotive de México, Ramos Arizpe, Coah. | 2020 - 2024
- Responsable de 14 celdas de soldadura robótica y 2 líneas de ensamble
- Lanzamiento de 6 números de parte; estudios de capacidad Cpk, SMED en prensas de 800 t
- Capacitación de técnicos en trabajo estandarizado

Ingeniero de Procesos - Plásticos Industriales del Bajío, Querétaro | 2017 - 2020
- Moldeo por inyección, DOE para parámetros de proceso, reducción de rechazo 35%

Practicante de Ingeniería - Bajío Metal Forming, Celaya | 2016 - 2017

EDUCATION
Ingeniería Industrial y de Sistemas, Tecnológico de Monterrey, 2016
Lean Six Sigma Black Belt (ASQ CSSBB), 2022

SKILLS
PFMEA, control plans, PPAP/APQP, SPC, Minitab, DOE, SMED, FANUC and ABB weld robots, AutoCAD, SolidWorks (basic), IATF 16949

PREFERENCES
Senior process or manufacturing engineer. Greenville/Spartanburg, Charlotte possible. $105K base.
"""),

rec("u05", "software_engineering", "senior", "Senior Software Engineer", "Venkata Sai Kiran Reddy", "Edison, NJ",
    ["Senior Software Engineer", "Senior Backend Engineer", "Senior Java Developer"], ["Edison, NJ", "New York, NY", "Remote"], True, 150000,
    "2 international CV format (South Asian CV)", "South Asian CV", """
CURRICULUM VITAE

VENKATA SAI KIRAN REDDY
Mobile: +1 732-555-0105 | Email: saikiran.reddy@example.com

CAREER OBJECTIVE
To obtain a challenging position in a reputed organization where I can utilize my technical skills for the growth of the organization as well as myself.

PROFESSIONAL SUMMARY
* 10 years of experience in design and development of Java/Spring Boot microservices for banking clients.
* Presently working onsite in New Jersey for a US bank (H-1B, transfer available).
* Experience in Kafka, AWS (EKS, Lambda, DynamoDB), Kubernetes, Jenkins, Terraform.
* Mentored 4 junior developers; performed code reviews for offshore team of 9.

WORK EXPERIENCE
Senior Software Engineer - Tristate Commerce Bank (via Kalinga Infotech), Jersey City, NJ | Jan 2022 - Till Date
* Developed payment-status microservices handling 3M messages per day on Kafka.
* Migrated 11 Spring services from on-prem WebSphere to EKS; reduced latency by 40%.

Technical Lead (Offshore) - Kalinga Infotech Ltd, Hyderabad | Jun 2019 - Dec 2021
* Designation was Technical Lead; role was senior developer plus onsite-offshore coordination.

Software Engineer - Kalinga Infotech Ltd, Hyderabad | Jul 2016 - May 2019

EDUCATIONAL QUALIFICATIONS
B.Tech (Computer Science and Engineering), JNTU Hyderabad, 2016 - 78.4%
Intermediate (MPC), Sri Chaitanya Junior College, 2012 - 94.2%
SSC, 2010 - 9.5 GPA
AWS Certified Developer - Associate

PERSONAL DETAILS
Father's Name: Sri V. Narasimha Reddy
Date of Birth: 14-08-1994
Marital Status: Married
Languages Known: English, Telugu, Hindi
Passport: available

DECLARATION
I hereby declare that the above information is true to the best of my knowledge and belief.
Place: Edison, NJ                                  (V. SAI KIRAN REDDY)

Expected: $150K, NJ/NYC hybrid or remote.
"""),

rec("u06", "science_lab", "entry", "Research Assistant (Master's thesis)", "Marta Iglesias Doval", "Raleigh, NC",
    ["Research Technician", "Laboratory Technician", "Research Associate I"], ["Raleigh, NC", "Durham, NC", "Research Triangle Park, NC"], False, 48000,
    "2 international CV format (Europass)", "Europass", """
EUROPASS CURRICULUM VITAE

Marta Iglesias Doval
Address: 1220 Avent Ferry Rd, Raleigh, NC 27606, USA
Phone: 919-555-0106 | Email: marta.iglesias@example.com
Date of birth: 02/05/1999 | Nationality: Spanish (US work authorization: spouse of H-1B, EAD)

WORK EXPERIENCE
09/2024 - 07/2025
Occupation or position held: Research Assistant (Master's thesis)
Employer: Centro de Investigación en Biomedicina, Santiago de Compostela, Spain
Main activities and responsibilities: Cell culture (HEK293, HeLa), qPCR, Western blot, plasmid cloning, CRISPR knockout of one gene in HEK cells; lab notebook and ordering for a group of 7.

02/2023 - 06/2023
Occupation or position held: Laboratory intern
Employer: Galician agri-food laboratory (public)
Main activities and responsibilities: Microbiology of food samples, ISO 17025 procedures, media preparation, autoclave.

2025 - present
Occupation or position held: Volunteer, science outreach
Employer: NC Museum of Natural Sciences, Raleigh

EDUCATION AND TRAINING
2023 - 2025 Master in Molecular Biology and Biomedicine, Universidade de Santiago de Compostela
2019 - 2023 Degree in Biology (Grado en Biología), same university (credential evaluation: B.S. equivalent)

PERSONAL SKILLS
Mother tongue: Spanish, Galician
Other languages: English C1 (IELTS 7.5), Portuguese B2
Job-related skills: sterile technique, BSL-2, ImageJ, GraphPad Prism, R (basic)
Driving licence: B (NC license in process)

ADDITIONAL INFORMATION
Seeking first US position as research or lab technician, Raleigh-Durham / RTP. From $48,000.
"""),

rec("u07", "finance_accounting", "senior", "Senior Consultant, Tax", "Brendan Okafor", "Chicago, IL",
    ["Tax Senior", "Senior Tax Accountant", "Tax Supervisor"], ["Chicago, IL"], False, 105000,
    "3 consulting-firm generic ladder (tax)", "plain chronological", """
BRENDAN OKAFOR, CPA
Chicago, IL 60614 | 312-555-0107 | brendan.okafor@example.com

SUMMARY
Corporate tax professional, 5 years at a Big Four firm. Our ladder is Associate, Consultant, Senior Consultant, Manager - in my practice Senior Consultant is the in-charge on engagements. Looking to go in-house.

EXPERIENCE
Senior Consultant, Tax - Business Tax Services - Harlowe & Pryce LLP, Chicago | 2024 - present
- In-charge on 9 federal and multistate income tax compliance engagements (1120, 1065, state returns), clients $200M-$3B revenue
- ASC 740 quarterly and year-end provision reviews for 3 public clients
- Prepare and review workpapers of 2-3 consultants per busy season; I do not sign returns

Consultant, Tax - Harlowe & Pryce LLP | 2022 - 2024
- Federal and state returns, R&D credit studies, Section 174 capitalization analysis

Associate, Tax - Harlowe & Pryce LLP | 2021 - 2022
- Fixed asset and depreciation workpapers, trial balance mapping in CorpTax

EDUCATION
Master of Science in Taxation, DePaul University, 2021
B.S. Accountancy, University of Illinois Urbana-Champaign, 2020
CPA, Illinois, licensed 2023

SKILLS
ASC 740, OneSource Tax Provision, CorpTax, CCH Axcess, Alteryx, Excel, state apportionment, R&D credits

PREFERENCES
In-house senior tax accountant or tax supervisor in Chicago. Not interested in another public accounting firm. Minimum $105,000.
"""),

rec("u08", "human_resources", "lead", "Manager, HR Transformation", "Keisha Whitfield-Moreno", "Atlanta, GA",
    ["HR Transformation Manager", "HRIS Manager", "Director of HR Operations"], ["Atlanta, GA", "Remote"], True, 145000,
    "3 consulting-firm generic ladder (HR transformation)", "plain chronological", """
KEISHA WHITFIELD-MORENO
Atlanta, GA 30309 | 404-555-0108 | keisha.whitfield@example.com | Workday HCM certified

SUMMARY
Eleven years in HR: 4 as an HR generalist and HRIS analyst in industry, 7 in the People Advisory practice of a Big Four firm. Manager since 2023: I run Workday HCM and HR operating-model workstreams with teams of 4-8 consultants who report to me on the engagement.

EXPERIENCE
Manager, HR Transformation - People Advisory Services - Brightwater Stone & Co., Atlanta | 2023 - present
- Workstream lead, Workday HCM/Compensation deployment for a 22,000-employee health system; 6 consultants + client HRIS team
- HR service delivery redesign (tier 0-2 model, case management in ServiceNow HRSD) for a regional utility
- Performance reviews and staffing for 5 consultants and senior consultants

Senior Consultant - Brightwater Stone & Co. | 2020 - 2023
- Job architecture and pay-range build (1,400 jobs), benefits enrollment configuration, data conversion

Consultant - Brightwater Stone & Co. | 2018 - 2020
- Current-state HR process mapping, requirement workshops, test scripts

HRIS Analyst - Peachline Foods, Atlanta | 2016 - 2018
- Kronos and UltiPro administration, payroll interface fixes, HR reporting

HR Generalist - Peachline Foods | 2014 - 2016
- Employee relations for 2 plants, FMLA, onboarding, I-9 audits

EDUCATION & CERTIFICATIONS
B.B.A. Human Resource Management, Georgia State University, 2014
SHRM-SCP; Workday HCM and Advanced Compensation certifications

PREFERENCES
In-house HR transformation, HRIS manager or head of HR operations. Atlanta hybrid or remote. $145K+.
"""),
]
