"""The phi pack as a clinician meets it: which words are flagged, by which rule, how severely, and
which details a combination names. Hard negatives sit beside each positive."""

from __future__ import annotations

import pytest

from secondlook.engine import AnalysisSettings, Analyzer
from secondlook.engine.findings import Finding
from secondlook.rules import Pack

RANK = {"info": 0, "warning": 1, "critical": 2}
DONE_WHEN = "Saw Mr. Dan Kowalski (78) from Tignish in our ER last night, chest pain again"


def phi(analyzer: Analyzer, text: str, **settings: object) -> list[Finding]:
    return analyzer.analyze(text, packs=["phi"], settings=AnalysisSettings(**settings))  # type: ignore[arg-type]


def flagged(findings: list[Finding]) -> list[tuple[str, str, str]]:
    """(rule, text, severity) of every finding at warning or above."""
    return [(f.rule, f.text, f.severity) for f in findings if RANK[f.severity] >= 1]


def worst(findings: list[Finding]) -> str | None:
    return max((f.severity for f in findings), key=RANK.__getitem__, default=None)


def test_done_when_post_is_critical_with_named_details(analyzer: Analyzer) -> None:
    findings = phi(analyzer, DONE_WHEN)
    got = flagged(findings)
    assert ("phi.name", "Mr. Dan Kowalski", "critical") in got
    combo = [f for f in findings if f.rule == "phi.combination"]
    assert {f.text for f in combo} == {"78", "Tignish", "last night"}
    assert all(f.severity == "critical" for f in combo)
    age = next(f for f in combo if f.text == "78")
    assert (age.start, age.end) == (DONE_WHEN.index("78"), DONE_WHEN.index("78") + 2)
    assert age.message.startswith("Age + town")
    assert "can identify this patient" in age.message
    assert age.replacements == ["70-something", "in his 70s"]
    kinds = {d["kind"]: d["text"] for d in age.details}
    assert kinds["AGE"] == "78" and kinds["LOCATION"] == "Tignish"
    assert kinds["TIME"] == "last night" and kinds["SETTING"] == "our ER"


@pytest.mark.parametrize(
    "text",
    [
        "Flu shot clinic Saturday 9-12 at 45 Main St, call 902-555-0142",
        "Congrats to Dr. Amy Chen on her award from the Kenora hospital foundation last night!",
        "See you all in Halifax on Tuesday for the emergency medicine conference",
        "I'm a 45 year old ER doc in Kenora and I still love night shifts",
        "Phineas Gage, a 25 year old railroad foreman in Vermont, survived an iron rod in 1848",
        "Case: 45M with chest pain, ddx?",
        "Older adults over 65 should get the high-dose flu vaccine this fall",
        "Thank you to every nurse who was patient with me during my first year",
        "Lisa, reading your post about your son's fever - please take him to be seen today",
        "Sir William Osler once said: listen to your patient, he is telling you the diagnosis",
    ],
)
def test_hard_negatives_stay_below_warning(analyzer: Analyzer, text: str) -> None:
    assert flagged(phi(analyzer, text)) == []


def test_health_education_gets_no_phi_finding_at_all(analyzer: Analyzer) -> None:
    assert phi(analyzer, "Get your flu shot") == []
    assert phi(analyzer, "Wash your hands and stay home when you have a fever") == []


def test_clinic_contact_details_are_info(analyzer: Analyzer) -> None:
    text = "Flu shot clinic Saturday 9-12 at 45 Main St, call 902-555-0142"
    got = {(f.rule, f.text, f.severity) for f in phi(analyzer, text)}
    assert got == {("phi.address", "45 Main St", "info"), ("phi.phone", "902-555-0142", "info")}


def test_same_teaching_case_with_setting_and_time_is_phi(analyzer: Analyzer) -> None:
    text = "Case: 45M with chest pain just now in our ED in Kenora, ddx?"
    got = flagged(phi(analyzer, text))
    assert ("phi.combination", "Kenora", "critical") in got
    assert ("phi.combination", "just now", "critical") in got


def test_a_clinic_answering_about_new_patients_gives_its_own_number(analyzer: Analyzer) -> None:
    text = "Hi Mary, yes we are accepting new patients! Call 902-555-0150 or book online."
    assert flagged(phi(analyzer, text)) == []
    text = "Called the patient's wife at 902-555-0184 to tell her he was out of surgery."
    assert ("phi.phone", "902-555-0184", "critical") in flagged(phi(analyzer, text))


def test_relative_phone_is_critical_but_clinic_phone_is_not(analyzer: Analyzer) -> None:
    text = "pt's daughter keeps calling from 416-555-0199 asking for updates"
    assert ("phi.phone", "416-555-0199", "critical") in flagged(phi(analyzer, text))
    clinic = "Questions? Call our clinic at 416-555-0199 to book"
    assert flagged(phi(analyzer, clinic)) == []


@pytest.mark.parametrize(
    ("text", "rule", "span", "entity"),
    [
        ("pt gave his SIN 130 692 544 at triage", "phi.ssn", "130 692 544", "SSN"),
        (
            "Pt's PHN is 9698 658 215, can someone check",
            "phi.health-card",
            "9698 658 215",
            "HEALTH_PLAN",
        ),
        (
            "my patient's Medicare ID: 1EG4-TE5-MK73",
            "phi.health-card",
            "1EG4-TE5-MK73",
            "HEALTH_PLAN",
        ),
        ("pt MRN 00458812 still has no bed", "phi.mrn", "00458812", "MRN"),
    ],
)
def test_checksummed_identifiers_next_to_a_patient(
    analyzer: Analyzer, text: str, rule: str, span: str, entity: str
) -> None:
    hits = [f for f in phi(analyzer, text) if f.rule == rule]
    assert [(f.text, f.severity, f.entity) for f in hits] == [(span, "critical", entity)]
    assert text[hits[0].start : hits[0].end] == span


def test_invalid_checksums_are_not_identifiers(analyzer: Analyzer) -> None:
    assert [f for f in phi(analyzer, "SIN 130 692 545 on the form") if f.rule == "phi.ssn"] == []
    assert [f for f in phi(analyzer, "NPI 1234567890 on file") if f.rule == "phi.license"] == []


def test_very_old_age_alone_is_critical_only_in_an_encounter(analyzer: Analyzer) -> None:
    assert ("phi.age", "94 year old", "critical") in flagged(
        phi(analyzer, "Just discharged a 94 year old who walked out on their own")
    )
    general = "How do you all handle families who want everything done for a 95-year-old?"
    assert flagged(phi(analyzer, general)) == []


def test_informal_writing(analyzer: Analyzer) -> None:
    text = "78yo M w/ hx CHF from Kenora, brought in by EMS 2nite #ERlife 🚑"
    got = flagged(phi(analyzer, text))
    assert ("phi.combination", "Kenora", "critical") in got
    assert ("phi.combination", "2nite", "critical") in got


def test_allowlist_removes_a_detail_from_the_combination(analyzer: Analyzer) -> None:
    findings = phi(analyzer, DONE_WHEN, allowlist=("Tignish",))
    assert all("Tignish" not in f.text for f in findings)
    combo = [f for f in findings if f.rule == "phi.combination"]
    assert combo and all(d["text"] != "Tignish" for f in combo for d in f.details)


def test_always_flag_words_count_as_a_facility(analyzer: Analyzer) -> None:
    text = "Our pt from Brookside came in again last night"
    findings = phi(analyzer, text, always_flag=("Brookside",))
    combo = [f for f in findings if f.rule == "phi.combination"]
    assert {"Brookside", "last night"} <= {f.text for f in combo}
    assert worst(combo) == "critical"


def test_offsets_point_into_the_original_text(analyzer: Analyzer) -> None:
    text = "🚑🚑 Saw Mr. Dan Kowalski (78) from Tignish in our ER last night"
    for f in phi(analyzer, text):
        assert text[f.start : f.end] == f.text
    assert "Tignish" in {f.text for f in phi(analyzer, text)}


def test_photo_of_a_patient(analyzer: Analyzer) -> None:
    assert ("phi.photo", "CXR", "critical") in flagged(
        phi(analyzer, "Check out this CXR from my pt last night 📸")
    )
    assert flagged(phi(analyzer, "CT showed a small bleed, neurosurgery consulted")) == []
    # a picture of a thing made for the unit, and of a patient's tattoo
    text = "Pic of the beautiful quilt our volunteer group made for the unit. Thank you, Knit Wits!"
    assert flagged(phi(analyzer, text)) == []
    text = "Here's a picture of the tattoo our patient got to celebrate 5 years cancer-free."
    assert ("phi.photo", "picture", "critical") in flagged(phi(analyzer, text))


def test_regex_rules_work_without_a_model(packs: dict[str, Pack]) -> None:
    bare = Analyzer(packs, model="no_such_spacy_model_installed")
    assert bare.info.degraded
    findings = bare.analyze(DONE_WHEN, packs=["phi"])
    assert worst(findings) == "critical"
    assert {"Mr. Dan Kowalski", "Tignish"} <= {f.text for f in findings}
    phone = bare.analyze("pt's wife called from 902-555-0199 twice", packs=["phi"])
    assert ("phi.phone", "902-555-0199", "critical") in flagged(phone)


def test_all_caps_and_shorthand(analyzer: Analyzer) -> None:
    caps = phi(analyzer, "SAW 78 YO MAN FROM TIGNISH IN OUR ER LAST NIGHT, CHEST PAIN AGAIN")
    assert {"78 YO", "TIGNISH", "LAST NIGHT"} <= {f.text for f in caps if f.severity == "critical"}
    short = phi(analyzer, "s/p fall, 82yo F w/ hx afib from Souris, found down by her son this am")
    combo = next(f for f in short if f.rule == "phi.combination")
    assert {d["kind"] for d in combo.details} >= {"AGE", "SEX", "LOCATION", "FAMILY"}
    assert combo.severity == "critical"
    assert flagged(phi(analyzer, "45M IN SEVERE PAIN AFTER A FALL, DDX?")) == []


def combination_texts(findings: list[Finding]) -> set[tuple[str, str]]:
    return {(f.text, f.severity) for f in findings if f.rule == "phi.combination"}


def test_encounter_without_age_or_name_is_identified_by_occupation_town_and_time(
    analyzer: Analyzer,
) -> None:
    text = "A crossing guard from Stellarton was hit by a car this morning. Thinking of her family."
    got = combination_texts(phi(analyzer, text))
    assert {("crossing guard", "critical"), ("Stellarton", "critical")} <= got
    assert ("this morning", "critical") in got
    # the same job in the author's own past is not a patient
    assert flagged(phi(analyzer, "I was a lifeguard for ten years before med school.")) == []


@pytest.mark.parametrize(
    ("text", "details", "education"),
    [
        (
            "The jockey who came off his horse on Saturday is still in our ICU.",
            {"jockey", "came off his horse"},
            "Kids thrown from horses should always get a helmet check and a neuro exam.",
        ),
        # an accident at work that few people share, and a town
        (
            "Lost a young dad in his 30s after a logging accident up near Sherbrooke tonight.",
            {"logging accident", "Sherbrooke"},
            "Logging accident prevention: wear chaps and a helmet, and never cut alone.",
        ),
    ],
)
def test_an_unusual_event_identifies_a_patient_but_not_a_lesson(
    analyzer: Analyzer, text: str, details: set[str], education: str
) -> None:
    got = combination_texts(phi(analyzer, text))
    assert {(detail, "critical") for detail in details} <= got
    assert flagged(phi(analyzer, education)) == []


def test_a_bare_age_said_of_someone_and_a_town(analyzer: Analyzer) -> None:
    text = "Shoutout to my patient who quit smoking! She's 71, lives alone in Petitcodiac."
    got = combination_texts(phi(analyzer, text))
    assert got == {("71", "critical"), ("Petitcodiac", "critical")}
    sister = "She's 34 weeks pregnant with twins and glowing, my sister!"
    assert flagged(phi(analyzer, sister)) == []


def test_opening_hours_are_not_when_someone_was_seen(analyzer: Analyzer) -> None:
    text = "Reach our clinic's social worker at socialwork@riversideclinic.ca, Monday to Friday."
    assert flagged(phi(analyzer, text)) == []


def test_a_bite_few_people_get_is_an_unusual_event(analyzer: Analyzer) -> None:
    text = "Admitted the same gentleman with the pet raccoon bite for the 3rd time this year."
    assert ("phi.combination", "pet raccoon bite", "warning") in flagged(phi(analyzer, text))
    education = "Raccoon bites need a rabies assessment. Call public health at 811."
    assert flagged(phi(analyzer, education)) == []


def test_siblings_in_the_unit_are_family_details(analyzer: Analyzer) -> None:
    findings = phi(analyzer, "Her twin brother sat by her bed in our ICU all night.")
    assert ("phi.combination", "twin brother", "warning") in flagged(findings)
    assert flagged(phi(analyzer, "Twins run in families; ask about family history.")) == []


def test_a_name_on_a_ward_is_a_patient(analyzer: Analyzer) -> None:
    text = "Marjorie is back on 2 North, third admission this month."
    findings = phi(analyzer, text)
    assert ("phi.name", "Marjorie", "critical") in flagged(findings)
    name = next(f for f in findings if f.rule == "phi.name")
    assert (name.start, name.end) == (0, 8)
    moved = phi(analyzer, "Derek was moved to 4 West after his third fall this week.")
    assert ("phi.name", "Derek", "critical") in flagged(moved)
    colleague = "Linda on 4 West is the best charge nurse I have worked with. Happy retirement!"
    assert flagged(phi(analyzer, colleague)) == []


def test_a_bare_age_after_a_loss(analyzer: Analyzer) -> None:
    text = "Lost a patient tonight. 92. Fall at home."
    got = combination_texts(phi(analyzer, text))
    assert ("92", "critical") in got and ("tonight", "critical") in got
    assert flagged(phi(analyzer, "Lost my grandmother today. 92. She taught me everything.")) == []
    assert flagged(phi(analyzer, "Lost one today. 23. Fentanyl.")) != []


@pytest.mark.parametrize(
    "text",
    [
        "Case for the students: 45M with crushing chest pain radiating to the jaw. Ddx?",
        "Quiz for the residents: 34F, 10 weeks pregnant, RLQ pain. What's your ddx?",
        "#MedEd 23M with pleuritic chest pain after a long flight. What's your ddx?",
        "The senator said today that the hospital budget will be cut.",
        "The prime minister visited our hospital today to announce new funding.",
        "Congratulations to our new chief resident, Dr. Sam Okafor, starting Monday!",
        "Our social workers found housing for three families this week. Incredible.",
        "Our hospital foundation raised $2M for a new MRI. Thank you to everyone who gave!",
        "Our hospital foundation raised $1.2M for a new MRI. Thank you, Saskatoon!",
        # the author's own child, and the clinic's animals
        "My 4-year-old had croup last night so I'm running on zero sleep. Coffee, please.",
        "My 6yo broke his arm at the trampoline park on Saturday. Now I'm the parent in the ER.",
        "Our clinic cat Max turned 10 today and got a tuna cake.",
        "The therapy dog Biscuit visited 4 West this afternoon and the kids loved him.",
        # a colleague's family, in a congratulation
        "Congrats to Dr. Lee and her husband on baby Olivia's arrival at the IWK this morning!",
        # the team brought the patients in; a named teacher is who she says she is
        "Our paramedic partners from EHS brought in 40 patients yesterday. Thank you all.",
        "Happy birthday card from Mrs. Patel, my kid's teacher, made my day.",
        # the author's own age, in a long reflection with a town and a weekday
        "Reflections after 30 years in family medicine in Moncton: I started in 1995 at 28 years "
        "old, in a clinic on Main Street. To the new grads starting Monday: you will be great.",
        # a colleague's own age and ward, in a farewell
        "Happy retirement to our unit clerk Donna, 66, after 40 years on 3 North!",
        "Congrats to my charge nurse Amy, 29, who ran her first marathon in Moncton yesterday!",
        # a famous face the patient looked like, and famous colleagues
        "Had a patient today who looked exactly like Tom Hanks. Made my whole shift.",
        "Listening to Dr. Peter Attia's podcast on my commute. Thoughts on his take on statins?",
        # French "son" is "his" or "her"
        "Félicitations à la Dre Marie Tremblay pour son prix d'enseignement!",
        # a relative's verb is no name
        "My patient's daughter runs a bakery downtown.",
        # an organisation's home page, near a reader's teen
        "If your teen is vaping, talk with them without judgment. Resources at quitnow.ca.",
    ],
)
def test_teaching_public_figures_and_colleagues_are_not_combinations(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "not_phi"),
    [
        ("02 sat on 4L NP only was 88%, up to 94 on 6L. Pt seen in our unit today.", "4L"),
        ("Resp: maintained on CPAP 5/5, 40% O/N. Admitted today.", "5/5"),
        ("Strength 5/5 bilaterally. G.U.: Coude catheter placed, H.O. aware.", "G.U."),
        ("Pt on vent, A/C 600x12, PEEP 5, FiO2 40%, settled overnight.", "600x12"),
        ("SOCIAL- WIFE, SON AND SISTER IN TO VISIT. PT CALM.", "SON"),
    ],
)
def test_oxygen_settings_and_note_headings_are_no_identifiers(
    analyzer: Analyzer, text: str, not_phi: str
) -> None:
    assert not_phi not in [f.text for f in phi(analyzer, text)]


def test_a_patient_beside_the_authors_child_or_animal_is_still_phi(analyzer: Analyzer) -> None:
    got = combination_texts(phi(analyzer, "My 4-year-old patient in Truro had croup last night."))
    assert {("4-year-old", "critical"), ("Truro", "critical"), ("last night", "critical")} <= got
    text = "A dog bit a 6-year-old in Truro last night, she's in our OR now."
    got = combination_texts(phi(analyzer, text))
    assert {("6-year-old", "critical"), ("last night", "critical")} <= got
    text = "The family of Mr. Daniels sent us the most beautiful card today. He was one of a kind."
    assert ("phi.name", "Mr. Daniels", "critical") in flagged(phi(analyzer, text))
    text = "Baby Olivia went home today after 90 days in our NICU!"
    assert ("phi.name", "Olivia", "critical") in flagged(phi(analyzer, text))
    text = "Thank you Dr. Patel for staying late with the 45M in bed 3 this morning."
    assert ("bed 3", "critical") in combination_texts(phi(analyzer, text))
    text = "Proud of our resident who ran the code on the 45M in bed 3 this morning."
    assert ("bed 3", "critical") in combination_texts(phi(analyzer, text))
    text = "Saw a 72 F in Moncton this morning with a hip fracture."
    assert ("72 F", "critical") in combination_texts(phi(analyzer, text))
    text = "My patient's daughter runs the blog janesrecovery.com about her mom's stroke."
    assert ("phi.url", "janesrecovery.com", "critical") in flagged(phi(analyzer, text))
    assert ("phi.name", "jane", "warning") in flagged(
        phi(analyzer, "daughter jane at bedside, updated on plan.")
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My patient John came in this morning with chest pain.", "John"),
        ("Happy 40th birthday to my favourite dialysis patient, Tony! See you Thursday.", "Tony"),
        ("Pt Mark was agitated overnight.", "Mark"),
        ("Spoke with patient, Grace, about her discharge plan.", "Grace"),
        ("My patient Maria Gonzalez finally went home today.", "Maria Gonzalez"),
    ],
)
def test_a_given_name_that_is_also_a_word_counts_right_after_patient(
    analyzer: Analyzer, text: str, name: str
) -> None:
    assert ("phi.name", name, "critical") in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Mark your calendars: patient safety week starts Monday!",
        "Happy 40th birthday to my brother Tony! Love you, bro.",
        "Spoke with Will about the schedule for next week.",
        "The patient will be discharged tomorrow.",
        "PT'S DAUGHTER AT BEDSIDE, UPDATED ON PLAN.",
    ],
)
def test_word_names_without_a_patient_cue_stay_below_warning(
    analyzer: Analyzer, text: str
) -> None:
    assert [f for f in flagged(phi(analyzer, text)) if f[0] == "phi.name"] == []


