"""Session 22 (fam30): posting and person family kinds of issue 11 — titles a specialty word decides
(``normalize.occupation_specialties``), function-staffed voted titles, supervisors of staff, recruiters'
lead-ins, spelling, and a program manager's family from the people they run
(``normalize.person_occupation``). Titles are real variants as employers and resumes write them (the
issue-11 postings' half A, job boards, NYC DCAS title specifications); each kind's rows that the code
before this session read into another family are counted in the report."""

import pytest

from careercopilot.normalize.occupation_specialties import specialty_reading
from careercopilot.normalize.occupation_tables import AD_LEAD_IN
from careercopilot.normalize.occupations import infer_occupation
from careercopilot.normalize.person_occupation import people_run, person_family, person_readings


def fam(title: str) -> str | None:
    return infer_occupation(title).family


TECHNICAL_PROGRAM = [
    "Technical Program Manager", "Senior Technical Program Manager", "Sr. TPM", "TPM II",
    "Program Manager II (Technical)", "Program Manager, Technical", "Principal Technical Program Manager",
    "Technical Programme Manager", "Software Program Manager", "Staff Technical Program Manager, Infrastructure",
    "Technical Program Manager - Cloud Platform", "Technical Program Lead",
]


@pytest.mark.parametrize("title", TECHNICAL_PROGRAM)
def test_technical_program_managers_are_software_engineering(title):
    assert fam(title) == "software_engineering"


@pytest.mark.parametrize("title, family", [
    ("Program Manager", "policy_program"), ("Senior Program Manager", "policy_program"),
    ("Program Manager (Technical Assistance)", "policy_program"),
])
def test_a_program_manager_without_technical_stays(title, family):
    assert fam(title) == family


