"""Tone that needs no insult word: sweeping remarks about a group, sarcasm about a patient, and
mild swearing aimed at a hospital or its staff.

* A group (a profession, "women", "smokers", "patients") as the subject of a generalizing put-down:
  "surgeons think they're gods", "half of them couldn't place an IV if their life depended on
  it", "nurses complain too much", "fat people who ... are not my problem".
* Sarcasm about a patient or a relative: "some people just love the ER", "if anyone wants to
  deal with her", a lone "Fantastic." after describing what a patient did.
* Mild swearing aimed at a named target: "screw the administrators at Mercy General", "they
  don't give a damn about patient safety". Untargeted, "damn" stays an info (tone.mild-profanity).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, cached_property

from spacy.tokens import Span, Token

from secondlook.engine.context import Chunk, Context
from secondlook.engine.detectors import detector
from secondlook.engine.detectors.advice_tone_shared import (
    chunk_matches,
    post_sentences,
    sentence_records,
)
from secondlook.engine.detectors.tone import SELF_BEFORE, colleagues_named
from secondlook.engine.findings import Hit
from secondlook.engine.lexicons import lexicon
from secondlook.rules.loader import UNLESS_BEFORE_CHARS, Rule
from secondlook.rules.regex_subset import compile_shared
from secondlook.rules.terms import compile_terms

_I = re.IGNORECASE

# Groups that a sweeping remark is made about, besides professions and patients.
GROUPS = frozenset(
    [
        "people",
        "folks",
        "women",
        "men",
        "girls",
        "boys",
        "addicts",
        "junkies",
        "drunks",
        "homeless",
        "seniors",
        "elderly",
        "teens",
        "teenagers",
        "vapers",
        "therapists",
        "workers",
        "team",
        "staff",
        "crew",
        "smokers",
        "drinkers",
        "alcoholics",
        "immigrants",
        "foreigners",
        "boomers",
        "millennials",
        "antivaxxers",
        "anti-vaxxers",
        "antivaxers",
        "anti-vaxers",
        "vaxxers",
        "conspiracists",
        "them",
        "they",
    ]
)
# What the remark says of the group. Each is a put-down whoever the group is; "always" and
# "never" count only with a verb that blames ("always complain", "never listen"), so "residents
# never get enough sleep" and "pharmacists always catch my errors" stay quiet.
SWEEPING = re.compile(
    r"\b(?:think (?:they're|they are|theyre) (?:so |the |all |some kind of )?(?:gods?|god's gift|"
    r"better|above|smarter|smartest|superior|untouchable|real doctors|special|geniuses|experts|"
    r"in charge)|think they know (?:better|everything|it all)|"
    r"think they run (?:the|this) (?:place|hospital|unit|ward|icu|er|ed|show|department)|"
    r"think (?:they're|they are|theyre) too (?:good|important|busy|senior|smart|special) "
    r"(?:to|for)|"
    # "female surgeons just aren't built for trauma"
    r"(?:just |simply |really )?(?:aren't|are not|isn't|is not|weren't) (?:built|cut out|made|"
    r"wired|suited|strong enough|tough enough|smart enough) (?:for|to)|"
    r"(?:abuse|abuses|abusing) (?:the|our) (?:ERs?|EDs?|health ?care|hospitals?|"
    r"emergency rooms?)|"
    r"(?:if (?:their|his|her|your) (?:li(?:fe|ves)|careers?|jobs?|licen[cs]es?) depended on it|"
    r"to save their li(?:fe|ves)|"
    r"(?:couldn't|could not|can't|cannot) \w+(?: \w+){0,4} with a map)|"
    r"(?:always|constantly|forever|just) (?:complain|whine|moan|lie|exaggerate|second-guess|"
    r"overreact|screw up|mess up|make excuses|play the victim|cry wolf|drag their feet|dump|"
    r"blame|cut corners|pass the buck|show up late|take shortcuts|slack off|overstep|interfere|"
    r"meddle|forget|ignore|lose|no-?show)s?|"
    r"never (?:listens?|helps?|do(?:es)? anything|answers?|reads?|shows? up|learns?|returns?|"
    r"responds?|bothers?|calls? back|call us back|"
    r"comes? in until|takes? responsibility|picks? up the phone|lifts? a finger)|"
    r"(?:complain|whine|moan|bitch|cry|exaggerate|overreact)s? "
    r"(?:too much|all the time|about everything)|"
    r"need to (?:stop|quit) (?:complaining|whining|moaning|crying|bitching)|"
    r"(?:are|is|'re) (?:not|n't) my problem|"
    r"(?<=, )not my problem|"
    r"(?:aren't|are not|isn't|is not|just aren't) cut out for|"
    r"(?:can't|cannot|can not|just can't) (?:handle|cope with|be trusted)|"
    r"deserves? (?:what they get|what's coming|it|to suffer|to die|to rot|"
    r"to lose (?:their|his|her) (?:kids|children|baby|babies|licen[cs]es?|jobs?))|"
    r"(?:are|'re) all the same|"
    # "Surgeons are the reason nurses drink."
    r"(?:are|'re) (?:the|why) (?:reason |reasons )?(?:why )?(?:good |great |so many )?(?:nurses|"
    r"doctors|docs|residents|staff|people|we|i) (?:quit|leave|burn out|drink|cry|hate (?:this|"
    r"the|our) job)|"
    # "residents these days are soft as butter"; "midwives killing babies again"
    r"(?:these days|nowadays) (?:are|is) (?:so |just |all )?(?:soft|weak|lazy|entitled|spoiled|"
    r"coddled|useless|snowflakes)|"
    r"killing (?:babies|patients|people|mothers|moms) again|"
    # "watching surgeons use a computer is like watching a golden retriever do calculus"
    r"(?:is|was|'s) like watching (?:a|an) (?:[\w-]+ ){0,2}?(?:toddler|child|kid|baby|monkey|chimp|"
    r"chimpanzee|dog|golden retriever|goldfish|cat|hamster|squirrel|pigeon|penguin) (?:do|try|"
    r"trying|explain|explaining|perform|performing|use|using|play|playing|fly|drive|operate)|"
    # "Antivaxxers are a cancer on public health"
    r"(?:are|is|'re) (?:a |an |the )?(?:cancer|plague|parasites?|vermin|scum|leeches|cockroaches|"
    r"blight) (?:on|to|of|in)|"
    r"have no business (?:being|in|doing)|don't belong in|"
    # "surgeons are just technicians with god complexes"
    r"(?:have|has|with|got) (?:(?:a|their|such|massive|huge|big|serious) ){0,2}"
    r"(?:god|messiah|hero) complex(?:es)?|"
    # "Paediatricians are overpaid babysitters"
    r"(?:are|'re) (?:(?:just|nothing but|basically|only|simply) )?(?:glorified|overpaid|overrated|"
    r"failed) (?!(?:and|or|but|compared|relative|by|for|in|if|when|as)\b)\w+|"
    r"(?:are|'re) (?:just|nothing but|basically|only|simply) (?:technicians|secretaries|waiters|"
    r"waitresses|babysitters|pill pushers|pill counters|button pushers|vending machines|"
    r"gatekeepers|order takers|scribes)|"
    # "midwives are just doulas with a prescription pad": one trade made out to be a lesser one
    r"(?:are|'re) (?:just|nothing but|basically|only|simply) (?:glorified |overpaid )?(?:doulas|"
    r"nurses|techs|technicians|assistants|aides|receptionists|secretaries|students|scribes|medics|"
    r"babysitters|cheerleaders) with (?:a |an |their )?(?:prescription pads?|stethoscopes?|"
    r"lab coats?|white coats?|scalpels?|badges?|certificates?|diplomas?|laptops?)|"
    # "residents who say I don't know should just quit", "some parents shouldn't be allowed to
    # have kids"; not "people with seizures shouldn't be allowed to drive"
    r"should (?:just (?:quit|give up)|(?:quit|give up) (?:now|already|medicine|nursing)|"
    r"(?:just )?find another (?:job|career|profession|line of work)|"
    r"(?:just )?leave (?:medicine|nursing|the profession))|"
    # "Some people genuinely do not deserve kids."
    r"(?:do not|don't|does not|doesn't) deserve (?:kids|children|to be parents|to have kids)|"
    r"(?:shouldn't|should not) be allowed to (?:have (?:kids|children|babies)|breed|reproduce|"
    r"practi[cs]e|be (?:nurses|doctors|parents))|"
    # "about as bright as a plaster cast", "as useful as a chocolate teapot"
    # "dumber than a bag of hammers", "thick as a brick"
    r"(?:as (?:bright|sharp|smart|clever|quick|useful|helpful|competent|dumb|thick|dim|dense) as|"
    r"(?:dumb|thick|dim|dense) as|(?:dumber|stupider|thicker|dimmer|denser) than) (?:an?|two) "
    r"(?:\w+ ){0,2}?"
    r"(?:brick|bricks|rock|rocks|cast|doorknob|potato|post|teapot|screen door|hammers|spoon|"
    # "thick as two short planks"
    r"plank|planks|fence post|wet paper bag|sack))\b",
    _I,
)
# "not all surgeons ...", "the idea that women can't handle surgery is outdated".
SWEEPING_DISCLAIMED = re.compile(
    r"\b(?:not all|myth|stereotype|the idea that|assume|assumption|stop saying|outdated|"
    r"it's not true|isn't true|wrong to)\b",
    _I,
)


# Endings of professions the lexicon may not list: paediatricians, neurosurgeons, dentists.
PROFESSION_ENDINGS = ("ians", "ists", "eons", "ioners", "medics", "locums", "nurses", "doctors")


def _group(token: Token) -> bool:
    word = token.lower_
    if word in GROUPS or (len(word) >= 8 and word.endswith(PROFESSION_ENDINGS)):
        return True
    plural = token.tag_ in ("NNS", "NNPS") or word.endswith("s")
    professions = lexicon("tone_professions")
    return (
        plural
        and (word in professions or word in lexicon("tone_patients"))
        or (word in ("admin", "management", "administration"))
    )


def _sweeping(ctx: Context) -> list[tuple[int, int]]:
    hits = []
    for sent, tokens in post_sentences(ctx):
        if SWEEPING_DISCLAIMED.search(sent.text):
            continue
        for m in SWEEPING.finditer(sent.text):
            start = sent.start_char + m.start()
            if any(_group(t) for t in tokens if start - 90 <= t.idx < start):
                hits.append((start, sent.start_char + m.end()))
                break
    return hits


def _spans(
    ctx: Context, key: str, compute: Callable[[Context], list[tuple[int, int]]]
) -> list[Hit]:
    return [Hit(start, end) for start, end in ctx.once(key, compute)]


# Decided within one sentence: the analyzer runs it per chunk and keeps its hits with the parse.
@detector("tone_sweeping_remark", per_sentence=True)
def sweeping_remark(ctx: Context, rule: Rule) -> Iterable[Hit]:
    """A group as the subject of a generalizing put-down."""
    return _spans(ctx, "tone.sweeping", _sweeping)


# Sarcasm about patients who come often, or whom nobody wants to see.
MOCKING_PATIENT = re.compile(
    # the memes said of a patient: "Ok Karen 🙄", "Sure, Jan 😒"; "I genuinely can't with these
    # people"
    r"\b(?:sure,? jan|ok(?:ay)?,? karen)\b|"
    # "My brother in Christ your son is on oxygen": the exasperated meme, said to a patient's kin
    r"\b(?:my )?(?:brother|sister|sibling|bro|sis) in christ\b|"
    r"\bcan(?:'t|’t|not) (?:even )?with (?:these|those|some|some of these) (?:people|parents|"
    r"families|patients|pts|moms|dads)\b|"
    r"\bsome (?:people|folks|patients|pts)\b(?: (?:just|really|sure|truly|do))* "
    r"(?:love|adore|enjoy|live (?:in|at)) "
    r"(?:(?:the|our|this|being in the|coming to the|visiting the) )?"
    r"(?:ER|ED|ICU|A&E|hospital|ward|clinic|emergency|waiting room|us|it here|coming in)\b|"
    r"\b(?:treats?|treating|uses?|using) (?:the|our|this) (?:ED|ER|ICU|hospital|ward|emergency "
    r"department|A&E) (?:like|as) (?:a|an|their) (?:hotel|motel|spa|hangout|restaurant|drive-thru|"
    r"second home|social club)\b|"
    # "these boomer patients think the ER is a buffet", "like it's room service"
    r"\b(?:thinks?|thought) (?:the|our|this) (?:ED|ER|ICU|hospital|ward|unit|A&E) is "
    r"(?:(?:a|an|their) (?:buffet|hotel|motel|spa|restaurant|drive-thru|daycare|room service)|"
    # "This patient thinks the ER is Starbucks."
    r"(?:an? )?(?:starbucks|mcdonald'?s|tim hortons|timmies|wendy'?s|walmart|costco|airbnb|"
    r"burger king|subway|the ritz|a five-star hotel))\b|"
    r"\blike (?:it's|it is|this is|we're|we are) (?:room service|a hotel|a restaurant|a buffet|"
    r"a drive-thru|their (?:maids?|servants?|butlers?|waiters?))\b|"
    # "Some patients really do think we're their personal maids."
    r"\b(?:thinks?|thought) (?:we're|we are|we were|i'm|i am|the nurses are|nurses are|the staff "
    r"(?:is|are)|staff (?:is|are)) (?:his|her|their|your) (?:own )?(?:personal )?(?:maids?|"
    r"servants?|butlers?|waiters?|waitress(?:es)?|waitstaff|slaves?|chauffeurs?|concierge|"
    r"punching bags?)\b|"
    # "The psych ward is basically a hotel for people who don't want to work"
    r"\b(?:ED|ER|ICU|hospital|ward|unit|emergency department|A&E) (?:is|has become) (?:basically |"
    r"just |like |literally )?an? (?:free )?(?:hotel|motel|spa|daycare|hangout|social club) for "
    r"(?:(?:people|folks|patients|pts|anyone|those) (?:who|that) (?:don't|do not|won't|refuse|"
    r"can't be bothered)|drunks|addicts|junkies|freeloaders|frequent flyers)\b|"
    r"\bif (?:anyone|anybody|someone) wants (?:to )?(?:deal with|handle|take|see|babysit) "
    r"(?:her|him|them|this one|that one)\b|"
    r"\bgood luck (?:with|to whoever gets) (?:her|him|that one|this one)\b|"
    r"\bguess who'?s back\b|"
    # "Nothing like a 400 lb patient who refuses to walk and then blames us"
    r"\bnothing (?:says [\w ]{3,20} )?like an? (?:[\w-]+ ){0,3}?(?:patient|pt|guy|lady|man|woman|"
    r"frat boy|family|drunk|dude) (?:who |that )?(?:refus|puk|vomit|demand|blam|scream|yell|"
    r"complain|swear|spit|threw|throw)\w*|"
    # "you bring them to the ER at 3am, you deserve the 8 hour wait"
    r"\b(?:you|they|he|she) (?:deserve|deserves|deserved) (?:the|a|an|every|to)\b[^.!?]{0,20}?"
    r"\b(?:wait|bill|consequences|outcome|suffer|hallway|crisis|shortage|cuts|mess|chaos)\w*|"
    # "if you're still smoking you deserve your COPD"; not "you deserve cancer care close to home"
    r"\b(?:you|they|he|she|smokers|drinkers|vapers|anti-?vaxx?ers) (?:deserve|deserves|deserved|"
    r"earned) (?:your|their|his|her|the|that|this|every bit of (?:your|their|his|her|that)) "
    r"(?:\w+ ){0,2}?(?:copd|cancer|emphysema|cirrhosis|diabetes|heart attack|stroke|amputation|"
    r"illness|disease|measles|covid|overdose|gout|liver failure|kidney failure)\b"
    r"(?! (?:care|treatment|screening|services|team|centre|center|clinic|support|testing|test)\b)|"
    # these "patients": people in scare quotes, unless they are a simulation's actors. (Her
    # "anxiety" may quote a misdiagnosis: a complaint in quotes mocks only with a rolling eye,
    # tone.condescending-reply.)
    r"\b(?:these|those|some of these) [\"“'](?:patients|pts)[\"”']"
    r"(?![^.!?]{0,40}\b(?:sim|simulat\w*|actors?|mannequins?|standardi[sz]ed|osce)\b)|"
    # what a group of patients has, in scare quotes: 'most of the "long COVID" patients I see'
    r"\b(?:these|those|all (?:the|these|those|my|our)|most of (?:the|these|those|my|our)|half "
    r"(?:the|of the|my|our)|so many|all these) [\"“][^\"”\n]{2,30}[\"”] (?:patients|pts|people)\b|"
    # 'Another "chronic pain" patient.': what one more patient has, in scare quotes, as an
    # eye-rolling opener; 'we saw another "pre-diabetes" patient' names a term
    r"(?:^|(?<=[.!?:,\n] )|(?<=\n))(?:yet |one )?(?:another|more) [\"“][^\"”\n]{2,40}[\"”] "
    r"(?:patient|pt|guy|lady|man|woman|mom|dad|family)\b|"
    # care rationed by what people believe or do: "Anti-maskers get the care they earned: the back
    # of the line"
    r"\b(?:get|gets|got|getting) the (?:care|treatment) (?:they|he|she|you) earned\b|"
    r"\b(?:anti-?maskers|anti-?vaxx?ers|the unvaccinated|unvaxxed|smokers|drinkers|drunks|addicts|"
    r"junkies|vapers)\b[^.!?\n]{0,40}?\b(?:go|goes|get|gets|belong|belongs|sent|send them|"
    r"should go|can go) (?:straight )?(?:to )?(?:the )?(?:back|end) of the (?:line|queue|list)\b|"
    # "Some of our patients, man. 🤦": a sentence that is only patients and a sigh or an eye-roll
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:some of )?(?:our|my|these|the) (?:patients|pts)"
    r"(?:,? (?:man|dude|bro|i swear|smh|honestly|seriously|lol|ugh|sigh)(?=\s*(?:[.!?…]|$|"
    r"\U0001f926|\U0001f644))|[.!…]*\s*(?:\U0001f926|\U0001f644))|"
    r"\b(?:patients|pts|people|folks|families) like (?:this|that|these|those|him|her|them) "
    r"(?:are|is) (?:the reason|why) (?:I|we) (?:drink|need (?:a drink|wine|therapy)|hate (?:this|"
    r"my) job|want to quit)\b|"
    # "the guy in room 8 reeks"; "the patient in bed 3 smells of ketones" is an exam finding
    r"\b(?:guy|lady|man|woman|dude|gentleman|patient|pt|family) (?:in|from) (?:room|bed|bay|"
    r"cubicle|\d)[^.!?]{0,12}? (?:reeks|stinks|smells (?:awful|horrible|disgusting|like a))\b",
    _I,
)
# Words of fake delight.
_DELIGHT = (
    r"(?:fantastic|lovely|wonderful|great|perfect|awesome|brilliant|marvellous|marvelous|"
    r"splendid|delightful|just great|how lovely|what fun|fun times|love it|love that|"
    r"living the dream|so fun|"
    # "Truly the highlight of my career."
    r"(?:truly |really |just |honestly |easily )?(?:the |a )?(?:highlight of my (?:career|day|week|"
    r"shift|night|year|life)|(?:my )?favou?rite part of (?:the|this|my) job|best part of (?:the|"
    r"this|my) job|what a time to be alive))"
)
# A sentence that is only a word of fake delight ...
SARCASTIC_AFTERWORD = re.compile(r"^\W*" + _DELIGHT + r"\W*$", _I)
# ... or its end, after an emoji the parser does not take for a sentence's end ("... films me
# during a pelvic exam 🙃 Truly the highlight of my career.")
EMOJI_THEN_DELIGHT = re.compile(
    r"[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?\s*(" + _DELIGHT + r")\W*$", _I
)
# What the sentence before the afterword describes: someone behaving badly.
MISBEHAVIOUR = re.compile(
    r"\b(?:again|demand(?:s|ed|ing)?|threw|throws?|throwing|pulled (?:out|off)|yell(?:s|ed|ing)|"
    r"scream(?:s|ed|ing)|refus(?:es|ed|ing)|keeps? \w+ing|kept \w+ing|won't stop|swore|"
    r"swearing|spat|spit|kicked|punched|bit|"
    r"(?:film|record|video)(?:s|ed|ing)? (?:me|us|the nurses?|staff)|"
    r"googled|knows? better|complain(?:s|ed|ing)?|for the (?:second|third|fourth|fifth|\d+(?:st|"
    r"nd|rd|th)) time|\w+ times)\b",
    _I,
)


# Laughing at what befell a patient's body: "the guy who came in with a lightbulb stuck in him 😂".
# Each of the three is needed: a laugh, a bodily mishap, and a sign that it was a patient ("my
# dog puked on my shoes lol" and "my kid peed himself lol" are no one's patient).
LAUGHTER = re.compile(
    "[\U0001f602\U0001f923\U0001f480]"  # tears of joy, rolling on the floor, skull
    r"|\b(?:lol|lmao|lmfao|rofl|haha+|hehe+)\b",
    _I,
)
MISHAP = re.compile(
    r"\b(?:stuck|lodged|shoved|inserted|jammed) (?:in|up|inside) (?:him|her|them|his|their|there)\b"
    r"|\b(?:peed|pooped|pissed|shat|wet|soiled|crapped) (?:himself|herself|themselves|his pants|"
    r"her pants|the bed)\b"
    r"|\b(?:puk(?:ed|ing)|threw up|throwing up|vomit(?:ed|ing)|barf(?:ed|ing)) (?:on|all over) "
    r"(?:me|my|the|our|us)\b",
    _I,
)
ENCOUNTER = re.compile(
    r"\b(?:came in|brought in|rolled in|showed up|presented|admitted|triage|"
    r"(?:in|from) (?:bed|room|bay) \d+|pts?|patients?|ER|ED|A&E|the unit|the ward|last night|"
    r"tonight|this shift|came into|asked (?:me |us )?(?:if|whether)|"
    # the counter of a pharmacy, a store or a chair: "At our counter.", "into our Westside store"
    r"(?:at|to|into|in) (?:our|my) (?:[\w-]+ )?(?:counter|front desk|store|chair|window|"
    r"drive-thru|icu|nicu|picu|ccu))\b",
    _I,
)


# A retort to a patient, told to the reader with a laugh: "Patient asked if his Fitbit could
# replace his ECG. Sir, you cannot even replace your own batteries. 😂". Unquoted, it is said for
# the audience, not to the patient ('I told her, "Ma'am, you did everything right."' is quoted).
RETORT = re.compile(
    r"(?:^|(?<=[.!?\U0001f300-\U0001faff] )|(?<=\n))(?:sir|ma['’]?am|madam|lady|buddy|bro|"
    r"dude|my (?:guy|dude|friend)|sweetie|honey)[,.]+ [^.!?\n]{3,}[.!?]*",
    _I,
)
EYE_ROLL = re.compile("[\U0001f926\U0001f644]")  # face palm, face with rolling eyes
# Someone the story is about: "a lady", "the man who came in", "a dad in our NICU".
SOMEONE = re.compile(
    r"\b(?:lady|woman|man|guy|gentleman|gent|dude|dad|mom|mum|father|mother|patient|pt|grandma|"
    r"grandpa|customer|client|teen|family|couple)\b",
    _I,
)
# Said to the reader of a patient, with a laugh: "Sir. SIR.", "Ma'am 💀🤡", "I can't 😂",
# "bless his heart, the gene pool is shallow out here"
EXASPERATED = re.compile(
    r"(?:^|(?<=[.!?\U0001f300-\U0001faff] )|(?<=\n))(?:sir|ma['’]?am|madam)(?:[.!]+|(?=\s*["
    "\U0001f300-\U0001faff])|[.!]*$)"
    r"|\bi (?:can't|cannot|cant)(?: even)?\b(?=\W*(?:[\U0001f300-\U0001faff]|$))"
    r"|\bbless (?:his|her|their) (?:heart|soul)\b|\bthe gene pool\b",
    _I,
)


def _laughed_at(text: str) -> list[tuple[int, int]]:
    if not ENCOUNTER.search(text):
        return []
    laughs = [m.span() for m in LAUGHTER.finditer(text)]
    if MISHAP.search(text):
        return laughs
    if laughs or EYE_ROLL.search(text):
        retorts = [m.span() for m in RETORT.finditer(text)]
        if retorts or not SOMEONE.search(text):
            return retorts
        return [m.span() for m in EXASPERATED.finditer(text)]
    return []


# "My favourite patients are the ones who self-diagnose on Reddit ... Said no doctor ever.": the
# meme's reversal, after patients were named.
SAID_NO_ONE_EVER = re.compile(
    r"\bsaid no (?:one|body|doctor|doc|nurse|physician|clinician|medic|paramedic|pharmacist|"
    r"resident|surgeon|(?:er|ed|icu|family) (?:doc|doctor|nurse))(?: ever)?\b",
    _I,
)
PATIENTS_NAMED = re.compile(
    r"\b(?:patients?|pts?|families|family members|parents|relatives|visitors)\b", _I
)


# Delight that is not meant, at the people of the job: "Nothing I love more than a family member
# who's googled for 10 minutes explaining PEEP to me", "Love when a request form says ...",
# "Love being graded on 'best practice' by instructors who ...". Said only with a sign of the
# sarcasm somewhere in the post ("Truly my favourite.", "Very inspiring. 10/10."): "Love when
# patients bring the whole family to say thanks 🥰" is meant.
SARCASM_OPENER = re.compile(
    r"(?:^|[.!?]\s+)(?:nothing i love more than|nothing says ['\"‘“]?\w+['\"’”]? like|"
    r"(?:i )?(?:just )?love(?:,? love,? love)? (?:it )?when|gotta love (?:it )?when|"
    r"(?:i )?love how|"
    r"don['’]t you (?:just )?love (?:it )?when|"
    r"(?:i )?love being|shout ?outs? to the)\b[^.!?\n]{0,140}?\b(?:patients?|pts?|famil(?:y|ies)|"
    r"family members?|shifts?|teams?|crews?|gps?|man|woman|guy|lady|bloke|fella|gentleman|"
    r"someone|somebody|people|parents?|relatives?|referr(?:er|al)s?|request forms?|instructors?|"
    r"doctors?|docs?|nurses?|surgeons?|consultants?|managers?|admin|colleagues?|residents?|"
    r"interns?|experts?|lawyers?|attorneys?|judges?|influencers?|politicians?|chiros?|"
    r"chiropractors?|naturopaths?|homeopaths?)\b",
    re.I,
)
SARCASM_SIGN = re.compile(
    r"\b(?:truly (?:my favou?rite|a privilege|inspiring|pioneering)|really shows|"
    r"very inspiring|10/10|definitely not|please,? take over|priorities|so fun|love this job|"
    r"living the dream|what a time|truly humbling|please,? continue|love that for us|"
    r"cool,? cool,? cool|so thoughtful|really appreciate it|saving lives out here|"
    r"(?:the )?patience of saints|intellectual highlight|truly riveting|riveting stuff|"
    r"such expertise|much wow|"
    # "Truly, what was my MBBS for."
    r"what (?:was|were) my (?:[\w-]+ )?(?:mbbs|md|degree|degrees|training|residency|\d+ years) "
    r"for|what did i (?:even )?(?:go to|do) (?:med|medical|nursing) school for)\b|🙄|🙃|🤡",
    re.I,
)


def _mocked_patients(ctx: Context) -> list[tuple[int, int]]:
    # "the guy in room 8 [new line] reeks": only "[^.!?]" runs on across a chunk's end
    hits = chunk_matches(ctx, "tone.mocking_patient", MOCKING_PATIENT, lambda c: c not in ".!?")
    if SARCASM_SIGN.search(ctx.text):
        for m in SARCASM_OPENER.finditer(ctx.text):
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(".!? \n"))
            hits.append((start, m.end()))
    records = _sentence_records(ctx)
    for (_, before), (chunk, sentence) in zip(records, records[1:], strict=False):
        if sentence.afterword and before.misbehaviour:
            start, end = sentence.afterword
            hits.append((chunk.start_char + start, chunk.start_char + end))
    text = ctx.text
    for m in SAID_NO_ONE_EVER.finditer(text):
        if PATIENTS_NAMED.search(text, max(0, m.start() - 200), m.start()):
            hits.append(m.span())
    for chunk, sentence in records:
        if sentence.delight_after_misbehaviour:
            start, end = sentence.delight_after_misbehaviour
            hits.append((chunk.start_char + start, chunk.start_char + end))
    return hits + _laughed_at(ctx.text)


@detector("tone_mocking_patient")
def mocking_patient(ctx: Context, rule: Rule) -> Iterable[Hit]:
    """Sarcasm about a patient or a relative."""
    return _spans(ctx, "tone.mocking_patient", _mocked_patients)


# Mild swearing that becomes hostile when a hospital or its staff is named in the sentence.
SWEARING_AT = re.compile(
    r"\b(?:(?:don't|doesn't|do not|does not|never|won't|couldn't) (?:give|gives) a "
    r"(?:damn|crap|rat's ass|toss|hoot|f\*+k|sh\*t)|"
    r"(?:^|(?<=[,;:] ))(?:screw|to hell with|hell with|damn|f\*+k|sod)\b(?= (?:the|all|you|our|"
    r"these|those|this|that|[A-Z]\w*|admin|management|administrators|hospital)\b)|"
    r"(?:sucks?|suck balls)\b)",
    _I,
)


def _swearing_at_colleagues(ctx: Context) -> list[tuple[int, int]]:
    hits = []
    named_before = False  # "Met the board at Mercy General. They don't give a damn."
    records = _sentence_records(ctx)
    for (chunk, sentence), named in zip(records, colleagues_named(ctx), strict=True):
        found = sentence.swearing
        if found:
            start, end, gives = found
            # only "they don't give a damn" reaches back; "the EHR sucks" is about the EHR
            if named or (named_before and gives):
                hits.append((chunk.start_char + start, chunk.start_char + end))
        named_before = named
    return hits


@detector("tone_swearing_at_colleagues")
def swearing_at_colleagues(ctx: Context, rule: Rule) -> Iterable[Hit]:
    """Mild swearing aimed at a named hospital, its management or a profession."""
    return _spans(ctx, "tone.swearing_at", _swearing_at_colleagues)


class SweepingSentence:
    """One sentence, read once per chunk for the detectors that look at the sentence before it;
    each fact is worked out the first time it is asked. Offsets are the chunk's."""

    def __init__(self, sent: Span, tokens: list[Token]) -> None:
        self.sent = sent

    @cached_property
    def afterword(self) -> tuple[int, int] | None:
        """The sentence is only a word of fake delight ("Fantastic."): its words."""
        text = self.sent.text
        if not SARCASTIC_AFTERWORD.match(text):
            return None
        stripped = text.strip(" .!\n")
        start = self.sent.start_char + text.index(stripped)
        return start, start + len(stripped)

    @cached_property
    def misbehaviour(self) -> bool:
        return bool(MISBEHAVIOUR.search(self.sent.text))

    @cached_property
    def delight_after_misbehaviour(self) -> tuple[int, int] | None:
        """The sentence tells of someone behaving badly, then ends on fake delight after an
        emoji: the delight's words."""
        text = self.sent.text
        found = EMOJI_THEN_DELIGHT.search(text)
        if found is None or not MISBEHAVIOUR.search(text, 0, found.start()):
            return None
        start = self.sent.start_char
        return start + found.start(1), start + found.end(1)

    @cached_property
    def swearing(self) -> tuple[int, int, bool] | None:
        """Mild swearing at someone, and whether it is "don't give a damn" (which may be about
        the hospital named in the sentence before)."""
        found = SWEARING_AT.search(self.sent.text)
        if found is None:
            return None
        start = self.sent.start_char
        return start + found.start(), start + found.end(), " give" in found.group(0).lower()


