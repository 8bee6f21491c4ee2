"""The tone pack on realistic posts: insults need a target; venting and disagreement are fine."""

from __future__ import annotations

import re
import statistics
import time

import pytest

from secondlook.engine import Analyzer
from secondlook.engine.detectors.tone import SELF_BEFORE
from secondlook.rules import load_packs
from secondlook.rules.terms import compile_terms

FLAGGED = ("warning", "critical")


def flagged(analyzer: Analyzer, text: str) -> list[tuple[str, str, str]]:
    findings = analyzer.analyze(text, packs=["tone"])
    return [(f.rule, f.severity, f.text) for f in findings if f.severity in FLAGGED]


def test_patient_slang_is_a_warning_on_each_label(analyzer: Analyzer) -> None:
    text = "Another frequent flyer drug seeker in bed 3 tonight"
    findings = analyzer.analyze(text, packs=["tone"])
    assert [(f.pack, f.rule, f.severity, f.start, f.end) for f in findings] == [
        ("tone", "tone.patient-slang", "warning", 8, 22),
        ("tone", "tone.patient-slang", "warning", 23, 34),
    ]


@pytest.mark.parametrize(
    ("text", "rule", "severity", "span"),
    [
        ("What a f*cking night", "tone.profanity", "warning", "f*cking"),
        ("Fuuuck this rota", "tone.profanity", "warning", "Fuuuck"),
        ("this sh1t again", "tone.profanity", "warning", "sh1t"),
        ("That r3tard in the waiting room", "tone.slurs", "critical", "r3tard"),
        ("@antivax_dan you're pathetic", "tone.insult-person", "warning", "pathetic"),
        ("@VaxTruth stop spreading lies, you ignorant clown", "tone.insult-person", "warning",
         "clown"),
        (
            "Why are patients so stupid about antibiotics",
            "tone.disparage-patients",
            "warning",
            "stupid",
        ),
        (
            "Had to get the bariatric bed for the whale in room 3",
            "tone.disparage-patients",
            "warning",
            "whale",
        ),
        (
            "Naturopaths are just Etsy sellers with a clinic. Dangerous clowns.",
            "tone.disparage-colleagues",
            "warning",
            "Dangerous",
        ),
        ("That place is a joke", "tone.disparage-colleagues", "warning", "is a joke"),
        ("Kingston General is useless, never again", "tone.disparage-colleagues", "warning",
         "useless"),
        ("Trump clearly has dementia", "tone.public-figure-diagnosis", "warning", "dementia"),
        (
            "That rapper's interview is pure mania",
            "tone.public-figure-diagnosis",
            "warning",
            "mania",
        ),
        (
            "@mom_of3 oh sweetie, vaccines don't work that way",
            "tone.condescending-reply",
            "warning",
            "sweetie",
        ),
        ("I am SO SICK of these people wasting our time!!!", "tone.enraged", "warning", "SICK of"),
        ("The new resident is so hot I forgot my name", "tone.sexual-remark", "warning", "hot"),
        # an insult before a word for a group of people
        (
            "The entitled bunch in the waiting room tonight deserve each other.",
            "tone.insult-person",
            "warning",
            "entitled",
        ),
        # a named person, not only a listed one, said for sure to have a label
        (
            "Dr. Oz is clearly a narcissistic psychopath.",
            "tone.public-figure-diagnosis",
            "warning",
            "narcissistic",
        ),
        (
            "Naturopaths are a bunch of grifters.",
            "tone.disparage-colleagues",
            "warning",
            "grifters",
        ),
        (
            "Pharmacists are pill counters with an attitude.",
            "tone.disparage-colleagues",
            "warning",
            "pill counters",
        ),
        (
            "Some of my colleagues shouldn't be allowed near patients.",
            "tone.disparage-colleagues",
            "warning",
            "shouldn't be allowed near",
        ),
        ("The vaccine deniers in my comments are too dumb to argue with.", "tone.insult-person",
         "warning", "dumb"),
        # a group word after a profession names colleagues
        (
            "The hospitalist team at Riverside is a bunch of cowboys.",
            "tone.disparage-colleagues",
            "warning",
            "cowboys",
        ),
        ("@DrWellnessGuru you're a disgrace to the profession.", "tone.insult-person", "warning",
         "disgrace"),
        # "is so hot": the subject is the "is"'s, not the "so"'s
        (
            "The night nurse on 5B is so hot, I'd let her check my vitals anytime 😏",
            "tone.sexual-remark",
            "warning",
            "hot",
        ),
        (
            "Psychiatry isn't real medicine, just vibes and prescriptions.",
            "tone.disparage-colleagues",
            "warning",
            "isn't real medicine",
        ),
        # an adjective before a compound that a colleague is called
        (
            "Our new CEO is a clueless bean counter who's never set foot on a ward.",
            "tone.disparage-colleagues",
            "warning",
            "clueless",
        ),
        (
            "That chiropractor on TikTok is a menace and should lose his license yesterday.",
            "tone.disparage-colleagues",
            "warning",
            "menace",
        ),
        # the sentence before names the department
        (
            "Radiology missed it AGAIN. Do they even look at the films?",
            "tone.disparage-colleagues",
            "warning",
            "Do they even look",
        ),
        (
            "Pharmacists should stick to counting pills and stop pretending to prescribe.",
            "tone.disparage-colleagues",
            "warning",
            "stick to counting",
        ),
        (
            "Naturopaths need to stop pretending to be doctors.",
            "tone.disparage-colleagues",
            "warning",
            "stop pretending to be",
        ),
        (
            "Our new chief of medicine is a spineless bureaucrat who couldn't run a clinic.",
            "tone.disparage-colleagues",
            "warning",
            "spineless",
        ),
        (
            "The gastro team at Queen Elizabeth is a joke. Three days for a scope.",
            "tone.disparage-colleagues",
            "warning",
            "is a joke",
        ),
        (
            "That surgeon is the biggest ego in the building and a lousy teacher.",
            "tone.disparage-colleagues",
            "warning",
            "biggest ego",
        ),
        (
            "Family medicine is for people who couldn't match.",
            "tone.disparage-colleagues",
            "warning",
            "for people who couldn't match",
        ),
        ("F this shift. F this hospital. F admin.", "tone.profanity-short", "warning", "F admin"),
        (
            "@vaxfacts you clearly failed high school biology, sit down.",
            "tone.hostile-reply",
            "warning",
            "failed high school biology",
        ),
        (
            "Old people who refuse to die are bankrupting our system.",
            "tone.discriminatory",
            "warning",
            "people who refuse to die",
        ),
        (
            "@hater_doc LOL okay, tell me you've never worked a night shift without telling me.",
            "tone.condescending-reply",
            "warning",
            "tell me you've never worked a night shift without telling me",
        ),
        (
            "@truthbomb wow, you must be so tired from all those mental gymnastics.",
            "tone.condescending-reply",
            "warning",
            "mental gymnastics",
        ),
        (
            "@ivermectinguy congratulations on the most confidently wrong take of the year",
            "tone.condescending-reply",
            "warning",
            "confidently wrong",
        ),
        (
            "Our new manager is a nightmare to work for.",
            "tone.disparage-colleagues",
            "warning",
            "nightmare",
        ),
        ("You fool, that's not how vaccines work.", "tone.insult-person", "warning", "fool"),
        (
            "@angry_mike88 you were seen in 3 hours, stop whining and go find another clinic.",
            "tone.hostile-reply",
            "warning",
            "stop whining",
        ),
        (
            "Another one of those people from the reserve who can't follow simple instructions.",
            "tone.origin-stereotype",
            "warning",
            "from the reserve who can't follow simple instructions",
        ),
        (
            "Elon is obviously on the spectrum and off his meds.",
            "tone.public-figure-diagnosis",
            "warning",
            "on the spectrum",
        ),
        (
            "Some of these anti-vax moms need a slap of reality.",
            "tone.violent-language",
            "warning",
            "need a slap",
        ),
        # a whole post in capitals with a grievance, even without "!!!"
        (
            "WHY IS IT SO HARD TO GET A PORTER IN THIS HOSPITAL. I HAVE BEEN WAITING 2 HOURS.",
            "tone.enraged",
            "warning",
            "WHY IS IT SO HARD TO GET A PORTER IN THIS HOSPITAL. I HAVE BEEN WAITING 2 HOURS",
        ),
        (
            "Surgeons are just technicians with god complexes. Change my mind.",
            "tone.sweeping-remark",
            "warning",
            "are just technicians",
        ),
        (
            "That talk at grand rounds was a waste of an hour. Dr. Okafor clearly has no idea "
            "what she's talking about.",
            "tone.disparage-colleagues",
            "warning",
            "no idea what she's talking about",
        ),
        ("The locum covering this week is a complete disaster.", "tone.disparage-colleagues",
         "warning", "complete disaster"),
        ("Recruiters who call me during my clinic are clueless. Stop.",
         "tone.disparage-colleagues", "warning", "clueless"),
        ("If you're still smoking in 2026 you deserve your COPD. Harsh but true.",
         "tone.mocking-patient", "warning", "you deserve your COPD"),
        ("Listening to this anti-masker explain viruses is like watching a toddler explain "
         "calculus. Pathetic.", "tone.insult-person", "warning", "Pathetic"),
        ("The Minister of Health is a spineless coward who has never worked a day in a hospital.",
         "tone.insult-person", "warning", "spineless"),
        ("Ortho residents: big, loud, and about as bright as a plaster cast.",
         "tone.sweeping-remark", "warning", "as bright as a plaster cast"),
        ("To all the moms bringing their kids to the ER for a runny nose at 3am: get a grip.",
         "tone.condescending-reply", "warning", "get a grip"),
        ('Residents who say "I don\'t know" on rounds should just quit now.',
         "tone.sweeping-remark", "warning", "should just quit"),
        ("Honestly some parents shouldn't be allowed to have kids.", "tone.sweeping-remark",
         "warning", "shouldn't be allowed to have kids"),
        ("#NursesOfTwitter anyone else work with a charge nurse who is a total witch?",
         "tone.disparage-colleagues", "warning", "total witch"),
        ("New NP here and the docs treat us like secretaries. Some of them are insufferable.",
         "tone.insult-person", "warning", "insufferable"),
        ("Case study in incompetence: our new VP of Nursing.", "tone.disparage-colleagues",
         "warning", "incompetence"),
        ('Nurse practitioners are "doctors lite" and we all know it.',
         "tone.disparage-colleagues", "warning", "doctors lite"),
        ("Our pharmacy department: where orders go to die.", "tone.disparage-colleagues",
         "warning", "go to die"),
        ("That new rep from the pharma company is smoking hot.", "tone.sexual-remark", "warning",
         "hot"),
        ("Fat shaming works, honestly. Tell them straight.", "tone.discriminatory", "warning",
         "Fat shaming works"),
        ("Patients who don't speak English should bring their own translators, not my problem.",
         "tone.sweeping-remark", "warning", "not my problem"),
        ("Another ER visit from the Roma family. They always bring the whole clan and steal the "
         "blankets.", "tone.group-stereotype", "warning",
         "Roma family. They always bring the whole clan"),
        ("Honestly some of these parents deserve to lose their kids.", "tone.sweeping-remark",
         "warning", "deserve to lose their kids"),
        ("Residents these days are soft as butter. We did 36 hours and didn't cry about it.",
         "tone.sweeping-remark", "warning", "these days are soft"),
        ("Nothing like a 400 lb patient who refuses to walk and then blames us for the bed sore.",
         "tone.mocking-patient", "warning", "Nothing like a 400 lb patient who refuses"),
        ('Vent: everyone on days is "sick" on the long weekend. Funny how that works. Bunch of '
         'liars.', "tone.insult-person", "warning", "Bunch of liars"),
        ("Whoever the nurse was who gave the wrong discharge instructions yesterday: learn to "
         "read, it's not hard.", "tone.condescending-reply", "warning", "learn to read"),
        ("@bp_brenda maybe stop eating chips all day and your BP wouldn't be 150/95, just saying.",
         "tone.condescending-reply", "warning", "maybe stop eating"),
        ("@momof3 maybe google before you panic and drag your kids to the ER for a rash.",
         "tone.condescending-reply", "warning", "maybe google before you"),
        # reported, but the clause reported names the colleague it puts down
        ("Nurses told me that the new manager is useless.", "tone.disparage-colleagues",
         "warning", "useless"),
        (
            "Anesthesiologists have a massive god complex, every single one.",
            "tone.sweeping-remark",
            "warning",
            "have a massive god complex",
        ),
        # comparisons that call someone stupid, of a group or of one person
        ("The anti-vax moms in my clinic today were dumber than a bag of hammers.",
         "tone.sweeping-remark", "warning", "dumber than a bag of hammers"),
        ("My new attending is dumber than dirt.", "tone.disparage-colleagues", "warning",
         "dumber"),
        # a patient's complaint in scare quotes, as an eye-rolling opener
        ('Another "chronic pain" patient who could sprint to the vending machine.',
         "tone.mocking-patient", "warning", 'Another "chronic pain" patient'),
        ('Night shift. Yet another "allergic to Tylenol" patient.', "tone.mocking-patient",
         "warning", 'Yet another "allergic to Tylenol" patient'),
        ("Chiropractors are a bunch of bone-cracking con artists and everyone knows it.",
         "tone.disparage-colleagues", "warning", "con artists"),
        # "by" the people who did it: still called clowns
        ("I was trained by clowns at that hospital.", "tone.disparage-colleagues", "warning",
         "clowns"),
        ("Reminder that the ER is not your personal walk-in because you couldn't be bothered "
         "to book with your GP. Grow up.", "tone.condescending-reply", "warning", "Grow up"),
        ("The hospitalist who discharged my patient with a BP of 210 should have his license "
         "pulled.", "tone.disparage-colleagues", "warning", "should have his license pulled"),
        ('Pharmacists calling to "clarify" every single order like I don\'t know how to write a '
         "script. Go count your pills.", "tone.disparage-colleagues", "warning",
         "Go count your pills"),
        ('@DrLopez your "trial" was 40 patients and a prayer. Stick to your day job, clown.',
         "tone.condescending-reply", "warning", "clown"),
        ('@DrLopez your "trial" was 40 patients and a prayer. Stick to your day job, clown.',
         "tone.condescending-reply", "warning", "Stick to your day job"),
        ("Our new manager has the emotional intelligence of a traffic cone.",
         "tone.disparage-colleagues", "warning", "has the emotional intelligence of a"),
        ("Our CEO needs to be fired.", "tone.disparage-colleagues", "warning",
         "needs to be fired"),
        ("Antivaxxers are a cancer on public health and I'm done being polite about it.",
         "tone.sweeping-remark", "warning", "are a cancer on"),
        ("Sorry not sorry, but if you show up to the ER drunk and belligerent, don't expect a "
         "smile from me.", "tone.condescending-reply", "warning", "Sorry not sorry"),
        ("@skeptic_sue wow, you read one blog post and now you're an epidemiologist. Adorable.",
         "tone.condescending-reply", "warning",
         "read one blog post and now you're an epidemiologist"),
        # a two-word verdict on the colleagues the sentence before named
        ("The CNAs on nights just sit on their phones while call bells ring. Unacceptable and "
         "lazy.", "tone.insult-person", "warning", "Unacceptable and lazy"),
        ("Watching surgeons try to use a computer is like watching a golden retriever do "
         "calculus.", "tone.sweeping-remark", "warning",
         "is like watching a golden retriever do"),
        ("Every OB I've worked with is a control freak with zero bedside manner. Change my mind.",
         "tone.disparage-colleagues", "warning", "control freak"),
        ("Nursing school clinicals be like: instructors who haven't touched a patient since "
         "1985 telling you you're doing it wrong", "tone.disparage-colleagues", "warning",
         "haven't touched a patient since"),
        ("Respiratory therapists think they run the ICU. Sorry sweetie, you push air.",
         "tone.sweeping-remark", "warning", "think they run the ICU"),
        ("@dr_hamid congrats on the new clinic. Hope you're better at running a business than at "
         "reading ECGs.", "tone.condescending-reply", "warning",
         "Hope you're better at running a business than"),
        ("The psych ward is basically a hotel for people who don't want to work. Fight me.",
         "tone.mocking-patient", "warning", "ward is basically a hotel for people who don't"),
        ("Dermatologists: booked 8 months out to look at a mole for 30 seconds and bill $400. "
         "What a racket.", "tone.insult-person", "warning", "What a racket"),
        ("@flat_earth_fran I'd explain it to you but I left my crayons at home.",
         "tone.condescending-reply", "warning", "left my crayons"),
        ("Every time I float to 4 West the nurses there act like they've never seen a PICC line. "
         "Embarrassing unit.", "tone.insult-person", "warning", "Embarrassing unit"),
        ('Watching the "wellness coach" at my patient\'s bedside selling her $200 vitamins. '
         "Leeches, the lot of them.", "tone.insult-person", "warning",
         "Leeches, the lot of them"),
        ("Some of y'all nurses need to stop complaining about 12s. Back in my day we did 16s and "
         "liked it.", "tone.sweeping-remark", "warning", "need to stop complaining"),
        # a department of colleagues, where record software is spared
        ("HR is useless, the nurses waited 3 months for their pay.", "tone.disparage-colleagues",
         "warning", "useless"),
        # patients and a sigh, as a sentence of its own
        ("Imagine needing a PhD to figure out that hand sanitizer isn't a hydration drink. Some "
         "of our patients, man. \U0001f926", "tone.mocking-patient", "warning",
         "Some of our patients, man"),
        ("My patients, I swear. Third no-show today.", "tone.mocking-patient", "warning",
         "My patients, I swear"),
        ("Anti-maskers get the care they earned: the back of the line.", "tone.mocking-patient",
         "warning", "get the care they earned"),
        ("Honestly the unvaccinated should go to the back of the line for ICU beds.",
         "tone.mocking-patient", "warning",
         "the unvaccinated should go to the back of the line"),
        ("@dr_k congrats on the dumbest take of the year, champ.", "tone.condescending-reply",
         "warning", "congrats on the dumbest"),
        ("Our CEO just gave herself a 30% raise while we work short every night. Greedy parasite.",
         "tone.insult-person", "warning", "Greedy parasite"),
        ("Every single pharmacist I've worked with is a pill-counting robot with zero clinical "
         "judgment.", "tone.disparage-colleagues", "warning", "pill-counting robot"),
        # a retort to a patient, told to the reader with a laugh or an eye-roll
        ("Patient asked if his Fitbit could replace his ECG. Sir, you cannot even replace your "
         "own batteries. \U0001f602", "tone.mocking-patient", "warning",
         "Sir, you cannot even replace your own batteries."),
        ("Pt in room 2 wants a work note for the gym \U0001f644 Ma'am, this is an emergency "
         "department.", "tone.mocking-patient", "warning",
         "Ma'am, this is an emergency department."),
        # a troll's reply: the meme's name, a sarcastic "and I'm the Queen", their hobby
        ("@vit_c_cures sure Karen, and I'm the Queen of England.", "tone.condescending-reply",
         "warning", "sure Karen"),
        ("@vit_c_cures sure Karen, and I'm the Queen of England.", "tone.condescending-reply",
         "warning", "and I'm the Queen of England"),
        ("@detox_dan Go back to your essential oils, pal.", "tone.condescending-reply",
         "warning", "Go back to your essential oils"),
        ("@nurse_jackie_99 maybe if you spent less time on TikTok and more time charting, your "
         "patients wouldn't fall.", "tone.condescending-reply", "warning",
         "maybe if you spent less time"),
        ('Hey @cdc_watchdog, your "research" is a YouTube playlist. Sit down.',
         "tone.condescending-reply", "warning", 'your "research'),
        ('Hey @cdc_watchdog, your "research" is a YouTube playlist. Sit down.',
         "tone.condescending-reply", "warning", "Sit down"),
        ("To the mom who screamed at my triage nurse tonight: you are the reason good nurses "
         "quit.", "tone.condescending-reply", "warning",
         "you are the reason good nurses quit"),
        ("The pharma reps at our clinic are bottom-feeders. Go sell your snake oil somewhere "
         "else.", "tone.condescending-reply", "warning", "Go sell your snake oil somewhere else"),
        # a lone verdict on someone just described
        ("Watching a surgeon throw instruments in the OR today. Grown man tantrum. Absolute "
         "child.", "tone.insult-person", "warning", "Absolute child"),
        ("Our new CEO has never worked a single shift on the floor and it shows. Clueless suit.",
         "tone.insult-person", "warning", "Clueless suit"),
        ("If one more ICU fellow talks down to me at 3am I'm going to lose it. Entitled little "
         "brats, all of them.", "tone.insult-person", "warning",
         "Entitled little brats, all of them"),
        ("Reminder to the vaccine-hesitant moms in my practice: I have zero patience left for "
         "your Google degrees.", "tone.condescending-reply", "warning", "Google degrees"),
        ("This new charge nurse is a power-hungry witch. Day 3 and she's made two new grads cry.",
         "tone.disparage-colleagues", "warning", "power-hungry witch"),
        ("Half the hospitalists at my shop are just there for the paycheck. Zero effort.",
         "tone.disparage-colleagues", "warning", "just there for the paycheck"),
        ("I swear some of these boomer patients think the ER is a buffet.",
         "tone.mocking-patient", "warning", "think the ER is a buffet"),
        ("If you vote for this government you deserve the hallway medicine you get.",
         "tone.mocking-patient", "warning", "you deserve the hallway"),
        ("@healthfreedom_mom yes, and the earth is flat too. Please keep your kids away from my "
         "ER.", "tone.condescending-reply", "warning", "and the earth is flat"),
        # a label pinned on an office-holder named by role, in the next sentence
        ("Just read the board chair's op-ed. Clearly suffering from some kind of delusional "
         "disorder. Sad.", "tone.public-figure-diagnosis", "warning", "delusional"),
        ("The president with dementia strikes again.", "tone.public-figure-diagnosis", "warning",
         "dementia"),
        # a colleague who is a lawsuit waiting to happen; a named hospital as a death trap
        ("That new grad on my unit is a walking malpractice suit. Who let her pass NCLEX?",
         "tone.disparage-colleagues", "warning", "is a walking malpractice suit"),
        ("St. Joseph's ER is a death trap. I wouldn't send my dog there.",
         "tone.disparage-colleagues", "warning", "a death trap"),
        ("If your nursing program let you graduate without knowing how to take a manual BP, your "
         "instructors should be ashamed.", "tone.disparage-colleagues", "warning",
         "should be ashamed"),
        # fake delight after an emoji, in the sentence that tells of the misbehaviour
        ('Love when a patient\'s "emotional support" boyfriend films me during a pelvic exam 🙃 '
         "Truly the highlight of my career.", "tone.mocking-patient", "warning",
         "Truly the highlight of my career"),
        # an insult behind the stance it is called by
        ("These anti-mask clowns should be banned from every hospital in the country.",
         "tone.insult-person", "warning", "clowns"),
        ("The anti-vax crowd are clowns.", "tone.insult-person", "warning", "clowns"),
        ("Why is it always the OB/GYNs who think they're too important to answer a page?",
         "tone.sweeping-remark", "warning", "think they're too important to"),
        ("Half my waiting room today was there for a cold. Stay home and stop wasting my time, "
         "people.", "tone.hostile-reply", "warning", "stop wasting my time"),
        ("Paediatricians are overpaid babysitters.", "tone.sweeping-remark", "warning",
         "are overpaid babysitters"),
        ("This patient thinks the ER is Starbucks. Ma'am, this is a trauma centre.",
         "tone.mocking-patient", "warning", "thinks the ER is Starbucks"),
        ("Some patients really do think we're their personal maids. Clean up after yourselves.",
         "tone.mocking-patient", "warning", "think we're their personal maids"),
        ("Dr. Whoever-Approved-This-Schedule: you're a sadist. A total sadist.",
         "tone.insult-person", "warning", "sadist"),
        # French
        ("Les gestionnaires de cet hôpital sont des incompétents. Ils ne savent rien du terrain.",
         "tone.insults", "warning", "des incompétents"),
        ("Quelle bande d'idiots au ministère.", "tone.insults", "warning", "bande d'idiots"),
        ("My favourite patients are the ones who self-diagnose on Reddit and then argue with me "
         "for 20 minutes. Said no doctor ever.", "tone.mocking-patient", "warning",
         "Said no doctor ever"),
        ('Another night, another "10/10 pain" patient eating Doritos and scrolling TikTok. Sure.',
         "tone.mocking-patient", "warning", 'another "10/10 pain" patient'),
        ('Shout out to the family who told me I looked "too young and too brown" to be a real '
         "doctor. Bigots, the lot of them.", "tone.insult-person", "warning",
         "Bigots, the lot of them"),
        ("Calling it now: the new ER director will last 6 months. Zero clue, all buzzwords, "
         "typical MBA.", "tone.insult-person", "warning", "Zero clue, all buzzwords, typical MBA"),
        ("These entitled millennial parents want antibiotics for every sniffle.",
         "tone.disparage-patients", "warning", "entitled"),
        ("Antibiotics for a sniffle? Sorry, Karen, your kid has a cold.",
         "tone.condescending-reply", "warning", "Sorry, Karen"),
        ('Ah yes, another physician "influencer" selling supplements on Instagram. Sell-outs.',
         "tone.insult-person", "warning", "Sell-outs"),
        ("If you're a nurse and you voted for this government, you deserve the staffing crisis. "
         "Enjoy.", "tone.mocking-patient", "warning", "you deserve the staffing crisis"),
        ("The hospitalists here treat the ER like their personal triage service. Do your own "
         "admissions, princesses.", "tone.condescending-reply", "warning", "princesses"),
        ("My coworker microwaved fish in the break room again. Some people were raised by wolves.",
         "tone.mockery", "warning", "people were raised by wolves"),
        ("Patients from the reserve always no-show. It's exhausting.", "tone.sweeping-remark",
         "warning", "always no-show"),
        ("Surgeons are the reason nurses drink.", "tone.sweeping-remark", "warning",
         "are the reason nurses drink"),
        ("That's it, I'm done being polite. Anti-vaxxers are murderers and I'll say it louder.",
         "tone.insult-person", "warning", "murderers"),
        ("Why do we still let chiropractors call themselves doctors? Glorified back crackers.",
         "tone.insult-person", "warning", "Glorified back crackers"),
        ('Unpopular opinion: most of the "long COVID" patients I see are just deconditioned and '
         "anxious. Fight me.", "tone.mocking-patient", "warning",
         'most of the "long COVID" patients'),
        ("Watch the senator's speech from last night again. Word-finding pauses, left facial "
         "droop. That's a TIA at minimum.", "tone.public-figure-diagnosis", "warning", "TIA"),
        ("That shuffling gait in Biden's latest clip is textbook Parkinsonism.",
         "tone.public-figure-diagnosis", "warning", "Parkinsonism"),
        ("That pop star's tremor in last week's interview?? Either textbook Graves' or something "
         "she's putting up her nose.", "tone.public-figure-diagnosis", "warning", "Graves'"),
        ("@kev_rn maybe read the guideline for once.", "tone.condescending-reply", "warning",
         "maybe read the guideline for once"),
        ("@vaxtruth_88 Wow, a YouTube certificate AND a keyboard. Please, professor, tell us "
         "again how horse paste cures everything, we're all taking notes.",
         "tone.condescending-reply", "warning", "we're all taking notes"),
        ("You watched a 6-minute video? Clearly that outweighs my 12 years of training.",
         "tone.condescending-reply", "warning", "Clearly that outweighs"),
        ("@germtheoryisfake Please, do continue explaining virology to an infectious disease "
         "physician. I'll get popcorn.", "tone.condescending-reply", "warning",
         "Please, do continue explaining"),
        ("The birth plan says lavender oil only. See you at the crash section, sweetie 😇",
         "tone.condescending-reply", "warning", "sweetie"),
        ("I AM SO ANGRY I CAN'T EVEN TYPE STRAIGHT. Four hours on hold for a prior auth. For "
         "INSULIN. I'm literally shaking.", "tone.enraged", "warning", "ANGRY"),
        ("Mrs. K pressed her bell 47 times last shift and I swear the old bat does it to torture "
         "me.", "tone.insults", "warning", "old bat"),
        ("Naturopaths are just people who failed organic chem and opened a Shopify store.",
         "tone.disparage-colleagues", "warning", "failed organic chem"),
        ("Psychiatry is the laziest specialty in the building, I swear.",
         "tone.disparage-colleagues", "warning", "laziest"),
        ("Took a sock off today and some of the foot came with it. Some of y'all have never met "
         "soap.", "tone.mockery", "warning", "never met soap"),
        ("Sorry my handover wasn't formatted to your liking, your highness.",
         "tone.condescending-reply", "warning", "your highness"),
        ("not gonna lie the guy in bed 12 tonight was a solid 10/10, I volunteered for the bed "
         "bath so fast 🫣", "tone.innuendo", "warning",
         "guy in bed 12 tonight was a solid 10/10, I volunteered for the bed bath so fast 🫣"),
        ("Fair cop mate, but you're still the galah who ordered a CT head for a stubbed toe.",
         "tone.insults", "warning", "galah"),
        ("Physician associates are glorified HCAs with a stethoscope.",
         "tone.disparage-colleagues", "warning", "glorified"),
        ("Hot take: hospital administrators are the biggest parasite in healthcare.",
         "tone.disparage-colleagues", "warning", "parasite"),
        ("Unpopular opinion but female surgeons just aren't built for trauma.",
         "tone.sweeping-remark", "warning", "just aren't built for"),
        ("Kaylee Strand's IG live last night is textbook bipolar I. Called it months ago.",
         "tone.public-figure-diagnosis", "warning", "bipolar"),
        ("That striker's meltdown after the red card? Classic narcissistic personality disorder.",
         "tone.public-figure-diagnosis", "warning", "narcissistic"),
        ("Orthopods will literally scope anything with a pulse.", "tone.disparage-colleagues",
         "warning", "anything with a pulse"),
        ("That pop star's choreography at the awards last night is textbook tardive dyskinesia.",
         "tone.public-figure-diagnosis", "warning", "dyskinesia"),
        ("Thank you so much for your input, Gary. I'll be sure to present your Facebook "
         "research at our next M&M.", "tone.condescending-reply", "warning",
         "your Facebook research"),
        ('Anyone else notice the "allergic to everything except Dilaudid" crowd always shows up '
         "at shift change?", "tone.patient-slang", "warning",
         "allergic to everything except Dilaudid"),
    ],
)
def test_unprofessional_tone_is_flagged_on_the_right_words(
    analyzer: Analyzer, text: str, rule: str, severity: str, span: str
) -> None:
    assert (rule, severity, span) in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "14-hour shift, exhausted, going to bed",
        "I respectfully disagree with the new guideline: the trial excluded older adults.",
        "Congratulations to Dr. Patel, our new chief of surgery!",
        "Huge thanks to our nurses, you were amazing tonight",
        "This stupid printer jammed again",
        "My dog ate my stethoscope. Send help 😂",
        "Flu shot clinic Saturday 9-12 at 45 Main St, call 902-455-0142",
        "Take 455 mg with food; flight 717 lands at 8008 Airport Rd",
        "The patient is hot to touch, temp 39.2",
        "Dick-Read's natural childbirth methods were ahead of their time",
        "Honey is not safe for babies under 1 year",
        "The giants are trash this year",
        "Michael J. Fox has been open about living with Parkinson's",
        "Asking questions doesn't make you stupid",
        "Thank you, clown college alumni, for the hospital visit today",
        "Hot water bottle burns are common in winter",
        "The clown doctors visited our paediatric ward today and the kids loved it!",
        "Hospital clowns make the paeds ward brighter every Thursday.",
        "Dr. Chen is clearly an expert in dementia care; her talk was superb.",
        "Michael J. Fox is clearly thriving, and his foundation funds Parkinson's research.",
        # the NER calls "COVID" a person: no insult is aimed at it
        "Beware of grifters selling fake COVID cures online; talk to your pharmacist instead.",
        "Do they even need antibiotics? For most ear infections, no. Ask your pharmacist.",
        "A bunch of new guidelines dropped today 🙄 reading them all tonight.",
        "Haha at the nurses who surprised me with a birthday cake, you're the best.",
        # a verdict on a situation, on the nurses' behalf
        "It's a disgrace that nurses in this province haven't had a raise in 5 years.",
        "Parasites like giardia are common in backcountry water; filter or boil it.",
        "Cowboys rodeo this weekend: wear a helmet, and we'll see you in the ER anyway.",
        "Chronic complainers? No: chronic pain patients deserve to be heard.",
        "Immigrants make up a third of our nursing staff and we couldn't run without them.",
        "Is psychiatry real medicine? Absolutely, and here's the evidence.",
        "Drunk driving deaths rise over the holidays. Plan a ride home.",
        # a complaint in quotes may quote a misdiagnosis; "patients" in a simulation are actors
        'Her "anxiety" turned out to be a PE. Listen to your patients.',
        'These "patients" in the sim were all actors from the drama school!',
        "Patients deserve the best care we can give, every single time.",
        "Dennis the Menace costume at the paeds ward party today!",
        # a pet name said to the author's own child
        'My daughter asked why I work nights. "Because people get sick at night too, sweetie."',
        # said of a thing, next to a profession
        "We were sent out as social workers for a week. Everyone knew how useless the plan was.",
        # a put-down phrase denied: "more than", "not"
        "Pharmacists are so much more than pill counters; thank you for catching that interaction.",
        "Nurses are not pill counters or bed pushers, they are clinicians.",
        "Nurses, stop pretending everything is fine when staffing is this short. Speak up.",
        "Slap cheek is going around daycares, here's what parents should know.",
        # a put-down said of a thing next to a colleague, or of the pay
        "It's embarrassing how little our nurses are paid.",
        "My first suture was lousy but my attending was patient.",
        "Staffing is a nightmare and nurses are burning out.",
        "Residents who couldn't match this year: you are not alone, reach out.",
        "Neuro checks every hour are useless after day 3, says the new guideline.",
        # firm disagreement with a troll, and gymnastics that are gymnastics
        "@truthbomb We'll have to agree to disagree, but I appreciate you reading.",
        "@hater_doc You're right that night shifts are hard on everyone. I'm not arguing that.",
        "Congratulations to our gymnastics team on winning the provincial title!",
        "My patient is off her meds again and struggling; we're working on it.",
        "Parking at the hospital is a nightmare, please fix it.",
        # from Unhealthy Conversations' healthy comments: a verb, a species, a plain group
        "You can fool some of the people all the time, as the saying goes.",
        "Homo sapiens evolved in Africa; our genes still remember it.",
        "Those people who waited 4 hours for a vaccine deserve better.",
        "This shift was a nightmare but the nurses were incredible.",
        # a slang label named as a label
        'The "frequent flyer" label is stigmatizing. Let\'s stop using it.',
        "She refuses to die without seeing her grandson, and honestly, good for her.",
        # "the board" is a group of people; "the board exam" is a thing
        "The board exam is a joke, everyone knows it.",
        "Congrats to our new chief of medicine, Dr. Osei! Well deserved.",
        # joy and public health in capitals are not anger
        "HAPPY NURSES WEEK TO THE BEST TEAM IN THE WORLD!!! LOVE YOU ALL!!!",
        "PLEASE GET YOUR FLU SHOT THIS YEAR!!! IT IS FREE AND IT TAKES FIVE MINUTES!!!",
        "FLU CLINIC THIS SATURDAY AT THE COMMUNITY CENTRE, 9 TO 3, NO APPOINTMENT NEEDED",
        "The flooding was a complete disaster for the clinic, but the nurses were heroes.",
        "You deserve cancer care close to home, and so does everyone in this county.",
        "Smokers deserve their cancer screening without judgment.",
        "Our printer broke again. Useless.",
        "I disagree with the minister's plan; rural ERs need more staff, not fewer.",
        "The new splint is as sturdy as a plaster cast and half the weight.",
        "To the new grads starting Monday: you will be great. Get a life outside work too!",
        "Smokers should quit, and we'll help: free patches at the pharmacy.",
        "People with uncontrolled seizures shouldn't be allowed to drive until they're "
        "seizure-free.",
        "#NursesOfTwitter anyone else work with a charge nurse who is an absolute saint?",
        "My daughter dressed as a witch for Halloween and the nurses loved it.",
        # the author's own limits, and a put-down quoted to answer it
        "@ellie_b I can't read your MRI over Twitter, but your doctor can go through the report "
        "with you.",
        'Respectfully, I disagree with the op-ed claiming nurse practitioners are "doctors '
        'lite." NPs are a distinct profession.',
        "Boobs, butts and bellies: our breast, colorectal and GI screening clinic is open "
        "Saturdays. Book now!",
        "The grill is smoking hot, burgers in 5 for the staff BBQ!",
        "Ramadan tip for clinicians: talk with fasting patients about adjusting diabetes meds.",
        "Nothing like a patient who remembers your name to make your whole week.",
        "Residents these days are under more pressure than ever. Check in on them.",
        "Every nurse deserves to lose the guilt about taking a break.",
        "Our team ran 3 codes tonight and saved all of them. Bunch of legends.",
        "Maybe stop smoking if you want to feel better, it's the best thing you can do for your "
        "lungs.",
        # what a profession says or does not know, and praise that denies the put-down
        "Doctors say the worst of flu season is still ahead. Get your shot.",
        "Pharmacists warn that mixing opioids and alcohol is dangerous.",
        "Dr. Patel warned that mixing opioids and alcohol is dangerous.",
        "Our nurses have no idea how much we appreciate them.",
        "The surgeon had no idea I used to work in her department. Small world!",
        "Dr. Nguyen is the least lazy person I know, she never stops.",
        # a profession's worth, defended
        "Nurses are not just order takers, they are the backbone of the hospital.",
        "Residents are just trainees, so supervise them properly and give them feedback.",
        "I feel dumber after reading this thread.",
        "Our new splint is as light as a feather and as strong as a cast.",
        'We saw another "pre-diabetes" patient today: the label helps start the conversation.',
        'Her "anxiety" turned out to be a PE. Listen to women.',
        "Grow up, eat your vegetables, wear sunscreen: the best advice I got from my mom.",
        "Watching our NICU grads grow up. Best part of the job.",
        "Drivers with uncontrolled seizures may have their licence taken away; talk to your "
        "neurologist.",
        "Thanks to our hospital clown, the kids had the best afternoon.",
        "Our therapeutic clown, Dr. Giggles, visits on Fridays.",
        "Burnout is not laziness. Residents need rest.",
        "Smoking is a plague on rural health. Quit lines help.",
        "Our CNAs are heroes. Thank you for everything.",
        # a one-word put-down quoted to answer it, as a phrase is
        'Respectfully, I disagree with the op-ed calling nurses "lazy." We are exhausted, not '
        "lazy.",
        "Sorry not sorry, I'm taking all my vacation days this year!",
        "You finished your MPH and now you're an epidemiologist! So proud of you, Sam.",
        "Watching my toddler try to use chopsticks is like watching a penguin fly.",
        "Our OB unit is hiring! Come work with the best nurses in the province.",
        "Residents: bedside manner is a skill. No bedside manner course? Ask for one.",
        "I haven't seen a patient since March because of my surgery. Back Monday!",
        "Huge thanks to our clinical instructors, the best educators I know.",
        "Our new palliative unit is like a hotel for families: quiet rooms, a kitchen, a garden.",
        "Paid $40 for parking at the hospital today. What a racket.",
        "Bought a 'detox tea' at the mall to see what's in it. Senna and sugar. What a scam.",
        "Can you donate crayons to our peds unit? The kids love colouring.",
        "Our unit won the hand hygiene award. Proud team.",
        "Our leech therapy program saved a reattached finger this week. Leeches, the unsung "
        "heroes!",
        "We need to stop complaining and start organizing. Join the union meeting Tuesday.",
        # real con artists, whom someone is targeted by or protected from
        "Seniors are targeted by con artists; our social worker can help if you are worried "
        "about a parent.",
        "Protect yourself from quacks selling miracle cures, says our pharmacist.",
        # record software, named like an organisation, is a thing
        "The new EHR is a total joke, the nurses hate it.",
        "Epic is useless, nurses spend half the shift clicking boxes.",
        # patients with a word that is no sigh, or the sentence going on
        "Some of our patients, honestly, wait three years for a hip.",
        "Some of our patients, man, are the kindest people I know.",
        # a friend's pet name among congratulations; care for all, a joke about quitting
        "Congrats to my co-resident Dr. Hamza Ali on matching to cardiology at McGill! So proud "
        "of you, buddy.",
        "Every patient gets the care they deserve, full stop.",
        "Smokers: quitting puts you at the back of the line for lung cancer.",
        # shame that is one's own, or no colleague's
        "I should be ashamed of how long it took me to learn this.",
        "Politicians who cut nurse funding should be ashamed.",
        # what a patient is told, quoted; a patient's question answered without a laugh; Karen,
        # a colleague; a road, not a hospital
        'Told my patient "Ma\'am, you did everything right." She cried. So did I. \U0001f602',
        "Patient asked if his Fitbit could replace his ECG. Sir, it can't, but it is a good start.",
        "Thanks Karen for covering my shift, you're a star! \U0001f602",
        "Go back to your family doctor if the cough lasts more than three weeks.",
        "That intersection by the school is a death trap. Slow down, please.",
        # a study tip
        "Do your research before the ACLS exam. Good luck, everyone!",
        # a colleague in costume; pay spoken of without contempt
        "Our charge nurse dressed as a witch for Halloween and the kids on peds loved it.",
        "Nurses are not just there for the paycheck, but the paycheck matters. Fund the raise.",
        # a reader thanked; a reader told to sit when dizzy
        "To all our volunteers: you are the reason I became a nurse. Thank you.",
        "@dizzy_dee if you feel faint when you stand, sit down and drink some water first.",
        # a label that names a service or a topic, beside an office-holder
        "The mayor opened our new dementia unit today. Proud day.",
        "The premier toured our ADHD clinic this morning.",
        "The minister announced funding for dementia care.",
        "The dean gave a great talk on bipolar disorder today.",
        # a clown hired, a stance without an insult, delight that is real
        "We hired a clown for the peds ward party!",
        "Our hospital clowns bring so much joy to the kids on 4B.",
        "The pro-life crowd rallied outside the legislature today.",
        "A patient's daughter filmed a thank-you video for the night staff 🥹 Truly the highlight "
        "of my career.",
        # a claim named to push back on it; pay named plainly
        "I agree with most of this thread, but I'd push back on the idea that all chiropractors "
        "are quacks. Some do good work.",
        # what the author calls themselves, or was called, in French; a bunch of friends
        "Je me suis senti comme un imbécile en oubliant mon badge.",
        "Ce patient m'a traité d'imbécile, et j'ai répondu calmement.",
        "Une bande d'amis est venue visiter leur grand-mère aujourd'hui.",
        "We are their nurses, not their maids, and we're proud of it.",
        "I love 12-hour night shifts with no break, said no nurse ever.",
        "The murderer was brought into our ER in handcuffs last night.",
        "Our crazy talented nurses pulled off a miracle tonight.",
        "Nurses always drink too much coffee on nights, me included ☕",
        "Hot take from an ER nurse: the waiting room is the most dangerous place in the hospital. "
        "We need more staff out there.",
        "Patients who no-show are often the ones with the biggest barriers. Call them back.",
        "Our mentors are the reason we stay in nursing. Thank you, 4 West.",
        "The new ER director has an MBA and a nursing background. Curious to see what she brings.",
        'My colleague just called a patient "a waste of a bed" at the nursing station. I reported '
        "it. That's not who we are.",
        'Our "long COVID" clinic now has a 6-month wait. We need funding, not more press releases.',
        "Twelve kids with croup tonight. Glorified steam tent operators, all of us, and proud "
        "of it!",
        "After 31 years on the road, today was my last shift. Time to sleep through the night "
        "for once 🚑",
        "To everyone who brings us cookies: you have no idea how much it means on a hard week.",
        "The senator laid a wreath at the war graves today.",
        "Our MP toured the stroke unit today. We talked about TIA clinic wait times.",
        "Great question! Please tell us more about your study design at the poster session.",
        "My patient is allergic to everything except acetaminophen, so pain control is hard. "
        "Ideas?",
        'Can we retire "frequent flyer"? Those are people with unmet needs.',
        'A relative told me tonight I was "a useless foreign doctor who should go back where he '
        "came from\". I'm sharing this because it's not okay.",
        "PSA: antibiotics don't work on colds. Honey, fluids, rest. See a doctor if you're short "
        "of breath.",
        "He never once left a patient waiting without an apology and a joke.",
        "To every patient who says thank you: you have no idea how far that carries a night "
        "shift.",
    ],
)
def test_hard_negatives_stay_below_warning(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


def test_obfuscated_terms_never_match_plain_numbers() -> None:
    numbers = [str(n) for n in range(0, 100000, 7)] + ["455", "717", "8008", "80085", "5h17"]
    tone = load_packs()["tone"]
    for rule in tone.rules:
        shared = rule.pattern or (rule.offline or {}).get("pattern")
        if shared is None:
            continue
        pattern = re.compile(shared, re.I | re.A)
        hits = [n for n in numbers if n.isdigit() and pattern.fullmatch(n)]
        assert hits == [], f"{rule.id} matches the numbers {hits[:5]}"


def test_advice_and_tone_rules_are_fast_once_the_post_is_parsed(analyzer: Analyzer) -> None:
    """The parse is cached per line; the rules and detectors of both packs must stay cheap."""
    posts = [
        (
            f"{i} @sarah_k you should double your metformin to 1000 mg twice a day. Another "
            "frequent flyer drug seeker in bed 3 tonight, these pts are so needy!!! Trump clearly "
            "has dementia and the nurses at Kingston General are useless. Sounds like you have "
            "shingles"
        )[:280]
        for i in range(20)
    ]
    for post in posts:
        analyzer.analyze(post, packs=["advice", "tone"])  # parse once
    times = []
    for post in posts * 3:
        start = time.perf_counter()
        analyzer.analyze(post, packs=["advice", "tone"])
        times.append(time.perf_counter() - start)
    # The median, not the tail, and a generous bound: this guards against a pathological pattern
    # (a detector that takes 100 ms), not against other processes on a shared test machine.
    median = statistics.median(times)
    assert median < 0.025, f"median {median * 1000:.1f} ms"


@pytest.mark.parametrize(
    ("text", "rule", "span", "start"),
    [
        (
            "Anesthesiologists think they are better than the rest of us.",
            "tone.sweeping-remark",
            "think they are better",
            18,
        ),
        (
            "Most paramedics couldn't read an ECG to save their lives.",
            "tone.sweeping-remark",
            "to save their lives",
            37,
        ),
        ("Addicts always lie about how much they use.", "tone.sweeping-remark", "always lie", 8),
        (
            "Neurosurgeons think they're gods, the rest of us are furniture.",
            "tone.sweeping-remark",
            "think they're gods",
            14,
        ),
        (
            "Women in medicine just aren't cut out for surgery.",
            "tone.sweeping-remark",
            "just aren't cut out for",
            18,
        ),
        (
            "These entitled med students think they're too good to do a rectal exam.",
            "tone.sweeping-remark",
            "think they're too good to",
            28,
        ),
        (
            "Immigrants abusing our ERs is why the wait is 12 hours.",
            "tone.sweeping-remark",
            "abusing our ERs",
            11,
        ),
        (
            "Gen surg consults are a black hole. They never call back.",
            "tone.sweeping-remark",
            "never call back",
            41,
        ),
        (
            "If your kid has a 37.8 and you bring them to the ER at 3am you deserve a 9 hour wait",
            "tone.mocking-patient",
            "you deserve a 9 hour wait",
            59,
        ),
        (
            'Not gonna lie, some of these "patients" are just here for a sandwich.',
            "tone.mocking-patient",
            'some of these "patients"',
            15,
        ),
        (
            "Some folks really do treat the ED like a hotel.",
            "tone.mocking-patient",
            "treat the ED like a hotel",
            21,
        ),
        (
            "Daughter of the patient in 14 called five times tonight demanding updates. Lovely.",
            "tone.mocking-patient",
            "Lovely",
            75,
        ),
        (
            "The execs at Valley Health don't give a crap about us.",
            "tone.swearing-at-colleagues",
            "don't give a crap",
            27,
        ),
        (
            "Screw hospital management and their pizza parties.",
            "tone.swearing-at-colleagues",
            "Screw",
            0,
        ),
        (
            "@truthseeker educate yourself, then come back.",
            "tone.condescending-reply",
            "educate yourself",
            13,
        ),
        (
            "@vaxtruther maybe go back to med school, then we can talk.",
            "tone.condescending-reply",
            "maybe go back to med school",
            12,
        ),
        (
            "@vaxtruther read something before tweeting nonsense about vaccines.",
            "tone.condescending-reply",
            "before tweeting nonsense",
            27,
        ),
        (
            "Mrs. regular is here again with her 'chest pain' 🙄",
            "tone.condescending-reply",
            "🙄",
            49,
        ),
    ],
)
def test_remarks_without_an_insult_word_are_warnings_at_their_words(
    analyzer: Analyzer, text: str, rule: str, span: str, start: int
) -> None:
    findings = [f for f in analyzer.analyze(text, packs=["tone"]) if f.rule == rule]
    assert [(f.pack, f.severity, f.text, f.start, f.end) for f in findings] == [
        ("tone", "warning", span, start, start + len(span))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I disagree with Dr. Ahmed's read of the trial, but he raises fair points.",
        "Pharmacists always catch the interactions I miss. Grateful.",
        "Residents never get enough sleep, and that is a system failure, not theirs.",
        "The new policy cuts nurse staffing, which worries me.",
        "Educate yourself about stroke signs: BE FAST.",
        "Do your homework on your insurance plan before open enrolment ends.",
        "Discharged home after three weeks in the unit. Wonderful.",
        "Fantastic news: our door-to-needle time hit 25 minutes!",
        "The patient in bed 3 smells of ketones, check a glucose.",
        "Mercy General is hiring night nurses, great team.",
        "Not all surgeons think they're gods; ours is lovely.",
        "Twelve-hour shift, three codes, no lunch. Going to sleep for a week.",
        "I felt like an idiot forgetting my stethoscope on day one.",
        "Paediatricians do amazing work with tiny doses. In awe.",
    ],
)
def test_respectful_posts_about_groups_and_policy_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize("rule_id", ["tone.patient-slang", "tone.insults"])
def test_label_rules_offline_pattern_is_the_detectors_words_compiled(rule_id: str) -> None:
    """The extension runs offline.pattern; the service runs the detector over the same options."""
    rule = next(r for r in load_packs()["tone"].rules if r.id == rule_id)
    assert rule.offline is not None
    assert rule.offline["pattern"] == compile_terms(**rule.options)


