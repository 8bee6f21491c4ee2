"""Individual medical advice: who is "you", and is the sentence telling them what to do medically?

The same words are fine or not depending on who they are aimed at. "Take 400 mg ibuprofen" in a
reply to @someone is advice to one person; "If you take ibuprofen, don't exceed 1,200 mg a day"
is education for everyone. So each sentence gets two readings:

* **addressee**: one person (the post replies to an @handle, says "in your case", talks about
  "your results" or "your son's rash", or recalls what "you said"), the public (a conditional
  "if you...", "everyone", "adults", "#PSA", a referral "talk to your doctor"), or unknown;
* **medical action**: a dose or frequency, a treatment verb aimed at a medicine ("double your
  metformin", "stop the statin"), or advice wording ("you should try melatonin").

One person + a medical action is a warning; an unknown "you" + a dose or treatment change is a
warning too (nobody doses the public in the second person); the public + an action stays at info.
The parse of the small English model is too unreliable for this on informal posts (it tags
"Trump" as a verb), so the readings come from cue words within the sentence and the post.

Everything a sentence says is read once per chunk of the post and kept with its parse; what the
post as a whole says (a reply, "in your case", "#PSA") is a cheap step over those records, so
that an edit to one sentence reads that sentence again and still sees the reply that opens the
post.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from spacy.tokens import Token

from secondlook.engine.context import Context
from secondlook.engine.detectors import detector
from secondlook.engine.detectors.advice_tone_shared import (
    REPLY,
    chunk_records,
    post_sentences,
)
from secondlook.engine.detectors.phi_details import public_figure_named
from secondlook.engine.findings import Hit
from secondlook.engine.lexicons import lexicon
from secondlook.rules.loader import Rule

_I = re.IGNORECASE

# "Lisa, ..." or "OP, ...": a post that opens by addressing one person by name.
VOCATIVE = re.compile(
    r"^\s*(?:(?:[Hh]ey|[Hh]i|[Hh]ello|[Dd]ear) )?(?:OP\b|@?([A-Z][a-z]+)(?: [A-Z][a-z]+)?\s*,"
    # "Hi Linda Morrison!! It was so lovely meeting you"
    r"|(?:[Hh]ey|[Hh]i|[Hh]ello|[Dd]ear) ([A-Z][a-z]+)(?: [A-Z][a-z]+)?\s*!"
    # "Mr. Okafor, so good to see you on here!"
    r"|(?:Mr|Mrs|Ms|Miss|Mx)\.? [A-Z][a-z'-]+\s*[,!])"
    # a pet name or a mate's: "Hi lovely!", "Dude you're not dying", "Hey mama,"
    r"|^\W*(?i:(?:(?:hey|hi|hello|oh|aw+|ok|okay) )?(?:hun|hon|babe|mama|mamma|momma|dude|bro|"
    r"sis))\b"
    r"|^\W*(?i:(?:(?:hey|hi|hello|oh|aw+|ok|okay) )?(?:lovely|mate|girl|my friend|friend))\b"
    r"(?=\s*[,!]|\s+(?i:you|u|ur|your|that's|thats|it's|its|this is)\b)"
    # "Katie love, if he's only had 2 wet nappies today"
    r"|^\s*([A-Z][a-z]+) (?:love|hun|dear|darling|babe|mate|hon)\s*,"
    # sympathy, then the name: "Aw no Jess that sounds miserable"
    r"|^\s*(?:[Aa]w+|[Oo]h|OMG|[Oo]mg|[Uu]gh)(?: no)?,? ([A-Z][a-z]+)\b(?=\s*,|\s+(?:that|you|your|"
    r"i'm|im|so|honestly|sorry)\b)"
)
# A name and a pet word, or a thanks that ends on a name: "Funmi Adebayo sis, ...", "Thanks for
# sharing your story, Linda."
PET_VOCATIVE = re.compile(
    r"^\s*[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:love|hun|dear|darling|babe|mate|hon|sis|bro|mama)\s*,"
    r"|^\W*(?:thanks|thank you)\b[^.!?\n]{0,60},\s*(?-i:[A-Z][a-z]+)\s*[.!]",
    re.I,
)
# An @handle (or a Reddit u/name) the sentence speaks to; "new guidance from @CDCgov", "with
# @DrLee" cite or credit an account instead of addressing it.
MENTION = re.compile(
    r"(?<![\w@])(?<!\bfrom )(?<!\bby )(?<!\bvia )(?<!\bper )(?<!\bof )(?<!\bwith )(?<!\bat )"
    r"(?<!\bcc )(?<!\bcc: )(?<!\bh/t )(?<!\bht )(?<!\bto )(?<!\band )(?:@\w+|(?<![\w/])u/\w+)",
    _I,
)
# "u" and "ur" as words, not the shorthand "f/u" (follow-up) or "w/u" (work-up)
SECOND_PERSON = re.compile(
    r"\b(?:you|your|yours|yourself|you're|youre|you've|you'd|you'll|(?<!/)u|(?<!/)ur)\b", _I
)
# What a reading of one's own is of: "your BP of 165/100", "your TSH is normal".
ANALYTES = (
    r"bp|blood pressure|sugars?|glucose|a1c|hba1c|cholesterol|ldl|tsh|ferritin|b12|iron|psa|"
    r"creatinine|egfr|vitamin d|potassium|sodium|hemoglobin|haemoglobin|hgb|inr|platelets|"
    r"white count|wbc"
)
# Cues that the post is about one person's own situation, wherever they appear in the post.
INDIVIDUAL = re.compile(
    r"\bin (?:your|ur) (?:case|situation|circumstances)\b"
    r"|\bfor you specifically\b"
    # "your son's rash", "your daughter has a fever": one family's case. Not "get your child
    # vaccinated" or "talk to your child's doctor", which speak to every parent reading.
    r"|\b(?:your|ur) (?:son|daughter|kid|child|baby|toddler|husband|wife|partner|mom|mum|"
    r"mother|dad|father|boyfriend|girlfriend|grandma|grandpa|grandmother|grandfather)"
    r"(?=(?:'s|’s) (?:\w+ ){0,2}?(?:fever|rash|cough|pain|ears?|throat|infection|asthma|eczema|"
    r"acne|bumps?|lumps?|spots?|moles?|bites?|cut|burn|wound|breathing|temp|temperature|"
    r"headaches?|stomach|tummy|poop|stool|vomiting|diarrh?oea|diarrhea|symptoms?|meds|"
    r"medications?|dose|results|labs|allerg\w+|reaction|swelling|bruis\w+|sleep|weight|speech|"
    r"behaviou?r|heart|blood|sugars?|levels|condition|diagnosis|injury|knee|ankle|wrist|arm|"
    r"leg|back|chest|skin|eyes?|nose|lungs?)\b"
    r"|(?:'s|’s)? (?:has|had|is|was|has been|'s been|keeps|kept|started|seems|woke|still)\b"
    r"|(?:'s|’s) been\b)"
    r"|\b(?:your|ur) (?:results|labs?|bloodwork|blood work|scan|mri|x-?ray|ct|ultrasound|ecg|ekg|"
    r"a1c|numbers|levels|biopsy|report|photo|pic|picture|mole|lump)\b"
    # not a threshold told to everyone: "your A1c of 6.5 or higher means diabetes"
    r"(?!\s+(?:of|is|at|over|above|under|below)\s*\d+(?:[.,/]\d+)?\s*%?\s*(?:\+|or (?:higher|"
    r"more|above|over|lower|less|below|under)|and (?:up|above|over|higher)))"
    # nor what the test is: "your A1c is a 3-month average", "your labs show how ... work"
    r"(?!\s+(?:is|are) (?:a|an|the|just|basically|simply|only)\b"
    r"|\s+(?:tells?|shows?|measures?|reflects?|means?)\b)"
    # "Your BP of 165/100 at 40 is dangerous": a reading that is the reader's own
    r"|\b(?:your|ur|her|his) (?:" + ANALYTES + r"|heart rate|pulse|temp|temperature|bmi) "
    r"(?:of|is|was|at|reading "
    r"of|came back(?: at)?|went up to|is at|was at)\s*\d+(?:[./]\d+)?(?![\d./]|\s*(?:\+|or "
    r"(?:higher|more|above|over|lower|less|below|under)|and (?:up|above|over|higher)))"
    r"|\b(?:you|u) (?:said|mentioned|described|posted|wrote|told me)\b"
    # "Honestly for what you're describing I'd alternate ibuprofen and Tylenol"
    r"|\b(?:for|from|with|given|based on) what (?:you|u)(?:['’]re| are)? (?:describing|describe|"
    r"described|telling me|say|said)\b"
    # "To the lady who messaged me about her son's asthma: ..." answers one person
    r"|\b(?:to|for) (?:the|that) (?:lady|woman|man|guy|mom|mum|dad|mother|father|parent|person|"
    r"gentleman|nurse|patient|colleague|friend|follower|reader|student|resident) (?:who "
    r"(?:messaged|dm'?d|dmed|asked|wrote|commented|emailed|texted)\b|whose\b)"
    r"|\bto whoever (?:messaged|dm'?d|dmed|asked|wrote|emailed)\b"
    # "To everyone asking about my ear infection protocol: 80 mg/kg/day ..."
    r"|\b(?:to|for) (?:everyone|everybody|all of you|those of you|the people|people) (?:who "
    r"(?:asked|messaged|dm'?d|dmed|commented|emailed|wrote in)|asking)\b"
    r"|\b(?:from|based on|going by|judging by) (?:your|what you(?:'ve|'re| have| are)?(?: all)?) "
    r"descri\w*"
    # "Like I said at your visit Tuesday, keep the furosemide at 40 mg"
    r"|\b(?:at|during|since|after) (?:your|ur) (?:last )?(?:visit|appointment|appt|check-?up)\b"
    r"|\bwhat you(?:'re| are) describing(?: \([^)]{0,300}\))? (?:is|sounds|could be|might be)\b"
    r"|\b(?:from|by) the sound of it\b|\bfrom what you say\b"
    r"|\bfrom what you(?:'ve| have)? (?:said|told me|written|posted)\b"
    r"|^\W*replying to (?:your|@)"
    # "A potassium of 6.1 in your dad", "... peeling fingertips in your little one??"
    r"|\bin (?:your|ur) (?:son|daughter|dad|mom|mum|father|mother|husband|wife|partner|kid|child|"
    r"baby|little one|toddler)\b"
    # the disclaimer of a reply to someone's own question: "Not your doctor, but ..."
    r"|\bnot (?:your|ur) (?:doctor|doc|physician|nurse|pharmacist|gp|gc|genetic counsell?or|"
    r"midwife|dentist|physio|dietitian|therapist|ob)\b|\bsince (?:you|u) asked\b"
    r"|\b(?:replying|reply|answering) to (?:everyone|all of you|those of you|people|the people) "
    r"who (?:messaged|dm'?d|dmed|asked|wrote|commented|emailed)\b"
    # "I'd say that rash needs to be seen today": the rash in the post being answered
    r"|\b(?:i'd say|i would say|i think|i'm sure|honestly),? that (?:rash|lump|mole|bump|spot|"
    r"swelling|wound|cut|burn|bite|cough|fever) (?:needs|should|has to|must|is|looks)\b"
    r"|\b(?:at|given) your (?:age|history|weight|kidney function)\b"
    r"|\bwith your (?:history|condition|kidney function|heart)\b"
    r"|\bsince (?:you're|you are|you've been|you have been|you aren't)(?: not)? (?:already )?"
    r"(?:on|taking|trying|pregnant|breastfeeding|nursing|allergic|over|under)\b",
    _I,
)
# A reply that opens on who answers ("Nurse here. Those red streaks up your arm are ..."), when
# it goes on about one reader's own body or results; "Pharmacist here: yes, you can take Tylenol
# and Advil together" answers everyone.
ANSWERER = re.compile(
    r"^\W*(?:(?:hey|hi|ok|okay),? )?(?:[\w&/-]+ ){0,2}(?:nurse|doctor|doc|physician|pharmacist|"
    r"midwife|physio|dentist|rd|dietitian|np|rn|md|paramedic|psychologist|gp)(?: \([\w ]+\))?"
    r"(?: here\b|(?=[.!:]))"
    r"(?![^.!?\n]{0,40}\b(?:psa|reminder|everyone|folks|y'all|friends)\b)",
    _I,
)
READERS_OWN = re.compile(
    r"\b(?:your|ur) (?:arm|leg|belly|stomach|tummy|chest|head|back|knee|ankle|wrist|foot|feet|"
    r"hand|skin|eye|ear|throat|cut|wound|rash|lump|mole|bite|burn|symptoms|results|labs|bloods|"
    r"scan|x-?ray|a1c|numbers|levels|little one|dad|mum|mom|son|daughter|baby|kid|child|husband|"
    r"wife|partner|breakout|migraines?|headaches?)\b|\blike yours\b|\bwhat you(?:'re| are) "
    r"describing\b",
    _I,
)
# A reply among clinicians about a thread or a case, not about the reader's own health.
CASE_DISCUSSION = re.compile(
    r"\b(?:great|good|nice|interesting|fascinating|excellent|helpful|useful) (?:thread|case|post|"
    r"point|summary|review|paper|talk|discussion)\b|\bi'?d add\b|\bto add to (?:this|that|your)\b|"
    # "Fair point. On that teaching case I'd call it BI-RADS 3 ... Reasonable minds differ."
    r"\bfair point\b|\b(?:that|this|the|your) teaching case\b|\breasonable (?:minds|people) "
    r"(?:differ|disagree|can disagree)\b|"
    r"\b(?:agree|agreed) with (?:all of )?(?:this|that|you)\b|\bin (?:our|my) (?:unit|practice|"
    r"department|shop|centre|center|hospital) we\b|\bfor the (?:board|boards|exam|oral)s?\b"
    # a colleague's question answered from the guideline: "Good q. IDSA still lists ..."
    r"|\bgood (?:q|question)\b|\b(?:idsa|nice|aafp|acog|aap|cdc|cps|sogc|esc|aha|acc) (?:still )?"
    r"(?:lists?|recommends?|says|guidance|guidelines?)\b",
    _I,
)
# A forum's own rules, pointed to: "This sub is for providers venting, not medical questions -
# check the sidebar"
SUB_RULES = re.compile(
    r"\b(?:check|read|see) the (?:sidebar|sub rules|rules|faq|pinned (?:post|comment|thread)|"
    r"wiki)\b",
    _I,
)
# Clinicians comparing practice: "most of us cap ketorolac at 15 mg IV now ... check your
# institution's order set". Its "you" is any prescriber.
PRACTICE_TALK = re.compile(
    r"\b(?:most|many|all|some) of us (?:now )?(?:cap|start|use|give|go with|prescribe|dose|stop|"
    r"switched|moved|avoid|limit)\b|\byour (?:institution|hospital|unit|department|dept)['’]s "
    r"(?:order set|protocol|policy|guideline|formulary|pathway)\b"
    # asking a colleague what their service does: "or have you moved to 0.15? Our dept is split"
    r"|\b(?:have you|has your (?:dept|department|unit|hospital|team|group|service)) (?:all )?"
    r"(?:moved|switched|changed) (?:to|over)\b|\byour (?:pharmacy|p&t|formulary|stewardship) "
    r"(?:committee|team|group)\b|\bour (?:dept|department|unit|group|team|service) is split\b"
    # a career's skills, not anyone's care: "Do your RNCP courses first, get comfortable with
    # suturing and casting"
    r"|\b(?:get comfortable with|brush up on|do your (?:[\w-]+ )?(?:courses?|certifications?|"
    r"training|modules))\b",
    _I,
)
# "@dr_sam for delirium I usually start with 0.5 mg haloperidol": a clinician telling a colleague
# (by the handle) what they do themselves.
COLLEAGUE_HANDLE = re.compile(
    r"^\s*@(?:(?:dr|doc|prof|nurse)[\w.]*|\w*(?:_md|md_|_rn|rn_|_np|np_|_do|_dds|pharmd|rph)\b)",
    _I,
)
OWN_PRACTICE = re.compile(
    r"\b(?:i|we) (?:usually|typically|generally|often|always|tend to|normally|routinely) "
    r"(?:start|use|give|go with|prescribe|reach for|try|add|order|begin|dose)\b"
    r"|\bin my (?:practice|experience|hands)\b|\bmy (?:go-to|usual|default)\b"
    # "agree, we switched to dexamethasone 0.15 mg/kg for croup years ago"
    r"|\b(?:i|we)(?: have|'ve)? (?:switched|moved|changed) (?:to|over)\b"
    # "For dislocated shoulders our dept guideline is pre- and post-reduction films"
    r"|\bour (?:dept|department|unit|hospital|service|team|local|ed|er|icu)(?:['’]s)? "
    r"(?:guideline|protocol|pathway|policy|practice|approach)\b|\bwe (?:don['’]t|do not) "
    r"routinely\b",
    _I,
)
CONDITIONAL_BEFORE = re.compile(r"\b(?:if|when|whenever|unless|whether|once|in case)\b[^,.;]*$", _I)
# Words for everyone reading.
EVERYONE = r"(?:everyone|everybody|anyone|anybody|folks|parents|people|patients)"
# Cues that "you" is anyone reading: conditionals, groups, public-health framing.
GENERIC = re.compile(
    r"\b(?:if|unless|whether) (?:you|your|u)\b"
    # (mid-sentence "when you" describes: "that sharp zing when you bite down")
    r"|(?:^|[.!?,;:]\s*|\b(?:and|but|so|or)\s+)(?:when|whenever|once|before|after|while) "
    r"(?:you|your|u)\b"
    r"|\b(?:" + EVERYONE + r"|all of you|you all|y'all|you guys|adults|friends|reminders?|psa|"
    r"pro tip|tips?|remember|never|always|"
    # a myth told in order to answer it: "Myth: you can't take antibiotics with birth control."
    r"myths?|myth-?busting|misconceptions?|did you know|fun fact|fact check|"
    # a lesson for anyone: "Naloxone 101: lay the person on their back", "how to"
    r"[\w-]+ 101|how to|step[- ]by[- ]step|the person|the casualty|"
    # "Heat advisory for tourney weekend: drink ~500 ml 2 hrs before games"
    r"advisory|(?:heat|weather|health|air quality|smoke|cold) (?:alert|warning))\b"
    r"|#\w*(?:psa|health|tip|awareness|meded|foamed|harmreduction|savelives)\w*"
    # teaching and evidence for colleagues
    r"|\b(?:teaching point|pearl|guidelines?|guidance|new study|study|trial|evidence|"
    r"recommendations?|"
    # a question the clinic is often asked: "We get asked daily: can I drink coffee during IVF?"
    r"(?:we|i) (?:get|got|are) asked|faq|frequently asked|common questions?|"
    r"residents|students|learners|case discussion|grand rounds|"
    # "Quick ref for the new R1s: alteplase 0.9 mg/kg"
    r"quick ref(?:erence)?|cheat ?sheet|r1s|pgy-?1s|interns|fy1s|new grads|juniors)\b",
    _I,
)
# A post that opens by addressing a group: "Parents:", "Calling all runners!", "To all the moms -"
TO_A_GROUP = re.compile(
    r"^\W*(?:(?:hey|attention|calling all|to all(?: the)?|dear|all|fellow) )?(?:parents|moms|mums|"
    r"dads|families|athletes|players|coaches|runners|everyone|everybody|folks|friends|patients|"
    r"caregivers|carers|teens|students|ladies|guys|y'all|new parents|new moms|new mums|seniors|"
    r"grandparents)\s*[:!,\u2014\u2013-]",
    _I,
)
# A sentence that turns to everyone, even in a reply: "I'd encourage people to talk to their
# oncology team". (Not "people on blood thinners should never ...", which may be the reader.)
TO_ANYONE = re.compile(
    r"\b(?:encourage|urge|remind|invite)s?\s+(?:all\s+)?(?:" + EVERYONE + r"|families|readers)"
    r"\s+to\b"
    # "What I CAN say generally: face droop or slurred speech = call 911"
    r"|\b(?:generally|in general|as a general rule|general(?:ly)? speaking)\b"
    # "But for people with diabetic neuropathy the research is clear"; words for a piece to be
    # published: "@abuelita_tx for the church newsletter piece: ..."
    r"|\bfor (?:people|anyone|everyone|most people|those|adults|kids|children|patients) "
    r"(?:with|who|on)\b"
    r"|\bfor (?:the|your|our) (?:[\w-]+ ){0,2}?(?:newsletter|article|piece|column|blog|podcast|"
    r"segment|magazine|bulletin)\b",
    _I,
)
# A change to a dose in so many words, the medicine named nearby: "if the new sertraline is making
# you jittery, just cut it in half for a week then go back up".
DOSE_CHANGE = re.compile(
    r"\b(?:cut|split|halve|double|taper|drop|bump) (?:it|them|the dose|your dose|the pills?|the "
    r"tablets?)(?: (?:in half|by half|down|back|up))?\b|\bgo back up\b",
    _I,
)
# Declining to advise one person: "I can't weigh in on your own meds over Twitter", "nobody here
# can diagnose you". The refusal is the safe answer, whatever it names.
REFUSAL = re.compile(
    r"\b(?:i|we) (?:really |honestly |just |genuinely |truly )?(?:can't|cannot|can not|won't|"
    r"am not able to|'m not able to|shouldn't) (?:weigh in|comment|advise|give (?:you )?"
    r"(?:medical |personal |individual )?advice|diagnose|assess|examine|tell you what|say what)\b"
    # "We're not able to give individual advice over Facebook"
    r"|\bwe(?:'re| are) not able to (?:give (?:you )?(?:medical |personal |individual )?advice|"
    r"advise|diagnose|assess)\b"
    r"|\b(?:nobody|no one|no-one) (?:here |online |on here |on reddit |on twitter )?(?:can|should|"
    r"is able to) (?:diagnose|tell you|advise)\b"
    r"|\bi (?:can't|cannot) tell (?:what's going on|what it is|from (?:a|your|this) "
    r"(?:post|photo))\b",
    _I,
)
# Declining, then advising anyway: "I can't give medical advice on here, but chest tightness after
# a new med isn't one to wait on - please call 811 tonight".
_BUT_THEN = re.compile(
    r"\bbut\b[^.!?\n]{0,80}?\b(?:please|you (?:need|should|must)|go|call|get)\b"
    # a refusal spliced onto an order: "I can't assess you from here, please call your doctor"
    r"|[,;\u2014-]\s*please\b",
    _I,
)


# Who a reader can be sent to: "talk to your pharmacist", "without your prescriber".
CLINICIANS = (
    r"(?:doctor|doc|physician|pharmacist|gp|nurse|provider|clinician|care team|specialist|"
    r"dentist|midwife|np|pediatrician|paediatrician|oncologist|surgeon|team)"
)
# Declining to advise, as the guidance asks: "please don't DM me your scan results, I can't give
# individual advice here", "I can't assess anyone over social media".
DECLINES = re.compile(
    r"\b(?:can't|cannot|can not|won't|am not able to|'m not able to|unable to) (?:give|offer|"
    r"provide) (?:you )?(?:individual|personal|individuali[sz]ed|specific|medical) (?:medical )?"
    r"advice\b|\bplease (?:don't|do not|never) (?:dm|pm|message|inbox|e-?mail|send)\b"
    r"|\b(?:can't|cannot|can not|am not able to|'m not able to|unable to) (?:assess|diagnose|"
    r"examine|advise) (?:anyone|you|people|individuals|your \w+)\b"
    # "I genuinely can't assess a rash from a photo on here"
    r"|\b(?:can't|cannot|can not|am not able to|'m not able to|unable to) (?:assess|diagnose|"
    r"examine|judge) (?:[\w']+ ){0,3}?(?:from|over|via|through|by|in) (?:a |the |this |your )?"
    r"(?:photo|picture|pic|video|selfie|post|description|dm|message|tweet|comment)s?\b"
    # "Please no personal cases or lab results, I can't answer those here"
    r"|\b(?:please )?no (?:personal|individual) (?:cases|questions|details|results|symptoms)\b"
    r"|\b(?:can't|cannot|can not|won't|am not able to|'m not able to|unable to) answer "
    r"(?:those|these|them|that|personal (?:questions|cases)) (?:here|online|on here|in the "
    r"comments|in dms)\b"
    # "I'm a paramedic, not a doctor, and I'm definitely not YOUR doctor"
    r"|\b(?:i'?m|i am) (?:definitely |certainly |absolutely |also |still )?not (?:your|ur) "
    r"(?:doctor|doc|gp|nurse|pharmacist|physician|provider|radiologist|dermatologist|dentist|"
    r"physio|therapist|midwife|vet)\b"
    r"(?![^.!?\n]*\bbut\b)",  # (a disclaimer before advice: "I'm not your doctor, but ...")
    _I,
)
# A lettered answer of a quiz: "A) notify the surgeon B) raise HOB + apply O2"
QUIZ_OPTION = re.compile(r"(?:^|\s)\(?[A-Da-d]\)\s")
# What turns a refusal into a preface: "I can't give medical advice here. That said, ..."
GOES_ON_ANYWAY = re.compile(
    r"[.!?,;:]\s*(?:that said|having said that|that being said|but honestly|buuut|"
    r"but if it were me|off the record|between us)\b",
    _I,
)
REFERRAL = re.compile(
    r"\b(?:talk|speak|check|ask|see|consult|call|contact|visit|book in with|follow up with)"
    r"(?: (?:to|with|in with))? (?:your|a|the|her|his|their) (?:own )?(?:family )?"
    r"(?:doctor|doc|gp|pharmacist|provider|health ?care provider|physician|nurse practitioner|np|"
    r"care team|dentist|specialist|clinic|midwife)\b"
    r"|\bcall 911\b|\b811\b"
    # "Take her to casualty tonight", "go to A&E"
    # ... "then get yourself to eye casualty", "head straight to your nearest ER"
    r"|\b(?:go|head|get yourself|take (?:him|her|them|the baby|your \w+)) (?:straight |right )?to "
    r"(?:(?:the|your) (?:nearest |local )?)?(?:eye )?(?:er|ed|emergency|urgent care|casualty|a&e|"
    r"emerg|hospital|l&d)\b"
    # "please get that kid evaluated by a physician before Friday"
    rf"|\bget (?:[\w']+ ){{0,3}}?(?:evaluated|seen|checked|looked at|assessed|examined)"
    rf"(?: out)? by (?:a|the|your|their|his|her) (?:{CLINICIANS}|prescriber)\b"
    # "but please do get it looked at in person"
    r"|\bget (?:it|that|this|them|him|her) (?:looked at|checked(?: out)?|seen(?: to)?|assessed) "
    r"in person\b"
    # "Don't change your dose without your prescriber"
    rf"|\bwithout (?:(?:talking|speaking) (?:to|with) |checking with |asking |consulting )?"
    rf"(?:your|a|the) (?:{CLINICIANS}|prescriber)\b",
    _I,
)
# A refusal that goes on only to send the reader to care: "I can't advise on your situation here,
# but please call 811", "... but please see your doctor if it's worrying you" (a judgement in
# between still advises: "but chest tightness after a new med isn't one to wait on - call 811",
# and so does a time: "I can't assess you from here, please call your doctor or 811 tonight").
_BUT_ONLY_REFERS = re.compile(
    rf"[^.!?\n]*?\bbut,? (?:please |just |do )*(?:call |ring |dial |text )?(?:{REFERRAL.pattern})",
    _I,
)
# When the reader is to go: a referral with it triages ("... but please call 811 tonight").
_URGENTLY = re.compile(
    r"\b(?:tonight|today|now|right away|asap|immediately|this (?:morning|afternoon|evening)|"
    # ("please ask your GP for an urgent referral this week")
    r"straight away|before (?:bed|morning|tomorrow)|urgent(?:ly)?|this week|tomorrow)\b",
    _I,
)
# A sentence whose subject is the reader's clinician: "Your prescriber can check your CK, change
# the dose or try a different statin." What follows is theirs to do, not the reader's.
CLINICIAN_DECIDES = re.compile(
    rf"^\W*(?:but |and |so |then )?(?:your|a|the) (?:own )?(?:family )?(?:{CLINICIANS}|prescriber)"
    r"s? (?:can|could|may|might|will|would|should|is able to|are able to)\b",
    _I,
)
# Keeping people out of one's own workplace: "Please keep your kids away from my ER."
KEEP_AWAY = re.compile(
    r"\baway from (?:my|our) (?:er|ed|emerg|clinic|hospital|practice|office|unit|ward|icu|waiting "
    r"room)\b"
    # a troll told to leave, or told off: "Log off and take your snake oil with you", "Tell that
    # to the mom by bed 12"
    r"|\btake (?:your|that|this|the|their) (?:[\w'’-]+ ){0,2}?with (?:you|them)\b"
    r"|^\W*(?:go )?tell that to\b"
    # "go back to your essential oils" (not "go back to your GP if it's no better")
    r"|\bgo back to (?:your|ur) (?!(?:own |usual |family )?(?:" + CLINICIANS + r"|clinic|er|ed|"
    r"emergency|hospital|surgery|practice|pharmacy|team|provider)s?\b)",
    _I,
)
# Answering an argument, not a case: "I respectfully disagree that IM should be the default",
# "I hear that you think naloxone 'just lets people keep using'", "I'd push back on routine CXR"
ARGUMENT = re.compile(
    r"\b(?:respectfully disagree|(?:i|we)(?:['’]d| would) push back on|i see where you['’]re "
    r"coming from|i hear (?:that |what )?you(?:['’]re saying| think| say)?|you (?:seem to )?think "
    r"(?:that )?(?:the )?(?:[\w-]+ )?(?:just|only|causes?|leads? to|lets?|makes?|is|are)\b|"
    r"the (?:evidence|research|data|literature|trials?) (?:doesn['’]t|does not|don['’]t) support|"
    # "@DrOkonkwo I take your point on early lap chole, but ...", "I see it differently"
    r"i take your point|i see (?:it|this|that) (?:a bit |slightly |quite )?differently|"
    r"(?:agree|have to agree) to disagree|different constraints|"
    # a reproach, not care: "@ClearPathHealth YOU SHOULD BE ASHAMED OF YOURSELVES"
    r"should be ashamed|shame on you)",
    _I,
)
# A sentence that only asks someone to come: "your dad is in our ER at Dartmouth General. Please
# come." calls a relative to the bedside; it advises no care.
JUST_COME = re.compile(
    r"^\W*(?:please\s+)?(?:come|hurry|get here)(?:\s+(?:in|down|over|now|quickly|soon|asap|right "
    r"away|as soon as you can|to (?:the|our) (?:er|ed|hospital|unit|icu)))*\W*$",
    _I,
)
# Telling one person that what they do is safe for them: "@pregnantandscared 1-2 glasses of wine
# a week in your third trimester is totally fine for the baby".
SAFE_FOR_THEM = re.compile(
    r"\b(?:is|are|'s|’s) (?:totally |perfectly |completely |absolutely |probably |generally |"
    r"100% )?(?:fine|safe|ok|okay|harmless|no problem|no big deal) "
    r"(?:for (?:the|your|ur) (?:baby|bub|babe|kid|child|pregnancy|liver|kidneys|heart)|for you|"
    r"in (?:your|ur) (?:pregnancy|first trimester|second trimester|third trimester|condition))\b",
    _I,
)
# A dose from medicine the reader has at home, for a new illness: "give them 0.6 mg/kg of
# dexamethasone from your old prescription". Said to anyone, it is still prescribing.
OLD_SUPPLY = re.compile(
    r"\b(?:from|out of|of|use|using) (?:your|their|the|an?) (?:old|leftover|left-over|last|"
    r"previous|spare|expired|other kid's|sister's|brother's|mom's|dad's) "
    r"(?:prescriptions?|scripts?|rx|pills|meds|medications?|bottles?|supply|puffers?|inhalers?)\b",
    _I,
)
# A rule against changing one's own treatment: "Don't change your dose ...", "Never stop ...".
HANDS_OFF = re.compile(r"^\W*(?:please )?(?:don't|do not|never)\b", _I)
# Being asked to book with the clinic by phone or online: the safe answer to someone's question,
# whatever was said before it ("Please call us at 902-555-0160 to book").
BOOKING = re.compile(
    r"\b(?:call|phone|ring|contact) (?:us|our (?:office|clinic|front desk|team|reception))\b"
    r"[^.!?]*\b(?:book|appointment|visit|be seen|come in|privately|in private|go over|talk (?:it )?"
    r"through)\b"
    r"|\bbook (?:an appointment|a visit|online)\b",
    _I,
)
DOSE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|ug|g|grams?|ml|cc|units?|iu|tabs?|tablets?|pills?|capsules?|"
    r"caps|puffs?|drops?|sprays?)\b"
    # (a gauge, not grams: "a 20G Huber needle", "an 18g cannula")
    r"(?<!\d[gG](?= (?:[\w-]+ )?(?:needle|cannula|iv|angiocath|catheter|butterfly|huber)))"
    r"|\b(?:bid|tid|qid|qhs|prn|q\d{1,2}h)\b",
    _I,
)
# How often, which is a dose only of a medicine: "floss once a day" is no dosing.
FREQUENCY = re.compile(
    r"\b(?:once|twice|three times|four times|[1-4]x) (?:a|per|each) day\b"
    # "ibuprofen 400 every 6-8h with food"
    r"|\bevery \d{1,2}(?:\s?[-–]\s?\d{1,2})? ?(?:hours|hrs?|h)\b",
    _I,
)
# Word endings of drug families and of conditions (a word must be longer than the ending + 2).
DRUG_SUFFIXES = tuple(
    [
        "pril",
        "sartan",
        "olol",
        "statin",
        "dipine",
        "prazole",
        "tidine",
        "cillin",
        "mycin",
        "cycline",
        "floxacin",
        "azole",
        "gliptin",
        "gliflozin",
        "glutide",
        "triptan",
        "oxetine",
        "azepam",
        "azolam",
        "codone",
        "morphone",
        "vir",
        "mab",
        "nib",
    ]
)
CONDITION_SUFFIXES = tuple(["itis", "osis", "emia", "aemia", "algia", "oma", "pathy"])
# Words that end like a family of drugs or conditions and are neither.
LOOKALIKES = frozenset(
    [
        "diagnosis",
        "prognosis",
        "hypnosis",
        "diploma",
        "academia",
        "empathy",
        "sympathy",
        "antipathy",
        "telepathy",
        "homeopathy",
        "naturopathy",
        "osteopathy",
    ]
)
# Treatment verbs that change what someone takes.
TREATMENT_VERBS = frozenset(
    [
        "double",
        "halve",
        "bump",
        "increase",
        "decrease",
        "reduce",
        "lower",
        "raise",
        "taper",
        "stop",
        "start",
        "quit",
        "switch",
        "skip",
        "restart",
        "wean",
        "cut",
        "hold",
        "take",
        "try",
        "use",
        "add",
        "drop",
        "continue",
        "discontinue",
        "ditch",
        "apply",
        "inject",
        "swap",
        "change",
        "adjust",
        "titrate",
    ]
)
# A directive: "you need to ...", "don't take ...", "please call ...", "I'd ...".
# "Your pharmacist can go through your A1c with you": whose results they are is the referral's.
REFERRED_BEFORE = re.compile(
    rf"\b{CLINICIANS}s? (?:can|could|will|should|(?:is|are) the (?:best )?(?:person|people) to)\b"
    r"[^.!?;]*$",
    _I,
)
DIRECTIVE_WORDING = re.compile(
    r"(?<!\bif )\b(?:you|u) (?:\w+ly )?(?:need|should|must|have to|gotta|'ll need|will need|"
    r"can't|cannot|shouldn't|"
    r"don't need|do not need|might want|may want|could try|want to|ought to)\b"
    r"|(?:^|[,;:]\s*)(?:don't|do not|never|please|just)\s+"
    # (not a hedge: "..., just not sure it should change practice yet")
    r"(?!(?:not|saying|sure|wanted|wanting|thought|thinking|wondering|curious|note|be aware|"
    r"be advised)\b"
    # (nor asking for news: "Please do keep us updated on how it goes")
    r"|(?:do )?(?:keep (?:us|me) (?:posted|updated|informed)|let (?:us|me) know|tell (?:us|me))\b"
    # (nor about writing to the author: "please don't DM me your scan results", which
    # advice.asks-for-health-details reads, as it reads "please send me your labs")
    r"|(?:(?:don't|do not|never)\s+)?(?:dm|pm|message|inbox|e-?mail|text|send)\s+(?:me|us)\b)\w+"
    # "for cramps that bad honestly just take mefenamic acid 500": "just" opens an order after a
    # softener as after a comma (not "I just take ibuprofen", the author's own habit)
    r"|\b(?:honestly|seriously|really|tbh|fwiw|definitely) just (?:take|use|try|start|stop|skip|"
    r"double|halve|put|apply|drink|ice|rest)\b"
    # "if you see this please only take half your usual dose tonight"
    r"|\bplease (?:only |just )?(?:take|stop|start|give|use|double|halve|skip|hold|keep|continue|"
    r"increase|reduce|cut)\b"
    # "at 34 weeks please don't drink the raw milk"
    r"|\bplease (?:don['\u2019]t|do not|never) (?:take|drink|eat|give|use|skip|stop|start|double|"
    r"mix|touch|go|try|put|apply)\b"
    # "Remind him the rivaroxaban goes with his supper"
    r"|(?:^|[,;:!]\s*)remind (?:him|her|them|your (?:dad|mom|mum|mother|father|son|daughter|"
    r"husband|wife|partner|kid|kids|grandma|grandpa))\b"
    # "..., make sure she finishes all 10 days of the amoxicillin"
    r"|(?:^|[,;:]\s*)(?:make sure|be sure|ensure)\b"
    # "Remember to keep taking your Eliquis twice a day", "don't forget to stop the fish oil"
    # ("so proud of you 💕 remember keep taking the 50mg every morning")
    r"|(?:^|[,;:!\U0001F300-\U0001FAFF\u2600-\u27BF]\s*)(?:(?:and|so|just|also)\s+)?"
    r"(?:remember,?(?: to)?|don['’]t forget to|do not forget to|try to|keep)\s+(?:keep\s+)?"
    r"(?:taking|take|using|use|doing|do|stop|start|drink|drinking|eat|eating|avoid|avoiding|wear|"
    r"wearing)\b"
    # "I'd switch to losartan"; not "I'd be glad to share the data", an offer
    # (nor what someone said the author would be: "told the attending I'd be 'a great doctor'")
    r"|\b(?:i'd|i would)\b(?! (?:be (?:glad|happy|delighted|honou?red|curious|interested|an? |the |"
    r"['\"‘“])|love|"
    r"differ|disagree|argue|push back|add|agree|say|question|caution|"
    # ("Here's the review I'd point to": a source, not a treatment)
    r"point|cite|share|link|"
    r"like|welcome|enjoy|hate)\b)|\b(?:i recommend|i suggest|my advice)\b"
    # "I wouldn't bother with the flu shot this year"
    r"|\b(?:i wouldn't|i would not|i'd not) (?:bother|take|get|start|give|use)\b"
    # "your son should", but not "your pharmacist can check your meds", a referral
    r"|\b(?:you|u|he|she|they|(?:your|his|her) (?!" + CLINICIANS + r"\b)\w+) "
    r"(?:can|could|should|must|may|might|needs to|has to|ought to)\b",
    _I,
)
# "your son needs an x-ray", "that rash needs to be seen"; but "strep needs a test" says what a
# condition needs, of anyone who has it (``_needs_of_someone``).
NEEDS = re.compile(
    r"\bneeds? (?:an?|to get|to see|to go|to be seen|to have|antibiotics|stitches|surgery|"
    r"steroids)\b",
    _I,
)
# Words that may sit before an imperative without ending the clause start: "honestly just take".
SOFTENERS = frozenset(
    ["honestly", "just", "seriously", "definitely", "really", "so", "ok", "okay", "yes", "yeah",
     "yep", "no", "nah", "sure", "maybe", "please"]
)
IMPERATIVE_VERBS = frozenset(
    [
        "bump",
        "push",
        "tell",  # "Tell him to keep taking his metoprolol"
        "alternate",
        "go",
        "get",
        "take",
        "stop",
        "start",
        "use",
        "keep",
        "call",
        "see",
        "wait",
        "avoid",
        "try",
        "rest",
        "ice",
        "cut",
        "skip",
        "drink",
        "eat",
        "book",
        "ask",
        "check",
        "put",
        "apply",
        "give",
        "hold",
        "switch",
        "double",
        "increase",
        "lower",
        "reduce",
        "come",
        "head",
        "quit",
        "drop",
        "add",
        "leave",
        "soak",
        "wash",
        "cover",
        "elevate",
        "ditch",
        "bolus",
        "pre-bolus",
        "grab",
        "rinse",
        "suck",
        "sip",
        "flush",
    ]
)
# The author recommending something to the reader personally: "I suggest you", "if I were you".
PERSONAL = re.compile(
    r"\b(?:i (?:would |'d )?(?:suggest|recommend|advise) (?:that )?you|if i were you|"
    r"my advice (?:to you )?(?:is|would be)|in (?:your|ur) (?:shoes|position))\b",
    _I,
)
ADVICE_WORDING = re.compile(
    r"\b(?:you|u) (?:should|need to|must|have to|gotta|might want to|may want to|could|ought to)\b"
    r"|\b(?:i'd|i would|i'd suggest|i suggest|i recommend|i'd recommend|my advice)\b"
    r"|\b(?:try|start|stop|take)\b",
    _I,
)
DIAGNOSIS_CUE = re.compile(
    r"\b(?:sounds|looks|seems|feels|sound|look|seem)(?: (?:exactly|just|very much|totally))? "
    r"like\b"
    r"|\b(?:you|u|he|she|they|it|your \w+)"
    r"(?: probably| likely| definitely| clearly| almost certainly| most likely)?"
    r" (?:have|has|got|'ve got|'s got)\b"
    r"|\b(?:that's|thats|that is|this is|it's|its|it is)(?: \w+)? (?:probably|likely|definitely|"
    r"classic|textbook|clearly|almost certainly|most likely)\b"
    r"|\b(?:classic|textbook|typical)\b",
    _I,
)
# "From the photo" / "from what you describe": someone shared their own case.
DESCRIBED = re.compile(
    r"\b(?:from|based on|judging by|going by) (?:the|your|that|this|what you) "
    r"(?:photo|pic|picture|image|selfie|video|description|describe|described|said)\b"
    # "Saw your TikTok, @ally_fit. That's textbook vasovagal syncope."
    r"|\b(?:saw|watched|read|seen) (?:your|ur) (?:tiktok|video|post|reel|story|photo|pic|"
    r"picture|clip|thread)\b"
    # "Your acne in this pic is hormonal" (not "the rash in this photo", which shows a case)
    r"|\b(?:your|ur) [\w'-]+(?: [\w'-]+)? in (?:this|that|the|your) (?:photo|pic|picture|selfie|"
    r"video)\b"
    r"|\b(?:this|that) (?:person|guy|woman|man|lady|kid)'s\b|\bOP's\b",
    _I,
)
OPENS_WITH_QUOTE = re.compile(r"^\s*[\"“]")  # a post that opens by quoting someone's own words
# Weaker cues that name a condition only when the post answers one person's own case.
CASE_DIAGNOSIS_CUE = re.compile(
    r"(?<![<>=!])=(?!=)|→|->|\b(?:that's|thats|that is|it's|its|it is|this is|is|could be|might be|"
    r"screams|means|you're|youre|you are|he's|she's|he is|she is)\b",
    _I,
)
REPORTED = re.compile(
    r"\b(?:if|when|whenever|what does|what do|how do|how does)\b[^.?!]{0,20}$", _I
)


class Sentence:
    """One sentence, read once per chunk; the facts the decisions need beyond these are worked
    out the first time they are asked. Offsets are the chunk's, trimmed of leading @handles (in
    the post's opening sentence) and trailing punctuation."""

    def __init__(
        self, text: str, start: int, end: int, tokens: list[Token], found: dict[str, bool]
    ) -> None:
        self.chunk_text = text
        self.start = start
        self.end = end
        self.text = text[start:end]
        self.tokens = tokens
        self.drug = found["advice_drugs"]  # names a medicine or a class of medicines
        self.condition = found["advice_conditions"]  # names a condition
        # a dose, or how often to take a medicine
        self.dose = bool(DOSE.search(self.text)) or (
            self.drug and bool(FREQUENCY.search(self.text))
        )
        # a medicine, a condition, a symptom or test, a dose, or a referral
        self.medical = any(found.values()) or self.dose or bool(REFERRAL.search(self.text))
        self._diagnoses: dict[bool, tuple[int, int] | None] = {}

    @cached_property
    def you(self) -> bool:
        return bool(SECOND_PERSON.search(self.text))

    @cached_property
    def to_anyone(self) -> bool:
        return bool(TO_ANYONE.search(self.text))

    @cached_property
    def mentions_someone(self) -> bool:
        return bool(MENTION.search(self.text))

    @cached_property
    def opens_on_someone(self) -> bool:
        """The sentence turns to one reader by name, wherever it sits in the post: "Kayla, since
        you're 39+2 ...", "Mr. Tran, who picked up his insulin ...", "To the guy in bed 3 ...:"."""
        found = SENTENCE_VOCATIVE.match(self.text)
        if found is None:
            return False
        name = found.group("name")
        return name is None or name.lower() in lexicon("phi_first_names")

    @cached_property
    def directive(self) -> bool:
        return _directive(self)

    @cached_property
    def treatment_change(self) -> bool:
        return _treatment_change(self)

    @cached_property
    def advice_wording(self) -> bool:
        return bool(ADVICE_WORDING.search(self.text))

    @cached_property
    def referral(self) -> bool:
        return bool(REFERRAL.search(self.text))

    @cached_property
    def personal(self) -> bool:
        return bool(PERSONAL.search(self.text))

    def diagnosis(self, someones_case: bool) -> tuple[int, int] | None:
        """Where the sentence names the reader's condition, if it does; ``someones_case``: the post
        answers one person's own case."""
        if someones_case not in self._diagnoses:
            self._diagnoses[someones_case] = _diagnosis(self, someones_case)
        return self._diagnoses[someones_case]