def test_a_patient_one_cared_for_long_ago_is_still_an_encounter(analyzer: Analyzer) -> None:
    text = "20 years ago I cared for a young farmer from Alberta who lost his arm in a baler."
    got = combination_texts(phi(analyzer, text))
    assert {("farmer", "critical"), ("in a baler", "critical")} <= got
    text = "I took care of my dad after his stroke in Truro last year, and it changed how I work."
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("That crane operator from the port accident on Tuesday finally got extubated.",
         "crane operator"),
        ("The snowplow driver who rolled into the ditch on the 104 last night is going home.",
         "snowplow driver"),
        ("The ferry deckhand hurt in Wednesday's docking accident is out of the ICU.", "deckhand"),
    ],
)
def test_a_worker_hurt_on_the_job_is_an_encounter(
    analyzer: Analyzer, text: str, detail: str
) -> None:
    assert (detail, "critical") in combination_texts(phi(analyzer, text))


def test_a_reply_that_places_the_reader_in_ones_care_discloses_it(analyzer: Analyzer) -> None:
    text = "@angry_mike88 you were seen within 3 hours and your x-ray was normal, as I explained."
    found = [(f.rule, f.text, f.severity) for f in phi(analyzer, text)]
    assert ("phi.confirms-patient", "you were seen within", "critical") in found
    # the same reader, answered without confirming anything, and the clinic's own line
    text = (
        "@angry_mike88 I'm sorry about your experience. Please call our patient relations "
        "office at 902-555-0100 so we can look into it."
    )
    assert flagged(phi(analyzer, text)) == []


def test_to_summit_a_mountain_is_no_conference(analyzer: Analyzer) -> None:
    text = "A patient today told me she's the first woman from Cape Breton to summit Everest."
    assert ("Cape Breton", "critical") in combination_texts(phi(analyzer, text))
    text = "See you at the Health Summit in Halifax on Tuesday! Dr. Lee, 45, is our keynote."
    assert flagged(phi(analyzer, text)) == []


def test_today_dates_an_encounter_but_todays_class_does_not(analyzer: Analyzer) -> None:
    text = "Had a lady today who thought her IUD was a tracking device from the government"
    assert combination_texts(phi(analyzer, text)) == {("today", "warning")}  # sex + the day
    text = "Simulation case for today's class: a 60-year-old collapses in a grocery store. Go."
    assert flagged(phi(analyzer, text)) == []


def test_a_public_figure_as_a_patient_is_still_phi(analyzer: Analyzer) -> None:
    text = "The mayor was admitted to our ICU last night after collapsing at city hall."
    got = combination_texts(phi(analyzer, text))
    assert ("mayor", "critical") in got and ("last night", "critical") in got
    # "our" firefighters are the town's, not the team, once they are brought in
    text = "Two of our firefighters were brought in last night after the mill fire."
    got = combination_texts(phi(analyzer, text))
    assert ("firefighters", "critical") in got and ("last night", "critical") in got


def test_a_record_number_is_a_patients_even_beside_a_call_back(analyzer: Analyzer) -> None:
    text = "MRN 4471029 needs a call back re: her biopsy results, can days follow up?"
    assert flagged(phi(analyzer, text)) == [("phi.mrn", "4471029", "warning")]


def test_a_date_of_birth_is_a_direct_identifier_unless_it_is_the_authors(
    analyzer: Analyzer,
) -> None:
    text = "Pt DOB 03/14/1952, still waiting for the echo report, can someone chase it?"
    [finding] = phi(analyzer, text)
    assert (finding.rule, finding.text, finding.severity) == ("phi.date", "03/14/1952", "critical")
    assert (finding.start, finding.end) == (7, 17)
    assert flagged(phi(analyzer, "My DOB is 03/14/1952 and I still get carded lol")) == []
    # counted in a combination, it is underlined once, by the combination
    combined = phi(analyzer, "Pt DOB 03/14/1952, a 72M from Truro, in our ED tonight, chest pain")
    assert [f.rule for f in combined if f.text == "03/14/1952"] == ["phi.combination"]


def test_a_number_on_file_is_a_patients_phone_underlined_once(analyzer: Analyzer) -> None:
    text = "Can anyone reach J.M.'s daughter? Number on file is 506-555-0173. Not answering."
    found = [(f.rule, f.text, f.severity) for f in phi(analyzer, text)]
    assert [f for f in found if f[1] == "506-555-0173"] == [
        ("phi.phone", "506-555-0173", "critical")
    ]
    assert ("phi.name", "J.M.", "info") in found  # the initials, before their possessive


def test_a_title_and_an_initial_half_hide_a_name(analyzer: Analyzer) -> None:
    text = "Just discharged our longest stay ever: 214 days in the ICU. Mr. B, we will miss you."
    assert ("phi.name", "Mr. B", "critical") in flagged(phi(analyzer, text))


def test_two_given_names_joined_are_one_persons_name(analyzer: Analyzer) -> None:
    text = "My patient Jean-Paul Leblanc went home today after three weeks."
    assert ("phi.name", "Jean-Paul Leblanc", "critical") in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Saw the world's most dramatic kidney stone patient today. Oscar-worthy performance",
        "Saw a case of Osgood-Schlatter today, the third this month in our clinic.",
        "Guillain-Barre after the flu is rare, but worth knowing.",
        "Flew Halifax-Toronto last night with a sick kid coughing beside me.",
    ],
)
def test_hyphens_that_make_no_name_or_place(analyzer: Analyzer, text: str) -> None:
    found = phi(analyzer, text)
    assert not [f for f in found if f.rule in ("phi.name", "phi.location")]
    assert not [f for f in found if f.rule == "phi.combination" and "-" in f.text]


def test_holidays_are_dates_not_names(analyzer: Analyzer) -> None:
    text = "Here's the x-ray of my patient's hand after the fireworks accident on Canada Day"
    found = flagged(phi(analyzer, text))
    assert ("phi.combination", "Canada Day", "critical") in found
    assert not [f for f in found if f[0] == "phi.name"]
    assert phi(analyzer, "Quiet shift on Victoria Day weekend, thankfully.") == []
    coffee = "Delivered a baby in the parking lot of the Sackville Tim Hortons at 2am."
    assert not [f for f in phi(analyzer, coffee) if f.rule == "phi.name"]


def test_nothing_inside_a_condition_is_counted_again(analyzer: Analyzer) -> None:
    text = "Saw a 72M with a rare case of Creutzfeldt-Jakob in Truro this week."
    assert combination_texts(phi(analyzer, text)) == {
        ("72M", "critical"),
        ("Creutzfeldt-Jakob", "critical"),
        ("Truro", "critical"),
    }


def test_numbers_of_any_plan_after_a_phone_cue(analyzer: Analyzer) -> None:
    text = "Her son isn't answering at 078 651 4502, can nights try again?"
    assert ("phi.phone", "078 651 4502") in {(f.rule, f.text) for f in phi(analyzer, text)}
    desk = phi(analyzer, "Records office: 45 Main St. Desk: +41 (0)96 471 07 95")
    assert ("phi.phone", "+41 (0)96 471 07 95", "info") in {
        (f.rule, f.text, f.severity) for f in desk
    }
    clean = "The number of cases rose to 1 234 567 this year"
    assert [f for f in phi(analyzer, clean) if f.rule == "phi.phone"] == []


def test_postal_code_closing_an_address(analyzer: Analyzer) -> None:
    text = "The label on his bag read Suite 501  Tartu   Estonia 50090"
    found = {(f.rule, f.text) for f in phi(analyzer, text)}
    assert {("phi.address", "Suite 501"), ("phi.address", "50090")} <= found
    clinic = phi(analyzer, "Flu shot clinic Saturday 9-12 at 45 Main St, call 902-555-0142")
    assert [f.text for f in clinic if f.rule == "phi.address"] == ["45 Main St"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Flu clinic Saturday at 12 King St. Call us to book.", "12 King St."),
        (
            "The form lists 808 Main St, Springfield, IL 62704 as home",
            "808 Main St, Springfield, IL 62704",
        ),
        ("Mailed to 8 Elm St Springfield IL 62704 last week", "8 Elm St Springfield IL 62704"),
        (
            "Home is 123 Maple Ave. Apt 4, Halifax, NS B3H 4R2 now",
            "123 Maple Ave. Apt 4, Halifax, NS B3H 4R2",
        ),
        ("Found at 1 Queen St Tuesday morning", "1 Queen St"),
    ],
)
def test_an_address_takes_a_town_after_a_comma_or_before_a_state_or_postal_code(
    analyzer: Analyzer, text: str, address: str
) -> None:
    """Not the first word of the next sentence ("12 King St. Call us"), nor a weekday."""
    assert [f.text for f in phi(analyzer, text) if f.rule == "phi.address"] == [address]


def test_a_patient_called_names_is_still_a_patient(analyzer: Analyzer) -> None:
    text = (
        "The drunk idiot who crashed his truck into the Tim Hortons in Truro at 2am last night "
        "kept calling me sweetheart while I sutured him."
    )
    got = combination_texts(phi(analyzer, text))
    assert {("Truro", "critical"), ("at 2am", "critical"), ("last night", "critical")} <= got


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        # a name right after a care verb, even one the model reads as a place
        ("Just discharged Jean-Guy Thibodeau after 3 months in rehab. Proud of him!",
         "Jean-Guy Thibodeau"),
        ("Mme Leblanc, 84 ans, de Shédiac, est finalement retournée à la maison ce matin.",
         "Mme Leblanc"),
        # a procedure on a night shift is an encounter
        ("Fun night shift: reattached the thumb of a carpenter from Lunenburg who tangled with "
         "a table saw at 11pm.", "carpenter"),
        # the clinician's bracketed shorthand, and a circle shared with the author's child
        ("Had a patient today (F, 30s) who works at the same daycare as my kid.", "today"),
        # a story with no article before the patient, told in the present tense
        ("Story time from last night. Older gentleman, mid-70s, comes in by ambulance from the "
         "Legion hall in Stellarton after collapsing during bingo.", "Stellarton"),
        # "he's in the CCU", "I was his nurse": the named man is the patient
        ("Please keep Gerald from our church in your prayers, he's in the CCU at the Moncton "
         "Hospital after a heart attack last night. I was his nurse.", "Gerald"),
        # a public figure's family is one household in town
        ("The mayor’s wife came through our ED this morning. Nothing serious.", "mayor’s wife"),
        ("The Uber driver I had last night turned out to be my patient from the cardiac unit.",
         "Uber driver"),
        # the patient is someone the author's family knows
        ("Saw a kid from my son's hockey team in the ER tonight. Broken wrist, he'll be fine.",
         "my son's hockey team"),
        # an age given as "at 81" after a life event, and "my patient" with her pronoun
        ("My patient had her hip replaced last week at 81. She's walking with a walker already.",
         "81"),
        ("Had a patient today who was diagnosed at 19 with MS, now a mom of two.", "19"),
        # dental care is an encounter
        ("Dental office life: pulled 6 teeth today for a homeless veteran who hadn't seen a "
         "dentist in 20 years. He cried when he saw his smile.", "veteran"),
        # French: a discharge from intensive care last night
        ("Bonne nouvelle: la petite Léa, 6 ans, de Caraquet, est sortie des soins intensifs hier "
         "soir! Merci à toute l'équipe.", "Caraquet"),
        # a life event the encounter fell on, and the fiancé it was told to
        ("My patient just got diagnosed with MS at 31, the same week as her wedding. She asked "
         "me to be there when she told her fiancé.", "the same week as her wedding"),
        # counted people are patients, even in a list
        ("Two paramedics, one nurse and a firefighter came in after the crash on Hwy 7 tonight.",
         "paramedics"),
        # a death the next morning is an encounter's end
        ("Our palliative care team helped a dying rancher from near Maple Creek see his horses "
         "one last time. He passed the next morning.", "rancher"),
        # clergy are no public office; what few people swallow is an unusual event
        ("Weirdest case of my career: a Lutheran minister from a small town in Saskatchewan "
         "swallowed his wedding ring. Twice.", "swallowed his wedding ring"),
    ],
)
def test_names_and_circles_that_point_to_a_patient(
    analyzer: Analyzer, text: str, detail: str
) -> None:
    assert detail in {f.text for f in phi(analyzer, text) if f.severity == "critical"}