def test_insults_offline_skips_what_the_detector_says_of_oneself() -> None:
    """Offline, the extension drops a name the author calls themselves as the detector does."""
    rule = next(r for r in load_packs()["tone"].rules if r.id == "tone.insults")
    assert rule.offline is not None
    assert rule.offline["unless_before"] == SELF_BEFORE.pattern


def test_slang_quoted_to_condemn_it_is_quiet_but_used_slang_is_not(analyzer: Analyzer) -> None:
    quoted = 'We need to stop calling patients "frequent flyers". They have unmet needs.'
    assert flagged(analyzer, quoted) == []
    used = 'Our "frequent flyer" is back, third time this week'
    assert ("tone.patient-slang", "warning", "frequent flyer") in flagged(analyzer, used)
    named = '"Drug seeker" is a label that gets people killed. Treat the pain.'
    assert flagged(analyzer, named) == []


def test_a_reply_with_a_pet_name_is_condescending_whatever_it_says_of_ones_family(
    analyzer: Analyzer,
) -> None:
    text = "@mom_of3 oh sweetie, my kids are vaccinated and so should yours be"
    assert ("tone.condescending-reply", "warning", "sweetie") in flagged(analyzer, text)


def test_calling_oneself_a_name_is_quiet_but_calling_someone_is_not(analyzer: Analyzer) -> None:
    assert flagged(analyzer, "I was an idiot to skip lunch before a 12-hour shift.") == []
    assert ("tone.insults", "warning", "idiot") in flagged(analyzer, "The idiot on 4B paged me")


