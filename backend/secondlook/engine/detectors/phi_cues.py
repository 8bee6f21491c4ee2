"""What a sentence of a post says about the encounter it tells of, for the PHI encounter model
(``phi_model``).

Where the post's sentences end; the words that refer to a patient ("my pt", "45M", "the woman in
bed 4") or to an encounter ("our ED", "brought in", "est sortie des soins intensifs"); and the
contexts that make a detail harmless: a clinic's own contact details, a congratulation, a
conference or talk, the author's own life, a famous case, a teaching case, a colleague's news.
All regular expressions, kept per sentence text by ``sentence_cues``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from secondlook.engine.lexicons import lexicon
from secondlook.rules.terms import compile_terms


def lexicon_terms(name: str, *, plural: bool = False) -> re.Pattern[str]:
    return re.compile(compile_terms(sorted(lexicon(name)), plural=plural), re.I)


def word_starts(pattern: str, flags: int = 0, *, or_text_start: bool = False) -> re.Pattern[str]:
    """``pattern``, every alternative of which starts where a word starts (or, with
    ``or_text_start``, at the start of the text: "^\\W*nurse here:"), compiled to be tried only
    there: Python's re tries each alternative at every position, and most positions start no word
    (PATIENT_REF on a 2,000-character post: 3.2 ms -> 0.7 ms). Matches are the same."""
    return re.compile((r"(?:^|\b(?=\w))" if or_text_start else r"\b(?=\w)") + "(?:" + pattern + ")",
                      flags)


WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


_DAY = rf"{WEEKDAYS}|(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\.?"


DAY_RANGE = re.compile(rf"\b(?:{_DAY})\s*(?:-|–|to|through|thru)\s*(?:{_DAY})\b", re.I)


MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)


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


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and line breaks; abbreviations like "Dr." do not end one."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start()].rsplit(None, 1)
        last = before[-1].lower().rstrip(".") if before else ""
        if m.group(0).startswith(".") and last in _NO_BREAK_AFTER:
            continue
        if (
            m.group(0).startswith(".")
            and _INITIALS.fullmatch(before[-1] if before else "")
            and text[m.end() : m.end() + 1].islower()
        ):
            continue  # "Shoutout to J.M. who walked out of our unit today"
        if m.start() > start:
            # the end punctuation and what closes round it: "... I want mine too.'" ends there
            closed = len(m.group(0).rstrip()) if text[m.start()] in ".!?" else 0
            spans.append((start, m.start() + closed))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


# What a child's life gathers round it, after a possessive: "my son's hockey team", "my kid's
# school". Someone met there is not the author's family; the child who owns it is.
_CHILDS_CIRCLE = (
    r"['’]s (?:[\w-]+ ){0,2}?(?:team|class|school|daycare|teammates?|classmates?|friends?|bus|"
    r"league|troop|teacher|coach)\b"
)
# The author's own child or parent as the owner of such a place: "My kid's school had a bake
# sale today" speaks of the author's family, not of a patient ("my kid" alone may be a nurse's
# patient, "my kiddo in room 4").
OWN_CHILDS_CIRCLE = re.compile(
    r"my\b(?:\s+[\w'-]+){0,2}?\s+(?:kid|child|baby|toddler|teen|teenager|kiddo|little one|boys|"
    r"girls|twins)(?=" + _CHILDS_CIRCLE + r")",
    re.I,
)


_PERSON_NOUNS = (
    r"(?:patient|pt|client|resident|lady|woman|man|guy|gent(?:leman)?|girl|boy|kid|child|baby|"
    r"infant|newborn|neonate|toddler|teen(?:ager)?|female|male|mom|mother|dad|father|mama|mum|mam|"
    r"nan|nana|nanna|"
    r"grand(?:ma|pa|mother|father)|granny|fellow|dude|chap|bloke|fella|lad|lass|gal|senior|"
    # (not sarcasm's "a true medical miracle")
    r"(?<!medical )(?<!christmas )miracle|"
    r"elder|youngster|couple|"
    r"legend|fighter|warrior|soul|sweetheart|character|regular|frequent flyer|primip|multip|"
    r"kiddo|little one|bub|preemie|survivor|bride|groom|newlyweds|brothers|sisters|siblings|"
    r"twins|triplets|boys|girls|"
    # what a mocking post calls the patient: "the drunk idiot who crashed his truck"
    r"idiot|moron|jerk|lunatic|nutter|drunk|junkie|druggie|gomer|"
    r"g\d\s?p\d|case)"
)


# People by what they were doing: strong enough to stand without "a" or "the".
_ROLE_NOUNS = (
    r"(?:driver|rider|cyclist|biker|pedestrian|passenger|hiker|climber|skier|snowboarder|swimmer|"
    r"hunter|camper|tourist|visitor|victim|jumper|runner|worker|logger|trucker|skater|diver|"
    r"kayaker|boater|snowmobiler|goalie|goaltender|quarterback|pitcher|linebacker|wrestler|"
    r"boxer|gymnast|inmate|prisoner|detainee|qb|defen[cs]eman|(?<!hunger )striker|winger|"
    r"shortstop|backpacker|"
    r"point guard|rower|grader|stockman|jackaroo|jillaroo|ringer|centre forward|center forward|"
    r"centre half|center half|centre back|center back|midfielder|defender|fly-half|scrum-half|"
    r"full-back|fullback|flanker|catcher|kicker|punter|netminder|goalkeeper|cornerback|"
    r"running back|wide receiver|tight end|shooting guard|power forward|libero|"
    r"starting cb|starting qb)"
)


# Before a number that is no age: an amount or a decimal ("raised $2M", "$1.2M").
# ... or minutes after hours ("4h 50m on the ramp")
NOT_AN_AMOUNT = r"(?<![$€£¥.,\d])(?<!\dh )(?<!\dh)(?<!\dhr )(?<!\dhrs )"


_AGE_SEX_SHORT = (
    NOT_AN_AMOUNT
    + r"\d{1,3}\s?(?:yo|y/o|y\.o\.?|yr|yrs|yoa)?\s?(?:[mf]|male|female|man|woman|boy|girl)"
)


# What an age in weeks or days can be of besides a person: "a 3-week-old ingrown toenail".
NOT_A_PERSONS_AGE_AFTER = (
    # (not whom it is of: "a 3-week-old with a cough", "a 45-year-old in pain")
    r"|\s+(?!(?:with|and|in|on|who|has|had|having|presenting|from|at|after)\b)(?:[\w-]+\s+)?"
    r"(?:toenail|splinter|sprain|rash|cough|cold|bruise|blister|injury|wound|"
    r"cut|burn|fracture|sandwich|pizza|leftovers|milk|bread|cast|dressing|stitches|sutures|"
    r"ingrown|nail|problem|complaint|issue|symptoms?|pain|headache|backache)\b"
)


# An infant's age in shorthand, opening the story or after an article: "3mo in our PICU last
# night", "a 6wk with a fever"; not a time ("6mo ago", "a 3mo locum stint", "for 6mo").
INFANT_SHORTHAND_AGE = (
    r"(?:(?m:^)|(?<=[.!?:]\s)|(?<=\ba\s)|(?<=\bour\s)|(?<=\bthis\s)|(?<=\bthe\s))"
    r"(?P<a15>\d{1,2})\s?(?:mo|mos|mth|wk|wks|wo)(?:[- ]old)?\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:ago|later|supply|course|post|of|follow|f/u|wait|waiting|history|hx|trial|"
    r"break|plan|review|mark|point|scan|checks?|visits?|appointments?|appts?|postpartum|postnatal|"
    r"post-?op|clinic|class|program|programme|block|rotation|placement|contract|stint|leave|"
    r"sabbatical|vaccines?|shots?|jabs?|immuni[sz]ations?)\b)"
)


# "patient relations", "patient portal": a service named after patients, not one of them
_PATIENT_SERVICE = (
    r"(?!\s+(?:team|clinic|session|appt|appointment|exercises|department|portal|education|safety|"
    # a room or a supply for them: "crackers from the pt pantry", "the resident lounge"
    r"pantry|fridge|kitchen|lounge|call rooms?|washrooms?|bathrooms?|parking|lot|gowns?|trays?|"
    r"meals?|menus?|snacks?|lockers?|"
    r"relations|experience|advocate|advocacy|services|liaison|representative|line|office|"
    r"feedback|ombudsman|hours|basis|schedule|season|price|rate|programming|problems?|issues?|"
    r"volumes?|flow|load|numbers|census|complaints?|"
    # a service for children or babies: "a child health nurse", "the baby care room"
    r"(?:health|care) (?:nurses?|visitors?|workers?|cent(?:re|er)s?|clinics?|teams?|services?|"
    r"assistants?|aides?|attendants?|coordinators?|techs?|associates?|"
    r"programs?|programmes?|providers?|rooms?)|protection|development|psychiatry|psychology|"
    r"welfare|"
    # a role: "an Elder on staff"
    r"on staff|"
    # a service's name: "the Patient & Family Resource Centre"
    r"(?:&|and) famil(?:y|ies) (?:[\w-]+ )?(?:cent(?:re|er)|council|advisory|services?|"
    r"resources?|library|lounge|office|committee|partners?))\b)"
)


# "the first female firefighters", "male nurses": the noun says which group, no one person
_A_GROUP_OF = (
    r"(?!\s+(?:firefighters|nurses|doctors|physicians|surgeons|students|athletes|leaders|"
    r"colleagues|staff|employees|workers|officers|members|veterans|pilots|engineers|scientists|"
    r"residents|paramedics|medics|professors|politicians|founders|pioneers|trailblazers|"
    r"role models|patients|voices|drivers|farmers|soldiers|"
    # "A senior resident used 'gomer' on rounds": a colleague's rank, no elderly person
    r"resident|nurse|doctor|physician|consultant|registrar|attending|manager|partner|colleague|"
    r"leader|scientist|editor|director|lecturer|fellow|"
    # someone online: "the guy in my replies"
    r"in (?:my|the|your|our) (?:replies|comments|mentions|dms|inbox|feed|timeline)|"
    # someone selling or speaking to the public: "a guy selling colloidal silver", "a man on
    # YouTube"
    r"selling|who sells|on (?:youtube|tiktok|facebook|instagram|twitter|reddit|tv|the radio|"
    r"the news|a podcast)|online)\b)"
)


# "one of the most patient educators on our unit": patient as a virtue, no one's patient
_PATIENT_AS_A_VIRTUE = (
    r"(?<!most )(?<!more )(?<!less )(?<!so )(?<!very )(?<!too )(?<!incredibly )(?<!endlessly )"
    r"(?<!infinitely )(?<!super )(?<!always )"
)


PATIENT_REF = word_starts(
    r"\b(?:my|our|this|that|a|an|the|one|another|last|first|next|same|poor|sweet|elderly|old|"
    r"older|younger|middle-aged|two|three|four|both|teenage|teen|"
    r"young|little|frail|lovely|only|your|her|his|its|\d{1,3}\s?(?:yo|y/o|y\.o\.?)"
    # "sixty-something guy", "40-something bloke"
    r"|(?:\d0|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-something"
    r"|\d{1,3}[- ]year[- ]old)"
    # (a height, or what they said, may stand before the noun: "a 6'5\" construction guy",
    # "Another 'we don't do fluoride in our house' mom today")
    r"(?:\s+(?:\d['’]\d{1,2}[\"”]?|['‘\"“][^\n]{1,60}?['’\"”](?=\s)|[\w'-]+)){0,2}?\s+"
    r"(?<!chief )(?<!junior )(?<!senior )(?<!head )"
    + _PATIENT_AS_A_VIRTUE
    + _PERSON_NOUNS
    + r"\b"
    # (a unit's name: "our new Mother-Baby Unit", "family-centred care")
    r"(?!-(?:baby|babies|infant|newborn|child|friendly|led|centred|centered)\b)"
    + _PATIENT_SERVICE
    + _A_GROUP_OF
    # a note's opening, with no article: "Dad in our clinic this morning insisted ...", "Drug
    # seeker in ED last night"
    + r"|(?:(?m:^)|(?<=[.!?]\s))(?:lady|woman|man|guy|gent|gentleman|girl|boy|kid|dad|mum|mom|"
    r"mam|bloke|fella|chap|lad|lass|dude|grandma|grandpa|granny|teen|toddler|drug seeker|"
    r"frequent flyer)(?=\s+(?:in|at|on|from|rang|phoned|called|came|walked|rolled|presented|"
    r"insisted|demanded|turned up|showed up)\s)"
    # a family cared for as one, by its name or its town: "the Henderson family", "a young family
    # from Morden"; not "our ICU family", "the family who brought pizza to our unit"
    + r"|\b(?:the|a|this|that|one|another)\s+(?-i:[A-Z][\w'-]+)\s+famil(?:y|ies)\b"
    r"(?!\s+(?:medicine|doctors?|docs?|physicians?|practice|practitioners?|health|rooms?|day|"
    r"planning|services?|centre|center|clinic|support|meeting|leave|team|members?|caregivers?|"
    r"unit|foundation|fund|tower|wing|pavilion|atrium|building|institute|chapel|garden|"
    r"auditorium)\b)"
    r"|\b(?:a|one|another|the|this|that|poor|sweet|young|lovely)(?:\s+[\w'-]+){0,2}?\s+"
    r"family\s+(?:from|of (?:three|four|five|six|seven|eight|\d{1,2}))\b"
    # "Family in from Margate today complaining ...": a patient's, come to visit
    r"|(?:(?m:^)|(?<=[.!?]\s))family in from\b"
    r"|(?<!my )(?<!be )(?<!was )(?<!is )(?<!so )(?<!very )(?<!more )(?<!were )(?<!been )"
    # "every single patient on our unit went home": all of them, no one in particular
    r"(?<!every )(?<!single )(?<!each )(?<!any )(?<!no )"
    r"(?<!chief )(?<!senior )(?<!junior )(?<!new )(?<!pgy\d )"
    # (no one's: "mock-patient walkthroughs", "a simulated patient")
    r"(?<!mock-)(?<!mock )(?<!simulated )(?<!standardi[sz]ed )"
    + _PATIENT_AS_A_VIRTUE
    + r"\b(?:pt|patient|pt's|patient's|client|resident)\b(?!\s+(?:with|and|enough))"
    # (a trainee's: "'resident plan reviewed and agreed'", "the resident lounge")
    r"(?!(?<=resident)\s+(?:plans?|physicians?|doctors?|docs?|teams?|lounge|wellness|duty|salary|"
    r"salaries|union|council|association|research|education|teaching|rotations?|years?|life|"
    r"handbook|survey|feedback|evaluations?|evals?|interviews?|match)\b)"
    + _PATIENT_SERVICE
    # one of a group the author names, not of the team: "one of the lads in D Block", "one of
    # Millbrook's firefighters"
    + r"|\bone of (?:the|(?-i:[A-Z][\w'-]+)['’]s) (?:[\w-]+ )?(?:lads|blokes|fellas|guys|gents|"
    r"ladies|girls|boys|regulars|frequent flyers|inmates|prisoners|detainees|players|firefighters|"
    r"officers|cops|teachers|farmers|miners|truckers|loggers|fishermen|drivers)\b"
    + r"|\b"
    + _ROLE_NOUNS
    # (a sign's word: "visitor parking", "passenger seat")
    + r"(?!\s+(?:parking|hours|policy|policies|restrictions|pass(?:es)?|badges?|lot|seat|side|"
    r"door|centre|center|numbers|counts?)\b)"
    # in the plural, people counted ("two hikers") are patients; "cyclists", "the lowest-paid
    # workers" are everyone of that kind, and "11 gunshot victims" over a weekend a count
    + r"\b|\b(?:two|three|four|five|six|both|several|[2-9])\s+(?:[\w-]+\s+)?"
    + _ROLE_NOUNS
    + r"s\b"
    r"|\b" + _AGE_SEX_SHORT + r"\b"
    # someone by sex and a narrow age band, with no article: "Lady in her late 70s this morning",
    # "man in his early 40s, BMI 62"
    # ... and the band first: "Mid-20s guy from Portlaoise", "Late 30s first-time IVF mum"
    r"|\b(?:early|mid|late)[- ]?(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|"
    r"eighties|nineties)\s+(?:[\w'-]+\s+){0,3}?(?:man|woman|lady|guy|gent|gentleman|bloke|fella|"
    r"girl|boy|lad|chap|dude|mum|mom|dad|patient|pt|vet|veteran)\b"
    r"|\b(?:man|woman|lady|guy|gent|gentleman|bloke|fella|girl|boy|lad|chap|dude|guide|"
    r"passenger|tourist|traveller|traveler|hiker|skier)\s+in\s+"
    r"(?:his|her|their)\s+(?:(?:early|mid|late)[- ]?)?(?:\d0|twenties|thirties|forties|fifties|"
    r"sixties|seventies|eighties|nineties)s?\b"
    # the clinician's shorthand by decade: "80s F, hip fx"
    r"|\b[2-9]0s\s?(?-i:[MF])\b"
    r"|\b\d{1,3}[- ]?(?:yo|y/o|y\.o\.?|yoa|yom|yof)\b"
    r"|\b\d{1,3}[- ](?:year|yr|month|week|day)s?[- ]old\b(?!" + NOT_A_PERSONS_AGE_AFTER[1:] + ")"
    r"|" + INFANT_SHORTHAND_AGE.replace("(?P<a15>", "(?:") +
    # a sentence that opens on the person, clipped as a story is told: "Lady in clinic today
    # asked ...", "Lad turned up at A&E ...", "Frequent flyer back in our ED at 3am"
    r"|(?:(?m:^)|(?<=[.!?:]\s))(?:lady|woman|man|guy|gent|gentleman|bloke|fella|lad|dude|chap|"
    r"kid|girl|boy|teen|teenager|toddler|frequent flyer|frequent flier|lol in nad|little old lady|"
    r"gomer|"
    # (Spanglish: "señora wants a Z-pak")
    r"señora|señor|abuelita|abuelito|viejita|viejito)\b"
    r"(?=\s+(?:in|on|at|who|with|from|back|came|comes|called|calls|wants|wanted|needs|needed|"
    r"turned|turns|walked|walks|rolled|rolls|asked|asks|brought|presents|presented|arrived|"
    r"arrives|showed|shows|demanding|screaming|yelling|refus\w+|\d|"
    # "Lady this afternoon informed me she brushes with Coca-Cola"
    r"today|tonight|yesterday|this (?:morning|afternoon|evening)|last night|earlier|drove|"
    r"crashed|fell|collapsed|tried|decided|insisted|told|swallowed|stuck|got))"
    # a story told of the bed it is in: "Bed 12's daughter called me incompetent", "Bed 6 just
    # got his first cup of coffee"
    # (someone in it, by their family or what they did; not the spot itself: "Chair 4 is broken
    # again", "Chair 3 has been cursed all week")
    r"|(?:(?m:^)|(?<=[.!?:]\s))(?:bed|room|bay|cubicle|chair|cot) \d{1,3}[a-z]?"
    r"(?=['’]s\s+(?:family|daughter|son|wife|husband|mum|mom|dad|mother|father|partner|kids?|"
    r"visitors?)\b|\s+(?:just\s+|finally\s+|still\s+)?(?:got|wants|wanted|asked|asks|pulled|called|"
    r"calls|keeps|told|said|refused|refuses|needs|needed|climbed|fell|is back|was back|went|came|"
    r"coded|crashed|died|passed|threw|spat|screamed|yelled|rang|buzzed|pressed)\b)(?:['’]s)?"
    # a public figure's family as a patient: "counseled our mayor's wife on her new Eliquis"
    r"|\b(?:our|the|my) (?:[\w-]+ ){0,2}?(?:mayor|councill?or|pastor|priest|principal|mp|mla|"
    r"police chief|fire chief|reeve)['’]s (?:wife|husband|son|daughter|mom|mum|dad|kid|partner|"
    r"mother|father)\b"
    r"|\b(?-i:(?:Mr|Mrs|Ms|Miss|Mx|MR|MRS|MS|mr|mrs|Mdm|Puan|Encik)\.?\s+[A-Z][A-Za-z'-]+)"
    r"|\byour\s+(?:mom|dad|mother|father|son|daughter|wife|husband|kid|child|baby|grandma"
    r"|grandpa|mum|nan|nana|granny|gran|brother|sister|partner|boyfriend|girlfriend|bf|gf|"
    r"fianc[e\u00e9]e?|buddy|mate|aunty|auntie|uncle)\b"
    # French: "le monsieur de 67 ans", "une institutrice de 32 ans", "Ma patiente de 9 ans",
    # "Maman de 19 ans", "M. Gagnon", "Madame Bérubé"
    # (not Notre-Dame, a cathedral, a university and many a hospital)
    r"|\b(?!notre[- ]dame\b)(?:le|la|l['’]|un|une|ce|cet|cette|notre|mon|ma)\s+(?:(?:jeune|vieux|"
    r"vieille|petite?|"
    r"pauvre|charmante?|gentille?|seule?)\s+)?(?:monsieur|madame|dame|patiente?|homme|femme|maman|"
    r"papa|mamie|papi|papy|grand-mère|grand-père|bébé|enfant|garçon|fille|ado|adolescente?|"
    r"résidente?|usager|usagère|cliente?|institutrice|instituteur|agricult(?:eur|rice))\b"
    r"(?!\s+(?:de (?:l['’])?(?:équipe|garde|soins|service)))"
    r"|\b(?-i:Maman|Papa|Mamie|Papi|Monsieur|Madame|Bébé)\s+de\s+\d{1,3}\s+(?:ans|mois|jours|"
    r"semaines)\b"
    r"|\b(?-i:M\.|Mme|Mlle|Madame|Monsieur)\s+(?-i:[A-Z][\w'-]+)"
    # Spanish: "la señora de 84 años", "una abuelita de Mayagüez", "nuestra paciente", "Señor de
    # Arecibo que llegó hoy", "Doña Carmen"
    # (the author's own "mi abuela" is no patient; "la señora de la limpieza" is staff)
    r"|\b(?:el|la|un|una|este|esta)\s+(?:(?:pobre|viejit[ao]|joven|linda)\s+)?"
    r"(?:señora?|señorita|paciente|abuel(?:it)?[ao]|viejit[ao]|niñ[ao]|bebé|nene|nena|hombre|"
    r"mujer|muchach[ao]|chamac[ao]|jovencit[ao]|doña|don)\b(?!\s+de\s+(?:la|el)\s+(?:limpieza|"
    r"cafetería|recepción|farmacia|seguridad|mantenimiento|oficina|cocina))"
    r"|\b(?:nuestr[ao]|mi)\s+paciente\b"
    r"|\b(?-i:Señora?|Señorita|Abuelit[ao]|Abuel[ao]|Viejit[ao])\s+(?:de\s+)?(?-i:[A-Z][\w'-]+)"
    r"|\b(?-i:Sra\.?|Srta\.?|Doña)\s+(?-i:[A-Z][\w'-]+)"
    # (not "everyone who came in for flu shots": no one in particular)
    r"|(?<!everyone who )(?<!everybody who )(?<!anyone who )(?<!all who )(?<!those who )"
    r"(?<!people who )(?<!families who )(?<!all of you who )"
    r"\b(?:brought|wheeled|rolled|walked|came|carried)\s+(?:him|her|them)?\s*in\b"
    r"|\b(?:man|woman|guy|lady|girl|boy|kid|child|teen|male|female|somebody|someone|bloke|fella)"
    r"\s+(?:just\s+)?(?:walked|came|rolled|was brought|brought|arrived|presented|showed up|walks|"
    r"comes|rolls|arrives|presents|shows up)\b"
    r"|\b(?:s?he|they)\s+(?:presented|came in|was brought|arrived|coded|crashed|was admitted)"
    # "Coach Dan ..., who came into our ER last night"
    r"|(?<=, )who\s+(?:came|was brought|rolled|walked|was rushed)\s+in(?:to)?\b"
    # "Kevin Daley from Thunder Bay who came through our ED last night"
    r"|(?<=[A-Z][a-z] )who\s+(?:came|was brought|rolled|walked|was rushed)\s+(?:in(?:to)?|through)"
    r"\s+(?:our|my|the)\b"
    # "he's in the CCU at the Moncton Hospital", "I was his nurse"
    r"|\b(?:s?he|they)(?:'s|’s|'re|’re| is| was| are| were)\s+(?:still\s+|now\s+)?(?:in|on|up in|"
    r"down in)\s+(?:the\s+|our\s+|my\s+)?(?:icu|ccu|nicu|picu|er|ed|or|hospital|ward|unit|"
    r"step-?down|trauma bay|resus)\b"
    # not a placement: "he's in our ICU rotation this month"
    r"(?!\s+(?:rotation|block|elective|residency|fellowship|team|staff|program|course))"
    # "our littlest Valentine in the unit", "our tiniest patient"
    r"|\bour (?:littlest|tiniest|smallest|youngest|oldest)\b"
    # a pharmacy's or a practice's own: "One of my regulars, early 40s dad of three"
    r"|\bone of (?:my|our) (?:regulars|regular patients|patients|clients|customers)\b"
    r"|\b(?:i|we)(?:'m|’m| am| was| were| are)\s+(?:his|her|their)\s+(?:nurse|doctor|doc|surgeon|"
    r"physician|np|rn|medic|paramedic|midwife)\b",
    re.I,
)


NEW_PATIENT = re.compile(r"\b(?:another|next|second|different|other)\s+(?:pt|patient|one)\b", re.I)


# Where and how care happened: a setting of the author's, or an arrival, admission or death.
# Times alone are not encounters ("the senator's speech yesterday").
ENCOUNTER_CUE = word_starts(
    # (a way to find a place, not care in it: "the listing near the hospital")
    r"(?<!\bnear )(?<!\bby )(?<!next to )(?<!across from )(?<!close to )(?<!opposite )"
    r"(?<!\bbehind )(?<!minutes from )"
    r"\b(?:our|my|the|this|at the|in the|with)\s+(?:[\w-]+\s+)?(?:ED|ER"
    r"|emerg(?:ency)?(?:\s+(?:department|room|dept))?|"
    r"ICU|CCU|NICU|PICU|trauma bay|resus(?:citation)?(?: bay| room)?|clinic|ward|unit|"
    r"floor|(?-i:OR)|"
    r"L&D|labour and delivery|office|practice|hospital|department|walk-in|urgent care|A&E|"
    r"(?-i:EPAU|EPU|MAU|AMU|SDEC|CDU|HDU|PACU|SCBU|SCN|NNU|DSU)|"
    r"casualty|surgery|"
    r"nursing home|LTC|home visit|triage|waiting room|cath lab)\b"
    # the people of a place, not care in it: "a video from the ED team"
    r"(?!\s+(?:team|staff|crew|nurses|docs|doctors|physicians|educators?|leadership|colleagues|"
    r"managers?|directors?|meeting|huddle|newsletter|podcast|blog|channel|account|"
    # a trainee's time there: "He's in our ICU rotation this month"
    r"rotations?|residency|fellowship|elective|placement|orientation)\b)"
    r"|\b(?:on (?:my |the )?(?:night |day )?shift|on call|at triage|on (?:tele|telemetry)|"
    # (a trainee's time with the team is none: "did her final practicum with us")
    r"(?<!practicum )(?<!placement )(?<!rotation )(?<!elective )(?<!internship )(?<!shadowing )"
    r"(?<!preceptorship )with us|"
    # the ED's and the theatre's own areas, said bare: "Tonight in resus:", "in majors today"
    # (a career there is none: "my 15 yrs in ICU")
    r"(?<!yrs )(?<!years )(?<!year )(?<!months )(?<!worked )(?<!working )(?<!career )"
    r"in (?:resus|majors|minors|triage|recovery|pacu|pre-?op|pre-?assessment|theatre|theatres|"
    r"clinic|a&e|casualty|icu|itu|ccu|hdu|nicu|picu)|"
    # "Teenager from Millbrook in with hand burns last night", "45M in with chest pain"
    r"(?:teen(?:ager)?|kid|boy|girl|man|woman|lady|guy|toddler|baby|bloke|fella|patient|pt|yo|"
    r"y/o|year[- ]old|yr[- ]old|\d[MF])(?: from (?:[\w'-]+ ){0,2}?[\w'-]+)? in with|"
    # "19yo student, came up from Falmouth after a week of 'just a sore throat'"
    r"(?:came|come|comes) (?:up|down|in|over) from|"
    # "airlifted off the ship to Nassau at 2am", "Caught a surprise breech at 2am"
    r"airlifted|medevac['\u2019]?d|medevaced|flown out|"
    r"caught (?:a|an|the|her|his) (?:[\w-]+ )?(?:breech|baby|babe|twins|delivery)|"
    # a case named by what they had: "Penile fracture in a Year 12 student on Saturday night"
    r"(?:fracture|fx|laceration|burns?|bite|overdose|arrest|stemi|stroke|dka|anaphylaxis|"
    r"torsion|ectopic|dislocation|amputation|avulsion|impalement|degloving) in (?:a|an) "
    r"(?=(?:[\w-]+ ){0,3}?(?:student|teen|kid|boy|girl|man|woman|lady|guy|\d{1,3}\s?(?:yo|y/o|"
    r"year-old|[mf])))|"
    # "Look who came to clinic today"
    r"(?:came|comes|walked|rolled|limped|wheeled|was brought|were brought) (?:in)?to clinic|"
    # a talk the author had with them that day: "Today he told me he still grades lab reports"
    r"(?:today|tonight|this (?:morning|afternoon|evening)|yesterday|last night),? (?:he|she|they) "
    r"(?:told|asked|showed|handed|gave) me|"
    # a visit by video, a call for an ambulance, years of home visits
    r"on (?:video|zoom|telehealth|(?:a |the )?video call)|called (?:911|999|000|112|an ambulance)|"
    # "Our EPAU frequent flyer was back again this morning", "before we'd finished extubating
    # him", "a DCD donation from a young teacher", "Had the HOTTEST firefighter in for a skin check"
    # (someone back, not a service: "Mums & Bubs drop-in is back!")
    r"(?:he|she|they|(?-i:[A-Z][a-z]+)|patient|pt|flyer|regular|guy|lady|man|woman|bloke|fella) "
    r"(?:was|is|were|are) back(?: again| in|(?=\s*[.!,]))|extubat(?:ed|ing)|"
    r"(?:organ |dcd |dbd )?donation from|"
    r"had (?:a|an|the|this|one) (?:[\w'’-]+ ){0,3}?in (?:for|today|tonight|this|yesterday|earlier)|"
    r"(?:yesterday|today|this morning|last night|tonight)['’]s (?:consult|case|admission|delivery|"
    r"scan|call|patient|list|clinic|shift)|"
    # a paramedic's call-out: "a job last night", "Last job of the night hit hard"
    r"(?:a|one|the|last|first|worst|toughest|hardest|rough|tough|sad) job (?:last night|tonight|"
    r"today|this (?:morning|afternoon|evening)|yesterday|of the (?:night|day|shift))|"
    # a case given its time: "Interesting consult this week:", "Tough case last night"
    r"(?:interesting|tough|hard|sad|memorable|unusual|difficult|challenging|fascinating|rough|"
    r"heartbreaking|strange|weird|wild) (?:case|consult|admission|call|referral) (?:today|tonight|"
    r"yesterday|this (?:morning|afternoon|evening|week)|last (?:night|week))|"
    r"(?:turned|showed|rocked) up (?:at|in|to)|"
    r"(?:years|months|weeks) of (?:\w+ ){0,2}?(?:visits|house calls|home visits|dressing changes)|"
    r"on my hall|on the hall|"
    # a death in the author's care, told to the one lost: "We lost you on Tuesday"
    r"(?:we|i) lost (?:you|him|her)(?! (?:to|in) (?:the )?(?:private|locum|agency|another))\b|"
    r"one of (?:my|our) (?:[\w-]+ )?(?:regulars|patients|clients)|"
    r"(?:clinic|night|day|evening|ward|er|ed) shift (?:at|in|on)|"
    # "The retired schoolteacher from Gimli I followed all week went home today"
    r"went home (?:today|tonight|this (?:morning|afternoon|evening)|yesterday|from)|"
    r"(?:i|we) (?:followed|looked after|cared for) (?:\w+ ){0,2}?"
    r"(?:all week|for \d+ (?:days|weeks)))\b"
    # French: "est sortie des soins intensifs hier soir", "admis à l'urgence"
    r"|\b(?:sortie?s? (?:des soins intensifs|de l'hôpital|de l'urgence|du bloc)|"
    r"(?:admise?s?|transférée?s?|hospitalisée?s?|opérée?s?|intubée?s?|réanimée?s?|arrivée?s?) "
    r"(?:aux?|à l'|à la|en|ce|cette|hier)|décédée?s?|a accouché|aux soins intensifs|à l'urgence|"
    r"retournée? à la maison)"
    # Spanish: "llegó hoy a la sala de emergencia", "vino a la clínica", "lo dieron de alta"
    r"|\b(?:llegó|llegaron|ingresó|ingresaron|(?:lo|la) (?:trajeron|ingresaron|operaron|intubaron)|"
    r"dad[ao]s? de alta|(?:lo|la) dieron de alta|falleció|dio a luz|se nos fue)\b"
    r"|\bvin(?:o|ieron) (?:hoy |anoche |ayer |esta (?:mañana|tarde|noche) )?(?:a|al|a la) "
    r"(?:clínica|clinica|hospital|sala de emergencias?|emergencias?|urgencias|consulta|cita|"
    r"farmacia|oficina)\b"
    # "Our nurse practitioner clinic in Moose Jaw saw the mayor's son tonight"
    r"|\b(?:clinic|office|practice|unit|ward|team|department|ER|ED)\b[^.!?\n]{0,25}?\bsaw\b"
    # "Weirdest case of my career: a Lutheran minister …"
    r"|\b(?:weirdest|strangest|craziest|wildest|oddest|saddest|scariest|funniest|"
    r"most memorable) (?:case|patient|call|consult)s? (?:of|in) my (?:career|life|residency|"
    r"training)\b"
    # "Fun night shift: reattached the thumb of a carpenter …"
    r"|\b(?:night|day|evening|overnight) shift:"
    # retrievals: "a 0300 callout to a station west of Alice for a stockman", "Medevac out of
    # Pangnirtung this morning", "flew to Tiree in gale-force winds for a young farmer"
    r"|\b(?:call-?out|retrieval|medevac|evac|airlift|lift|tasking|job) (?:to|from|out of|for)\b"
    r"|\b(?:flew|flown|drove|driven|dispatched|paged|tasked|sent|called out) (?:out )?"
    r"(?:to|into) (?:[\w'’-]+ ){1,4}?for (?:a|an|the)\b"
    # imaging and small procedures: "Scanned an Olympic rowing hopeful's shoulder yesterday"
    r"|\b(?:scanned|x-?rayed|scoped|biopsied|lanced|imaged) (?:a|an|his|her|this|one)\b"
    r"|\b(?:reattached|splinted|casted|reduced (?:his|her|the|a)|stitched|sewed up|"
    # "Set the collarbone of the lead singer", "did the ferry captain's marine medical"
    r"set (?:the|a|his|her) (?:[\w-]+ ){0,2}?(?:collarbone|arm|wrist|leg|shoulder|finger|nose|jaw|"
    r"fracture|bone|ankle|hip)|did (?:the|a|an|his|her) (?:[\w'’-]+ ){0,3}?(?:medical|physical|"
    r"exam|checkup|check-up|assessment)|\w+ admission|"
    r"pulled (?:a|an|the) [\w-]+ out of|"
    # anaesthesia: "Put a lovely retired fisherman to sleep this morning", "did his spinal"
    r"put (?:a|an|the|this|him|her|them) (?:[\w'’-]+ ){0,5}?to sleep|"
    r"(?:did|gave|sited|placed) (?:a|an|the|his|her|their) (?:spinal|epidural|nerve block|block)|"
    r"the (?:spinal|epidural|block|cannula|iv|art line|central line) (?:took|went in)|"
    # a visit without a clinic: "Video visit this morning with a retired airline pilot",
    # "Yesterday I sat with a retired fisherman ... while he said goodbye"
    r"(?:video|virtual|telehealth|phone|home) (?:visit|consult|call|appointment)s? (?:this|today|"
    r"tonight|yesterday|last|with (?:a|an)\b)|"
    r"sat with (?:a|an) (?!(?:old |dear |good )?(?:friend|colleague|mate|buddy|mentor|co-?worker|"
    r"student|resident|new grad|group|team|cup|coffee|tea)s?\b)(?:[\w'’-]+ ){0,6}?"
    r"(?:while|as|who|from)|"
    # "Diagnosed a vesicovaginal fistula yesterday in a schoolteacher from Kelowna" (not "it is
    # often diagnosed late in a young woman")
    r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\boften )(?<!\bget )(?<!\bgets )"
    r"diagnosed (?:a |an )?(?:[\w-]+ ){1,4}?in (?:a|an|my|our|this)\b|"
    # dental care: "pulled 6 teeth today for a homeless veteran"
    r"(?:pulled|extracted) (?:[\w-]+ )?(?:teeth|tooth|molars?|wisdom teeth)|root canal on)\b"
    r"|\b(?:brought in(?:to)?|brought (?:him|her|them|a|an|\w+) in(?:to)?|came in(?:to)?|presented|"
    r"presents|presenting with|admitted|discharged|rolled in(?:to)?|walked in(?:to)?|wheeled in|"
    r"comes in(?:to)?|rolls in(?:to)?|walks in(?:to)?|by ambulance|by ems|by air ambulance|"
    r"transferred|coded|intubated|triaged|delivered|born|just had|"
    # "I saw your post about your dad" is reading, not an encounter
    r"(?:i saw|we saw|just saw|(?<![\w,] )(?<![\w,])saw(?= (?:a|an|this|the|my|our) ))"
    r"(?! (?:your|a|an|the|this|that|his|her|their|my|our) (?:[\w-]+ )?(?:post|"
    r"tweet|comment|story|stories|question|reel|video|photo|pic|news|article|thread|message|dm|"
    r"update|headline|ad|talk|lecture|webinar|presentation|movie|film|show|play|concert|"
    r"documentary|sign|poster|meme|sunrise|sunset|rainbow)s?\b)|"
    r"had a (?:pt|patient)|treated|seen in|sent home|passed away|died|pronounced|"
    # "lost a patient", not "lost a beloved colleague"
    r"lost a(?! (?:[\w-]+ )?(?:colleague|friend|mentor|teacher|legend|giant|pillar|member))|"
    r"(?:i|we|to have|having|me who|us who) (?:cared for|looked after|took care of|"
    r"taken care of|nursed|operated on|stitched up|sutured|diagnosed)|"
    # the reader's own visit: "Lovely to see you and Ethan in clinic yesterday", "so good to see
    # you in the chair", "following up on Jack's appointment with us"
    r"(?:see|seeing|saw|had) you (?:and (?:[\w'’]+ ){1,2})?(?:in|at) (?:the )?(?:clinic|chair|"
    r"office|surgery|practice|pharmacy|er|ed|emerg)|appointments? with (?:us|me)|"
    r"following up on (?:[\w'’]+ ){1,2}(?:appointment|visit|consult|scan|mri|x-ray|bloods)|"
    # "the team that separated conjoined twins"
    r"(?:separated|separating|separate) (?:the |a |two |conjoined |twin )*(?:twins|girls|boys|"
    r"babies)|(?:flown|flew|airlifted|medevaced|medevac'd) in from|"
    r"(?:honou?r|privilege|pleasure) (?:of|to be) (?:caring for|looking after|treating|nursing)|"
    r"(?:got |was |been )?extubated|off the vent|woke up in|stepped down from|"
    r"out of the (?:icu|ccu|nicu|picu|or|er|ed)|(?:hurt|injured) in (?:the|a|an|\w+'s)|"
    r"arrived|resuscitated|rosc|out of surgery|in surgery|recovering|lost (?:one|another|him|her)|"
    # an incident people around the patient know about: "was hit by a car", "came off his horse"
    r"(?:was|got|were) (?:hit|struck|stabbed|shot|run over|mauled|injured|hurt|killed|airlifted|"
    r"flown in|found down|electrocuted|scalded|gored|trampled|crushed|pinned)|"
    r"came off (?:his|her|their|a|the)|fell (?:off|from|through)|collapsed|"
    r"overdosed|drowned|broke (?:her|his|their) (?:hip|arm|leg|wrist|neck|back|pelvis|ankle|"
    r"femur|jaw|nose|ribs?)|"
    # a stay: "Three weeks on 4 West"
    r"(?:days|weeks|months) on (?:\d\w*|[1-9] ?(?:north|south|east|west)|the (?:unit|ward))|"
    # "drives himself in on a SNOWMOBILE", "Had a session today with a ... firefighter"
    r"(?:drives|drove|walks|walked) (?:himself|herself|themselves) in|"
    r"(?:had|did) (?:a |an )?(?:session|appointment|consult|visit)s? (?:today |tonight |this \w+ )?"
    r"with|"
    # "He passed the next morning"
    r"passed (?:peacefully|quietly|the next|that|this|last|early|overnight)|"
    # "home from St. Joseph's after his bypass", "back in Mercy General after the fall"
    r"(?:home|back) (?:from|in|at) [^!?\n]{1,40}? after (?:the|his|her|their|a|an) (?:[\w-]+ )?"
    r"(?:bypass|surgery|operation|op|transplant|c-section|amputation|stroke|heart attack|fall|"
    r"accident|crash|delivery)|"
    # a pharmacy's care: "the amoxicillin we filled for your little guy"
    r"(?:we|i) (?:filled|dispensed|compounded)|"
    # a diagnosis given to someone: "just got diagnosed with ALS"
    # (not the author's own: "14 months ago I was diagnosed with breast cancer")
    r"(?<!\bi )(?<!\bwe )(?<!\bi've )(?<!\bi have )(?<!\bwe've )"
    r"(?:just |recently )?(?:got|was|been|were) diagnosed|"
    r"one of (?:my|our) (?:[\w-]+ )?regulars)\b",
    re.I,
)


SAFE_CUES: dict[str, re.Pattern[str]] = {
    "clinic": re.compile(
        r"\b(?:call(?: us)?|book(?:ing)?|appointments?|walk-ins?|drop[- ]in|hours|open|visit us|"
        # the office's own line: "give her a call at 204-555-0132 ext 4"
        r"give (?:us|me|her|him|them) a (?:call|ring)|ext(?:ension)?\.? ?\d{1,4}|"
        # (a bare "clinic", but not "saw him in clinic", "came to clinic today" or "diagnosed in
        # our clinic", where a patient was seen)
        r"contact us|reach us|(?<!\bin )(?<!\binto )(?<!\bto )our (?:clinic|office|team|pharmacy)|"
        r"(?<!\bin )(?<!\binto )(?<!\bto )(?<!\bfrom )(?<!\bour )clinic|pharmacy|"
        r"vaccin\w*|flu shots?|immuni[sz]\w*|screening|info(?:rmation)? (?:at|line)|"
        r"referrals?|fax (?:us|referrals)|toll[- ]free|hotline|helpline|crisis line|"
        r"for (?:more )?info(?:rmation)?|learn more|sign up|registration)\b",
        re.I,
    ),
    "congrats": re.compile(
        r"\b(?:congrat\w*|kudos|shout[- ]?outs?|well deserved|welcome(?: to)?|welcoming|welcomed|"
        r"appreciation|"
        r"thank(?:s| you)|"
        r"(?:couldn't|could not|wouldn't|would not) have (?:done|made) (?:it|this) without|"
        r"grateful|proud of|award\w*|honou?red|promot\w*|graduat\w*|defended|"
        # a retirement, not a patient described by a past trade ("a retired schoolteacher in
        # her late 60s walked into our clinic this morning")
        r"retir(?:es|ing|ement)|(?:has|have|had|just|finally|officially|who|is|was|she|he|they)"
        r" retired|retired (?:today|tonight|this|last|yesterday|on|after|at the end)|"
        r"(?:our|my) (?:\w+ )?retired|"
        r"new (?:chief|chair|director|colleague|grad)|farewell|happy (?:\d{1,3}(?:st|nd|rd|th) )?"
        r"birthday|happy \d{1,3}(?:st|nd|rd|th) to\b|"
        # a profession's week or day: "Happy Nurses Week to the best team on 7 West"
        r"happy (?:[\w'’-]+ ){1,3}?(?:week|day|month)|"
        # "the whole unit threw him a party"
        r"threw (?:him|her|them) a (?:party|surprise)|(?:surprise|farewell|retirement|birthday) "
        r"(?:party|cake|lunch|potluck)|"
        # French: "Bienvenue à Marie-Ève Gallant, qui se joint à l'équipe", "Bonne retraite"
        r"bienvenue|félicitations|bravo|bonne retraite|se joint (?:\w+ )?à (?:l['’]équipe|nous)|"
        r"joint (?:\w+ )?(?:l['’]équipe|nos rangs))\b",
        re.I,
    ),
    "conference": word_starts(
        # (not a meeting about a patient: "the care conference", "a family conference")
        r"\b(?:(?<!care )(?<!family )(?<!case )(?<!patient )(?<!discharge )conference|symposium|"
        r"(?:the|a|this|our|annual|health|leadership) summit|congress|"
        r"webinar|workshop|join us|register|keynote|"
        r"grand rounds|cme|cpd|journal club|in-?service|teaching (?:night|session|day)|"
        r"education (?:night|session|day)|meetup|agm|annual meeting|panel|abstract|"
        # a talk given, not talking ("comes every week 'just to talk'", "wants to talk")
        r"(?<!\bto )talk(?! to\b)|"
        # a scientific poster, not a child's ("read his 'All About Me' poster out loud")
        r"poster (?:session|presentation|prize|award|walk|hall|board)|posters? at|"
        r"(?:present\w*|our|my|accepted) (?:\w+ )?poster|"
        r"see you (?:in|at)(?! (?:the )?(?:chair|clinic|office|surgery|practice|pharmacy|er|ed)\b)"
        # (a follow-up: "see you in 6 months", "see you in a few weeks")
        r"(?! (?:\d|a |an |two |three |four |six |a few |a couple |the new year))|"
        r"speaking at|presenting at|livestream|tickets|"
        # public events: "the mayor's wife spoke at our hospital gala last night"
        r"gala|fundraiser|open house|ribbon[- ]cutting|spoke at|radiothon|telethon|golf tournament|"
        r"charity (?:run|walk|ride|auction|dinner)|"
        # the practical lines of a talk's notice: "12pm, Room 3B, lunch provided"
        r"(?:lunch|breakfast|dinner|pizza|food|refreshments|coffee) (?:provided|served|included)|"
        r"cme credits?|all welcome|everyone welcome|"
        # a study's sample, read by a clinician: "n=42 healthy young soldiers is not our
        # population of 60-year-old farmworkers"
        r"n ?= ?\d+|(?:our|the|this|study|target|patient) population of)\b",
        re.I,
        or_text_start=True,
    ),
    "self": word_starts(
        # (not a question reported: "asked if I was a 'real nurse or the cheap kind'")
        r"(?<!\bif )(?<!\bwhether )\b(?:i'?m|i am|i was|i've been|i have been)\s+"
        # "I'm going to be an internal medicine resident at UW"
        r"(?:(?:going to|gonna|about to|finally|officially|now) (?:be |become )?)?(?:an?|\d{1,3})\b"
        r"|\bi \(an?\b"
        # "Update: me, a 41yo EM doc, got diagnosed with afib"
        r"|\bme,\s+(?:an?|\d{1,3})\b"
        # a profile line in a post asking for advice: "29F, MBBS from Pakistan, 3 years post-grad"
        r"|\b\d{2}\s?[MF],\s+(?:MBBS|MD|DO|RN|BSN|NP|PA-C|PGY-?\d|IMG|MS[1-4]|M[1-4]|FY[12]|"
        r"med student|nursing student|new grad)\b"
        # who the author is, said first: "Med student, not a doctor, but ...", "Nurse here:"
        r"|^\W*(?:(?!\d)[\w-]+ )?(?:student|nurse|doc|doctor|resident|paramedic|medic|pharmacist|"
        r"physio|"
        r"midwife|np|rn|md|gp|surgeon)(?: here)?\s*[,:\u2014-]"
        r"|\bas an?\s+(?:[\w-]+\s+)?(?:nurse|doc|doctor|physician|md|rn|np|paramedic|medic|"
        r"resident|student|surgeon|pharmacist|clinician|mom|dad|parent)\b"
        r"|\b(?:my own|myself|i (?:live|work|grew up)|email me|dm me|reach me|contact me|call me|"
        r"text me)\b"
        # the author's own address, not a time asked of them ("asked me at 3am")
        r"|\bme at (?=\S+@|\+?\d[\d ().-]{6,}|(?:my|the|our) (?:email|number|office|clinic))"
        # (not a likeness: "same age as my dad", "reminded me of my grandma")
        r"|(?<!\bage as )(?<!looks like )(?<!looked like )(?<!reminds me of )(?<!reminded me of )"
        r"\bmy (?:email|number|phone|cell|office|website|blog|book|podcast|handle|hometown|"
        r"wife|husband|partner|kids?|son|daughter|mom|mum|mam|mother|dad|father|mother-in-law|"
        r"nan|nana|nanna|gran|granny|"
        r"father-in-law|grandma|grandpa|grandmother|grandfather|family|first (?:half )?marathon|"
        r"brother|sister|niece|nephew|aunt|uncle|cousin|grandson|granddaughter|fianc[eé]e?|"
        r"best friend|bestie)\b"
        r"(?!['’]s age\b)"  # a likeness: "a lady about my mum's age, 62 or 63"
        # "a kid from my son's hockey team": someone else, whom the author's family knows
        r"(?!" + _CHILDS_CIRCLE + r")"
        # "My Uber driver last night asked what I do": who served the author
        r"|\bmy (?:uber|lyft|taxi|cab|bus|delivery) driver\b"
        # the author's own care and home: "Had my lap chole at St. Joseph's", "in our living room"
        r"|\bmy (?:[\w-]+ )?(?:surgery|op|operation|lap chole|c-section|appendectomy|transplant|"
        r"diagnosis|biopsy|delivery|labou?r|pregnancy|anatomy scan|miscarriages?|chemo|recovery|"
        r"gallbladder|colonoscopy|mammogram)\b"
        r"|\b(?:had|got|getting|having) my (?:(?!patient|pt|client)[\w-]+ ){0,3}?(?:wisdom teeth|"
        r"wisdom tooth|tonsils|appendix|gallbladder|cataracts?|stitches|cast|bunion|ovaries|"
        r"tubes) (?:out|removed|done|fixed|off|in|tied)\b"
        r"|\bour (?:living room|kitchen|house|bathroom|bedroom)\b"
        # (a care home's staff say it of theirs: "Lady in her early 90s from our home in Whitby",
        # "our home visit today")
        r"|(?<!\bfrom )(?<!\bof )\bour home\b(?! (?:visits?|birth|care|health|team|manager|staff))"
        r"|\b(?:we're|we are|i'm|i am) \d{1,2} weeks\b|^\W*at \d{2},"
        r"|\bthe (?:[\w-]+ )?(?:surgeon|nurse|doctor|doc|medic|paramedic|midwife|physio|dentist|"
        r"hygienist|pharmacist|anaesthetist|anesthetist|gp|np|rn) (?:\w+ )?(?:became|is|was|'s) "
        r"the patient\b|\bthe midwife had a baby\b"
        r"|\b(?:ob|nurse|doctor|doc|midwife|provider|clinician|surgeon) to patient\b"
        # "I was her daughter that week, not her nurse"
        r"|\bi (?:was|am|'m) (?:her|his|their) (?:daughter|son|wife|husband|mother|father|mom|mum|"
        r"dad|kid|child|grandson|granddaughter|partner|sister|brother)\b"
        # "I turned 65 today and worked my last shift"
        r"|\bi (?:just |finally )?(?:turned|turn|am turning|'m turning) \d{1,3}\b"
        # "I started in 1995 at 28 years old": the author's own age
        r"|\b(?:i|my)\b(?:(?!\b(?:patient|pt|client|resident|lady|man|woman|guy|kid|child)\b)"
        r"[^.!?\n]){0,40}\bat (?:age \d{1,3}|the age of \d{1,3}|\d{1,3}[- ]years?[- ]old)\b"
        # "my 4-year-old", "my toddler": the author's child, unless a patient follows
        r"|\bmy (?:little |youngest |oldest |eldest |middle )?"
        r"(?:\d{1,2}[- ]?(?:year[- ]old|yr[- ]old|yo|y/o|month[- ]old)"
        r"|toddler|baby|newborn|teen|teenager|twins|kiddos?|little one)\b"
        r"(?!\s+(?:patient|pt|client|resident)\b)"
        # ("My 94 yo WWII Navy vet on tele tonight": the author's patient)
        r"(?!\s+(?:[\w-]+\s+){0,3}?(?:vet|veteran|gentleman|gent)\b)"
        # "our baby Olivia turned one today": the parents' own, unless a unit's care follows
        # ("Welcome to the world, baby Noah! Our little guy arrived at 3:12 this morning")
        r"|\bour (?:little |youngest |oldest |eldest |middle |new )?(?:baby|newborn|toddler|twins|"
        r"kiddos?|little one|little (?:guy|girl|boy|man|lady|dude|peanut|bean)|baby (?:boy|girl)|"
        r"son|daughter)\b(?![^.!?\n]{0,60}\b(?:nicu|picu|discharged|went home from|unit|ward|"
        r"patients?|bed|room)\b)"
        # the author's, the clinic's or the ward's animal: "our clinic cat Max turned 10 today"
        r"|\b(?:our|my)\s+(?:(?:clinic|unit|ward|office|practice|hospital|therapy|team|family|"
        r"new|old)\s+)?(?:cat|dog|puppy|kitten|pup|pet|bunny|rabbit|hamster|parrot|horse)s?\b"
        r"|\btherapy (?:dog|cat|animal|pony)s?\b"
        # French: "Mon fils de 6 ans", "Je suis pédiatre depuis 15 ans", "J'ai 41 ans"
        r"|\bmon (?:fils|garçon|bébé|chum|mari|conjoint|père|frère|petit-fils)\b"
        r"|\bma (?:fille|blonde|femme|conjointe|mère|sœur|soeur|petite-fille)\b"
        r"|\bmes (?:enfants|parents|filles|fils)\b|\bj['’]ai \d{1,3} ans\b"
        r"|\bje suis (?:une? )?(?:infirmière|infirmier|médecin|pédiatre|paramédic|pharmacienne?|"
        r"sage-femme|résidente?|étudiante?)\b",
        re.I,
        or_text_start=True,
    ),
}


FAMOUS = lexicon_terms("phi_famous_cases")
# A public figure's public appearance: "Watching Senator Halvorsen's speech tonight". What the
# author saw there was seen by everyone, not at a visit (tone judges the remote diagnosis).
_PUBLIC_OFFICE = (
    r"\b(?:senator|premier|president|prime minister|mayor|minister|governor|councill?or|"
    r"congress(?:wo)?man|mp|mpp|mla|candidates?|nominee|frontrunner)\b"
)
_PUBLIC_EVENT = (
    r"\b(?:speech|presser|press conference|rally|interview|debate|address|town hall|testimony|"
    r"podium|campaign (?:stop|event)|announcement)s?\b"
)
# What a public figure did on air was seen by everyone, whatever it was: "That celeb chef who
# collapsed on breakfast TV this morning?"
_ON_AIR = re.compile(
    r"(?:" + _PUBLIC_OFFICE + r"|\b(?:celeb|celebrity|famous|tv|star)\b)[^.!?\n]{0,60}?"
    r"\b(?:on (?:live |breakfast |morning |national |daytime )?(?:tv|television|air)|"
    r"live on (?:tv|air|stage|camera)|on stage|mid-(?:speech|interview|broadcast|show))\b",
    re.I,
)
# ... unless the author's team then cared for them ("... and we got him in our ED an hour later")
_CARE_HERE = re.compile(
    r"\b(?:our|my) (?:[\w-]+ )?(?:ed|er|clinic|ward|unit|hospital|icu|practice|office|bay)\b|"
    r"\b(?:brought (?:in|to)|admitted|we (?:saw|treated|intubated|scanned|got))\b",
    re.I,
)
# ("Watching the debate last night and the tall candidate has textbook marfanoid habitus")
PUBLIC_APPEARANCE = re.compile(
    _PUBLIC_OFFICE + r"[^.!?\n]{0,40}" + _PUBLIC_EVENT
    + r"|\b(?:watching|watched|at|during|in) (?:the |that |this |last night['’]s |tonight['’]s )?"
    + _PUBLIC_EVENT + r"[^.!?\n]{0,60}" + _PUBLIC_OFFICE,
    re.I,
)
# Someone's story as they told it in public: "Rereading Beck Weathers' account of surviving the
# night on Everest", "her memoir", "his TED talk"; not a patient's account to the author ("Mr.
# Doyle's account of his fall").
PUBLIC_ACCOUNT = re.compile(
    r"\b(?:reading|rereading|re-reading|read|watching|rewatching|re-watching|listening to)\s+"
    r"(?-i:(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)['’]s? (?:own )?(?:account|story|memoir|book|"
    r"documentary|interview)\b"
    r"|(?-i:[A-Z][a-z]+)['’]s? (?:own )?(?:memoir|autobiography|documentary|ted talk)\b"
    r"|\b(?:his|her|their) (?:own )?(?:memoir|autobiography|ted talk|bestselling book)\b",
    re.I,
)


# A teaching post opens with "Case 3:" or "Quiz for the residents -", or says so anywhere.
TEACHING_OPENING = re.compile(
    # (a word or two may name it: "Quick ECG quiz for the students:")
    r"^\s*(?:(?:quick|pop|friday|monday|weekly|daily|ecg|ekg|x-?ray|derm|peds|ortho|neuro|"
    r"pharm|board|teaching|spot|morning|study|pimp)\s+){0,2}(?:cases?(?:\s+study)?|quiz|scenario|vignette|"
    r"question|mcq|q)(?:\s+time)?"
    # ("Case for the students this week:", "Quiz time 🤔")
    r"(?:\s+(?:for|of|from)\s+(?:the\s+|my\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,2})?\s*(?:\d+\s*)?"
    # "Case for the students 🩺" on a line of its own, or an emoji before the case
    r"(?:[:#-]|[^\w\n]*\n|[\u2600-\u27bf\U0001f300-\U0001faff]+\s)",
    re.I,
)


# A case made up, which no detail makes real: "Made-up scenario for Thursday's skills day (5 West!)"
HYPOTHETICAL = re.compile(
    r"\b(?:made[- ]up|fictional|fictitious|hypothetical(?:ly)?|imaginary|picture (?:a|an|this)|"
    r"imagine (?:a|an|this)|not a real (?:pt|patient|case|person)|sim lab|simulated|"
    # a scenario put to the reader: "Quiz time 🤔 You arrive to find a 30s M pinned under an ATV"
    r"you (?:arrive|are called|get called|are dispatched|walk in) to find)\b",
    re.I,
)


TEACHING_ANYWHERE = re.compile(
    r"\b(?:ddx|differential|what(?:'s| is) (?:your|the) (?:diagnosis|dx|next (?:step|test|move))|"
    r"case of the (?:day|week)|teaching case|case study|hypothetical|imagine|picture (?:a|an|this)|"
    r"board (?:question|review)|"
    # "Comment your reasoning", "What's at the top of your list"
    r"comment (?:your|with your) (?:reasoning|answers?|guess(?:es)?|ddx|dx|differentials?)|"
    r"(?:top|first) (?:of|on) your (?:list|ddx|differential)|"
    r"exam question|classic presentation|pop quiz|#foamed|#meded|#medtwitter quiz|simulation|"
    r"sim case|for (?:today's |tomorrow's )?class|lecture|"
    r"not a (?:specific|real) (?:case|patient|pt)|"
    # "I use a composite case, details changed", "Tonight's #TVdocQuiz"
    r"composite (?:case|patient|picture)|details (?:have been |were |are )?changed|"

    r"made[- ]up (?:case|scenario|for (?:the )?(?:tutorial|class|teaching|students))|"
    r"hypothetically|in general|how do you (?:all |guys )?(?:handle|manage|approach))\b"
    r"|#\w*quiz\b",
    re.I,
)


# (not a clock on the 24-hour dial: "needs her unit hung before 1600", "at 1730", "1800 meds")
_HISTORICAL = re.compile(
    r"(?<!\bbefore )(?<!\bat )(?<!\bby )(?<!\buntil )(?<!\baround )(?<!\bafter )"
    r"\b(?:1[5-8]\d\d|19[0-5]\d)(?:s|'s)?\b(?!\s*(?:h|hrs|hours|meds|obs|rounds)\b)"
)
# A year before 1920 ("in 1826", "1840s London", "In 1901 Dr. Alzheimer met Auguste Deter"): no
# one in the post is anyone's patient now. Not a clock ("at 1630", "1800 meds"): a year after
# "in", "since" ..., or a decade ("1840s").
CENTURIES_AGO = re.compile(
    # ("by 1700", "until 1800", "before 1600" are as often a clock: "needs her unit hung before
    # 1600")
    r"\b(?:in|since|from|circa|around|of) (?:1[5-8]\d\d|19[01]\d)\b"
    r"|\b(?:1[5-8]\d0|19[01]0)['’]?s\b",
    re.I,
)


# A colleague remembered: their death is the team's news, not a patient's.
TRIBUTE = re.compile(
    r"\b(?:sad news|rest in peace|rip|condolences|in (?:loving )?memory of|"
    r"will be (?:dearly |sorely )?missed|celebration of (?:her|his|their) life|obituary|funeral|"
    r"memorial service|rest easy|gone too soon|our hearts are with|(?:our )?hearts go out to|"
    r"(?:with )?a heavy heart|the passing of|(?:died|passed away) peacefully|"
    r"lost one of (?:our|their) own|"
    r"(?:we|i|our \w+) lost (?:a|our|my) (?:[\w-]+ )?(?:colleague|friend|mentor|teacher|partner "
    r"in practice))\b",
    re.I,
)


GOES_ON_ABOUT_THEM = re.compile(
    r"\s*(?:she|he|they)(?:'s|’s|'re|’re| is| was| are)?\b|\s*(?:her|his|their)\b"
    # the colleague by their first name: "Sam was a GP in Kumasi", "Aisha trained at ..."
    r"|\s*(?-i:[A-Z][a-z]+) (?:was|is|has|had|spent|joined|trained|also|comes|came|brings|"
    r"worked|started)\b",
    re.I,
)
# Before a reference, the author's own ("My 6 yo", "the surgeon finally became the patient"),
# unless a patient follows it ("My 4-year-old patient").
_A_PATIENT_AFTER = re.compile(r"\s+(?:patient|pt|client)\b", re.I)
_THE_AUTHORS_BEFORE = re.compile(
    r"\bmy\s+(?:little\s+|youngest\s+|oldest\s+)?$"
    r"|\b(?:i|nurse|doctor|doc|medic|paramedic|surgeon|midwife|physio|pharmacist|dentist|"
    r"hygienist|anaesthetist|anesthetist) (?:\w+ )?(?:was|am|'m|is|'s|became|become) (?:the|a)\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
# A reference that is someone's relative: "her husband", "their kids".
THEIR = re.compile(r"(?:her|his|their)\b", re.I)


class SentenceCues(NamedTuple):
    safe: tuple[str, ...]  # the SAFE_CUES found, in their order
    famous: bool  # names a famous case
    historical: bool  # has a year from 1500 to 1899 (historical, unless a patient is named)
    explicit: bool  # says "patient", "pt", "Mr." or the like
    staff: bool  # names one of the team: "our unit clerk", "my charge nurse"
    visit: bool  # tells the reader of their own visit: "great to see you at the clinic today"


_QUOTED = re.compile(r"(?<!\w)['‘\"“][^\n]{1,80}?['’\"”](?=[\s.,!?;:]|$)")


@lru_cache(maxsize=2048)  # as many sentences as the parse cache keeps, and some
def sentence_cues(sentence: str) -> SentenceCues:
    """What one sentence says by itself. Kept by its text (in memory, like the parses), so that
    after an edit only the edited sentence is searched again."""
    visit = bool(_READERS_VISIT.search(sentence))
    # (words quoted are someone else's: "Another 'we don't do fluoride in our house' mom today")
    unquoted = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)
    return SentenceCues(
        safe=tuple(
            reason
            for reason, pattern in SAFE_CUES.items()
            if pattern.search(unquoted if reason in ("self", "conference") else sentence)
        ),
        famous=bool(
            FAMOUS.search(sentence)
            or _ON_AIR.search(sentence) and not _CARE_HERE.search(sentence)
            or (PUBLIC_APPEARANCE.search(sentence) or PUBLIC_ACCOUNT.search(sentence))
            and not CARE_EVENT.search(sentence)
            or bool(
                _PUBLIC_FIGURE.search(sentence)
                and MADE_PUBLIC.search(sentence)
                and not CARE_EVENT.search(sentence)
                and not ENCOUNTER_CUE.search(sentence)
            )
        ),
        historical=bool(_HISTORICAL.search(sentence)),
        # the reader's own visit names them as a patient as plainly as "patient" does
        explicit=visit
        or any(
            not titled_staff(sentence, m.start())
            # the author's own child or the author as the patient: "My 6 yo", "I was the patient"
            and not (
                _THE_AUTHORS_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
                and not _A_PATIENT_AFTER.match(sentence, m.end())  # "My 4-year-old patient"
            )
            for m in EXPLICIT_PATIENT.finditer(sentence)
        ),
        staff=bool(_OWN_TEAM_MEMBER.search(sentence)),
        visit=visit,
    )


# A patient reference that no colleague's family could be: "45M", "the 94-year-old", "pt".
PLAINLY_A_PATIENT = re.compile(r"\d|\b(?:pt|patient|mrs?|ms)\b", re.I)


# One of the author's team, named as such: "our unit clerk Donna", "my charge nurse".
TEAM_MEMBER = (
    r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:clerk|nurse|np|rn|lpn|doctor|physician|colleague|"
    r"porter|secretary|manager|educator|pharmacist|tech|technician|therapist|aide|volunteer|"
    r"housekeeper|chaplain|receptionist|fellow|coordinator|administrator|midwife|paramedic|"
    r"director|chief|attending|surgeon|social worker|dietitian|physio|teammate|preceptor|mentor|"
    r"supervisor|clinical instructor|instructor|assistant|care assistant|pca|hca|porter|orderly|"
    r"ward clerk|unit clerk|cleaner|moa|mdr|scheduler|front desk|psw|dispatcher|hygienist|"
    r"optician|intern|registrar|"
    # the trades of the lab, imaging and therapies: "our senior embryologist Marco Bellini"
    r"[a-z]+(?:ologist|ographer|ician|apist)|phlebotomist|perfusionist|an(?:a)?esthetist|"
    r"optometrist|podiatrist|dentist|orthodontist|counsell?or|navigator|doula|consultant|"
    r"lactation consultant|rt|slp|ot|emt)s?\b"
)
_OWN_TEAM_MEMBER = re.compile(
    TEAM_MEMBER
    # a doctor in training; a bare "our resident" is as often someone living in a care home
    + r"|\b(?:our|my)\s+(?:[\w-]+\s+)?(?:chief|senior|junior|first-year|second-year|third-year|"
    r"pgy-?\d|surgical|medical|family medicine|fm|em|im|peds|psych|ortho|anesthesia|ob|gyn) "
    r"residents?\b"
    r"|\b(?:dr|dre|doctor)\.?\s+[a-z]"  # "Congrats to Dr. Lee and her husband on ..."
    # the team named in a welcome, a tribute or a congratulation: "one of our own", "@SarahChenRN",
    # "Paramedic Dave Kowalczyk", "joins our family medicine team", "the 2024 PGY-1 cohort"
    r"|\bone of our own\b|\bour own (?-i:[A-Z])|@\w*(?:rn|md|np|do|rph|rd)\b"
    r"|\b(?:paramedic|nurse|dr|doctor|physio|midwife|pharmacist|captain|chief) (?-i:[A-Z][a-z]+ "
    r"[A-Z][a-z]+)"
    r"|\b(?:join(?:s|ing|ed)?|welcom\w+)\b[^.!?\n]{0,60}?\bteam\b|\bcohort\b"
    r"|\bresidents joining\b"
    # a name with its credential, as staff are announced: "Sandra Okafor, RN, who retires Friday"
    r"|(?<=[A-Za-z]),\s+(?-i:RN|RPN|LPN|NP|MD|DO|RRT|RD|RPh|PharmD|PA-C|"
    r"BSN|MSN|CCRN|OT|SLP|MSW|RSW|CNM|RM|EMT|PCP|ACP|CCP)\b"
    # a career told in a tribute: "retired in 2019, and the best preceptor a new grad could ask for"
    r"|\bthe best (?:preceptor|mentor|charge nurse|colleague|teacher|boss|nurse|doctor|medic)\b"
    r"|\bretired in (?:19|20)\d\d\b"
    # "the new mom from our clinic team"
    r"|\b(?:from|of|on|in)\s+our\s+(?:[\w-]+\s+){0,3}?(?:team|staff|crew)\b"
    # the teams thanked one by one: "the carers, the RNs, the kitchen crew, the cleaners"
    r"|\bthe (?:[\w-]+\s+){1,2}?(?:team|crew)(?=,)",
    re.I,
)


# "our clinic manager Mrs. Dalton", "Mrs. Dalton, our clinic manager, retires Friday"
TEAM_BEFORE = re.compile(TEAM_MEMBER + r"\s+$", re.I)
_TEAM_AFTER = re.compile(r"\.?(?:\s+[A-Z][\w'-]*){1,2},\s+" + TEAM_MEMBER, re.I)
# The team's comings and goings, said right after a titled name: "Mr. Singh is back from his
# holidays", "Mrs. Patel is off on maternity leave". Patients are back in clinic, not from leave.
STAFF_LEAVE = (
    r"\s+(?:is|was|'s|’s|are|will be|has been)\s+"
    r"(?:back from|off on|away on|off for|on|starting|going on|heading (?:off )?on)\s+"
    r"(?:(?:his|her|their|a|an|the|some)\s+)?(?:well-deserved\s+|long\s+|annual\s+|much-needed\s+)?"
    r"(?:holidays?|vacation|hols|annual leave|maternity leave|paternity leave|parental leave|"
    r"mat leave|study leave|sick leave|leave|sabbatical|honeymoon|secondment|course)\b"
    # (not what they brought back to the ED: "back from his holidays in Spain with a DVT")
    r"(?![^.!?\n]*\b(?:with (?:a|an|his|her|their|some|bad|severe)|admitted|presented|came in|"
    r"brought in|collapsed|fell|sick|unwell|fever)\b)"
)
_STAFF_LEAVE_AFTER = re.compile(r"\.?(?:\s+[A-Z][\w'-]*){1,2}" + STAFF_LEAVE, re.I)
_TITLE = re.compile(r"(?:mrs?|ms|mx)\b", re.I)


def titled_staff(text: str, start: int) -> bool:
    """Whether the title at ``start`` ("Mrs", "Mrs. Dalton") is that of one of the team, named as
    such right before or after it, or back from leave."""
    title = _TITLE.match(text, start)
    return bool(
        title
        and (
            TEAM_BEFORE.search(text, max(0, start - 60), start)
            or _TEAM_AFTER.match(text, title.end())
            or _STAFF_LEAVE_AFTER.match(text, title.end())
        )
    )


# The reader's own visit, told to them: "@ChrisMcTavish great to see you at Riverside heart
# failure clinic today", "saw you in Sunnybrook ED again last night", "I remember you from the
# early pregnancy clinic Tuesday", "like we talked about at your session on Thursday", "at your
# home visit in Tauranga yesterday", "since you came to my clinic last month", "Jack's
# appointment with us". A place of care and a time, or the reader's own appointment: a clinic's
# event ("the clinic open house today") is none.
_CARE_PLACE = (
    r"(?:clinic|office|practice|ed|er|a&e|emerg|hospital|unit|ward|pharmacy|rehab|physio|surgery|"
    r"icu|nicu|walk-in|urgent care|appointment|appt|session|check-?up|review|follow-?up|"
    r"(?:video|virtual|telehealth|phone) (?:visit|call|appointment|consult))"
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_VISIT_TIME = (
    r"(?:today|tonight|yesterday|again|this (?:morning|afternoon|evening|week)|"
    rf"last (?:night|week|month)|(?:on |last |this )?{_WEEKDAY})"
)
READERS_VISIT = (
    r"\b(?:great|good|nice|lovely|wonderful|so good|glad|happy) (?:to )?"
    rf"(?:see|seeing|meet|meeting) you (?:at|in) (?:[\w'’-]+ ){{0,4}}?"
    rf"{_CARE_PLACE}\s+{_VISIT_TIME}\b"
    # a visit by video: "so great seeing you on video yesterday!"
    r"|\b(?:great|good|nice|lovely|wonderful|so good|glad|happy) (?:to )?(?:see|seeing|chat|"
    r"chatting with|talk to|talking to|speak with|speaking with) you on (?:the )?(?:video|zoom|"
    rf"facetime|teams|telehealth|(?:video|phone) call)\s+{_VISIT_TIME}\b"
    # (or their parent: "saw your mum at our clinic yesterday!")
    # "thank you for trusting us with your daughter on Thursday"
    r"|\btrust(?:ing|ed)? (?:us|me) with (?:you|your (?:mum|mom|mother|dad|father|son|daughter|"
    r"husband|wife|partner|kid|baby|little one|boy|girl|child|children|kids))\b"
    rf"[^.!?\n]{{0,30}}?\b{_VISIT_TIME}\b"
    rf"|\b(?:saw|seen|treated|remember(?:ed)?) (?:you|your (?:mum|mom|mother|dad|father|son|"
    rf"daughter|husband|wife|partner|kid|baby|grandma|grandpa|nan|"
    # (in Spanglish: "I saw your mami at the clinic this morning")
    rf"mami|papi|mamá|papá|abuela|abuelita|abuelo|abuelito|hijo|hija|tía|tío)) (?:at|in|from) "
    rf"(?:[\w'’-]+ ){{0,4}}?"
    rf"{_CARE_PLACE}\s+{_VISIT_TIME}\b"
    # ("following up from your extraction on Thursday", "at your device check yesterday")
    r"|\b(?:at|in|during|since|after|from) your (?:last |first |recent )?(?:home )?(?:[\w-]+ )?"
    r"(?:session|appointment|appt|visit|check-?up|check|follow-?up|consult|extraction|surgery|op|"
    r"procedure|scan|fitting|infusion)(?: (?:in|at)(?: [\w'’-]+){1,3}?)? "
    rf"(?:on|this|last|yesterday|today|{_WEEKDAY})\b"
    rf"|(?<!\bif )(?<!\bwhen )\byou came (?:in(?:to)?|to|by) (?:my|our|the) (?:[\w'’-]+ ){{0,2}}?"
    rf"{_CARE_PLACE}\b"
    r"|(?-i:\b[A-Z][a-z]+)'s (?:appointment|appt|visit|session|check-?up|follow-?up) with "
    r"(?:us|me)\b"
    # "when I saw you Thursday", "you were seen here Sunday", "so glad you and baby Mateo are
    # home", "after finishing your 5 years of venom immunotherapy"
    rf"|\b(?:when|after|since) (?:i|we) saw you (?:on |last )?(?:{_WEEKDAY}|yesterday|today|"
    r"this morning|last week)\b"
    rf"|\byou were seen (?:here|by us|at [\w'’ ]{{1,25}}?|in [\w'’ ]{{1,25}}?) (?:on |last )?"
    rf"(?:{_WEEKDAY}|yesterday|today|this morning|last week)\b"
    r"|\b(?:so )?(?:glad|happy) (?:to (?:see|hear) )?(?:that )?you(?: and (?:baby |little )?\w+)? "
    r"(?:are|made it|got|went) home\b"
    r"|\b(?:after|for) (?:finishing|completing) your (?:[\w-]+ ){0,4}?(?:immunotherapy|therapy|"
    r"treatment|chemo|rehab|programme|program|infusions?|radiation)\b"
    # "your retrieval on the 12th got 3 eggs"
    r"|\byour (?:[\w-]+ )?(?:retrieval|transfer|extraction|surgery|procedure|op|scan|"
    r"appointment|appt|visit) on the \d{1,2}(?:st|nd|rd|th)\b"
    # "so happy to see you home after your stay with us on 3 East!"
    r"|\byour (?:recent |last )?(?:stay|admission|time|surgery|op|procedure) with us\b"
    # the reader's own results or visit, told back to them: "your bloodwork from last week came
    # back totally normal", "you were in my clinic Tuesday"
    r"|(?<!\bif )(?<!\bwhen )\byour (?:[\w-]+ ){0,2}?(?:bloodwork|blood work|labs?|results?|scans?|"
    r"x-?rays?|mri|ct|biopsy|swabs?|cultures?|ecg|ekg|tests?|pathology) (?:from [\w'’ ]{1,20}? )?"
    r"(?:came back|(?:is|are) back|showed)\b"
    # the reader's visit by its day: "I remember you from Tuesday's scan", "since you had your
    # cheek filler with us on Tuesday"
    r"|\b(?:saw|seen|treated|remember(?:ed)?|met) you (?:at|in|from|during) (?:your )?"
    rf"(?:{_WEEKDAY}|yesterday|today|this morning|last week)['’]s (?:[\w-]+ ){{0,2}}?"
    r"(?:scan|appointment|appt|"
    r"session|visit|clinic|group|class|fitting|review|draw|run|consult)\b"
    r"|\byou had (?:your|a|an|the) (?:[\w-]+ ){0,2}?(?:filler|fillers|botox|procedure|surgery|op|"
    r"operation|scan|appointment|bloods|treatment|injection|infusion|session|laser|peel|biopsy|"
    r"extraction|cleaning) (?:with us|here|at (?:our|the) [\w'’ ]{1,25}?) (?:on|this|last|"
    rf"yesterday|today|{_WEEKDAY})\b"
    rf"|(?<!\bif )\byou were (?:in|at) (?:my|our|the) (?:[\w'’-]+ ){{0,2}}?{_CARE_PLACE}\b"
    # ... or their parent's: "your dad's sugars were pretty high at clinic Monday", "I think I read
    # your mom's CT at Riverside yesterday", "your dad's CT from yesterday at St. Brigid's"
    r"|\byour (?:mom|mum|mother|dad|father|son|daughter|husband|wife|partner|kid|child|baby|"
    r"grandma|grandpa|nan)['’]s (?:[\w-]+ ){0,2}?(?:sugars|labs?|bloodwork|blood work|ct|mri|"
    r"scan|x-?ray|bp|results?|numbers|swab|culture|biopsy|ecg|ekg|echo|"
    # what a home-care nurse saw of them: "your grandpa's leg looked better yesterday"
    r"(?:leg|legs|foot|feet|arm|hip|knee|wound|ulcer|dressing|incision|stitches|cast|pressure "
    r"sore|sores?|chest|breathing|cough|rash|skin|stoma|catheter|line|picc) (?:looked|looks|was "
    r"looking|is looking|seemed|was healing|is healing|was so much))\b"
    rf"[^.!?\n]{{0,40}}?\b(?:{_VISIT_TIME}|at (?:clinic|the clinic))\b"
    # a healed scar or a post-op visit: "your abdominoplasty scar at 6 months is so flat", "so
    # good to see you at your 2wk post-op today"
    r"|\byour (?:[\w-]+ ){0,2}?(?:scar|incision|stitches|sutures|repair|graft|cast) (?:at \d+ "
    r"(?:weeks?|wks?|months?|mos?)|looks|is healing|healed)\b"
    r"|\bat your (?:\d+ ?(?:wk|week|month|mo|day)s?\s?)?(?:post-?op|pre-?op|recheck|review|"
    r"cleaning|adjustment|fitting|scan)\b"
    # "saw you came through our Gillette clinic Tuesday"
    rf"|\byou came through (?:my|our|the) (?:[\w'’-]+ ){{0,2}}?{_CARE_PLACE}\b"
    # "the pie you dropped off after your knee appointment"
    r"|\byou (?:\w+ed|brought|left|sent|gave|made|baked|wrote|drew|knit|sang|told)\b[^.!?\n]{0,60}?"
    r"\bafter your (?:[\w-]+ ){0,2}?(?:appointment|appt|visit|cleaning|check-?up|procedure|"
    r"surgery|adjustment|treatment|session|consult)\b"
    # "I'm the pharmacist you spoke with this morning"
    r"|\b(?:i'm|i am|it's|this is) the (?:[\w-]+ ){0,2}?(?:pharmacist|nurse|doctor|doc|physio|"
    r"dentist|hygienist|tech|paramedic|medic|np|midwife|counsell?or|therapist|optometrist) "
    r"(?:(?:who|that) )?(?:you (?:spoke|talked) (?:with|to)|(?:saw|helped|served|treated|"
    r"looked after|called|filled for|drove) you)\b"
)


_READERS_VISIT = word_starts(READERS_VISIT, re.I, or_text_start=True)


EXPLICIT_PATIENT = re.compile(
    r"\b(?:" + _PATIENT_AS_A_VIRTUE + r"patient"
    # (not the author's own turn: "went from OB to patient"; checked once "patient" is found)
    r"(?<!\bob to patient)(?<!\bnurse to patient)(?<!\bdoctor to patient)(?<!\bdoc to patient)"
    r"(?<!\bmidwife to patient)(?<!\bprovider to patient)(?<!\bclinician to patient)"
    r"(?<!\bsurgeon to patient)"
    r"|pt|pt's|patient's|mrs?|ms)\b(?! team| care (?:assistant|aide|attendant|worker|coordinator|"
    r"tech|associate)s?\b)"
    # someone who comes to the author's clinic: "so proud of the young mom from our Gander clinic"
    r"|\b(?:mom|mother|dad|father|man|woman|lady|guy|gentleman|kid|boy|girl|teen|family|couple|"
    r"grandma|grandpa|senior|veteran)\s+from\s+our\s+(?:[\w-]+\s+){0,2}?(?:clinic|practice|"
    r"office|er|ed|emergency department|unit|ward|hospital|icu|nicu|picu)\b"
    r"(?!\s+(?:team|staff|crew|nurses|doctors|front desk))",
    re.I,
)


# A colleague's career, told when they retire or mark an anniversary: "35 years on the road",
# "started on the ambulance in Moncton in 1989", "he drove his last shift"
CAREER = re.compile(
    r"\b(?:started|began) (?:on the (?:ambulance|road|trucks?)|(?:his|her|their) career|"
    r"(?:as an? )?(?:nurse|nursing|medic|paramedic|porter|(?:unit |ward )?clerk|aide|orderly|rn|"
    r"lpn|rpn|emt|pharmacist|tech)|"
    # (a patient "started on the ward" too: only a year makes it a career)
    r"on the (?:floor|unit|ward) (?:in|back in) (?:19|20)\d\d)\b"
    r"|\b\d{1,2} years (?:on the (?:road|ambulance|trucks?|floor|unit|ward)|of service|at the "
    r"bedside|in (?:the service|nursing|ems|the ed|the er)|"
    # "After 38 years on our L&D floor, Linda ... is hanging up her Danskos"
    r"on (?:our|this|the) (?:[\w&-]+ ){0,2}?(?:floor|unit|ward|front desk|desk|reception))\b"
    r"|\bhanging up (?:her|his|their) (?:stethoscope|scrubs|clogs|danskos|boots|pager)\b"
    r"|\b(?:his|her|their) (?:last|final) (?:shift|call|run|day on the (?:job|road|floor|unit))\b"
    # a count of a career: "on his 1,000th cardiac surgical case with our unit"
    r"|\b(?:his|her|their) \d{1,3}(?:,\d{3})*(?:st|nd|rd|th) (?:[\w-]+ ){0,3}?(?:case|operation|"
    r"procedure|delivery|birth|transplant|surgery|flight|shift|call|run|scope|block)\b",
    re.I,
)


# Someone in public life, by role: "singer Maya Trell", "Olympic rower Hannah Brightwell",
# "Our MLA Janet Kowalchuk"
PUBLIC_ROLE = (
    r"(?:singer|actor|actress|rapper|comedian|musician|songwriter|celebrity|influencer|athlete|"
    r"olympian|quarterback|footballer|striker|goalkeeper|boxer|novelist|author|billionaire|"
    r"youtuber|tiktoker|streamer|podcaster|(?:news )?anchor|(?:talk show|tv) host|"
    r"(?:pop|rock|country|reality(?: tv)?|tv|movie|film|nba|nfl|nhl) star|"
    r"mla|mpp|mp|senator|mayor|councill?or|premier|governor|minister|olympic [\w-]+|"
    r"council(?:wo)?man|council ?member|alder(?:wo)?man|congress(?:wo)?man|assembly(?:wo)?man|"
    r"sheriff|(?:head )?coach|"
    r"(?:nhl|nfl|nba|mlb|mls|afl|nrl|wnba|pro|professional) [\w-]+)"
)
# A public figure's own news in one sentence: "the Olympic swimmer who announced today she's
# stepping away", "NHL goalie Marc Duvall and his wife share that their son finished treatment"
_PUBLIC_FIGURE = word_starts(r"\b" + PUBLIC_ROLE + r"\b", re.I)


# Care a public figure made public themselves: "shared publicly this week that she's been
# diagnosed with colon cancer" (the definition's "public figures' own announcements").
_IN_PUBLIC = (
    r"went public|made (?:it )?public|(?:told|tells) (?:reporters|the media|the public|voters)|"
    r"shar(?:ed|ing|es) (?:[\w'’-]+ ){0,6}?publicly|"
    r"(?:his|her|their) own (?:[\w-]+ ){0,3}(?:story|diagnosis|journey)|"
    # "the Olympic rower who shared her endometriosis diagnosis this week"
    r"shar(?:ed|ing|es) (?:his|her|their) (?:[\w-]+ ){0,3}(?:diagnosis|story|journey)"
)
MADE_PUBLIC = re.compile(
    r"\b(?:shared (?:publicly|on|in|with|today|this)|share(?:s|d)? that|announced|disclosed|"
    r"revealed|" + _IN_PUBLIC
    + r")\b",
    re.I,
)
# ... said in so many words to be public (an "announced" can be a patient's, on rounds)
TOLD_THE_PUBLIC = re.compile(r"\b(?:" + _IN_PUBLIC + r")\b", re.I)


CARE_EVENT = re.compile(
    r"\b(?:admitted|brought in|came in(?:to)?|rushed|airlifted|intubated|coded|died|passed away|"
    r"(?:in|into) (?:the |our |my )?(?:icu|ed|er|hospital|clinic)|treated|diagnosed|surgery|"
    r"collapsed|"
    # "proud of our team, who separated conjoined twin girls flown in from Tonga"
    r"separated|reattached|resuscitated|delivered|flown in|medevaced|operated on)\b",
    re.I,
)