class AdviceChunk:
    """A chunk of the post read for the advice detectors (offsets are the chunk's): its sentences,
    twice when it opens with @handles (the post's first chunk leaves them out of its first
    sentence, see ``REPLY``), and what it says about whom the post addresses, each worked out the
    first time it is asked."""

    def __init__(self, ctx: Context) -> None:  # the chunk as a post of its own
        text = self.text = ctx.text
        loose = _loose_lower(text)
        phrases = {name: _phrase_starts(text, loose, name) for name in LEXICONS}
        self.sentences: list[Sentence] = []  # as read anywhere but at the start of the post
        self.opening: list[Sentence] = []  # as read at the start of the post
        for sent, tokens in post_sentences(ctx):
            start, end = sent.start_char, sent.end_char
            sentence = _sentence(text, start, end, tokens, phrases)
            if sentence:
                self.sentences.append(sentence)
            lead = REPLY.match(text, start, end)  # only ever at the chunk's start
            if lead:
                sentence = _sentence(text, lead.end(), end, tokens, phrases)
            if sentence:
                self.opening.append(sentence)

    @cached_property
    def individual_cues(self) -> list[int]:
        """Where "your son's rash", "your results", "you said" ... start."""
        return [m.start() for m in INDIVIDUAL.finditer(self.text)]

    @cached_property
    def generic(self) -> bool:
        return bool(GENERIC.search(self.text))

    @cached_property
    def described(self) -> bool:
        return bool(DESCRIBED.search(self.text))


