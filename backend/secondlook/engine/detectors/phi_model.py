"""The PHI encounter model: which details of a post attach to which patient and encounter.

Computed once per post (``post_model(ctx)``, memoized with ``ctx.once``) and shared by every phi
detector. The model cuts the post into sentences, finds patient references ("my pt", "45M",
"the woman in bed 4"), encounter cues ("our ED", "last night", "brought in"), contexts that make
a detail harmless (a clinic's own contact details, a congratulation, a conference, the author's
own information, a famous case, a generic teaching case) and quasi-identifying details (age, sex,
town, facility, ward, time, occupation, rare condition, unusual event, family, ethnicity, vehicle,
school). Each patient reference gathers the details of its own and the neighbouring sentences;
the combination rule scores those clusters and the identifier rules ask where a span sits.

Everything here is regular expressions over ``ctx.text`` plus, when a model is loaded, spaCy's
GPE/PERSON entities, so the whole pack still works when ``ctx.has_model`` is False.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from secondlook.engine.context import Context
from secondlook.engine.findings import Detail
from secondlook.engine.lexicons import lexicon
from secondlook.rules.terms import compile_terms, terms_regex


def _terms(name: str, *, plural: bool = False) -> re.Pattern[str]:
    return re.compile(compile_terms(sorted(lexicon(name)), plural=plural), re.I)


def _word_starts(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern``, every alternative of which starts where a word starts, compiled to be tried
    only there: Python's re tries each alternative at every position, and most positions start no
    word (PATIENT_REF on a 2,000-character post: 3.2 ms -> 0.7 ms). Matches are the same."""
    return re.compile(r"\b(?=\w)(?:" + pattern + ")", flags)


WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = rf"{WEEKDAYS}|(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\.?"
_DAY_RANGE = re.compile(rf"\b(?:{_DAY})\s*(?:-|–|to|through|thru)\s*(?:{_DAY})\b", re.I)
MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)

# -- sentences -------------------------------------------------------------------------------

_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*\s+|\n\s*|;\s+")
_NO_BREAK_AFTER = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "pt",
        "pts",
        "vs",
        "yo",
        "y.o",
        "approx",
        "no",
        "sr",
        "jr",
        "prof",
        "mt",
        "fig",
        "e.g",
        "i.e",
        "etc",
    ]
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and line breaks; abbreviations like "Dr." do not end one."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start()].rsplit(None, 1)
        last = before[-1].lower().rstrip(".") if before else ""
        if m.group(0).startswith(".") and last in _NO_BREAK_AFTER:
            continue
        if m.start() > start:
            spans.append((start, m.start() + (1 if text[m.start()] in ".!?" else 0)))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


# -- patient references and encounter cues ---------------------------------------------------

_PERSON_NOUNS = (
    r"(?:patient|pt|client|resident|lady|woman|man|guy|gent(?:leman)?|girl|boy|kid|child|baby|"
    r"infant|newborn|neonate|toddler|teen(?:ager)?|female|male|mom|mother|dad|father|"
    r"grand(?:ma|pa|mother|father)|granny|fellow|dude|chap|senior|elder|youngster|couple|"
    r"legend|fighter|warrior|soul|sweetheart|character|regular|frequent flyer|primip|multip|"
    r"kiddo|little one|bub|preemie|"
    # what a mocking post calls the patient: "the drunk idiot who crashed his truck"
    r"idiot|moron|jerk|lunatic|nutter|drunk|junkie|druggie|gomer|"
    r"g\d\s?p\d|case)"
)
# People by what they were doing: strong enough to stand without "a" or "the".
_ROLE_NOUNS = (
    r"(?:driver|rider|cyclist|biker|pedestrian|passenger|hiker|climber|skier|snowboarder|swimmer|"
    r"hunter|camper|tourist|visitor|victim|jumper|runner|worker|logger|trucker|skater|diver|"
    r"kayaker|boater|snowmobiler)"
)
# Before a number that is no age: an amount or a decimal ("raised $2M", "$1.2M").
_NOT_AN_AMOUNT = r"(?<![$€£¥.,\d])"
_AGE_SEX_SHORT = (
    _NOT_AN_AMOUNT
    + r"\d{1,3}\s?(?:yo|y/o|y\.o\.?|yr|yrs|yoa)?\s?(?:[mf]|male|female|man|woman|boy|girl)"
)
# "patient relations", "patient portal": a service named after patients, not one of them
_PATIENT_SERVICE = (
    r"(?!\s+(?:team|clinic|session|appt|appointment|exercises|department|portal|education|safety|"
    r"relations|experience|advocate|advocacy|services|liaison|representative|line|office|"
    r"feedback|ombudsman)\b)"
)
# "the first female firefighters", "male nurses": the noun says which group, no one person
_A_GROUP_OF = (
    r"(?!\s+(?:firefighters|nurses|doctors|physicians|surgeons|students|athletes|leaders|"
    r"colleagues|staff|employees|workers|officers|members|veterans|pilots|engineers|scientists|"
    r"residents|paramedics|medics|professors|politicians|founders|pioneers|trailblazers|"
    r"role models|patients|voices|drivers|farmers|soldiers)\b)"
)
PATIENT_REF = _word_starts(
    r"\b(?:my|our|this|that|a|an|the|one|another|last|first|next|same|poor|sweet|elderly|old|"
    r"older|younger|middle-aged|"
    r"young|little|frail|lovely|only|your|her|his|\d{1,3}\s?(?:yo|y/o|y\.o\.?)"
    r"|\d{1,3}[- ]year[- ]old)"
    r"(?:\s+[\w'-]+){0,2}?\s+(?<!chief )(?<!junior )(?<!head )" + _PERSON_NOUNS + r"\b"
    + _PATIENT_SERVICE
    + _A_GROUP_OF
    + r"|(?<!my )(?<!be )(?<!was )(?<!is )(?<!so )(?<!very )(?<!more )(?<!were )(?<!been )"
    # "every single patient on our unit went home": all of them, no one in particular
    r"(?<!every )(?<!single )(?<!each )(?<!any )(?<!no )"
    r"(?<!chief )(?<!senior )(?<!junior )(?<!new )(?<!pgy\d )"
    r"\b(?:pt|patient|pt's|patient's|client|resident)\b(?!\s+(?:with|and|enough))"
    + _PATIENT_SERVICE
    + r"|\b"
    + _ROLE_NOUNS
    + r"s?\b"
    r"|\b" + _AGE_SEX_SHORT + r"\b"
    r"|\b\d{1,3}[- ]?(?:yo|y/o|y\.o\.?|yoa|yom|yof)\b"
    r"|\b\d{1,3}[- ](?:year|yr|month|week|day)s?[- ]old\b"
    r"|\b(?-i:(?:Mr|Mrs|Ms|Miss|Mx|MR|MRS|MS|mr|mrs)\.?\s+[A-Z][A-Za-z'-]+)"
    r"|\byour\s+(?:mom|dad|mother|father|son|daughter|wife|husband|kid|child|baby|grandma"
    r"|grandpa)\b"
    r"|\b(?:brought|wheeled|rolled|walked|came|carried)\s+(?:him|her|them)?\s*in\b"
    r"|\b(?:man|woman|guy|lady|girl|boy|kid|child|teen|male|female|somebody|someone)\s+(?:just\s+)?"
    r"(?:walked|came|rolled|was brought|brought|arrived|presented|showed up)\b"
    r"|\b(?:s?he|they)\s+(?:presented|came in|was brought|arrived|coded|crashed|was admitted)"
    # "he's in the CCU at the Moncton Hospital", "I was his nurse"
    r"|\b(?:s?he|they)(?:'s|’s|'re|’re| is| was| are| were)\s+(?:still\s+|now\s+)?(?:in|on|up in|"
    r"down in)\s+(?:the\s+)?(?:icu|ccu|nicu|picu|er|ed|or|hospital|ward|unit|step-?down|"
    r"trauma bay|resus)\b"
    r"|\b(?:i|we)(?:'m|’m| am| was| were| are)\s+(?:his|her|their)\s+(?:nurse|doctor|doc|surgeon|"
    r"physician|np|rn|medic|paramedic|midwife)\b",
    re.I,
)
_NEW_PATIENT = re.compile(r"\b(?:another|next|second|different|other)\s+(?:pt|patient|one)\b", re.I)