def _sentence_records(ctx: Context) -> list[tuple[Chunk, SweepingSentence]]:
    return sentence_records(ctx, "tone_sweeping.sentences", SweepingSentence)


# A label put in quotes after a naming verb is being talked about, not used:
# 'stop calling patients "frequent flyers"', 'the term "gomer" has to go'.
NAMING_BEFORE_QUOTE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|term|terms|word|words|label(?:s|led|ling|ed|ing)?|phrase|"
    r"say(?:s|ing)?|use|using|used|nickname[sd]?|retire|ban|drop|ditch|bin|stop)\b"
    r"[^.!?\n]{0,30}[\"“‘']"
    # ('called a patient "a waste of a bed"')
    r"(?:a |an |the |such a |total |complete )?\s*$",
    _I,
)


# ... or named as a label after its closing quote: 'the "frequent flyer" label is stigmatizing'.
NAMING_AFTER_QUOTE = re.compile(
    r"\s*(?:label|labels|term|terms|tag|tags|nickname|nicknames|word|words|phrase|slang|"
    r"is (?:stigmati[sz]ing|dehumani[sz]ing|demeaning|derogatory|offensive)|"
    # '"Drug seeker" is a label that gets people killed'
    r"(?:is|are|was) (?:a|an|the|just a|only a) (?:\w+ )?(?:label|term|word|phrase|slur|"
    r"stereotype|myth)|"
    r"has to go|needs to go)\b",
    _I,
)