@pytest.mark.parametrize(
    "text",
    [
        # a reason denied is no insult
        "Not because anyone at the hospital was lazy or rude, the nurses there were drowning "
        "just like us.",
        "It's not that the residents are lazy, they are exhausted.",
        # gratitude: "you have no idea how long those cards stay up"
        "To every patient who's dropped a thank-you card to the ward: you have no idea how long "
        "those cards stay up on the staff room wall. Thank you.",
    ],
)
def test_denials_and_gratitude_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


def test_an_insult_undenied_is_still_one(analyzer: Analyzer) -> None:
    assert flagged(analyzer, "These lazy surgeons never round before noon.") == [
        ("tone.disparage-colleagues", "warning", "lazy")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # contempt for a profession or a hospital without a swear word
        ("Whoever is running the Boots on Patrick St must be hiring pharmacists out of a "
         "cereal box.", ("tone.disparage-colleagues", "warning", "out of a cereal box")),
        ("The triage nurses there treat medics like furniture.",
         ("tone.disparage-colleagues", "warning", "treat medics like furniture")),
        ("DO NOT take your mom to St. Anselm's. Their ER staff couldnt find a bleed if it was "
         "squirting them in the face.", ("tone.disparage-colleagues", "warning", "couldnt find")),
        ("Every year the pharmacists get a little more scope. Sure, let's have the people who "
         "count pills do diagnostics.",
         ("tone.disparage-colleagues", "warning", "people who count pills")),
        # sarcasm for a troll
        ("@VaxTruthSeeker Oh absolutely, the thousands of RTs who bagged patients in 2021 were "
         "all paid actors. Must be cozy in your version of reality.",
         ("tone.condescending-reply", "warning", "your version of reality")),
        ("@VaxTruthSeeker Enjoy the horse paste.",
         ("tone.condescending-reply", "warning", "Enjoy the horse paste")),
        # a public figure diagnosed two sentences on, past a fragment the parser split off
        ("Watch the Premier's presser from this morning. Word-finding pauses, the left corner of "
         "his mouth drooping, keeps gripping the podium with his right hand. Twenty years of "
         "triage tells me that man has had a stroke.",
         ("tone.public-figure-diagnosis", "warning", "a stroke")),
    ],
)
def test_contempt_sarcasm_and_a_remote_diagnosis_without_swearing(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "I should be embarrassed by how many snacks I ate on night shift.",
        "Our pharmacists count pills and so much more: they caught three interactions today.",
        # "hot" among the signs of heatstroke
        "Heatwave tips: if someone is confused, hot and has stopped sweating, call 000, that's "
        "heatstroke.",
    ],
)
def test_the_same_words_about_oneself_or_a_sign_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "rule", "words"),
    [
        ("Watching the Taoiseach's press conference and that resting tremor + the word-finding "
         "pauses... early Parkinson's, I'd put money on it", "tone.public-figure-diagnosis",
         "Parkinson"),
        ("Trump is textbook malignant narcissism. Grandiosity, zero empathy.",
         "tone.public-figure-diagnosis", "narcissism"),
        ("@VaxFreeKiwi I'm sure the measles virus will be very impressed by your essential oils.",
         "tone.condescending-reply", "will be very impressed by your"),
        ("@pureblood_mum Wow, you did your own research? On YouTube? Incredible.",
         "tone.condescending-reply", "Wow, you did your own research"),
        ("@mikey_d lol stop being a baby and just take the amoxicillin.",
         "tone.condescending-reply", "stop being a baby"),
        ("Stop routing stroke alerts to Northgate Memorial. Their ED docs treat us like we're "
         "delivering pizza. Garbage hospital, garbage attitude.", "tone.disparage-colleagues",
         "Garbage hospital"),
        ("To the ER nurses who roll their eyes at every EMS handoff: you couldn't start a line on "
         "a gravel road if your license depended on it.", "tone.sweeping-remark",
         "if your license depended on it"),
        ("Dad showed up drunk AGAIN at 3am and passed out in the parent room. Some people "
         "genuinely do not deserve kids.", "tone.sweeping-remark", "do not deserve kids"),
    ],
)
def test_more_remote_diagnoses_sarcasm_and_contempt(
    analyzer: Analyzer, text: str, rule: str, words: str
) -> None:
    assert (rule, "warning", words) in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Wow, you did it! Congrats on finishing your first marathon, Priya.",
        "How much? The new parking rates at our hospital are a lot, but I get why.",
        "I honestly don't deserve this team. Thank you for covering my shift.",
        "Our pharmacy is a liability-free zone: we double-check every dose.",
        "@sam_r maybe if you quit smoking the cough would finally clear, worth a try.",
    ],
)
def test_the_new_cues_leave_praise_and_questions_alone(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bodily illness read off a public figure on a screen, or a workup ordered for them
        ("Watched Senator Blackwood's presser and that's pretty clearly rosacea with early "
         "rhinophyma lol", ("tone.public-figure-diagnosis", "warning", "rosacea")),
        ("Watched the minister's press conference. Slurred words, left side of his face not "
         "moving properly — somebody get that man a CT before he cuts another budget line.",
         ("tone.public-figure-diagnosis", "warning", "get that man a CT")),
        # past a piece the parser split off at "and"
        ("Watch the footage of Senator Whitcombe at yesterday's presser. Temporal wasting, new "
         "fullness at the left supraclavicular area, collar suddenly two sizes too big. Heme-onc "
         "for 20 years and I'd put money on a lymphoma.",
         ("tone.public-figure-diagnosis", "warning", "lymphoma")),
        # sarcasm in a reply to a troll
        ("@vaxtruthwarrior88 Fascinating. Please tell me more about how your chiropractor's "
         "energy scan outperforms the MRI I read. I'll wait.",
         ("tone.condescending-reply", "warning", "I'll wait")),
        ("@TruthSeeker_77 Apricot kernels, wow. Can't believe 30 years of oncology training "
         "missed that one.", ("tone.condescending-reply", "warning",
                              "Can't believe 30 years of oncology training missed")),
        ("@truthseeker77 Amazing how you know exactly how a nursing station should be run. Must "
         "be all that research you do between YouTube videos.",
         ("tone.condescending-reply", "warning", "Must be all that research")),
        ("@DrMomTruth Oh absolutely, three Facebook groups and a podcast definitely outweigh 40 "
         "years of RCTs. Please tell me more about how turmeric cures sepsis, I'll grab a pen.",
         ("tone.condescending-reply", "warning", "I'll grab a pen")),
        # a verdict on a profession or a hospital named two sentences before
        ("City paramedics love to tell me about their hard calls. Come do one week up here with "
         "no backup and then talk to me. Glorified taxi drivers, most of them.",
         ("tone.insult-person", "warning", "Glorified taxi drivers")),
        ("Don't bother sending your facial swellings to St. Brendan's ER in Corner Brook. "
         "They'll hand out Tylenol 3s and send them right back. Useless, every single time.",
         ("tone.insult-person", "warning", "Useless")),
    ],
)
def test_remote_diagnoses_troll_sarcasm_and_late_verdicts(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The premier announced new lymphoma funding at today's presser, great news for our "
        "patients.",
        "Senator Whitcombe survived lymphoma in 2019 and now chairs the cancer caucus, grateful "
        "for her advocacy.",
        "@mike_rn send me the link, I'll wait for it before our meeting",
        "Who needs a gym when you can take the stairs! Small changes add up.",
        "Our new charting system went live today. Three crashes before lunch. Useless, every "
        "single time.",
    ],
)
def test_public_figures_own_news_sincere_replies_and_verdicts_on_things_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # anger said twice in so many words, no capitals needed
        ("just got written up for being 4 min late after staying 2 HOURS over last night unpaid. "
         "I'm shaking. I can't even type properly rn I am so angry at this place",
         ("tone.enraged", "warning", "angry")),
        # a lone verdict on a hospital named before; mocking without an insult word
        ("If one of your divers gets bent, do NOT let them go to the chamber at Coral Shores "
         "Regional. Amateur hour from top to bottom. Drive the extra hour to Miami.",
         ("tone.insult-person", "warning", "Amateur hour from top to bottom")),
        ("Some of the punters we get through Taupō urgent care on a Sunday are honestly dumber "
         "than a box of rocks.", ("tone.mockery", "warning", "dumber than a box of rocks")),
        ("Residents who page me at 0400 for a tylenol order that is LITERALLY already on the "
         "MAR... Do they even teach that in med school anymore",
         ("tone.mockery", "warning", "Do they even teach that in med school anymore")),
        ("@freedomdave1776 Thanks for the feedback. I'll be sure to weigh your three YouTube "
         "videos against my 19 years of training and the entire Cochrane Library.",
         ("tone.condescending-reply", "warning", "against my 19 years of")),
        # figures on their own channels and in office, and in French
        ("Watching @WellnessWithBree's latest reel: pressured speech, grandiosity, hasn't slept "
         "in 3 days. That's hypomania, not high vibrational energy.",
         ("tone.public-figure-diagnosis", "warning", "hypomania")),
        ("The Health Secretary looks like he hasn't slept since 2019, and that puffy face plus "
         "the thinning eyebrows scream hypothyroid to me",
         ("tone.public-figure-diagnosis", "warning", "hypothyroid")),
        ("Franchement, quand je regarde Trump en conférence de presse, c'est un tableau classique "
         "de trouble de la personnalité narcissique.",
         ("tone.public-figure-diagnosis", "warning", "narcissique")),
    ],
)
def test_anger_said_twice_verdicts_and_figures_on_screens(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "I was so angry about the cuts, but proud of how our team came together today.",
        "Our hypothyroidism clinic opens Monday; the minister announced funding at today's "
        "presser.",
        "Proud to support Dr. Lee's research on resting tremor in Parkinson's disease.",
    ],
)
def test_anger_once_and_conditions_as_topics_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label as a hashtag
        ("Third visit this week for the same hangnail. #frequentflyer #nightshift",
         ("tone.patient-slang", "warning", "#frequentflyer")),
        # a diagnosis from a screen, the figure named by role, no "that" before it
        ("Does pop star Lena Vo 100% have postpartum psychosis? Watch her last live.",
         ("tone.public-figure-diagnosis", "warning", "psychosis")),
        ("Watched the governor's press conference. That gaze is a sixth nerve palsy until proven "
         "otherwise.", ("tone.public-figure-diagnosis", "warning", "sixth nerve palsy")),
        ("Senator Ruiz at yesterday's presser, slurring all through it. Get that man to a "
         "stroke clinic.",
         ("tone.public-figure-diagnosis", "warning", "Get that man to a stroke clinic")),
    ],
)
def test_hashtag_labels_and_figures_named_by_role(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Earned my #frequentflyermiles this year, off to the conference 🛫",
        "So proud of singer Maya Trell for opening up about her postpartum depression on her "
        "podcast.",
        "Me after a 14-hour shift: calls myself an idiot for leaving my keys in the fridge 🙃",
        "@dan_h that's a stroke until proven otherwise, call 911 now.",
    ],
)
def test_tags_own_news_self_mockery_and_triage_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # exasperation told to the reader about a patient, with a laugh
        ("Gentleman at our counter wanted his expired EpiPen 'topped up' 💀 Sir.",
         ("tone.mocking-patient", "warning", "Sir.")),
        ("A man asked if he could microwave his hearing aids to dry them. I can't 😂",
         ("tone.mocking-patient", "warning", "I can't")),
        ("Had a mom in our NICU tonight ask if the incubator had Bluetooth 💀 bless her heart",
         ("tone.mocking-patient", "warning", "bless her heart")),
        # a profession the lexicon lacked, and the reach past a one-word sentence
        ("Our new registrar tried to order a CT for a stubbed toe. Again. Worst registrar this "
         "department has ever seen.", ("tone.disparage-colleagues", "warning", "Worst")),
        ("Midlevels running the overnight service alone. They don't know what they don't know.",
         ("tone.disparage-colleagues", "warning", "don't know what they don't know")),
        ("The new locum registrar thinks he's God's gift to the ward.",
         ("tone.disparage-colleagues", "warning", "God's gift to")),
    ],
)
def test_exasperated_laughs_and_professions_disparaged(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "A 5-year-old asked if my stethoscope was a phone to call his mom 😂 I can't. Cutest "
        "patient tonight.",
        "My toddler put the cat food in the dishwasher this morning 😂 I can't",
        "My kid peed himself at the grocery store lol",
        "Our new grads are amazing. Bless. The EHR crashed again and it's a joke.",
        "Pharmacists think that mixing opioids and alcohol is a stupid idea.",
        "Unlicensed drivers caused most of the crashes we saw, says the report.",
        "Huge thanks to our firefighters and dispatchers who worked the highway fire all night.",
    ],
)
def test_fond_laughs_and_verdicts_on_things_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hospital's service is its people
        ("Riverside General's bed management is a joke. Fourth patient boarded in our hallway "
         "this week.", ("tone.disparage-colleagues", "warning", "is a joke")),
        ("St. Agnes sent him back to us at 3am with no notes again. Typical St. Agnes garbage.",
         ("tone.disparage-colleagues", "warning", "garbage")),
        # praise said of a colleague's failure, with a sign that it is sarcasm
        ("The locum left 30 unsigned scripts and a note saying 'sorry' 🙃 Truly inspirational "
         "work.", ("tone.disparage-colleagues", "warning", "Truly inspirational work")),
        ("Love getting referrals from a surgeon who still thinks bed rest fixes backs. Incredible "
         "stuff 👏", ("tone.disparage-colleagues", "warning", "Incredible stuff")),
        # a remark on looks that the parse hangs on the wrong noun
        ("Best part of the tournament: the hot hockey dads at the 7am tape jobs 😏",
         ("tone.sexual-remark", "warning", "hot")),
    ],
)
def test_services_sarcastic_praise_and_looks(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Our nurse Jen ran the code perfectly tonight. Truly inspiring work!",
        "The night nurses covered 3 extra beds 😅 Incredible work, team 👏",
        "The new EHR is a joke.",
        "Hospital garbage bins are overflowing again, facilities says Monday.",
        "We had a hot water tank burst on the unit, nurses mopped for hours",
    ],
)
def test_real_praise_things_and_temperatures_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