KINDS = [
    # (title, family, method)
    ("IT and Security Auditor (3 positions)", "finance_accounting", "it_audit"),
    ("IT Security Specialist - Security Audits (2 positions)", "finance_accounting", "it_audit"),
    ("IT Auditor", "finance_accounting", "it_audit"),
    ("Senior IT Auditor", "finance_accounting", "it_audit"),
    ("IT Audit Manager", "finance_accounting", "it_audit"),
    ("Information Systems Auditor", "finance_accounting", "it_audit"),
    ("Information Security Auditor", "finance_accounting", "it_audit"),
    ("Cybersecurity Audit Specialist", "finance_accounting", "it_audit"),
    ("SOX IT Auditor", "finance_accounting", "it_audit"),
    ("Technology Audit Senior Associate", "finance_accounting", "it_audit"),
    ("Senior Network Design Engineer", "it_infrastructure", "network_role"),
    ("Network Deployment Engineer", "it_infrastructure", "network_role"),
    ("Network Implementation Engineer", "it_infrastructure", "network_role"),
    ("Network and Systems Administrator", "it_infrastructure", "network_role"),
    ("Network Operations Center Technician", "it_infrastructure", "network_role"),
    ("Network Infrastructure Engineer II", "it_infrastructure", "network_role"),
    ("Network Field Service Technician", "it_infrastructure", "network_role"),
    ("Senior Network Solutions Architect", "it_infrastructure", "network_role"),
    ("Wireless Network Deployment Engineer", "it_infrastructure", "network_role"),
    ("Network Security Operations Engineer", "it_infrastructure", None),  # information security, read first
    ("Fire Sprinkler Designer", "engineering_architecture", "building_systems_designer"),
    ("Fire Protection Designer", "engineering_architecture", "building_systems_designer"),
    ("Fire Alarm Designer", "engineering_architecture", "building_systems_designer"),
    ("HVAC Designer", "engineering_architecture", "building_systems_designer"),
    ("Plumbing Designer", "engineering_architecture", "building_systems_designer"),
    ("Piping Designer", "engineering_architecture", "building_systems_designer"),
    ("MEP Designer", "engineering_architecture", "building_systems_designer"),
    ("Electrical Designer", "engineering_architecture", "building_systems_designer"),
    ("Mechanical Drafter", "engineering_architecture", "building_systems_designer"),
    ("Structural CAD Designer", "engineering_architecture", "building_systems_designer"),
    ("Civil Designer", "engineering_architecture", "building_systems_designer"),
    ("Computer Associate", "it_infrastructure", "civil_service_computer"),
    ("Computer Associate (Operations)", "it_infrastructure", "civil_service_computer"),
    ("Computer Associate (Technical Support) Level 3", "it_infrastructure", "civil_service_computer"),
    ("COMPUTER SYSTEMS MANAGER", "it_infrastructure", "civil_service_computer"),
    ("Computer Systems Manager M2", "it_infrastructure", "civil_service_computer"),
    ("Computer Specialist (Operations)", "it_infrastructure", "civil_service_computer"),
    ("Computer Associate (Software) level I", "software_engineering", "civil_service_computer"),
    ("COMPUTER ASSOC (SOFTWARE)", "software_engineering", "civil_service_computer"),
    ("Computer Specialist (Software) Level 4", "software_engineering", "civil_service_computer"),
    ("Computer Associate (Software) Level II", "software_engineering", "civil_service_computer"),
    ("Community Support Specialist", "social_work", "human_service_support"),
    ("Recovery Support Specialist", "social_work", "human_service_support"),
    ("Housing Support Specialist", "social_work", "human_service_support"),
    ("Youth Support Specialist", "social_work", "human_service_support"),
    ("Residential Support Specialist", "social_work", "human_service_support"),
    ("Crisis Support Specialist", "social_work", "human_service_support"),
    ("Peer Support Specialist", "social_work", "human_service_support"),
    ("Family Support Worker", "social_work", "human_service_support"),
    ("Independent Living Support Specialist", "social_work", "human_service_support"),
    ("Behavioral Support Specialist", "social_work", "human_service_support"),
    ("Inbound Call Center Specialist", "customer_support", "call_center_staff"),
    ("Call Center Specialist", "customer_support", "call_center_staff"),
    ("Bilingual Call Center Specialist", "customer_support", "call_center_staff"),
    ("Call Center Agent", "customer_support", "call_center_staff"),
    ("Call Center Representative II", "customer_support", "call_center_staff"),
    ("Contact Center Agent", "customer_support", "call_center_staff"),
    ("Contact Centre Advisor", "customer_support", "call_center_staff"),
    ("Customer Contact Center Associate", "customer_support", "call_center_staff"),
    ("Call Center Operator", "customer_support", "call_center_staff"),
    ("Customer Care Center Representative", "customer_support", "call_center_staff"),
    ("E-Learning Content Developer (Per Diem)", "education", "learning_content"),
    ("eLearning Developer", "education", "learning_content"),
    ("Instructional Content Developer", "education", "learning_content"),
    ("Learning Experience Designer", "education", "learning_content"),
    ("Learning Content Designer", "education", "learning_content"),
    ("Curriculum Writer", "education", "learning_content"),
    ("Courseware Developer", "education", "learning_content"),
    ("Training Materials Developer", "education", "learning_content"),
    ("Instructional Designer", "education", "learning_content"),
    ("Curriculum Developer", "education", "learning_content"),
    ("Architectural Designer", "design_ux", "design_specialty"),
    ("Architectural Designer II", "design_ux", "design_specialty"),
    ("Junior Architectural Designer", "design_ux", "design_specialty"),
    ("Urban Designer", "design_ux", "design_specialty"),
    ("Interior Designer", "design_ux", "design_specialty"),
    ("Technical Designer", "design_ux", "design_specialty"),
    ("Senior Technical Designer - Womenswear", "design_ux", "design_specialty"),
    ("Technical Designer, Knits", "design_ux", "design_specialty"),
    ("Senior Interior Designer", "design_ux", "design_specialty"),
    ("Urban Designer / Planner", "design_ux", "design_specialty"),
    ("SQL Developer", "software_engineering", "platform_builder"),
    ("service now architect", "software_engineering", "platform_builder"),
    ("ServiceNow Developer", "software_engineering", "platform_builder"),
    ("CRM Solutions Designer", "software_engineering", "platform_builder"),
    ("Dir / Sr Dir SaaS Development", "software_engineering", "platform_builder"),
    ("SAP FICO – AMS Consultant", "software_engineering", "platform_builder"),
    ("Salesforce Developer", "software_engineering", "platform_builder"),
    ("Workday Integration Developer", "software_engineering", "platform_builder"),
    ("Oracle EBS Technical Consultant", "software_engineering", "platform_builder"),
    ("SQL Server Developer", "software_engineering", "platform_builder"),
    ("Dynamics 365 CRM Developer", "software_engineering", "platform_builder"),
    ("Landscape Construction Business Developer", "sales", "business_development"),
    ("Business Developer", "sales", "business_development"),
    ("Business Development Associate", "sales", "business_development"),
    ("Business Development Representative", "sales", "business_development"),
    ("Business Development Executive", "sales", "business_development"),
    ("Business Development Manager", "sales", "business_development"),
    ("Senior Business Development Specialist", "sales", "business_development"),
    ("Business Development Coordinator", "sales", "business_development"),
    ("Business Development Consultant", "sales", "business_development"),
    ("Business Development Lead", "sales", "business_development"),
    ("Forensic Pathology Technician", "science_lab", "forensic_lab"),
    ("Forensic Autopsy Technician", "science_lab", "forensic_lab"),
    ("Forensic Science Technician", "science_lab", "forensic_lab"),
    ("Forensic Scientist II", "science_lab", "forensic_lab"),
    ("Forensic DNA Analyst", "science_lab", "forensic_lab"),
    ("Forensic Biology Technician", "science_lab", "forensic_lab"),
    ("Forensic Lab Technician", "science_lab", "forensic_lab"),
    ("Forensic Evidence Technician", "science_lab", "forensic_lab"),
    ("Forensic Toxicology Analyst", "science_lab", "forensic_lab"),
    ("Forensic Firearms Examiner Technician", "science_lab", "forensic_lab"),
    ("Bilingual NFP Nurse Home Visitor, Bureau of Maternal Infant and Reproductive Health", "nursing", "nurse_role"),
    ("Nurse Home Visitor", "nursing", "nurse_role"),
    ("Nurse Case Manager", "nursing", "nurse_role"),
    ("Registered Nurse Case Manager", "nursing", "nurse_role"),
    ("Nurse Navigator", "nursing", "nurse_role"),
    ("Nurse Care Manager", "nursing", "nurse_role"),
    ("Nurse Liaison", "nursing", "nurse_role"),
    ("Nurse Coordinator", "nursing", "nurse_role"),
    ("Nurse Care Coordinator", "nursing", "nurse_role"),
    ("Nurse Reviewer", "nursing", "nurse_role"),
    ("Nurse Surveyor", "nursing", "nurse_role"),
    ("Law Student", "legal", "law_trainee"),
    ("Law Student Intern", "legal", "law_trainee"),
    ("Summer Law Clerk", "legal", "law_trainee"),
    ("Law Clerk", "legal", "law_trainee"),
    ("Legal Intern", "legal", "law_trainee"),
    ("Legal Extern", "legal", "law_trainee"),
    ("Law Fellow", "legal", "law_trainee"),
    ("Law Graduate", "legal", "law_trainee"),
    ("Law School Intern", "legal", "law_trainee"),
    ("Legal Fellow, Immigrant Rights", "legal", "law_trainee"),
    ("Clinical Content Strategist (Remote)", "marketing_communications", "content_work"),
    ("Content Strategist", "marketing_communications", "content_work"),
    ("Senior Content Strategist", "marketing_communications", "content_work"),
    ("Digital Content Strategist", "marketing_communications", "content_work"),
    ("Content Specialist", "marketing_communications", "content_work"),
    ("Content Creator", "marketing_communications", "content_work"),
    ("Content Coordinator", "marketing_communications", "content_work"),
    ("Content Producer", "marketing_communications", "content_work"),
    ("Social Media Content Creator", "marketing_communications", "content_work"),
    ("Content Strategy Lead", "marketing_communications", "content_work"),
    ("Content Marketing Specialist", "marketing_communications", "content_work"),
    ("Senior Statistical Programmer (Remote)", "data_analysis", "data_work"),
    ("Statistical Programmer", "data_analysis", "data_work"),
    ("Principal Statistical Programmer", "data_analysis", "data_work"),
    ("Quantitative Researcher - Semi-Systematic Credit", "data_analysis", "data_work"),
    ("Digital Analyst (Google Analytics)", "data_analysis", "data_work"),
    ("Web Analyst", "data_analysis", "data_work"),
    ("Product Analyst", "data_analysis", "data_work"),
    ("Digital Analytics Specialist", "data_analysis", "data_work"),
    ("Business Analysis Specialist", "data_analysis", "data_work"),
    ("Planning and Reporting Analyst", "data_analysis", "data_work"),
    ("Reporting Analyst II", "data_analysis", "data_work"),
    ("Computer Field Service Technician", "it_infrastructure", "computer_technician"),
    ("IT Field Technician", "it_infrastructure", "computer_technician"),
    ("Desktop Field Technician", "it_infrastructure", "computer_technician"),
    ("Desktop Support Technician", "it_infrastructure", "computer_technician"),
    ("PC Technician", "it_infrastructure", "computer_technician"),
    ("Computer Repair Technician", "it_infrastructure", "computer_technician"),
    ("POS Field Service Technician", "it_infrastructure", "computer_technician"),
    ("Printer Field Service Technician", "it_infrastructure", "computer_technician"),
    ("IT Support Technician", "it_infrastructure", "computer_technician"),
    ("Computer Support Technician II", "it_infrastructure", "computer_technician"),
    ("Computer Service Technician", "it_infrastructure", "civil_service_computer"),
]