@pytest.mark.parametrize(
    "text",
    [
        "Congrats to Jean-Guy Thibodeau on 30 years as our head porter!",
        "My son's hockey team won the provincial title tonight! So proud of these kids.",
        "Il y a 30 ans ce matin, j'ai commencé ma carrière d'infirmière à Moncton.",
        "Bonne fête à ma mère qui a 70 ans aujourd'hui!",
        # the author's own age; a colleague's age in the sentence after her congratulations
        "Just passed my ICU certification exam at 52 years old! Never too late.",
        "Congrats to our unit clerk Brenda on her 25th work anniversary on 6 North! She's 61 and "
        "still the fastest typist in the building.",
        # "one nurse. What could …" is no nurse named What
        "Sure, let's give the ER doc 40 patients and one nurse. What could possibly go wrong.",
        # a group, not a person
        "Happy International Women's Day to the first female firefighters of Nova Scotia, who "
        "paved the way. #IWD",
        "Night shift: stitched up my own finger after slicing a bagel. Physician, heal thyself.",
        # an artist credited for a mural, not a patient
        "Our new pediatric unit mural was painted by local artist Kayla Doucette. Kids love it!",
        "The mayor's wife spoke at our hospital gala last night about mental health. Inspiring.",
        # the author's driver, and the paramedic who brought the patient in
        "My Uber driver last night asked what I do. When I said nurse, he thanked me.",
        "That paramedic who brought in my patient last night was calm and kind.",
        # every patient is no patient in particular
        "Tonight was a good one. Every single patient on our unit went home or got better.",
        # the author's own age and family; a relative word before a common noun names no one
        "I was diagnosed at 34 and it changed how I practice.",
        "My mom had her hip replaced last week at 81. She's walking already. Proud daughter "
        "moment.",
        "Mom life: 3 kids, 2 jobs, 1 coffee.",
        "Our friend group does a 5k every spring.",
        "Most hips replaced at 80 or older do well with early mobilization.",
        "The minister announced new funding for rural ERs today.",
        # "Nan" is what many call a grandmother; it needs a cue to be a name
        "101 years old and sharp as a tack: that's my grandmother, who turns 102 on Sunday in "
        "Baddeck. Happy birthday, Nan!",
        # whole trades in a list, thanked
        "Police, paramedics, firefighters: thank you. Our ED sees what you risk every shift.",
        "Farmers, fishermen, loggers: the work that feeds us also fills our trauma bay. Be safe.",
        "I turned 65 today and worked my last shift. 42 years in the ED. Thank you, Saint John "
        "Regional.",
        "My mom broke her wrist skiing at 70. Tough lady.",
        "My partner just got diagnosed with MS at 31. We're scared but hopeful.",
        # a talk's notice: its time and room are no patient's
        "Grand rounds today: Dr. Farah Haddad on frailty in the ED. 12pm, Room 3B, lunch provided.",
        # the age of a thing
        "Professors who lecture from 20-year-old slides are useless.",
        "Our 40-year-old building leaks when it rains. Patients deserve better, starting tonight.",
        "Kids who swallowed a button battery need the ER right away, even if they seem fine.",
        "Bonne nouvelle: notre unité de soins intensifs pédiatriques a reçu un prix d'excellence "
        "hier soir! Merci à toute l'équipe.",
        "Our unit's curling team won the bonspiel! Proud of our curlers.",
        # a colleague remembered
        "Sad news: our beloved former colleague, nurse Marg Fraser, passed away this week at 88. "
        "She trained half of us.",
    ],
)
def test_colleagues_and_the_authors_own_circle_stay_below_warning(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


def test_a_pronoun_after_a_patient_gives_the_patients_sex(analyzer: Analyzer) -> None:
    text = "Sat with a dying patient tonight because her family couldn't get here in time."
    assert ("tonight", "warning") in combination_texts(phi(analyzer, text))
    # the same words about no patient in particular
    text = "No patient should die alone tonight or any night; her family or ours, we sit with them."
    assert flagged(phi(analyzer, text)) == []


def test_a_middle_initial_keeps_a_name_whole(analyzer: Analyzer) -> None:
    text = "Billing address: Erlendur G. Hafliðason, 764 Fagradalsbraut, Egilsstaðir."
    assert "Erlendur G. Hafliðason" in {f.text for f in phi(analyzer, text)}


def test_a_lower_case_name_after_a_relative_is_still_a_name(analyzer: Analyzer) -> None:
    # notes write names in lower case; "bill" is a word too, but "son" cues it
    for text, name in [("daughter kaylee visited, upset", "kaylee"),
                       ("Pt's daughter Nan at bedside, aware of plan.", "Nan"),
                       ("Social: pt's son bill at bedside", "bill")]:
        assert name in {f.text for f in phi(analyzer, text) if f.rule == "phi.name"}


def test_an_athlete_two_words_after_the_article_is_a_patients_occupation(
    analyzer: Analyzer,
) -> None:
    text = ("Honoured to have cared for a former Olympic rower on our unit this month. Her grit "
            "post-stroke inspired us all.")
    assert ("rower", "warning") in combination_texts(phi(analyzer, text))


def test_a_colleagues_booking_line_is_the_clinics_not_hers(analyzer: Analyzer) -> None:
    text = ("Welcome to our new NP, Priya Shah! She joins the Fairview Clinic team Monday. Book "
            "with her at 204-555-0133.")
    assert [(f.text, f.severity) for f in phi(analyzer, text) if f.rule == "phi.phone"] == [
        ("204-555-0133", "info")
    ]
    text = "Pt's daughter wants a callback, reach her at 204-555-0133."
    assert [(f.text, f.severity) for f in phi(analyzer, text) if f.rule == "phi.phone"] == [
        ("204-555-0133", "critical")
    ]


def test_a_pronoun_after_an_aged_reference_gives_the_sex(analyzer: Analyzer) -> None:
    # "a 94 year old" is plainly a patient, so "her" gives the patient's sex
    found = phi(analyzer, "Just discharged a 94 year old who walked out on her own")
    combination = next(f for f in found if f.rule == "phi.combination")
    assert [(d["kind"], d["text"]) for d in combination.details] == [("AGE", "94 year old"),
                                                                 ("SEX", "her")]
    # a care home named after "resident at", and the fall that broke her hip
    text = ("Our falls project started after an 89-year-old resident at Shannex Parkland fell "
            "twice in one night and broke her hip.")
    assert ("Shannex Parkland", "critical") in combination_texts(phi(analyzer, text))


def test_a_titled_name_from_our_team_is_staff_and_one_in_a_bed_a_patient(
    analyzer: Analyzer,
) -> None:
    staff = "Shoutout to Mr. Rogers from our maintenance team who fixed the ICU heater at 2am."
    assert [(f.text, f.severity) for f in phi(analyzer, staff) if f.rule == "phi.name"] == [
        ("Mr. Rogers", "info")
    ]
    patient = "Shoutout to Mr. Rogers in bed 3 who fixed the ICU heater himself at 2am."
    assert [(f.text, f.severity) for f in phi(analyzer, patient) if f.rule == "phi.name"] == [
        ("Mr. Rogers", "critical")
    ]


def test_a_clinic_that_saw_someone_had_an_encounter_and_its_hours_are_no_time(
    analyzer: Analyzer,
) -> None:
    text = ("Our nurse practitioner clinic in Moose Jaw saw the mayor's son tonight for a broken "
            "collarbone. Walk-ins 5-8pm!")
    assert combination_texts(phi(analyzer, text)) == {
        ("Moose Jaw", "critical"), ("mayor's son", "critical"), ("tonight", "critical")
    }
    notice = "Our clinic saw 400 patients this month. Thank you, Moose Jaw! Walk-ins 5-8pm."
    assert flagged(phi(analyzer, notice)) == []


def test_a_place_and_a_rough_time_alone_do_not_say_who(analyzer: Analyzer) -> None:
    thanks = ("Shout-out to the night nurses on 4 West for catching a sepsis case early last "
              "week. Teamwork!")
    assert flagged(phi(analyzer, thanks)) == []
    # one more detail about the patient, and they narrow it down
    aged = "Shout-out to the night nurses on 4 West for catching a 97-year-old's sepsis last week."
    assert combination_texts(phi(analyzer, aged)) >= {("4 West", "critical"),
                                                      ("97-year-old", "critical")}


def test_a_first_birthday_and_a_birth_at_24_weeks_are_ages(analyzer: Analyzer) -> None:
    text = ("Instagram story: our NICU graduate Baby Liam, born at 24 weeks in Fredericton, just "
            "turned 1! (posted with parents' consent)")
    assert combination_texts(phi(analyzer, text)) >= {
        ("born at 24 weeks", "critical"), ("Fredericton", "critical"), ("just turned 1", "critical")
    }
    # a count that follows "turned" is no age
    turned_away = "Our NICU in Fredericton turned 2 families away last night."
    assert [(f.rule, f.text) for f in phi(analyzer, turned_away)] == [
        ("phi.location", "Fredericton")
    ]


def test_a_picture_asked_for_is_not_shared_but_one_offered_is(analyzer: Analyzer) -> None:
    asked = ("Send me a DM with a picture of your kid's rash and I'll let you know if it's "
             "chickenpox.")
    assert phi(analyzer, asked) == []
    offered = "DM me for the pic of his x-ray, the 45M from last night."
    assert ("phi.photo", "critical", "pic") in [(f.rule, f.severity, f.text)
                                                 for f in phi(analyzer, offered)]


def test_a_flight_by_its_number_and_its_captain_identify_a_patient(analyzer: Analyzer) -> None:
    text = ("Humbled to have cared for the captain of Air Canada flight 624 after the Halifax "
            "runway incident. His first question was about his crew.")
    assert combination_texts(phi(analyzer, text)) >= {
        ("captain", "critical"), ("flight 624", "critical"), ("runway incident", "critical")
    }
    assert flagged(phi(analyzer, "My flight 12 hours late again, ugh.")) == []
    assert flagged(phi(analyzer, "Our team captain just got her nursing licence! So proud.")) == []


def test_the_only_patient_with_a_rare_infection_and_a_bare_age(analyzer: Analyzer) -> None:
    text = ("Our ICU has the only patient in the province on ECMO for hantavirus right now. 19, "
            "from a ranch near Maple Creek. Pray for her.")
    assert combination_texts(phi(analyzer, text)) >= {
        ("only patient in the province", "critical"), ("hantavirus", "critical"),
        ("19", "critical"), ("Maple Creek", "critical"),
    }
    education = ("Hantavirus is rare but serious: wear a mask and wet down mouse droppings before "
                 "sweeping sheds and cabins.")
    assert phi(analyzer, education) == []


def test_a_great_birthday_is_an_age_and_happy_birthday_to_staff_is_congratulations(
    analyzer: Analyzer,
) -> None:
    patient = ("Happy 90th birthday to Marjorie, who's been on our palliative unit since March. "
               "Her family brought cake and the whole floor sang.")
    assert ("90th birthday", "critical") in combination_texts(phi(analyzer, patient))
    volunteer = ("Happy 90th birthday to our longtime volunteer Marjorie! She's knitted 4,000 baby "
                 "hats for our maternity ward.")
    assert flagged(phi(analyzer, volunteer)) == []
    program = "Happy 1st birthday to our NICU family program! 90 families supported this year."
    assert flagged(phi(analyzer, program)) == []
    # a care home's resident is no colleague, birthday or not
    resident = ("Happy 100th birthday to our longest-staying resident on 3 West! She beat me at "
                "cribbage.")
    assert combination_texts(phi(analyzer, resident)) >= {("100th birthday", "critical"),
                                                          ("3 West", "critical")}


def test_the_honour_of_caring_for_someone_now_71_is_an_encounter(analyzer: Analyzer) -> None:
    text = ("Yesterday I had the honour of caring for a former NHL goalie from Kenora, now 71, "
            "after his second stroke. Still cracking jokes.")
    assert combination_texts(phi(analyzer, text)) >= {
        ("goalie", "critical"), ("Kenora", "critical"), ("now 71", "critical")
    }
    assert flagged(phi(analyzer, "Our team is now 12, and growing! Join us in Kenora.")) == []


def test_pride_in_someone_who_comes_to_our_clinic_does_not_make_her_a_colleague(
    analyzer: Analyzer,
) -> None:
    text = ("So proud of the young mom from our Gander clinic who finally left her abusive husband "
            "after we talked last month. You're braver than you know.")
    combo = [f for f in phi(analyzer, text) if f.rule == "phi.combination"]
    assert [(f.text, f.severity) for f in combo] == [("her abusive husband", "warning")]
    assert {(d["kind"], d["text"]) for d in combo[0].details} == {
        ("SEX", "mom"), ("SETTING", "our Gander clinic"), ("FAMILY", "her abusive husband")
    }
    colleague = ("So proud of the new mom from our Gander clinic team, back from leave this "
                 "week! Her husband brought donuts.")
    assert flagged(phi(analyzer, colleague)) == []


def test_a_units_record_patient_is_an_unusual_event(analyzer: Analyzer) -> None:
    text = ("Our NICU in Thunder Bay just discharged its smallest survivor ever, born at 22 weeks "
            "and 410 grams, after 5 months with us.")
    assert combination_texts(phi(analyzer, text)) == {
        ("Thunder Bay", "critical"), ("smallest survivor ever", "critical"),
        ("born at 22 weeks", "critical"),
    }
    twins = ("Just delivered the first twins born here since 2009 at our tiny hospital in "
             "Ucluelet. Best day ever.")
    assert ("first twins born here since", "critical") in combination_texts(phi(analyzer, twins))
    education = ("Babies born at 22 weeks now survive more often than ever. Proud of NICU teams "
                 "across Canada pushing that line.")
    assert flagged(phi(analyzer, education)) == []


def test_a_greeted_reader_is_the_addressee_but_their_parent_on_a_ward_is_a_patient(
    analyzer: Analyzer,
) -> None:
    reader = ("Hi Linda! I saw your post about your dad's confusion. Please get him seen today, "
              "infections are a common cause.")
    assert flagged(phi(analyzer, reader)) == []
    assert [(f.text, f.severity) for f in phi(analyzer, reader)] == [("Linda", "info")]
    patient = ("Hey Marcus, your mom is doing great after her surgery, saw her this morning on "
               "4 West.")
    assert combination_texts(phi(analyzer, patient)) == {
        ("Marcus", "critical"), ("this morning", "critical"), ("4 West", "critical")
    }


def test_conjoined_twins_are_people_and_separating_them_is_an_encounter(
    analyzer: Analyzer,
) -> None:
    text = ("Honoured to be part of the team that separated conjoined twins at SickKids last "
            "month. Their parents flew in from Manitoba.")
    assert combination_texts(phi(analyzer, text)) == {
        ("conjoined twins", "critical"), ("SickKids", "critical"), ("Manitoba", "critical")
    }
    reading = ("Conjoined twin separations are among the rarest surgeries in medicine. SickKids "
               "has published their team approach; worth a read.")
    assert flagged(phi(analyzer, reading)) == []


def test_a_babys_name_the_list_lacks_is_still_a_name_but_the_parents_own_is_not(
    analyzer: Analyzer,
) -> None:
    patient = ("Our littlest warrior, baby Mateo, finally went home from the NICU at Foothills "
               "after 132 days!")
    assert ("phi.name", "Mateo", "critical") in flagged(phi(analyzer, patient))
    assert not any(f.rule == "phi.location" and f.text == "Mateo" for f in phi(analyzer, patient))
    own = "Our baby Olivia turned one today! Best year of my life."
    assert flagged(phi(analyzer, own)) == []
    assert flagged(phi(analyzer, "Gave baby Tylenol at 2am and she finally slept.")) == []


def test_a_famous_singer_treated_at_our_town_er_and_the_town_is_no_name(
    analyzer: Analyzer,
) -> None:
    text = ("Surreal shift: treated a famous Canadian country singer for a kidney stone at our "
            "Brandon ER this afternoon. Super nice guy.")
    findings = phi(analyzer, text)
    assert combination_texts(findings) == {("singer", "critical"), ("this afternoon", "critical")}
    assert not any(f.rule == "phi.name" for f in findings)
    colleague = phi(analyzer, "Thanks to Dr. Brandon Lee at our clinic!")
    assert [(f.rule, f.text, f.severity) for f in colleague] == [
        ("phi.name", "Dr. Brandon Lee", "info")
    ]


def test_a_coach_who_came_into_our_er_is_a_patient_but_everyone_who_came_in_is_not(
    analyzer: Analyzer,
) -> None:
    text = ("Please pray for Coach Dan from the Yarmouth Mariners, who came into our ER last night "
            "with a heart attack at the rink.")
    got = flagged(phi(analyzer, text))
    assert ("phi.name", "Coach Dan", "critical") in got
    assert ("phi.combination", "Yarmouth", "critical") in got
    thanks = "Thanks to everyone who came in for flu shots at our Yarmouth clinic last night!"
    assert flagged(phi(analyzer, thanks)) == []


def test_when_to_act_a_question_about_anyone_and_or_as_a_word_are_no_encounter(
    analyzer: Analyzer,
) -> None:
    jaundice = ("Newborn jaundice: yellow skin that spreads to the belly or legs, or a sleepy baby "
                "who won't feed, means call your nurse or doctor today.")
    assert flagged(phi(analyzer, jaundice)) == []
    question = ("Throwaway. Question for ER docs: when do you have a duty to report a pilot or a "
                "driver to the licensing authority in Ontario?")
    assert flagged(phi(analyzer, question)) == []
    # the operating room, in capitals, is still where care happened
    theatre = "Back in the OR today with a 34-year-old from Tignish."
    assert combination_texts(phi(analyzer, theatre)) == {
        ("today", "critical"), ("34-year-old", "critical"), ("Tignish", "critical")
    }
    # a question after an encounter is no question about anyone
    asked = "Saw a 96-year-old from Tignish in our ER today. Should I have called her family?"
    assert ("Tignish", "critical") in combination_texts(phi(analyzer, asked))


def test_a_colleagues_obituary_is_a_tribute_but_a_patient_lost_is_not(analyzer: Analyzer) -> None:
    obituary = ("We lost a beloved colleague this week. Dr. Ray Cormier, 71, practiced in Bathurst "
                "for 40 years. Rest easy, Ray.")
    assert flagged(phi(analyzer, obituary)) == []
    patient = "We lost a 71-year-old fisherman from Bathurst in our ICU this week. Rest easy."
    assert ("Bathurst", "critical") in combination_texts(phi(analyzer, patient))


def test_a_title_named_as_one_of_the_team_is_a_colleague_not_a_patient(analyzer: Analyzer) -> None:
    for text in ("Mrs. Dalton, our clinic manager, retires Friday after 30 years. Cake at 2!",
                 "Happy retirement to our clinic manager Mrs. Dalton! Friday is her last day."):
        assert flagged(phi(analyzer, text)) == [], text
    patient = "Saw Mrs. Dalton, our longtime patient, in clinic Friday. She is 84."
    got = flagged(phi(analyzer, patient))
    assert ("phi.name", "Mrs. Dalton", "critical") in got
    assert ("phi.combination", "84", "critical") in got


def test_our_little_guy_is_the_parents_own_unless_a_unit_cares_for_him(analyzer: Analyzer) -> None:
    own = ("Welcome to the world, baby Noah! Our little guy arrived at 3:12 this morning, "
           "7 lb 4 oz. Dad is a wreck.")
    assert flagged(phi(analyzer, own)) == []
    unit = "Our little guy in bed 3 went home today after 90 days, 41 weeks on the ward."
    assert ("today", "critical") in combination_texts(phi(analyzer, unit))


def test_a_family_a_bride_and_brothers_are_patients_when_their_details_gather(
    analyzer: Analyzer,
) -> None:
    family = ("Congrats to the Henderson family from Morden on baby #5, delivered in our hallway "
              "at 4am because she came so fast!")
    assert ("Morden", "critical") in combination_texts(phi(analyzer, family))
    bride = ("The bride who collapsed at her wedding in Canmore on Saturday is doing well in our "
             "ICU.")
    assert ("Canmore", "critical") in combination_texts(phi(analyzer, bride))
    # a town's French joins; "teenage" is an age band
    brothers = ("Two teenage brothers from Ile-a-la-Crosse were medevaced to our PICU tonight "
                "after a house fire.")
    got = combination_texts(phi(analyzer, brothers))
    assert {("Ile-a-la-Crosse", "critical"), ("tonight", "critical")} <= got
    for quiet in ("Thank you to the family who brought pizza to our unit tonight. You made our "
                  "night ❤️",
                  "Welcome to our ICU family, Dr. Amara Okafor! She starts Monday.",
                  "Today our NICU graduated its 1,000th baby from the new family rooms."):
        assert flagged(phi(analyzer, quiet)) == [], quiet


def test_stranded_or_lost_is_an_unusual_event(analyzer: Analyzer) -> None:
    couple = ("The elderly couple from Souris who were in the ditch for 2 days after the storm are "
              "both recovering on our unit.")
    assert combination_texts(phi(analyzer, couple)) >= {
        ("Souris", "critical"), ("in the ditch", "critical")
    }
    advice = ("Please check your car kit: stranded for hours in a storm, you need blankets and "
              "water.")
    assert flagged(phi(analyzer, advice)) == []


def test_a_video_from_the_ed_team_is_no_encounter(analyzer: Analyzer) -> None:
    teaching = ("SVT can often be stopped with the modified Valsalva manoeuvre. Here's a video "
                "from the ED team.")
    assert flagged(phi(analyzer, teaching)) == []
    shared = "Here's a video of the 80-year-old we resuscitated in the ED tonight."
    assert ("phi.photo", "video", "critical") in flagged(phi(analyzer, shared))


def test_a_detail_that_names_a_group_stands_for_no_one(analyzer: Analyzer) -> None:
    group = ("Welcoming refugee families to our Lethbridge clinic is the best part of my week. "
             "Interpreters make it possible.")
    assert flagged(phi(analyzer, group)) == []
    one = ("Got a hug today from the Syrian refugee family whose little girl we treated for TB "
           "last spring in our Lethbridge clinic.")
    assert ("phi.combination", "critical") in {(f.rule, f.severity) for f in phi(analyzer, one)}


def test_a_party_for_one_of_the_team_is_a_celebration(analyzer: Analyzer) -> None:
    clerk = ("Our sweet unit clerk Daniel turned 50 today and the whole unit threw him a party "
             "with his favourite lemon cake!")
    assert flagged(phi(analyzer, clerk)) == []
    patient = ("Our sweet Mr. Daniels on 3B turned 99 today and the whole unit threw him a party "
               "with his favourite lemon cake!")
    assert ("phi.name", "Mr. Daniels", "critical") in flagged(phi(analyzer, patient))


def test_whoever_the_reader_may_know_is_no_patient(analyzer: Analyzer) -> None:
    shelter = ("Youth homelessness in Kamloops is rising. If you know a teen in need, the Y has "
               "beds tonight. Call 250-555-0133.")
    assert flagged(phi(analyzer, shelter)) == []
    seen = "If you have a patient like my 94-year-old from Tignish last night, call us."
    assert ("Tignish", "critical") in combination_texts(phi(analyzer, seen))


def test_a_patient_the_author_diagnosed_is_an_encounter(analyzer: Analyzer) -> None:
    tribute = ("I'll never forget the Shelburne fisherman, 67, who I diagnosed with ALS in 2019. "
               "He taught me what courage is.")
    assert ("Shelburne", "critical") in combination_texts(phi(analyzer, tribute))
    counts = "We diagnosed 40 new cases of diabetes in Cape Breton last year. Screening works."
    assert flagged(phi(analyzer, counts)) == []


def test_someone_named_by_their_role_in_the_community(analyzer: Analyzer) -> None:
    pastor = ("Please pray for Pastor Mike from Bethel Church in Swift Current. He's in our ICU "
              "after a heart attack this morning.")
    got = flagged(phi(analyzer, pastor))
    assert ("phi.name", "Pastor Mike", "warning") in got
    assert ("phi.combination", "Swift Current", "critical") in got
    rotation = "He's in our ICU rotation this month and loving it. Welcome, Dr. Patel!"
    assert flagged(phi(analyzer, rotation)) == []


def test_a_group_by_its_pay_or_a_memes_name_is_no_one(analyzer: Analyzer) -> None:
    parking = ("Ending free parking for night staff at our hospital is wrong: it lands hardest on "
               "the lowest-paid workers, who can't take transit at 3am.")
    assert flagged(phi(analyzer, parking)) == []
    meme = "Our frequent flyer is back with 10/10 pain while eating Doritos. Sure Jan 🙄"
    assert flagged(phi(analyzer, meme)) == []
    hikers = "Two hikers came into our ER in Banff at 3am after a bear encounter."
    assert ("Banff", "critical") in combination_texts(phi(analyzer, hikers))


def test_a_case_for_the_students_on_a_line_of_its_own_is_teaching(analyzer: Analyzer) -> None:
    case = ("Case for the students 🩺\n58F, 2 days of pleuritic chest pain, back from a 14-hr "
            "flight last week. HR 112.\nWells score? What's your next test?")
    assert flagged(phi(analyzer, case)) == []
    seen = "Case from our ED in Kenora last night: 58F, pleuritic chest pain, back from Manila."
    assert ("Kenora", "critical") in combination_texts(phi(analyzer, seen))


def test_a_public_figure_is_no_town(analyzer: Analyzer) -> None:
    clip = ("That shuffling gait in Biden's latest clip is textbook Parkinsonism. Get the man a "
            "scan.")
    assert flagged(phi(analyzer, clip)) == []


def test_a_reply_about_the_care_of_the_readers_own_family_names_them(analyzer: Analyzer) -> None:
    son = ("@brendan_k saw your son at the walk-in Saturday with the ear infection. If he's still "
           "febrile tomorrow, bring him back.")
    assert {("@brendan_k", "critical"), ("Saturday", "critical")} <= combination_texts(
        phi(analyzer, son)
    )
    dad = ("@Linda Moreau so glad your dad is finally home from St. Joseph's after his bypass! "
           "Give him my best.")
    assert ("St. Joseph's", "critical") in combination_texts(phi(analyzer, dad))
    pharmacy = ("@jordan_ayo hey! The amoxicillin we filled for your little guy this morning: give "
                "it with food.")
    assert ("@jordan_ayo", "critical") in combination_texts(phi(analyzer, pharmacy))
    # no care given and no place of care: sympathy, or advice about the reader's own child
    assert flagged(phi(analyzer, "@jen_k so sorry about your dad 💔 thinking of you all.")) == []
    assert flagged(phi(analyzer, "@kelly_m for your daughter's ear infection, see your GP.")) == []


def test_who_came_through_our_ed_a_foreign_body_and_a_team_that_operated(
    analyzer: Analyzer,
) -> None:
    kevin = ("Shoutout to Kevin Daley from Thunder Bay who came through our ED last night for the "
             "fourth time this month.")
    assert ("Thunder Bay", "critical") in combination_texts(phi(analyzer, kevin))
    carrot = ("Only in Moose Jaw 😂 sixty-something guy rolls into our ER tonight with a carrot "
              "lodged where the sun don't shine.")
    assert ("a carrot lodged where", "critical") in combination_texts(phi(analyzer, carrot))
    twins = ("Incredibly proud of our surgical team at Westmead Children's Hospital, who last "
             "month separated conjoined twin girls flown in from Tonga.")
    assert ("Tonga", "critical") in combination_texts(phi(analyzer, twins))
    count = "Huge congrats to our L&D team, who delivered 312 babies this year!"
    assert flagged(phi(analyzer, count)) == []


def test_someone_seen_in_clinic_a_regular_and_a_mother_answered_with_dm_me(
    analyzer: Analyzer,
) -> None:
    bill = "Hi Doreen, I saw Bill in clinic on Tuesday. Tell him to keep taking the ramipril."
    assert ("phi.name", "Bill", "critical") in flagged(phi(analyzer, bill))
    concert = "We saw Taylor Swift at the Rogers Centre last night!"
    assert flagged(phi(analyzer, concert)) == []
    regular = ("Pharmacist in a town of ~900 in southern Saskatchewan. One of my regulars, early "
               "40s dad of three, just got diagnosed with ALS.")
    assert ("ALS", "critical") in combination_texts(phi(analyzer, regular))
    mom = ("to the mom whose 3 y/o I saw at the Kelowna walk-in this morning: swab came back "
           "positive, start the amoxicillin tonight and DM me if the spots spread")
    assert ("Kelowna", "critical") in combination_texts(phi(analyzer, mom))
    own = "I'm a nurse at our Kenora ED and I saw a lot of flu this week. DM me for clinic hours."
    assert flagged(phi(analyzer, own)) == []


def test_a_quiz_heading_with_words_before_it_and_the_right_ventricle(analyzer: Analyzer) -> None:
    quiz = ("Quick ECG quiz for the students: 58M, crushing chest pain, ST elevation in II, III, "
            "aVF. Which artery? (spoiler: think RV infarct)")
    assert flagged(phi(analyzer, quiz)) == []
    rv = "A couple in their 70s rolled their RV on the 401 near Kingston last night, in our ICU."
    assert ("RV", "critical") in combination_texts(phi(analyzer, rv))


def test_the_authors_preceptor_their_own_job_and_a_clinics_regular_hours(
    analyzer: Analyzer,
) -> None:
    thanks = ("I passed my NCLEX this morning! I couldn't have done it without my preceptor at "
              "Mercy Medical Center, Angela Ruiz.")
    assert flagged(phi(analyzer, thanks)) == []
    medic = ("I've been a paramedic for 19 years. Tonight we waited 4 hours on the ramp with a "
             "sick patient.")
    assert flagged(phi(analyzer, medic)) == []
    hours = ("Not sure your tooth can wait until Monday? Call us. Our regular hours are Mon-Fri "
             "8-5 at 19 Church Street, Tamworth.")
    assert flagged(phi(analyzer, hours)) == []


def test_a_teaching_case_given_a_place_and_a_time_is_no_longer_generic(analyzer: Analyzer) -> None:
    placed = ("Interesting case from our Toowoomba practice this week: a 14-year-old boy with "
              "tremor turned out to have Wilson's disease. Keep the differential broad.")
    assert ("Wilson's disease", "critical") in combination_texts(phi(analyzer, placed))
    generic = ("A 14-year-old boy with tremor and falling grades turns out to have Wilson's "
               "disease. What's your differential?")
    assert flagged(phi(analyzer, generic)) == []


def test_a_birth_in_a_lift_and_an_inmate_are_someone_and_ones_own_diagnosis_is_not(
    analyzer: Analyzer,
) -> None:
    lift = ("Night shift on birthing suite: caught a baby IN THE LIFT between floors 3 and 4 at "
            "02:14. Mum was 19.")
    assert ("caught a baby IN THE LIFT", "critical") in combination_texts(phi(analyzer, lift))
    inmate = "Clinic shift at Millhaven today. Inmate in his 50s, new diagnosis of ALS."
    assert ("ALS", "critical") in combination_texts(phi(analyzer, inmate))
    own = ("A personal post. 14 months ago I was diagnosed with breast cancer at 41. Today I went "
           "back to the oncology day unit, this time in scrubs.")
    assert flagged(phi(analyzer, own)) == []


def test_the_authors_child_a_colleagues_tribute_and_the_author_as_patient(
    analyzer: Analyzer,
) -> None:
    child = ("Well, the ortho nurse finally became the ortho patient's mom 😅 My 6 yo launched "
             "herself off the slide at the park on Saturday. Classic buckle fracture.")
    assert flagged(phi(analyzer, child)) == []
    tribute = ("Our hearts are with the family of Dr. Samuel Osei, who passed away on Sunday. Sam "
               "was a GP in Kumasi before moving to Winnipeg and spent 25 years caring for "
               "newcomer families at our clinic. He never once left a patient waiting.")
    assert flagged(phi(analyzer, tribute)) == []
    welcome = ("Please welcome Dr. Aisha Bello, who joins our Brandon Clinic team on Monday! Aisha "
               "trained at the University of Manitoba. She is accepting new patients.")
    assert flagged(phi(analyzer, welcome)) == []
    medic = ("PSA from the other side: I'm a paramedic and last week I was the patient. Appendix "
             "out at Royal Columbian.")
    assert flagged(phi(analyzer, medic)) == []


def test_a_patient_by_their_own_handle(analyzer: Analyzer) -> None:
    marathon = ("Huge shoutout to @jess_runs_far, who I taped up in the med tent after she went "
                "down at km 30 of the Ottawa marathon this morning.")
    assert ("@jess_runs_far", "critical") in combination_texts(phi(analyzer, marathon))
    ward = "@mike_delgado88 good to see you up and walking laps on 4 North today bro!!"
    assert ("@mike_delgado88", "critical") in combination_texts(phi(analyzer, ward))
    colleague = "@drjones thanks for covering 4 North today, you saved my shift!"
    assert flagged(phi(analyzer, colleague)) == []
    friend = "@sam_k so good to see you back on your feet, we missed you at book club."
    assert flagged(phi(analyzer, friend)) == []


def test_care_given_in_so_many_words(analyzer: Analyzer) -> None:
    singer = ("Set the collarbone of the lead singer of a local punk band tonight. Stage-dived at "
              "the Legion in Nelson.")
    assert ("Nelson", "critical") in combination_texts(phi(analyzer, singer))
    captain = ("Island GP life: did the ferry captain's marine medical this morning and found a "
               "6 cm AAA.")
    assert ("ferry captain", "critical") in combination_texts(phi(analyzer, captain))
    preemie = "Born at 24+2 on Valentine's Day, our littlest Valentine in the unit this year."
    assert ("Valentine's Day", "critical") in combination_texts(phi(analyzer, preemie))
    rates = "Hospital admission rates for asthma fell 20% in Ontario this year."
    assert flagged(phi(analyzer, rates)) == []


def test_a_post_that_celebrates_or_mourns_a_colleague_goes_on_about_them(
    analyzer: Analyzer,
) -> None:
    retires = ("After 41 years as a family doctor in Moose Jaw, Dr. Ken Baptiste retires this "
               "Friday! Ken arrived from Trinidad in 1983 with one suitcase. He and his wife Gail "
               "are moving to Kelowna to be near the grandkids.")
    assert flagged(phi(analyzer, retires)) == []
    obituary = ("Station 14 lost one of our own. Paramedic Dave Kowalczyk, 52, passed away Sunday "
                "after a short illness. Dave served Calgary EMS for 26 years and coached minor "
                "hockey in Airdrie.")
    assert flagged(phi(analyzer, obituary)) == []
    welcome = ("Please join us in welcoming Dr. Aisha Okafor to the family medicine team! Aisha "
               "grew up in Winnipeg and is a marathon runner and mom to 4-year-old twins.")
    assert flagged(phi(analyzer, welcome)) == []
    still = ("Congrats to our charge nurse Jen on her retirement! Last night we resuscitated a 45M "
             "in bed 3 on her final shift.")
    assert ("bed 3", "critical") in combination_texts(phi(analyzer, still))


def test_the_authors_own_surgery_pet_and_history_stay_theirs(analyzer: Analyzer) -> None:
    surgery = ("Well, the surgeon finally became the patient 😅 Had my lap chole at St. Joseph's "
               "Hamilton on March 4th. 47 years old and my first ever general anaesthetic.")
    assert flagged(phi(analyzer, surgery)) == []
    dad = "My dad turned 80 yesterday 🎂 six weeks after his TAVI at St Thomas'."
    assert flagged(phi(analyzer, dad)) == []
    history = ("In January 1922, 14-year-old Leonard Thompson, dying of type 1 diabetes at Toronto "
               "General Hospital, became the first person to receive insulin.")
    assert flagged(phi(analyzer, history)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a surname before "criteria", "sign", "fracture" is the sign's
        "3yo w/ limp x2 days, afebrile, refuses to bear weight. How do you apply Kocher criteria "
        "when it's 1/4?",
        "Positive Murphy's sign and a Rovsing sign on exam, classic teaching.",
        # history: a year before 1900 or a decade of it
        "Robert Liston, fastest knife in 1840s London, had the only operation with 300% "
        "mortality. Richard Gordon embellished it.",
        "In 1826 in Cape Town, Dr James Barry performed a caesarean where mother and baby "
        "survived. Barry lived and practised as a man.",
        "Every July I re-read the Libby Zion case with our new interns. 1984, New York.",
        # the author's own child, in a post about the author's family
        "At 2am our 4-year-old woke up with a barking cough and I forgot everything. My husband "
        "had to remind me. We ended up in the Stollery ED.",
        # "pilot" describing the sites, not a person
        "I think this is the wrong fix: the data from the pilot sites at our hospital showed "
        "nurse-initiated protocols were safe last year.",
        # a colleague at a CPD night
        "Interesting discussion at our CPD night with Mark Delaney on prehospital ketamine. "
        "Mark makes a strong case for fentanyl first in the elderly.",
    ],
)
def test_eponyms_history_and_the_authors_family_are_not_patients(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "flagged_words"),
    [
        # a name after "looked after"
        ("Hi Linda, it was me who looked after Greg in resus at Orange Health Service on "
         "Thursday night, so glad he's home!", {"Greg"}),
        # the reader's own visit, "in clinic": not the clinic's own notice
        ("Saw Jim Kocher in clinic today, 82 and still farming near Brandon.",
         {"Jim", "Kocher"}),
        # a title makes the surname before "fracture" a person's
        ("Mr. Murphy's fracture is healing well at Kingston General, 84 and back golfing "
         "next week.", {"Mr. Murphy's"}),
        # a clinic time is not a year: "at 1630" keeps the patient a patient
        ("Mrs. Tran in bed 4 went for her CT at 1630, 78 and sharp as a tack.", {"Mrs. Tran"}),
    ],
)
def test_care_given_to_someone_named_is_flagged(
    analyzer: Analyzer, text: str, flagged_words: set[str]
) -> None:
    assert flagged_words <= {t for _, t, _ in flagged(phi(analyzer, text))}