def test_a_figures_own_announcement_is_their_news(analyzer: Analyzer) -> None:
    text = ("Sending strength to the Premier after her announcement today about her breast cancer "
            "diagnosis. Her openness matters: book a mammogram through our website.")
    assert flagged(analyzer, text) == []
    guessed = "Watching the Premier's presser today. That tremor is Parkinson's, mark my words."
    assert [rule for rule, _, _ in flagged(analyzer, guessed)] == ["tone.public-figure-diagnosis"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The locum ordered an outpatient MRI for a fly-in community, then complained about the "
         "coffee. Bless his heart.", "Bless his heart"),
        ("Day shift 'forgot' to restock the crash cart. Again. Truly inspiring teamwork, ladies 🙃",
         "Truly inspiring teamwork, ladies"),
        ("The hospitalist at Lakeside paged me at 3am to ask if a normal ECG was normal. Truly the "
         "finest minds of our generation over there.",
         "Truly the finest minds of our generation over there"),
    ],
)
def test_sarcasm_that_needs_no_sign_beyond_itself(
    analyzer: Analyzer, text: str, expected: str
) -> None:
    assert ("tone.disparage-colleagues", "warning", expected) in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout to the locum who covered my clinic all week. Super helpful!",
        "The new registrar sutured the lac beautifully. Real artistry there 👏",
        "Our new grad Emma ran her first code today and kept her cool. Bless her heart, she was "
        "shaking after.",
    ],
)
def test_praise_meant_stays_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Client swore she eats super clean. Food log: donuts every single day 🍩 Sure, Jan.",
         ("tone.mocking-patient", "warning", "Sure, Jan")),
        ("Mom in clinic asked if the CGM causes autism. I genuinely can't with these people.",
         ("tone.mocking-patient", "warning", "can't with these people")),
        ("Avoid Lakeside General if you can. Their cardiology dept is an absolute joke.",
         ("tone.disparage-colleagues", "warning", "an absolute joke")),
        ("Another DKA admitted on sliding scale only. Do they even teach what basal insulin is in "
         "med school anymore?", ("tone.mockery", "warning",
                                 "Do they even teach what basal insulin is in med school anymore")),
    ],
)
def test_memes_at_patients_and_departments_disparaged(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Karen, ok, I'll send the slides tonight",
        "Jan, sure, I'll cover your Friday shift 😊",
        "I can't with these new scrubs, the pockets are perfect 😍",
    ],
)
def test_names_and_delight_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mild swearing aimed at the one a reply answers
        ("@gym_bro_92 no, you cannot take your mate's Cialis before leg day, what the hell",
         ("tone.swearing-at-reader", "warning", "what the hell")),
        ("Buddy. Take the damn metformin with food like the label says.",
         ("tone.swearing-at-reader", "warning", "the damn")),
        ("@wellness_wendy stop rubbing that turmeric crap into his burn",
         ("tone.swearing-at-reader", "warning", "crap")),
        # looks: a trainee by year, an offer made with a smirk
        ("The new SHO on our ward is honestly too hot to concentrate around 🥵",
         ("tone.sexual-remark", "warning", "hot")),
        ("That new anaesthetic tech can hand me the laryngoscope any day 😏",
         ("tone.innuendo", "warning", "tech can hand me the laryngoscope any day 😏")),
        # a diagnosis read off a screen: sleep, prostate
        ("The Opposition Leader dozed off in Question Period again. Classic OSA, someone get him a "
         "sleep study.", ("tone.public-figure-diagnosis", "warning", "OSA")),
        ("Watched the viral clip of the mayor at the rally. Textbook BPH, he left the stage three "
         "times.", ("tone.public-figure-diagnosis", "warning", "BPH")),
        # colleagues and professions run down
        ("Half the hospitalists here still won't touch buprenorphine. Dinosaurs, the lot of them.",
         ("tone.disparage-colleagues", "warning", "Dinosaurs")),
        ("General Hospital keeps sending us their botched hip revisions. Whoever does them should "
         "be kept far away from an OR.", ("tone.disparage-colleagues", "warning", "their botched")),
        ("That locum clearly slept through pharmacology. Did they get their degree on Fiverr?",
         ("tone.disparage-colleagues", "warning", "slept through pharmacology")),
        ("Physios who second-guess every post-op order should just go to med school if they want "
         "to run the plan.",
         ("tone.disparage-colleagues", "warning", "should just go to med school if")),
        ("Do they teach any pharmacology at all in nursing school anymore?",
         ("tone.mockery", "warning", "Do they teach any pharmacology at all")),
        # a community judged as one; the exasperated meme at a patient's kin
        ("Flu again in the Hutterite community. These people would rather lose a grandparent than "
         "get a shot.", ("tone.group-stereotype", "warning",
                         "Hutterite community. These people would rather lose a")),
        ("The dad in bay 2 says the MMR has microchips. My sister in Christ, your daughter has "
         "measles.", ("tone.mocking-patient", "warning", "My sister in Christ")),
        ("Rectal exam practice tonight 😉 I'll bring the lube and the wine",
         ("tone.innuendo", "warning", "😉 I'll bring the lube")),
    ],
)
def test_swearing_at_readers_looks_screens_colleagues_and_communities(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "@jo_b damn, so sorry about your dad. Hugs.",
        "@sam_k damn, you crushed that exam! So proud",
        "Damn, what a shift",
        "Our charge nurse can run a code any day of the week. Legend 🙌",
        "Our new sleep clinic opens Monday; the mayor cut the ribbon and talked about sleep apnea "
        "in truckers.",
        "I totally botched my first IV today and the patient was so kind about it.",
        "Free condoms and lube at the front desk, no questions asked.",
        "Nurses at St. Mary's kept far away from the protest line, as asked",
        "Our PGY-2 presented a great case at rounds today",
    ],
)
def test_sympathy_praise_clinic_supplies_and_own_mistakes_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shouting: a whole post of grievance, or a demand shouted in a post in lower case
        ("FAMILY OF ROOM 12 HAVE NOW CALLED 15 TIMES TODAY. I CANNOT DO MY JOB IF I'M ON THE PHONE "
         "ALL SHIFT.", ("tone.enraged", "warning", "FAMILY OF ROOM 12 HAVE NOW CALLED 15 TIMES "
                        "TODAY. I CANNOT DO MY JOB IF I'M ON THE PHONE ALL SHIFT")),
        ("Two hours waiting for the on-call manager to ring back with a crashing patient. THIS IS "
         "NOT OK. PICK UP YOUR PHONE.", ("tone.enraged", "warning", "THIS IS NOT OK")),
        # delight not meant, with a sign of it
        ("Nothing I love more than a relative who read one blog explaining sepsis to me. Please, "
         "take over.", ("tone.mocking-patient", "warning", "Nothing I love more than a relative")),
        ("Love when a referral says 'query fracture' and nothing else. Really shows the care that "
         "went into it.", ("tone.mocking-patient", "warning", "Love when a referral")),
        ("Who TF decided physios are also the ward's IT support",
         ("tone.profanity", "warning", "Who TF")),
        ("Every measles case this month is an immigrant. Or just stop letting them in.",
         ("tone.discriminatory", "warning", "stop letting them in")),
        ("Gender reveal scan for a 15 yo today. Natural selection is sleeping on the job.",
         ("tone.mockery", "warning", "Natural selection is sleeping")),
        ("Another 180kg proning session, 6 of us and a hoist. Maybe lay off the takeaways, mate 🙄",
         ("tone.mockery", "warning", "lay off the takeaways")),
        # any condition, said with certainty of someone on a screen
        ("Watching Senator Grey cough through that entire presser... that's pertussis or I'll eat "
         "my stethoscope.", ("tone.public-figure-diagnosis", "warning", "pertussis")),
        ("Watching the replay of Dan Okoro going down — that's a textbook ACL rupture, he's done "
         "for the season.", ("tone.public-figure-diagnosis", "warning", "ACL rupture")),
        ("Had the hottest firefighter in for a skin check this afternoon, not complaining",
         ("tone.innuendo", "warning", "hottest firefighter")),
    ],
)
def test_shouted_demands_unmeant_delight_and_screens_from_the_round_b109_b116(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Love when patients bring the whole family in to say thanks 🥰",
        "Nothing says Christmas like our patients singing carols in the dayroom. Truly the best.",
        "PSA 🍆 Pearly penile papules are NOT an STI. No treatment needed.",
        "I CAN'T BELIEVE IT, our unit won the award!! So proud",
    ],
)
def test_meant_delight_clinical_emoji_and_shouted_joy_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Half the registrars still can't find the new order set. These people have MDs?",
         ("tone.mockery", "warning", "These people have MDs?")),
        ("Discharged on the wrong anticoagulant dose. Who let this guy practise?",
         ("tone.mockery", "warning", "Who let this guy practise")),
        ("Imagine having a physio degree and still selling crystal therapy. Embarrassing.",
         ("tone.mockery", "warning", "Imagine having a physio degree and still selling")),
        ("Renal won't come down before 10am. Most useless service in the hospital, honestly.",
         ("tone.mockery", "warning", "Most useless service in the hospital")),
        ("@gym_lad stop being such a sook, it's a sprain. Ice it and harden up princess",
         ("tone.insults", "warning", "harden up princess")),
    ],
)
def test_rhetorical_put_downs_of_colleagues_from_the_corpus_misses(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Who let this new grad near our patients? She's brilliant, we're lucky to have her",
        "Do they have MDs in that clinic or just NPs? Asking for a patient who needs a referral.",
    ],
)
def test_real_questions_and_praise_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Love it when patients tell me they've been waiting weeks for a repeat they asked for "
         "yesterday. The patience of saints.",
         ("tone.mocking-patient", "warning", "Love it when patients")),
        ("Shoutout to the night shift who left 9 obs undone and a smiley on the handover sheet. So "
         "thoughtful.", ("tone.mocking-patient", "warning", "Shoutout to the night shift")),
        ("Nothing says \"urgent\" like a man at 2am with a splinter from last Tuesday. Saving "
         "lives out here 🙃",
         ("tone.mocking-patient", "warning", "Nothing says \"urgent\" like a man")),
        ("Funny how it's always the same postcodes ringing for a taxi to A&E. It's a cultural "
         "thing, don't @ me.", ("tone.discriminatory", "warning", "It's a cultural thing")),
        ("Friday night is the trailer park crowd's weekly brawl. Like clockwork.",
         ("tone.discriminatory", "warning", "trailer park crowd")),
        ("@birth_freedom go back to your crystals and leave birth to people who actually trained "
         "for it.", ("tone.mockery", "warning", "leave birth to people who actually trained")),
        ("@crunchy_mum_22 do NOT put breast milk in his eye, he needs a doctor today. Honestly how "
         "thick can people be.", ("tone.mockery", "warning", "how thick can people be")),
        ("TO WHOEVER DECIDED WE SHOULD SEE 60 PATIENTS A DAY: COME AND DO ONE DAY. I DARE YOU.",
         ("tone.enraged", "warning",
          "WHOEVER DECIDED WE SHOULD SEE 60 PATIENTS A DAY: COME AND DO ONE DAY. I DARE YOU")),
    ],
)
def test_sarcasm_signs_dog_whistles_and_dares_from_the_round_b117_b124(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "My 8yo asked why I keep a skeleton in the study. It's Bones, buddy, and he's a teaching "
        "model. Now go to sleep.",
        "Love when patients bring their grandkids in to say hi 🥰",
        "Shoutout to the day shift who stocked every room before handover. Legends, thank you!",
    ],
)
def test_own_kids_meant_delight_and_real_shout_outs_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the author owning up: the "you" teased is the author
        "Imagine having a day off and still checking your work email. Guilty 🙋‍♀️",
        "Imagine being a nurse and still forgetting your own water bottle every shift. Asking for "
        "a friend.",
    ],
)
def test_a_tease_the_author_owns_up_to_stays_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