@pytest.mark.parametrize("title, family, method", KINDS)
def test_specialty_titles(title, family, method):
    occ = infer_occupation(title)
    assert occ.family == family
    if method is not None:
        assert specialty_reading(title) is not None and specialty_reading(title)[1] == method


@pytest.mark.parametrize("title, family", [
    # what the specialty rules leave to the other rules
    ("Forensic Accountant", "finance_accounting"), ("Digital Forensic Analyst", "it_infrastructure"),
    ("Client Support Specialist", "customer_support"), ("Nurse Recruiter", "human_resources"),
    ("Nurse Educator", "education"), ("Mutual Fund Financial Reporting Analyst", "finance_accounting"),
    ("Energy Auditor", "construction"), ("Quality Auditor", "manufacturing"),
    ("Police Communications Officer", "public_safety"), ("Computer Specialist", "software_engineering"),
])
def test_neighbours_the_specialties_leave(title, family):
    assert fam(title) == family


@pytest.mark.parametrize("title, family", [
    # a voted title whose leading words name a function, with a staff head
    ("Labor Relations Associate", "human_resources"), ("EEO Investigator Specialist", "human_resources"),
    ("Human Resources Information System Specialist", "human_resources"),
    ("Hearings Claim Processor", "finance_accounting"), ("Benefits Administrator", "human_resources"),
    ("Employee Relations Associate", "human_resources"), ("Labor Relations Analyst", "human_resources"),
    ("Talent Acquisition Associate", "human_resources"), ("Insurance Claim Processor", "finance_accounting"),
    ("Labor Relations Coordinator", "human_resources"), ("Benefits Eligibility Associate", "human_resources"),
    ("Payroll and Timekeeping Associate", "finance_accounting"), ("EEO Investigator", "human_resources"),
])
def test_function_staffed_titles(title, family):
    assert fam(title) == family