@pytest.mark.parametrize(
    "text",
    [
        # an area code in brackets is no age; a day that comes back is no encounter's day
        "Mums & Bubs drop-in is back!\nEvery Tuesday 10am-12pm at Alice Springs Community "
        "Health Centre, Flynn Drive.\nWeigh your baby, have a chat with a child health nurse or "
        "midwife, meet other families.\nPhone (08) 8951 5555 for info.",
        # a colleague's career, told at the end of it
        "35 years on the road. Ray Bouchard started on the ambulance in Moncton in 1989 at 26 "
        "years old, back when the stretcher weighed more than the patient. Today, at 61, he "
        "drove his last shift. Enjoy the fishing, Ray.",
        # what a community runs, and a role on staff, are no one
        "News: Lakehead Regional Health Centre has opened a new 12-bed Indigenous-led healing "
        "unit, with traditional medicines, an Elder on staff and a smudging room.",
        # a welcome in French, and years of experience that are no age
        "Bienvenue à Marie-Ève Gallant, inhalothérapeute, qui se joint lundi à l'équipe de la "
        "clinique MPOC du CISSS de Laval! Marie-Ève arrive du CHU de Québec avec 8 ans "
        "d'expérience.",
        # a post tagged as history is history in every sentence
        "Around this time in 1922, a 14-year-old named Leonard Thompson, dying of type 1 "
        "diabetes at Toronto General, got the first insulin injection. A century later I titrate "
        "insulin drips. #historyofmedicine",
    ],
)
def test_clinic_notices_careers_community_news_and_history_are_not_patients(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


def test_the_same_details_of_a_patient_still_count(analyzer: Analyzer) -> None:
    # an age in brackets after a name, an encounter on a given Tuesday, a career cue beside care
    assert {"Edna", "92"} <= {
        t for _, t, _ in flagged(phi(analyzer, "Lovely chat with Edna (92) on the ward today, "
                                               "she told me all about Gander."))
    }
    assert ("phi.combination", "on Tuesday", "critical") in flagged(
        phi(analyzer, "Saw a lovely 3-year-old on Tuesday at the Alice Springs clinic, her first "
                      "stitches.")
    )
    # a patient also "starts on the ward": no year, no career
    ward = ("Mr. Dale Hunt, 58, started on the ward with a fever last night and went to ICU by "
            "morning.")
    assert {"58", "last night"} <= {t for _, t, _ in flagged(phi(analyzer, ward))}
    donna = ("Happy retirement to Donna, our unit clerk of 30 years! On her last shift we "
             "admitted a 45M from Gander to bed 3 with a STEMI.")
    assert {"45M", "Gander", "bed 3"} <= {t for _, t, _ in flagged(phi(analyzer, donna))}
    # a clinic's line after "a patient is" stays the clinic's
    assert flagged(phi(analyzer, "A patient is never billed for this; call 902-555-0100 for "
                                 "info.")) == []
    # whoever lives at an address is someone, whatever the shout-out
    assert flagged(phi(analyzer, "Shout out to the lovely lady at 45 Elm Crescent who bakes "
                                 "cookies for the home care nurses every Friday.")) == [
        ("phi.address", "45 Elm Crescent", "critical")
    ]


def test_the_patient_you_answer_named_beside_their_visit(analyzer: Analyzer) -> None:
    text = "@ChrisMcTavish great to see you at Riverside heart failure clinic today Chris!"
    assert ("phi.name", "Chris", "critical") in flagged(phi(analyzer, text))
    # a clinic's event, or a conference, is no visit
    assert flagged(phi(analyzer, "@sam_k great to see you at the clinic open house today! "
                                 "Thanks for coming, Sam.")) == []
    # the reader's own visit in other words: a bare weekday, "saw you", "remember you from", the
    # reader's home visit somewhere, their child's appointment
    assert flagged(phi(analyzer, "@laura_mendes good to see you at the clinic Tuesday! Keep "
                                 "taking the quetiapine at bedtime.")) == [
        ("phi.combination", "@laura_mendes", "critical"),
        ("phi.combination", "Tuesday", "critical"),
    ]
    assert flagged(phi(analyzer, "@kayla_runs so sorry, I remember you from the early pregnancy "
                                 "clinic Tuesday 💔")) == [
        ("phi.combination", "@kayla_runs", "critical"),
        ("phi.combination", "Tuesday", "critical"),
    ]
    assert ("phi.name", "Jake", "critical") in flagged(
        phi(analyzer, "@jkowalski_ hey Jake saw you in Sunnybrook ED again last night lmao.")
    )
    assert flagged(phi(analyzer, "Baby Harper's mum, like I said at your home visit in Tauranga "
                                 "yesterday, keep giving her the vitamin D drops.")) == [
        ("phi.name", "Harper", "critical")
    ]
    assert flagged(phi(analyzer, "Maureen, following up on Jack's appointment with us yesterday: "
                                 "the MRI confirms the meniscus tear.")) == [
        ("phi.name", "Maureen", "critical")
    ]
    # anyone's visit, the reader's act, or a greeting to no one in particular
    for text in (
        "If you came to our clinic today and waited over an hour, we're sorry.",
        "Please arrive 10 minutes before your child's appointment with us.",
        "Good to see you at the clinic today, please call us on Friday to book your follow-up.",
        "Replying to your post about your dad: a BP of 210/120 with a headache is an emergency. "
        "Take him to the ED tonight.",
    ):
        assert flagged(phi(analyzer, text)) == [], text


def test_school_jail_and_retrieval_details(analyzer: Analyzer) -> None:
    # a pupil by their grade, a jail's cell and unit, a stockman on a station: each a person
    assert flagged(phi(analyzer, "Sent home the 3rd grader from Lincoln Elementary with lice "
                                 "AGAIN. Fourth time this year.")) == [
        ("phi.combination", "Lincoln Elementary", "critical")
    ]
    assert flagged(phi(analyzer, "Cell 14 in seg smeared himself again this afternoon. Took "
                                 "three of us to get a set of vitals.")) == [
        ("phi.combination", "Cell 14", "critical"),
        ("phi.combination", "in seg", "critical"),
        ("phi.combination", "this afternoon", "critical"),
    ]
    assert flagged(phi(analyzer, "Nothing like a 0300 callout to a station 4 hrs west of Alice "
                                 "for a stockman thrown from his horse.")) == [
        ("phi.combination", "Alice", "critical"),
        ("phi.combination", "thrown from his horse", "critical"),
    ]
    # a school's clinic, pupils in general, a scientific poster
    for text in (
        "Vaccine clinic for grade 7 students at Lincoln Elementary on Tuesday, 9am in the gym.",
        "Our poster on sepsis bundles won best poster at the conference in Halifax this week, so "
        "proud of our team.",
    ):
        assert flagged(phi(analyzer, text)) == [], text


def test_a_name_and_a_town_beside_their_care(analyzer: Analyzer) -> None:
    assert flagged(phi(analyzer, "Karen from Sechelt has called the lab FOUR times today for her "
                                 "thyroid results.")) == [("phi.name", "Karen", "critical")]
    # a congratulation, or a question at a talk, is no care
    for text in (
        "Congrats to Karen from Sechelt on her new job at the lab, those results speak for "
        "themselves.",
        "Karen from Sechelt asked a great question about MRI safety at our talk.",
    ):
        assert flagged(phi(analyzer, text)) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # a teaching question's weeks of pregnancy ("7/40") are no date
        "Teaching Q: 28F, 7/40 by dates, PV bleeding, bHCG 2100, empty uterus on TVUS. Next step?",
        # the author's own turn as a patient, and their own age
        "Four years ago today I went from OB to patient 😅 My own labour with Arlo was 31 hrs, "
        "ended in a c-section at 2am.",
        "Update: me, a 41yo EM doc, got diagnosed with afib last week. Back on shift Thursday.",
        # a colleague announced with their credential
        "Please join me in congratulating Sandra Okafor, RN, who retires this Friday after 34 "
        "years on our hemodialysis unit at the QEII.",
        # where someone flies is a place, and a medicine is no place
        "View from the Twin Otter this morning heading up to Grise Fiord. Seven years of this and "
        "it never gets old.",
        "Aww poor wee man, honestly 5ml of Calpol every 4-6 hours and plenty of fluids.",
    ],
)
def test_own_details_teaching_and_colleagues_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(phi(analyzer, text)) == []