def _sentence(
    text: str, start: int, end: int, tokens: list[Token], phrases: dict[str, list[int]]
) -> Sentence | None:
    while end > start and not text[end - 1].isalnum():
        end -= 1
    while start < end and not (text[start].isalnum() or text[start] in "@\"'“‘(#$"):
        start += 1  # an emoji or a bullet before the words
    if end <= start:
        return None
    words = {t.lower_ for t in tokens}
    found = {
        name: any(start <= p < end for p in phrases[name]) or _has_term(words, name)
        for name in LEXICONS
    }
    return Sentence(text, start, end, tokens, found)


def _has_term(words: set[str], name: str) -> bool:
    """One of ``words`` is a one-word entry of lexicon ``name`` or ends like one of its families
    (``_is_term`` for a whole sentence at once)."""
    if not words.isdisjoint(lexicon(name)):
        return True
    suffixes = SUFFIXES.get(name)
    return suffixes is not None and any(
        len(w) > 6 and w.endswith(suffixes) and w not in LOOKALIKES for w in words
    )


class AdviceReading:
    """The post's sentences with their chunks, and whom the post addresses."""

    def __init__(self, ctx: Context) -> None:
        self.text = ctx.text
        self.chunks = chunk_records(ctx, "advice.chunks", AdviceChunk)
        self.sentences = [
            (chunk, sentence)
            for i, (chunk, read) in enumerate(self.chunks)
            for sentence in (read.opening if i == 0 else read.sentences)
        ]

    @cached_property
    def colleague_practice(self) -> bool:
        """A colleague's handle opens the post and the author tells their own practice: "@DrKhan
        our dept guideline is ...", "@dr_lee we usually start 0.15 mg/kg"."""
        return bool(COLLEAGUE_HANDLE.match(self.text) and OWN_PRACTICE.search(self.text))

    @cached_property
    def declines(self) -> bool:
        """The post declines to advise anyone one by one, and does not then go on to ("I can't
        give medical advice on reddit. That said, fever after Nigeria is malaria until proven
        otherwise, so you need to be seen today")."""
        found = DECLINES.search(self.text)
        return found is not None and not GOES_ON_ANYWAY.search(self.text, found.end())

    @cached_property
    def one_person(self) -> bool:
        """The post is aimed at one person (a reply, "in your case", "your results")."""
        text = self.text
        cues = [chunk.start_char + at for chunk, read in self.chunks for at in read.individual_cues]
        if REPLY.match(text):
            # "@dr_jones great thread! I'd add: check magnesium too": colleagues discussing care
            among_colleagues = (
                CASE_DISCUSSION.search(text)
                or PRACTICE_TALK.search(text)
                or self.colleague_practice
            )
            return not among_colleagues or bool(cues)
        if TO_A_GROUP.match(text):
            return False  # "Parents: ... how your child is acting": every parent's child
        for chunk, read in self.chunks:
            for at in read.individual_cues:
                cue = chunk.start_char + at
                if not (
                    CONDITIONAL_BEFORE.search(text, max(0, cue - 16), cue)
                    or REFERRED_BEFORE.search(text, max(0, cue - 60), cue)
                    or _in_a_conditional_sentence(text, cue)
                ):
                    return True  # "your son's rash", not "if your child has a fever"
        if ANSWERER.match(text) and READERS_OWN.search(text):
            return True
        if PET_VOCATIVE.match(text):
            return True  # "Funmi Adebayo sis, if you're vomiting": a name the list may lack
        vocative = VOCATIVE.match(text)
        name = next((g for g in vocative.groups() if g), None) if vocative else None
        if vocative and (name is None or name.lower() in lexicon("phi_first_names")):
            return True
        return any(read.described for _, read in self.chunks)  # "I saw your post in the group"

    @cached_property
    def generic(self) -> bool:
        """Somewhere the post speaks to anyone: "if you", "everyone", "#PSA"."""
        return any(read.generic for _, read in self.chunks)

    @cached_property
    def someones_case(self) -> bool:
        """The post answers one person's own case: a reply, "from the photo", a quote."""
        return (
            self.one_person
            or any(read.described for _, read in self.chunks)
            or bool(OPENS_WITH_QUOTE.match(self.text))
        )


