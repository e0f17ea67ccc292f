import pytest

from careercopilot.normalize.visa import VisaSponsorship, detect_visa_sponsorship


@pytest.mark.parametrize(
    ("text", "value", "evidence"),
    [
        ("We do not provide visa sponsorship.", "no", "We do not provide visa sponsorship."),
        ("We sponsor work visas.", "yes", "We sponsor work visas."),
        ("Unfortunately we are unable to sponsor visas for this role.", "no", "Unfortunately we are unable to sponsor visas for this role."),
        ("Candidates must be authorized to work in the US without sponsorship.", "no",
         "Candidates must be authorized to work in the US without sponsorship."),
        ("You must be legally authorized to work in the United States without the need for current or future visa sponsorship.", "no",
         "You must be legally authorized to work in the United States without the need for current or future visa sponsorship."),
        ("Visa sponsorship available.", "yes", "Visa sponsorship available."),
        ("H-1B sponsorship is offered for this position.", "yes", "H-1B sponsorship is offered for this position."),
        ("We support EU Blue Card applications.", "yes", "We support EU Blue Card applications."),
        ("Great team. We offer relocation and visa support. Apply now.", "yes", "We offer relocation and visa support."),
        ("Visa sponsorship is not available for this role.", "no", "Visa sponsorship is not available for this role."),
        ("This role is not eligible for visa sponsorship.", "no", "This role is not eligible for visa sponsorship."),
        ("Candidates who require sponsorship will not be considered.", "no", "Candidates who require sponsorship will not be considered."),
        ("We don't sponsor visas.", "no", "We don't sponsor visas."),
        ("No visa sponsorship.", "no", "No visa sponsorship."),
        ("We can offer visa sponsorship, but we cannot offer relocation or visa support for juniors.", "no",
         "We can offer visa sponsorship, but we cannot offer relocation or visa support for juniors."),
        ("We offer visa sponsorship.\nWe are unable to sponsor visas for contractors.", "no",
         "We are unable to sponsor visas for contractors."),
        ("Benefits include visa sponsorship and relocation.", "yes", "Benefits include visa sponsorship and relocation."),
        ("We are able to sponsor H-1B transfers.", "yes", "We are able to sponsor H-1B transfers."),
        ("   We sponsor visas!   ", "yes", "We sponsor visas!"),
        ("Visa sponsorship: we are a licensed Skilled Worker sponsor and support relocation.", "yes",
         "Visa sponsorship: we are a licensed Skilled Worker sponsor and support relocation."),
        ("We are a recognised sponsor with the IND and support the highly skilled migrant visa.", "yes",
         "We are a recognised sponsor with the IND and support the highly skilled migrant visa."),
        ("We consider visa sponsorship for qualified candidates.", "yes",
         "We consider visa sponsorship for qualified candidates."),
        ("We do not consider candidates who require sponsorship.", "no",
         "We do not consider candidates who require sponsorship."),
        ("We sponsor EB-3 green cards for internationally educated nurses.", "yes",
         "We sponsor EB-3 green cards for internationally educated nurses."),
        ("We will sponsor your SHRM-CP exam. Great benefits.", None, None),
        ("Perks include tuition help and extracurricular sponsorship.", None, None),
        ("Visa: we can sponsor the right candidate.", "yes", "Visa: we can sponsor the right candidate."),
    ],
)
def test_detect(text, value, evidence):
    assert detect_visa_sponsorship(text) == VisaSponsorship(value=value, evidence=evidence)


@pytest.mark.parametrize(
    "text",
    [
        "We accept Visa and Mastercard.",
        "Do you now or in the future require sponsorship?",
        "A great place to work with a strong team.",
        "",
        None,
    ],
)
def test_no_mention(text):
    assert detect_visa_sponsorship(text) == VisaSponsorship(value=None, evidence=None)