def test_imagine_thinking_said_to_a_reader_still_flags(analyzer: Analyzer) -> None:
    text = "@antivax_dan imagine thinking vaccines cause autism in 2026"
    assert ("tone.condescending-reply", "warning", "imagine thinking") in flagged(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # professions and colleagues run down without a swear word
        ("Dental therapists doing extractions now? Sure. Let's have the receptionist do molar "
         "endo while we're at it. What a joke of a 'profession'.",
         ("tone.mockery", "warning", "What a joke of a 'profession")),
        ("Open margins you could drive a truck through. Whoever is prepping these should not "
         "have a license. Hacks.", ("tone.mockery", "warning", "should not have a license")),
        ("Physio at the away club today strapped a clearly dislocated finger and sent him "
         "straight back on. Embarrassing for the profession tbh.",
         ("tone.mockery", "warning", "Embarrassing for the profession")),
        ("Midlevels with 18 months of online school telling me how to manage DKA. cool cool cool",
         ("tone.mockery", "warning", "Midlevels with 18 months of online school")),
        ("Most insurer examiners are claim-denial machines with a stethoscope. Do better, or get "
         "out of medicine.", ("tone.mockery", "warning", "get out of medicine")),
        ("Having trained at St. Brendan's, I can tell you their eye department is a decade "
         "behind everyone else.", ("tone.mockery", "warning", "department is a decade behind")),
        # sarcasm signs, at colleagues or patients
        ("Hand hygiene: nursing 94%, ortho surgeons 52%. Surprised? Me neither.",
         ("tone.mockery", "warning", "Surprised? Me neither")),
        ("The optician at the mall 'already checked for glaucoma' with the puff test. Truly the "
         "gold standard. Guess I'll just hand in my licence.",
         ("tone.mockery", "warning", "Guess I'll just hand in my licence")),
        ("Her 5 year old has 9 cavities. But sure, keep trusting that Facebook group 🙃",
         ("tone.mockery", "warning", "But sure, keep trusting")),
        # prejudice and a patient's looks
        ("After 20 years in this job you can tell which patients are on welfare the second they "
         "open their mouths.",
         ("tone.mockery", "warning", "can tell which patients are on welfare")),
        ("ngl the female apprentices on these sites are more trouble than they're worth lol",
         ("tone.mockery", "warning",
          "female apprentices on these sites are more trouble than they're worth")),
        ("not gonna lie the new guy in our Tuesday rehab class is a whole snack 🥵",
         ("tone.innuendo", "warning", "is a whole snack")),
    ],
)
def test_put_downs_sarcasm_signs_and_prejudice_from_the_round_b125_b132(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Life hacks for night shift: eat a real meal at 2am and nap in your car.",
        "Young patients are not more trouble than anyone else; they just need time.",
        "Our new grad cooked for the whole unit today. What a snack spread!",
        "Surprised how well the new EHR works. Truly impressed.",
        "The gold standard for diagnosing glaucoma is a full exam, not the puff test.",
    ],
)
def test_tips_fair_comment_and_praise_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A family member googles 'stroke' and explains neuroimaging to me. Truly, what was I "
         "doing for those 12 years of training.",
         ("tone.mockery", "warning", "what was I doing for those 12 years")),
        ("Why is it always the big immigrant families who show up twenty at a time?",
         ("tone.mockery", "warning", "immigrant families who show up")),
        ("Surgeon writes 'RT to wean as tolerated' and leaves for the weekend. Such inspiring "
         "leadership.", ("tone.mockery", "warning", "Such inspiring leadership")),
        ("Those strip-mall CPAP shops are basically mask salesmen with a lanyard.",
         ("tone.mockery", "warning", "salesmen with a lanyard")),
        ("LOL at the 'my sugars are only high because I'm stressed' crowd.",
         ("tone.mockery", "warning",
          "LOL at the 'my sugars are only high because I'm stressed' crowd")),
        ("Some of these communities just don't want to help themselves.",
         ("tone.mockery", "warning", "don't want to help themselves")),
        ("Love when a patient's husband explains to me, a reproductive endocrinologist, how "
         "sperm works.", ("tone.mockery", "warning",
                          "explains to me, a reproductive endocrinologist")),
        ("That team wouldn't recognize PPD if it sat down in their waiting room.",
         ("tone.mockery", "warning", "wouldn't recognize PPD if it sat")),
        ("@sleepless_in_sac your 6 week old is NOT manipulating you, that's the dumbest thing "
         "I've read all day.", ("tone.mockery", "warning", "the dumbest thing I've read")),
        ("Flight nurse calendar needs more of the pilots in those flight suits if you know what "
         "I mean 😏", ("tone.innuendo", "warning", "if you know what I mean 😏")),
    ],
)
def test_sarcasm_prejudice_and_winks_from_the_round_b133_b140(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a side effect's name, the author's own travel and day, a clinic's supplies
        "Congrats on the new job!! Re: the Keppra rage you mentioned, ask about switching.",
        "Officially a frequent flyer with Southwest now. 6 contracts, 6 states.",
        "Travel day was a train wreck. Flight delayed 5 hrs, rental car place closed.",
        "Free condoms, lube and dental dams at our front desk 😉🍆🍑 #SexualHealth #SafeSex",
        # a kind pet name with a heart; an outage told with a year
        "@Kayla from your pic that looks like impetigo, hun. Wash the crusts off gently 💕",
        "Day 3 of the pharmacy system outage. Hand-writing labels like it's 1987. Bless my techs.",
    ],
)
def test_side_effects_travel_days_clinic_supplies_and_kind_pet_names_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