# A sentence that opens by addressing one reader: a name and a comma, "OP,", "Mr. Tran,", an
# @handle, or "To the guy in bed 3 at Kelowna General last night ...:".
SENTENCE_VOCATIVE = re.compile(
    r"^\W*(?:(?:hi|hey|and|so|oh|ok|okay)\W+)?(?:"
    r"(?P<name>(?-i:[A-Z][a-z]+))(?: (?-i:[A-Z][a-z]+))?,"
    r"|(?:OP|op)\b,?|(?:Mr|Mrs|Ms|Miss|Mx)\.? (?-i:[A-Z])[\w'-]+,|@[\w.]+(?: (?-i:[A-Z])[a-z]+)?\b"
    r"|to (?:the|that) (?:guy|lady|man|woman|gentleman|mom|mum|dad|patient|family|person|parent|"
    r"gent|kid|teen)\b[^:.!?\n]{0,120}:)",
    _I,
)


# A sentence that opens on whoever it concerns: "If you're giving kids ibuprofen, ... dose by
# your child's weight" speaks to every parent doing so.
CONDITIONAL_OPENING = re.compile(
    r"(?:^|[.!?:\n])\W*(?:(?:please|and|so|also|but)\W+)*(?:if|when|whenever|before|while|once) "
    r"(?:you|your|u|ur)\b[^.!?:\n]*$",
    _I,
)