def test_an_order_to_take_someone_in_is_not_their_encounter_time_but_a_story_is(
    analyzer: Analyzer,
) -> None:
    assert flagged(phi(analyzer, "Had to take him to theatre at 2am, the 45M from Gander with "
                                 "the ruptured AAA.")) == [
        ("phi.combination", "at 2am", "critical"),
        ("phi.combination", "45M", "critical"),
        ("phi.combination", "Gander", "critical"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a guideline's or a public body's link leads to no one
        "@crunchymama_22 elderberry has a couple of small trials on cold symptoms and nothing on "
        "measles. NCCIH summary here: https://www.nccih.nih.gov/health/european-elder",
        # a supply for patients, the residents' lounge, kin by what they are
        "Shoutout to @kerry.rn_icu who covered my assignment so I could eat actual food instead "
        "of crackers from the pt pantry. Kerry you are a saint and I owe you a coffee",
        "26 hours, 4 admissions, 1 cold pizza slice found in the resident lounge at 3am. going to "
        "sleep until next Tuesday.",
        "I MATCHED!!! Family Medicine at Dalhousie. Mom, Dad, my study group, and the barista at "
        "the Second Cup: this is for you.",
        # one of the team, however often she is named; staff thanked by role
        "Our nurse manager Brenda pulled me off my break to ask about rounding compliance. "
        "Brenda. I had a patient actively coding.",
        "PCA appreciation post 💪 our patient care assistants at Logan ED are the glue holding "
        "this place together. Nobody turns a bay faster than Bev and nobody makes a better cuppa "
        "for a scared family than Tui.",
        # who the author is, said first; an idiom; an author by their work; an office holder
        "Med student, not a doctor, but the ECG you posted has ST elevation. Please do not wait "
        "for your Monday appointment, go to the ER right now.",
        "overheard a pt tell the nurse he only drinks socially 🙄 they really think we were born "
        "yesterday",
        "A lot of the Phineas Gage legend is exaggerated, Malcolm Macmillan's work on what "
        "actually changed is worth your time.",
        "Councillor Briggs, the anti-fluoride guy who keeps losing his train of thought, is "
        "showing early frontal signs, honestly.",
        # a quiz's or a column's day, a composite case, a course's teaching case
        "Tonight's #TVdocQuiz 🧠\n68F, sudden painless loss of vision in one eye, cherry-red spot "
        "on fundoscopy. What's your diagnosis?",
        "In this Sunday's column I use a composite case, details changed and drawn from many "
        "patients, of a man in his 50s who keeps putting off a check-up.",
        # French read by an English model, a booking service
        "À 52 ans, j'ai enfin couru mon premier demi-marathon ici à Rimouski. Si la médecin qui "
        "répète bougez plus peut le faire, vous aussi",
        "Le CLSC de Limoilou offre la vaccination sans rendez-vous. Pour les 6 mois à 5 ans, "
        "prenez RV via Clic Santé.",
    ],
)
def test_links_rooms_kin_staff_authors_and_quizzes_stay_below_warning(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


def test_a_patients_link_a_public_figure_seen_and_a_case_placed_still_count(
    analyzer: Analyzer,
) -> None:
    assert flagged(phi(analyzer, "pt's GoFundMe is gofundme.com/help-dan-k if anyone wants to "
                                 "chip in")) == [("phi.url", "gofundme.com/help-dan-k", "critical")]
    assert flagged(phi(analyzer, "Guess which city councillor who keeps doing photo ops about ER "
                                 "wait times sat in our waiting room for 6 hours last night?")) == [
        ("phi.combination", "councillor", "critical"),
        ("phi.combination", "last night", "critical"),
    ]
    assert flagged(phi(analyzer, "Tonight in our ED: 68F from Kenora with sudden painless loss of "
                                 "vision. What's your diagnosis?")) == [
        ("phi.combination", "Tonight", "critical"),
        ("phi.combination", "68F", "critical"),
        ("phi.combination", "Kenora", "critical"),
    ]
    # "Nan" after "daughter" is still a name
    assert "Nan" in {f.text for f in phi(analyzer, "Pt's daughter Nan at bedside, aware of plan.")
                     if f.rule == "phi.name"}


def test_a_patients_work_injury_or_results_are_not_an_authors_work(analyzer: Analyzer) -> None:
    text = ("Sarah Mitchell's work injury from the mill last Tuesday still needs a second look, "
            "she came in again today")
    assert ("phi.name", "Sarah", "critical") in flagged(phi(analyzer, text))


def test_french_posts_name_patients_by_age_room_place_and_time(analyzer: Analyzer) -> None:
    assert flagged(phi(analyzer, "Putain, la mamie de 91 ans de la chambre 12 à l'EHPAD de "
                                 "Lorient a encore sonné 47 fois cette nuit.")) == [
        ("phi.combination", "91 ans", "critical"),
        ("phi.combination", "chambre 12", "critical"),
        ("phi.combination", "EHPAD de Lorient", "critical"),
        ("phi.combination", "cette nuit", "critical"),
    ]
    assert flagged(phi(analyzer, "Accouchement dans l'ambulance près de Bouctouche à 4 h 20 ce "
                                 "matin. Maman de 19 ans, petit garçon en pleine forme.")) == [
        ("phi.combination", "Bouctouche", "critical"),
        ("phi.combination", "à 4 h 20", "critical"),
        ("phi.combination", "ce matin", "critical"),
        ("phi.combination", "19 ans", "critical"),
    ]
    # an eponym is no name, a swear word no place
    assert flagged(phi(analyzer, "Premier cas de maladie de Fabry de ma carrière aujourd'hui à "
                                 "l'Hôpital régional d'Edmundston : un agriculteur dans la "
                                 "quarantaine.")) == [
        ("phi.combination", "aujourd'hui", "critical"),
        ("phi.combination", "Hôpital régional d'Edmundston", "critical"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le CLSC de Limoilou (1400, 3e Avenue, Québec) offre la vaccination sans rendez-vous les "
        "mardis et jeudis de 13 h à 19 h jusqu'au 15 décembre.",
        "Félicitations à notre collègue Marie-Ève Gallant, infirmière depuis 25 ans au CHU de "
        "Québec, pour sa retraite bien méritée!",
        "J'ai 41 ans et mon fils de 7 ans a commencé le hockey ce matin à Chicoutimi!",
        # Notre-Dame is no lady
        "Congrats to our 45 grads heading to Notre Dame for residency this fall, 3 of them to "
        "the ED on Tuesday!",
        "Mon fils de 6 ans a eu sa première otite cette semaine. Je suis pédiatre depuis 15 ans "
        "et j'ai quand même paniqué à 2 h du matin.",
        "Petite histoire de la neuro : en 1861, Paul Broca examine M. Leborgne, surnommé « Tan ». "
        "À l'autopsie, lésion du lobe frontal.",
    ],
)
def test_french_notices_colleagues_own_family_and_history_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cheered as they leave the unit: a patient, not a colleague
        ("Shoutout to R.K. who walked out of our ICU today after 5 weeks on the vent. Never stop "
         "fighting!", ("phi.name", "R.K.", "critical")),
        ("So proud of my client A.B., who came to group for the first time last spring and today "
         "chaired it.", ("phi.name", "A.B.", "critical")),
        # thanked for a gift brought to their own visit
        ("Thanks Mr. Huang for the dumplings you brought in after your cleaning this morning, the "
         "front desk loved them!", ("phi.name", "Mr. Huang", "critical")),
        # the author introduced as the one who served them
        ("Hi Mrs. Ferreira, I'm the nurse who called you this afternoon. Please bring your "
         "glucose log on Tuesday.", ("phi.name", "Mrs. Ferreira", "critical")),
        ("Mr. Ortiz, one of our longtime regulars, finally got his hearing aids and called to say "
         "he can hear the birds.", ("phi.name", "Mr. Ortiz", "critical")),
        ("Tap to see Sam's new smile! 8 veneers in two visits 😁", ("phi.name", "Sam", "critical")),
        # a singer is a patient like anyone once they come in
        ("So glad singer Tova Lind came into our ED last night, what a sweetheart, she's 34",
         ("phi.name", "Tova Lind", "critical")),
    ],
)
def test_patients_named_where_they_are_thanked_cheered_or_shown_off(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout to Dr. R. Kaur who joined our ICU team today. Welcome!",
        "Thanks Mr. Huang for the dumplings at the staff potluck, best chemistry teacher our kids "
        "ever had.",
        "Sam's new podcast episode on burnout is out, give it a listen!",
        # the reader's relative is sent to care, not seen there
        "@mo_k please take your mom to the ED tonight, new weakness on one side is not something "
        "to sleep on.",
        # teaching cases, with the day the answer comes
        "Quiz for our nursing student followers 🩺 72F, POD3 knee, new SOB and sats 88%. What's "
        "first? Answers in stories Monday!",
        "Case study: 34M, chest pain after the gym. Comment your ddx, reveal Friday.",
        # a unit's year in counts
        "Our year in numbers: 2,310 deliveries, 44 sets of twins and 3 sets of triplets. Thank "
        "you families!",
        # a public figure's own telling
        "Proud of actor Dev Malhotra for talking openly about his bipolar disorder on his podcast "
        "this week.",
    ],
)
def test_colleagues_public_lives_teaching_and_counts_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


def test_a_reply_about_care_given_still_names_the_reader(analyzer: Analyzer) -> None:
    text = ("@rach_b so glad your dad is home from our 4 North unit, make sure he takes the "
            "furosemide every morning.")
    assert ("phi.combination", "@rach_b", "critical") in flagged(phi(analyzer, text))
    # a day a quiz is answered is not the day a patient was seen; a day of care still is
    seen = "Our 34M from the gym came in Friday, his family called me after."
    assert ("phi.combination", "Friday", "critical") in flagged(phi(analyzer, seen))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ED's or a theatre's own areas said bare; a sex with a narrow age band, no article
        ("Tonight in resus: teenage boy, anaphylaxis after peanut satay at his school dance. "
         "2 doses of adrenaline, he's fine now.", ("phi.combination", "Tonight", "critical")),
        ("Pre-op clinic this afternoon: woman in her late 50s, BMI 58, undiagnosed sleep apnea, "
         "booked for a hernia repair.", ("phi.combination", "this afternoon", "critical")),
        # Australian for this afternoon
        ("17yo apprentice carpenter in this arvo after a fall from scaffolding, now tubed and off "
         "to ICU.", ("phi.combination", "this arvo", "critical")),
        # the reader's own results or visit told back to them; a bare given name opening a reply
        ("Derek, your bloodwork from Tuesday came back totally normal, so no need to come in "
         "Friday!", ("phi.name", "Derek", "critical")),
        ("@jay_k88 you were in my clinic Monday asking for antibiotics for a cold and now you're "
         "leaving a 1-star review?", ("phi.combination", "@jay_k88", "critical")),
        ("Dana, I saw your daughter at the walk-in Saturday - finish the whole course of "
         "amoxicillin and bring her back if the rash spreads.",
         ("phi.combination", "Dana", "critical")),
    ],
)
def test_encounters_said_the_way_eds_theatres_and_replies_say_them(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        # "going to miss" is no transfer to a town called Miss
        "Teaching q for the residents: 62F, new fatigue, Hb 98, MCV 70. What's your workup and "
        "what are you NOT going to miss? Answer tmrw.",
        "We're not going to miss you at all, flu season 😅 Going to Banff for a week!",
        "History of medicine: in 1906 Dr. Alzheimer presented the case of Auguste Deter, a "
        "51-year-old woman with memory loss.",
        # a ward sister, staff news, a public figure's own news, a program, the office's line
        "Huge thanks to our theatre nurses, and a special mention to Sister Amara Osei, who "
        "rebuilt our swab-count checklist.",
        "Baby news! Our MOA Jenna and her husband Luke welcomed baby Noah on Monday, 8 lb 1 oz. "
        "Congrats you two!",
        "Our MLA Dan Whitford shared publicly today that he has been diagnosed with prostate "
        "cancer. Wishing him well, and a reminder to ask us about PSA testing.",
        "The Caregiver Support Circle meets every 2nd Tuesday in Room B of the cancer centre. "
        "Call 555-0199 to register.",
        "Sorry your visit was frustrating. Our office manager Deb would like to hear more: please "
        "give her a call at 204-555-0132 ext 4.",
        # general advice that says "when your labs come back"
        "If your labs came back normal but you still feel awful, push for more answers.",
    ],
)
def test_quizzes_history_ward_sisters_staff_news_and_office_lines_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a room or bed as a spot in the building
        "Room 4 is being repainted so our 1-3pm appointments are in the back office today. Thanks "
        "for your patience!",
        "Thanks to whoever restocked the glove boxes outside bed 9 at 4am. Hero.",
        # general teaching: a duration, a symptom read as a town, cases for students
        "Reminder for parents: sudden testicle pain in a boy is an emergency. Don't ice it "
        "overnight, go to the ER.",
        "Fever isn't the enemy. A 3yo at 39.5 who's playing is less worrying than a floppy one at "
        "38.",
        "Cases for the new grad nurses: 6yo with a barking cough at night, stridor at rest. What's "
        "your first step?",
        # the reader's parent, told what to tell their own clinic
        "@kay_r if your mum missed her evening metoprolol, just take the next dose as usual and "
        "let the cardiology clinic know at her next visit",
        # made up, however placed and timed
        "Made-up case for Friday's sim day (no peeking, 4 North!): 66M, POD 1 after a bowel "
        "resection, new agitation. First move?",
        "Picture a woman in her 70s discharged on a Friday evening with 9 new meds and no "
        "follow-up. That's why our pilot exists.",
        # a public figure's own story, a colleague's career, a reader addressed by name
        "Grateful to our foundation's honorary chair, a former NHL goalie, for sharing his own "
        "colon cancer story publicly this week.",
        "After 31 years on our ICU floor, Bev Tremblay is hanging up her stethoscope! Party Friday "
        "at 3.",
        "Rosa, for a 3 year old around 14 kg you can give 7 mL of the children's ibuprofen every "
        "6-8 hrs.",
    ],
)
def test_spots_in_the_building_lessons_made_up_cases_and_careers_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


def test_a_drug_is_no_town_and_a_patients_career_on_a_unit_is_still_theirs(
    analyzer: Analyzer,
) -> None:
    text = "If one more guy strolls in at 2am asking for Norco by name I'm going to scream"
    assert "Norco" not in [f.text for f in phi(analyzer, text)]
    tribute = ("RIP to Mr. Arthur Penney, my dialysis buddy for 9 years at the Corner Brook unit. "
               "Never once missed his Tuesday run.")
    assert ("phi.name", "Mr. Arthur Penney", "critical") in flagged(phi(analyzer, tribute))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reader's parent's results, told back with the day
        ("@dee_m your mom's sugars were pretty high at clinic Tuesday, make sure she takes the "
         "metformin with supper", ("phi.combination", "@dee_m", "critical")),
        ("@sam_k I think I read your dad's CT at Lakeview yesterday (small world!)",
         ("phi.combination", "@sam_k", "critical")),
        # the reader's own healed scar, a Reddit handle beside their visit
        ("Mrs. Okoro, thank you for the flowers 🌸 your tummy tuck scar at 6 months is so flat!",
         ("phi.name", "Mrs. Okoro", "critical")),
        ("u/truck_driver_dan saw you came through our Elko clinic Monday for the shoulder, keep "
         "the sling on till the MRI.", ("phi.combination", "u/truck_driver_dan", "critical")),
    ],
)
def test_a_readers_own_or_parents_care_told_back_to_them(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "If your dad's sugars are high at clinic Monday, we'll adjust the metformin.",
        "After knee surgery, your scar looks red for months, that's normal.",
        "Thanks u/mike_r for the great thread on sepsis bundles today",
    ],
)
def test_conditionals_and_thanks_to_a_reddit_user_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thrilled to share that Dr. Amara Nwosu has been named Medical Coordinator for our "
        "programme. Amara started with us as a ward doctor in 2016. Congratulations, Amara!",
        "Huge congratulations to our Sandra, who this week celebrates 25 YEARS on the front desk!",
        "Really moved by the Olympic rower who shared her endometriosis diagnosis this week.",
        "Olympic rower Hannah Brightwell shared today that she's back on the water after her "
        "stroke last year.",
        "ECG of the week (built in our sim lab, not a real pt): 55M, palpitations, irregularly "
        "irregular. Harder one Friday.",
    ],
)
def test_colleagues_by_first_name_public_athletes_and_sim_cases_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