def test_a_heart_does_not_soften_a_retort(analyzer: Analyzer) -> None:
    text = "@troll123 oh sweetie, vaccines don't work that way ❤️"
    assert ("tone.condescending-reply", "warning", "sweetie") in flagged(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Funny how the 'fibro' referrals are always middle-aged women who mostly need to get off "
         "the couch.", ("tone.mockery", "warning", "need to get off the couch")),
        ("Congrats to the gentleman in bed 14 who has pulled out his IV four times today. Truly a "
         "gifted individual", ("tone.mockery", "warning", "Truly a gifted individual")),
        ("She told me her Google search outranked my training. Of course, ma'am. Let me just get "
         "out of your way.", ("tone.mockery", "warning", "Let me just get out of your way")),
        ("Explaining for the 40th time today that antibiotics don't work on viruses "
         "#peoplearedumb", ("tone.mockery", "warning", "#peoplearedumb")),
        ("Pharmacists prescribing for UTIs is going to hurt someone. They have no business "
         "diagnosing anything.", ("tone.mockery", "warning", "have no business diagnosing")),
        ("Gotta love the dad who brought all four kids in at 8:58pm for sniffles.",
         ("tone.mockery", "warning", "Gotta love the dad who")),
        ("Half the town discovers a terrible sore throat the Monday after a long weekend. Truly "
         "one of medicine's great mysteries.",
         ("tone.mockery", "warning", "Truly one of medicine's great mysteries")),
        ("Some cultures just don't believe in taking meds consistently.",
         ("tone.mockery", "warning", "Some cultures just don't")),
        ("A twelve-week online course and suddenly they think they can manage biologics.",
         ("tone.mockery", "warning", "and suddenly they think")),
        ("Patients explaining lupus to me. Please, do continue, I only did a fellowship in it",
         ("tone.mockery", "warning", "Please, do continue")),
        ("Just admitted the trainwreck of the week: stopped every med because her chiropractor "
         "said so.", ("tone.patient-slang", "warning", "trainwreck")),
    ],
)
def test_sarcasm_and_sweeping_remarks_from_the_round_b149_b156(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Some cultures celebrate a baby's first 40 days at home; ask families what matters to "
        "them.",
        "Couch to 5K works: get off the couch slowly, walk before you run.",
        "Truly the best team of the year award goes to 4 West! So proud of you all.",
    ],
)
def test_culture_fitness_and_praise_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