# Where and how care happened: a setting of the author's, or an arrival, admission or death.
# Times alone are not encounters ("the senator's speech yesterday").
ENCOUNTER_CUE = re.compile(
    r"\b(?:our|my|the|this|at the|in the|with)\s+(?:[\w-]+\s+)?(?:ED|ER"
    r"|emerg(?:ency)?(?:\s+(?:department|room|dept))?|"
    r"ICU|CCU|NICU|PICU|trauma bay|resus(?:citation)?(?: bay| room)?|clinic|ward|unit|floor|OR|"
    r"L&D|labour and delivery|office|practice|hospital|department|walk-in|urgent care|"
    r"nursing home|LTC|home visit|triage|waiting room|cath lab)\b"
    r"|\b(?:on (?:my |the )?(?:night |day )?shift|on call|at triage|with us)\b"
    # French: "est sortie des soins intensifs hier soir", "admis à l'urgence"
    r"|\b(?:sortie?s? (?:des soins intensifs|de l'hôpital|de l'urgence|du bloc)|"
    r"(?:admise?s?|transférée?s?|hospitalisée?s?|opérée?s?|intubée?s?|réanimée?s?|arrivée?s?) "
    r"(?:aux?|à l'|à la|en|ce|cette|hier)|décédée?s?|a accouché|aux soins intensifs|à l'urgence|"
    r"retournée? à la maison)"
    # "Weirdest case of my career: a Lutheran minister …"
    r"|\b(?:weirdest|strangest|craziest|wildest|oddest|saddest|scariest|funniest|"
    r"most memorable) (?:case|patient|call|consult)s? (?:of|in) my (?:career|life|residency|"
    r"training)\b"
    # "Fun night shift: reattached the thumb of a carpenter …"
    r"|\b(?:night|day|evening|overnight) shift:"
    r"|\b(?:reattached|splinted|casted|reduced (?:his|her|the|a)|stitched|sewed up|"
    r"pulled (?:a|an|the) [\w-]+ out of|"
    # dental care: "pulled 6 teeth today for a homeless veteran"
    r"(?:pulled|extracted) (?:[\w-]+ )?(?:teeth|tooth|molars?|wisdom teeth)|root canal on)\b"
    r"|\b(?:brought in(?:to)?|brought (?:him|her|them|a|an|\w+) in(?:to)?|came in(?:to)?|presented|"
    r"presents|presenting with|admitted|discharged|rolled in(?:to)?|walked in(?:to)?|wheeled in|"
    r"comes in|rolls in|walks in|by ambulance|by ems|by air ambulance|"
    r"transferred|coded|intubated|triaged|delivered|born|i saw|we saw|just saw|just had|"
    r"had a (?:pt|patient)|treated|seen in|sent home|passed away|died|pronounced|lost a|"
    r"(?:i|we) (?:cared for|looked after|took care of|nursed|operated on|stitched up|sutured)|"
    r"(?:got |was |been )?extubated|off the vent|woke up in|stepped down from|"
    r"out of the (?:icu|ccu|nicu|picu|or|er|ed)|(?:hurt|injured) in (?:the|a|an|\w+'s)|"
    r"arrived|resuscitated|rosc|out of surgery|in surgery|recovering|lost (?:one|another|him|her)|"
    # an incident people around the patient know about: "was hit by a car", "came off his horse"
    r"(?:was|got|were) (?:hit|struck|stabbed|shot|run over|mauled|injured|hurt|killed|airlifted|"
    r"flown in|found down)|came off (?:his|her|their|a|the)|fell (?:off|from|through)|collapsed|"
    r"overdosed|drowned)\b",
    re.I,
)

# -- contexts that make a detail harmless ----------------------------------------------------

SAFE_CUES: dict[str, re.Pattern[str]] = {
    "clinic": re.compile(
        r"\b(?:call(?: us)?|book(?:ing)?|appointments?|walk-ins?|drop[- ]in|hours|open|visit us|"
        r"contact us|reach us|our (?:clinic|office|team|pharmacy)|clinic|pharmacy|"
        r"vaccin\w*|flu shots?|immuni[sz]\w*|screening|info(?:rmation)? (?:at|line)|"
        r"referrals?|fax (?:us|referrals)|toll[- ]free|hotline|helpline|crisis line|"
        r"for more info|learn more|sign up|registration)\b",
        re.I,
    ),
    "congrats": re.compile(
        r"\b(?:congrat\w*|kudos|shout[- ]?outs?|well deserved|welcome(?: to)?|thank(?:s| you)|"
        r"grateful|proud of|award\w*|honou?red|retir\w*|promot\w*|graduat\w*|defended|"
        r"new (?:chief|chair|director|colleague|grad)|farewell)\b",
        re.I,
    ),
    "conference": re.compile(
        r"\b(?:conference|symposium|(?:the|a|this|our|annual|health|leadership) summit|congress|"
        r"webinar|workshop|join us|register|keynote|"
        r"grand rounds|cme|meetup|agm|annual meeting|talk|panel|poster|abstract|"
        r"see you (?:in|at)|speaking at|presenting at|livestream|tickets|"
        # public events: "the mayor's wife spoke at our hospital gala last night"
        r"gala|fundraiser|ribbon[- ]cutting|spoke at|radiothon|telethon|golf tournament|"
        r"charity (?:run|walk|ride|auction|dinner)|"
        # the practical lines of a talk's notice: "12pm, Room 3B, lunch provided"
        r"(?:lunch|breakfast|dinner|pizza|food|refreshments|coffee) (?:provided|served|included)|"
        r"cme credits?|all welcome|everyone welcome)\b",
        re.I,
    ),
    "self": re.compile(
        r"\b(?:i'?m|i am|i was)\s+(?:an?|\d{1,3})\b|\bi \(an?\b"
        r"|\bas an?\s+(?:[\w-]+\s+)?(?:nurse|doc|doctor|physician|md|rn|np|paramedic|medic|"
        r"resident|student|surgeon|pharmacist|clinician|mom|dad|parent)\b"
        r"|\b(?:my own|myself|i (?:live|work|grew up)|email me|dm me|reach me|contact me|call me|"
        r"text me|me at)\b"
        r"|\bmy (?:email|number|phone|cell|office|website|blog|book|podcast|handle|hometown|"
        r"wife|husband|partner|kids?|son|daughter|mom|mother|dad|father|mother-in-law|"
        r"father-in-law|grandma|grandpa|grandmother|grandfather|family|first (?:half )?marathon|"
        r"brother|sister|niece|nephew|aunt|uncle|cousin|grandson|granddaughter|fianc[eé]e?|"
        r"best friend|bestie)\b"
        # "a kid from my son's hockey team": someone else, whom the author's family knows
        r"(?!['’]s (?:[\w-]+ )?(?:team|class|school|daycare|teammates?|classmates?|friends?|bus|"
        r"league|troop|teacher|coach)\b)"
        # "My Uber driver last night asked what I do": who served the author
        r"|\bmy (?:uber|lyft|taxi|cab|bus|delivery) driver\b"
        # "I started in 1995 at 28 years old": the author's own age
        r"|\b(?:i|my)\b(?:(?!\b(?:patient|pt|client|resident|lady|man|woman|guy|kid|child)\b)"
        r"[^.!?\n]){0,40}\bat (?:age \d{1,3}|the age of \d{1,3}|\d{1,3}[- ]years?[- ]old)\b"
        # "my 4-year-old", "my toddler": the author's child, unless a patient follows
        r"|\bmy (?:little |youngest |oldest |eldest |middle )?"
        r"(?:\d{1,2}[- ]?(?:year[- ]old|yr[- ]old|yo|y/o|month[- ]old)"
        r"|toddler|baby|newborn|teen|teenager|twins|kiddos?|little one)\b"
        r"(?!\s+(?:patient|pt|client|resident)\b)"
        # the author's, the clinic's or the ward's animal: "our clinic cat Max turned 10 today"
        r"|\b(?:our|my)\s+(?:(?:clinic|unit|ward|office|practice|hospital|therapy|team|family|"
        r"new|old)\s+)?(?:cat|dog|puppy|kitten|pup|pet|bunny|rabbit|hamster|parrot|horse)s?\b"
        r"|\btherapy (?:dog|cat|animal|pony)s?\b",
        re.I,
    ),
}
FAMOUS = _terms("phi_famous_cases")
# A teaching post opens with "Case 3:" or "Quiz for the residents -", or says so anywhere.
_TEACHING_OPENING = re.compile(
    r"^\s*(?:case|quiz|scenario|vignette|question|mcq|q)"
    r"(?:\s+(?:for|of)\s+(?:the\s+|my\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*(?:\d+\s*)?[:#-]",
    re.I,
)
_TEACHING_ANYWHERE = re.compile(
    r"\b(?:ddx|differential|what(?:'s| is) (?:your|the) (?:diagnosis|dx|next step)|"
    r"case of the (?:day|week)|teaching case|hypothetical|imagine|board (?:question|review)|"
    r"exam question|classic presentation|pop quiz|#foamed|#meded|#medtwitter quiz|simulation|"
    r"sim case|for (?:today's |tomorrow's )?class|lecture|not a (?:specific|real) (?:case|patient)|"
    r"hypothetically|in general|how do you (?:all |guys )?(?:handle|manage|approach))\b",
    re.I,
)

