"""The quasi-identifying details of a post, for the PHI encounter model (``phi_model``).

Age, sex, town, facility, ward, time, occupation, rare condition, unusual event, family,
ethnicity, vehicle and school: the patterns that find them (``mentions``, ``occupations``), how
much each narrows down who a patient is (``WEIGHTS``), the words the cards use for them
(``LABELS``), and the towns and dates that the identifier rules share (``towns``, ``dates``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from secondlook.engine.context import Context
from secondlook.engine.detectors.phi_cues import (
    CARE_EVENT,
    DAY_RANGE,
    INFANT_SHORTHAND_AGE,
    MADE_PUBLIC,
    MONTHS,
    NOT_A_PERSONS_AGE_AFTER,
    NOT_AN_AMOUNT,
    TOLD_THE_PUBLIC,
    WEEKDAYS,
    lexicon_terms,
    word_starts,
)
from secondlook.engine.findings import Detail
from secondlook.engine.lexicons import lexicon
from secondlook.rules.terms import compile_terms, terms_regex

# "20-year-old slides", "our 40-year-old building": the age of a thing.
_NOT_A_THINGS_AGE = (
    r"(?!\s+(?:slides?|cars?|trucks?|vans?|house|building|buildings|hospital|wing|"
    r"equipment|machines?|monitors?|ventilators?|beds?|stretchers?|chairs?|printers?|pagers?|"
    r"computers?|software|systems?|protocols?|guidelines?|policy|policies|textbooks?|books?|"
    r"papers?|study|studies|data|tradition|bottle|scotch|whisky|wine|roof|furnace|boat|bridge|"
    r"photos?|pictures?|fax|"
    # a rate, no one's age: "brought 2-year-old MMR coverage to 94%"
    r"(?:[A-Z]{2,5}\s+)?(?:coverage|uptake|rates?|cohorts?|population|immuni[sz]ation rates?|"
    r"vaccination rates?))\b)"
)


_AGE_NUMBER = word_starts(
    # (not a range: "open to anyone aged 18-39")
    r"\b(?:aged?|age of)\s+(?P<a1>\d{1,3})\b(?!\s*(?:-|–|to|and)\s*\d)"
    r"|\b(?P<a2>\d{1,3})\s?(?:-|\s)?(?:yo|y/o|y\.o\.?|yoa|yom|yof|yr[- ]?old|yrs?[- ]old|"
    r"years?[- ]old|year[- ]olds?)\b" + _NOT_A_THINGS_AGE +
    r"|" + NOT_AN_AMOUNT + r"\b(?P<a3>\d{1,3})\s?(?:[MF]|male|female)\b"
    # "Edna (92)"; not an area code: "Phone (08) 8951 5555"
    # (not the count said twice: "ate one (1) cereal bar")
    r"|\b(?:(?:mr|mrs|ms|miss)\.?\s+(?:[A-Z][a-z'-]+\s+){1,2}"
    r"|(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s)[A-Z][a-z'-]+\s+)"
    r"\((?P<a4>\d{1,3})\)"
    r"(?![\s.-]*\d)"
    # (anyone's: "a card from the King for anyone turning 100")
    r"|(?<!anyone )(?<!everyone )(?<!someone )(?<!people )(?<!those )(?<!residents )"
    r"\b(?:turned|turning|turns|celebrated (?:her|his))\s+(?P<a5>\d{2,3})\b"
    # "a former NHL goalie from Kenora, now 71, after his second stroke"
    r"|(?<=[A-Za-z], )now (?P<a14>\d{2,3})(?=,|\)|\s+(?:years? old)\b)"
    # "Happy 90th birthday to Marjorie": a great age (a program's or a clinic's birthdays are
    # younger; the 100th is a word, below)
    r"|(?<!\bits )\b(?P<a13>(?:[89]\d|1[01]\d))(?:st|nd|rd|th) birthday\b"
    # ... and anyone's, said as theirs: "3 days shy of your 16th birthday"
    r"|(?:(?<=\bhis )|(?<=\bher )|(?<=\byour )|(?<=\btheir ))(?P<a19>\d{1,2})(?:st|nd|rd|th) "
    r"birthday\b"
    # "just turned 1!": a one-digit age only when nothing follows it ("turned 2 patients away")
    r"|\b(?:just turned|turned|turns)\s+(?P<a12>\d)(?=\s*(?:[!.,;]|$|today\b))"
    r"|\b(?P<a6>\d{1,3})[- ](?:month|week|day)s?[- ]old\b"
    + r"|" + INFANT_SHORTHAND_AGE +
    # ("Meet Ethan, 16 🎮 He's been getting radiation here")
    r"|(?<=[A-Za-z.)], )(?P<a7>\d{2,3})(?=,|\.(?:\s|$)|\s*$|\s+(?:is|was|and)\b"
    "|\\s+[\u2600-\u27bf\U0001f300-\U0001faff])"
    # "Lost a patient tonight. 92. Fall at home."; "... right now. 19, from a ranch near ..."
    r"|(?<=[.!?] )(?P<a8>\d{1,3})(?=[.!]\s+[A-Z]|,\s+(?:from|lives|living|previously|"
    r"otherwise)\b)"
    # "She's 71, lives alone", "who is 92 and": a bare number said of someone, then a pause
    # ("Your wife is 97 and on comfort care")
    r"|(?:she|he|who|wife|husband|mother|father|mom|mum|dad|grandma|grandpa|grandmother|"
    r"grandfather|patient|pt)(?:'s|’s| is| was| turns| turned| just turned)\s+(?P<a9>\d{1,3})"
    r"(?=\s*(?:[,.;!?)]|$|and\b|years?\b|yrs?\b|yo\b))"
    # "had her hip replaced last week at 81", "diagnosed at 34": a life event, then "at" an age
    r"|\b(?:diagnosed|replaced|married|retired|widowed|delivered|died|passed away|adopted|"
    r"graduated|transplanted|amputated|paralyzed|paralysed)\b[^.!?\n]{0,40}?\bat "
    r"(?:the age of |age )?(?P<a11>\d{1,3})(?=\s*(?:[,.;!?)]|$|and\b|but\b|with\b|when\b|years?\b))"
    # French "Mme Leblanc, 84 ans"; not "il y a 30 ans" (ago) or "depuis 20 ans" (for)
    # (nor "8 ans d'expérience", a career)
    r"|(?<!il y a )(?<!depuis )(?<!pendant )(?<!après )(?<!dans )(?<!plus de )(?<!moins de )"
    # ("une institutrice de 32 ans" is an age; "plus de 20 ans" a span of time)
    r"(?<!près de )(?<!bientôt )\b(?P<a10>\d{1,3}) ans\b"
    r"(?! d['’]\s?(?:expérience|ancienneté)| de (?:carrière|service|pratique|métier))"
    # Spanish "la señora de 84 años", "cumpleaños número 93"; not "hace 30 años" (ago), "desde
    # hace", "por 20 años" (for), "más de", nor "20 años de experiencia"
    r"|(?<!hace )(?<!por )(?<!durante )(?<!después de )(?<!en )(?<!más de )(?<!menos de )"
    r"(?<!casi )\b(?P<a16>\d{1,3}) años\b(?! de (?:experiencia|carrera|servicio|práctica))"
    r"|\bcumpleaños (?:número )?(?P<a17>\d{1,3})\b"
    # a titled name's age said bare: "Mr. Lindqvist was 91 when he taught me ..."
    r"|\b(?:mr|mrs|ms|miss|mdm)\.?\s+[A-Z][a-z'-]+\s+(?:was|is)\s+(?P<a18>\d{2,3})"
    r"(?=\s*(?:[,.;!?]|$|when\b|and\b|years?\b))",
    re.I,
)


_AGE_WORDS = word_starts(
    r"\b(?P<band>(?:early|mid|late)[- ](?:[1-9]0s|teens|twenties|thirties|forties|fifties|"
    r"sixties|seventies|eighties|nineties))\b"
    # a decade said bare: "a German tour guide in her 40s", "80s F, hip fx after a fall"
    r"|(?:(?<=\bin his )|(?<=\bin her )|(?<=\bin their ))(?:[2-9]0s|twenties|thirties|forties|"
    r"fifties|sixties|seventies|eighties|nineties)\b|\b[2-9]0s(?=\s?(?-i:[MF])\b)"
    r"|\b(?P<old>centenarian|supercentenarian|nonagenarian|100th birthday|hundredth birthday)\b"
    r"|\b(?P<young>newborn|neonate|preemie|premature twins|born at 2\d(?: weeks|\+\d))(?!\w)"
    r"|\b(?P<teen>teenaged?|adolescent)\b"  # 13 to 19: narrower than a decade
    # a school grade says the age within a year or two: "the grade 11 hockey goalie"
    r"|\b(?:grade|year) (?:[1-9]|1[0-2])\b(?= (?:[\w-]+ )?(?:student|pupil|kid|boy|girl|lad|lass|"
    r"goalie|player|athlete|[\w-]+er)\b)|\b(?:[1-9]|1[0-2])(?:st|nd|rd|th) grader\b"
    # "my little friend in grade 2 at St. Brigid's", "the sophomore QB"
    r"|\b(?:grade (?<=\bin grade )|year (?<=\bin year ))(?:[1-9]|1[0-2])\b"
    r"(?! (?:science|math|english|french|history|"
    r"curriculum|teachers?|classes|classrooms?|students|kids)\b)"
    r"|\b(?:freshman|sophomore)\b(?= (?:[\w-]+ )?(?:qb|quarterback|student|kid|boy|girl|player|"
    r"athlete|goalie|captain|[\w-]+er)\b)",
    re.I,
)


_SEX = re.compile(
    r"\b(?:wom[ae]n|m[ae]n|lady|gentleman|gent|female|male|girls?|boys?|guy|mother|father|mom|dad|"
    r"grandmother|grandfather|grandma|grandpa|pregnant|brothers|sisters|bride|groom|mama|mum|"
    # the UK, Irish and Australian words for a man or a woman: "chap in cubicle 3"
    r"bloke|chap|fella|fellas|lad|lass|lassie|granny|grandad|granddad)\b"
    r"|(?<=\d)(?<![$€£¥.,]\d)(?<![$€£¥.,]\d\d)(?<![$€£¥.,]\d\d\d)"
    r"(?<!h \d)(?<!h \d\d)(?<!h\d)(?<!h\d\d)"  # minutes after hours: "4h 50m"
    r"\s?[MF]\b|(?<=yo)\s?[MF]\b|(?<=y/o)\s?[MF]\b"
    r"|(?<=\d0s)\s?(?-i:[MF])\b"  # "70s M, hip fx after a fall"
    # "(F, 30s)", "(M/45)": the clinician's shorthand in brackets
    r"|(?<=\()(?-i:[MF])(?=\s?[,/)])",
    re.I,
)


_TIME = word_starts(
    r"\b(?P<specific>last night|tonight|tonite|2nite|this (?:morning|afternoon|evening|arvo|avo)|"
    r"yesterday(?<!\bborn yesterday)"  # (not the idiom: "they think we were born yesterday")
    r"|just now|today(?!['’]s(?! (?:list|clinic|shift|consult|case|admission)\b))|"
    r"an hour ago|\w+ hours ago|earlier today|overnight|(?:on |last |this )?"
    + WEEKDAYS
    + r"(?: (?:night|morning|afternoon|evening))?|christmas(?: eve| day)?|"
    r"new year'?s(?: eve| day)?|"
    r"thanksgiving|easter(?: sunday| monday)?|canada day|boxing day|halloween|"
    r"(?:valentine|mother|father)'?s day|(?:july|4th of july|fourth of july)|"
    r"at \d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|at \d{4}h?|\d{1,2}(?::\d\d)?\s?(?:am|pm)|"
    r"at (?:[01]\d|2[0-3]):[0-5]\d\b|"
    r"(?:around|about|approx\.?|approximately|~) ?(?:[01]\d|2[0-3])[0-5]\d\b"
    r"(?!\s?(?:mg|ml|kg|g|m|km|ft|people|patients|calls|steps|kcal|cal)\b)|"
    r"(?:[01]\d|2[0-3])[0-5]\d(?=h\b|:|\s?hrs?\b)|"
    r"ce matin|cette nuit|ce soir|hier(?: soir| matin)?|cet après-midi|aujourd['’]hui|"
    r"la nuit dernière|avant-hier|(?:ce |lundi |mardi )?(?:lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche)(?: soir| matin)?|(?:à|vers) \d{1,2} ?h(?: ?\d\d)?|"
    # Spanish: "hoy", "anoche", "esta mañana", "el sábado", "a las 3"
    r"hoy|anoche|anteanoche|ayer(?: en la (?:mañana|tarde|noche))?|anteayer|"
    r"esta (?:mañana|madrugada|tarde|noche)|(?:el )?(?:lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo)(?: en la (?:mañana|tarde|noche))?|a las \d{1,2}(?::\d\d)?)\b"
    r"|\b(?P<vague>this week|last week|over the weekend|on (?:my |the )?(?:night )?shift|"
    r"this shift|last shift)\b",
    re.I,
)


# Who a notice invites: "bring the whole family", "open to your entire family"
_INVITED_BEFORE = re.compile(
    r"\b(?:bring|brings|bringing|invite|inviting|welcome|welcoming|open to)\s+"
    r"(?:the\s+|your\s+|all\s+the\s+)?$",
    re.I,
)
# The name of a weekly series a weekday closes: "Teaching Tuesday", "Throwback Thursday"
_SERIES_BEFORE = re.compile(
    r"\b(?:teaching|tip|tips|transformation|trivia|throwback|thankful|theory|wellness|wisdom|"
    r"workout|motivation|motivational|mindful|meme|myth|feel-?good|flashback|fun|fact|self-?care|"
    r"science|study|spotlight)\s+$",
    re.I,
)


# A post's title, one capitalised word and the day: "Dysmorphology Friday 🔍", "Ortho Monday:"
# ("Last Friday:", "Busy Saturday 😩" say when)
_A_TITLE_BEFORE = re.compile(
    r"\W*#?(?!(?:last|this|next|on|every|since|by|until|early|late|busy|rough|quiet|long|crazy|"
    r"wild|good|great|happy|black|holy|manic|mad|hectic|brutal|slow|fun|lazy|cyber)\b)"
    r"(?-i:[A-Z])[\w-]+\s+",
    re.I,
)
_TITLE_END = re.compile("\\s*(?:[:|–—-]|[\u2600-\u27bf\U0001f300-\U0001faff])")


_UNIT_CODE = r"(?-i:\d{1,2}(?!L\b)[A-Z]{1,2})"  # 4B, 7N; "4L" is litres of oxygen


_WARD = word_starts(
    # (not "POD2", the second day after an operation)
    # (a dialysis or chemo chair is a bed: "Mr. Okonkwo in chair 4")
    r"\b(?:bed|room|rm|bay|stretcher|cubicle|chair|recliner|(?-i:[Pp]od)|hallway bed|trauma bay"
    # (not a figure: "time to an inpatient bed 21.4 hrs")
    r"|resus)\s?#?\s?\d{1,4}[a-z]?\b(?![.,]\d)"
    r"|\b\d{1,2}(?:st|nd|rd|th)\s+floor\b"
    r"|\b\d{1,2}\s?(?:north|south|east|west|[NSEW])\b(?=\s+(?:ward|unit|floor)|\s*$)"
    r"|\b(?:ward|unit)\s+(?:\d{1,2}[a-z]?|[A-Z]\d?)\b"
    # French: "la chambre 12", "(ch. 412)", "civière 9" (not "ch. 5", a chapter)
    r"|\b(?:chambre|civière)\s?#?\s?\d{1,4}\b|\bch\.\s?\d{3,4}\b"
    # a jail's or a prison's: "Cell 14 in seg", "on D block", "D-pod", "tier 3"
    r"|\b(?:cell|tier|range)\s?#?\s?\d{1,3}[a-z]?\b|\b(?-i:[A-H])[- ](?:block|pod|wing|unit|dorm)\b"
    r"|\b(?:block|pod|dorm) (?-i:[A-H])\b|\b(?:in|on|from) (?:seg|segregation|solitary|the hole)\b"
    # "on 4B", but not "on 4L" of oxygen
    r"|(?<=\b(?:on|to|at|in) )(?:\d{1,2}\s?(?:north|south|east|west)|" + _UNIT_CODE + r")\b"
    r"|(?<=\bfrom )(?:\d{1,2}\s?(?:north|south|east|west)|" + _UNIT_CODE + r")\b",
    re.I,
)


_FACILITY = word_starts(
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
    # (an amount, not a place: "at least 3 weeks before", "to about 4")
    r"(?!(?i:least|most|about|around|over|under|nearly|almost|roughly|only|just|page|level|"
    r"stage|step|week|grade|phase|version)\b)"
    # (a duration is no ward: "returned from Ghana 2 wks ago")
    r"[A-Za-z][A-Za-z]{3,}(?= \d\b(?!\s*(?:wks?|weeks?|days?|d|hrs?|hours?|months?|mos?|yrs?|"
    r"years?|mins?|minutes?|times|x)\b)| ICU| floor| campus| rehab)"
    r"|\bgh\b"
    # French: "l'Hôpital régional d'Edmundston", "l'EHPAD de Lorient", "la clinique d'Amqui"
    r"|\b(?-i:Hôpital|hôpital|Hopital|CHSLD|EHPAD|CLSC|CHU|CH|Clinique|clinique)"
    r"(?:\s+(?:régional|général|universitaire|de santé|médicale))?\s+(?:de|d['’]|du|des)\s*"
    r"(?:la\s+|l['’])?(?-i:[A-Z][\w'-]+)(?:[- ](?-i:[A-Z][\w'-]+))*"
    # a care home named after the person who lives there: "an 89-year-old resident at Shannex
    # Parkland"
    r"|(?:(?<=\bresident at )|(?<=\bresidents at )|(?<=\blives at )|(?<=\bliving at ))"
    r"(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
    # (not a programme got through: "the secret to getting through cardiac rehab")
    r"|(?i:(?<=\bfrom )|(?<=\bto )|(?<=\bat ))(?![a-z]+ing\s)"
    r"(?i:(?:[a-z]+\s+){0,2}[a-z]+\s+(?:hosp(?:ital)?"
    r"|medical cent(?:er|re)|"
    r"rehab|campus|ew|nursing home|manor))\b",
)


_OWN_SETTING = word_starts(
    # "in ED last night", said bare, is the author's own
    r"(?<=\bin )(?-i:ED|ER|A&E|resus)\b(?=\s+(?:last|this|tonight|today|yesterday|overnight|"
    r"at|on)\b)|"
    # "back in ENT clinic this morning": a service's clinic, the author's own
    r"(?<=\bin )(?-i:[A-Z]{2,5})\s+clinic\b|"
    # "our cancer genetics clinic" (but "our 4 North unit" is a ward, below)
    r"\b(?:our|my|this)\s+(?:[\w-]+\s+|[A-Za-z-]+\s+[A-Za-z-]+\s+)?(?:ED|ER|emerg|emergency"
    r"(?:\s+(?:department|room))?|ICU|CCU|NICU|PICU|clinic|ward|unit|hospital|practice|"
    r"office|nursing home|LTC|health cent(?:er|re)|nursing station|L&D|resus(?:citation)? bay|"
    r"trauma bay|resus room|OR|cath lab|"
    # the army's, a camp's or a ship's: "rolled into our aid station at Grafenwöhr"
    r"aid station|sick bay|sickbay|medical tent|first aid (?:tent|post|room)|infirmary|"
    r"(?-i:BAS|RAP)|"
    # units by their initials: "Our EPAU frequent flyer"
    r"(?-i:EPAU|EPU|MAU|AMU|SDEC|CDU|HDU|PACU|SCBU|NNU|DSU))\b",
    re.I,
)


# A capitalised word of a town's name, its French joins included: "Ile-a-la-Crosse",
# "Saint-Jean-sur-Richelieu".
_TOWN_WORD = (
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{2,}(?:-(?:[a-zß-öø-ÿ]{1,3}-)*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)*"
)
_TOWN_CUE = re.compile(
    r"\b(?:from|in|near|outside(?: of)?|out(?:side)? by|north of|south of|east of|west of|"
    r"lives? in|living in|up in|down in|over in|out in|here in|of"
    # Spanish: "una abuelita de Mayagüez", "Señor de Arecibo", "vive en Hialeah"
    r"|(?i:(?:señora?|señorita|abuel(?:it)?[ao]|viejit[ao]|hombre|mujer|niñ[ao]|muchach[ao]|"
    r"chamac[ao]|paciente|joven) de)|(?i:vive en|viven en))\s+"
    # (not the start of a brand's name: "a lot of WhatsApp")
    r"(?P<town>" + _TOWN_WORD + r"(?:[ -]" + _TOWN_WORD + r")?)(?![A-Za-z])"
)


# A named spot where a few people live or stay: "the Riverside encampment", "the Harbor Light
# shelter", "the Sunnyvale trailer park"
_NAMED_SPOT = re.compile(
    r"(?<=\bthe )(?:[A-Z][\w'’]+ ){1,3}(?i:encampment|tent city|shelter|mission|trailer park|"
    r"mobile home park|projects|rooming house|motel|halfway house|group home|squat)\b"
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


_VEHICLE = word_starts(
    r"(?:\b(?:red|blue|black|white|silver|grey|gray|green|yellow|orange)\s+)?"
    + compile_terms(sorted(lexicon("phi_vehicles")))
    # a flight by its number ("Air Canada flight 624"): everyone aboard, and the news, know it
    + r"|\bflight\s+(?:[a-z]{2}\s?)?\d{2,4}\b(?!\s*(?:hours?|hrs?|h|minutes?|mins?|days?|"
    r"weeks?|km|miles?)\b)",
    re.I,
)


_AN_ANIMAL_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:lab|labrador|retriever|dog|cat|pup|puppy|kitten|horse|pony|mare|"
    r"gelding|collie|spaniel|terrier|shepherd|poodle|beagle|husky|doodle|greyhound|dachshund|"
    r"tabby|budgie|parrot)s?\b"
    # or a complaint's age: "a 3-week-old ingrown toenail at 4am"
    + NOT_A_PERSONS_AGE_AFTER,
    re.I,
)


_THE_HEARTS = re.compile(
    r"\s+(?:infarcts?|strain|dilat\w*|failure|function|pressure|wall|leads?|size|hypertrophy|"
    r"dysfunction|involvement|ischemia|ischaemia)\b",
    re.I,
)


OCCUPATION = word_starts(
    compile_terms(sorted(lexicon("phi_occupations")), plural=True)
    # "a dairy farm owner", "a mill worker"; not "the lowest-paid workers", "essential workers"
    + r"|(?<!-)\b(?!(?:paid|underpaid|essential|frontline|front-line|other|fellow|many|some|"
    r"all|most|these|those|our|their|low|lower|lowest|poor|skilled|unskilled|migrant|seasonal|"
    r"temporary|casual|shift|night|hard|young|older)\b)[a-z]+ (?:owner|worker|operator|master|"
    r"foreman)s?\b"
    # a clinician who is now the patient: "a retired dentist in his early 70s", "Retired GP
    # admitted tonight" (clinicians at work are the author's colleagues far more often)
    r"|\bretired (?:dentist|doctor|gp|surgeon|nurse|midwife|pharmacist|physician|paramedic|vet|"
    r"physio(?:therapist)?|psychiatrist|anaesthetist|anesthesiologist|radiologist|optometrist)s?\b",
    re.I,
)


FAMILY = lexicon_terms("phi_family")


ETHNICITY = lexicon_terms("phi_ethnicity")


CONDITION = lexicon_terms("phi_rare_conditions")


EVENT = word_starts(
    compile_terms(sorted(lexicon("phi_unusual_events")))
    + r"|\b(?:vs\.?|versus) (?:a |an )?(?:moose|deer|bear|train|tree|pole|bus|semi|cow|horse)\b"
    + r"|\b(?:\w+ )?(?:plane|float plane|bus|train|boat|ferry|highway|hwy \d+) crash\b"
    # a birth where no one plans one: "caught a baby IN THE LIFT between floors 3 and 4"
    + r"|\b(?:born|delivered|caught (?:a|the) baby|gave birth|birth) (?:[\w-]+ ){0,3}?(?:in|on) "
    r"(?:the|a|an|her|his|their) (?:lift|elevator|car|taxi|cab|parking lot|car park|hallway|"
    r"corridor|bathroom|toilet|ambulance|plane|ferry|bus|driveway|front seat|back seat)\b"
    # a foreign body where it should not be: "a carrot lodged where the sun don't shine"
    + r"|\b(?:a|an|the) (?:[\w-]+ ){1,2}?(?:lodged|stuck|wedged) (?:in|up|inside|where)\b"
    # work and pursuits that few people in a town share: "a logging accident", "the mill explosion"
    + r"|\b(?:logging|forestry|sawmill|mill|mining|mine|fishing|lobster boat|fishing boat|"
    r"construction|industrial|workplace|oil rig|chainsaw|wood ?chipper|hunting|skydiving|"
    r"paragliding|climbing|rodeo|bull riding|diving) (?:accident|incident|explosion|collapse|"
    r"crash|rollover|injury)\b"
    # a life event the encounter fell on: "the same week as her wedding", "on his graduation day"
    r"|\b(?:the (?:same )?(?:week|day|month|night|morning) (?:of|as|before|after)|"
    r"\w+ days? (?:before|after)|on) (?:her|his|their) (?:own )?(?:wedding|graduation|prom|"
    r"retirement party|honeymoon|baby shower)(?: day)?\b"
    # the party or the event where it happened: "at his stag do in Newquay", "at last night's
    # derby weigh-in", "at the station open house"
    # (after a time, the event alone: the time is a detail of its own)
    r"|(?:\bat (?:his|her|their|a|the|the local) |(?<=\bat last night's )|(?<=\bat yesterday's )"
    r"|(?<=\bat today's ))(?:[\w'’-]+ )?"
    r"(?:stag|hen|stag do|hen do|stag party|hen party|bachelor party|bachelorette|"
    r"bachelorette party|"
    r"wedding reception|derby|weigh-in|rodeo|powwow|fair|fall fair|county fair|"
    r"street party|block party|music festival|beer festival)\b"
    # what few people swallow: "swallowed his wedding ring"
    r"|\bswallow(?:ed|ing) (?:his|her|their|a|an|the|\d+|two|three|several) (?:[\w-]+ ){0,2}?"
    r"(?:ring|rings|keys?|batter(?:y|ies)|magnets?|coins?|razor blades?|spoons?|forks?|"
    r"toothbrush|dentures|lighter|nails?|screws?|air ?pods?|earbuds?|lego|marbles?)\b"
    # bites few people get: a dog's or a cat's is no one's story, a pet raccoon's is
    r"|\b(?:pet )?(?:raccoon|skunk|fox|coyote|wolf|snake|rattlesnake|monkey|bat|squirrel|beaver|"
    r"porcupine|llama|alpaca|parrot|iguana|ferret|shark|alligator|crocodile|spider monkey) "
    r"(?:bite|attack|scratch|sting)s?\b"
    # a unit's record: "its smallest survivor ever", "the first twins born here since 2009"
    r"|\b(?:smallest|tiniest|youngest|oldest|lightest|earliest|first|only) (?:[\w-]+ ){0,2}?"
    r"(?:survivor|baby|preemie|patient|twins|triplets|quadruplets|recipient|delivery|birth)s? "
    r"(?:ever|on record|in (?:our|the|its) (?:hospital|unit|nicu|province|state|country|city|"
    r"town)(?:['’]s history)?|born (?:here|at our|in our|in town) since)\b",
    re.I,
)


PLACES = lexicon("phi_places") - lexicon("phi_not_places")


# (and medicines, which the model takes for places: "5ml of Calpol every 4-6 hours")
# (and the words of symptoms and care: "Fever isn't the enemy" names no town)
NOT_PLACES = lexicon("phi_not_places") | lexicon("advice_drugs") | lexicon("advice_medical")


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
    "ADDRESSEE": 1.0,
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
    "ADDRESSEE": "the person you reply to",
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


_ARTICLE_BEFORE = re.compile(
    r"\b(?:a|an|the|this|our|my|one|retired|local|young|old)\s+"
    # "a famous Canadian country singer"; not "a team that never judges"
    r"(?:(?:famous|former|retired|well-known|beloved|popular|renowned|local)\s+)?(?:[\w-]+\s+){0,2}$"
    # an age before the trade, with no article: "3am, early 40s bodybuilder rolls into our ED"
    r"|\b(?:(?:early|mid|late)[- ]?\d0s|\d{1,3}[- ]?(?:yo|y/o|year[- ]old|yr[- ]old)|"
    r"\d{1,3}(?-i:[MF]))\s+(?:[\w-]+\s+)?$",
    re.I,
)


# "Walk-ins 5-8pm", "open 9am to 5pm": when a clinic is open, not when someone was seen.
# A day that comes back, as a clinic's or a group's: "every Tuesday", "on Thursdays"
_RECURRING = re.compile(
    rf"\b(?:every|each)\s+(?:other\s+)?{WEEKDAYS}\b|\bon\s+{WEEKDAYS}s\b"
    # "meets the 2nd Thursday of every month"; "the Friday before a long weekend", any year's
    rf"|\b(?:the\s+)?(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+{WEEKDAYS}\s+of\s+"
    r"(?:every|each|the)\s+month\b"
    rf"|\bthe\s+{WEEKDAYS}\s+(?:before|after|of)\s+(?:a|any|every|each)\s+(?:long\s+)?"
    r"(?:weekend|holiday|bank holiday|stat|long weekend)\b",
    re.I,
)
# A time that names a crowd, not a visit: "Pimp question for the 3am crowd"
_TIME_AS_A_CROWD = re.compile(r"\s+(?:crowd|club|brigade|gang|squad|folks|lot|regulars)\b", re.I)


_HOURS_RANGE = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)?\s*(?:-|–|to)\s*\d{1,2}(?::\d\d)?\s?"
    r"(?:am|pm|a\.m\.|p\.m\.)",
    re.I,
)


# A room or bed as a spot in the building, no one's: "the supply cart outside bed 6", "Room 3
# is being deep cleaned"
_BESIDE = re.compile(
    r"\b(?:outside|near|next to|beside|behind|across from|in front of|opposite)\s+(?:the\s+)?$"
    # a thing kept by it: "the wound cart by bed 6", "the sharps bin at bay 3"
    r"|\b(?:cart|trolley|bin|fridge|sink|computer|workstation|pump|monitor|chair|curtain|"
    r"cupboard|drawer|station)\s+(?:by|at|beside|next to|near)\s+$",
    re.I,
)
# ... or a room worked on: "whoever restocked exam room 6 with suture kits"
_WORKED_ON = re.compile(
    r"\b(?:re)?(?:stock(?:ed|ing)?|clean(?:ed|ing)?|paint(?:ed|ing)?|fix(?:ed|ing)?|set up|"
    r"turn(?:ed)? over|prep(?:ped|ping)?|organi[sz](?:ed|ing))\s+(?:the\s+)?"
    r"(?:exam\s+|procedure\s+|treatment\s+|consult\s+|supply\s+)?$",
    re.I,
)
_OUT_OF_USE = re.compile(
    r"\s+(?:is|was|are|will be)\s+(?:being\s+|getting\s+)?(?:deep[- ])?(?:re)?(?:cleaned|closed|"
    r"renovated|painted|repaired|fixed|out of (?:service|order|use)|under construction|"
    r"off limits|locked)\b",
    re.I,
)
# A time said of what to do, not of a visit: "don't ice it overnight", "soak it overnight"
_DURATION_BEFORE = re.compile(r"\b(?:it|them|this|that|wait|leave|soak|fast|stay)\s+$", re.I)
# An aggregate count: "31 sets of twins", "1,284 babies", "212 overdoses" (but "her 3 kids")
_COUNTED = re.compile(
    r"(?:\b\d[\d,]*\s+(?:sets|pairs|cases|episodes)\s+of|\b\d{1,3}(?:,\d{3})+|\b\d{3,})\s+$",
    re.I,
)
_THE_ANSWERS_DAY = re.compile(
    r"\b(?:(?:answers?|reveal|solution)(?:\s+(?:in (?:the |my |our )?(?:stories|story|comments|"
    r"thread|replies|next post)|posted|drops?|coming|goes up|up))?|poll closes)\s+(?:on\s+)?$",
    re.I,
)


def find_mentions(
    ctx: Context, town_spans: list[tuple[int, int]], date_spans: list[tuple[int, int]]
) -> list[tuple[int, Mention]]:
    """The details of one chunk with their phase, but for occupations (see
    ``occupation_mentions``)."""
    text = ctx.text
    found: list[tuple[int, Mention]] = []

    def add(
        phase: int, kind: str, m: re.Match[str] | tuple[int, int], age: int | None = None
    ) -> None:
        s, e = m.span() if isinstance(m, re.Match) else m
        found.append((phase, Mention(kind, s, e, text[s:e], age)))

    for m in _AGE_NUMBER.finditer(text):
        if _AN_ANIMAL_AFTER.match(text, m.end()):
            continue  # "our 11-year-old yellow lab"
        group = next(name for name, value in m.groupdict().items() if value)
        value = int(m.group(group))
        if group in ("a6", "a15"):
            add(0, "AGE", m, None)  # months/weeks/days old: a narrow band by itself
        elif 0 < value < 120:
            span = (
                (m.start(group), m.end(group))
                if group in ("a4", "a7", "a8", "a9", "a11", "a18")
                else m
            )
            add(0, "AGE", span, value)
    for m in _AGE_WORDS.finditer(text):
        kind = "AGE" if m.group("old") or m.group("young") else "AGE_BAND"
        add(1, kind, m, 100 if m.group("old") else None)
    for m in _SEX.finditer(text):
        add(2, "SEX", m)
    opening_hours = [m.span() for m in DAY_RANGE.finditer(text)]
    opening_hours += [m.span() for m in _HOURS_RANGE.finditer(text)]
    opening_hours += [m.span() for m in _RECURRING.finditer(text)]
    for m in _TIME.finditer(text):
        if any(a <= m.start() < b for a, b in opening_hours):
            continue  # "Monday to Friday": when a clinic is open, not when someone was seen
        if _THE_ANSWERS_DAY.search(text, max(0, m.start() - 40), m.start()):
            continue  # "answer in stories Friday": when a quiz is answered
        if _TIME_AS_A_CROWD.match(text, m.end()):
            continue
        if re.fullmatch(WEEKDAYS, m.group(0), re.I) and (
            _SERIES_BEFORE.search(text, max(0, m.start() - 16), m.start())
            or _A_TITLE_BEFORE.fullmatch(text, 0, m.start()) and _TITLE_END.match(text, m.end())
        ):
            # "Teaching Tuesday 🩺", "Dysmorphology Friday 🔍 Case: ...": a weekly series, not
            # when someone was seen
            continue
        if m.group(0).lower() == "overnight" and _DURATION_BEFORE.search(
            text, max(0, m.start() - 10), m.start()
        ):
            continue  # "don't ice it overnight"
        add(3, "TIME" if m.group("specific") else "TIME_VAGUE", m)
    for m in _WARD.finditer(text):
        if not (
            _BESIDE.search(text, max(0, m.start() - 20), m.start())
            or _WORKED_ON.search(text, max(0, m.start() - 30), m.start())
            or _OUT_OF_USE.match(text, m.end())
        ):
            add(4, "WARD", m)
    for phase, kind, pattern in (
        (5, "FACILITY", _FACILITY),
        (6, "SETTING", _OWN_SETTING),
        (7, "SCHOOL", _SCHOOL),
    ):
        for m in pattern.finditer(text):
            if kind == "FACILITY" and _A_DOSE_AFTER.match(text, m.end()):
                continue  # "on hydromorphone 4 mg": a medicine and its dose, not "on Ward 4"
            add(phase, kind, m)
    for phase, kind, pattern in (
        (9, "FAMILY", FAMILY),
        (10, "ETHNICITY", ETHNICITY),
        (11, "CONDITION", CONDITION),
        (12, "EVENT", EVENT),
        (13, "VEHICLE", _VEHICLE),
    ):
        for m in pattern.finditer(text):
            if kind == "VEHICLE" and _THE_HEARTS.match(text, m.end()):
                continue  # "think RV infarct": the right ventricle
            if _COUNTED.search(text, max(0, m.start() - 20), m.start()):
                continue  # "31 sets of twins", "1,284 births": a unit's year, no one's story
            if kind == "FAMILY" and _INVITED_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "BRING THE WHOLE FAMILY!": a clinic's invitation, no one's family
            if kind == "ETHNICITY" and _A_SERVICE_IN_IT.match(text, m.end()):
                continue  # "Somali and Nepali interpreters are available": a service, no one
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
# What a community's name describes when it is no patient's: its language, its food, its staff
_A_SERVICE_IN_IT = re.compile(
    r"(?:(?:,\s*|\s+(?:and|or|&)\s+)[\w-]+)*\s+(?:interpreters?|translators?|translation|"
    r"speakers?|speaking|language|food|cuisine|restaurants?|staff|volunteers|nurses|doctors|"
    r"colleagues|holidays?|new year|festival|heritage month|outreach|health fair|resources?|"
    r"leaflets|brochures|materials|versions?|subtitles)\b",
    re.I,
)
_A_DOSE_AFTER = re.compile(r"\s+\d+(?:[.,]\d+)?\s?(?:mg|mcg|ug|g|ml|units?|iu|mmol)\b", re.I)
_OFFICE_AFTER = re.compile(
    r"\s+(?:minister|justice|executive|(?:medical|nursing|financial|operating|public health) "
    r"officer|of staff|of police|resident|constable|secretary|whip)\b",
    re.I,
)


def _of_what(text: str, start: int, end: int) -> int:
    """ "mother of five": a detail ending in "of" runs on to the next word."""
    if text[max(start, end - 3) : end].lower() == " of":
        following = _FOLLOWING_WORD.match(text, end)
        end = following.end() if following else end
    return end


# What a job word may name instead of a worker: "student loan", "nurse call bell"
_NOT_THE_JOB_AFTER = re.compile(
    r"\s+(?:loans?|debt|visa|housing|discount|card|account|union|council|body|exchange|"
    r"residence|lounge|parking)\b",
    re.I,
)
_EVERYONE_IN_IT_BEFORE = re.compile(r"\b(?:every|each|any|all)\s+$", re.I)
_A_PROJECT_BEFORE = re.compile(
    r"\b(?:\d+[- ]?(?:weeks?|wks?|months?|mos?|days?|years?)|week-long|month-long|year-long|"
    r"small|short|trial|new|first|second)[- ]$",
    re.I,
)
_JOB_AD = re.compile(
    r"\b(?:we['’]re hiring|we are hiring|now hiring|job (?:posting|opening)|apply (?:now|today|"
    r"online|through|at|here)|join our team)\b",
    re.I,
)


def occupation_mentions(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """Occupations that name a patient, decided over the whole post: whether one does depends on
    the words around it, which may sit in the sentence before."""
    found = []
    for s, e in spans:
        if _IN_A_PROPER_NAME.search(text, max(0, s - 30), s) and text[s : s + 1].isupper():
            continue  # "the Sunday Courier", "Royal Bank Miner's Hall": a name, not a job
        if _OFFICE_AFTER.match(text, e):
            continue  # "the Chief Minister", "our chief resident": an office, not a trade
        if _NOT_THE_JOB_AFTER.match(text, e) or _EVERYONE_IN_IT_BEFORE.search(
            text, max(0, s - 8), s
        ):
            continue  # "my student loan", "mentors every student who comes through"
        if _JOB_AD.search(text):
            continue  # "We're hiring! Community Health Worker ...": the post offered, no one
        if text[s:e].lower() == "pilot" and _A_PROJECT_BEFORE.search(text, max(0, s - 20), s):
            continue  # "Started a 6-week pilot of the new triage board": a project, no flyer
        if _person_position(text, s, e) and _patient_role(text, s, e):
            end = _of_what(text, s, e)
            found.append(Mention("OCCUPATION", s, end, text[s:end]))
    return found


_SENTENCE_END = re.compile(r"[.!?\n]\s*$")
_IN_A_PROPER_NAME = re.compile(r"(?<![.!?:\n]\s)(?<!^)\b(?-i:[A-Z][a-z]+) $")


_PERSON_AFTER = re.compile(r"\s*(?:from|who|,|\(|of \d|in (?:his|her) \d)", re.I)


_OPENING_PERSON_AFTER = re.compile(r"\s+(?:from|who|,)")
# An occupation word that only describes the noun after it: "pilot sites", "a pilot study".
_MODIFIES_AFTER = re.compile(
    r"\s+(?:sites?|projects?|programs?|programmes?|study|studies|data|phase|schemes?|trials?|"
    r"runs?|results|cohorts?|wards?|"
    # who train for the trade: "a room of 19yo paramedic students"
    r"students?|trainees?|recruits?|apprentices?|cadets?|"
    # the audience: "for our student followers"
    r"followers|readers|audience|viewers|subscribers)\b",
    re.I,
)


def _person_position(text: str, start: int, end: int) -> bool:
    """Whether an occupation names a person: "the pilot", "Logger from Port Hardy", "a farmer,"
    do; "pilot project" does not."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 12]
    if _MODIFIES_AFTER.match(text, end):  # "the data from the pilot sites"
        return False
    if text[start : start + 8].lower() == "retired ":
        # "Retired dentist admitted tonight"; not "our retired nurse Brenda", a colleague
        return not _OWN_STAFF.search(before)
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