@cache
def _terms_pattern(
    words: tuple[str, ...], obfuscation: bool, plural: bool, hashtags: bool
) -> re.Pattern[str]:
    pattern = compile_terms(list(words), obfuscation=obfuscation, plural=plural, hashtags=hashtags)
    return compile_shared(pattern, "i")


# Said of a day or a thing, not of a patient: "Travel day was a train wreck".
OF_A_THING_BEFORE = re.compile(
    r"\b(?:day|days|shift|week|night|flight|trip|morning|afternoon|evening|rota|roster|schedule|"
    r"handover|commute|year|month|launch|rollout|go-live|system|ehr|meeting|move|season)\s+"
    r"(?:was|is|has been|became|turned into)\s+"
    r"(?:(?:such|a|an|absolute|total|complete|utter)\s+)*$",
    _I,
)
# An airline's traveller: "Officially a frequent flyer with Southwest now".
AIRLINE_AFTER = re.compile(
    r"\s+(?:(?:with|on)\s+(?:southwest|air canada|westjet|delta|united|american|qantas|ryanair|"
    r"easyjet|british airways|aer lingus|emirates|lufthansa|alaska|jetblue|porter|jetstar|"
    r"virgin|air new zealand|flair|spirit)\b|(?:miles|points|lounge)\b)",
    _I,
)