# -- quasi-identifiers ------------------------------------------------------------------------

# "20-year-old slides", "our 40-year-old building": the age of a thing.
_NOT_A_THINGS_AGE = (
    r"(?!\s+(?:slides?|cars?|trucks?|vans?|house|building|buildings|hospital|wing|"
    r"equipment|machines?|monitors?|ventilators?|beds?|stretchers?|chairs?|printers?|pagers?|"
    r"computers?|software|systems?|protocols?|guidelines?|policy|policies|textbooks?|books?|"
    r"papers?|study|studies|data|tradition|bottle|scotch|whisky|wine|roof|furnace|boat|bridge|"
    r"photos?|pictures?|fax)\b)"
)
_AGE_NUMBER = _word_starts(
    r"\b(?:aged?|age of)\s+(?P<a1>\d{1,3})\b"
    r"|\b(?P<a2>\d{1,3})\s?(?:-|\s)?(?:yo|y/o|y\.o\.?|yoa|yom|yof|yr[- ]?old|yrs?[- ]old|"
    r"years?[- ]old|year[- ]olds?)\b" + _NOT_A_THINGS_AGE +
    r"|" + _NOT_AN_AMOUNT + r"\b(?P<a3>\d{1,3})\s?(?:[MF]|male|female)\b"
    r"|\b(?:(?:mr|mrs|ms|miss)\.?\s+(?:[A-Z][a-z'-]+\s+){1,2}|[A-Z][a-z'-]+\s+)\((?P<a4>\d{1,3})\)"
    r"|\b(?:turned|turning|celebrated (?:her|his))\s+(?P<a5>\d{2,3})\b"
    r"|\b(?P<a6>\d{1,3})[- ](?:month|week|day)s?[- ]old\b"
    r"|(?<=[A-Za-z.)], )(?P<a7>\d{2,3})(?=,|\.(?:\s|$)|\s*$|\s+(?:is|was|and)\b)"
    r"|(?<=[.!?] )(?P<a8>\d{1,3})(?=[.!]\s+[A-Z])"
    # "She's 71, lives alone", "who is 92 and": a bare number said of someone, then a pause
    r"|(?:she|he|who)(?:'s|’s| is| was| turns| turned| just turned)\s+(?P<a9>\d{1,3})"
    r"(?=\s*(?:[,.;!?)]|$|and\b|years?\b|yrs?\b|yo\b))"
    # "had her hip replaced last week at 81", "diagnosed at 34": a life event, then "at" an age
    r"|\b(?:diagnosed|replaced|married|retired|widowed|delivered|died|passed away|adopted|"
    r"graduated|transplanted|amputated|paralyzed|paralysed)\b[^.!?\n]{0,40}?\bat "
    r"(?:the age of |age )?(?P<a11>\d{1,3})(?=\s*(?:[,.;!?)]|$|and\b|but\b|with\b|when\b|years?\b))"
    # French "Mme Leblanc, 84 ans"; not "il y a 30 ans" (ago) or "depuis 20 ans" (for)
    r"|(?<!il y a )(?<!depuis )(?<!pendant )(?<!après )(?<!dans )(?<!de )\b(?P<a10>\d{1,3}) ans\b",
    re.I,
)
_AGE_WORDS = re.compile(
    r"\b(?P<band>(?:early|mid|late)[- ](?:[1-9]0s|teens|twenties|thirties|forties|fifties|"
    r"sixties|seventies|eighties|nineties))\b"
    r"|\b(?P<old>centenarian|supercentenarian|nonagenarian|100th birthday|hundredth birthday)\b"
    r"|\b(?P<young>newborn|neonate|preemie|premature twins)\b",
    re.I,
)
_SEX = re.compile(
    r"\b(?:wom[ae]n|m[ae]n|lady|gentleman|gent|female|male|girl|boy|guy|mother|father|mom|dad|"
    r"grandmother|grandfather|grandma|grandpa|pregnant)\b"
    r"|(?<=\d)(?<![$€£¥.,]\d)(?<![$€£¥.,]\d\d)(?<![$€£¥.,]\d\d\d)\s?[MF]\b|(?<=yo)\s?[MF]\b|(?<=y/o)\s?[MF]\b"
    # "(F, 30s)", "(M/45)": the clinician's shorthand in brackets
    r"|(?<=\()(?-i:[MF])(?=\s?[,/)])",
    re.I,
)
_TIME = _word_starts(
    r"\b(?P<specific>last night|tonight|tonite|2nite|this (?:morning|afternoon|evening)|yesterday"
    r"|just now|today(?!['’]s)|"
    r"an hour ago|\w+ hours ago|earlier today|overnight|(?:on |last |this )?"
    + WEEKDAYS
    + r"(?: (?:night|morning|afternoon|evening))?|christmas(?: eve| day)?|"
    r"new year'?s(?: eve| day)?|"
    r"thanksgiving|easter(?: sunday| monday)?|canada day|boxing day|halloween|"
    r"(?:valentine|mother|father)'?s day|(?:july|4th of july|fourth of july)|"
    r"at \d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|at \d{4}h?|\d{1,2}(?::\d\d)?\s?(?:am|pm)|"
    r"(?:[01]\d|2[0-3])[0-5]\d(?=h\b|:|\s?hrs?\b)|"
    r"ce matin|cette nuit|ce soir|hier(?: soir)?|cet après-midi)\b"
    r"|\b(?P<vague>this week|last week|over the weekend|on (?:my |the )?(?:night )?shift)\b",
    re.I,
)
_UNIT_CODE = r"(?-i:\d{1,2}(?!L\b)[A-Z]{1,2})"  # 4B, 7N; "4L" is litres of oxygen
_WARD = _word_starts(
    r"\b(?:bed|room|rm|bay|stretcher|cubicle|pod|hallway bed|trauma bay"
    r"|resus)\s?#?\s?\d{1,4}[a-z]?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)\s+floor\b"
    r"|\b\d{1,2}\s?(?:north|south|east|west|[NSEW])\b(?=\s+(?:ward|unit|floor)|\s*$)"
    r"|\b(?:ward|unit)\s+(?:\d{1,2}[a-z]?|[A-Z]\d?)\b"
    # "on 4B", but not "on 4L" of oxygen
    r"|(?<=\b(?:on|to|at|in) )(?:\d{1,2}\s?(?:north|south|east|west)|" + _UNIT_CODE + r")\b"
    r"|(?<=\bfrom )(?:\d{1,2}\s?(?:north|south|east|west)|" + _UNIT_CODE + r")\b",
    re.I,
)
_FACILITY = _word_starts(
    r"\b(?:(?:St\.?|Saint|Holy|Mount|Mt\.?|Sacred|Good)\s+[A-Z][\w']+(?:\s+[A-Z][\w']+){0,2}"
    r"|[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3})\s+(?:General|Regional|Memorial|Community|"
    r"Children'?s|University|Civic|District)?\s*(?:Hospital|Health Cent(?:er|re)"
    r"|Medical Cent(?:er|re)|"
    r"Infirmary|Nursing Home|Manor|Lodge|Villa|Hospice|Rehab(?:ilitation)?(?: Cent(?:er|re))?|"
    r"Care Cent(?:er|re)|Health Sciences Cent(?:er|re)|Clinic|Medical Clinic|HOSPITAL|REHAB|"
    r"General(?: ED| ER)?|Regional(?: ED| ER)?)\b"
    r"|\b(?:St\.?|Saint|Holy|Sacred|Mt\.?)\s+[A-Z][\w']+(?:'s)?\b"
    r"|\b(?:[A-TV-Z]GH|GH|SickKids|CHEO|IWK|QEII|VGH|SMH|TGH|TWH|MGH|BWH|BIDMC|HSC|RVH|"
    r"KGH|QEH|PCH|UAH|FMC|JGH|SPH|LGH|RJH|VAMC|VA)\b"
    r"|(?:(?<=\b[Tt][Oo] )|(?<=\b[Ff][Rr][Oo][Mm] )|(?<=\b[Oo][Nn] )|(?<=\b[Aa][Tt] ))(?:the )?"
    r"[A-Za-z][A-Za-z]{3,}(?= \d\b| ICU| floor| campus| rehab)"
    r"|\bgh\b"
    r"|(?i:(?<=\bfrom )|(?<=\bto )|(?<=\bat ))(?i:(?:[a-z]+\s+){0,2}[a-z]+\s+(?:hosp(?:ital)?"
    r"|medical cent(?:er|re)|"
    r"rehab|campus|ew|nursing home|manor))\b",
)
_OWN_SETTING = re.compile(
    r"\b(?:our|my|this)\s+(?:[\w-]+\s+)?(?:ED|ER|emerg|emergency"
    r"(?:\s+(?:department|room))?|ICU|CCU|NICU|PICU|clinic|ward|unit|hospital|practice|"
    r"office|nursing home|LTC|health cent(?:er|re)|nursing station|L&D|resus(?:citation)? bay|"
    r"trauma bay|resus room|OR|cath lab)\b",
    re.I,
)
_TOWN_CUE = re.compile(
    r"\b(?:from|in|near|outside(?: of)?|out(?:side)? by|north of|south of|east of|west of|"
    r"lives? in|living in|up in|down in|over in|out in|here in|of)\s+"
    r"(?P<town>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{2,}(?:[ -][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{2,})?)"
)
# ALL-CAPS writing: "FROM TIGNISH IN OUR ER"
_SHOUTED_TOWN = re.compile(
    r"\b(?:FROM|IN|NEAR|OUTSIDE|OUT OF)\s+(?P<town>[A-Z]{4,}(?:[ -][A-Z]{4,})?)\b(?![a-z])"
)
_LIVES_IN = re.compile(
    r"\b(?:lives?|living|resides?|residing|from)\s+(?:alone\s+|with\s+\w+\s+)?in\s+"
    r"(?P<town>[a-z][a-z'-]{3,}(?: [a-z][a-z'-]{3,})?)",
    re.I,
)
_TRANSFER_CUE = re.compile(
    r"\b(?:transfer(?:red|ed)?|xfer(?:red)?|admitted|sent|discharged|d/c'?d|going|went|taken|"
    r"referred|moved|screened by|accepted (?:to|at)|care received)\s+(?:back\s+)?(?:to|from|at|by"
    r"|@)?\s*"
    r"(?:the\s+)?(?P<town>[A-Za-z][A-Za-z'-]{3,}(?-i:[ -][A-Z][A-Za-z'-]+)?)",
    re.I,
)
_NOT_TRANSFER_TARGET = frozenset(
    [
        "home",
        "floor",
        "rehab",
        "icu",
        "ccu",
        "micu",
        "sicu",
        "nicu",
        "csru",
        "pacu",
        "cath",
        "lab",
        "unit",
        "ward",
        "room",
        "bed",
        "hospital",
        "step",
        "down",
        "stepdown",
        "telemetry",
        "tele",
        "nursing",
        "facility",
        "shelter",
        "hospice",
        "morgue",
        "surgery",
        "radiology",
        "dialysis",
        "there",
        "here",
        "another",
        "outside",
        "osh",
        "this",
        "that",
        "today",
        "tomorrow",
        "tonight",
        "yesterday",
        "with",
        "without",
        "when",
        "after",
        "before",
        "rehabilitation",
        "service",
        "team",
        "care",
    ]
)
_NOT_TOWN = re.compile(
    r"^(?:" + WEEKDAYS + "|" + MONTHS + r"|The|This|That|Our|My|His|Her|ED|ER|ICU|Emerg\w*|"
    r"Hospital|Clinic|Room|Bed|Ward|Unit|Dr|Mr|Mrs|Ms|Christmas|Easter|Covid|COVID|"
    r"Canada|America|English|French|Spanish|General|Family|Medicine|Internal|Pediatrics|"
    r"Surgery|Cardiology|Nursing|Twitter|Facebook|Instagram|Tiktok|God|Jesus|"
    r"Tylenol|Advil|Lasix|Narcan|Epi|Afib|January)\b",
    re.I,
)
_SCHOOL = re.compile(
    r"\b[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}\s+(?:High School|Elementary(?: School)?|"
    r"Middle School|Public School|Junior High|Secondary School|Academy|Collegiate)\b"
    r"|\b(?:the )?local (?:high school|elementary school|school|college|university)\b"
    r"|\b(?i:the same (?:daycare|school|class|team|church|gym|rink|office|plant|mill) as "
    r"(?:my|me)\b)"
    # "a kid from my son's hockey team": a circle the author's family shares with the patient
    r"|\b(?i:(?:my|your) (?:son|daughter|kids?|child|children)['’]s (?:[\w-]+ )?"
    r"(?:team|class|school|daycare|teammates?|classmates?|league|troop))\b",
)
_VEHICLE = re.compile(
    r"(?:\b(?:red|blue|black|white|silver|grey|gray|green|yellow|orange)\s+)?"
    + compile_terms(sorted(lexicon("phi_vehicles"))),
    re.I,
)
OCCUPATION = re.compile(
    compile_terms(sorted(lexicon("phi_occupations")), plural=True)
    + r"|\b[a-z]+ (?:owner|worker|operator|master|foreman)s?\b",
    re.I,
)
FAMILY = _terms("phi_family")
ETHNICITY = _terms("phi_ethnicity")
CONDITION = _terms("phi_rare_conditions")
EVENT = re.compile(
    compile_terms(sorted(lexicon("phi_unusual_events")))
    + r"|\b(?:vs\.?|versus) (?:a |an )?(?:moose|deer|bear|train|tree|pole|bus|semi|cow|horse)\b"
    + r"|\b(?:\w+ )?(?:plane|float plane|bus|train|boat|ferry|highway|hwy \d+) crash\b"
    # work and pursuits that few people in a town share: "a logging accident", "the mill explosion"
    + r"|\b(?:logging|forestry|sawmill|mill|mining|mine|fishing|lobster boat|fishing boat|"
    r"construction|industrial|workplace|oil rig|chainsaw|wood ?chipper|hunting|skydiving|"
    r"paragliding|climbing|rodeo|bull riding|diving) (?:accident|incident|explosion|collapse|"
    r"crash|rollover|injury)\b"
    # a life event the encounter fell on: "the same week as her wedding", "on his graduation day"
    r"|\b(?:the (?:same )?(?:week|day|month|night|morning) (?:of|as|before|after)|"
    r"\w+ days? (?:before|after)|on) (?:her|his|their) (?:own )?(?:wedding|graduation|prom|"
    r"retirement party|honeymoon|baby shower)(?: day)?\b"
    # what few people swallow: "swallowed his wedding ring"
    r"|\bswallow(?:ed|ing) (?:his|her|their|a|an|the|\d+|two|three|several) (?:[\w-]+ ){0,2}?"
    r"(?:ring|rings|keys?|batter(?:y|ies)|magnets?|coins?|razor blades?|spoons?|forks?|"
    r"toothbrush|dentures|lighter|nails?|screws?|air ?pods?|earbuds?|lego|marbles?)\b"
    # bites few people get: a dog's or a cat's is no one's story, a pet raccoon's is
    r"|\b(?:pet )?(?:raccoon|skunk|fox|coyote|wolf|snake|rattlesnake|monkey|bat|squirrel|beaver|"
    r"porcupine|llama|alpaca|parrot|iguana|ferret|shark|alligator|crocodile|spider monkey) "
    r"(?:bite|attack|scratch|sting)s?\b",
    re.I,
)
PLACES = lexicon("phi_places") - lexicon("phi_not_places")
NOT_PLACES = lexicon("phi_not_places")