def test_a_baby_named_is_a_name_an_appointment_named_is_not(analyzer: Analyzer) -> None:
    baby = "The baby was named Olivia after her grandma, born in our NICU today"
    assert ("phi.name", "Olivia", "critical") in flagged(phi(analyzer, baby))
    post = ("Dr. Amara Nwosu has been named Medical Coordinator for our programme. "
            "Congratulations, Amara!")
    assert flagged(phi(analyzer, post)) == []
    rotation = "She's on our ICU rotation this month and already running the morning huddle."
    assert flagged(phi(analyzer, rotation)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past trade is no retirement party; a clinician who is now the patient
        ("This afternoon a retired schoolteacher in her early 80s came into our clinic asking "
         "about a tremor.", ("phi.combination", "schoolteacher", "critical")),
        ("Retired pharmacist admitted last night sure the TV was sending him messages.",
         ("phi.combination", "Retired pharmacist", "critical")),
        # care given without a place of care: anaesthesia, a diagnosis, a video visit
        ("Put a chatty lobster fisherman from Yarmouth to sleep this morning for his hernia.",
         ("phi.combination", "Yarmouth", "critical")),
        ("Diagnosed a carcinoid yesterday in a welder from Sudbury who'd had flushing for years.",
         ("phi.combination", "welder", "critical")),
        # a story opening on the person; A&E; the car and the party
        ("Lady in clinic this morning asked whether she could catch diabetes from her husband. "
         "She's 52 with three kids.", ("phi.combination", "this morning", "critical")),
        ("Lad showed up at A&E in a bright orange Ferrari with a broken wrist from his stag do in "
         "Blackpool.", ("phi.combination", "orange Ferrari", "critical")),
        # "had to call" is what the author did, not when the reader should
        ("Had to call child protection today. 6 week old with a torn frenulum and bruised ears.",
         ("phi.combination", "6 week old", "critical")),
        # a patient cheered by initials, mourned by title and surname
        ("Big shoutout to R.K. who finally got his knee replaced today after two years on the "
         "list!", ("phi.name", "R.K.", "critical")),
        ("Rest easy, Mrs. Oduya. Four years of Thursday visits and I never once beat you at crib.",
         ("phi.name", "Mrs. Oduya", "critical")),
        # the reader seen by video, the reader's nan seen at home
        ("@tomas_r so good seeing you on video this morning! Keep taking the ramipril at night.",
         ("phi.combination", "@tomas_r", "critical")),
        ("@jen.k your nan's ulcer looked so much better yesterday when I did the dressing at her "
         "place", ("phi.combination", "@jen.k", "critical")),
        # an image of a patient who agreed is still their image
        ("Swipe ➡️ for the splinter we pulled from a toddler's foot at last night's fall fair "
         "(shared with his mum's permission!)", ("phi.photo", "Swipe", "warning")),
        ("Patient sent me this pic of his ankle through the app (shared with permission) — "
         "classic Maisonneuve?", ("phi.photo", "pic", "warning")),
    ],
)
def test_past_trades_care_without_a_clinic_cheered_initials_and_consented_photos(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(phi(analyzer, text))


def test_a_time_before_an_event_and_a_car_are_underlined_once(analyzer: Analyzer) -> None:
    fair = ("Swipe ➡️ for the splinter we pulled from a toddler's foot at last night's fall fair "
            "(shared with his mum's permission!)")
    found = [f.text for f in phi(analyzer, fair) if f.rule == "phi.combination"]
    assert found == ["last night", "fall fair"]
    car = "Lad showed up at A&E in a bright orange Ferrari after his stag do in Blackpool."
    assert "Ferrari" not in [f.text for f in phi(analyzer, car)]


@pytest.mark.parametrize(
    "text",
    [
        "Our retired nurse Brenda came back to bake for the unit today",
        "A local baker dropped off two dozen muffins for the whole night shift today. Best "
        "community.",
        "I've stopped posting patient photos on our page, even with consent.",
        "Swipe for our new triage room! Shared with permission of the hospital foundation.",
        "So proud of Priya who just passed her boards! Priya did her placement with us at "
        "Lakeside Health and we'd hire her tomorrow.",
        "Congratulations to Mr Adebayo Okonkwo on his 500th hip replacement with our team.",
        "This thread is wild: 300 replies from people who think measles is harmless, led by a guy "
        "selling vitamin drips.",
        # when the reader should act, and by when
        "@tara_b a fever in a 2 month old is an ER visit tonight, please take her in",
        "@kim_l if he's not peeing by tonight, take him in",
        "@joe_p sorry about your mum's fall, with a head bump on blood thinners I'd get her "
        "checked at the ER tonight",
        # what children wear to a check-up; a hospital by its name
        "Peds life: a Bluey sticker on my forehead and a toddler who refused the otoscope.",
        "St. Brigid General cancelled another elective list today. Third time this month.",
        "Lupus is often diagnosed late in a young woman from a rural town.",
        "Sat with a friend from Halifax yesterday while she told me about her new job",
    ],
)
def test_staff_gifts_refusals_trainees_careers_deadlines_and_cartoons_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age band before the person, no article; extubating; a unit by its initials
        ("Mid-30s woman from Kenmare, 3rd seizure this month, asked to go home before we'd "
         "finished extubating her yesterday.", ("phi.combination", "Kenmare", "critical")),
        ("Late 40s dad, routine bloods this morning and his potassium came back 7.1.",
         ("phi.combination", "this morning", "critical")),
        ("Our SDEC regular was back again this morning with the same chest pain, fourth time this "
         "week, and she knows everyone's name.", ("phi.combination", "this morning", "warning")),
        # a dialysis chair is a bed; the reader's visit by its day; a donor from the town
        ("Ms. Adeyemi in chair 6 finally got her transplant call tonight after 5 years on "
         "dialysis.", ("phi.combination", "chair 6", "critical")),
        ("@Priya Shah Hi Priya! I remember you from Thursday's scan. The report's back and it's a "
         "simple cyst.", ("phi.combination", "@Priya", "critical")),
        ("@jen_t92 hi Jen! Since you had your lip filler with us on Monday and it's still lumpy, "
         "pop back in today.", ("phi.combination", "@jen_t92", "critical")),
        ("Proud of our team. Last night we completed a DCD donation from a young firefighter from "
         "our town.", ("phi.combination", "firefighter", "critical")),
        ("Yesterday's consult is still on my mind. Farmer, back from a trip to Ghana, and it's "
         "malaria.", ("phi.combination", "Farmer", "critical")),
        # "asked if I was a real doctor" is the patient's question, not the author's own details
        ("The guy in bed 7 tonight asked if I was a real doctor or just the nurse 🙄",
         ("phi.combination", "bed 7", "critical")),
        # a 4D scan shared with the mum's OK; a photo described in brackets
        ("Sharing this gorgeous 4D from our 10am slot today — mum gave the OK for me to post 🥰",
         ("phi.photo", "4D", "warning")),
        ("Look at this little champ with his new hearing aids at his fitting today!! [photo: boy "
         "pointing at his ears in our clinic]", ("phi.photo", "[photo", "critical")),
    ],
)
def test_bands_before_the_person_chairs_visits_by_day_donors_and_described_photos(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Look at these gorgeous flowers a family dropped off for the unit 📸",
        "Before/after of our new garden at the hospice 🌷",
        "Swipe ➡️ for the before/after of our waiting room reno!",
        "Chair 4 is broken again, please use chairs 5-8 for the 7am run",
        "A small note on before/after posts: I've stopped posting patient photos on our page.",
    ],
)
def test_gifts_gardens_renos_and_broken_chairs_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # patients cheered by initials: a result's fall, a programme finished, a bay
        ("Shoutout to R.M. from our Thursday heart failure clinic who got his HbA1c from 88 down "
         "to 51 this year!", ("phi.name", "R.M.", "critical")),
        ("Huge congratulations to K.L., who graduated from our day treatment programme today after "
         "seven months.", ("phi.name", "K.L.", "critical")),
        ("Shoutout to P.K. in bay 5 who has been teaching me chess all week while waiting for "
         "rehab.", ("phi.name", "P.K.", "critical")),
        # "is back" is a return to care; "pictured"; the parents' permission
        ("Mrs. Okonjo is back. Third admission this month, same fluid overload, same cheerful "
         "wave.", ("phi.name", "Mrs. Okonjo", "critical")),
        ("Say hi to Gerald (pictured, shared with his permission!) who hit a year sober this week "
         "through our clinic.", ("phi.photo", "pictured", "warning")),
        ("Swipe to see baby Ava's very first bath 😍 (Shared with mum and dad's permission!)",
         ("phi.photo", "Swipe", "warning")),
        # the author's child's class names the patient's school, not the author's own life
        ("Surreal night: the kid in bay 2 at 3am was in my son's grade 4 class at Riverside "
         "Elementary. Broken arm, he's fine.", ("phi.combination", "bay 2", "critical")),
    ],
)
def test_initials_cheered_returns_to_care_pictured_patients_and_a_childs_classmate(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        # the author's own child as the owner of a school or a team
        "My kid's school had a bake sale today and I ate four brownies.",
        "My 9 year old's hockey team won the tournament in Brandon this weekend!",
        # the team back from leave, by title or by first name
        "Mr. Singh is back from his holidays and our clinic's front desk is finally running "
        "smoothly again.",
        "Mrs. Patel is back from maternity leave and the whole office is happier.",
        "Brenda is back from her vacation and brought the whole unit maple fudge!",
    ],
)
def test_own_childs_school_and_staff_back_from_leave_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone from the child's circle, seen in care, is still a patient
        ("A kid from my son's hockey team came into our ED at 2am, 12yo, broken wrist.",
         ("phi.combination", "at 2am", "critical")),
        # back from a holiday with what brought them in
        ("Mr. Dunn is back from his holidays in Spain with a DVT, admitted to our ward last night.",
         ("phi.name", "Mr. Dunn", "critical")),
        ("Mrs. Kowalski is back on the ward with another UTI.",
         ("phi.name", "Mrs. Kowalski", "critical")),
    ],
)
def test_a_childs_teammate_in_care_and_a_patient_back_from_holiday_still_flag(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        # a relative's care told to the reader as what to do, and when
        "@kelsey_runs so sorry about your dad. If he's day 10 after FOLFOX and running 38.3, he "
        "needs to go to the ED tonight, not wait for Monday's clinic.",
        # a group's notice: the day it meets every month, its room, who may come
        "Our Young Adult Cancer Support Group meets the 2nd Thursday of every month, 6-7:30pm, in "
        "the Wellness Centre (Room 210). Pizza provided. Open to anyone aged 18-39.",
        # a programme got through is no facility; the author as the patient
        "Years ago a woman in her 80s told me the secret to getting through cardiac rehab was "
        "'stubbornness and soup.'",
        "Plot twist: the oral surgeon is the patient this time. Had my last two wisdom teeth out "
        "on Friday at 41 years old. Chipmunk cheeks, ice packs, Netflix.",
        # teaching: a crowd named by its hour, a quiz's day, a classic trade in a case
        "Pimp question for the 3am crowd: 30M, pleuritic CP better leaning forward, diffuse STE "
        "with PR depression. Dx?",
        "Quality & Safety Quiz Friday\n\nCase: 78F on apixaban, unwitnessed fall, GCS 15.\n\n"
        "What's your next step? We'll post the answer Monday.",
        "Case for discussion: 52M, underground coal miner, 20 pack-years, progressive exertional "
        "dyspnoea. What's your differential?",
        # a public figure's public appearance
        "Watching Senator Halvorsen's speech tonight and that's textbook early Parkinson's. "
        "Someone get this man a neurologist.",
        # a building named for donors, its entrance and parking; a unit named for babies
        "Today we officially opened the Harmon Family Tower: 96 private rooms and a rooftop "
        "garden. Thank you to the 400+ staff who did mock-patient walkthroughs at 3am. Main "
        "entrance is at 1400 Lakeview Drive, visitor parking in Garage C.",
        "Tour our new Mother-Baby Unit this Saturday 10am-1pm! Meet our lactation consultants.",
        # a test by its name, a town's name before one
        "Teaching point for new custody nurses: a positive Romberg in a detainee who's been "
        "drinking tells you almost nothing.",
        "Titmus fly day in paeds clinic: nothing beats a 4 year old's face when they realise "
        "the fly is 3D.",
        # sarcasm about a kind of day, not a visit
        "Nothing like a 'workplace injury' that conveniently happened at 4:59pm on the Friday "
        "before a long weekend. A true medical miracle.",
        # a rant about one's attending: trainees and an insult's measure are no one's job
        "My attending wrote 'resident plan reviewed and agreed' in every note and made the "
        "intern look stupid in front of the students. This guy is a miserable excuse for a "
        "teacher.",
        # a disease and a hospital said with 's
        "Watching the senator's presser. Textbook early Parkinson's.",
        "Another transfer from St. Brigid's because nobody there can place an IV in a child.",
    ],
)
def test_notices_teaching_cases_public_figures_and_the_authors_own_care_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