def _talked_about(text: str, start: int, end: int) -> bool:
    """The word is quoted after a naming verb, or the author says it of themselves, of a thing
    or of an airline's customer."""
    before = text[max(0, start - UNLESS_BEFORE_CHARS) : start]
    closing = text[end : end + 1]
    quoted = bool(closing) and closing in "\"”’'" and (
        bool(NAMING_BEFORE_QUOTE.search(before)) or bool(NAMING_AFTER_QUOTE.match(text, end + 1))
    )
    return (
        quoted
        or bool(SELF_BEFORE.search(before))
        # ("the shift was a train wreck"; but "half my afternoon is drug seekers" is people)
        or bool(OF_A_THING_BEFORE.search(before)) and not _people(text[start:end])
        or bool(AIRLINE_AFTER.match(text, end))
    )


def _people(label: str) -> bool:
    """A label in the plural ("drug seekers", "gomers"), which names people, not a shift."""
    low = label.lower()
    return low.endswith("s") and not low.endswith(("us", "ss", "wrecks"))


@detector("tone_labels")
def labels(ctx: Context, rule: Rule) -> Iterable[Hit]:
    """The terms of ``options`` (``words``, ``obfuscation``, ``plural``, ``hashtags``, as in a
    terms rule), unless the post talks about the word rather than calling someone it."""
    text = ctx.text
    opts = rule.options
    pattern = _terms_pattern(
        tuple(opts["words"]),
        bool(opts.get("obfuscation")),
        bool(opts.get("plural")),
        bool(opts.get("hashtags")),
    )
    # the words of a term are joined by spaces or hyphens, its letters may be written * # @ $ ! |
    for start, end in chunk_matches(ctx, f"tone.labels:{rule.id}", pattern, _may_join_term):
        if not _talked_about(text, start, end):
            yield Hit(start, end)


def _may_join_term(last: str) -> bool:
    return last.isalnum() or last in "*#@$!|-_"