# How much each kind of detail narrows things down, on a rough scale where 2 means "people who
# know the patient can recognize them". Exact ages over 89 identify on their own (HIPAA).
WEIGHTS = {
    "AGE": 1.0,
    "AGE_BAND": 0.5,
    "SEX": 0.5,
    "LOCATION": 1.0,
    "FACILITY": 1.0,
    "SETTING": 0.5,
    "WARD": 1.0,
    "TIME": 1.0,
    "TIME_VAGUE": 0.5,
    "DATE": 1.0,
    "OCCUPATION": 1.0,
    "CONDITION": 1.0,
    "EVENT": 1.0,
    "FAMILY": 0.75,
    "ETHNICITY": 1.0,
    "VEHICLE": 1.0,
    "SCHOOL": 1.0,
}
DEMOGRAPHIC = frozenset({"AGE", "AGE_BAND", "SEX"})
PLACE_OR_TIME = frozenset({"LOCATION", "FACILITY", "SETTING", "WARD", "TIME", "TIME_VAGUE", "DATE"})
LABELS = {
    "AGE": "age",
    "AGE_BAND": "age band",
    "SEX": "sex",
    "LOCATION": "town",
    "FACILITY": "facility",
    "SETTING": "your workplace",
    "WARD": "room or bed",
    "TIME": "time of the visit",
    "TIME_VAGUE": "time of the visit",
    "DATE": "date",
    "OCCUPATION": "occupation",
    "CONDITION": "rare condition",
    "EVENT": "unusual event",
    "FAMILY": "family details",
    "ETHNICITY": "ethnicity or community",
    "VEHICLE": "vehicle",
    "SCHOOL": "school",
}