def test_a_sympathetic_reply_names_the_reader_not_a_patient(analyzer: Analyzer) -> None:
    text = ("Aw Denise so sorry about the little guy's ear!! Honestly with tubes you don't need "
            "the oral antibiotics, just the ear drops.")
    found = [(f.rule, f.text, f.severity) for f in phi(analyzer, text)]
    assert ("phi.name", "Denise", "info") in found
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reader's own visit or stay, told back to them
        ("@dgreene_54 great seeing you at your device check yesterday Dan! Keep your phone 6 "
         "inches from the pacer side.", ("phi.name", "Dan", "critical")),
        ("@jordan.p hey Jordan, following up from your extraction on Thursday, if it's still "
         "oozing bite on a damp tea bag.", ("phi.combination", "on Thursday", "critical")),
        ("Replying to Lena Kowalski: Lena, so happy to see you home after your stay with us on "
         "3 East!", ("phi.name", "Lena Kowalski", "critical")),
        ("Hi Karen, just following up after seeing Liam at the clinic on Tuesday. Keep going "
         "with the drops.", ("phi.name", "Liam", "critical")),
        # stories opening on the person and the hour; a height or a quote before the noun
        ("Lady this afternoon informed me she brushes with Coca-Cola because 'it whitens'",
         ("phi.combination", "this afternoon", "warning")),
        ("POV: a 6'5\" construction guy from the site next door faints at the sight of the "
         "needle this morning", ("phi.combination", "this morning", "warning")),
        ("Another 'we don't do fluoride in our house' mom today. Her 5 year old has 9 cavities.",
         ("phi.combination", "5 year old", "critical")),
        # asked at an hour is no contact line
        ("Gentleman in his late 80s, retired from the Ford plant after 40 years, asked me at 3am "
         "to read him the Lions score.", ("phi.combination", "at 3am", "critical")),
        # one of a group, named by its town or its block
        ("Fixed a broken front tooth yesterday for one of Millbrook's firefighters who took a "
         "hose nozzle to the face on a call.", ("phi.combination", "firefighters", "critical")),
        ("Look at this card one of the lads in D Block drew me before his transfer to Barwon on "
         "Friday", ("phi.combination", "D Block", "critical")),
        # a birthday kept on the ward; a visitor taken ill in a colleague's story
        ("Happy 100th birthday to M.K., who celebrated with our 3 West team today! Our nurses "
         "decorated her room.", ("phi.name", "M.K.", "critical")),
        ("Shoutout to Marcus on our valet team! Yesterday afternoon a gentleman pulling up in a "
         "cherry-red '67 Mustang for his cardiology follow-up grabbed his chest right at the "
         "curb.", ("phi.combination", "Mustang", "critical")),
    ],
)
def test_readers_visits_stories_opening_on_the_person_and_ones_of_a_group(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        # a trade in the plural, a rate by age, a minister's title
        "Paramedics who pre-alert a code stroke for a drunk guy with a sore hand need to go back "
        "to school. Every. Time.",
        "Proud of our community health team: the measles catch-up campaign brought 2-year-old MMR "
        "coverage to 94% across our five communities.",
        "Our province funds one IVF cycle per patient. I've written to the Minister of Health.",
        # a colleague by their lab's trade, named twice
        "Congratulations to our senior embryologist Marco Bellini on winning the best poster award "
        "at ESHRE! Proud to work alongside you, Marco.",
        # when the reader's relative should act; a credential and a trial's name in capitals
        "u/ptarmigan_22 your aunt needs to be seen today, not next clinic. Chest pain in a "
        "diabetic woman her age is cardiac until proven otherwise.",
        "Hey friend, RT here 👋 if your sats are dropping to 86 when you walk to the mailbox, ask "
        "your doc about ambulatory O2.",
        "@healthskeptic_22 U=U rests on PARTNER, PARTNER2 and Opposites Attract: zero linked "
        "transmissions.",
        # a profession's week
        "Happy Nurses Week to the best team on 7 West, especially our charge nurse Priya who "
        "turns 50 this week!",
        # a chair's own story
        "Chair 3 has been cursed all week. Suction died Monday, and today the chair just started "
        "reclining on its own.",
    ],
)
def test_trades_rates_colleagues_by_lab_trade_and_a_relatives_next_step_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials cheered for their care's milestones
        ("Shout out to J.T. who walked the full length of our rehab gym today, 6 weeks after his "
         "bleed.", ("phi.name", "J.T.", "critical")),
        ("Shoutout to J.M., our youngest-ever pulmonary rehab grad at 19, and she still smoked me "
         "on the 6MWT", ("phi.name", "J.M.", "critical")),
        ("Shoutout to J.R., 11, who did his first ever site change ALL BY HIMSELF at diabetes camp "
         "this week!!", ("phi.name", "J.R.", "critical")),
        ("So proud of J.T. (he said I could share!) — one full year undetectable and he just ran "
         "his first half marathon", ("phi.name", "J.T.", "critical")),
        ("Shoutout to little M.K. who FINALLY let me do her grade 2 immunizations without "
         "screaming the school down", ("phi.name", "M.K.", "critical")),
        # a title with what came with them; the reader's parent or procedure by its day
        ("Posting the label from Mr. Fairweather's bottle because I need a second opinion on this "
         "sig.", ("phi.name", "Mr. Fairweather's", "critical")),
        ("@Dana_K saw your mum at our clinic yesterday! tell her to keep taking the doxy right "
         "through Friday", ("phi.combination", "yesterday", "critical")),
        ("@Danielle Price your retrieval on the 12th got 3 eggs because you're 44.",
         ("phi.name", "Danielle Price", "critical")),
        # a story told of its bed, an age turned, a condition mocked, a public figure's family
        ("Bed 6 just got his first cup of coffee in four days after passing the swallow screen. "
         "Small wins on the stroke unit.", ("phi.combination", "Bed 6", "warning")),
        ("Our oldest patient turns 104 today!! Happy birthday to the matriarch of our community",
         ("phi.combination", "turns 104", "critical")),
        ("Our favourite pseudoseizure frequent flyer is back in the ED tonight.",
         ("phi.combination", "pseudoseizure", "critical")),
        ("Small town pharmacist perks: counseled our mayor's wife on her new Eliquis at the "
         "counter this afternoon", ("phi.combination", "this afternoon", "warning")),
        ("Guy drove his red Tesla straight through our ambulance bay doors this afternoon.",
         ("phi.combination", "red Tesla", "critical")),
    ],
)
def test_milestones_cheered_a_bottles_label_a_readers_parent_and_a_story_by_its_bed(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(phi(analyzer, text))


def test_a_relatives_name_in_a_capitalised_note_is_still_a_name(analyzer: Analyzer) -> None:
    text = "SOCIAL: PT HAS 5 CHILDREN, LIVES W/ DAUGHTER VERONICA WHO IS PROXY."
    assert ("phi.name", "VERONICA", "critical") in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        # names of things, a day in history, a photo asked for in the comments
        "Nothing humbles you like a 3am shoulder dystocia drill where the mannequin is named "
        "Noelle and she has better BP than you do",
        "Faxed a prior auth today. The fax machine and I are now on a first-name basis. His name "
        "is Gary.",
        "On this day in 1948, David Tasma, a patient Cicely Saunders cared for, left her £500.",
        "Is it hives or eczema?? Drop a pic of your kiddo's rash in the comments 👇",
        # anyone's child supposed; a public figure's own news; a room restocked
        "If your kid has anaphylaxis and gets sent home from Riverside General's ED with just "
        "Benadryl, come to a real hospital.",
        "Wishing our mayor a full and speedy recovery after she shared today that she's been "
        "treated for pneumonia.",
        "Shoutout to whoever restocked exam room 6 with suture kits last night. You are a hero.",
        # a cycle named for its discoverer, the author's own credentials, a drug by brand
        "Pimping me on the Krebs cycle on a PSYCH rotation?? Grow up.",
        "She did it 🎓 Officially Jasmine Reyes, MSN, FNP-C. Four years of night shifts.",
        "Had a lovely woman in her 80s teach me to crochet during her Prolia infusion.",
    ],
)
def test_things_named_history_anyones_child_and_a_figures_own_news_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shoutout to J.M. who pushed for 4 hours with no epidural yesterday and delivered her 10 "
         "pounder like a warrior", ("phi.name", "J.M.", "critical")),
        ("Huge congrats to J.R., our 800m runner, who PR'd this weekend just 6 weeks after being "
         "cleared from his navicular stress fracture!", ("phi.name", "J.R.", "critical")),
        ("Happy 16th birthday to Emma Kowalczyk, who's back on the ice 5 months after her knee "
         "reconstruction!", ("phi.name", "Emma Kowalczyk", "critical")),
        ("Shoutout to little Ava who PASSED her baked egg challenge today!!!",
         ("phi.name", "Ava", "critical")),
        ("Happy 90th to M.B., who has been coming to our infusion clinic for her Prolia since "
         "before I even worked here", ("phi.name", "M.B.", "critical")),
        ("@maria.l.gonzalez so glad you and baby Mateo are home!! Remember ibuprofen with food",
         ("phi.name", "Mateo", "critical")),
        ("Mr. Okafor, thank you so much for the card after finishing your 5 years of venom "
         "immunotherapy", ("phi.name", "Mr. Okafor", "critical")),
        ("Greg Miller, you were seen here Sunday and told clearly that we don't do narcotic "
         "refills.", ("phi.name", "Greg", "critical")),
        ("The retired schoolteacher from Gimli I followed all week went home today",
         ("phi.combination", "Gimli", "critical")),
    ],
)
def test_milestones_a_readers_homecoming_and_a_week_followed_flag(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(phi(analyzer, text))


def test_an_anniversary_wished_for_a_patient_in_a_room_still_names_them(analyzer: Analyzer) -> None:
    text = ("To my patient in room 214 who asked me to post this: Happy 50th anniversary, Walter "
            "and Joan!")
    assert ("phi.name", "Walter", "critical") in flagged(phi(analyzer, text))


def test_a_driver_named_after_his_truck_is_still_named(analyzer: Analyzer) -> None:
    text = ("Guy drove his truck into our ambulance bay doors this afternoon. His name is Dave "
            "Kowalczyk and he's fine.")
    assert ("phi.name", "Dave Kowalczyk", "critical") in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials with a possessive, beside their care on a ward
        ("Huge thanks to the team who ran K.L.'s massive transfusion in resus bay 1 overnight.",
         ("phi.name", "K.L.", "critical")),
        # a meeting about a patient is no conference
        ("The gentleman on our 4th floor today wanted his dog at the family conference. So we "
         "brought the dog.", ("phi.combination", "4th floor", "critical")),
        # an infant's age in shorthand, a case given its time, a head teacher
        ("2mo in our ED tonight with a torn frenulum and no story. Hardest part of the job.",
         ("phi.combination", "2mo", "critical")),
        ("Tough consult this week: a fisherman from Petty Harbour, late 60s, hooked through the "
         "eyelid.", ("phi.combination", "Petty Harbour", "critical")),
        ("A retired headmistress from Nakuru came to our clinic today on foot, 6km.",
         ("phi.combination", "headmistress", "critical")),
        # a reader's child in our care, by day
        ("Mrs. Achebe, thank you for trusting us with your son on Tuesday. He was so brave.",
         ("phi.name", "Mrs. Achebe", "critical")),
        # a patient's procedure, a patient's result, years of visits, a first chemo cheered
        ("Mr. Lindqvist finally agreed to the above-knee after a year of wound clinic. Sad.",
         ("phi.name", "Mr. Lindqvist", "critical")),
        ("Mrs. Oyelaran's exome came back today: a variant we can finally test her sisters for.",
         ("phi.name", "Mrs. Oyelaran's", "critical")),
        ("RIP B.K. Nine years of Monday clinic visits and never once without a joke.",
         ("phi.name", "B.K.", "critical")),
        ("So proud of my boy Tobias, who filmed his first chemo day for his class.",
         ("phi.name", "Tobias", "critical")),
        # a child diagnosed in our clinic, named, beside a fundraiser
        ("Please share the fundraiser for the Osei family. Their daughter Abena was diagnosed in "
         "our clinic last month.", ("phi.name", "Abena", "critical")),
        # the patient in a slang story; a photo of someone's wound shared
        ("LOL in NAD in bay 6, sent in from her care home at 2am for 'being confused'.",
         ("phi.combination", "bay 6", "critical")),
        ("We are posting photos of her graft from today's dressing change on 3 East.",
         ("phi.photo", "photos", "critical")),
    ],
)
def test_initials_infants_cases_a_readers_child_and_a_patients_care_by_name_flag(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        # a sign's result, a public account read, a protocol's patient
        "Quiz: 41F, RUQ pain, sonographic Murphy +ve, wall 4mm, no stones. Ddx? Answers tomorrow",
        "Rereading Aron Ralston's account of the canyon. Anyone use his book for wilderness med "
        "teaching?",
        "Protocol update: offer the kit even if the patient is unsure about what they took. Review "
        "your checklists this week.",
        # a public office, someone else's post, a colleague who is patient as a virtue
        "The Chief Minister announced today that he is recovering from malaria. Wishing him well.",
        "Six months unpaid and the director is posting photos of his new boat. Unreal.",
        "Congratulations to Dr. Ines Duarte, the most patient preceptor on our unit, on her award!",
        # a debate watched, a time to act for a reader's dad, a shorthand time or plan
        "Watching the debate last night and the older candidate's tremor is textbook essential "
        "tremor.",
        "@kim_r so sorry about your mum. Before discharge, push for a family meeting today.",
        "Started a 3mo trial of the new rota in our clinic today.",
        "Our 6wk postpartum check clinic now runs on Thursdays too.",
        "Back from a 3mo locum stint up north; our ED team was in great hands.",
    ],
)
def test_signs_public_accounts_protocols_offices_and_shorthand_times_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reader's visit and a clinician's role confirmed to a handle
        ("@tara.b so good to see you at the ED last Friday! Keep the sling on till Tuesday.",
         ("phi.confirms-patient", "good to see you at the ED last Friday", "critical")),
        ("@jo_hikes as your physio I'd skip the hill repeats until Thursday's session.",
         ("phi.confirms-patient", "as your physio", "critical")),
        # a date of birth told as a birth
        ("Happy birthday to our favourite superstar! Born 2/9/2018, still the bravest kid we know.",
         ("phi.date", "2/9/2018", "critical")),
        # a visit of theirs, called one of ours, their body in a photo post
        ("Mrs. Okoro came back for her 1-year visit and she's down 40 lb!!",
         ("phi.name", "Mrs. Okoro", "critical")),
        ("So proud of K.T., our 2018 NICU grad, who started kindergarten today!",
         ("phi.name", "K.T.", "critical")),
        ("Swipe for the x-ray 👉 Marco's hand after a fight with a table saw on Sunday.",
         ("phi.name", "Marco", "critical")),
    ],
)
def test_visits_to_a_handle_births_visits_ours_and_bodies_shown_flag(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        # the reader addressed after an emoji; a clinic's room and hours; a game; a toenail's age
        "Aw poor little guy 😢 Mel, that honey-crusted look is classic impetigo. See your GP.",
        "FREE FLU CLINIC 💉 Library, Room 114, Thursday 10am-2pm. No appointment needed.",
        "Played 9 rounds of Uno on the unit today and lost every one.",
        "Nothing says emergency like a 2-week-old ingrown toenail at 3am.",
        # a public figure's own news, history, a team selfie, a photo asked for, answers' day
        "Wishing the NHL goalie who shared today that he's starting chemo a full recovery.",
        "For the history nerds: the 4-year-old Farber treated in 1947 changed our specialty.",
        "Rally selfie with my ward family 📸 Safe staffing now!",
        "Parents, reply to this post with a photo of your kid's rash and I'll say if it's hives.",
        "Teaching case for my students:\n\n24M, fever, neck stiffness. Next steps?\n\n"
        "I'll post the answer key Friday.",
        "Happy birthday to Florence Nightingale, born May 12, 1820! #NursesWeek",
        "Our clinic was born on 3 May 1998 in a church basement.",
        "@dr_amir so good to see you at the conference last Tuesday! Great talk.",
    ],
)
def test_readers_notices_games_things_figures_history_teams_and_quizzes_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # milestones of their care, cheered by name
        ("So proud of little Lucas (2!) who said his very first two-word phrase at our visit "
         "today!",
         ("phi.name", "Lucas", "critical")),
        ("Shoutout to K.M. who finally nailed her /s/ after two years of therapy!!",
         ("phi.name", "K.M.", "critical")),
        ("Shoutout to A.B. who 8 months ago couldn't weight bear and just ran her first 10k!",
         ("phi.name", "A.B.", "critical")),
        ("Happy debond day Chloe!!! 🎉 Two years of elastics and the best smile in town.",
         ("phi.name", "Chloe", "critical")),
    ],
)
def test_milestones_of_their_care_name_the_patient(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        # how it happened in a teaching case; a figure; a medicine and its dose; a day, then a shout
        "Teaching case for the new grads: 16M, thrown over the handlebars of a dirt bike, mild "
        "belly pain. What's on your differential?",
        "Our numbers this month: median time from admit decision to an inpatient bed 19.6 hrs.",
        "Quiz for the fellows: 71F, on hydromorphone 2 mg q4h, new myoclonus. What next?",
        "I disagree with the surgical team's approach to antibiotics, and I said so at M&M. They "
        "listened.",
    ],
)
def test_teaching_mechanisms_figures_doses_and_meetings_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "My daughter's eczema flared this week, so I'm sharing photos of her rash so other parents "
        "know what it looks like.",
        "Swipe for the x-ray 👉 my son Sal's hand after a fight with the trampoline. Kids!",
        "So proud of my daughter Ava, our little NICU warrior, 5 today!",
    ],
)
def test_the_authors_own_child_pictured_or_cheered_is_no_patient(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Spanish, as bilingual clinicians write it: a grandmother from a town today, a man from a
        # town who came in today, a name with a date of birth, an age in "años"
        ("Una abuelita de Mayagüez vino hoy a la clínica con SEIS nietos 😂💕",
         [("phi.combination", "Mayagüez", "critical"), ("phi.combination", "hoy", "critical")]),
        ("Señor de Arecibo que llegó hoy a la sala de emergencia con el machete en la mano 😳",
         [("phi.combination", "Arecibo", "critical"), ("phi.combination", "hoy", "critical")]),
        ("¡Feliz cumpleaños número 93 a la Sra. Delia Rosario, nacida el 12 de marzo de 1931, "
         "nuestra paciente más fiel!",
         [("phi.combination", "cumpleaños número 93", "critical"),
          ("phi.name", "Sra. Delia Rosario", "critical"),
          ("phi.combination", "12 de marzo de 1931", "critical")]),
        ("Abuelita de Ponce, 88 años, llegó anoche con una fractura de cadera.",
         [("phi.combination", "Ponce", "critical"), ("phi.combination", "88 años", "critical"),
          ("phi.combination", "anoche", "critical")]),
    ],
)
def test_spanish_encounters_dates_of_birth_and_ages(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flagged(phi(analyzer, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the author's own grandmother; staff; a clinic's hours; an aggregate; a career
        "Mi abuela cumplió 90 años hoy y yo estoy feliz",
        "La señora de la limpieza nos trajo pan dulce hoy 💕",
        "¡Feliz Navidad a todos! Hoy trabajamos en la clínica.",
        "Ayer en la clínica vimos 212 pacientes. ¡Gracias al equipo!",
        "La vacuna contra el flu es para todos mayores de 6 meses. Hoy de 9 a 5 en nuestra "
        "clínica.",
        "Después de 20 años de experiencia en la sala de emergencia, todavía me sorprendo.",
        "Hace 30 años que trabajo en Mayagüez y hoy me jubilo. ¡Gracias!",
    ],
)
def test_spanish_greetings_family_staff_and_hours_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # their body in care, a result told, known from clinic, seen hurting, back after surgery
        ("Hi Karen! For Tyler's shoulder I'd keep him off the mound this week and have him do the "
         "band exercises 3x a day.", "Tyler"),
        ("Tough night for our #23 Jalen Brooks. MRI confirms a grade 2 MCL.", "Jalen Brooks"),
        ("@lax_mom Hi Jen, saw Ava limping at warm-ups today. Keep her off it tonight.", "Ava"),
        ("@Dana Whitfield I know Ella from clinic and I know how hard mornings are.", "Ella"),
        ("So proud of J.M. 🥹 Eight months after ACL reconstruction she scored the winner in the "
         "state semis tonight.", "J.M."),
        ("Rosy Martínez I saw your mami at the clinic this morning! Tell her to start the "
         "amoxicillin tonight.", "Rosy Martínez"),
    ],
)
def test_names_beside_their_injury_result_or_care_are_critical(
    analyzer: Analyzer, text: str, name: str
) -> None:
    assert ("phi.name", name, "critical") in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        # a colleague's own surgery; a throw admired; a colleague met at a conference; a public
        # figure seen on TV
        "Congrats to Maya on her new job! 8 months after her own ACL surgery, she's running again.",
        "Love watching Tyler's arm on that throw, what a game last night!",
        "I know Priya from residency and she is the best teacher I ever had.",
        "Saw Serena Williams limping in the replay, hope it's nothing serious.",
    ],
)
def test_colleagues_fans_and_replays_stay_below_critical(analyzer: Analyzer, text: str) -> None:
    assert not [f for f in phi(analyzer, text) if f.rule == "phi.name" and f.severity == "critical"]


@pytest.mark.parametrize(
    "text",
    [
        # an honour's title after "named"; a weekly series' weekday; a patient's own words
        "Huge congratulations to our head athletic trainer Dana Whitfield, MS, ATC on being named "
        "District 4 Athletic Trainer of the Year!",
        "Teaching Tuesday 🩺 A young man is brought in after a minibus taxi rollover. He's "
        "talking but confused, RR 32. What is your first intervention?",
        'S: "Yes, I know I\'m in the hospital because of my hip." Pleasant, oriented x3.',
    ],
)
def test_honours_weekly_series_and_a_patients_own_words_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