def _in_a_conditional_sentence(text: str, at: int) -> bool:
    return CONDITIONAL_OPENING.search(text, max(0, at - 200), at) is not None


LEXICONS = ("advice_drugs", "advice_conditions", "advice_medical")
SUFFIXES: dict[str, tuple[str, ...]] = {
    "advice_drugs": DRUG_SUFFIXES,
    "advice_conditions": CONDITION_SUFFIXES,
}


def _is_term(token: Token, name: str) -> bool:
    """``token`` is a one-word entry of lexicon ``name`` or ends like one of its families."""
    word = token.lower_
    if word in lexicon(name):
        return True
    suffixes = SUFFIXES.get(name, ())
    return len(word) > 6 and word.endswith(suffixes) and word not in LOOKALIKES


def reading(ctx: Context) -> AdviceReading:
    return ctx.once("advice.reading", AdviceReading)


def _phrase_starts(text: str, loose: str, name: str) -> list[int]:
    """Where the multi-word entries of lexicon ``name`` start in ``text``; ``loose`` is
    ``_loose_lower(text)``, in which looking for each entry is much cheaper than the pattern."""
    if not any(entry in loose for entry in _phrase_entries(name)):
        return []
    return [m.start() for m in _phrases(name).finditer(text)]


# What str.lower() leaves that a case-insensitive pattern still reads as "i" or "s" (the dotless
# ı, the long ſ; "İ".lower() is "i" with a combining dot above).
_LOOSE = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def _loose_lower(text: str) -> str:
    """``text`` lower-cased so that it contains, in lower case, every plain ASCII phrase that a
    case-insensitive pattern finds in ``text``."""
    return text.lower().translate(_LOOSE)