def test_a_patient_given_frequent_flyer_status_is_still_mocked(analyzer: Analyzer) -> None:
    text = "Mr. 4B has officially earned frequent flyer status in our ED. Third visit this week."
    assert ("tone.patient-slang", "warning", "frequent flyer") in flagged(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I HAVE PAGED FOUR TIMES FOR A SIGNATURE. FOUR. TIMES. HOW AM I SUPPOSED TO DISCHARGE "
         "ANYONE???", ("tone.enraged", "warning",
                       "HAVE PAGED FOUR TIMES FOR A SIGNATURE. FOUR. TIMES. HOW AM I SUPPOSED TO "
                       "DISCHARGE ANYONE")),
        ("Love when the plaintiff's 'expert' who has never run a code explains ACLS to the jury. "
         "Riveting stuff. Such expertise.", ("tone.mocking-patient", "warning",
                                             "Love when the plaintiff's 'expert")),
        ("Love it when relatives read one blog and explain dialysis to me. Truly, what was my "
         "residency for.", ("tone.mocking-patient", "warning", "Love it when relatives")),
        ("Midwives are just nurses with a stethoscope, change my mind.",
         ("tone.sweeping-remark", "warning", "are just nurses with a stethoscope")),
        ("Inherited Dr. Vance's patients, half of them on three NSAIDs. How does this guy still "
         "have a licence.", ("tone.disparage-colleagues", "warning",
                             "How does this guy still have a licence")),
    ],
)
def test_shouted_counts_sarcasm_signs_trades_reduced_and_a_licence_questioned(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thinking of little R.T. today. We lost him in the spring and I still hear him laugh. "
        "Fly high, buddy.",
        "Dr. Lee retired after 40 years and still has a licence, just in case!",
        "HAPPY NURSES WEEK TO THE BEST TEAM! THREE TIMES THE COFFEE TODAY!",
        "Love when families bring the whole crew to say thanks at discharge 🥰",
        "Hot take nobody asked for: the humble tourniquet deserves more respect.",
    ],
)
def test_mourning_a_retired_licence_joy_in_capitals_and_an_unasked_tip_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