# A gift to the team: "A local beekeeper dropped off honey for the whole clinic"
GIFT_FOR_US = (
    r"(?:dropped off|dropped by with|brought(?: in)?|donated|sent|delivered|baked|made) "
    r"(?:[\w'’-]+ ){0,4}?for (?:the |our |my |all the )?(?:whole |entire )?"
    r"(?:clinic|unit|team|staff|ward|nurses|floor|department|office|er|ed|icu|crew|station|"
    r"practice|night shift|day shift)\b"
)
_GAVE_US = re.compile(r"\s+(?:who |that )?(?:just )?" + GIFT_FOR_US, re.I)
# A service to the team: "the lineman who fixed our clinic's power line this morning"
_SERVED_US = re.compile(
    r"\s+(?:who|that) (?:\w+ ){0,2}?(?:fixed|repaired|restored|rewired|installed|unclogged|"
    r"plowed|ploughed|cleared|shovel+ed|gritted|salted|towed|jump-?started|delivered) "
    r"(?:our|my|the (?:clinic|unit|ward|hospital|practice|office|station|pharmacy|er|ed)"
    r"['\u2019]s)\b",
    re.I,
)


_AUDIENCE = re.compile(
    r"\b(?:for|to|in front of) (?:the |my |our |all (?:the )?)?(?:[\w-]+ ){0,2}$", re.I
)
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|both|several|a couple of|a few|"
    r"one of)\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# An insult's measure, no one's job: "this guy is a miserable excuse for a teacher"