@pytest.mark.parametrize("title, family", [
    # an assistant of a function works in it; administrative, executive and office assistants stay
    ("Wholesale Sales Assistant", "sales"), ("Sales Assistant", "sales"), ("Marketing Assistant", "marketing_communications"),
    ("Communications Assistant", "marketing_communications"), ("Customer Service Assistant", "customer_support"),
    ("Recruiting Assistant", "human_resources"), ("Benefits Assistant", "human_resources"),
    ("Procurement Assistant", "logistics_supply_chain"), ("HR & Administrative Assistant", "human_resources"),
    ("Administrative Assistant", "administrative"), ("Executive Assistant", "administrative"),
    ("Office Assistant", "administrative"),
])
def test_assistants_of_a_function(title, family):
    assert fam(title) == family


@pytest.mark.parametrize("title, family", [
    ("SUPERVISOR OF STOCK WORKERS I", "logistics_supply_chain"),
    ("Supervisor of Motor Vehicle Operators", "logistics_supply_chain"),
    ("Supervisor of Painters", "skilled_trades"), ("Supervisor of Electricians", "skilled_trades"),
    ("Supervisor of Plumbers", "skilled_trades"), ("Supervisor of Mechanics (Mechanical Equipment)", "skilled_trades"),
    ("Supervisor of Nurses", "nursing"), ("Supervisor of Custodians", "hospitality"),
    ("Supervisor of Housing Groundskeepers", "skilled_trades"), ("Supervisor of Carpenters", "skilled_trades"),
])
def test_supervisors_of_staff(title, family):
    assert fam(title) == family


@pytest.mark.parametrize("title, family", [
    ("RE: Urgent hiring for Workday Prism Developer", "software_engineering"),
    ("Hiring for the role of Azure Cloud Engineer", fam("Azure Cloud Engineer")),
    ("Urgent Requirement for Java Developer", "software_engineering"),
    ("Now Hiring: Line Cook", fam("Line Cook")),
    ("We are hiring a Registered Nurse", "nursing"),
    ("Immediate need - Data Analyst", "data_analysis"),
    ("Looking for a Plumber", "skilled_trades"),
    ("FW: Senior Accountant", "finance_accounting"),
    ("Vacancy: Store Manager", fam("Store Manager")),
    ("Urgently hiring Delivery Driver", fam("Delivery Driver")),
    ("Hiring Manager", fam("Manager")),  # a title of its own, not a lead-in: unchanged shape
])
def test_recruiters_lead_ins_are_dropped(title, family):
    assert fam(title) == family