def test_a_word_quoted_to_talk_about_it_is_no_insult(analyzer: Analyzer) -> None:
    text = ('Small shift, big impact: say "person with obesity" instead of "obese person". '
            "Chairs without arms in the waiting room.")
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "kit kats trash",
        "That new streaming show is trash man. Trash.",
        "Our Maine coon cat sat on the discharge paperwork again.",
    ],
)
def test_a_snack_a_show_and_a_cat_are_no_insult(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Patel is trash, honestly.", ("tone.insult-person", "warning", "trash")),
        ("@mike you're trash", ("tone.insult-person", "warning", "trash")),
        ("The nurses here are lazy people, honestly.",
         ("tone.disparage-colleagues", "warning", "lazy")),
    ],
)
def test_trash_said_of_a_titled_name_or_the_reader_is_still_an_insult(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WHO AT HEAD OFFICE THOUGHT IT WAS A GOOD IDEA TO MOVE THE ROTA WITH 2 DAYS NOTICE??? DO "
         "THEY EVEN KNOW WHAT A WARD IS", ("tone.enraged", "warning",
                                          "HEAD OFFICE THOUGHT IT WAS A GOOD IDEA TO MOVE THE ROTA "
                                          "WITH 2 DAYS NOTICE??? DO THEY EVEN KNOW WHAT A WARD")),
        ("Love how naturopaths discovered the word 'evidence' this year. Give it a decade 🙃",
         ("tone.mocking-patient", "warning", "Love how naturopaths")),
    ],
)
def test_shouted_questions_at_a_ministry_and_love_how_with_a_sign(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


def test_loving_how_a_team_works_stays_quiet(analyzer: Analyzer) -> None:
    text = "Love how our chiros and physios share notes now. Real teamwork!"
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance in quotes between the demonstrative and the insult
        ("@babymama_bri don't listen to those 'abortion reversal' quacks, the progesterone thing "
         "is junk science.", ("tone.insult-person", "warning", "quacks")),
        ('those "natural health" clowns are at it again',
         ("tone.insult-person", "warning", "clowns")),
        # obfuscated profanity; a colleague called a dumpster fire; looks
        ("Hypocrite sh!tbag doesn't know a device from a drug.",
         ("tone.profanity", "warning", "sh!tbag")),
        ("Our new attending is a walking dumpster fire.",
         ("tone.insults", "warning", "walking dumpster fire")),
        ("The new sports med fellow is a total smokeshow. Covering the training room just got "
         "more fun", ("tone.innuendo", "warning", "fellow is a total smokeshow")),
        # the meme, said to a patient who comes every day
        ("The lady who takes the bus to our ED lobby every day is here AGAIN at 6am lol. Ma'am "
         "this is not a Walgreens", ("tone.mockery", "warning", "Ma'am this is not a Walgreens")),
        # a public figure known by a kind in quotes, or by their followers
        ("Not gonna name names but that 'wellness' influencer with 2M followers posting 600 cal "
         "days absolutely has an eating disorder.",
         ("tone.public-figure-diagnosis", "warning", "eating disorder")),
    ],
)
def test_quoted_stances_masked_profanity_and_looks_from_the_round_b189_b196(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "I watched the 'Patch Adams' clown scene with my kids",
        "This shift was a dumpster fire, but the team held it together",
        "The sunset over the bay tonight was a smoke show",
        "I respectfully disagree with the 'abortion reversal' protocol: the evidence is thin.",
        "Ma'am, this is a reminder that our clinic closes at 5 today",
        "That 'wellness' influencer just posted about her own recovery from an eating disorder, "
        "so brave.",
        "Our clinic now has 2k followers! Thanks all. Eating disorder support group Tuesdays.",
    ],
)
def test_quoted_titles_bad_shifts_and_sunsets_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # policymakers, not colleagues, are the subject; a reminder shouted kindly
        "Senators voting against paid sick leave for nurses should be ashamed of that vote, and I "
        "will say so at the hearing on Tuesday.",
        "The government that gutted our nursing workforce is a disgrace.",
        "WASH YOUR HANDS. COVER YOUR COUGH. STAY HOME WHEN YOU'RE SICK. THAT'S THE WHOLE POST!",
    ],
)
def test_policymakers_and_shouted_reminders_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The nurses on nights should be ashamed of how they treated that family.",
         ("tone.disparage-colleagues", "warning", "should be ashamed")),
        ("I AM SO SICK OF THIS UNIT. NOBODY CARES. EVERY SINGLE SHIFT SHORT AGAIN.",
         ("tone.enraged", "warning",
          "SICK OF THIS UNIT. NOBODY CARES. EVERY SINGLE SHIFT SHORT AGAIN")),
    ],
)
def test_colleagues_shamed_and_sick_of_the_unit_still_flagged(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a finger prick; a screw one needs; the meme told of oneself; an unknown vial; the
        # author the worst patient
        "Checking your sugar with a finger prick does NOT break your fast. #RamadanHealth",
        "Skin prick tests for peanut are booked on Thursdays",
        "Orthopaedic definition of a 'quick case': the C-arm works on the first try and the screw "
        "you need is actually on the shelf.",
        "Me attempting a wound dressing at -18°C in two pairs of gloves: 🤡🧤 Dexterity of a "
        "lobster.",
        "Never buy semaglutide labeled 'for research purposes only'. You have no idea what's in "
        "that vial.",
    ],
)
def test_pricks_screws_self_memes_and_vials_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@troll_99 don't be such a prick", ("tone.profanity", "warning", "prick")),
        ("@troll screw you", ("tone.hostile-reply", "warning", "screw you")),
        ("@antivax_al you clown 🤡", ("tone.condescending-reply", "warning", "🤡")),
        ("@vax_skeptic you have no idea what you're talking about",
         ("tone.condescending-reply", "warning", "you have no idea")),
        # a named hospital's department run down; a public figure's labels read off a screen
        ("Anyone still referring obesity patients to Mercy Lakeside endo is wasting their time. "
         "That department couldn't titrate a GLP-1 if you drew them a diagram.",
         ("tone.disparage-colleagues", "warning", "if you drew them a diagram")),
        ("Not a neurologist but the way that QB has been slurring through his postgame pressers "
         "all season is CTE until proven otherwise.",
         ("tone.public-figure-diagnosis", "warning", "CTE")),
        ("Watching the governor's press conference and the sonographer in me is screaming. "
         "That's a goiter.", ("tone.public-figure-diagnosis", "warning", "goiter")),
    ],
)
def test_pricks_clowns_hospitals_run_down_and_labels_read_off_a_screen(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # the author, or the author's own profession, in the old joke against themselves
        "Turns out I'm the worst patient. Three days of flu and I've complained more than all my "
        "patients combined.",
        "Doctors make the worst patients, and I am exhibit A.",
        "I'm the worst patient ever, ask my husband",
    ],
)
def test_the_worst_patient_said_of_oneself_stays_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Had the worst patient today, screamed at everyone",
         ("tone.disparage-patients", "warning", "worst")),
        ("That guy in bed 4 is the worst patient I've ever had",
         ("tone.disparage-patients", "warning", "worst")),
        ("Surgeons make the worst colleagues, arrogant and useless",
         ("tone.disparage-colleagues", "warning", "useless")),
    ],
)
def test_the_worst_patient_said_of_someone_else_is_still_flagged(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural label after "my afternoon is"; "that place" after a named clinic; a hack and
        # a used-car salesman; a rhetorical "do you even read"; an endocrine label read off a
        # press conference and a mood read off an influencer's video
        ("Monday clinic: half my morning is frequent flyers wanting work notes.",
         ("tone.patient-slang", "warning", "frequent flyers")),
        ("Got another transfer from Lakeview Fertility after they put back four embryos. That "
         "place is a cowboy operation.",
         ("tone.disparage-colleagues", "warning", "is a cowboy operation")),
        ("The wellness spa at St. Agnes now sells IV hangover drips. That place has been a joke "
         "for years.", ("tone.disparage-colleagues", "warning", "has been a joke")),
        ("Our agency recruiters would sell their own mother for a bigger margin.",
         ("tone.disparage-colleagues", "warning", "would sell their own mother")),
        ("Urgent care docs who send every sore throat to us at 2am... do you even read the "
         "referral criteria?", ("tone.disparage-colleagues", "warning", "do you even read")),
        ("Watched Governor Pryce's press conference. Proptosis, lid lag, tremor. Textbook "
         "hyperthyroidism.", ("tone.public-figure-diagnosis", "warning", "hyperthyroidism")),
        ("Watched Jayden Cole's latest \"dopamine detox\" video. The pressured speech and "
         "grandiosity scream mania.", ("tone.public-figure-diagnosis", "warning", "mania")),
        ("Nothing says 'emergency' like a stubbed toe from Sunday. 🙃",
         ("tone.mockery", "warning", "Nothing says 'emergency' like")),
    ],
)
def test_plural_labels_that_place_hacks_rhetoric_and_labels_off_a_screen(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a herb's name; a product a pharmacy won't stock; a town's climate; a shift described;
        # a sincere question about schools; a topic and a program named for a condition
        "Horny goat weed and yohimbe: these supplements often hide sildenafil. Ask your "
        "pharmacist.",
        'We won\'t be stocking "parasite cleanse" kits, despite the requests. Come chat with us.',
        "Packing up contract #7. Phoenix, you were hot, dry and full of the kindest coworkers.",
        "Our ED is a circus tonight, 40 in the waiting room. Send coffee.",
        "Do they not teach CPR in schools anymore? They should, it saves lives.",
        "PCOS affects 1 in 10 women. Our clinic's new PCOS program starts in March.",
    ],
)
def test_herbs_products_climates_busy_shifts_and_topics_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sarcasm about a referral, a patient in scare quotes, a parent's "precious angel", a
        # "medical mystery", a locum's verdict on a hospital, shouted shame
        ("The GP who referred a 22yo for 'possible MS' over one tingly toe. Truly groundbreaking "
         "medicine 👏", ("tone.mockery", "warning", "Truly groundbreaking")),
        ("Bed 4, the 'charming' lady who threw her tray at our HCA, went home today.",
         ("tone.mockery", "warning", "the 'charming' lady")),
        ("The dads who call six times a day to ask if their precious angel ate lunch. Get a grip.",
         ("tone.mockery", "warning", "their precious angel")),
        ("Another 'severe gluten allergy' who ate the pizza. Truly the medical mystery of our "
         "time.",
         ("tone.mockery", "warning", "Truly the medical mystery")),
        ("Six weeks locuming at Harbourview. If you want a masterclass in how not to run a ward, "
         "that's your place.", ("tone.mockery", "warning", "masterclass in how not to")),
        ("FOUR PATIENTS WAITED 30 HOURS ON TROLLEYS AND THE CEO IS AT A GALA. SHAME ON YOU.",
         ("tone.enraged", "warning", "SHAME ON YOU")),
        ("Those kiosk 'wellness nurses' have zero clue what they're doing.",
         ("tone.disparage-colleagues", "warning", "zero clue what they're doing")),
    ],
)
def test_sarcasm_scare_quotes_precious_angels_verdicts_and_shouted_shame(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a public figure's own diagnosis; a retirement wished; a claim quoted to answer it; a
        # packing list with spices
        "Moved by the health minister sharing her own lymphoma diagnosis today. Wishing her well.",
        "Grateful to see Senator Okafor speak publicly about her own breast cancer this week.",
        "Happy retirement to Dr. Lee, who founded our clinic 30 years ago! Enjoy your own travels "
        "for once, Grace!",
        "To the commenter who said nurses are 'just doctors' helpers': nursing is its own "
        "profession, with its own training and scope.",
        "First contract up north in January. Bring spices and good coffee, I'm told!",
    ],
)
def test_own_diagnoses_retirements_quoted_claims_and_spices_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sarcastic thanks to a service; a public figure "until proven otherwise"
        ("Thanks radiology, super helpful 🙃",
         ("tone.disparage-colleagues", "warning", "Thanks radiology, super helpful")),
        ("Sure looks like the premier's tremor is worse. That's Parkinson's until proven "
         "otherwise.", ("tone.public-figure-diagnosis", "warning", "Parkinson")),
    ],
)
def test_sarcastic_thanks_and_until_proven_otherwise(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # thanks meant; a pudding; praise in slang
        "Thanks Priya, super helpful! 🙂",
        "Pudding club vote: spotted dick won again 😂",
        "Delivered my first baby this morning and the mum was the most badass human alive",
    ],
)
def test_thanks_meant_puddings_and_slang_praise_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clipped swear; a public figure's condition with a qualifier or a kind the list lacks;
        # a language not learned, said of a group
        ("fkn pager going off AGAIN, who designed this crap",
         ("tone.profanity", "warning", "fkn")),
        ("Anyone else see the senator at the rally? That's uncontrolled hypertension, look at the "
         "flushing.", ("tone.public-figure-diagnosis", "warning", "hypertension")),
        ("Watching the debate and that is obviously plaque psoriasis on the mayor's hands.",
         ("tone.public-figure-diagnosis", "warning", "psoriasis")),
        ("Half the Romanians from the packing plant never bothered to learn English and expect us "
         "to translate everything.",
         ("tone.discriminatory", "warning", "bothered to learn English")),
    ],
)
def test_clipped_swears_qualified_remote_diagnoses_and_languages_not_learned(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


def test_an_interpreter_offered_is_no_remark_on_language(analyzer: Analyzer) -> None:
    assert flagged(analyzer, "Our interpreter service is free: patients who don't speak English "
                             "can ask at the front desk.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office before a name, "looks a lot like"; slang for attractive; a part of town
        ("Governor Pryce stumbling through that press conference looks a lot like early HAPE to "
         "me.", ("tone.public-figure-diagnosis", "warning", "HAPE")),
        ("The new ortho reg is an absolute ride, everyone suddenly loves theatre.",
         ("tone.sexual", "warning", "is an absolute ride")),
        ("Busy night. You can guess which part of town they all came from.",
         ("tone.discriminatory", "warning", "guess which part of town")),
    ],
)
def test_titled_figures_slang_for_attractive_and_parts_of_town(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


def test_a_shift_that_was_a_ride_stays_quiet(analyzer: Analyzer) -> None:
    assert flagged(analyzer, "That shift was an absolute ride from start to finish, 14 "
                             "admissions.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a public figure read off a screen, by movement, voice and build
        ("Did anyone see the Governor stumble off that stage? Slapping gait on the left. That's "
         "a foot drop, I'd bet on it.", ("tone.public-figure-diagnosis", "foot drop")),
        ("Rewatched Tessa Moran's press tour clips. Long fingers, the lens thing she mentioned... "
         "that's textbook Marfan.", ("tone.public-figure-diagnosis", "Marfan")),
        # the disclaimer before a stereotype; a colleague called a hypocrite in a long sentence
        ("I'm not racist but why is it always the Polish patients who miss their follow-ups?",
         ("tone.discriminatory", "I'm not racist but")),
        ("Any registrar who picks up strike shifts at triple pay while lecturing us about patient "
         "safety is a scab and a hypocrite.", ("tone.insult-person", "hypocrite")),
        # a rude dismissal, a troll told to log off, a colleague told to find another specialty
        ("The minister calls 3% generous. Take your generous offer and shove it.",
         ("tone.hostile-reply", "shove it")),
        ("@detox_darla sure, vaccines are 'poison' and you did the research. Log off, Darla.",
         ("tone.hostile-reply", "Log off")),
        ("To the anaesthetist who took 40 minutes to come to a crash call: maybe find a specialty "
         "with fewer emergencies.", ("tone.mockery", "maybe find a specialty with fewer")),
        # "heartsink", a "Sir." of exasperation, an idiom of disbelief
        ("Three heartsinks before lunch. I need a holiday.", ("tone.patient-slang", "heartsinks")),
        ("Lady at 4am in our ED wanting a pregnancy test 'just to be sure'. Ma'am. It is 4am.",
         ("tone.mockery", "Ma'am. It is")),
        ("Her 'cousin the nurse' said it would fall off on its own. Sure, and I'm the Pope.",
         ("tone.mockery", "Sure, and I'm the Pope")),
    ],
)
def test_screen_diagnoses_disclaimers_dismissals_and_exasperation(
    analyzer: Analyzer, text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "warning", expected[1]) in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # the author's own fear, a mentor's career advice, a clinical "shove it", logging off
        "I didn't page my senior because I didn't want to look stupid. Call early, every time.",
        "Hate nights? Maybe consider a different specialty, no shame in that. Derm is lovely.",
        "Shove it in the sharps bin, never in the regular bin.",
        "Reminder to log off at the end of every shift: shared workstations leak records.",
        "Thank you, sir. It is an honour to have looked after your mum.",
    ],
)
def test_own_fears_career_advice_sharps_and_logging_off_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []
