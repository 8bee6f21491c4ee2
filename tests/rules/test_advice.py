"""The advice pack on realistic posts: who "you" is decides between advice and education."""

from __future__ import annotations

import pytest
import spacy

from secondlook.engine import Analyzer
from secondlook.engine.findings import Finding
from secondlook.engine.nlp import Pipeline
from secondlook.rules import Pack

FLAGGED = ("warning", "critical")


def advice(analyzer: Analyzer, text: str) -> list[Finding]:
    return [f for f in analyzer.analyze(text, packs=["advice"])]


def flagged(analyzer: Analyzer, text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.severity, f.text) for f in advice(analyzer, text) if f.severity in FLAGGED]


def test_reply_with_a_dose_change_is_a_warning_on_the_advice_itself(analyzer: Analyzer) -> None:
    text = "@sarah_k you should double your metformin to 1000 mg twice a day"
    [finding] = advice(analyzer, text)
    assert (finding.pack, finding.rule, finding.severity) == (
        "advice",
        "advice.medical-to-you",
        "warning",
    )
    assert (finding.start, finding.end) == (9, len(text))
    assert finding.text == "you should double your metformin to 1000 mg twice a day"


def test_offsets_count_code_points_of_the_original_text(analyzer: Analyzer) -> None:
    text = "@sarah_k\u200b you should double your 💊 metformin to 1000 mg twice a day"
    [finding] = advice(analyzer, text)
    assert (finding.start, finding.end) == (10, len(text))
    assert text[finding.start : finding.end] == finding.text
    assert finding.text.startswith("you should double your 💊")


@pytest.mark.parametrize(
    "text",
    [
        "Get your flu shot!",
        "If you have chest pain call 911",
        "Talk to your doctor about statins",
        "Adults should not exceed 4 g of acetaminophen a day",
        "Kids with asthma need an action plan. If your child doesn't have one, ask at a visit.",
        "Sunscreen tips for summer: use SPF 30+, reapply every 2 hours and after swimming",
        "Congrats @dr_amin on your metformin trial, a huge result for the team!",
        "I respectfully disagree with @drlee: the evidence for vitamin D is weak.",
        "Flu shot clinic Saturday 9-12 at 45 Main St, call 902-555-0142",
        "Please lock up your meds. Most teen opioid misuse starts at home.",
        "@HealthCritic101 you've never worked a day in a hospital.",
        "Sounds like you have a great team there!",
        "I'd recommend this review on statins to every resident",
        # no determiner before the medicine: a lesson, not a prescription overruled
        "You don't need antibiotics for a cold; most get better in a week.",
        "Sounds like you have imposter syndrome, we all do!",
        "@drlee congrats, your paper on 5 mg apixaban in AF was great",
        "@dr_lee your talk was great: most incidentalomas are benign",
        "To the nurse who asked about our new grad program: applications open Monday!",
        # everyone's own clinician, not one child's case
        "Dexamethasone is the mainstay for croup; talk to your child's doctor if you're worried.",
        # a child named only as "your child" or "your kids" is every reader's
        "Flu season: get your kids vaccinated, it protects grandparents too.",
        "Back to school: check your child's vaccine record before September.",
        "Whooping cough is rising. Check your kids' vaccine records at your next visit.",
        # an account cited or credited, not spoken to
        "New guidance from @CDCgov on measles: check your vaccination records before travel.",
        "Great panel with @DrLee today: remember to check your blood pressure at home.",
        # a reply that stays general and sends them to their own pharmacist
        "@dev_p Great question! In general, most adults can take ibuprofen with food; your "
        "pharmacist can check your meds.",
        "If a rash doesn't fade under a glass, that rash needs to be seen right away. Call 911.",
        # "you're" and "nothing" said to one person, not of their health
        "If you're diabetic, check your feet every day.",
        "@sam congrats! You're officially a diabetic educator now",
        "@amy_t thanks! The new clinic is nothing like the old one, so much brighter.",
        # mentoring, not assessing
        "DM me your CV and I'll look at it before the match deadline.",
        "Residents: send me your personal statement and I'll read it this weekend.",
        # colleagues discussing a thread or a case, and encouragement for a new nurse
        "@dr_jones great thread! I'd add: check magnesium too, it's often missed.",
        "@cardio_fellow great case. For the board exam, remember: ST elevation in aVR with "
        "diffuse depression means left main until proven otherwise.",
        "@nurse_jo you've got this! First nights are the hardest. Eat something, drink water, "
        "ask for help.",
        "@ToddR thanks for the shoutout! See you for removal Friday!",
        # how often, said of no medicine
        "Dentist here: floss once a day, brush twice, and see us every 6 months.",
        # a wish is no instruction
        "@marco_p migraines are the worst. Hope you feel better soon and get to see your doctor "
        "this week.",
        "ICU nurse here. I can't give you medical advice, but what you're describing is worth a "
        "call to 811 tonight.",
        # a safety rule about anyone's leftover medicine, not a change to one person's
        "Cranberry juice doesn't treat UTIs. Please don't take leftover antibiotics; see a "
        "clinician so you get the right one.",
        # "your A1c" is the referral's to go through, not a case being answered
        "Questions about Ozempic? Your family doctor or pharmacist can go through your A1c and "
        "meds with you. Please don't send them to strangers online.",
        # "f/u" is follow-up, not "you"
        'Vent: the ortho PA wrote "f/u PRN" for a displaced fracture. Who let this guy graduate?',
        # a rule against changing one's own treatment without the prescriber
        "Levothyroxine dosing is adjusted by TSH over weeks. Don't change your dose without your "
        "prescriber.",
        "Never stop your blood thinner without talking to your doctor first.",
        "Don't share your leftover opioids; return them to any pharmacy.",
        "Most colds don't need antibiotics. A cut that gapes needs stitches within a day.",
        # a clinic's reply: what a condition needs, of anyone, and the way to book
        "Hi Linda, sore throats in kids are often viral, but strep needs a test. Please call us at "
        "902-555-0160 to book.",
        # what the reader's clinician can do is theirs to do; safety for everyone in pregnancy
        "Muscle aches on a statin? Don't stop on your own. Your prescriber can check your CK, "
        "change the dose or try a different statin.",
        "The flu shot is safe for you and your baby in pregnancy. Ask at any pharmacy.",
        # keeping someone out of one's ER is hostility, not care (tone's business)
        "@healthfreedom_mom please keep your kids away from my ER.",
        # "do" of a question or of emphasis
        "Hi Mark, do let us know if we can help with your back. Do you have a physio?",
        # agreeing with a colleague about a trial's dose; a safety rule about old prescriptions
        "@dr_sam correct, the trial used 100 mg daily.",
        "Never give a child 5 mL from an old prescription bottle without checking the dose with a "
        "pharmacist.",
        # a clinic asking to go over symptoms by phone
        "Hi Sandra, thanks for your question! Please call us at 506-555-0181 so one of our nurses "
        "can go over your symptoms privately.",
        # "Lower" describing doses, not telling anyone to lower theirs
        "Melatonin can help with jet lag and shift work. Lower doses (0.5-3 mg) often work as well "
        "as higher ones.",
        # what a test is, and results read in general or in someone else's trial
        "Your A1c is a 3-month average of your blood sugar. Ask for it at your next checkup.",
        "If your labs look fine but you still feel exhausted, ask your doctor about sleep apnea.",
        "@dr_lee the results look great, congrats on the trial!",
        "@sam your numbers look great this quarter, congrats on the promotion!",
        "Make sure you finish your antibiotics as prescribed.",
        "Thanks for the cough drops, team! Use them wisely on nights.",
        "@dr_k make sure you submit your abstract by Friday!",
        # a clinician telling a colleague what they do themselves
        "@dr_sam for delirium I usually start with 0.5 mg haloperidol and go slow. Non-drug "
        "measures first though.",
        "@PedsEM_Sam agree, we switched to dexamethasone 0.15 mg/kg for croup years ago. Works "
        "well.",
        # a relative called to the bedside
        "License plate BXKR 442: if that's your truck, your dad is in our ER at Dartmouth "
        "General. Please come.",
        # a myth told to answer it
        "Myth: you can't take antibiotics with birth control. Most don't interact, but rifampin "
        "does. Ask your pharmacist.",
        # disagreeing with a colleague's reading of a trial
        "@DrKhan_EM respectfully, I read that trial differently. The benefit in the stroke "
        "subgroup came from 40 patients. Not saying you're wrong, just not sure it should change "
        "practice yet.",
        # a comparison, not an order to lower something
        "@joe_asks The myocarditis risk after mRNA vaccines is real but rare, mostly mild, and "
        "lower than the risk after COVID infection itself.",
        # declining to advise, and sending the reader to their own pharmacist
        "@cassie_m I really can't weigh in on your own meds over Twitter, but your pharmacist can "
        "check your full list for interactions in about 2 minutes.",
        "For everyone asking in this thread: nobody here can diagnose you. What I can say "
        "generally: face droop or slurred speech = call 911 right away.",
        # a sentence that opens on every parent doing something
        "If you're giving kids paracetamol or ibuprofen, use the syringe that comes with THAT "
        "bottle and dose by your child's weight, not age.",
        # a colleague's question answered from the guideline
        "@dr_amara_k Good q. For uncomplicated cystitis IDSA still lists nitrofurantoin x5 days "
        "as first line. Avoid FQs first line.",
        # "if you want to read it" offers a source
        "@healthfreedomNZ MMR has been studied in millions of children and isn't linked to autism. "
        "The Ministry's immunisation handbook explains the ingredients if you want to read it.",
        # someone who posts online is no one the author treats
        "Psych NP here. Sending love, everyone: look after yourselves this winter.",
        # respectful disagreement with a colleague by handle
        "@DrNoahLevi fair point on the NNT. Where I'd differ is that you're weighing it against a "
        "population average, and the person in front of me cares more about the stroke.",
        "Rest easy, Mr. Hallorann. The unit is so quiet without you.",
        # asking for news is no order, whatever medicine it names
        "@healthfreedom_99 Please do keep us updated on how the ivermectin goes for your "
        '"seasonal allergies".',
    ],
)
def test_public_health_education_and_chat_stay_below_warning(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


def test_get_your_flu_shot_gives_no_finding_at_all(analyzer: Analyzer) -> None:
    assert advice(analyzer, "Get your flu shot!") == []


def test_conditional_you_with_a_dose_is_only_info(analyzer: Analyzer) -> None:
    findings = advice(analyzer, "If you take ibuprofen, don't go over 1200 mg a day without advice")
    assert [(f.rule, f.severity) for f in findings] == [("advice.medical-to-you", "info")]


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        (
            "@dani_lifts you need to get that chest pain checked today. Go to an ER.",
            "advice.medical-to-you",
            "you need to get that chest pain checked today",
        ),
        (
            "Lisa, your son's fever of 40 for 4 days needs a look. Take him to the ER today.",
            "advice.medical-to-you",
            "Take him to the ER today",
        ),
        (
            "@jenny_b83 from what you describe that's shingles",
            "advice.diagnosis",
            "that's shingles",
        ),
        (
            "Sounds like you have a pinched nerve",
            "advice.diagnosis",
            "Sounds like you have a pinched nerve",
        ),
        (
            "I suggest you ask about melatonin for the insomnia",
            "advice.medical-to-you",
            "I suggest you ask about melatonin for the insomnia",
        ),
        (
            "DM me your results and I'll explain them",
            "advice.asks-for-health-details",
            "DM me your results",
        ),
        (
            "Comment your kid's age and symptoms and I'll tell you if it's serious",
            "advice.assess-by-message",
            "Comment your kid's age and symptoms and I'll tell you",
        ),
        ("Message me to book a virtual visit", "advice.offers-care-online", "Message me to book"),
        ("In your case I'd hold the statin", "advice.in-your-case", "In your case"),
        (
            "You don't need the statin your doctor prescribed, your LDL of 4.1 is fine.",
            "advice.medical-to-you",
            "You don't need the statin your doctor prescribed, your LDL of 4.1 is fine",
        ),
        # a dose for someone's own condition, with no verb telling them to take it
        (
            "@kelly_m for your daughter's ear infection, 250 mg amoxicillin twice a day for a week",
            "advice.medical-to-you",
            "for your daughter's ear infection, 250 mg amoxicillin twice a day for a week",
        ),
        # a post that answers one person, in the third person
        (
            "To the lady who messaged me about her son's asthma: double his Flovent during colds.",
            "advice.medical-to-you",
            "To the lady who messaged me about her son's asthma: double his Flovent during colds",
        ),
        # telling someone from their photo that it is nothing is a diagnosis too
        (
            "Hey @mark_t, from your photo that mole looks benign, nothing to worry about.",
            "advice.diagnosis",
            "that mole looks benign",
        ),
        # one family's case: the child's own symptom, or what the child has
        (
            "Your son's rash sounds like hand foot and mouth.",
            "advice.diagnosis",
            "sounds like hand foot and mouth",
        ),
        (
            "Your son is fine, just give him ibuprofen for the pain.",
            "advice.medical-to-you",
            "Your son is fine, just give him ibuprofen for the pain",
        ),
        (
            "DMs are open if you want me to look at your labs before your appointment.",
            "advice.assess-by-message",
            "DMs are open if you want me to look at",
        ),
        (
            "@jamie check your blood pressure twice a day and take your amlodipine",
            "advice.medical-to-you",
            "check your blood pressure twice a day and take your amlodipine",
        ),
        # answering a group member's post: "that rash" is theirs
        (
            "As a nurse, I'd say that rash needs to be seen today. Take her to the walk-in.",
            "advice.medical-to-you",
            "Take her to the walk-in",
        ),
        # an emoji between the handle and the imperative
        (
            "@mama_bear2 💊 give her 2.5 ml of children's Advil every 6 hours, she'll be fine",
            "advice.medical-to-you",
            "give her 2.5 ml of children's Advil every 6 hours, she'll be fine",
        ),
        # reassurance is a verdict too, whatever lies between the thing and the verb
        (
            "@jules those spots on your shins are nothing, probably just bug bites.",
            "advice.diagnosis",
            "those spots on your shins are nothing",
        ),
        (
            "@beth_n with those numbers you're prediabetic, cut the carbs and recheck.",
            "advice.diagnosis",
            "you're prediabetic",
        ),
        # a condition named "... syndrome" that is in no list
        (
            "@dan_r your knee pain is classic patellofemoral syndrome, do quad strengthening.",
            "advice.diagnosis",
            "is classic patellofemoral syndrome",
        ),
        ("@new_mom22 your baby's jaundice sounds mild, just put her by a sunny window.",
         "advice.medical-to-you",
         "your baby's jaundice sounds mild, just put her by a sunny window"),
        ("ICU nurse here. What you're describing is sepsis. Go to the ER and ask for IV "
         "antibiotics.", "advice.medical-to-you", "Go to the ER and ask for IV antibiotics"),
        ("@dr_jones great thread! Also for your own back pain, take 800 mg ibuprofen three "
         "times a day.", "advice.medical-to-you",
         "Also for your own back pain, take 800 mg ibuprofen three times a day"),
        ("@sore_all_over yes take 1000 mg Tylenol and 600 mg Advil together every 6 hours.",
         "advice.medical-to-you",
         "yes take 1000 mg Tylenol and 600 mg Advil together every 6 hours"),
        ("To the colleague who messaged me about their chest pain on call: please get an ECG "
         "today and don't drive yourself in.", "advice.medical-to-you",
         "To the colleague who messaged me about their chest pain on call: please get an ECG "
         "today and don't drive yourself in"),
        ("My DMs are open for anyone who wants a second opinion on their imaging.",
         "advice.offers-care-online",
         "DMs are open for anyone who wants a second opinion on their imaging"),
        # answering the people who wrote in, and offering to phone in a prescription
        (
            "Dear followers: please stop asking me if your symptoms sound like Lyme. From what "
            "you've all described, most of you need doxycycline.",
            "advice.medical-to-you",
            "From what you've all described, most of you need doxycycline",
        ),
        (
            "Replying to everyone who messaged about their kids' coughs: give a single dose of "
            "dexamethasone 0.6 mg/kg, I can call it in for you.",
            "advice.offers-care-online",
            "I can call it in for you",
        ),
        # what the person's own condition or child needs; booking does not undo the advice
        ("@amy strep needs antibiotics, go see your doctor", "advice.medical-to-you",
         "strep needs antibiotics, go see your doctor"),
        ("@amy your son needs an x-ray.", "advice.medical-to-you", "your son needs an x-ray"),
        # ointments are medicines; what the reader's bite "needs"
        ("@hooked_harry push the fishhook through and snip the barb, then put Polysporin on it and "
         "you'll be fine.", "advice.medical-to-you",
         "push the fishhook through and snip the barb, then put Polysporin on it and you'll be "
         "fine"),
        ("From your description your dog bite needs antibiotics. Amox-clav 875 twice a day for 5 "
         "days should do it.", "advice.medical-to-you",
         "From your description your dog bite needs antibiotics"),
        # cramps are a symptom
        ("@jess_runs_far drink a litre of pickle juice before the race and you won't cramp.",
         "advice.medical-to-you",
         "drink a litre of pickle juice before the race and you won't cramp"),
        # leftover medicine, prescribed to one person rather than forbidden to anyone
        ("Hi Tom, thanks for your message! From the photo it looks like your cat scratch is "
         "infected, start on the leftover cephalexin you have.", "advice.medical-to-you",
         "From the photo it looks like your cat scratch is infected, start on the leftover "
         "cephalexin you have"),
        ("@caro_b your thyroid numbers mean your dose is too high, cut the levothyroxine to 75.",
         "advice.medical-to-you",
         "your thyroid numbers mean your dose is too high, cut the levothyroxine to 75"),
        # "do" as the verb of an order in a reply
        ("Hi Mark, sorry to hear about your back! From the MRI report you posted, the L4-L5 "
         "herniation isn't surgical. Do McKenzie extensions 10x every 2 hours.",
         "advice.medical-to-you", "Do McKenzie extensions 10x every 2 hours"),
        # insulin dosing told to one person; a dose from medicine kept at home, told to anyone
        ("@type1_tom just bolus for half the carbs and correct later if you're high.",
         "advice.medical-to-you",
         "just bolus for half the carbs and correct later if you're high"),
        ("Anyone whose kid has croup tonight: give them 0.6 mg/kg of dexamethasone from your old "
         "prescription.", "advice.medical-to-you",
         "Anyone whose kid has croup tonight: give them 0.6 mg/kg of dexamethasone from your old "
         "prescription"),
        # telling one person that what they do is safe for them
        ("@pregnantandscared don't worry, 1-2 glasses of wine a week in your third trimester is "
         "totally fine for the baby.", "advice.medical-to-you",
         "don't worry, 1-2 glasses of wine a week in your third trimester is totally fine for the "
         "baby"),
        ("@tom_k for the rash use hydrocortisone twice a day, and call us to book a follow-up.",
         "advice.medical-to-you",
         "for the rash use hydrocortisone twice a day, and call us to book a follow-up"),
        # advice about someone else, told to the one who looks after them
        ("Hi Doreen, I saw Bill in clinic on Tuesday. Tell him to keep taking the ramipril 5mg.",
         "advice.medical-to-you", "Tell him to keep taking the ramipril 5mg"),
        ("@dave_k Maybe tell her to take her blood pressure pills like she was told.",
         "advice.medical-to-you", "Maybe tell her to take her blood pressure pills like she was "
         "told"),
        ("Hi, pharmacist here, I saw your post in the group. Please don't give him the Benadryl "
         "on top of the oxycodone.", "advice.medical-to-you",
         "Please don't give him the Benadryl on top of the oxycodone"),
        ("@lil.bean.mama at 5 days old and yellow down to the tummy? Please don't wait for "
         "Monday's check, take her to be seen today.", "advice.medical-to-you",
         "Please don't wait for Monday's check, take her to be seen today"),
        # a pet name or a disclaimer opens a reply to one person
        ("Hi lovely! From what you're describing that's mastitis. Keep feeding from that side "
         "and take ibuprofen for the pain.", "advice.medical-to-you",
         "Keep feeding from that side and take ibuprofen for the pain"),
        ("Dude you're not dying lol. Take 400mg ibuprofen three times a day for a week.",
         "advice.medical-to-you", "Take 400mg ibuprofen three times a day for a week"),
        ("TSH 7.8 with a normal T4 is subclinical. Since you're not trying to conceive you "
         "honestly don't need levothyroxine right now.", "advice.medical-to-you",
         "Since you're not trying to conceive you honestly don't need levothyroxine right now"),
        ("To the mom whose 3 y/o I saw this morning: swab came back positive, start the "
         "amoxicillin tonight.", "advice.medical-to-you",
         "To the mom whose 3 y/o I saw this morning: swab came back positive, start the "
         "amoxicillin tonight"),
        # one reader turned to by name in the middle of a post to everyone
        ("Lots of questions about natural induction. Most folk methods lack evidence.\nKayla, "
         "since you're 39+2 with your first, I'd skip the castor oil.\nAs always, check with "
         "your own care provider.", "advice.medical-to-you",
         "Kayla, since you're 39+2 with your first, I'd skip the castor oil"),
        ("Our team caught a transcription error this morning. Mr. Tran, if you see this please "
         "only take half your usual insulin dose tonight.", "advice.medical-to-you",
         "Mr. Tran, if you see this please only take half your usual insulin dose tonight"),
        # a reply that opens on who answers, a pet name, a name with a pet name
        ("Nurse here. Those red streaks up your arm from the cut are lymphangitis. You need oral "
         "antibiotics today.", "advice.medical-to-you", "You need oral antibiotics today"),
        ("hun at 38 weeks with period-type cramps every 5 min for over an hour that's early "
         "labour 💕 ring your birth suite now and head in when they tell you to. good luck mama!!",
         "advice.medical-to-you",
         "hun at 38 weeks with period-type cramps every 5 min for over an hour that's early "
         "labour 💕 ring your birth suite now and head in when they tell you to"),
        ("Katie love, if he's only had 2 wet nappies today, wake him for feeds and get your "
         "midwife or GP to weigh him tomorrow.", "advice.medical-to-you",
         "Katie love, if he's only had 2 wet nappies today, wake him for feeds and get your "
         "midwife or GP to weigh him tomorrow"),
        ("ICU nurse. A potassium of 6.1 in your dad when he's on spironolactone is not a wait "
         "for Monday number. Take him to the ED tonight.", "advice.medical-to-you",
         "Take him to the ED tonight"),
        ("Mate from what you've said (twisted it at footy, swelling the next day) that's probably "
         "your meniscus. Ice it and get your GP to refer you.", "advice.medical-to-you",
         "Ice it and get your GP to refer you"),
        ("Mr. Okafor, so good to see you on here! Like I said at your visit Tuesday, keep the "
         "furosemide at 40 mg every morning.", "advice.medical-to-you",
         "Like I said at your visit Tuesday, keep the furosemide at 40 mg every morning"),
        ("psych NP here - if the new sertraline is making you this jittery just cut it in half "
         "for a week then go back up.", "advice.medical-to-you",
         "psych NP here - if the new sertraline is making you this jittery just cut it in half "
         "for a week then go back up"),
        ("Anyone in the GTA who needs a Paxlovid script, DM me, I can do a quick virtual consult "
         "today.", "advice.offers-care-online", "I can do a quick virtual consult"),
        ("Anyone who wants me to look over their bloodwork results, feel free to message me "
         "privately.", "advice.asks-for-health-details",
         "wants me to look over their bloodwork results, feel free to message me"),
    ],
)
def test_individual_advice_is_flagged_on_the_right_words(
    analyzer: Analyzer, text: str, rule: str, span: str
) -> None:
    assert (rule, "warning", span) in flagged(analyzer, text)


def test_without_a_model_the_core_cases_still_work(packs: dict[str, Pack]) -> None:
    """No spaCy model: sentences and the parse are missing, the cue words still decide."""
    blank = Analyzer(packs, pipeline=Pipeline(spacy.blank("en"), None, None, degraded=True))
    reply = blank.analyze(
        "@sarah_k you should double your metformin to 1000 mg twice a day", packs=["advice"]
    )
    assert [(f.rule, f.severity) for f in reply] == [("advice.medical-to-you", "warning")]
    slang = blank.analyze("Another frequent flyer drug seeker in bed 3 tonight", packs=["tone"])
    assert [(f.rule, f.text) for f in slang] == [
        ("tone.patient-slang", "frequent flyer"),
        ("tone.patient-slang", "drug seeker"),
    ]
    assert blank.analyze("Get your flu shot!", packs=["advice", "tone"]) == []


def test_a_conditional_offer_to_see_someone_yourself_is_advice(analyzer: Analyzer) -> None:
    text = (
        "If your kid has a fever tonight, bring him to see me tomorrow, I'll squeeze you in. DM me"
    )
    found = [(f.rule, f.severity, f.text, f.start) for f in advice(analyzer, text)]
    assert ("advice.offers-to-see-you", "warning", "bring him to see me", 33) in found
    assert ("advice.offers-to-see-you", "warning", "I'll squeeze you in", 63) in found


@pytest.mark.parametrize(
    "text",
    [
        "If your child has a fever over 39 for more than 3 days, see your family doctor.",
        "Come see me speak at the family medicine forum on Saturday!",
        "My dentist squeezed me in this morning, so grateful.",
    ],
)
def test_invitations_that_are_not_care_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert [f.rule for f in advice(analyzer, text) if f.rule == "advice.offers-to-see-you"] == []


def test_a_reply_that_turns_to_everyone_is_general(analyzer: Analyzer) -> None:
    text = ("@DrWellnessGuru coffee enemas have no evidence for cancer and carry real risks. I'd "
            "encourage people to talk to their oncology team.")
    assert advice(analyzer, text) == []
    to_you = "@kim I'd encourage you to take 400 mg of ibuprofen for that."
    assert [(f.rule, f.severity, f.text) for f in advice(analyzer, to_you)] == [
        ("advice.medical-to-you", "warning", to_you[5:-1])
    ]


def test_an_offer_to_share_data_is_no_advice_but_what_one_would_prescribe_is(
    analyzer: Analyzer,
) -> None:
    offer = ("@covid_is_fake_99 COVID is real, and I've cared for hundreds with it. I'd be glad to "
             "share the data if you're open to it.")
    assert advice(analyzer, offer) == []
    switch = "@sam_k I'd switch to losartan if the cough persists."
    assert [(f.rule, f.severity, f.text) for f in advice(analyzer, switch)] == [
        ("advice.medical-to-you", "warning", "I'd switch to losartan if the cough persists")
    ]


def test_a_reading_of_ones_own_makes_it_personal_but_a_threshold_does_not(
    analyzer: Analyzer,
) -> None:
    reading = ("Your BP of 165/100 at 40 is dangerous. Start amlodipine 5mg today, I'll text you a "
               "script if your GP won't.")
    assert ("advice.medical-to-you", "warning") in [(f.rule, f.severity)
                                                    for f in advice(analyzer, reading)]
    threshold = "Your A1c of 6.5 or higher means diabetes. Talk to your doctor about next steps."
    assert advice(analyzer, threshold) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a drug the list lacked
        ("@fitmama.jo honestly at your BMI you should cut to 1200 calories and add phentermine.",
         "honestly at your BMI you should cut to 1200 calories and add phentermine"),
        # "alternate" before a drug is the order, not an adjective on it
        ("To everyone asking about my kid's ear infection protocol: 80 mg/kg/day of amoxicillin "
         "split twice daily. Works every time.",
         "To everyone asking about my kid's ear infection protocol: 80 mg/kg/day of amoxicillin "
         "split twice daily"),
        ("@jen_reads I wouldn't bother with the flu shot this year if you had COVID in the fall, "
         "you've got enough immunity.",
         "I wouldn't bother with the flu shot this year if you had COVID in the fall, you've got "
         "enough immunity"),
        ("@megan_p at 6 months she's too young for honey, so for the cough use saline drops and "
         "a humidifier, and 2.5 mL of Tylenol if she's fussy.",
         "at 6 months she's too young for honey, so for the cough use saline drops and a "
         "humidifier, and 2.5 mL of Tylenol if she's fussy"),
        ("@mel_mtl for your daughter's strep throat, make sure she finishes all 10 days of the "
         "amoxicillin, even if she feels better.",
         "for your daughter's strep throat, make sure she finishes all 10 days of the "
         "amoxicillin, even if she feels better"),
        ("@dad_of_3 for a 2 year old with a fever of 39, alternate Tylenol and Advil every 3 "
         "hours.",
         "for a 2 year old with a fever of 39, alternate Tylenol and Advil every 3 hours"),
    ],
)
def test_orders_on_a_medicine_in_a_reply_are_advice(
    analyzer: Analyzer, text: str, span: str
) -> None:
    assert ("advice.medical-to-you", "warning", span) in flagged(analyzer, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Your symptoms are textbook perimenopause, @jill_h. Ask for HRT, you don't need tests.",
         "textbook perimenopause"),
        ("Your acne in this pic is hormonal, babe. Ask your doctor for spironolactone, it changed "
         "my skin.", "Your acne in this pic is hormonal"),
        ("Saw your TikTok, @ally_fit. That's textbook vasovagal syncope. Just drink more salt "
         "water and you'll be fine.", "That's textbook vasovagal syncope"),
        ("I can tell from your selfie you're anemic, @pale_and_tired. Start iron pills and eat "
         "more steak.", "you're anemic"),
        ("@emma_louise that bump on your eyelid is a chalazion, warm compresses 4x a day and it'll "
         "go away.", "is a chalazion"),
        ("What you're describing (pain that started around your belly button and moved to the "
         "lower right) is appendicitis until proven otherwise.", "is appendicitis"),
        ("Not your doctor, ED nurse of 11 yrs. Pain that moved to the lower right? That's "
         "appendicitis until proven otherwise.", "That's appendicitis"),
        ("@mkhalid_ oof, that sounds like classic plantar fasciitis tbh. Roll a frozen bottle "
         "under the arch.", "sounds like classic plantar fasciitis"),
        ("@marcoreads that sounds exactly like BPPV. Look up the Epley maneuver.",
         "sounds exactly like BPPV"),
        ("girl that's a yeast infection, grab the 1-day Monistat and you're set",
         "that's a yeast infection"),
    ],
)
def test_a_diagnosis_told_to_a_reply_names_the_condition(
    analyzer: Analyzer, text: str, span: str
) -> None:
    assert ("advice.diagnosis", "warning", span) in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Perimenopause symptoms vary a lot. Talk to your doctor about whether HRT is right for "
        "you.",
        "The rash in this photo is viral: hand, foot and mouth, which is going around daycares. "
        "Here's what to know.",
        "Saw your post about burnout, @dr_kim. That's textbook moral injury, and we need to talk "
        "about it more.",
    ],
)
def test_a_condition_shown_or_taught_is_no_diagnosis(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Your labs look fine from what you posted, @jenna.fit, your TSH is normal so no need for "
         "meds.", "Your labs look fine"),
        ("@dan_k your A1c is a bit high, I'd start metformin.", "your A1c is a bit high"),
        ("From the numbers you posted your ferritin is low, that explains the fatigue.",
         "your ferritin is low"),
    ],
)
def test_reading_someones_own_results_back_to_them_is_a_diagnosis(
    analyzer: Analyzer, text: str, span: str
) -> None:
    assert ("advice.diagnosis", "warning", span) in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a condition in the next clause is no diagnosis of the reader
        "@drkwalsh I read the black box data differently - the absolute increase in suicidal "
        "ideation is small, and untreated depression carries its own risk.",
        # "first-come-first-served": a hyphen inside a word opens no imperative
        "@fedup_taxpayer I hear you, 9 hours is a long time to wait and I'm sorry. The ED sees "
        "the sickest first, not first-come-first-served, and right now we're short beds.",
    ],
)
def test_clause_and_word_boundaries_keep_replies_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


def test_a_diagnosis_before_the_comma_is_still_one(analyzer: Analyzer) -> None:
    assert flagged(analyzer, "@mike honestly that's classic sciatica, and it usually settles") == [
        ("advice.diagnosis", "warning", "that's classic sciatica")
    ]


def test_declining_to_take_results_by_message_is_no_advice(analyzer: Analyzer) -> None:
    declined = (
        "@jpl_writes I know it's tempting, but please don't DM me your scan results - I can't "
        "give individual advice on social media and I'd hate to get it wrong. Your oncology team "
        "is the right place for this."
    )
    assert advice(analyzer, declined) == []
    # the same words without the "don't" invite them
    invited = "@jpl_writes please DM me your scan results and I'll have a look."
    assert ("advice.asks-for-health-details", "warning", "DM me your scan results") in flagged(
        analyzer, invited
    )
    # and "please don't" before a change to treatment is still an order
    assert flagged(analyzer, "@sam please don't stop your metformin.") == [
        ("advice.medical-to-you", "warning", "please don't stop your metformin")
    ]


def test_conditions_read_off_one_persons_photo_or_story_and_what_follows(
    analyzer: Analyzer,
) -> None:
    assert flagged(analyzer, "@kev_d a sudden shower of floaters with flashes = retinal tear "
                             "until proven otherwise. go to emerg tonight, don't wait for "
                             "Monday") == [
        ("advice.diagnosis", "warning", "= retinal tear"),
        ("advice.medical-to-you", "warning", "go to emerg tonight, don't wait for Monday"),
    ]
    assert flagged(analyzer, "Replying to @mel.b.fitness from the belly photo you posted, "
                             "that's a diastasis recti of about 3 finger widths. Stop the "
                             "crunches for now.") == [
        ("advice.diagnosis", "warning", "that's a diastasis recti"),
        ("advice.medical-to-you", "warning", "Stop the crunches for now"),
    ]
    # care of a wound is an order; a goodbye is not
    assert flagged(analyzer, "@jo_k take care of that wound, keep it dry and change the "
                             "dressing daily") == [
        ("advice.medical-to-you", "warning",
         "take care of that wound, keep it dry and change the dressing daily")
    ]
    # a reply that sends the one it answers to their doctor tonight still triages them
    assert flagged(analyzer, "@jamie_r I'm sorry you're going through that. I can't assess you "
                             "from here, please call your doctor or 811 tonight.") == [
        ("advice.medical-to-you", "warning",
         "I can't assess you from here, please call your doctor or 811 tonight")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sharon, so sorry to hear your knee's been giving you grief 😔 We're not able to give "
        "individual advice over Facebook since we haven't assessed you, but please do get it "
        "looked at in person — your family doctor or any registered physio can help. Take care!",
        "Please don't DM me about your kid's symptoms — I can't assess anyone over social media. "
        "Call your pediatrician or the nurse line at 811.",
        "@truthseeker1776 Fascinating. Please do tell me more about how measles is just a rash. "
        "I'll wait while you look up the word encephalitis.",
        "@drkwan_rad Fair point. On that teaching case I'd probably call it BI-RADS 3 rather than "
        "4, but I can see why you'd biopsy with that margin. Reasonable minds differ, great "
        "discussion.",
    ],
)
def test_goodbyes_refusals_sarcasm_and_case_discussion_are_no_advice(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a lesson for anyone, in the imperative, with a dose
        "CPR 101: push hard and fast in the centre of the chest, 100-120 a minute, and let the "
        "chest come back up. Swap every 2 minutes if you can.",
        "How to use an EpiPen: blue to the sky, orange to the thigh, hold 3 seconds, call 911.",
        # a refusal right before the offer's verb
        "Quick note: we can't assess or diagnose through Instagram messages, please call the "
        "clinic at 403-555-0177.",
    ],
)
def test_lessons_for_anyone_and_refusals_are_no_advice(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


def test_a_lesson_word_does_not_hide_a_reply(analyzer: Analyzer) -> None:
    text = "@jen_k here's how to dose it for your son: give him 5 ml of Tylenol every 6 hours"
    assert [rule for rule, _, _ in flagged(analyzer, text)] == ["advice.medical-to-you"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Confused by your biopsy report? DM me a photo and I'll translate it into plain English.",
         "advice.assess-by-message"),
        ("Post your dad's med list in the comments and I'll flag anything that could cause falls.",
         "advice.assess-by-message"),
        ("Send our page a message with what you're seeing and one of our nurses will let you know "
         "if he needs to come in.", "advice.assess-by-message"),
        ("Kid took a hit at hockey? Message our page and we can do a virtual concussion "
         "assessment tonight.", "advice.assess-by-message"),
        # a reply that names the reader's own voice is still a diagnosis
        ("@jen_t your voice sounds like laryngitis to me", "advice.diagnosis"),
    ],
)
def test_invitations_to_send_details_for_a_read(analyzer: Analyzer, text: str, rule: str) -> None:
    assert rule in [r for r, _, _ in flagged(analyzer, text)]


@pytest.mark.parametrize(
    "text",
    [
        # addressed to a group, "your child" is every parent's
        "Parents: the number on the thermometer matters less than how your child is acting. "
        "A rash that doesn't fade under a glass = come straight in.",
        "Heat advisory for the tournament: drink about 500 ml 2 hours before games and sip "
        "during. Confusion or no sweating = call 911.",
        # the author's own voice
        "12 hour shift, 60 calls. My voice sounds like a goose with a sinus infection.",
        "Send us your questions for Thursday's live and one of our nurses will answer them on air",
    ],
)
def test_groups_advisories_and_the_authors_own_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("@bea_w that rash in your pic looks like pityriasis rosea to me, it clears in 6-8 weeks",
         "advice.diagnosis"),
        ("Not your doctor, but sulfur burps and watery diarrhea after a trek is textbook giardia. "
         "Tinidazole 2 g once usually does it.", "advice.diagnosis"),
        ("Lows overnight? DM me a screenshot of your CGM report and I'll suggest basal tweaks.",
         "advice.assess-by-message"),
        ("Results just say 'normal'? DM me a screenshot and I'll go through them with you.",
         "advice.assess-by-message"),
    ],
)
def test_conditions_named_and_reads_offered_from_the_round_b93_b100(
    analyzer: Analyzer, text: str, rule: str
) -> None:
    assert rule in [r for r, _, _ in flagged(analyzer, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Quick reminder: we don't do consults through Messenger or comments. Call the clinic.",
        "We do NOT book appointments through Instagram DMs, please call the front desk.",
        "Giardia is common after backcountry trips: boil or filter stream water, every time.",
    ],
)
def test_clinic_refusals_and_general_travel_advice_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dose fitted to what the reader described
        ("Oof, lambing season wrecks the back. Honestly for what you're describing I'd take "
         "naproxen 500 twice a day for a week and keep moving.",
         ("advice.medical-to-you", "warning", "Honestly for what you're describing I'd take "
          "naproxen 500 twice a day for a week and keep moving")),
        # an invitation to message, then an offer of care, in either sentence
        ("Got bitten by a bat at the cabin? PM me. I can sort out your rabies shots at our clinic "
         "tomorrow.", ("advice.offers-care-by-message", "warning", "PM me. I can sort out your")),
        ("Trying to get off sleeping pills? DM me and I'll help you work out a taper that fits "
         "your life.",
         ("advice.offers-care-by-message", "warning", "DM me and I'll help you work out")),
        # a condition after anaesthesia, read from the description
        ("That sounds exactly like a spinal headache after your epidural. Lie flat and have some "
         "caffeine.", ("advice.diagnosis", "warning", "sounds exactly like a spinal headache")),
        # a crisis line given to one person, tonight
        ("@kai_r if you're having those thoughts tonight, please call or text 988 right now. You "
         "matter.", ("advice.medical-to-you", "warning",
                     "if you're having those thoughts tonight, please call or text 988 right now")),
    ],
)
def test_described_cases_offers_by_message_and_crisis_lines_from_the_round_b101_b108(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # trolls told off or answered with the evidence
        "@NaturalNick your detox tea put two teens in hospital. Log off and take your snake oil "
        "with you.",
        "I see where you're coming from on PRN haloperidol, but I respectfully disagree that IM "
        "should be first line on our units.",
        "@VaxSkeptic99 I hear that you think vaccines just overload the immune system. The "
        "research doesn't support that.",
        "@antivax_annie Tell that to the mom in our PICU watching her 3-month-old on high-flow "
        "with pertussis.",
        # a public figure diagnosed from afar is tone's, not advice to anyone
        "Watched the premier's press conference today. Honestly the word-finding pauses look like "
        "early Alzheimer's to me.",
        "Send your general menopause questions in the comments for Friday's Q&A live. Please no "
        "personal cases, I can't answer those here.",
        "DM me and I'll send you the slides from grand rounds",
        "Text me when you land and I'll pick you up from the airport",
    ],
)
def test_retorts_arguments_figures_and_general_q_and_a_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tests, symptoms and shorthand the lists lacked, in friendly replies
        ("@sam_k aww hope your mum's doing better! tbh if she's still that breathless a week after "
         "discharge I'd push for a CTPA, could easily be a PE",
         ("advice.medical-to-you", "warning", "tbh if she's still that breathless a week after "
          "discharge I'd push for a CTPA, could easily be a PE")),
        ("@jo_b congrats on the new kidney!!! pro tip: take ur tac at the same times every day, "
         "12h apart, and steer clear of grapefruit",
         ("advice.medical-to-you", "warning", "pro tip: take ur tac at the same times every day, "
          "12h apart, and steer clear of grapefruit")),
        # a Reddit reply by its u/ handle, "in your position"
        ("u/bump_q sonographer here. Honestly I wouldn't do the amnio in your position, the "
         "miscarriage risk isn't worth it.",
         ("advice.medical-to-you", "warning", "Honestly I wouldn't do the amnio in your position, "
          "the miscarriage risk isn't worth it")),
        # a greeting by full name, then "Remember to keep taking"
        ("Hi Maureen Blake!! So lovely meeting you on the ward yesterday. Remember to keep taking "
         "your apixaban twice a day while that hip heals.",
         ("advice.medical-to-you", "warning",
          "Remember to keep taking your apixaban twice a day while that hip heals")),
        ("Worried about your toddler's words? DM us a short video and our SLPs will let you know "
         "if they need an assessment.",
         ("advice.assess-by-message", "warning", "DM us a short video and our SLPs will let you "
          "know")),
        # a one-word order is still an order
        ("@mike_r a rash that doesn't fade under a glass + a fever = A&E now, not the GP tomorrow. "
         "Go.", ("advice.medical-to-you", "warning", "Go")),
    ],
)
def test_friendly_replies_reddit_handles_greetings_and_videos_asked_for(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "@DrKhanOrtho For ankle fractures our dept guideline is weight-bearing films at 2 weeks, "
        "boot for 6, then physio.",
        "Please note: our sonographers are not able to discuss results during the scan. Your "
        "report goes to your midwife.",
        "@vax_truth go back to your essential oils and leave science to people who can read.",
        "Priority Q: Post-op day 1, SpO2 88% on RA, RR 28. First action? A) call the surgeon B) "
        "sit up + O2 C) give PRN lorazepam D) recheck in 1h",
        "I AM SO DONE with people FaceTiming the whole family during the scan. PUT. THE. PHONE. "
        "DOWN.",
    ],
)
def test_colleagues_guidelines_notices_retorts_quizzes_and_shouts_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our clinic now offers online ADHD evaluations! Just DM us here on Instagram to book your "
         "assessment.", ("advice.offers-care-by-message", "warning",
                         "DM us here on Instagram to book your assessment")),
        ("Worried about Dad's driving? DM me and I can do a quick video screen and tell you if he "
         "needs a road test.",
         ("advice.assess-by-message", "warning", "DM me and I can do a quick video screen")),
        ("Kids exposed at the school outbreak? Message me and I can call in acyclovir for the "
         "siblings, no visit needed.", ("advice.offers-care-by-message", "warning",
                                        "Message me and I can call in acyclovir")),
        ("@MarthaQ from what you describe (repeating questions, getting lost) this sounds like "
         "early Alzheimer's, sadly.",
         ("advice.diagnosis", "warning", "sounds like early Alzheimer")),
    ],
)
def test_bookings_screens_and_scripts_by_message_from_the_round_b117_b124(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Alzheimer's research funding doubled this year 🎉",
        "Early dementia often shows up as repeating questions; talk to your doctor if you notice "
        "it.",
    ],
)
def test_research_news_and_education_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "DM us to book a tour of the new birthing suites!",
        "Message us to book your spot in our free prenatal class this Saturday.",
    ],
)
def test_tours_and_classes_booked_by_message_are_not_care(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


def test_a_flu_shot_booked_by_message_still_is(analyzer: Analyzer) -> None:
    text = "Message us to book your spot for a flu shot this week!"
    assert ("advice.offers-care-online", "warning", "Message us to book") in flagged(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # booking and reviewing through the page, a promise to be seen
        ("Due for your pacemaker check? Just message our page with your name and device model "
         "and we'll get you booked.", ("advice.offers-care-by-message", "warning",
                                       "message our page with your name and device model and "
                                       "we'll get you booked")),
        ("Waiting months for our cardiology clinic? DM me directly. I will personally make sure "
         "you get seen.", ("advice.offers-care-by-message", "warning",
                           "DM me directly. I will personally make sure you get seen")),
        # questions about one's own case answered in the comments
        ("Having trouble with latching? Comment below with what's going on and our lactation team "
         "will reply with tips for your situation",
         ("advice.assess-by-message", "warning",
          "Comment below with what's going on and our lactation team will reply with tips for "
          "your")),
        ("Had a knee replacement with us? Drop your recovery questions in the comments and our "
         "ortho nurse navigator will answer each one personally.",
         ("advice.assess-by-message", "warning",
          "Drop your recovery questions in the comments and our ortho nurse navigator will "
          "answer each one personally")),
        # teeth and eyes in a friendly reply
        ("@cavityqueen_ no, you should NOT leave a cracked molar for 6 months lol.",
         ("advice.medical-to-you", "warning",
          "no, you should NOT leave a cracked molar for 6 months lol")),
        ("@lilybee_ tip since your eyes are dry: use preservative-free drops 4x a day",
         ("advice.medical-to-you", "warning",
          "tip since your eyes are dry: use preservative-free drops 4x a day")),
    ],
)
def test_bookings_comments_teeth_and_eyes_from_the_round_b125_b132(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately we're not able to give dental advice or assess anything over Instagram "
        "messages. Our front desk is happy to help during office hours!",
        "@freedomfighter88 respirator fit testing isn't a conspiracy, it's how we stop silicosis "
        "in stone benchtop workers.",
        "Brush twice a day and see your dentist every six months: cavities are preventable.",
    ],
)
def test_declining_a_reason_and_dental_education_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@sarah_k_runs congrats on the half!! next time try setting a temp basal at 50% about "
         "90 min before the gun", ("advice.medical-to-you", "warning",
                                   "next time try setting a temp basal at 50% about 90 min "
                                   "before the gun")),
        ("@tessa.outback ouch that graze looks angry! happy to take a look if you send a closer "
         "pic through DMs", ("advice.offers-care-online", "warning",
                             "happy to take a look if you send a closer pic through DMs")),
        ("Now offering virtual consults! Message me directly for UTIs or refills and I can send "
         "scripts to any pharmacy.", ("advice.offers-care-by-message", "warning",
                                      "Message me directly for UTIs or refills and I can send "
                                      "scripts")),
    ],
)
def test_pumps_pictures_and_scripts_from_the_round_b133_b140(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Quick ref for the new R1s: alteplase 0.9 mg/kg (max 90 mg), 10% bolus over 1 min. Check "
        "your local protocol.",
        "Walk-in STI testing Mon & Wed 4-7pm. Need PEP urgently? Call 416-555-0182 and we'll fit "
        "you in same day.",
        "I AM SO SICK OF INSURERS DENYING FERTILITY PRESERVATION FOR CANCER PATIENTS. "
        "@ClearPathHealth YOU SHOULD BE ASHAMED OF YOURSELVES.",
    ],
)
def test_references_for_trainees_phone_bookings_and_reproaches_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Palliative doc here 👋 Ask me anything about your loved one's symptoms in the replies "
         "and I'll do my best to help.", ("advice.asks-for-health-details", "warning",
                                          "Ask me anything about your loved one's symptoms")),
        ("Comment your weirdest symptom below and my study group will try to diagnose it for "
         "practice", ("advice.assess-by-message", "warning",
                      "Comment your weirdest symptom below and my study group will try to "
                      "diagnose")),
        ("Message our page if you need a refill while Dr. Moreau is away, I'm the resident "
         "covering and can send it straight to your pharmacy",
         ("advice.offers-care-by-message", "warning",
          "Message our page if you need a refill while Dr. Moreau is away, I'm the resident "
          "covering and can send it straight to your pharmacy")),
        ("@jen.t.grows congrats on 41 wks!! with you already 3cm I'd ask for a membrane sweep at "
         "your appt Thursday", ("advice.medical-to-you", "warning",
                                "with you already 3cm I'd ask for a membrane sweep at your appt "
                                "Thursday")),
    ],
)
def test_questions_in_replies_study_groups_and_covering_refills_from_the_round_b149_b156(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


def test_a_page_that_declines_refills_by_message_stays_quiet(analyzer: Analyzer) -> None:
    text = ("Friendly reminder: we are NOT able to process prescription refill requests through "
            "Facebook messages or comments. Please call the clinic.")
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative's discharge steered in a reply, by @ or by u/
        ("@dee_w so sorry about your grandma. Before they discharge her, ask whether she's "
         "inpatient or on observation status.",
         ("advice.medical-to-you", "warning",
          "Before they discharge her, ask whether she's inpatient or on observation status")),
        ("Same thing happened on our floor. u/tiredson ask for the hospice team tonight, they "
         "can't discharge your dad without a safe plan.",
         ("advice.medical-to-you", "warning",
          "u/tiredson ask for the hospice team tonight, they can't discharge your dad without a "
          "safe plan")),
        # dosing by the hour, a condition of breastfeeding
        ("@new.mama.jo for the blocked duct: ibuprofen 400 every 6-8h with food and warm "
         "compresses before feeds",
         ("advice.medical-to-you", "warning",
          "for the blocked duct: ibuprofen 400 every 6-8h with food and warm compresses before "
          "feeds")),
        # a foot's care told to one reader; the disclaimer of a personal answer
        ("@hikerbeth from your pic that's a heel blister. Drain it at the edge with a clean "
         "needle and keep the roof on.",
         ("advice.medical-to-you", "warning",
          "Drain it at the edge with a clean needle and keep the roof on")),
        ("Not your GC, but since you asked: with your dad's early colon cancer you'd qualify. "
         "Ask for a Lynch panel.", ("advice.medical-to-you", "warning", "Ask for a Lynch panel")),
    ],
)
def test_relatives_discharges_hourly_doses_blisters_and_disclaimers_from_the_round_b157_b164(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "@DrAdeyemi_ortho I take your point on early fixation, but with one theatre list a week, "
        "delayed surgery is often the safer call for us.",
        "@DrMira_GC I see it differently: I'd offer carrier screening to everyone planning a "
        "pregnancy, not by ancestry.",
        "Proud of our case management team, who planned 40 safe discharges this week.",
        "Since you asked about the conference: the slides are up on our site.",
    ],
)
def test_colleagues_disagreeing_discharge_teams_and_conference_answers_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aw no Kate that sounds rough 😩 honestly I'd alternate the ibuprofen and paracetamol "
         "and rest up.", ("advice.medical-to-you", "warning",
                          "Aw no Kate that sounds rough 😩 honestly I'd alternate the ibuprofen "
                          "and paracetamol and rest up")),
        ("@ben.k so glad you're home! Remember: clear liquids only till Friday and call us if your "
         "temp goes over 38.", ("advice.medical-to-you", "warning",
                               "Remember: clear liquids only till Friday and call us if your "
                               "temp goes over 38")),
        ("@lee_w sorry your mum is stuck in isolation with the MRSA. Ask the ward if she can walk "
         "the corridor in a gown.", ("advice.medical-to-you", "warning",
                                     "Ask the ward if she can walk the corridor in a gown")),
    ],
)
def test_sympathy_then_a_name_aftercare_and_isolation_from_the_round_b165_b172(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


def test_a_sympathetic_opening_to_everyone_stays_quiet(analyzer: Analyzer) -> None:
    text = "Oh no, flu season again. Wash your hands and stay home when you're sick, folks."
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@sam.p aww he's adorable 🥰 honestly at 22 months I'd ditch the pacifier during the day "
         "and narrate everything.", ("advice.medical-to-you", "warning",
                                      "aww he's adorable 🥰 honestly at 22 months I'd ditch the "
                                      "pacifier during the day and narrate everything")),
        ("@lee.r from what you're describing that's a cracked tooth, don't chew on that side",
         ("advice.diagnosis", "warning", "you're describing that's a cracked tooth")),
    ],
)
def test_speech_and_teeth_told_to_one_reader_from_the_round_b181_b188(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@kim I can't give medical advice here, but you need to get that rash seen today.",
         ("advice.medical-to-you", "warning",
          "I can't give medical advice here, but you need to get that rash seen today")),
        ("@kim I can't diagnose this over Twitter, but please stop the ibuprofen and go to urgent "
         "care tonight.", ("advice.medical-to-you", "warning",
                           "I can't diagnose this over Twitter, but please stop the ibuprofen and "
                           "go to urgent care tonight")),
        # "please" before the verb joined by "but": an order, not the author's own doing; and a
        # judgement of her case before it
        ("@NanaBeaD I really can't give medical advice on here, but chest tightness after "
         "starting a new med isn't one to wait on - please call 811 or go to urgent care tonight.",
         ("advice.medical-to-you", "warning",
          "I really can't give medical advice on here, but chest tightness after starting a new "
          "med isn't one to wait on - please call 811 or go to urgent care tonight")),
        # a refusal that sends the reader to care tonight triages them: the definition's own
        # "@jamie_r please call your doctor or 811 tonight"
        ("@jamie_r I'm sorry you're going through that. I can't assess you from here, please call "
         "your doctor or 811 tonight.",
         ("advice.medical-to-you", "warning",
          "I can't assess you from here, please call your doctor or 811 tonight")),
        ("@NanaBeaD I can't give medical advice on here, but please call 811 or go to urgent care "
         "tonight.", ("advice.medical-to-you", "warning",
                      "I can't give medical advice on here, but please call 811 or go to urgent "
                      "care tonight")),
        ("@sarahbmama a headache that won't go away plus swelling at 38 weeks is not something to "
         "wait on until Monday — please get your BP checked at L&D tonight",
         ("advice.medical-to-you", "warning",
          "a headache that won't go away plus swelling at 38 weeks is not something to wait on "
          "until Monday — please get your BP checked at L&D tonight")),
    ],
)
def test_declining_then_advising_in_one_sentence_is_still_advice(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "@kim I can't give medical advice here, but I hope you get well soon 💙",
        "@kim sorry, I can't give medical advice on here, but our clinic's number is on the page.",
        "I can't give medical advice on here, but please call 811 or go to urgent care if chest "
        "pain comes on.",  # said to everyone
        # a refusal that only sends the reader to care declines, even in a reply
        "@kim_r I'm sorry you're going through this. I can't advise on your situation here, but "
        "please call 811.",
        "@jules I can't comment on individual cases here, but please see your doctor if it's "
        "worrying you.",
        "@drlee I usually start low and please go slow with the titration",
        "@jo_m thanks so much and please keep sharing your story!",
    ],
)
def test_declining_then_wishing_well_or_pointing_to_the_clinic_stays_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("Hi Gloria! Just a reminder: keep the boot on at ALL times and take the flucloxacillin "
         "four times a day until it's finished. See you Thursday!",
         ["Just a reminder: keep the boot on at ALL times and take the flucloxacillin four times "
          "a day until it's finished"]),
        ("@kim keep her hydrated with Pedialyte. See you at your next appointment 😊",
         ["keep her hydrated with Pedialyte"]),
        ("@kim keep her hydrated with Pedialyte. See ya soon!",
         ["keep her hydrated with Pedialyte"]),
        # not a goodbye: it sends her to the ER
        ("@kim keep her hydrated with Pedialyte. See you in the ER if it gets worse.",
         ["keep her hydrated with Pedialyte", "See you in the ER if it gets worse"]),
    ],
)
def test_see_you_thursday_is_a_goodbye_not_advice(
    analyzer: Analyzer, text: str, advice: list[str]
) -> None:
    assert [t for rule, _, t in flagged(analyzer, text) if rule.startswith("advice")] == advice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sent to care in other words: casualty, evaluated by a physician
        ("@thandiwe_sa no no no, 38.9 in a 2 month old is not a 'wait and see'. Take her to "
         "casualty tonight please 🙏🏾",
         ("advice.medical-to-you", "warning", "Take her to casualty tonight please")),
        ("@coach_rivera please get that kid evaluated by a physician before Friday. No return to "
         "play without written clearance.",
         ("advice.medical-to-you", "warning",
          "please get that kid evaluated by a physician before Friday")),
        # how much one reader should eat after her baby
        ("@tina.bakes.bread so happy for you!! fwiw at 4 months postpartum and nursing you really "
         "shouldn't be going under ~1800 cal, I'd bump it up",
         ("advice.medical-to-you", "warning",
          "fwiw at 4 months postpartum and nursing you really shouldn't be going under ~1800 cal, "
          "I'd bump it up")),
    ],
)
def test_casualty_a_physicians_check_and_calories_told_to_one_reader(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # declining to judge from a photo; general teaching on where to go; calories in general
        "@tshepi_m hey, I genuinely can't assess a rash from a photo on here, I'd just be guessing "
        "and that's not fair to you. Hope it settles 🙏",
        "A fever over 38 in a baby under 3 months means a trip to casualty, every time. #PaedsTips",
        "Postpartum and breastfeeding? Most people need about 1800-2200 cal a day. Talk to your "
        "midwife if you're unsure.",
    ],
)
def test_declining_from_a_photo_and_general_teaching_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Reddit reply opens on "Replying to u/..."; "honestly just take" is an order
        ("Replying to u/anxious_daughter_88: if your dad's INR came back 6.2 and he isn't bleeding "
         "anywhere, he should skip tonight's warfarin and call his anticoag clinic",
         ("advice.medical-to-you", "warning",
          "if your dad's INR came back 6.2 and he isn't bleeding anywhere, he should skip "
          "tonight's warfarin and call his anticoag clinic")),
        ("@fatima_writes ahh get well soon!! for cramps that bad honestly just take mefenamic acid "
         "500 three times a day with food",
         ("advice.medical-to-you", "warning",
          "for cramps that bad honestly just take mefenamic acid 500 three times a day with "
          "food")),
    ],
)
def test_reddit_replies_and_orders_after_honestly_just(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # colleagues comparing practice; a sub's rules pointed to; a quoted compliment; a page
        # that says it gives no care by message
        "Replying to u/pgy2_dreaming: most of us cap ketorolac at 15 mg IV now - the ceiling "
        "effect data is pretty convincing and you just add renal/GI risk going higher. Check your "
        "institution's order set though.",
        "I genuinely can't weigh in on your dad's meds from a reddit comment, and honestly nobody "
        "here should. This sub is for providers venting, not medical questions - check the "
        "sidebar.",
        "Mr. Gonzalez, 71, taught me to say 'mijo' properly and told the attending I'd be 'a great "
        "American doctor'. I'll never forget you.",
        "Please note: our doctors do NOT provide consultations or prescriptions through Facebook "
        "Messenger or Instagram DMs. Call 800 4482 or book through our app.",
    ],
)
def test_practice_talk_sub_rules_quoted_praise_and_no_care_by_message_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fertility plan for one reader; an order after "please" with no comma; a hotline
        # "right now about your son" after a refusal; care offered through "this page"
        ("@kat.r.ttc with an AMH of 0.4 at 41 I would go straight to IVF with donor eggs.",
         ("advice.medical-to-you", "warning",
          "with an AMH of 0.4 at 41 I would go straight to IVF with donor eggs")),
        ("@bumpdiaries at 30 weeks please don't take the ibuprofen.",
         ("advice.medical-to-you", "warning", "at 30 weeks please don't take the ibuprofen")),
        ("@worried_dad22 I can't give medical advice here, but please call Poison Control right "
         "now about your daughter.",
         ("advice.medical-to-you", "warning",
          "I can't give medical advice here, but please call Poison Control right now about your "
          "daughter")),
        ("Can't get a GP? Message this page with your symptoms and I can usually do a video "
         "visit the same day.",
         ("advice.offers-care-by-message", "warning",
          "Message this page with your symptoms and I can usually do a video visit")),
    ],
)
def test_fertility_plans_please_dont_hotlines_now_and_this_page(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # guidance quoted for a question the clinic is asked; a thread's "you usually don't need
        # to"; a colleague asked what their service does; a source pointed to; a staff clinic
        "We get asked a lot: can I have coffee while breastfeeding? Most guidance: keep caffeine "
        "under ~300 mg a day.",
        "Lots of parents asking about alternating Tylenol and Advil 🧵\n\n1/ You usually don't "
        "need to. Pick one and dose it properly by weight.",
        "@ICU_PharmD are you still giving 1 g of TXA over 10 min or has your department moved to "
        "2 g? Our unit is split.",
        "@WellnessWithRae I hear you, but the evidence isn't there. Here's the review I'd point "
        "to: https://doi.org/10.1002/14651858.CD000001 Happy to keep talking.",
        "Flu shots for staff: come see me in first aid tomorrow between 9 and 3!",
        "Save the Poison Control number in your phone today: 1-800-222-1222. It's free and 24/7.",
    ],
)
def test_quoted_guidance_threads_colleagues_sources_and_staff_clinics_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # first aid for one reader's child; a restarted MS drug; a reminder for a father's
        # anticoagulant; a missed PrEP dose; a cabin visit offered by DM; symptoms asked by message
        ("@mia_chen no, please don't put toothpaste on your son's burn. Cool water for 20 "
         "minutes.",
         ("advice.medical-to-you", "warning",
          "no, please don't put toothpaste on your son's burn")),
        ("@ms_warrior22 Restart your Ocrevus plan and call your MS nurse Monday.",
         ("advice.medical-to-you", "warning",
          "Restart your Ocrevus plan and call your MS nurse Monday")),
        ("@Ana Ruiz so good to meet your mum on 4A! Remind her the apixaban is twice a day.",
         ("advice.medical-to-you", "warning", "Remind her the apixaban is twice a day")),
        ("@jj_runs on daily PrEP? If you missed one yesterday, take one tonight, don't double up.",
         ("advice.medical-to-you", "warning",
          "If you missed one yesterday, take one tonight, don't double up")),
        ("Anyone on deck 7 still sick from the norovirus? DM me and I'll arrange a cabin visit.",
         ("advice.offers-care-by-message", "warning", "DM me and I'll arrange a cabin visit")),
        ("Kiddo sick and can't reach us by phone? Send us a message with their symptoms and the "
         "nurse will reply.",
         ("advice.asks-for-health-details", "warning",
          "Send us a message with their symptoms")),
    ],
)
def test_first_aid_drugs_restarted_reminders_prep_and_care_by_message(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a career's skills; an open house visit; first-aid education
        "Thinking about remote nursing? Do your certification courses first and get comfortable "
        "with suturing and casting.",
        "DM me and I'll arrange a visit to our open house for new grads.",
        "Burns: cool running water for 20 minutes, never butter. #firstaid",
    ],
)
def test_career_skills_open_houses_and_first_aid_education_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sent to casualty by name; a drug asked for after an emoji; the page's clinicians offered
        ("@mia_k if that's drain cleaner, flush it with water for 20 minutes now and then get "
         "yourself to the nearest ER.",
         ("advice.medical-to-you", "warning", "if that's drain cleaner, flush it with water for 20 "
          "minutes now and then get yourself to the nearest ER")),
        ("@dan_runs so sorry, mucositis in cycle 3 is rough 😣 ask your team for the magic "
         "mouthwash and suck on ice chips during the infusion",
         ("advice.medical-to-you", "warning", "so sorry, mucositis in cycle 3 is rough 😣 ask "
          "your team for the magic mouthwash and suck on ice chips during the infusion")),
        ("Worried about a lump? Send our page a message and one of our breast surgeons will review "
         "your ultrasound report.",
         ("advice.offers-care-by-message", "warning",
          "Send our page a message and one of our breast surgeons will review your")),
        ("Message our page with your MRI report and one of our spine surgeons will look at it "
         "within 48 hours.",
         ("advice.offers-care-by-message", "warning",
          "Message our page with your MRI report and one of our spine surgeons will look at it")),
    ],
)
def test_casualty_by_name_drugs_after_an_emoji_and_the_pages_clinicians(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # "not YOUR nurse", then only where to go; a cannula's gauge is no dose
        "I'm a nurse, and I'm definitely not YOUR nurse. If you're worried about chest pain, call "
        "911.",
        "Nothing tests you like a 22G cannula and a rolling vein at 3am 😤",
    ],
)
def test_not_your_clinician_and_gauges_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