@dataclass(frozen=True)
class Mention:
    kind: str
    start: int
    end: int
    text: str
    age: int | None = None

    @property
    def weight(self) -> float:
        return WEIGHTS.get(self.kind, 1.0)

    def detail(self) -> Detail:
        label = LABELS.get(self.kind, self.kind.lower())
        if self.age is not None:
            label = f"age {self.age}"
        return Detail(self.kind, self.start, self.end, label)


@dataclass(frozen=True)
class Combination:
    """Details attached to one patient reference, with how identifying they are together."""

    anchor: tuple[int, int]
    mentions: tuple[Mention, ...]
    score: float
    severity: str | None  # None: not identifying enough to report as a combination


@dataclass
class PostModel:
    text: str
    sentences: list[tuple[int, int]]
    refs: list[tuple[int, int]]
    encounters: list[tuple[int, int]]
    safe: dict[int, set[str]]  # sentence index -> kinds of harmless context
    teaching: bool
    mentions: list[Mention]
    combinations: list[Combination] = field(default_factory=list)
    explicit: set[int] = field(default_factory=set)  # sentences naming a patient outright
    implied: list[tuple[int, int]] = field(default_factory=list)
    new_patient: list[int] = field(default_factory=list)  # where "another patient" starts
    _starts: list[int] = field(default_factory=list)
    _combined: list[tuple[int, int, Combination]] | None = None

    def sentence_of(self, pos: int) -> int:
        if not self._starts:
            self._starts = [s for s, _ in self.sentences]
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def _in_window(self, spans: list[tuple[int, int]], pos: int, before: int, after: int) -> bool:
        i = self.sentence_of(pos)
        return any(i - before <= self.sentence_of(s) <= i + after for s, _ in spans)

    def near_patient(self, pos: int, *, same_sentence: bool = False) -> bool:
        """A patient reference in this sentence (or, unless ``same_sentence``, the one before or
        after)."""
        width = 0 if same_sentence else 1
        return self._in_window(self.refs, pos, width, width)

    def in_encounter(self, pos: int) -> bool:
        """A patient reference or an encounter cue in this or a neighbouring sentence."""
        return self.near_patient(pos) or self.near_encounter(pos)

    def near_encounter(self, pos: int) -> bool:
        return self._in_window(self.encounters, pos, 1, 1)

    def safe_reason(self, pos: int) -> str | None:
        reasons = self.safe.get(self.sentence_of(pos), set())
        if "famous" in reasons:
            return "famous"
        if self.sentence_of(pos) in self.explicit:
            return None
        for reason in ("famous", "congrats", "conference", "self", "clinic"):
            if reason in reasons:
                return reason
        return None

    def combination_at(self, start: int, end: int) -> Combination | None:
        """The reportable combination that counts the detail at [start, end), if any."""
        if self._combined is None:
            self._combined = [
                (m.start, m.end, combo)
                for combo in self.combinations
                if combo.severity
                for m in combo.mentions
            ]
        for s, e, combo in self._combined:
            if s < end and start < e:
                return combo
        return None


# -- building the model -----------------------------------------------------------------------


def post_model(ctx: Context) -> PostModel:
    return ctx.once("phi.encounters", _build)


@dataclass(frozen=True)
class ChunkScan:
    """The pattern and entity work of the model, apart from what reads whole sentences and their
    neighbours (safe contexts, windows, the combination), which ``_build`` decides. Offsets are
    the scanned text's (see ``chunk_scans``)."""

    refs: list[tuple[int, int]]
    encounters: list[tuple[int, int]]
    new_patient: list[int]
    teaching: bool  # a teaching cue other than the opening "Case:" (that one is the post's)
    # (phase, mention): the phase is the order in which kinds are looked for, which breaks ties
    # between mentions of one span; occupations are not among them (see ``_occupations``)
    mentions: list[tuple[int, Mention]]
    occupations: list[tuple[int, int]]
    towns: list[tuple[int, int]]
    dates: list[tuple[int, int]]


_HISTORICAL = re.compile(r"\b1[5-8]\d\d\b")


def chunk_scans(ctx: Context) -> list[tuple[int, ChunkScan]]:
    """The scans with the offset that places each in the post: one per paragraph. The patterns
    match across line breaks ("808 Main St.\\n Apt. 7"), so a line on its own would not find the
    same, but nothing they look for runs over a blank line."""
    return ctx.once("phi.scans", lambda c: c.per_paragraph("phi.scan", _scan))