_EXCUSE_FOR = re.compile(r"\bexcuse for an? (?:[\w-]+ )?$", re.I)


_COLLEAGUES_AFTER = re.compile(
    r"\s+(?:partners|colleagues|team|teams|crew|crews|staff|friends)\b", re.I
)


_OWN_STAFF = re.compile(r"\b(?:our|my)\s+(?:[\w-]+\s+)?$", re.I)


_PUBLIC_OFFICE = re.compile(
    r"(?:prime )?minister|senator|premier|president|governor|mayor|mp|mla|mpp|congress(?:wo)?man|"
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
    return any(not _DONE_BY_THEM.match(window, m.end()) for m in CARE_EVENT.finditer(window))


_DONE_BY_THEM = re.compile(
    r"\s+(?:\d+|a|an|the|two|three|four|five|six|several|many|dozens|hundreds|patients|him|her|"
    r"them|people|everyone)\b",
    re.I,
)


def in_the_plural(word: str) -> bool:
    """ "farmers", not "headmistress" or "actress"."""
    low = word.lower()
    return low.endswith("s") and not low.endswith("ss")


def _patient_role(text: str, start: int, end: int) -> bool:
    """An occupation that can be a patient's: not the audience of a teaching post ("case for the
    students"), and a public office ("the senator said today") only next to a care event."""
    word = text[start:end]
    before = text[max(0, start - 30) : start]
    many = in_the_plural(word)
    if many and _AUDIENCE.search(before):
        return False
    if (
        _BROUGHT_THE_PATIENT.match(text, end)
        or _GAVE_US.match(text, end)
        or _SERVED_US.match(text, end)
    ):
        return False  # "That paramedic who brought in my patient last night …" is no patient
    if _EXCUSE_FOR.search(before):
        return False
    if many and not _COUNTED_BEFORE.search(before):
        # "Paramedics who pre-alert a code stroke for a drunk guy ...": the trade, not a patient
        # ("two farmers", "one of Millbrook's firefighters" are people)
        return False
    plural = many or _COLLEAGUES_AFTER.match(text, end)
    if (
        plural
        and _OWN_STAFF.search(before)
        and not _cared_for(text[max(0, start - 80) : end + 80])
    ):
        return False  # "our social workers found housing for three families": the team
    around = text[max(0, start - 80) : end + 80]
    if TOLD_THE_PUBLIC.search(around):
        return False  # "a former NHL captain ... sharing his own prostate cancer story publicly"
    if _PUBLIC_OFFICE.fullmatch(word.rstrip("s")) and not _CLERGY_BEFORE.search(before):
        # (not their own news: "after she shared today that she's been treated for pneumonia")
        return bool(CARE_EVENT.search(around)) and not MADE_PUBLIC.search(around)
    return not _whole_trade(text, start, end)


def _whole_trade(text: str, start: int, end: int) -> bool:
    """A plural in a list of trades: "Police, paramedics, firefighters: thank you"."""
    return in_the_plural(text[start:end]) and bool(
        _IN_A_LIST_OF_GROUPS.search(text, max(0, start - 60), start)
        or _OPENS_A_LIST.match(text, end)
        and _SENTENCE_START.search(text, max(0, start - 3), start)
    )


# A bare plural in a list: "Police, paramedics, firefighters", "Farmers, fishermen, loggers:".
# "Two paramedics, one nurse" is counted, so people.
_IN_A_LIST_OF_GROUPS = re.compile(r"(?:^|[.!?:]\s+|\n)(?:[A-Za-z-]+,\s+){1,4}$")
_OPENS_A_LIST = re.compile(r",\s+[A-Za-z-]+(?:,|\s+and\b|\s*:)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n)$")


def drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions of the same kind family (a date inside a time),
    and nothing inside a condition's or a vehicle's name (the NER's place "Creutzfeldt-" in
    Creutzfeldt-Jakob, "Ferrari" in "a bright orange Ferrari")."""
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    reaching: list[Mention] = []  # the kept mentions that may still hold a later one
    for m in mentions:
        reaching = [k for k in reaching if k.end >= m.start]
        if any(
            m.end <= k.end and (_same_family(k.kind, m.kind) or k.kind in ("CONDITION", "VEHICLE"))
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


_PLACE_TOKEN = re.compile(r"\b[A-Z][a-z'’.-]+(?:[ -](?:[A-Z][a-z'’-]+|de|du|la|sur|of))*\b")


def find_towns(ctx: Context) -> list[tuple[int, int]]:
    text = ctx.text
    spans: set[tuple[int, int]] = set()
    for m in _PLACE_TOKEN.finditer(text):
        words = m.group(0).split()
        # the longest run of leading words that names a known place
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n]).rstrip(".")
            low = candidate.lower()
            if (
                low in PLACES
                and not (n == 1 and low in lexicon("phi_first_names"))
                and low not in lexicon("advice_drugs")  # "asking for Norco": the pill
            ):
                spans.add((m.start(), m.start() + len(candidate)))
                break
    for m in _NAMED_SPOT.finditer(text):
        spans.add(m.span())  # "the Riverside encampment", "the Harbor Light shelter"
    for m in _TOWN_CUE.finditer(text):
        town = m.group("town")
        low = town.lower()
        if (
            not _NOT_TOWN.match(town)
            and low not in _NOT_A_PLACE
            and low not in lexicon("advice_conditions")  # "a case of Osgood-Schlatter"
        ):
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
            # "going to miss": an unknown word is a town only when written as a name
            and (town[:1].isupper() or town.lower() in PLACES)
        ):
            spans.add(m.span("town"))
    if ctx.has_model:
        for ent in ctx.entities():
            if _place_entity_ok(ent.label, ent.text) and not BABY_BEFORE.search(
                text, max(0, ent.start_char - 10), ent.start_char
            ):
                spans.add((ent.start_char, ent.end_char))
    return _merge({
        (s, e) for s, e in spans if not (_in_an_eponym(text, s, e) or _public_figure(text[s:e]))
    })


def public_figure_named(text: str) -> bool:
    """The text names someone famous from the public-figures list ("Taylor Swift", "Biden")."""
    return terms_regex(PUBLIC_FIGURES).search(text) is not None


PUBLIC_FIGURES = tuple(sorted(lexicon("tone_public_figures")))


def _public_figure(name: str) -> bool:
    """ "in Biden's latest clip": a public figure's name, which the model may take for a place."""
    return name.lower().removesuffix("'s").removesuffix("’s") in lexicon("tone_public_figures")


_EPONYM_BEFORE = re.compile(r"[A-Za-z]-$")
# What a surname before it names: "Kocher criteria", "Murphy's sign", "a Colles fracture", "the
# Titmus fly test", "sonographic Murphy +ve".
EPONYM_NOUN = re.compile(
    r"(?:['’]s?)?\s+(?:\+ve|-ve|criteria|signs?|score|rules?|classification|grading|maneuvers?|"
    r"manoeuvres?|triad|syndrome|disease|fractures?|procedure|reflex|scale|equation|formula|"
    r"incision|repair|position|node|ulcer|palsy|phenomenon|tumou?r|pentad|sphincter|"
    r"cysts?|nodes?|method|technique|approach|test|fly|chart|lens|lenses|tubes?|splint|"
    r"operation|cycle|counters?|effect|curve|principle|plot)\b"
    r"|\s+code\b(?!\s+status)"  # "Morse code"
    r"|['’]s\s+until proven otherwise\b",  # "Horner's until proven otherwise"
    re.IGNORECASE,
)


def _in_an_eponym(text: str, start: int, end: int) -> bool:
    """Guillain-Barré, Osgood-Schlatter: a place's name inside a disease's is no place; nor is
    one before a sign or a test ("Titmus fly day")."""
    return bool(
        EPONYM_NOUN.match(text, end)
        or text[start:end].endswith("-")
        or _EPONYM_BEFORE.search(text[max(0, start - 2) : start])
        or text[end : end + 2][:1] == "-" and text[end + 1 : end + 2].isupper()
    )


_NOT_NAMES = lexicon("phi_not_names")


# What a town cue's word cannot be: built once, not per match
_NOT_A_PLACE = _NOT_NAMES | NOT_PLACES


_NOT_A_TOWN_LEAD = STOP_WORDS | _NOT_NAMES | _NOT_TRANSFER_TARGET


# "baby Mateo": a child's name, whatever the model takes it for.
BABY_BEFORE = re.compile(r"\b(?:baby|preemie)\s+$", re.I)


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


DATE = word_starts(
    r"\b(?P<num>(?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:[/-](?P<y>\d{2}|\d{4}))?)(?![/\d])"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b" + MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTHS + r"\b(?:,?\s+\d{4})?"
    r"|\b" + MONTHS + r"\.?(?:\s+of)?\s+(?:19|20)\d{2}\b"
    # Spanish and French: "el 12 de marzo de 1931", "le 3 mars 1948"
    r"|\b\d{1,2}(?:º|°|er)?\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre)(?:\s+del?\s+\d{4})?\b"
    r"|\b\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre)(?:\s+\d{4})?\b",
    re.I,
)


_FRACTIONS = frozenset({(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (24, 7)})


# (and a review's rating: "10/10, would cry again", "9/10 recommend")
_SCALE_CONTEXT = re.compile(
    r"pain|scale|rated|rating|score|gcs|apgar|strength|power|out of|would|recommend|stars?|"
    r"no notes",
    re.I,
)


# A pair of settings or grades, not a date: "CPAP 5/5", "PS 12/5", "strength 5/5 bilaterally".
_SETTINGS_BEFORE = re.compile(
    r"\b(?:cpap|bipap|bpap|peep|ps|psv|vent|settings?|strength|power|motor|grip|reflexes)"
    r"[^\n\d]{0,6}$",
    re.I,
)


_COUNTED_THINGS = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:bottles|sets|cultures|doses|samples|swabs|cores|nodes|vials|specimens|"
    r"tests|criteria|points|items|questions|patients|beds)\b",
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
            if m.group("d") == "40" and not m.group("y"):
                continue  # "7/40": weeks of a pregnancy out of forty, not July 1940
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
            if not m.group("y") and _COUNTED_THINGS.match(text, m.end()):
                continue  # "2/4 bottles": how many of them, not the 4th of February
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