@pytest.mark.parametrize("title", ["Hiring Coordinator", "Hiring Manager", "Needs Assessment Coordinator",
                                   "Opening Cook", "Requirements Analyst", "Re-entry Specialist"])
def test_titles_that_begin_with_a_lead_in_word_are_kept(title):
    assert AD_LEAD_IN.sub("", title, count=1) == title


@pytest.mark.parametrize("title, family", [
    ("Public Health Adviser", "social_work"), ("Public Health Adviser, Bureau of Sexually Transmitted Infections",
                                               "social_work"),
    ("Academic Adviser", fam("Academic Advisor")), ("Financial Adviser", fam("Financial Advisor")),
    ("Policy Adviser", fam("Policy Advisor")), ("Mortgage Adviser", fam("Mortgage Advisor")),
    ("Investment Adviser", fam("Investment Advisor")), ("Benefits Adviser", fam("Benefits Advisor")),
    ("Student Adviser", fam("Student Advisor")), ("Admissions Adviser", fam("Admissions Advisor")),
])
def test_adviser_is_advisor(title, family):
    assert fam(title) == family


@pytest.mark.parametrize("title, family", [
    ("Customer Advocacy Manager", "customer_support"), ("Director of Customer Advocacy", "customer_support"),
    ("Assistant Commissioner for Licensing Legal Compliance", "legal"), ("Director of Legal Compliance", "legal"),
    ("External Affairs and Communications Officer", "marketing_communications"),
    ("Communications Officer", "marketing_communications"), ("Deputy ACCO", "logistics_supply_chain"),
    ("ACCO", "logistics_supply_chain"),
])
def test_functions_and_forms(title, family):
    assert fam(title) == family


# a program/project manager's family is that of the work and the people they run (blind9 i28)
PEOPLE = [
    ("Supervise 6 case managers and 1 housing specialist (weekly clinical supervision).", "social_work"),
    ("I supervise case managers, carry a small caseload, and run the program's contract.", "social_work"),
    ("Managing a team of 12 software engineers across two time zones.", "software_engineering"),
    ("Oversee 20 direct support professionals in three group homes.", "social_work"),
    ("Led a staff of 9 electricians on the hospital expansion.", "skilled_trades"),
    ("Supervised 5 family advocates and a parent educator.", "social_work"),
    ("Supervising 8 teachers and 2 aides at the early learning center.", "education"),
    ("Managed 3 registered nurses and 4 medical assistants.", "nursing"),
    ("Supervised two paralegals and a legal assistant.", "legal"),
    ("Oversee 14 social workers in the foster care unit.", "social_work"),
    ("Leading 4 data analysts on the reporting team.", "data_analysis"),
]


@pytest.mark.parametrize("text, family", PEOPLE)
def test_people_run(text, family):
    assert people_run(text)[0].family == family


@pytest.mark.parametrize("text", [
    "Managed vendors and the $1.4M county contract.", "Managing budgets for three programs.",
    "Supervised 4 program coordinators.", "Lead daily standups and oversaw operations.",
])
def test_things_run_are_no_people(text):
    assert people_run(text) == []


@pytest.mark.parametrize("current, text, family", [
    ("Program Manager, Youth Transitional Services", PEOPLE[0][0], "social_work"),
    ("Program Manager", PEOPLE[3][0], "social_work"),
    ("Program Director", "As Program Director I supervise 6 case managers.", "social_work"),
    ("Project Manager", PEOPLE[4][0], "skilled_trades"),
    ("Program Manager", PEOPLE[2][0], "software_engineering"),
    ("Program Coordinator", "Supervise 3 family advocates.", "social_work"),
    ("Program Manager", PEOPLE[6][0], "education"),
    ("Program Manager", PEOPLE[7][0], "nursing"),
    ("Program Manager", "Supervised 4 program coordinators and managed the grant.", "policy_program"),
    ("Program Manager", "Managed the city's open-data program and its budget.", "policy_program"),
])
def test_a_program_managers_family_is_the_people_they_run(current, text, family):
    assert person_family(person_readings([], current, text)) == family


def test_blind9_i28_kind_with_targets():
    text = ("Licensed independent social worker managing a youth transitional services program. "
            "I supervise case managers, carry a small caseload.\n"
            "Program Manager, Youth Transitional Services - Lakefront Family Alliance | 2020-present\n"
            "- Supervise 6 case managers and 1 housing specialist (weekly clinical supervision).")
    readings = person_readings(["Program Manager - Youth Services", "Program Director"],
                               "Program Manager, Youth Transitional Services", text)
    assert person_family(readings) == "social_work"