def paragraph_spans(
    ctx: Context, key: str, spans_of: Callable[[Context], list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """``spans_of`` run on each paragraph (kept with it, see ``Context.per_paragraph``), its spans
    placed in the post."""

    def placed(ctx: Context) -> list[tuple[int, int]]:
        return [s for by, spans in ctx.per_paragraph(key, spans_of) for s in _shifted(spans, by)]

    return ctx.once(key, placed)


def _scan(ctx: Context) -> ChunkScan:
    text = ctx.text
    towns_here = _towns(ctx)
    dates_here = dates(text)
    return ChunkScan(
        refs=[m.span() for m in PATIENT_REF.finditer(text)],
        encounters=[m.span() for m in ENCOUNTER_CUE.finditer(text)],
        new_patient=[m.start() for m in _NEW_PATIENT.finditer(text)],
        teaching=bool(_TEACHING_ANYWHERE.search(text)),
        mentions=_mentions(ctx, towns_here, dates_here),
        occupations=[m.span() for m in OCCUPATION.finditer(text)],
        towns=towns_here,
        dates=dates_here,
    )


def _shifted(spans: list[tuple[int, int]], by: int) -> list[tuple[int, int]]:
    return [(s + by, e + by) for s, e in spans] if by else spans


def _build(ctx: Context) -> PostModel:
    text = ctx.text
    sentences = split_sentences(text)
    scans = chunk_scans(ctx)
    model = PostModel(
        text=text,
        sentences=sentences,
        refs=[r for by, scan in scans for r in _shifted(scan.refs, by)],
        encounters=[r for by, scan in scans for r in _shifted(scan.encounters, by)],
        safe={},
        teaching=bool(_TEACHING_OPENING.match(text)) or any(scan.teaching for _, scan in scans),
        mentions=[],
    )
    model.new_patient = [p + by for by, scan in scans for p in scan.new_patient]

    for i, (s, e) in enumerate(sentences):
        cues = _sentence_cues(text[s:e])
        if cues.safe:
            model.safe[i] = set(cues.safe)
        has_patient = any(s <= a < e for a, _ in model.refs)
        if cues.famous or cues.historical and not has_patient:
            model.safe.setdefault(i, set()).add("famous")
        if cues.explicit:
            model.safe.get(i, set()).discard("self")
            model.explicit.add(i)
        elif cues.staff and (
            "congrats" in cues.safe
            and not _CARE_EVENT.search(text[s:e])
            or _TRIBUTE.search(text, s, e)  # "Sad news: our former colleague … passed away"
        ):
            # "Happy retirement to our unit clerk Donna, 66"
            model.safe.setdefault(i, set()).add("staff")
        elif (
            "staff" in model.safe.get(i - 1, set())
            and _GOES_ON_ABOUT_THEM.match(text, s)
            and not has_patient
            and not _CARE_EVENT.search(text[s:e])
        ):
            # "... our unit clerk Brenda on 6 North! She's 61 and still the fastest typist"
            model.safe.setdefault(i, set()).add("staff")
    phased = [(phase, _shifted_mention(m, by)) for by, scan in scans for phase, m in scan.mentions]
    occupations = [o for by, scan in scans for o in _shifted(scan.occupations, by)]
    phased += [(_OCCUPATION_PHASE, m) for m in _occupations(text, occupations)]
    phased.sort(key=lambda pm: (pm[1].start, pm[1].start - pm[1].end, pm[0]))
    mentions = _drop_nested([m for _, m in phased])
    mentions = sorted(mentions + _pronoun_sex(model, mentions), key=lambda m: (m.start, -m.end))
    model.mentions = [m for m in mentions if not ctx.is_allowed(m.start, m.end)]
    explicit_refs = {r for r in model.refs if not text[r[0] : r[1]].lower().startswith("your")}
    model.implied = [r for r in model.refs if r not in explicit_refs]
    model.implied += [r for r in _implied_refs(model.mentions) if r not in explicit_refs]
    model.refs = sorted(explicit_refs | set(model.implied))
    model.combinations = _combine(model, explicit_refs)
    return model


# "Sat with a dying patient tonight because her family couldn't get here": the pronoun that
# follows a patient in the same sentence gives the patient's sex, as "a lady" would.
_PRONOUN = re.compile(r"\b(?:she|her|hers|herself|he|him|his|himself)\b", re.I)


def _pronoun_sex(model: PostModel, mentions: list[Mention]) -> list[Mention]:
    found = []
    sexed = {model.sentence_of(m.start) for m in mentions if m.kind == "SEX"}
    for start, end in model.refs:
        if not _EXPLICIT_PATIENT.search(model.text, start, end):
            continue
        i = model.sentence_of(start)
        if i in sexed:
            continue
        pronoun = _PRONOUN.search(model.text, end, model.sentences[i][1])
        if pronoun:
            sexed.add(i)
            found.append(Mention("SEX", pronoun.start(), pronoun.end(), pronoun.group(0), None))
    return found


# A colleague remembered: their death is the team's news, not a patient's.
_TRIBUTE = re.compile(
    r"\b(?:sad news|rest in peace|rip|condolences|in (?:loving )?memory of|"
    r"will be (?:dearly |sorely )?missed|celebration of (?:her|his|their) life|obituary|funeral|"
    r"memorial service)\b",
    re.I,
)
_GOES_ON_ABOUT_THEM = re.compile(r"\s*(?:she|he|they)(?:'s|’s|'re|’re| is| was| are)?\b", re.I)


class SentenceCues(NamedTuple):
    safe: tuple[str, ...]  # the SAFE_CUES found, in their order
    famous: bool  # names a famous case
    historical: bool  # has a year from 1500 to 1899 (historical, unless a patient is named)
    explicit: bool  # says "patient", "pt", "Mr." or the like
    staff: bool  # names one of the team: "our unit clerk", "my charge nurse"


@lru_cache(maxsize=2048)  # as many sentences as the parse cache keeps, and some
def _sentence_cues(sentence: str) -> SentenceCues:
    """What one sentence says by itself. Kept by its text (in memory, like the parses), so that
    after an edit only the edited sentence is searched again."""
    return SentenceCues(
        safe=tuple(reason for reason, pattern in SAFE_CUES.items() if pattern.search(sentence)),
        famous=bool(FAMOUS.search(sentence)),
        historical=bool(_HISTORICAL.search(sentence)),
        explicit=bool(_EXPLICIT_PATIENT.search(sentence)),
        staff=bool(_OWN_TEAM_MEMBER.search(sentence)),
    )


# A patient reference that no colleague's family could be: "45M", "the 94-year-old", "pt".
_PLAINLY_A_PATIENT = re.compile(r"\d|\b(?:pt|patient|mrs?|ms)\b", re.I)
# One of the author's team, named as such: "our unit clerk Donna", "my charge nurse".
_OWN_TEAM_MEMBER = re.compile(
    r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:clerk|nurse|np|rn|lpn|doctor|physician|colleague|"
    r"porter|secretary|manager|educator|pharmacist|tech|technician|therapist|aide|volunteer|"
    r"housekeeper|chaplain|receptionist|fellow|coordinator|administrator|midwife|paramedic|"
    r"director|chief|attending|surgeon|resident|social worker|dietitian|physio|teammate)s?\b"
    r"|\b(?:dr|dre|doctor)\.?\s+[a-z]",  # "Congrats to Dr. Lee and her husband on ..."
    re.I,
)


def _shifted_mention(m: Mention, by: int) -> Mention:
    return Mention(m.kind, m.start + by, m.end + by, m.text, m.age) if by else m


_ARTICLE_BEFORE = re.compile(
    r"\b(?:a|an|the|this|our|my|one|retired|local|young|old)\s+(?:[\w-]+\s+){0,2}$", re.I
)


def _implied_refs(mentions: list[Mention]) -> list[tuple[int, int]]:
    """Details that stand for a person: "the lobster fisherman", "bed 4", "an Inuk elder",
    "triplets", "96". They anchor a combination only next to an encounter cue."""
    refs = []
    for m in mentions:
        bed = m.kind == "WARD" and re.match(r"(?:bed|stretcher|bay|room|rm)\b", m.text, re.I)
        person = m.kind in ("OCCUPATION", "FAMILY", "ETHNICITY")
        if bed or person or m.kind == "AGE" and m.age is not None:
            refs.append((m.start, m.end))
    return refs


_EXPLICIT_PATIENT = re.compile(r"\b(?:patient|pt|pt's|patient's|mrs?|ms)\b(?! team)", re.I)


_OCCUPATION_PHASE = 8


def _mentions(
    ctx: Context, town_spans: list[tuple[int, int]], date_spans: list[tuple[int, int]]
) -> list[tuple[int, Mention]]:
    """The details of one chunk with their phase, but for occupations (see ``_occupations``)."""
    text = ctx.text
    found: list[tuple[int, Mention]] = []

    def add(
        phase: int, kind: str, m: re.Match[str] | tuple[int, int], age: int | None = None
    ) -> None:
        s, e = m.span() if isinstance(m, re.Match) else m
        found.append((phase, Mention(kind, s, e, text[s:e], age)))

    for m in _AGE_NUMBER.finditer(text):
        group = next(name for name, value in m.groupdict().items() if value)
        value = int(m.group(group))
        if group == "a6":
            add(0, "AGE", m, None)  # months/weeks/days old: a narrow band by itself
        elif 0 < value < 120:
            span = (m.start(group), m.end(group)) if group in ("a4", "a7", "a8", "a9", "a11") else m
            add(0, "AGE", span, value)
    for m in _AGE_WORDS.finditer(text):
        kind = "AGE" if m.group("old") or m.group("young") else "AGE_BAND"
        add(1, kind, m, 100 if m.group("old") else None)
    for m in _SEX.finditer(text):
        add(2, "SEX", m)
    opening_hours = [m.span() for m in _DAY_RANGE.finditer(text)]
    for m in _TIME.finditer(text):
        if any(a <= m.start() < b for a, b in opening_hours):
            continue  # "Monday to Friday": when a clinic is open, not when someone was seen
        add(3, "TIME" if m.group("specific") else "TIME_VAGUE", m)
    for phase, kind, pattern in (
        (4, "WARD", _WARD),
        (5, "FACILITY", _FACILITY),
        (6, "SETTING", _OWN_SETTING),
        (7, "SCHOOL", _SCHOOL),
    ):
        for m in pattern.finditer(text):
            add(phase, kind, m)
    for phase, kind, pattern in (
        (9, "FAMILY", FAMILY),
        (10, "ETHNICITY", ETHNICITY),
        (11, "CONDITION", CONDITION),
        (12, "EVENT", EVENT),
        (13, "VEHICLE", _VEHICLE),
    ):
        for m in pattern.finditer(text):
            add(phase, kind, (m.start(), _of_what(text, m.start(), m.end())))
    for span in town_spans:
        add(14, "LOCATION", span)
    for span in date_spans:
        add(15, "DATE", span)
    for word in ctx.settings.always_flag:
        for m in terms_regex((word,)).finditer(text):
            add(16, "FACILITY", m)
    return found


_FOLLOWING_WORD = re.compile(r"\s+[\w-]+")


def _of_what(text: str, start: int, end: int) -> int:
    """ "mother of five": a detail ending in "of" runs on to the next word."""
    if text[max(start, end - 3) : end].lower() == " of":
        following = _FOLLOWING_WORD.match(text, end)
        end = following.end() if following else end
    return end


def _occupations(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """Occupations that name a patient, decided over the whole post: whether one does depends on
    the words around it, which may sit in the sentence before."""
    found = []
    for s, e in spans:
        if _person_position(text, s, e) and _patient_role(text, s, e):
            end = _of_what(text, s, e)
            found.append(Mention("OCCUPATION", s, end, text[s:end]))
    return found


_SENTENCE_END = re.compile(r"[.!?\n]\s*$")
_PERSON_AFTER = re.compile(r"\s*(?:from|who|,|\(|of \d|in (?:his|her) \d)", re.I)
_OPENING_PERSON_AFTER = re.compile(r"\s+(?:from|who|,)")


def _person_position(text: str, start: int, end: int) -> bool:
    """Whether an occupation names a person: "the pilot", "Logger from Port Hardy", "a farmer,"
    do; "pilot project" does not."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 12]
    sentence_start = start == 0 or bool(_SENTENCE_END.search(before))
    return bool(
        _ARTICLE_BEFORE.search(before)
        or _PERSON_AFTER.match(after)
        or sentence_start
        and _OPENING_PERSON_AFTER.match(after)
    )


_BROUGHT_THE_PATIENT = re.compile(
    r"\s+(?:who |that )?(?:brought|wheeled|transported|flew|carried|drove|referred|sent|handed "
    r"over|transferred)(?: in)? (?:my|our|the|a|this|that) (?:\w+ )?(?:patient|pt|man|woman|"
    r"lady|guy|kid|child|baby)\b",
    re.I,
)
_AUDIENCE = re.compile(r"\b(?:for|to) (?:the |my |our |all (?:the )?)?(?:[\w-]+ )?$", re.I)
_COLLEAGUES_AFTER = re.compile(
    r"\s+(?:partners|colleagues|team|teams|crew|crews|staff|friends)\b", re.I
)
_OWN_STAFF = re.compile(r"\b(?:our|my)\s+(?:[\w-]+\s+)?$", re.I)
_PUBLIC_OFFICE = re.compile(
    r"(?:prime )?minister|senator|premier|president|governor|mayor|mp|mla|congress(?:wo)?man|"
    r"secretary|king|queen|prince|princess|pope|chancellor",
    re.I,
)
# "a Lutheran minister", "the church minister": clergy, not a public office
_CLERGY_BEFORE = re.compile(
    r"\b(?:lutheran|anglican|baptist|methodist|presbyterian|pentecostal|united church|church|"
    r"parish|catholic|evangelical|mennonite|adventist|congregation's)\s+$",
    re.I,
)


def _cared_for(window: str) -> bool:
    """A care event in ``window`` that someone underwent: "were brought in", not "brought in 40
    patients", which the team did."""
    return any(not _DONE_BY_THEM.match(window, m.end()) for m in _CARE_EVENT.finditer(window))


_DONE_BY_THEM = re.compile(
    r"\s+(?:\d+|a|an|the|two|three|four|five|six|several|many|dozens|hundreds|patients|him|her|"
    r"them|people|everyone)\b",
    re.I,
)
_CARE_EVENT = re.compile(
    r"\b(?:admitted|brought in|came in|rushed|airlifted|intubated|coded|died|passed away|"
    r"in (?:the |our )?(?:icu|ed|er|hospital)|treated|diagnosed|surgery|collapsed)\b",
    re.I,
)


def _patient_role(text: str, start: int, end: int) -> bool:
    """An occupation that can be a patient's: not the audience of a teaching post ("case for the
    students"), and a public office ("the senator said today") only next to a care event."""
    word = text[start:end]
    before = text[max(0, start - 20) : start]
    if word.lower().endswith("s") and _AUDIENCE.search(before):
        return False
    if _BROUGHT_THE_PATIENT.match(text, end):
        return False  # "That paramedic who brought in my patient last night …" is no patient
    plural = word.lower().endswith("s") or _COLLEAGUES_AFTER.match(text, end)
    if (
        plural
        and _OWN_STAFF.search(before)
        and not _cared_for(text[max(0, start - 80) : end + 80])
    ):
        return False  # "our social workers found housing for three families": the team
    if _PUBLIC_OFFICE.fullmatch(word.rstrip("s")) and not _CLERGY_BEFORE.search(before):
        return bool(_CARE_EVENT.search(text[max(0, start - 80) : end + 80]))
    return True


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions of the same kind family (a date inside a time),
    and nothing inside a condition's name (the NER's place "Creutzfeldt-" in Creutzfeldt-Jakob)."""
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    reaching: list[Mention] = []  # the kept mentions that may still hold a later one
    for m in mentions:
        reaching = [k for k in reaching if k.end >= m.start]
        if any(
            m.end <= k.end and (_same_family(k.kind, m.kind) or k.kind == "CONDITION")
            for k in reaching
        ):
            continue
        kept.append(m)
        reaching.append(m)
    return kept


def _same_family(a: str, b: str) -> bool:
    families = (
        {"TIME", "TIME_VAGUE", "DATE"},
        {"FACILITY", "SETTING", "LOCATION", "WARD"},
        {"AGE", "AGE_BAND"},
    )
    return a == b or any(a in f and b in f for f in families)


# -- towns and dates (shared with the identifier rules) ---------------------------------------

_PLACE_TOKEN = re.compile(r"\b[A-Z][a-z'’.-]+(?:[ -](?:[A-Z][a-z'’-]+|de|du|la|sur|of))*\b")


def towns(ctx: Context) -> list[tuple[int, int]]:
    return [t for by, scan in chunk_scans(ctx) for t in _shifted(scan.towns, by)]


def post_dates(ctx: Context) -> list[tuple[int, int]]:
    """``dates`` of the whole post, from each chunk's scan."""
    return [d for by, scan in chunk_scans(ctx) for d in _shifted(scan.dates, by)]


def _towns(ctx: Context) -> list[tuple[int, int]]:
    text = ctx.text
    spans: set[tuple[int, int]] = set()
    for m in _PLACE_TOKEN.finditer(text):
        words = m.group(0).split()
        # the longest run of leading words that names a known place
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n]).rstrip(".")
            low = candidate.lower()
            if low in PLACES and not (n == 1 and low in lexicon("phi_first_names")):
                spans.add((m.start(), m.start() + len(candidate)))
                break
    for m in _TOWN_CUE.finditer(text):
        town = m.group("town")
        if not _NOT_TOWN.match(town) and town.lower() not in _NOT_A_PLACE:
            spans.add(m.span("town"))
    for m in _SHOUTED_TOWN.finditer(text):
        town = m.group("town").lower()
        lead = town.split()[0]
        unknown_ok = m.group(0).startswith("FROM") and not (
            lead in _NOT_A_PLACE or lead in _NOT_A_TOWN_LEAD
        )
        if town in PLACES or unknown_ok:
            spans.add(m.span("town"))
    for m in _LIVES_IN.finditer(text):
        words = m.group("town").lower().split()
        if words[0] not in _NOT_A_TOWN_LEAD and not _NOT_TOWN.match(words[0]):
            spans.add(m.span("town"))
    for m in _TRANSFER_CUE.finditer(text):
        town = m.group("town")
        first = town.split()[0].lower()
        given = first.split("-")[0] in lexicon("phi_first_names")
        if (
            first not in _NOT_A_TOWN_LEAD
            and not first.endswith(("ing", "ed"))
            and not _NOT_TOWN.match(town)
            and not (given and town.lower() not in PLACES)  # "discharged Gordon Thibodeau"
        ):
            spans.add(m.span("town"))
    if ctx.has_model:
        for ent in ctx.entities():
            if _place_entity_ok(ent.label, ent.text):
                spans.add((ent.start_char, ent.end_char))
    return _merge({(s, e) for s, e in spans if not _in_an_eponym(text, s, e)})