@cache
def _phrase_entries(name: str) -> tuple[str, ...]:
    return tuple(e for e in lexicon(name) if " " in e or "-" in e)


@cache
def _phrases(name: str) -> re.Pattern[str]:
    """The multi-word entries of a lexicon as one pattern (single words are looked up by token)."""
    phrases = sorted((e for e in lexicon(name) if " " in e or "-" in e), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", _I)


def _treatment_change(sentence: Sentence) -> bool:
    """A treatment verb followed within a few words by a medicine ("double your metformin")."""
    if not sentence.drug:
        return False
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if token.lower_ not in TREATMENT_VERBS and not _needless(tokens, i):
            continue
        followers = tokens[i + 1 : i + 6]
        for j, follower in enumerate(followers):
            if _is_term(follower, "advice_drugs"):
                forbidden = any(t.lower_ in FORBIDDING for t in tokens[max(0, i - 3) : i])
                if not (forbidden and any(t.lower_ in NOBODYS_MEDICINE for t in followers[:j])):
                    return True
                break
    return False


# "Don't take leftover antibiotics", "never take someone else's pills": a safety rule for anyone,
# not a change to one person's treatment. Without the "don't" ("start on the leftover cephalexin
# you have") it is one.
FORBIDDING = frozenset(["n't", "not", "never", "dont", "no"])
NOBODYS_MEDICINE = frozenset(
    ["leftover", "leftovers", "old", "expired", "someone", "somebody", "anyone", "else", "other",
     "others", "friend", "friends", "random"]
)


# "you don't need the statin your doctor prescribed" overrules a prescription; "you don't need
# antibiotics for a cold" teaches, and has no determiner before the medicine.
PRESCRIBED_DETERMINERS = frozenset(["the", "your", "that", "those", "these", "this", "ur"])


def _needless(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` is "need" in "don't need the/your ..."."""
    return (
        tokens[i].lower_ == "need"
        and any(t.lower_ in ("n't", "not", "dont") for t in tokens[max(0, i - 2) : i])
        and i + 1 < len(tokens)
        and tokens[i + 1].lower_ in PRESCRIBED_DETERMINERS
    )


# "Hope you feel better soon and get to see your doctor this week": a wish, not an instruction.
WISH = re.compile(
    r"^\W*(?:(?:i |we )?(?:hope|hoping|wishing|wish)\b[^:;]*$"
    r"|(?:rest (?:easy|in peace|well)|rip|sleep well|fly high)\b"  # "Rest easy, Mr. Hallorann"
    r"|see you (?:for|at|on|next|soon|then)\b)",  # "See you for removal Friday!"
    _I,
)


# (not a troll's "Please do tell me more", "Please keep us updated")
_PLEASE_DO = re.compile(
    r"\bplease (?:just |do )?(?!tell\b|keep (?:us|me)\b)(?:" + "|".join(sorted(IMPERATIVE_VERBS))
    + r")\b",
    _I,
)


def _directive(sentence: Sentence) -> bool:
    """An imperative at the start of a clause, or directive wording."""
    if WISH.match(sentence.text):
        return False
    if DIRECTIVE_WORDING.search(sentence.text) or _needs_of_someone(sentence):
        return True
    if _PLEASE_DO.search(sentence.text):  # "if it's new and bleeding please ask your GP"
        return True
    previous = None
    after_emoji = False  # "... so common 😩 ask your team for the magic mouthwash"
    for token in sentence.tokens:
        opens_clause = (
            previous is None
            or after_emoji
            # a hyphen inside a word opens nothing: "first-come-first-served"
            or previous.is_punct and not (previous.text == "-" and not previous.whitespace_)
            or previous.lower_ in ("and", "so", "then", "but")
            # "next time try setting a temp basal at 50%"
            or previous.lower_ == "time"
            and previous.i > 0
            and previous.nbor(-1).lower_ in ("next", "this")
        )
        if (
            opens_clause
            and token.lower_ in IMPERATIVE_VERBS
            and not _describes_next(token)
            and not _shares_a_subject(token)
            and not _compared(token)
            and not _sign_off(token)
        ):
            return True
        if opens_clause and _do_something(token):
            return True
        after_intro = (  # "for your period cramps take 400 mg"
            previous is not None
            and previous.pos_ in ("NOUN", "PROPN")
            and (token.tag_ == "VB" or _after_for_the_noun(token, previous))
        )
        if after_intro and token.lower_ in IMPERATIVE_VERBS:
            return True
        emoji = not any(ch.isalnum() for ch in token.text) and not token.is_punct  # "💊 give"
        if emoji and previous is not None and not token.is_space:
            after_emoji = True
        elif not (token.text.startswith("@") or token.is_space or token.lower_ in SOFTENERS):
            after_emoji = False
        if not (token.text.startswith("@") or token.is_space or emoji or token.lower_ in SOFTENERS):
            previous = token
    return False


# When a "see you" is a goodbye: "See you Thursday!", "see you at your next visit", "see ya soon"
# (not "see you in the ER if it gets worse", which sends the reader somewhere).
_SEE_YOU_WHEN = re.compile(
    r"(?:$|[!.,;:)\s\U0001F300-\U0001FAFF\u2600-\u27BF]*$|(?:on |at |in |next |this )?(?:then|soon|"
    r"later|there|tomorrow|tmrw|tonight|next (?:week|time|month|visit|appointment|appt|session)|"
    r"(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|at (?:your|the) (?:next )?(?:visit|"
    r"appointment|appt|follow-?up|check-?up|session|class|group)|in (?:clinic|class|group|"
    r"\d+ (?:days|weeks|months)))\b)",
    _I,
)


def _sign_off(token: Token) -> bool:
    """ "Take care!", "take care of yourself, Sharon", "See you Thursday!": a goodbye, not an
    order ("take care of that wound" still is one). And "(please do) tell me more", which asks
    the reader for something rather than telling them what to do."""
    doc, i = token.doc, token.i
    if token.lower_ == "tell" and i + 1 < len(doc) and doc[i + 1].lower_ in ("me", "us"):
        return True
    if token.lower_ == "see" and i + 1 < len(doc) and doc[i + 1].lower_ in ("you", "ya", "y'all"):
        return _SEE_YOU_WHEN.match(doc[i + 2 :].text) is not None  # "See you Thursday!"
    if token.lower_ != "take" or i + 1 >= len(doc) or doc[i + 1].lower_ != "care":
        return False
    rest = doc[i + 2 : i + 4]
    return (
        len(rest) == 0
        or not rest[0].is_alpha
        or rest[0].lower_ == "of" and len(rest) > 1 and rest[1].lower_ in ("yourself", "yourselves")
    )


def _compared(token: Token) -> bool:
    """ "... mostly mild, and lower than the risk after infection": a comparison, not an order."""
    return token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "than"


def _after_for_the_noun(token: Token, previous: Token) -> bool:
    """ "so for the cough use saline drops": the parser makes "cough use saline drops" one noun,
    but a "for" two words back opened an introduction and the order follows it."""
    doc = token.doc
    return (
        previous.i == token.i - 1
        and token.i >= 3
        and doc[token.i - 3].lower_ == "for"
        and doc[token.i - 2].lower_ in ("the", "your", "her", "his", "their", "that", "a")
    )


def _shares_a_subject(token: Token) -> bool:
    """ "I usually start with 0.5 mg and go slow": a verb joined to one whose subject is the
    author or someone else, not an order. A "please" before it makes it one: "I can't give
    medical advice on here, but please call 811 tonight"."""
    if token.dep_ != "conj" or token.i > 0 and token.nbor(-1).lower_ == "please":
        return False
    subjects = [c.lower_ for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and subjects[0] in ("i", "we", "he", "she", "they")


def _describes_next(token: Token) -> bool:
    """ "Lower doses often work as well": an adjective on the noun right after it, not "Lower
    your dose" (the parser may still call "double" in "double the dose" a modifier of "dose"), nor
    an order on a medicine ("alternate Tylenol and Advil every 3 hours")."""
    return (
        token.dep_ == "amod"
        and token.head.i == token.i + 1
        and not (token.head.pos_ == "PROPN" and _is_term(token.head, "advice_drugs"))
    )


def _do_something(token: Token) -> bool:
    """ "Do McKenzie extensions 10x every 2 hours": "do" as the verb of an order, not the "do" of
    a question ("Do you have a fever?") or of emphasis ("do call us")."""
    if token.lower_ != "do" or token.tag_ not in ("VB", "VBP"):
        return False
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ not in ("PRON", "VERB", "AUX", "PART")


def _needs_of_someone(sentence: Sentence) -> bool:
    """What someone or something of theirs needs; a condition named bare, with no "that", "your"
    or "his" before it, is any case of it."""
    for found in NEEDS.finditer(sentence.text):
        at = sentence.start + found.start()
        before = [t for t in sentence.tokens if t.idx + len(t.text) <= at and not t.is_space]
        if not before:
            return True
        subject = before[-1]
        bare = len(before) < 2 or before[-2].is_punct or before[-2].lower_ in ("but", "and", "or")
        if not (bare and _is_term(subject, "advice_conditions")):
            return True
    return False


# An order given in jest to a troll, in a post that jeers: "Sure, keep treating ear infections
# with garlic oil. ... Genius. 👏"
IRONIC_ORDER = re.compile(
    r"\W*(?:oh,? |yeah,? )?(?:sure|absolutely|totally|by all means|of course|who needs)\b", _I
)
MOCKED = re.compile(
    r"\bgenius\b|\U0001f44f|\U0001f644|\U0001f643|\blet (?:us|me) know how (?:that|it) goes\b|"
    r"\bi['’]m sure (?:your|that)\b|\bwhat could (?:possibly )?go wrong\b|\bgood luck with that\b|"
    r"\bwho needs\b",
    _I,
)


@dataclass(frozen=True)
class Verdict:
    severity: str
    start: int  # in the post
    end: int


def _medical_advice(ctx: Context) -> list[Verdict]:
    read = reading(ctx)
    verdicts: list[Verdict] = []
    if len(QUIZ_OPTION.findall(ctx.text)) >= 3:
        return verdicts  # "What's your first action? A) ... B) ... C) give PRN anxiolytic"
    previous: Sentence | None = None
    for chunk, sentence in read.sentences:
        here = chunk.start_char
        you = sentence.you
        if len(sentence.text.split()) < 2 and sentence.text.isupper():
            continue  # "PUT. THE. PHONE. DOWN.": a shout, word by word (not "Go.")
        # a reply's sentence that tells everyone ("I'd encourage people to ...") is general
        # (and so is the sentence after one that says so, unless it turns to "you")
        general = sentence.to_anyone or (
            previous is not None and previous.to_anyone and not you
        )
        to_one = read.one_person and (you or not general)
        # (a handle opening a colleague's own practice, "@DrKhanOrtho For dislocated shoulders
        # our dept guideline is ...", speaks to no patient)
        aimed_at_one = (
            to_one
            or (you and sentence.mentions_someone)
            or (sentence.opens_on_someone and not read.colleague_practice)
        )
        if not (you or aimed_at_one):
            previous = sentence
            if sentence.dose and not read.generic and sentence.directive:
                # "just alternate Tylenol and Advil every 3 hours": dosing someone, "you" implied
                verdicts.append(Verdict("warning", here + sentence.start, here + sentence.end))
            continue
        medical = sentence.medical or (previous is not None and previous.medical)
        previous = sentence
        found = _verdict(sentence, aimed_at_one, medical, read)
        if found:
            verdicts.append(Verdict(found, here + sentence.start, here + sentence.end))
    return verdicts


def _verdict(
    sentence: Sentence, aimed_at_one: bool, medical: bool, read: AdviceReading
) -> str | None:
    """The severity of a sentence that says "you" or is aimed at one person, if it is advice."""
    strong = sentence.dose or sentence.treatment_change or (
        sentence.drug and DOSE_CHANGE.search(sentence.text) is not None
    )
    if BOOKING.search(sentence.text) and not strong:
        return None
    if sentence.referral and not strong and read.declines and not REPLY.match(read.text):
        # "I can't assess anyone over social media. Call your pediatrician.", said to everyone
        # (a reply's "please call your doctor or 811 tonight" still triages the one it answers)
        return None
    refusal = REFUSAL.search(sentence.text)
    if refusal and not sentence.dose and not _BUT_THEN.search(sentence.text, refusal.end()):
        return None
    if (
        refusal
        and not strong
        and _BUT_ONLY_REFERS.match(sentence.text, refusal.end())
        and not _URGENTLY.search(sentence.text, refusal.end())
    ):
        return None
    if CLINICIAN_DECIDES.match(sentence.text) and not sentence.dose:
        return None
    if KEEP_AWAY.search(sentence.text) and not strong:
        return None  # "keep your kids away from my ER": hostility, not care
    if IRONIC_ORDER.match(sentence.text) and MOCKED.search(read.text) and not sentence.dose:
        return None  # "oh sure, bin your glasses and do 'eye yoga' ... genius": a jeer
    if ARGUMENT.search(sentence.text) and not (sentence.dose and sentence.directive):
        return None
    if JUST_COME.match(sentence.text):
        return None
    if SUB_RULES.search(sentence.text) and not strong:
        return None  # "not medical questions - check the sidebar": where to ask, not what to do
    if PRACTICE_TALK.search(sentence.text) and not strong:
        return None  # "Do your RNCP courses first, get comfortable with suturing": a career's
    if aimed_at_one and sentence.directive and (strong or medical):
        return "warning"
    if aimed_at_one and SAFE_FOR_THEM.search(sentence.text):
        return "warning"
    if aimed_at_one and sentence.personal and (sentence.medical or sentence.drug):
        return "warning"  # "Honestly I wouldn't do the amnio in your position"
    if aimed_at_one and sentence.dose and sentence.you and sentence.condition:
        return "warning"  # "@kelly_m for your daughter's ear infection, 250 mg twice a day"
    if (
        aimed_at_one
        and sentence.dose
        and sentence.drug
        and sentence.condition
        and not COLLEAGUE_HANDLE.match(read.text)
        and not OWN_PRACTICE.search(sentence.text)
    ):
        # "To everyone asking about my ear infection protocol: 80 mg/kg/day of amoxicillin"
        return "warning"
    if sentence.referral and (not strong or HANDS_OFF.match(sentence.text)):
        return None  # "talk to your doctor about statins" is the safe answer, not advice
    if aimed_at_one:
        return None
    # (clinicians comparing practice speak to any reader: "most of us cap ketorolac at 15 mg IV
    # now ... you just add renal risk going higher")
    generic = read.generic or PRACTICE_TALK.search(read.text) is not None
    if sentence.dose and sentence.directive and OLD_SUPPLY.search(sentence.text):
        return "warning"
    if sentence.you and strong:
        return "info" if generic else "warning"
    if sentence.personal and (sentence.medical or sentence.drug) and not generic:
        return "warning"  # "if I were you I'd try melatonin"
    if sentence.drug and sentence.advice_wording and not generic:
        return "info"
    return None


@detector("advice_medical")
def medical_advice(ctx: Context, rule: Rule) -> Iterable[Hit]:
    """A dose, a treatment change or advice wording about a medicine, aimed at "you"."""
    for verdict in ctx.once("advice.medical", _medical_advice):
        yield Hit(verdict.start, verdict.end, severity=verdict.severity)


# Chat words after a condition's name that leave it a diagnosis: "classic plantar fasciitis tbh".
FILLERS = frozenset(["tbh", "imo", "imho", "lol", "btw", "honestly", "though", "too", "fr", "ngl"])
# Words before "syndrome" that make it a figure of speech.
NOT_MEDICAL = frozenset(["imposter", "impostor", "character", "object"])


def _condition_after(sentence: Sentence, offset: int) -> tuple[int, int] | None:
    """The condition named within a few words after ``offset`` (text offsets), if any."""
    conditions = lexicon("advice_conditions")
    if not sentence.condition:
        return None
    tokens = [t for t in sentence.tokens if t.idx >= offset][:6]
    for i, token in enumerate(tokens):
        if i and (token.text in (",", ";", "—", "-") or token.pos_ == "CCONJ"):
            break  # another clause: "the increase is small, and untreated depression ..."
        if token.lower_ in ("how", "why", "where", "when", "what"):
            break  # a reason or a means: "it's how we stop silicosis in stone workers"
        for width in (4, 3, 2, 1):  # the longest: "hand foot and mouth"
            group = tokens[i : i + width]
            if len(group) < width:
                continue
            phrase = " ".join(t.lower_ for t in group)
            if phrase in ("syndrome", "disorder") and i and tokens[i - 1].lower_ in NOT_MEDICAL:
                continue  # "sounds like you have imposter syndrome, we all do"
            if phrase in conditions or (width == 1 and _is_term(token, "advice_conditions")):
                after = tokens[i + width] if i + width < len(tokens) else None
                if (
                    after is not None
                    and after.pos_ in ("NOUN", "PROPN")
                    and after.is_alpha
                    and after.lower_ not in FILLERS
                ):
                    return None  # "flu season", "cancer screening": a topic, not a diagnosis
                return group[0].idx, group[-1].idx + len(group[-1])
    return None


# Telling someone from their photo or description that it is nothing, or that it is bad: as much
# a diagnosis as naming the condition ("from your photo that mole looks benign").
VERDICT = re.compile(
    r"\b(?:(?:that|this|it|your|ur|the|those|these)(?:\s+(?:[\w'-]+\s+)?(?:mole|lump|spot|rash|"
    r"bump|lesion|growth|cyst|mark|freckle|wound|cut|swelling|results?|labs?|bloodwork|scan|mri|"
    r"x-?ray|ct|ultrasound|ecg|ekg|numbers|levels|report|skin|nail|one|ones|acne|breakout|"
    r"eczema|cough|discharge|pain|headaches?)s?"
    # "those spots on your shins are nothing", "your acne in this pic"
    r"(?:\s+(?:on|in|of|behind|under|near|around|by) (?:your|ur|his|her|the|this|that) "
    r"[\w'-]+)?)?\s+"
    r"(?:looks?|seems?|is|are|sounds?|appears?)|(?:it|that|this)(?:'s|’s))"
    r"(?: (?:totally|completely|definitely|probably|likely|pretty|very|perfectly|clearly))? "
    r"(?:benign|harmless|normal|malignant|cancerous|precancerous|infected|hormonal|fungal|viral|"
    r"bacterial|allergic|cystic|"
    r"nothing to worry about|nothing serious|not serious|not cancer|nothing(?=\s*[,.!;]))",
    _I,
)


# Reading someone's own results back to them: "your labs look fine", "your TSH is normal so no
# need for meds". Only "your": "the results look great" is as often a trial's.
RESULTS_VERDICT = re.compile(
    r"\b(?:your|ur) (?:(?:test|lab|blood|biopsy|scan|pathology|path|mri|ct|x-?ray) results|labs?|"
    r"bloodwork|blood work|blood tests?|scan|mri|x-?ray|ct|ultrasound|ecg|ekg|levels|biopsy|"
    r"mammogram|pap|hdl|t4|thyroid|kidney function|liver enzymes|" + ANALYTES + ")"
    r" (?:look|looks|seem|seems|is|are|appear|appears|came back|come back)"
    r"(?: (?:totally|completely|definitely|probably|pretty|very|perfectly|all|a bit|a little|"
    r"slightly|way|really))? "
    r"(?:fine|ok|okay|good|great|perfect|reassuring|unremarkable|normal|abnormal|concerning|"
    r"worrying|off|elevated|high|low|borderline|bad)\b",
    _I,
)


_OWN_LIKENESS = re.compile(r"\b(?:my(?: [\w'’-]+){1,2}|i|i['’]m)\s+$", _I)


def _diagnosis(sentence: Sentence, someones_case: bool) -> tuple[int, int] | None:
    text = sentence.chunk_text
    if someones_case:
        for pattern in (VERDICT, RESULTS_VERDICT):
            verdict = pattern.search(text, sentence.start, sentence.end)
            if verdict and not REPORTED.search(text, sentence.start, verdict.start()):
                return verdict.start(), verdict.end()
    you = someones_case or sentence.you
    cues = list(DIAGNOSIS_CUE.finditer(text, sentence.start, sentence.end))
    if someones_case:
        cues += CASE_DIAGNOSIS_CUE.finditer(text, sentence.start, sentence.end)
    for cue in sorted(cues, key=lambda m: m.start()):
        if REPORTED.search(text, sentence.start, cue.start()):
            continue  # "if you have shingles", "what does shingles look like"
        likeness = cue.group(0).lower().endswith(" like")
        if not (you or likeness):
            continue
        own = _OWN_LIKENESS.search(text, max(sentence.start, cue.start() - 30), cue.start())
        if likeness and own:
            continue  # "my voice sounds like a goose with a sinus infection": the author's own
        found = _condition_after(sentence, cue.end())
        if found:
            return cue.start(), found[1]
    return None


def _diagnoses(ctx: Context) -> list[Hit]:
    if public_figure_named(ctx.text) and not REPLY.match(ctx.text):
        # "Watched Senator Halvorsen's speech ... looks like early frontotemporal dementia": a
        # public figure diagnosed from afar is the tone pack's (tone.public-figure-diagnosis)
        return []
    read = reading(ctx)
    someones_case = read.someones_case
    hits = []
    for chunk, sentence in read.sentences:
        found = sentence.diagnosis(someones_case)
        if found:
            hits.append(Hit(chunk.start_char + found[0], chunk.start_char + found[1]))
    return hits


@detector("advice_diagnosis")
def diagnosis(ctx: Context, rule: Rule) -> Iterable[Hit]:
    """Naming someone's condition from their description: "sounds like shingles"."""
    return ctx.once("advice.diagnosis", _diagnoses)