def test_not_your_doctor_but_then_advice_is_advice(analyzer: Analyzer) -> None:
    assert ("advice.medical-to-you", "warning",
            "I'm not your doctor, but @kev_22 you should take 400 mg ibuprofen for that knee "
            "tonight") in flagged(analyzer, "I'm not your doctor, but @kev_22 you should take 400 "
                                            "mg ibuprofen for that knee tonight.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an insulin-to-carb ratio changed; "please ask your GP" with urgency after a refusal; a
        # page's physios
        ("@dan_t1d if you're running 220 after dinner on a 1:10 dinner ratio, I'd tighten it to "
         "1:8 for a few days.",
         ("advice.medical-to-you", "warning", "if you're running 220 after dinner on a 1:10 "
          "dinner ratio, I'd tighten it to 1:8 for a few days")),
        ("@lou_m I can't diagnose from a photo, but if it's changing shape please ask your GP for "
         "an urgent referral this week.",
         ("advice.medical-to-you", "warning", "I can't diagnose from a photo, but if it's "
          "changing shape please ask your GP for an urgent referral this week")),
        ("Still leaking after your prostatectomy? Message our page with your op date and one of "
         "our men's health physios will assess you.",
         ("advice.offers-care-by-message", "warning", "Message our page with your op date and one "
          "of our men's health physios will assess you")),
    ],
)
def test_carb_ratios_urgent_referrals_after_refusals_and_physios_by_message(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a troll asked to "tell me more"; a page that declines and only sends the reader to care
        "@antivax_dan Please do tell me more about how garlic cures whooping cough. I'll wait.",
        "Hi Joan, sorry about your hip 😔 We're not able to give individual advice over Facebook, "
        "but please do get it looked at in person by your GP.",
    ],
)
def test_please_tell_me_more_and_a_pages_refusal_stay_quiet(analyzer: Analyzer, text: str) -> None:
    assert flagged(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the list may lack and a pet word; a thanks that ends on the reader's name
        ("Chidinma Eze sis, if you've had diarrhoea since last night, stop the ramipril until you "
         "can keep fluids down.",
         ("advice.medical-to-you", "warning", "Chidinma Eze sis, if you've had diarrhoea since "
          "last night, stop the ramipril until you can keep fluids down")),
        ("Thanks for sharing this, Maureen. With your dad's history I'd ask your GP for a "
         "referral to the memory clinic this month.",
         ("advice.medical-to-you", "warning", "With your dad's history I'd ask your GP for a "
          "referral to the memory clinic this month")),
        # first aid for one reader's child, by the body part it is about
        ("@kerry_b88 for a pea up his nostril, block the other side and get him to blow hard. "
         "If it won't budge, A&E.",
         ("advice.medical-to-you", "warning", "for a pea up his nostril, block the other side "
          "and get him to blow hard")),
        # results invited under a post, in English and in Spanish
        ("PCOS Q&A! Drop your questions, cycle lengths and any ultrasound results in the comments "
         "and I'll get to them tonight.",
         ("advice.asks-for-health-details", "warning", "Drop your questions, cycle lengths and any "
          "ultrasound results in the comments")),
        ("¿Les salió un sarpullido? Mándenme un mensaje con foto y les digo si es alergia.",
         ("advice.es-asks-for-health-details", "warning", "Mándenme un mensaje con foto y les "
          "digo si")),
    ],
)
def test_named_readers_first_aid_by_body_part_and_results_invited_below(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # orders given in jest to a troll
        "@detox_queen oh sure, swap his insulin for cinnamon and vibes. Let us know how that goes, "
        "genius.",
        "@raw_milk_ron Absolutely, skip the eye drops and stare at the sun instead. What could "
        "possibly go wrong 🙄",
        # a reply that speaks of everyone, and the sentence after it; words for a newsletter
        "@Pat Doyle I hear you. But for people with heart failure the evidence on salt is pretty "
        "clear: watch the ankles and weigh daily.",
        "@nana_rosa for the parish bulletin: in general, most sunburn settles with cool water and "
        "aloe. Blistering over a large area needs a doctor, go to urgent care.",
    ],
)
def test_jeers_talk_of_everyone_and_newsletter_copy_stay_quiet(
    analyzer: Analyzer, text: str
) -> None:
    assert flagged(analyzer, text) == []