_EPONYM_BEFORE = re.compile(r"[A-Za-z]-$")


def _in_an_eponym(text: str, start: int, end: int) -> bool:
    """Guillain-Barré, Osgood-Schlatter: a place's name inside a disease's is no place."""
    return bool(
        text[start:end].endswith("-")
        or _EPONYM_BEFORE.search(text[max(0, start - 2) : start])
        or text[end : end + 2][:1] == "-" and text[end + 1 : end + 2].isupper()
    )


_NOT_NAMES = lexicon("phi_not_names")
# What a town cue's word cannot be: built once, not per match
_NOT_A_PLACE = _NOT_NAMES | NOT_PLACES
_NOT_A_TOWN_LEAD = STOP_WORDS | _NOT_NAMES | _NOT_TRANSFER_TARGET


def _place_entity_ok(label: str, value: str) -> bool:
    """spaCy's small model calls many all-caps clinical words places (COUGH, HIGH): trust it for
    capitalized words that are not clinical vocabulary, and for all-caps only on known places."""
    if label not in ("GPE", "LOC") or not value[:1].isupper() or _NOT_TOWN.match(value):
        return False
    low = value.lower()
    if low in NOT_PLACES or low in _NOT_NAMES or any(w in NOT_PLACES for w in low.split()):
        return False
    if low.split()[0] in lexicon("phi_first_names") and low not in PLACES:
        return False  # "Linda from 4 West": a person the model took for a place
    return not value.isupper() or low in PLACES