def test_a_procedure_named_tips_keeps_its_time(analyzer: Analyzer) -> None:
    # "TIPS at 0800" is a procedure at an hour, not a weekly "Tips Tuesday"
    text = "Pt in MICU overnight, scheduled for TIPS at 0800, he is to have US of liver first."
    assert ("phi.combination", "at 0800", "warning") in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a story told of "lady" or "señora" who wants something, at a town's urgent care today
        ("Urgent care in Kissimmee, today: señora wants a Z-pak for a 2-day cold and a work note "
         "for her Publix shift.",
         [("phi.combination", "Kissimmee", "critical"), ("phi.combination", "today", "critical")]),
        # an age said of a relative, beside a room
        ("The husband in 6B asked me to hurry. His wife is 72 and on comfort care.",
         [("phi.combination", "6B", "critical"), ("phi.combination", "His wife", "critical"),
          ("phi.combination", "72", "critical")]),
    ],
)
def test_a_lady_who_wants_and_a_wifes_age(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flagged(phi(analyzer, text)) == expected


def test_a_clinic_inviting_the_whole_family_names_no_family(analyzer: Analyzer) -> None:
    text = "FLU CLINIC IS OPEN SATURDAY, NO APPOINTMENT NEEDED, BRING THE WHOLE FAMILY!"
    assert flagged(phi(analyzer, text)) == []
    # a family that came in is still one
    text = "The whole family came in tonight after the CO alarm in their cabin near Gimli."
    assert ("phi.combination", "whole family", "critical") in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # in a room by its number; back for a numbered visit; months after the author's surgery;
        # after starting with us; a transformation of N months; one of our patients
        ("Mrs. Kowalczyk in 412 finally let me draw her after refusing all week.",
         "Mrs. Kowalczyk"),
        ("Shoutout to J.M., who came in for her 50th INR check with us today and brought pierogi",
         "J.M."),
        ("Shoutout to K.L., 17, back in the start gate this weekend, 8 months after we nailed her "
         "tib-fib.", "K.L."),
        ("Shoutout to J.M. who just finished her first 5K, 14 months after starting with us!",
         "J.M."),
        ("Swipe to see Jessica's 6-month transformation on our semaglutide program!", "Jessica"),
        ("Happy 50th birthday to Gary, one of our very first TRT patients!", "Gary"),
    ],
)
def test_names_in_a_room_cheered_for_their_care_or_called_ours(
    analyzer: Analyzer, text: str, name: str
) -> None:
    assert ("phi.name", name, "critical") in flagged(phi(analyzer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named encampment or shelter narrows someone down as a town does
        ("Our 19yo from the Riverside encampment now has exposed tibia and MRI confirms "
         "osteomyelitis.",
         [("phi.combination", "19yo", "critical"),
          ("phi.combination", "Riverside encampment", "critical")]),
        ("late-60s vet at the Harbor Light shelter last night, toes on his left foot already "
         "dusky.",
         [("phi.combination", "Harbor Light shelter", "critical"),
          ("phi.combination", "last night", "critical")]),
        # a talk with them today is an encounter
        ("Now he's 58 and lives in his Corolla behind the library. Today he told me he still "
         "grades imaginary lab reports.",
         [("phi.combination", "58", "critical"), ("phi.combination", "Corolla", "critical"),
          ("phi.combination", "Today", "critical")]),
    ],
)
def test_shelters_encampments_and_a_talk_today(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flagged(phi(analyzer, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a month before its day; a town that is only a surname; a job ad; a student loan;
        # every student; a cart by a bed; a bandage; video consultations; the author's profile
        "Starting Jan 1, every new TRT patient at Apex Telehealth will need two morning labs.",
        "Every Boston EM resident should know the Cocoanut Grove fire (1942). Nearly 500 dead.",
        "We're hiring! Community Health Worker, full-time. Based at our clinic, 1200 Harbor Blvd, "
        "Suite 3, with daily outreach to encampments and shelters.",
        "My Emirates frequent flyer miles are the only thing growing faster than my student loan "
        "back home 😂",
        "Huge congratulations to Priya Raman on passing her registry exam this week! She mentors "
        "every student who comes through our department.",
        "Shout out to whoever restocked the wound cart by bed 6 at the respite centre. Whoever "
        "took the last roll of Coban: I will find you 😤",
        "NEW at our sports clinic in Aarhus: video consultations 📱 Book on our website.",
        "Long post, sorry. 29F, MBBS from Pakistan, 3 years post-grad. Step 2 250, applying for "
        "observerships since January.",
        "Planning a trek to Everest Base Camp? Our travel clinic offers pre-expedition consults.",
        # a year after a name is no room number
        "Sarah in 2015 taught me everything I know about wound care. Best preceptor ever.",
    ],
)
def test_months_surnames_ads_loans_carts_bandages_and_profiles_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place on the roster names one player, as a trade does in a small town
        ("Don't tell coach I leaked this but our starting CB rolled his ankle at practice "
         "yesterday. High ankle sprain.",
         [("phi.combination", "starting CB", "critical"),
          ("phi.combination", "yesterday", "critical")]),
        ("Our kicker tore his hamstring at practice tonight.",
         [("phi.combination", "kicker", "critical"), ("phi.combination", "tonight", "critical")]),
    ],
)
def test_a_roster_place_injured_on_a_day(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flagged(phi(analyzer, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kickers and punters: warm up your hip flexors before every session. #sportsmed",
        "Free sports physicals Saturday for every quarterback, lineman and cheerleader in the "
        "district!",
    ],
)
def test_positions_in_general_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opening on "Saw a ..." is an encounter; an electrocution is an incident
        ("Saw a lineman this morning who was electrocuted fixing a power line in Millbrook",
         [("phi.combination", "lineman", "critical"),
          ("phi.combination", "this morning", "critical"),
          ("phi.combination", "Millbrook", "critical")]),
        ("Saw a 4yo this morning in Millbrook with a fishhook in his eyelid",
         [("phi.combination", "4yo", "critical"),
          ("phi.combination", "this morning", "critical"),
          ("phi.combination", "Millbrook", "critical")]),
    ],
)
def test_saw_a_patient_at_the_start_of_a_sentence(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert flagged(phi(analyzer, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a tradesman who served the clinic; a talk or a sunrise seen is no patient seen
        "Shoutout to the lineman who fixed our clinic's power line this morning, we were back "
        "seeing patients by 10.",
        "Huge thanks to the plow driver who cleared our parking lot at 5am so the night shift "
        "could get home",
        "Saw a great talk this morning by Dr. Osei on sepsis in Millbrook",
        "Saw the sunrise this morning driving into Millbrook for clinic, gorgeous",
    ],
)
def test_tradesmen_who_served_the_clinic_and_talks_seen_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reader's own care, told back to them by handle or by name
        ("@mark_t_runs so glad you're feeling better after Friday's crash on the bike path! "
         "Keep the sling on till clinic.",
         [("phi.combination", "@mark_t_runs", "critical"),
          ("phi.combination", "Friday", "critical")]),
        ("@priya.k your hcg from yesterday came back beautifully 🎉",
         [("phi.combination", "@priya.k", "critical"),
          ("phi.combination", "yesterday", "critical")]),
        ("@dom_r aren't you the guy from our walk-in Sunday with the fishhook in his thumb?",
         [("phi.combination", "@dom_r", "critical"), ("phi.combination", "Sunday", "critical")]),
        ("Hey Kenji, saw you hobbling across the loading bay this morning. Come see me.",
         [("phi.combination", "Kenji", "critical"),
          ("phi.combination", "this morning", "critical")]),
        # a Singaporean title; a condition reported of someone from a congratulated team's day
        ("Please pray for my patient Mdm Tan, she is still in ICU.",
         [("phi.name", "Mdm Tan", "critical")]),
        ("Proud of our rescue crew for Sunday's callout. The 52-year-old welder involved is "
         "stable in ICU in Halifax.",
         [("phi.combination", "52-year-old", "critical"),
          ("phi.combination", "Halifax", "critical")]),
        # a clipped opening ("Teenager ... in with"), an age before a trade, initials with care
        ("Teenager from Gimli in with a dog bite to the face last night.",
         [("phi.combination", "Gimli", "critical"),
          ("phi.combination", "last night", "critical")]),
        ("2am, mid 50s trucker rolls into our ED with crushing chest pain.",
         [("phi.combination", "2am", "critical"), ("phi.combination", "trucker", "critical")]),
        ("Huge shoutout to the NICU team caring for A.B. this month!",
         [("phi.name", "A.B.", "critical")]),
        ("Return-to-work win: R.S., one of our forklift drivers, is back on full duties after "
         "his shoulder surgery.",
         [("phi.name", "R.S.", "critical")]),
    ],
)
def test_readers_own_care_titles_clipped_openings_and_initials_with_care(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [f for f in flagged(phi(analyzer, text)) if f in expected] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a service in a community's language; an eponym said as a thing; a rating; a listing
        # near the hospital; a carousel of products
        "Reminder: Somali and Nepali interpreters are available at our Eastside clinic on "
        "weekdays.",
        "The Dunning-Kruger effect is alive and well in my comment section today.",
        "Radon is invisible and a Geiger counter won't find it. Test your basement.",
        "Travel nurse housing tip for Boise: the duplex near the hospital, run by a retired "
        "teacher. 10/10 would book again.",
        "Medicine or candy? Swipe to see which ones are iron tablets and which are gummies. "
        "#PoisonPrevention",
        "Out with the old, in with the new: our clinic moves in March.",
        "Congratulations to Mr Adebayo Okonkwo on his 500th hip replacement with our team.",
    ],
)
def test_interpreters_eponyms_ratings_listings_and_carousels_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cheered for their own care, by initials, name or title
        ("Shoutout to K.D. who hiked Mount Si this morning, a year after her thrombectomy here!",
         [("phi.name", "K.D.", "critical")]),
        ("Big shoutout to D.W. who came back for his 6-month HIV test like a champ 💪",
         [("phi.name", "D.W.", "critical")]),
        ("Thinking of B.L. from last night's airlift off Haida Gwaii. Absolute fighter.",
         [("phi.name", "B.L.", "critical")]),
        ("Shoutout to Lily Moreau in Cabin 3 who was SO brave getting her stitches today!",
         [("phi.name", "Lily Moreau", "critical")]),
        ("Mrs. Okafor, if you see this: thank you for the flowers after your knee surgery!",
         [("phi.name", "Mrs. Okafor", "critical")]),
        ("@Kim Tran hi, I'm the nurse who saw Jonah at Camp Birchwood yesterday. Ice and rest.",
         [("phi.name", "Jonah", "critical")]),
        # a decade said bare, a clipped "80s F", a birth at home, twins medevac'd, a result
        # number unlabelled
        ("A Swiss tour guide in her 50s collapsed on the glacier walk yesterday near Jasper.",
         [("phi.combination", "tour guide", "critical"),
          ("phi.combination", "yesterday", "critical"),
          ("phi.combination", "Jasper", "critical")]),
        ("long night. 70s M, hip fx after a fall on deck, airlifted to Nassau at 3am.",
         [("phi.combination", "Nassau", "critical"), ("phi.combination", "at 3am", "critical")]),
        ("Why won't the system let me order labs on KGH8812345 when he was admitted at noon?",
         [("phi.mrn", "KGH8812345", "critical")]),
    ],
)
def test_cheered_care_titles_decades_births_and_hospital_numbers(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [f for f in flagged(phi(analyzer, text)) if f in expected] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a handle with a health-plan word in it; an office's mailbox; a wait avoided; a career
        # in ICU; paramedic students; a retirement wished
        "@NHSsceptic1 striking doctors don't abandon wards; consultants cover. Happy to disagree.",
        "Camp forms go to health@campbirchwood.org by June 1. Pack two auto-injectors!",
        "@sam_k for your dad I'd ask his GP about it, probably saves you a 10h wait in A&E.",
        "@troll_77 your 'research' vs my 12 yrs in ICU. go back to your mom's basement",
        "Teaching 'pubic symphysis' to a room of 19yo paramedic students without smirking: hard.",
    ],
)
def test_handles_mailboxes_waits_careers_and_students_stay_below_warning(
    analyzer: Analyzer, text: str
) -> None:
    assert [f for f in flagged(phi(analyzer, text)) if f[0] != "phi.name"] == []


def test_a_pilot_of_a_process_is_no_pilot(analyzer: Analyzer) -> None:
    # a project named "pilot" after its length; a pilot who was seen is still an occupation
    assert flagged(phi(analyzer, "Started a 6-week pilot of the new triage board in our ED "
                                 "today.")) == []
    assert ("phi.combination", "pilot", "critical") in flagged(
        phi(analyzer, "Saw a 40yo pilot this morning in our ED after a hard landing in Gander")
    )


def test_a_titled_names_great_age_said_bare(analyzer: Analyzer) -> None:
    # an age over 89 after "Mr. X was": a HIPAA identifier; minutes late are no age
    assert ("phi.combination", "93", "critical") in flagged(
        phi(analyzer, "Mrs. Albright was 93 when she taught me to listen before I chart.")
    )
    assert [f for f in flagged(phi(analyzer, "Mrs. Patel is 45 minutes late again lol"))
            if f[0] != "phi.name"] == []


def test_initials_that_spell_a_time_of_day_are_someone_s_before_who(analyzer: Analyzer) -> None:
    # "P.M. who ..." is a person cheered for care; "at 8 A.M." is the clock
    assert ("phi.name", "P.M.", "critical") in flagged(
        phi(analyzer, "So proud of P.M. who had her VBAC at home on Sunday after a c-section!")
    )
    assert flagged(phi(analyzer, "Clinic opens at 8 A.M. who wants coffee?")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the patient's own words quoted ("my son", "just to talk") are not the author's life or
        # a talk given; a care home's staff say "our home"
        ("woman in her late 70s comes into our urgent care tonight saying 'my son's a lawyer and "
         "I want a scan too.'", [("phi.combination", "tonight", "critical")]),
        ("the 70yo trucker from Moncton who drops by our ED every Friday 'just to talk' was back "
         "tonight", [("phi.combination", "Moncton", "critical"),
                     ("phi.combination", "tonight", "critical")]),
        ("Gentleman in his late 80s from our home in Ripon found in the car park at 3am looking "
         "for his late wife.", [("phi.combination", "Ripon", "critical"),
                                ("phi.combination", "at 3am", "critical")]),
        # a radiologist's or a clinic's day: "today's list", "today's clinic"
        ("From today's clinic: 52F, new diplopia, CN III palsy on exam.",
         [("phi.combination", "today", "critical"), ("phi.combination", "52F", "critical")]),
        # a patient's family come to visit; a paramedic's job; a likeness to the author's family
        ("Family in from Swindon yesterday asking why their mum's room faces the car park.",
         [("phi.combination", "Swindon", "critical"),
          ("phi.combination", "yesterday", "critical")]),
        ("A job last night I can't shake. Young dad in Greytown, two toddlers asleep upstairs.",
         [("phi.combination", "last night", "critical"),
          ("phi.combination", "Greytown", "critical")]),
        ("Worst job of the shift: farmer, quad bike vs fence out of Hexham, same age as my uncle.",
         [("phi.combination", "farmer", "critical"), ("phi.combination", "Hexham", "critical")]),
        # a name and an age after a comma; the reader's own results, by their handle; an army's
        # aid station
        ("Meet Ava, 14 💜 She's finishing her last round of chemo here at St. Jude's this week",
         [("phi.name", "Ava", "critical")]),
        ("@tom_w_runs, your visual field test from Monday at our clinic looks stable, keep up the "
         "drops", [("phi.combination", "@tom_w_runs", "critical"),
                   ("phi.combination", "Monday", "critical")]),
        ("@jess_p lovely meeting you and your mum at the Riverside memory clinic Thursday!",
         [("phi.combination", "@jess_p", "critical"),
          ("phi.combination", "Thursday", "critical")]),
        ("this guy hobbled into our aid station at Fort Hood this morning with a fishhook through "
         "his lip", [("phi.combination", "this morning", "critical")]),
    ],
)
def test_quoted_words_care_homes_lists_jobs_and_results_by_handle(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [f for f in flagged(phi(analyzer, text)) if f in expected] == expected


@pytest.mark.parametrize(
    "text",
    [
        # anyone's birthday; a meeting's name; an eponym; a saint's hospital; a hunger striker
        "Anyone turning 100 can get a card from the King, apply at least 4 weeks before.",
        "Great case review at M&M. I've got three more months of nights though.",
        "Horner's until proven otherwise in a smoker with new ptosis, teach your students that.",
        "Another transfer because St Agatha's stroke unit 'doesn't do nights'. Embarrassing.",
        "I respectfully disagree: force-feeding a competent hunger striker needs an ethics consult "
        "and a court order.",
        # minutes after hours; photos asked of readers; a presenter on air; the author's match
        "3h 20m on the ramp at Lyell McEwin tonight, four crews waiting in the corridor.",
        "Drop your kid's rash pics in the comments and I'll tell you if it's the worrying kind",
        "That TV presenter who fainted live on air this morning? Classic vasovagal.",
        "I'm going to be a paediatrics resident at UBC!!! thank you mom and dad",
        # a service's name is no patient; a likeness is no one
        "Book a wig fitting through the Patient & Family Resource Centre at 604-555-0142.",
        "Reading my birth plan like a first-time mum this morning, and I've delivered 400 babies "
        "in Nanaimo 😂",
    ],
)
def test_birthdays_meetings_eponyms_minutes_presenters_and_likenesses_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a child named by a name newer than the 1990 lists; progress off a machine; home after
        # an operation; a photo whose consent is given after it
        ("Little Aiden is finally off high flow 💙 so proud of you buddy #picunurse",
         [("phi.name", "Aiden", "critical")]),
        ("Shoutout to Jayden who did his first ever solo site change at camp today!!",
         [("phi.name", "Jayden", "critical")]),
        ("Shout out to K.M. who dropped off cookies on her way home after her hip op yesterday",
         [("phi.name", "K.M.", "critical")]),
        ("[photo: tiny hand holding a finger] Her first cuddle after 9 weeks 🥹 (shared with her "
         "parents' OK)", [("phi.photo", "[photo", "warning")]),
        ("Before ➡️ after 3 months of dupilumab for the lovely Nadia! (Shared with her "
         "permission 💕)", [("phi.photo", "Before ➡️ after", "warning")]),
        # the reader's relative by a Welsh word, their baby in the SCN, a class the author runs
        ("@Gareth Evans your nan's INR was 5.1 on Monday so tell her to hold tonight's warfarin, "
         "we'll recheck it Thursday at the surgery", [("phi.combination", "@Gareth", "critical")]),
        ("@amy_r saw your little one in our SCN on Friday, the bruise on her heel is from the heel "
         "prick 💕", [("phi.combination", "@amy_r", "critical")]),
        ("@sam.recovers so lovely to see you at Tuesday class in Bruton today!! keep up the "
         "bridges", [("phi.combination", "@sam.recovers", "critical")]),
    ],
)
def test_new_names_progress_consent_given_after_and_the_readers_family(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [f for f in flagged(phi(analyzer, text)) if f in expected] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a quiz's bottles counted; a count said twice; a place before a duration
        "Quiz: 64F with a prosthetic hip, staph epi in 2/4 bottles at day 5. Contaminant or real?",
        "12 hr shift, one (1) coffee, zero lunch at 3pm. Going to bed.",
        "Every confused 90yo with a positive dip gets 3 days of cipro. We need to stop.",
    ],
)
def test_bottles_counted_twice_said_counts_and_every_patient_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []


def test_a_titled_name_with_a_count_of_falls_is_a_patient(analyzer: Analyzer) -> None:
    assert ("phi.name", "Mrs. Daley", "critical") in flagged(
        phi(analyzer, "Mrs. Daley strikes again, 3rd fall this week because she 'doesn't need "
                      "the walker'.")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock on the 24-hour dial is no year of long ago; a weight-loss milestone cheered
        ("K.L. in 4 North bed 9 needs her platelets in before 1700, blood bank says they're "
         "ready.", [("phi.name", "K.L.", "critical")]),
        ("Shoutout to D.R. who hit his 20kg milestone at Thursday's weigh-in group!",
         [("phi.name", "D.R.", "critical")]),
    ],
)
def test_clock_times_and_milestones_cheered(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [f for f in flagged(phi(analyzer, text)) if f in expected] == expected


def test_a_year_after_in_is_still_long_ago(analyzer: Analyzer) -> None:
    assert flagged(phi(analyzer, "In 1848 the surgeons of Vienna washed nothing; by 1860 things "
                                 "had changed for Ignaz Semmelweis's patients.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare opening noun, "in ED" said bare, a clinic of several words
        ("Bloke in ED last night wanted a sick note for a hangover. Mate.",
         [("phi.combination", "last night", "critical")]),
        ("Mum in our paediatric allergy clinic this morning swore the rash came from the vaccine.",
         [("phi.combination", "this morning", "critical")]),
        ("Lady rang at 8.01 this morning to ask if we sell stamps.",
         [("phi.combination", "this morning", "warning")]),
        # the UK and Australian words for a man, a patient cared for after the team is praised
        ("Chap at the front desk at 2am insisted his smartwatch diagnosed a heart attack.",
         [("phi.combination", "at 2am", "warning")]),
        ("So proud of our team this week. A retired fisherman in his early 80s came in on "
         "Wednesday with a cold foot and we got him into vascular by lunch.",
         [("phi.combination", "fisherman", "critical"), ("phi.combination", "on Wednesday",
                                                           "critical")]),
        # an Australian record number; a wound healed, cheered by initials
        ("Can someone chase the ultrasound for UR number 5561230? Booked Monday, still nothing.",
         [("phi.mrn", "5561230", "warning")]),
        ("Big shout out to R.K. who finally healed her 18-month leg ulcer this week!",
         [("phi.name", "R.K.", "critical")]),
        # a titled name beside cascade testing; a death told to the one lost, with their birthday
        ("Carrier testing finished for all 6 of Mrs. Adeyemi's sisters. What a year.",
         [("phi.name", "Mrs. Adeyemi's", "critical")]),
        ("Still thinking of K.B. We lost you on Friday, a week before your 17th birthday.",
         [("phi.name", "K.B.", "critical")]),
        # a scan dated to a shift
        ("Check out this x-ray from last night: a fork handle in his oesophagus. He's fine.",
         [("phi.photo", "x-ray", "critical")]),
        # a reply that books the reader's next visit
        ("@toe_trouble_77 keep the dressing dry until we see you Friday, it's healing nicely!",
         [("phi.confirms-patient", "until we see you Friday", "critical")]),
    ],
)
def test_bare_openings_bare_ed_praise_then_care_urn_healed_and_scans_from_a_shift(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [f for f in flagged(phi(analyzer, text)) if f in expected] == expected


@pytest.mark.parametrize(
    "text",
    [
        # platforms and shouts the model takes for people; a troll's own name said back
        "@zawadi_k sorry sis, I can't give medical advice on Twitter 🙏🏾 I hope the little one "
        "feels better soon.",
        "Reminder: ibuprofen for kids goes by WEIGHT, not age. Ask your pharmacist.",
        "@HonestAbe_Ken 'lazy nurses' says the man whose whole feed is parking fines. Log off, "
        "Kenneth.",
        # a coach's and a councilman's own announcements; royal and presidential history
        "Coach Delgado announced this morning he's starting chemo and asked everyone to get "
        "screened. We're with you, coach.",
        "Councilman Joe Barros shared today that his daughter survived an overdose in 2021, and "
        "that's why he backs the naloxone bill.",
        "History of genetics thread 🧵 Prince Leopold, Queen Victoria's son, had haemophilia B "
        "and died after a fall at 30.",
        "The 1981 Reagan shooting still teaches: a patient who walked in on his own with a "
        "bullet near his heart.",
        # a count over a weekend, any child, a study's sample, a weekly series' title
        "Saturday 6pm to Monday 6am: 14 stabbing victims through our resus. Fourteen.",
        "Nobody in my hospital wants your rifle. Lock it up where a 4-year-old can't reach it.",
        "Nice trial, but n=60 fit young marathoners is not our population of 70-year-old "
        "farmers on three antihypertensives.",
        "Neurology Friday 🧠 Case: 7yo girl with ataxia and telangiectasias. Which gene? Answer "
        "tomorrow.",
        # the staff thanked one by one, a brand after "of"
        "Happy Hospital Support Staff Day to the legends at our Ballarat site: the porters, the "
        "kitchen crew, the cleaners, the maintenance bloke who fixes everything.",
        "Cascade testing for the whole clinic took a lot of WhatsApp. Proud of the team.",
    ],
)
def test_platforms_shouts_trolls_public_figures_history_counts_and_titles_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(phi(analyzer, text)) == []