DATE = _word_starts(
    r"\b(?P<num>(?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:[/-](?P<y>\d{2}|\d{4}))?)(?![/\d])"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b" + MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTHS + r"\b(?:,?\s+\d{4})?"
    r"|\b" + MONTHS + r"\.?(?:\s+of)?\s+(?:19|20)\d{2}\b",
    re.I,
)
_FRACTIONS = frozenset({(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (24, 7)})
_SCALE_CONTEXT = re.compile(r"pain|scale|rated|score|gcs|apgar|strength|power|out of", re.I)
# A pair of settings or grades, not a date: "CPAP 5/5", "PS 12/5", "strength 5/5 bilaterally".
_SETTINGS_BEFORE = re.compile(
    r"\b(?:cpap|bipap|bpap|peep|ps|psv|vent|settings?|strength|power|motor|grip|reflexes)"
    r"[^\n\d]{0,6}$",
    re.I,
)


def dates(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in DATE.finditer(text):
        if m.group("num"):
            month, day = int(m.group("m")), int(m.group("d"))
            month_year = (
                "/" in m.group("num") and day > 31 and len(m.group("d")) == 2 and not m.group("y")
            )
            if month_year and 1 <= month <= 12:
                spans.append(m.span())  # 12/82: month and year
                continue
            if not (1 <= month <= 12 and 1 <= day <= 31) or (month, day) in _FRACTIONS:
                continue
            if "-" in m.group("num") and not m.group("y"):
                continue  # 9-12 is a range of hours, not a date
            near = text[max(0, m.start() - 12) : m.end() + 12]
            if day == 10 and _SCALE_CONTEXT.search(near):
                continue
            settings = _SETTINGS_BEFORE.search(text, max(0, m.start() - 14), m.start())
            if settings and not m.group("y"):
                continue
            if not m.group("y") and re.search(
                r"\d\s*/\s*$", text[max(0, m.start() - 3) : m.start()]
            ):
                continue
        elif m.group(0).lower().startswith("may") and not m.group(0)[0].isupper():
            continue
        spans.append(m.span())
    return spans


def _merge(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# -- combinations -----------------------------------------------------------------------------


def _combine(model: PostModel, explicit: set[tuple[int, int]]) -> list[Combination]:
    combos = []
    anchors = sorted(set(model.refs))
    encounter_sentences = {model.sentence_of(s) for s, _ in model.encounters} | {
        model.sentence_of(m.start) for m in model.mentions if m.kind == "WARD"
    }
    new_patient = model.new_patient
    sentence_of_mention = [model.sentence_of(m.start) for m in model.mentions]
    harmless = [_harmless(model, m) for m in model.mentions]
    for anchor in anchors:
        i = model.sentence_of(anchor[0])
        if model.safe.get(i, set()) & {"famous", "self"}:
            continue
        if "staff" in model.safe.get(i, set()) and not (
            anchor in explicit and _PLAINLY_A_PATIENT.search(model.text, *anchor)
        ):
            continue  # the colleague's own details; "the 45M in bed 3" still anchors
        if anchor not in explicit and not encounter_sentences & {i - 1, i, i + 1}:
            continue
        lo, hi = i - 1, i + 2
        # a later "another patient" starts a new cluster; an earlier one ends the previous
        for pos in new_patient:
            j = model.sentence_of(pos)
            if j > i:
                hi = min(hi, j - 1)
            elif j <= i and pos <= anchor[0]:
                lo = max(lo, j)
        members = tuple(
            m
            for m, j, off in zip(model.mentions, sentence_of_mention, harmless, strict=True)
            if lo <= j <= hi and not off
        )
        combos.append(_score(model, anchor, members))
    combos.sort(key=lambda c: -c.score)
    return combos


_SPECIFIC_FAMILY = re.compile(
    r"\b(?:twins?|triplets|quadruplets|quintuplets|big|little|older|younger|brothers|sisters|"
    r"\d+|two|three|four|five|six|seven|eight)\b",
    re.I,
)


def _harmless(model: PostModel, m: Mention) -> bool:
    reasons = model.safe.get(model.sentence_of(m.start), set())
    return bool(reasons & {"famous", "self", "conference"})


def _score(model: PostModel, anchor: tuple[int, int], members: tuple[Mention, ...]) -> Combination:
    best: dict[str, Mention] = {}
    for m in members:
        if m.kind not in best or m.weight > best[m.kind].weight:
            best[m.kind] = m
    kinds = set(best)
    # sex is implied by most ages given with it (45M); count it once per cluster
    score = sum(WEIGHTS[k] for k in kinds)
    if {"TIME", "TIME_VAGUE"} <= kinds:
        score -= WEIGHTS["TIME_VAGUE"]
    if {"FACILITY", "SETTING"} <= kinds:
        score -= WEIGHTS["SETTING"]
    # siblings or twins seen in the unit ("her big brothers visited in our NICU")
    if kinds & {"SETTING", "WARD", "FACILITY"} and any(
        m.kind == "FAMILY" and _SPECIFIC_FAMILY.search(m.text) for m in members
    ):
        score += 0.25
    very_old = any(m.age is not None and m.age > 89 for m in members if m.kind == "AGE")
    identifying = kinds - DEMOGRAPHIC
    if model.teaching:
        identifying &= PLACE_OR_TIME - {"SETTING", "TIME_VAGUE"} | {
            "EVENT",
            "OCCUPATION",
            "SCHOOL",
            "VEHICLE",
        }
    severity = None
    if very_old and len(kinds) >= 2 or score >= 2 and identifying and len(kinds) >= 2:
        severity = "critical"
    elif score >= 1.5 and identifying and len(kinds) >= 2:
        severity = "warning"
    ordered = tuple(sorted(members, key=lambda m: m.start))
    kept = tuple(m for m in ordered if best.get(m.kind) is m or m.kind not in ("SEX",))
    return Combination(anchor, kept, score, severity)
