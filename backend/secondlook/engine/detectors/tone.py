"""Unprofessional tone that depends on context: whom a word is aimed at, and how it is written.

Words that are insults by themselves (profanity, slurs, "drug seeker") are ``terms`` rules in
shared_rules/tone.yaml, so the offline engine runs them too. What is left here needs the
sentence around the word:

* an ambiguous insult ("stupid", "lazy", "useless") counts when it is aimed at a person, a
  patient or a colleague ("these lazy nurses", "you're pathetic"), not at a printer;
* a profession or a named hospital next to a disparaging predicate ("radiologists are useless");
* a public figure next to a psychiatric or neurological label ("Trump clearly has dementia");
* condescending or sarcastic wording in a reply ("Sure, sweetie");
* a post written in anger: shouting, runs of "!!!" and angry words together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property

from spacy.tokens import Span, Token

from secondlook.engine.context import Chunk, Context
from secondlook.engine.detectors import detector
from secondlook.engine.detectors.advice_tone_shared import (
    REPLY,
    chunk_records,
    post_tokens,
    sentence_records,
)
from secondlook.engine.findings import Hit
from secondlook.engine.lexicons import lexicon
from secondlook.rules.loader import UNLESS_BEFORE_CHARS, Rule
from secondlook.rules.terms import trie

_I = re.IGNORECASE

SECOND_PERSON = frozenset(
    ["you", "your", "you're", "youre", "ur", "u", "ya", "yourself", "yall", "y'all"]
)
THIRD_PERSON = frozenset(["he", "she", "they", "him", "her", "them"])
# Pronouns that as often stand for a thing or a team ("they are trash", "it's garbage").
THING_PRONOUNS = frozenset(["they", "them", "it", "this", "that"])
# Insults that are as often said of things: these need a target that is surely a person.
# Insults that are also verbs; as a verb they call no one anything.
INSULT_VERBS = frozenset(["fool", "fools", "clown", "clowns", "butcher", "butchers"])
THING_INSULTS = frozenset(
    [
        "trash",
        "garbage",
        "stupid",
        "dumb",
        "useless",
        "pathetic",
        "ridiculous",
        "gross",
        "worst",
        "disgrace",
    ]
)
NEGATIONS = frozenset(
    ["not", "n't", "never", "no", "nobody", "isn't", "aren't", "wasn't", "doesn't", "don't"]
    + ["least"]  # "the least lazy person I know"
)
# Nouns that, as "what a/an X" or "you X", insult a person even without a named target.
PERSON_INSULTS = frozenset(
    [
        "idiot",
        "idiots",
        "moron",
        "morons",
        "loser",
        "losers",
        "clown",
        "clowns",
        "fool",
        "fools",
        "weirdo",
        "freak",
        "psycho",
        "pig",
        "pigs",
        "cow",
        "cows",
        "trash",
        "garbage",
        "scum",
        "sheep",
        "sheeple",
        "quack",
        "quacks",
        "butcher",
        "butchers",
        "nutter",
        "animals",
        "ignorance",
        "stupidity",
        "idiocy",
        "hypocrisy",
        "hypocrite",
        "hypocrites",
    ]
)
PERSON_INSULT_LEADS = frozenset(
    [
        "a",
        "an",
        "you",
        "your",
        "such",
        "total",
        "complete",
        "absolute",
        "these",
        "those",
        "of",
        "the",
        "that",
        "this",
    ]
)
COPULAS = frozenset(["'re", "'s", "r", "is", "are", "was", "were", "so", "such"])
PREDICATIVE = frozenset(
    ["what", "such", "total", "complete", "absolute", "is", "are", "'re", "'s", "like", "was",
     "were", "be", "been"]
)
# Pet names used as a put-down: only as a form of address ("Sure buddy,", ", genius.").
CONDESCENDING_VOCATIVE = re.compile(
    r"(?:^|[,.!?;:]\s*|\b(?:oh|ok|okay|sure|listen|look|yes|no|right|well)\s+)"
    # (not honey in a list of remedies: "Honey, fluids, rest.")
    r"(?!honey,\s*[\w-]+(?: [\w-]+)?\s*(?:,|and\b|or\b))"
    r"(sweetie|sweetheart|honey|hun|hon|buddy|pal|champ|genius|einstein|sunshine|princess|coward|"
    r"clown|princesses|geniuses|einsteins|snowflakes|your highness|your majesty|"
    r"sweet summer child)(?=\s*(?:[,.!?;:…]|$)|\s*[^\w\s#@'’-])",
    _I,
)
# Emoji that mock when aimed at someone (a reply, "you", patients, a profession).
MOCKING_EMOJI = re.compile("[\U0001f921\U0001f644]")  # clown face, face with rolling eyes
CONDESCENDING = re.compile(
    r"\b(?:bless your heart|"
    r"oh sure|yeah right|sure,? jan|sorry not sorry|nice try|"
    # "Please tell me more about how your chiropractor's 'energy scan' outperforms the MRI I
    # read. I'll wait." "Please do send me your Nobel acceptance speech"
    r"(?:^|(?<=[.!?] ))i'll wait(?=\s*(?:[.!]|$))|your nobel\b|nobel (?:acceptance speech|"
    r"prize (?:is|must be) (?:in the mail|on (?:its|the) way))|"
    r"(?:can't|cannot|can not) believe (?:\d+|all (?:those|my|these)) years of [^.!?\n]{0,30}?"
    r"(?:training|school|residency|experience) missed|"
    r"must be all (?:that|the|those) (?:research|reading|studying|googling|youtube)|"
    r"who needs (?:margins|histology|pathology|evidence|science|data|studies|trials|peer review|"
    r"doctors|vaccines|medicine|chemo|antibiotics|a biopsy|surgery) when (?:you|u) (?:can|have)|"
    r"oh (?:absolutely|totally|sure|definitely),? [^.!?\n]{0,40}?(?:wonderful|great|brilliant|"
    r"fantastic|genius) idea|truly the future of|"
    # the meme's name for an entitled complainer, after a dismissal: "sure Karen", "OK Karen"
    r"(?:sure|ok|okay|yeah|whatever|calm down|sorry)(?: thing)?,? karen|"
    # "sure, and I'm the Queen of England", "yes, and the earth is flat too"
    r"(?:and|then|sure|yeah|yes|right),? the earth is flat|"
    r"(?:and|then) (?:i'm|i am|im) (?:the )?(?:queen|king) of (?:england|france|the world)|"
    r"(?:and|then) (?:i'm|i am|im) (?:the pope|santa|santa claus|the tooth fairy|"
    r"the easter bunny)|"
    r"go back to (?:your|ur) (?:essential oils|crystals|(?:mom's |mum's )?basement|cave|"
    r"tinfoil|conspiracy|youtube|facebook|joe rogan)|"
    # "you read one blog post and now you're an epidemiologist"
    r"(?:read|watched|googled|saw|skimmed) (?:one|a|an|two|three|some|a few) [^.!?\n]{0,30}?"
    r"and now (?:you're|you are|ur) an? (?:\w+ )?(?:expert|epidemiologist|doctor|virologist|"
    r"immunologist|scientist|cardiologist|specialist|pharmacist|nurse)|"
    r"imagine (?:thinking|believing|being|having)|"
    r"stick to your day job|(?:don't|do not) quit your day job|"
    # "I'd explain it to you but I left my crayons at home"
    r"(?:left|forgot|lost) my crayons|explain it (?:to you )?(?:with|in|using) crayons|"
    # "Hope you're better at running a business than at reading ECGs"
    r"hope (?:you're|you are|ur) better at [^.!?\n]{1,40}? than|"
    r"educate me|i'm sure your|im sure your|(?:youtube|google|facebook|tiktok) (?:degrees?|"
    r"certificates?|university|phd|md|diploma)|"
    r"(?:your|ur) (?:facebook|youtube|google|tiktok|instagram|twitter|internet|reddit|telegram) "
    r"(?:research|degree|studies|science|expertise|university|education)|"
    # "Please, professor, tell us again how horse paste cures everything, we're all taking notes"
    r"(?:we're|we are|i'm|i am) all taking notes|please,? (?:do )?(?:go on|tell (?:us|me) again|"
    r"continue (?:explaining|lecturing|telling))|"
    r"(?:i'll|let me) (?:go )?(?:get|grab) (?:the |some )?popcorn|"
    # "Please tell me more about how turmeric cures sepsis, I'll grab a pen."
    r"(?:i'll|let me) (?:go )?(?:get|grab) (?:a|my) (?:pen|notebook|notepad)|"
    # "I've only been doing this 14 years. Truly riveting stuff." "Thank you so much for your
    # research." "I'll be sure to weigh your three YouTube videos against my 19 years of training"
    r"i've only been (?:doing this|a nurse|a doctor|practi[cs]ing|in (?:practice|medicine)) "
    r"(?:for )?\d+ years|truly riveting|riveting stuff|"
    r"thank you (?:so much )?for (?:sharing )?your (?:medical )?(?:research|expertise|insight)|"
    r"against my \d+ years of|"
    r"(?:definitely|obviously|surely) outweighs? \d+ years of|"
    r"(?:i've |i have )?(?:notified|called|alerted|emailed) the nobel committee|"
    r"clearly (?:that|this) outweighs|my \d+ years of (?:training|school|med school|experience) "
    r"(?:were|was) (?:wasted|for nothing|pointless)|"
    r"how wrong you are|use your brain|back under your rock|nobody wants your|"
    # "try reading the study for once", "for once, listen"; not "sleep through the night for once"
    # (nor a treat wished: "Enjoy your own travels for once, Helen!")
    r"(?<!enjoy )(?<!treat )(?<!spoil )\b(?:you|your|try|maybe)\b[^.!?\n]{0,40}?\bfor once\b|"
    r"for once,? (?:you|try|read|listen|"
    r"think|just)\b|"
    # "educate yourself about stroke signs" teaches; "educate yourself, then come back" scolds
    # (nor "do your research before the ACLS exam", a study tip)
    r"(?:educate yourself|do your (?:own )?(?:research|homework))"
    r"(?! (?:about|on|before (?:enrol|the|your|an?|buying|choosing|signing|you (?:buy|book|choose|"
    r"sign|start))))|"
    r"learn to read|read a book|reading comprehension|"
    r"how's that working out|did you even|can you even|"
    r"did you (?:graduate|finish|go to) \w+ school|"
    r"tinfoil hat|cool story|said no one ever|galaxy brain|big brain|"
    r"tell me you(?:'ve|'re| have| are)? (?:[\w']+ ){0,6}?without telling me|"
    r"mental gymnastics|confidently wrong|"
    r"congrat\w* on (?:the|your) (?:most|dumbest|worst|stupidest)|"
    r"must be (?:so |very )?(?:tired|exhausted|exhausting) from|"
    r"thanks for the (?:medical )?advice|thanks for your expert opinion|"
    r"you (?:clearly|obviously) (?:have no|have never|don't|do not|didn't|did not|haven't|"
    r"have not|never)|"
    r"(?:maybe |try (?:and )?)?go back to (?:med(?:ical)? school|nursing school|school|class)|"
    r"before (?:tweeting|posting|spreading|spewing|commenting|replying with) "
    r"(?:nonsense|garbage|misinformation|drivel|rubbish|crap|this)|"
    r"(?:maybe |try )+reading|before you embarrass yourself|embarrassing yourself|"
    r"read the (?:paper|study|article|thread|guideline|evidence)s? before you|"
    # not gratitude: "you have no idea how much it means to us"
    r"you (?:have|got) no (?:idea|clue)(?! (?:how (?:much|far|many|deeply|long|often|good|lovely|"
    r"nice|important|grateful|thankful|happy|proud|touched|moved|special)|"
    r"what (?:it|this|that|your \w+) (?:means?|meant|did)"
    # (nor a warning of what is unknown: "You have no idea what's in that vial")
    r"|what['’]?s in|what is in|whether|where (?:it|that|this|they) (?:came|come|comes)))|"
    r"you don't know what you're talking about|"
    r"talking out of your|where did you get your (?:degree|medical degree)|"
    r"get (?:a|your) (?:medical )?degree|get a grip|grow a brain|get over yourself|"
    # "Grow up." said to someone; not "watching the kids grow up"
    r"(?:^|(?<=[.!?,] ))grow (?:up|a spine|a pair)(?=\s*(?:[.!]|$))|"
    # "@bp_brenda maybe stop eating chips all day and your BP wouldn't be 150/95"
    r"maybe (?:stop|quit|try not) (?:eating|stuffing your face)|"
    r"maybe google (?:it |this )?before you|"
    # their work in scare quotes: 'your "research" is a YouTube playlist'
    # "I'm sure the measles virus will be very impressed by your essential oils"
    r"(?:will|would) be (?:very |so |really |truly )?impressed (?:by|with) (?:your|ur)|"
    # "Wow, you did your own research? On YouTube?"
    r"wow,? (?:so )?(?:you|u) (?:did|watched|googled) [^.!?\n]{0,40}?(?:research|youtube|video|"
    r"facebook|tiktok|google)|"
    r"stop being (?:such )?a (?:baby|child|toddler|crybaby)|"
    r"(?:entitled|dramatic|bitter|salty|projecting|triggered|arrogant) much\?|"
    # "Must be cozy in your version of reality"
    r"(?:your|ur) (?:own )?(?:version of reality|alternate reality|alternative facts)|"
    r"must be (?:nice|cozy|cosy|comfy|fun|lovely) (?:in|living in) (?:your|that) (?:bubble|"
    r"fantasy|world|reality)|"
    r"enjoy (?:the|your) (?:horse paste|horse dewormer|dewormer|ivermectin|bleach)|"
    r"(?:your|ur) [\"“'](?:research|evidence|science|facts|studies|study|sources?|expertise|"
    r"data|degree|credentials)(?=[\"”'])|"
    # "Sit down." as a sentence of its own
    r"(?:^|(?<=[.!?] ))sit\.? down(?=\s*(?:[.!]|$))|"
    # "you are the reason good nurses quit"; not "you are the reason I became a nurse"
    r"(?:you(?:'re| are)|people like you are) (?:the|why) (?:reason |reasons )?(?:why )?"
    r"(?:good |great |so many )?(?:nurses|doctors|docs|staff|people|we|i) "
    r"(?:quit|leave|burn out|drink|hate this job)|"
    r"(?:go )?(?:sell|peddle) your (?:snake oil|garbage|junk|nonsense|pseudoscience|supplements) "
    r"(?:somewhere else|elsewhere)|"
    # "maybe if you spent less time on TikTok and more time charting, ..."
    r"(?:maybe|perhaps) if (?:you|u) (?:spent|spend) less time\b|"
    # "maybe if you actually listened ..."; not "maybe if you quit smoking, the cough would
    # clear", which is advice
    r"(?:maybe|perhaps) if (?:you|u) (?:actually|bothered|listened|ever)\b|"
    # "get a life outside work" is kind advice
    r"get a life(?! (?:outside|beyond|away from|apart from|after)))\b",
    _I,
)
SHOUT_ALLOWED = frozenset(
    [
        "er",
        "ed",
        "icu",
        "ccu",
        "nicu",
        "picu",
        "or",
        "ems",
        "cpr",
        "aed",
        "ecg",
        "ekg",
        "bp",
        "hr",
        "mri",
        "ct",
        "ppe",
        "covid",
        "rsv",
        "hiv",
        "std",
        "sti",
        "uti",
        "copd",
        "chf",
        "gp",
        "np",
        "pa",
        "rn",
        "md",
        "do",
        "phd",
        "dm",
        "pm",
        "lol",
        "omg",
        "psa",
        "faq",
        "usa",
        "uk",
        "nhs",
        "who",
        "cdc",
        "fda",
        "aha",
        "cma",
        "cmpa",
        "acls",
        "bls",
        "atls",
        "pals",
        "ama",
        "dnr",
        "dvt",
        "pe",
        "mi",
        "stemi",
        "nstemi",
        "tia",
        "ivf",
        "ob",
        "gyn",
        "ent",
        "adhd",
        "ptsd",
        "ocd",
        "ibs",
        "gerd",
        "ama",
        "rip",
        "tbh",
        "imo",
        "imho",
        "fyi",
        "asap",
        "btw",
        "tgif",
        "ok",
    ]
)
BANGS = re.compile(r"[!?]*!{2,}[!?1]*|\?!+|!\?+")
# Whole-post shouting (several words in capitals, most of the post) is anger only with a sign of
# it: "WHY DOES NOBODY ANSWER ...?!" is, "HAPPY NURSES WEEK!!! LOVE YOU ALL!!!" is joy.
SHOUTED_GRIEVANCE = re.compile(
    r"\b(?:why|how (?:come|is|are|does|do|can|hard|am i supposed)|unreal|nobody|no one|seriously|"
    r"enough|"
    # (not a reminder's "STAY HOME WHEN YOU'RE SICK")
    r"every single|what is wrong|wtf|again|still waiting|for nothing|sick (?:of|and tired)|tired|"
    r"stop|"
    # "FAMILY OF BED 9 HAVE NOW RUNG 23 TIMES TODAY. I CANNOT LOOK AFTER YOUR GRANDAD ..."
    # "WHO AT THE MINISTRY THOUGHT IT WAS A GOOD IDEA", "DO THEY EVEN KNOW"; French: "ENCORE UNE
    # FOIS LE CISSS A ANNULÉ NOS VACANCES ... VOUS NOUS TUEZ"
    r"who (?:at|in) the|thought it was a good idea|do they even|encore une fois|pourquoi|"
    r"vous nous|ça suffit|c['’]est assez|"
    # "I HAVE ASKED THREE TIMES FOR A CLINICAL HISTORY"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred) times|cannot|"
    r"can't|not ok|unacceptable|i dare you|come and do)\b",
    re.IGNORECASE,
)
# A demand or a verdict shouted in a post otherwise in lower case: "THIS IS NOT OK. PICK UP YOUR
# PHONE.", "THIS IS UNACCEPTABLE."
SHOUTED_DEMAND = re.compile(
    r"\b(?:THIS IS (?:NOT OK(?:AY)?|UNACCEPTABLE|RIDICULOUS|INSANE|A JOKE|DANGEROUS|UNSAFE|"
    r"A DISGRACE)"
    r"|PICK UP (?:YOUR|THE) (?:PHONE|PAGER)|ANSWER (?:YOUR|THE) (?:PHONE|PAGER|PAGE)|DO YOUR JOB"
    r"|I CANNOT|I CAN'T|I AM DONE|I'M DONE|SHAME ON (?:YOU|THEM|HIM|HER|ALL OF YOU))\b"
)
SHOUTED_JOY = re.compile(
    r"\b(?:happy|congrat\w*|proud|love|thank\w*|welcome|celebrat\w*|amazing|awesome|best|"
    r"yay|woo+|grateful|merry|cheers|bless\w*|hooray|finally done|we did it)\b",
    re.IGNORECASE,
)


# Remarks on someone's looks ("the new resident is so hot"); "hot" is also a temperature.
ATTRACTIVE = frozenset(["hot", "sexy", "thicc", "smokin"])
CLINICAL_HEAT = re.compile(
    r"\b(?:fever|febrile|temp|temperature|touch|weather|outside|summer|heat|room|water|flushed|"
    # a sign among signs: "if someone is confused, hot and has stopped sweating, call 000"
    r"sweaty|sweat\w*|burning|confused|clammy|dizzy|thirsty|dehydrated|heatstroke|heat stroke|"
    # a town's climate: "Tulsa, you were hot, humid and full of the kindest coworkers"
    r"humid|muggy|sticky|sunny|dry|windy|rainy|sweltering|scorching)\b",
    _I,
)


# The author calling themselves a name: "I was an idiot to skip lunch", "I felt like such a moron".
# Written in the shared subset (the end of the text is "(?![\s\S])", not "$"): the offline
# engine runs it too, as tone.insults' offline.unless_before (shared_rules/tone.yaml).
SELF_BEFORE = re.compile(
    r"(?:\b(?:i(?:'m| am| was| feel| felt)(?: like)?|call(?:s|ed|ing)? myself|me,?)|"
    r"(?:^|[.!?]\s*)(?:feel|felt|feeling)(?: like)?)"
    r"(?: (?:such|a|an|total|complete|absolute|utter|the biggest|bit of|of))* ?(?![\s\S])"
    # French: "je me suis senti comme un imbécile"; called one ("il m'a traité d'imbécile")
    r"|\b(?:je (?:suis|me suis sentie?|me sens|me sentais|[e\u00e9]tais)(?: comme)?|"
    r"trait[e\u00e9]e?s? (?:de|d')|appel[e\u00e9]e?s? (?:de|d'))"
    r"(?: (?:un|une|vrai|vraie|gros|grosse|total|totale|de|d'))* ?(?![\s\S])",
    _I,
)


@dataclass(frozen=True)
class TargetedHit:
    target: str  # "person", "patient", "colleague", or "sexual" (a remark on someone's looks)
    start: int
    end: int


@cache
def _multiword(name: str) -> re.Pattern[str]:
    """The entries that are more than one token: several words, or a word with an apostrophe
    ("graves'"), which the tokenizer splits. As a prefix trie: the lists expand their braces
    into hundreds of phrases, which an alternation would try one by one at every word."""
    entries = {e.lower() for e in lexicon(name) if " " in e or "'" in e}
    # (not the first half of a compound: "a liability-free zone")
    return re.compile(r"\b(?:" + trie(entries) + r")(?!\w|-\w)", _I)


# Words for a group that name colleagues after a profession: "the hospitalist team".
COLLECTIVES = frozenset(["team", "teams", "crew", "crews", "group", "service", "department"])


def _numbered(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.nbor(1).like_num


def _target_kind(token: Token) -> str | None:
    word = token.lower_
    if word in lexicon("tone_patients"):
        return "patient"
    # "Bed 4 is a nightmare"; not "the waiting room is the most dangerous place"
    if word in ("room", "bed", "bay", "cubicle") and _numbered(token):
        return "patient"
    if word in lexicon("tone_professions"):
        return "colleague"
    if word in COLLECTIVES and token.i > 0 and token.nbor(-1).lower_ in lexicon("tone_professions"):
        return "colleague"  # "the hospitalist team", "the EMS crew"
    if word in lexicon("tone_people"):
        return "person"
    if word in SECOND_PERSON or word in THIRD_PERSON or token.text.startswith("@"):
        return "thing" if word in THING_PRONOUNS else "person"
    # "COVID" is no one, whatever the NER says
    if token.ent_type_ == "PERSON" and not token.is_upper:
        return "person"
    return None


# Said of a name the tagger alone calls a person, "trash" is a verdict on a show, a team or a
# snack ("kit kats trash", "Riff Raff is trash"); said of "he", "the nurse" or "you", an insult.
NAMED_THINGS_INSULTS = frozenset(["trash", "garbage"])
PERSON_TITLES = frozenset(["dr", "mr", "mrs", "ms", "miss", "prof", "nurse", "sister", "coach"])


def _subject_kind(subject: Token, insult: str) -> str | None:
    kind = _target_kind(subject)
    if (
        kind == "person"
        and insult in NAMED_THINGS_INSULTS
        and subject.pos_ == "PROPN"
        and subject.lower_ not in lexicon("tone_people")
        # (not "Dr. Patel is trash")
        and not any(
            t.lower_.rstrip(".") in PERSON_TITLES
            for t in subject.doc[max(0, subject.i - 3) : subject.i]
        )
    ):
        return "thing"
    return kind


def _names_someone(tokens: list[Token]) -> bool:
    """A person, a patient or a colleague is named, or a he/she/you stands for one."""
    return any(_target_kind(t) not in (None, "thing") for t in tokens)


def _smoking_hot(tokens: list[Token], i: int) -> bool:
    """ "The rep is smoking hot": the parse makes "smoking" the verb, and its subject the target."""
    if not i or tokens[i - 1].lower_ not in ("smoking", "smokin"):
        return False
    subjects = [c for c in tokens[i - 1].children if c.dep_ == "nsubj"]
    return bool(subjects) and _target_kind(subjects[0]) not in (None, "thing")


_DENIALS = frozenset([("more", "than"), ("not", "because"), ("n't", "because"), ("not", "that")])


def _negated(tokens: list[Token], i: int) -> bool:
    """ "not lazy", "never useless", "more than pill counters", which denies it too, and a reason
    denied: "Not because anyone at the hospital was lazy or rude"."""
    before = [t.lower_ for t in tokens[max(0, i - 8) : i]]
    return any(word in NEGATIONS for word in before[-3:]) or any(
        pair in _DENIALS for pair in zip(before, before[1:], strict=False)
    )


def _insult_target(tokens: list[Token], i: int) -> str | None:
    """The kind of person the insult at ``tokens[i]`` is aimed at, if any."""
    kind = _nearby_target(tokens, i)
    if kind == "thing" and tokens[i].lower_ in THING_INSULTS:
        return None
    return "person" if kind == "thing" else kind


VOCATIVE_YOU = frozenset(["you", "u", "ya", "ur"])


def _vocative(tokens: list[Token], i: int) -> bool:
    """ "you ignorant clown", "you absolute idiot": a name-calling noun addressed to "you",
    perhaps behind a few adjectives."""
    if tokens[i].pos_ not in ("NOUN", "PROPN") and tokens[i].lower_ not in PERSON_INSULTS:
        return False
    j = i - 1
    while j >= max(0, i - 3) and tokens[j].pos_ in ("ADJ", "ADV"):
        j -= 1
    return j >= 0 and tokens[j].lower_ in VOCATIVE_YOU


def _someone_hired(tokens: list[Token], i: int) -> bool:
    """ "We hired a clown for the peds ward party": a person noun after "a", not called anyone
    ("the ER docs are a bunch of clowns", "the consultant was such a clown")."""
    before = [t.lower_ for t in tokens[max(0, i - 4) : i]]
    return (
        tokens[i].lower_ in PERSON_INSULTS
        and bool(before)
        and before[-1] in ("a", "an")
        and not set(before[:-1]) & PREDICATIVE
    )


STANCES = frozenset(["anti", "pro"])


def _past_stance(tokens: list[Token], i: int) -> int:
    """Where the words before the insult at ``tokens[i]`` end once a stance it is called by is
    skipped: "these anti-mask clowns" are "these clowns"."""
    if i >= 3 and tokens[i - 3].lower_ in STANCES and tokens[i - 2].text == "-":
        return i - 3  # "anti", "-", "mask"
    if i >= 2 and tokens[i - 2].lower_ in STANCES:
        return i - 2  # "anti vax"
    if i >= 1 and tokens[i - 1].lower_.startswith(("anti-", "pro-")):
        return i - 1
    # a stance in quotes: "those 'abortion reversal' quacks" are "those quacks"
    if i >= 3 and tokens[i - 1].text in _QUOTES:
        for j in range(i - 2, max(-1, i - 7), -1):
            if tokens[j].text in _QUOTES:
                return j
    return i


_QUOTES = frozenset(["'", '"', "‘", "’", "“", "”"])


def _nearby_target(tokens: list[Token], i: int) -> str | None:
    word = tokens[i].lower_
    if _vocative(tokens, i):
        return "person"
    if word not in PERSON_INSULTS and _describes_a_thing(tokens, i):
        return None  # "crazy talented nurses", "the worst thing to happen"
    subjects = [c for c in tokens[i].children if c.dep_ == "nsubj"]
    # "the guy stinks": the verb's subject is the target (not a participle on a noun: "these
    # entitled parents")
    if tokens[i].pos_ == "VERB" and tokens[i].dep_ != "amod" and subjects:
        return _subject_kind(subjects[0], word)
    lead = _past_stance(tokens, i)
    before = [t.lower_ for t in tokens[max(0, lead - 3) : lead]]
    if word in PERSON_INSULTS and before and before[-1] in PERSON_INSULT_LEADS:
        if before[-1] in ("a", "an") and not set(before[:-1]) & PREDICATIVE and not (
            tokens[i].dep_ == "conj" and tokens[i].head.dep_ in ("attr", "acomp")
        ):
            # "a clown" in "hired a clown for the party" (not "is a scab and a hypocrite")
            return None
        if before[-1] == "of" and not set(before[:-1]) & {"bunch", "pack", "load", "lot"}:
            return None  # "a herd of cows"; but "a bunch of clowns"
        following = _noun_target(tokens[i + 1 : i + 4])
        if following or before[-1] in ("the", "that", "this"):
            return following  # "the whale in room 3", but not "I'm the weirdo"
        return "thing" if word in THING_INSULTS else "person"
    # "stupid patients", "lazy nurses": the insult modifies a target right after it (not a word
    # of address closing the verdict: "Johnny football is trash man.", "is trash bro")
    following = None if _addressed_after(tokens, i) else _noun_target(tokens[i + 1 : i + 4])
    if following:
        return following
    # "you're pathetic", "these pts are so needy": joined by a copula to its subject. The parse
    # names the subject ("Families who think ... are the worst"); failing that, the nearest
    # nominal before decides ("the giants are trash" aims at a team, not a person).
    window = tokens[max(0, i - 5) : i]
    copulas = [t for t in window if t.lemma_ == "be" or t.lower_ in COPULAS]
    if not copulas:
        return None
    subjects = []
    for copula in reversed(copulas):  # "is so hot": "so" is no verb, the subject is the "is"'s
        subjects = [
            c
            for c in copula.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and copula.i - 25 <= c.i < copula.i
            and not c.text.startswith("@")  # a leading @handle is who is addressed
        ]
        if subjects:
            break
    if subjects and _target_kind(subjects[0]):
        return _subject_kind(subjects[0], word)
    for t in reversed(window):
        if t.is_punct:
            return None
        if t.pos_ in ("NOUN", "PROPN", "PRON") or t.text.startswith("@"):
            return _target_kind(t)
    return None


ADDRESS_WORDS = frozenset(["man", "bro", "dude", "people", "guys", "fam", "mate", "folks"])


def _addressed_after(tokens: list[Token], i: int) -> bool:
    """ "is trash man.": the word after the insult addresses the reader, at a clause's end."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower_ not in ADDRESS_WORDS:
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    ends = after is None or after.is_punct or after.pos_ in ("PRON", "INTJ")
    return ends and any(t.lemma_ == "be" for t in tokens[max(0, i - 4) : i])


# Nouns for a group of people, as what an insult is aimed at: "the entitled bunch", "a lazy crowd".
GROUP_NOUNS = frozenset(["bunch", "crowd", "mob"])


def _noun_target(tokens: list[Token]) -> str | None:
    """A patient or colleague noun among ``tokens`` ("stupid patients", "the whale in room 3")."""
    for t in tokens:
        if not t.is_alpha:
            return None
        if t.lower_ in GROUP_NOUNS:
            return "person"
        kind = _target_kind(t)
        if kind in ("patient", "colleague") or (kind == "person" and t.pos_ != "PRON"):
            return kind
    return None


def _targeted_in(sent: Span, tokens: list[Token]) -> list[TargetedHit]:
    """The insults of one sentence aimed at someone, before the check that the author does not
    say them of themselves (that one looks back past the sentence)."""
    insults = lexicon("tone_insults")
    hits = []
    clinical_heat = None
    of_a_situation = _situations(sent)
    for i, token in enumerate(tokens):
        word = token.lower_
        if word in insults:
            if _spared(tokens, i, of_a_situation) or token.pos_ == "VERB" and word in INSULT_VERBS:
                continue  # "You can fool some of the people all the time"
            if _QUOTED_CLAIM.search(sent.text, 0, token.idx - sent.start_char):
                continue  # "I'd push back on the idea that all chiropractors are quacks"
            if _SELF_DESCRIBED.search(sent.text, 0, token.idx - sent.start_char):
                continue  # "Turns out I'm the worst patient"
            kind = _insult_target(tokens, i)
        elif word in ATTRACTIVE:
            if clinical_heat is None:
                clinical_heat = bool(CLINICAL_HEAT.search(sent.text))
            if clinical_heat or _negated(tokens, i):
                continue
            kind = "sexual" if _insult_target(tokens, i) or _smoking_hot(tokens, i) else None
        else:
            continue
        if kind:
            hits.append(TargetedHit(kind, token.idx, token.idx + len(token.text)))
    return hits


def _targeted(ctx: Context) -> list[TargetedHit]:
    hits = []
    records = _sentence_records(ctx)
    for chunk, sentence in records:
        for hit in sentence.targeted:
            start = chunk.start_char + hit.start
            if not (
                SELF_BEFORE.search(ctx.text, max(0, start - UNLESS_BEFORE_CHARS), start)
                or _quoted_abuse(ctx.text, start)
            ):
                hits.append(TargetedHit(hit.target, start, chunk.start_char + hit.end))
    # "... watching a toddler explain calculus. Pathetic.": a one-word verdict on whoever one of
    # the two sentences before named ("City paramedics love to tell me about their hard calls.
    # Come do one week up here. Glorified taxi drivers, most of them.")
    for i, (chunk, sentence) in enumerate(records):
        verdict = sentence.lone_insult if i else None
        earlier = [read for _, read in records[max(0, i - 2) : i]]
        if verdict and (
            verdict[2] == "anyone"
            or verdict[2] == "someone" and any(read.names_someone for read in earlier)
            or any(read.names_colleagues for read in earlier)
        ):
            hits.append(TargetedHit("person", chunk.start_char + verdict[0],
                                    chunk.start_char + verdict[1]))
    return hits


# A sentence that is nothing but an insult: "Pathetic." "Clueless." "Idiots."
LONE_INSULT = re.compile(
    r"^\W*(?P<word>(?:(?:unacceptable|useless|pathetic|disgraceful|shameful) and )?"
    r"(?:(?:utterly|absolutely|completely|totally) )?"
    r"(?:pathetic|clueless|embarrassing|disgraceful|shameful|spineless|incompetent|lazy|"
    r"useless)(?: (?:unit|team|ward|department|crew|staff|people|lot|bunch))?|"
    r"idiots?|morons?|clowns?|losers?|imbeciles?|cretins?|unbelievable idiots?|what an idiot|"
    r"what a moron|what a clown|what a loser|liars|"
    # "... call themselves doctors? Glorified back crackers."
    r"glorified (?:[\w-]+ ){0,2}?[\w-]+s|"
    # "Grown man tantrum. Absolute child." "Clueless suit."
    r"(?:absolute|total|such a|what a|an absolute|a total) (?:child|baby|toddler|man-?child|"
    r"train ?wreck)|"
    # "Amateur hour from top to bottom." "Lazy as."
    r"amateur hour(?: from top to bottom| over there| again)?|lazy as|what a dump|"
    # "Useless, the lot of them."
    r"(?:useless|clueless|hopeless|incompetent|lazy),? the lot of them|"
    # "Entitled little brats, all of them.": people, whoever the sentence before named
    r"(?P<brats>(?:(?:entitled|spoiled|spoilt|little|ungrateful) )+brats?(?:,? (?:the lot of them|"
    r"all of them))?)|"
    r"(?:clueless|useless|overpaid|empty) (?:suits?|bureaucrats?|pencil[- ]pushers?|"
    r"bean[- ]counters?|desk[- ]jockeys?)|"
    # "Dermatologists: ... bill $400. What a racket.": a scheme is a profession's, not a person's
    r"(?P<scheme>what a (?:racket|scam|sham|rip-?off))|"
    # "Bunch of liars.": a bunch is people whoever the sentence before named
    r"(?P<bunch>bunch of (?:liars|idiots|clowns|morons|cowards|babies|whiners|crybabies|losers|"
    r"amateurs|hypocrites))|"
    # "Leeches, the lot of them."
    r"(?:(?:greedy|shameless|absolute|total) )?(?:leech(?:es)?|parasites?|vultures?|frauds?|"
    r"charlatans?|quacks?|snakes?|grifters?|bigots?|racists?|hypocrites?|cowards?|sell-?outs?|"
    r"shills?)(?:,? (?:the lot of them|all of them|every (?:last )?one of them))?|"
    # "Zero clue, all buzzwords, typical MBA."
    r"(?:(?:zero|no) clue|all (?:talk|buzzwords|hot air)|typical (?:mba|admin|suit|bureaucrat|"
    r"politician))(?:,? (?:(?:zero|no) clue|all (?:talk|buzzwords|hot air)|typical (?:mba|admin|"
    r"suit|bureaucrat|politician)|no (?:spine|backbone)))+)"
    # "Glorified taxi drivers, most of them." "Useless, every single time." "some of you"
    r"(?:,? (?:most|some|all|half|many) of (?:them|you)|,? every (?:single )?time)?\W*$",
    _I,
)


@detector("tone_targeted_insult")
def targeted_insult(ctx: Context, rule: Rule) -> Iterable[Hit]:
    """An ambiguous insult aimed at someone; ``options.targets`` picks person/patient/colleague."""
    wanted = set(rule.options.get("targets", ("person", "patient", "colleague")))
    for hit in ctx.once("tone.targeted", _targeted):
        if hit.target in wanted:
            yield Hit(hit.start, hit.end)


def _disparaged_colleagues(ctx: Context) -> list[tuple[int, int]]:
    """A profession or a named hospital and a disparaging predicate in one sentence (or the
    sentence after it)."""
    hits = []
    targeted_before = False
    records = _sentence_records(ctx)
    named = colleagues_named(ctx)
    sarcastic = _SARCASM_MARK.search(ctx.text) is not None
    for k, ((chunk, sentence), targeted) in enumerate(zip(records, named, strict=True)):
        praise = _SARCASTIC_PRAISE.search(sentence.sent.text)
        sure = praise and any(praise.group(g) for g in ("stuff", "ground", "mvp", "sure"))
        thanked = praise is not None and praise.group("thanked") is not None
        if praise and (any(named[max(0, k - 2) : k + 1]) or thanked) and (sarcastic or sure):
            # "The locum left 47 unsigned lab results 🙃 Truly inspirational work."
            start = chunk.start_char + sentence.sent.start_char
            hits.append((start + praise.start("praise"), start + praise.end("praise")))
        in_reach = targeted or targeted_before
        # a word or two on its own ("Bless.", "Again.") passes the reach on to the next sentence
        if targeted or sum(t.is_alpha for t in sentence.tokens) > 2:
            targeted_before = targeted
        if in_reach and sentence.disparaging:
            start, end = sentence.disparaging
            if not _quoted_abuse(chunk.doc.text, start) and not _said_of_policymakers(
                sentence, start
            ):
                hits.append((chunk.start_char + start, chunk.start_char + end))
    return hits


# Who makes policy, not care: "Senators voting against sick leave for nurses should be ashamed".
POLICYMAKERS = frozenset(
    ["senator", "politician", "lawmaker", "legislator", "congressman", "congresswoman",
     "representative", "governor", "minister", "mp", "mla", "councillor", "councilor",
     "government", "premier", "president", "administration", "congress", "parliament",
     "legislature", "province", "state"]
)


def _said_of_policymakers(sentence: ToneSentence, start: int) -> bool:
    """The disparaging predicate at ``start`` (text offset in the chunk) has policymakers for its
    subject, however many nurses the sentence names."""
    at = next((t for t in sentence.tokens if t.idx <= start < t.idx + len(t.text)), None)
    if at is None:
        return False
    verb = at if at.pos_ in ("VERB", "AUX") else at.head
    for head in (verb, verb.head):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            word = subjects[0].lower_
            return word in POLICYMAKERS or word.endswith("s") and word[:-1] in POLICYMAKERS
    return False


# Praise said of a colleague's failure: "Truly inspirational work.", "Wow. Groundbreaking.",
# "Incredible stuff 👏". A sentence of nothing else, after a colleague is named; sarcasm needs a
# sign ("stuff", "groundbreaking", "real MVP", or an eye-roll in the post), since "Truly
# inspiring work!" is as often meant.
_SARCASTIC_PRAISE = re.compile(
    r"(?:^|[.!?\U0001f300-\U0001faff]\ufe0f?\s)\W*(?:wow\W+)?"
    # "Thanks ED, super helpful 🙃": the thanks opens the praise
    r"(?P<praise>(?:thanks?(?: you)?,?\s+(?P<thanked>(?:[\w&]+,?\s+){1,2}?))?"
    r"(?:(?:truly|really|just|such|what)\s+)?(?:an?\s+)?"
    r"(?:(?:super|so|very|really|soo+) (?:helpful|useful)|"
    r"(?:(?:inspirational|inspiring|incredible|stellar|elite|exemplary|outstanding|top-notch|"
    r"world-class|amazing|brilliant|excellent)\s+(?:(?P<stuff>stuff)|work|consulting|leadership|"
    r"medicine|care|role modell?ing|teamwork|effort)"
    r"|(?P<ground>groundbreaking)|(?P<mvp>real mvp)"
    # said of a colleague, sarcasm by themselves: "Bless his heart.", "Genius move, sir", "the
    # finest minds of our generation" ("Super helpful!" and "Real artistry" are as often meant)
    r"|(?P<sure>bless (?:his|her|their) (?:heart|soul)|genius move|"
    r"(?:truly )?the finest minds(?: of (?:our|this|a) generation)?(?: over there)?)))"
    r"(?:,?\s+(?:truly|really|guys|team|ladies|folks|sir|people))?)"
    r"[\W\s]*$",
    _I,
)
_SARCASM_MARK = re.compile("[\U0001f644\U0001f643]")  # rolling eyes, upside-down face


# What someone else said, quoted to report it: 'A relative told me I was "a useless foreign
# doctor who should go back where he came from". It's not okay.' And a word quoted to talk about
# it: '"person with obesity" instead of "obese person"'.
_REPORTED_QUOTE = re.compile(
    r"\b(?:told|called|said|wrote|yelled|screamed|shouted|texted|commented|messaged|emailed|"
    r"instead of|rather than|avoid|avoiding|replace|replacing|swap|stop saying|the word|"
    r"the term|the phrase|words like|terms like)\b"
    r"[^\"“”\n]{0,40}[\"“][^\"“”\n]*$",
    _I,
)


def _quoted_abuse(text: str, at: int) -> bool:
    return at >= 0 and _REPORTED_QUOTE.search(text, max(0, at - 120), at) is not None


def colleagues_named(ctx: Context) -> list[bool]:
    """For each sentence of the post, in order: does it name a profession, a hospital or "this
    place"."""
    return ctx.once("tone.colleagues_named", _colleagues_named)


def _colleagues_named(ctx: Context) -> list[bool]:
    return [
        sentence.names_colleagues
        or (sentence.opens_with_hospital_word and _capitalised_before(ctx, chunk))
        for chunk, sentence in _sentence_records(ctx)
    ]


def _capitalised_before(ctx: Context, chunk: Chunk) -> bool:
    """The word before the chunk starts with a capital: "Kingston" before "General ..."."""
    before = [c for c in ctx.chunks if c.start_token < chunk.start_token and len(c.doc)]
    return bool(before) and before[-1].doc[-1].text[:1].isupper()


def names_colleagues(sent: Span, tokens: list[Token]) -> bool:
    """The sentence names a profession, a hospital or "this place"."""
    professions = lexicon("tone_professions")
    return bool(
        any(t.lower_ in professions and _names_people(t) or _hospital_name(t) for t in tokens)
        or any(
            _names_people(last)
            for m in _multiword("tone_professions").finditer(sent.text)
            for last in tokens
            if last.idx < sent.start_char + m.end() <= last.idx + len(last.text)
        )
        or INSTITUTION.search(sent.text)
    )


def _names_people(token: Token) -> bool:
    """A profession's (last) word that names people or their service, not a thing it qualifies:
    "the board", "the gastro team", but not "the board exam" or "neuro checks"."""
    if token.dep_ != "compound":
        return True
    head = token.head.lower_
    return (
        head in lexicon("tone_professions")
        or head in COLLECTIVES
        or head in HOSPITAL_WORDS
        or head in ("unit", "ward", "floor", "office", "fellow", "fellows", "staff")
    )


INSTITUTION = re.compile(
    r"\b(?:[Tt]hat|[Tt]his) (?:place|hospital|unit|department|clinic|ER|ED)\b"
    r"|\b(?:[Tt]hose|[Tt]hese) (?:places|hospitals|clinics|chains|outfits)\b"
    r"|\b(?:St\.?|Saint) [A-Z][a-z]+(?:'s)?"  # St. Joseph's, Saint Mary's
    r"|\b(?:Dr|Dre|Prof)\.? [A-Z][a-z]+",  # a colleague by title: Dr. Okafor
)


# "clown doctors", "therapeutic clowns": the clowns who visit children's wards are no insult.
CLOWN_CARE_AFTER = frozenset(["doctor", "doctors", "doc", "docs", "care", "therapy", "college"])
CLOWN_CARE_BEFORE = frozenset(["therapeutic", "hospital", "medical", "healthcare"])


def _clown_care(tokens: list[Token], i: int) -> bool:
    if tokens[i].lower_ not in ("clown", "clowns"):
        return False
    after = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
    before = tokens[i - 1].lower_ if i else ""
    return after in CLOWN_CARE_AFTER or before in CLOWN_CARE_BEFORE


# Words that also intensify the adjective after them: "crazy talented", "stupid good".
INTENSIFIERS = frozenset(["crazy", "stupid", "insanely", "ridiculously", "wicked", "mad", "silly",
                          "dumb", "freaking", "damn"])


def _describes_a_thing(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` qualifies the word after it, which is no person: "dangerous interactions",
    "crazy talented" (an intensifier)."""
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    if after.lower_ in ("good", "talented", "smart", "busy", "hard"):
        return True
    if after.pos_ == "ADJ":
        # "crazy talented nurses" intensifies; "entitled millennial parents" stacks two
        # adjectives on the people
        stacked = after.dep_ == "amod" and _target_kind(after.head) not in (None, "thing")
        return tokens[i].lower_ in INTENSIFIERS or not stacked
    head = tokens[i].head
    # (or, in quotes, a product's name whose last noun it hangs on: '"parasite cleanse" kits';
    # unquoted, such a compound as often runs a colleague's work down)
    of_a_compound = (
        i > 0
        and tokens[i - 1].text in "\"'\u201c\u2018"
        and tokens[i].dep_ in ("amod", "compound", "nmod")
        and after.i < head.i <= after.i + 2 and after.head.i == head.i and head.pos_ == "NOUN"
        and _target_kind(head) is None
        # (someone's work is theirs: "their botched hip revisions"; and a compound may name
        # people: "lazy clock-watchers", "the lazy day shift")
        and not any(c.dep_ == "poss" for c in head.children)
        and not head.lower_.endswith(("er", "ers", "or", "ors", "ist", "ists"))
        and head.lower_ not in COLLECTIVES | HOSPITAL_WORDS | {"shift", "shifts", "staff"}
    )
    if after.pos_ != "NOUN" or head.i != after.i and not of_a_compound:
        return False  # "so needy tonight": the noun is not what the word describes
    people = tokens[i + 2] if i + 2 < len(tokens) else None
    if people is not None and after.head.i == people.i and _target_kind(people) not in (
        None,
        "thing",
    ):
        return False  # "the hot soccer dads": the parse hangs the word on "soccer"
    insult = after.lower_ in PERSON_INSULTS or after.lower_ in lexicon("tone_insults")
    if insult or _target_kind(after) is not None or after.lower_ in PERSON_FRAMES:
        return False
    return not _said_of_someone(after)


# Common nouns for where colleagues work: disparaging one disparages them ("this hospital is
# useless").
WORKPLACES = frozenset(
    ["place", "unit", "department", "ward", "er", "ed", "icu", "practice", "office", "system"]
    # the people of a service, named by it: "Their palliative consult service is a total joke",
    # "Mercy General's infection control is a joke"
    + ["service", "services", "team", "teams", "control", "leadership", "management", "dept",
       "administration", "admin", "committee", "board"]
)


# Record systems and their makers, named like organisations but things: complaining about them
# disparages no one.
CLINICAL_SOFTWARE = frozenset(
    ["ehr", "emr", "epr", "emar", "cpoe", "pacs", "epic", "cerner", "meditech", "pyxis", "omnicell"]
)


def _said_of_a_thing(word: Token) -> bool:
    """``word`` is said of a thing through a copula: "how useless the task is", "the new EHR is
    useless"."""
    if word.dep_ not in ("acomp", "attr"):
        return False
    subjects = [c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].lower_ in CLINICAL_SOFTWARE:
        return True  # "the new EHR is a total joke", "Epic is useless"
    if not subjects or subjects[0].pos_ != "NOUN":
        return False  # a name may be a hospital's: "Kingston General is useless"
    subject = subjects[0]
    workplace = subject.lower_ in WORKPLACES or subject.lower_ in HOSPITAL_WORDS
    # "nurse practitioners" is a profession only as a whole
    phrase = " ".join(t.lower_ for t in subject.subtree if t.dep_ == "compound" or t == subject)
    profession = phrase in lexicon("tone_professions")
    return _target_kind(subject) is None and not workplace and not profession


def _said_of_someone(noun: Token) -> bool:
    """``noun`` (or the compound it opens) is what a person is called: "our CEO is a clueless
    bean counter", "the locum was a useless paper pusher"."""
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "attr":
        return False
    subjects = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and _target_kind(subjects[0]) not in (None, "thing")


# A verdict on a situation, not on people: "it's a disgrace that nurses haven't had a raise".
SITUATION = re.compile(
    r"\b(?:it's|it is|it was|that's|that is|this is)"
    r"(?: (?:a|an|such a|an absolute|a total|an utter|a complete))? "
    r"(?:disgrace|joke|embarrassment|shame)\b",
    _I,
)


def _spared(tokens: list[Token], i: int, of_a_situation: Callable[[int, int], bool]) -> bool:
    """A put-down word that is no put-down here: negated ("not lazy"), the clowns of clown care,
    or inside a verdict on a situation (``_situations``)."""
    token = tokens[i]
    return (
        _negated(tokens, i)
        or _clown_care(tokens, i)
        or of_a_situation(token.idx, token.idx + len(token.text))
    )


def _situations(sent: Span) -> Callable[[int, int], bool]:
    """Whether a span (in the chunk's offsets) lies in a verdict on a situation."""
    start = sent.start_char
    spans = [(start + m.start(), start + m.end()) for m in SITUATION.finditer(sent.text)]
    return lambda s, e: any(a <= s and e <= b for a, b in spans)


# 'the op-ed claiming nurse practitioners are "doctors lite"': a put-down quoted to answer it.
_QUOTED_CLAIM = re.compile(
    r"\b(?:claim\w*|call\w*|label\w*|term|terms|dubb\w*|describ\w*|myth|"
    # "To the commenter who said midwives are 'playing doctor':"
    r"(?:who|that) (?:said|says|thinks|wrote|posted))\b[^.!?\n]{0,40}[\"“'‘]\s*$"
    # a claim named to push back on: "I'd push back on the idea that all chiropractors are quacks"
    r"|\b(?:push(?:ing)? back on|disagree with|reject|challenge|tired of|sick of|enough with|"
    r"debunk\w*|counter\w*|correct\w*|dispel\w*|bust\w*) (?:the|this|that) (?:idea|notion|"
    r"claim|myth|belief|argument|narrative|stereotype|trope|assumption) that\b[^.!?\n]{0,60}$",
    _I,
)
# "I can't read your MRI over Twitter": the author says it of themselves.
_FEARED_TO_LOOK = re.compile(
    r"(?:\bi (?:didn['’]t|did not|don['’]t|do not) want(?:ed)? to (?:look|sound|seem|feel)|"
    r"\b(?:afraid|scared|terrified|worried) (?:of )?(?:looking|sounding|seeming)|"
    r"\bmade me (?:look|feel|sound))(?: like)?(?: (?:a|an|so|too|that|really))* $",
    _I,
)
_SELF_SUBJECT = re.compile(r"\b(?:i|we)\s+$", _I)
# The author, or their own profession, described: "Turns out I'm the worst patient", "doctors
# really do make the worst patients" is the old joke at the clinician's own expense.
_SELF_DESCRIBED = re.compile(
    r"\b(?:i(?:'m|\u2019m| am| was)|i (?:\w+ )?make|we(?:'re|\u2019re| are)|we (?:\w+ )?make|"
    r"(?:doctors|docs|nurses|physicians|clinicians|medics|pharmacists|surgeons|healthcare workers)"
    r" (?:\w+ ){0,2}make)\s+(?:the|a|such a|one of the)\s+$",
    _I,
)


def _whom_something_is_done_by(noun: Token) -> bool:
    """``noun`` names the people someone is targeted by or protected from, not anyone the post
    calls that: "seniors are targeted by con artists", "protect yourself from quacks". "I was
    trained by clowns" still calls the trainers clowns."""
    if noun.dep_ != "pobj":
        return False
    preposition = noun.head
    if preposition.lower_ in ("from", "against"):
        return True
    return preposition.lower_ == "by" and preposition.head.lower_ in VICTIM_VERBS


VICTIM_VERBS = frozenset(
    ["targeted", "scammed", "conned", "tricked", "fooled", "defrauded", "exploited", "duped",
     "swindled", "cheated", "misled", "preyed"]
)


# Verbs that report what someone said or found: "Doctors say the worst of flu season is ahead".
# Word forms, not lemmas: the pipeline runs without its lemmatizer.
REPORTING_VERBS = frozenset(
    form
    for stem in ("say", "warn", "explain", "note", "remind", "agree", "report", "show",
                 "recommend", "advise", "caution", "predict", "expect", "stress", "emphasize",
                 "emphasise", "point", "confirm", "argue", "believe", "think", "tell", "find")
    for form in (stem, stem + "s", stem + "ed", stem + "d", stem + "ing")
) | frozenset(["said", "told", "found", "thought"])


def _reported_of_no_colleague(token: Token) -> bool:
    """``token`` lies in what a reporting verb's subject said, and that clause names no colleague:
    "Pharmacists warn that mixing opioids and alcohol is dangerous" says the mix is dangerous,
    "Nurses told me the new manager is useless" still disparages the manager."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "advcl") and node.head.lower_ in REPORTING_VERBS:
            if node.head.lower_ in SELF_REGARD_VERBS and any(
                t.dep_ == "nsubj" and t.lower_ in ("he", "she", "they") for t in node.children
            ):
                return False  # "thinks he's God's gift to the outback": what he thinks of himself
            professions = lexicon("tone_professions")
            return not any(
                t.lower_ in professions or t.ent_type_ == "PERSON" for t in node.subtree
            )
        node = node.head
    return False


SELF_REGARD_VERBS = frozenset(["thinks", "think", "thought", "believes", "believe", "believed"])


# Nouns that frame a person in an insult: "a useless piece of work", "a waste of space".
PERSON_FRAMES = frozenset(["piece", "excuse", "waste", "bunch", "pile", "sack", "lump"])
HOSPITAL_WORDS = frozenset(
    [
        "hospital",
        "general",
        "regional",
        "memorial",
        "infirmary",
        "clinic",
        "center",
        "centre",
        "health",
    ]
)


def _hospital_name(token: Token) -> bool:
    """ "St. Mary's Hospital", "Kingston General": a capitalised hospital word after a name."""
    return (
        token.lower_ in HOSPITAL_WORDS
        and token.text[:1].isupper()
        and token.i > 0
        and token.nbor(-1).text[:1].isupper()
    )


def _tips(tokens: Sequence[Token], i: int) -> bool:
    """ "hacks" as tips: "life hacks", "hacks for night shift"."""
    return tokens[i].lower_ in ("hack", "hacks") and (
        i > 0 and tokens[i - 1].lower_ in ("life", "study", "shift", "sleep", "charting", "my")
        or i + 1 < len(tokens) and tokens[i + 1].lower_ in ("for", "to", "that")
    )


@detector("tone_disparage_colleagues")
def disparage_colleagues(ctx: Context, rule: Rule) -> Iterable[Hit]:
    """A disparaging predicate near a profession or hospital, or an insult aimed at a colleague."""
    predicates = ctx.once("tone.colleagues", _disparaged_colleagues)
    for start, end in predicates:
        yield Hit(start, end)
    for hit in ctx.once("tone.targeted", _targeted):
        if hit.target == "colleague" and not any(
            s < hit.end and hit.start < e for s, e in predicates
        ):  # the same words found both ways are underlined once
            yield Hit(hit.start, hit.end)


REMOTE_DIAGNOSIS_HEDGES = re.compile(
    r"\b(?:announced|announcement|disclosed|revealed|shared|sharing|shares|diagnosed with|"
    r"living with|his diagnosis|"
    # "sharing her own breast cancer diagnosis today", "speak publicly this week about her own"
    r"(?:her|his|their) own (?:[\w-]+ ){0,3}?diagnosis|speak(?:s|ing)? publicly|publicly|"
    # the figure's own telling: "opening up about her postpartum depression on her podcast"
    r"open(?:ing|ed|s)? up about|(?:spoke|speaking|speaks|talking|talked|talks|posted|posting|"
    r"wrote|writing) (?:openly |honestly |candidly )?about (?:her|his|their) own|"
    r"(?:spoke|speaking|speaks|talking|talked|talks|posted|wrote) (?:openly|honestly|candidly)|"
    r"went public|going public|"
    r"her diagnosis|their diagnosis|foundation|awareness|advocacy|advocate|survived|survivor|"
    r"treated for|in remission|passed away|died of)\b",
    _I,
)


# "that actor", "the pop star's": a public figure named by role rather than by name.
FIGURE_ROLE = re.compile(
    # (a kind in quotes may come between: "that 'wellness' influencer")
    r"\b(?:that|this|the|our|their|your) (?:['\"‘“][\w -]{1,25}['\"’”] )?"
    r"(?:pop star|popstar|actor|actress|rapper|singer|"
    r"billionaire|celebrity|politician|influencer|athlete|quarterback|candidate|senator|"
    r"president|prime minister|premier|governor|mayor|minister|ceo|host|comedian|board chair|"
    r"chair of the board|health minister|minister of health|chief of staff|hospital president|"
    r"health secretary|home secretary|foreign secretary|chancellor|secretary of state|"
    r"dean|councillor|mp|mla|striker|footballer|goalkeeper|goalie|quarterback|qb|pitcher|boxer|"
    r"streamer|youtuber|tiktoker|podcaster|anchor|news anchor|talk show host|reality star|"
    r"vlogger|family vlogger|opposition leader)(?:'s)?\b"
    r"|\bpolitician\b"
    # someone known from a screen: "after that viral clip", "the FamFunTV videos"
    r"|\b(?:that|this|the) viral (?:clip|video|tiktok|reel)\b|\b(?-i:[A-Z]\w*TV)\b"
    # a player seen on a broadcast: "Watching the replay of Marco Delacroix going down"
    r"|\b(?:the )?replay of\b|\bhighlights? of\b|\bon the broadcast\b|\bred carpet\b"
    # a role before a name: "does reality star Kenzie Vale have ...", "singer Maya Trell's"
    r"|\b(?:pop star|popstar|actor|actress|rapper|singer|celebrity|influencer|athlete|comedian|"
    r"reality (?:tv )?star|tv host|talk show host|youtuber|tiktoker|streamer|podcaster|"
    r"news anchor|quarterback|footballer|boxer) (?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
    # someone known for what they post: "Kaylee Strand's IG live last night"
    r"|(?-i:\b[A-Z][a-z]+(?: [A-Z][a-z]+)?)'s (?:ig|insta|instagram|tiktok|youtube|twitch|"
    r"podcast) (?:live|video|stream|story|reel|post|episode)\b"
    # "Watched Brandon Vale's latest \"morning protocol\" video"
    r"|(?-i:\b[A-Z][a-z]+(?: [A-Z][a-z]+)?)['\u2019]s (?:latest |newest |new |last |viral )?"
    r"(?:[\"\u201c'\u2018][^\"\u201d'\u2019\n]{1,40}[\"\u201d'\u2019] )?"
    r"(?:video|reel|livestream|tiktok|interview|speech|rant|clips?|press tour|press tour clips)\b"
    # where public figures are watched: "Senator Whitcombe at yesterday's presser", "the new red
    # carpet photos of Kelsey Marchand"
    r"|\b(?:presser|press conference|press briefing|red carpet|paparazzi|campaign rally|"
    r"stump speech|state of the union|question period|pmqs|despatch box|dispatch box|"
    r"conférence de presse|senate testimony|congressional testimony|senate hearing)\b"
    # an office before a name: "Senator Hargrove slurring through that speech"
    r"|\b(?-i:(?:Senator|Sen\.|Governor|Gov\.|Mayor|Premier|President|Congressman|Congresswoman|"
    r"Minister|Chancellor|Rep\.) [A-Z][a-z]+)\b"
    # known by their audience: "that influencer with 2M followers"
    r"|\bwith (?:over |like )?\d+(?:\.\d)?\s?[km]\+? (?:followers|subscribers|subs)\b"
    # an account's own show: "@WellnessWithBree's latest reel"
    r"|@\w+['’]s (?:latest |new |last |recent )?(?:reel|video|live|stream|story|post|tiktok)\b",
    _I,
)


# What lies between a name and a label when the author is sure of it: " is clearly a ",
# "'s obviously ", " is a textbook ".
_LABEL_FILLER = r"(?:(?:a|an|so|such|totally|completely|full-blown|showing signs of|got|in)\s+)*"
SURE_OF_LABEL = re.compile(
    r"(?:'s|\s+(?:is|was|has|seems|looks|sounds))\s+" + _LABEL_FILLER
    + r"(?:clearly|obviously|definitely|undoubtedly|certainly|textbook|classic)\s+" + _LABEL_FILLER,
    _I,
)


# How many sentences after naming a public figure a label still reads as said of them: "Watch
# the senator's speech again. Word-finding pauses, facial droop. That's a TIA at minimum."
FIGURE_REACH = 3
_CONTINUES = re.compile(r"\s*(?:[,;:\u2014\u2013-]|(?:and|but|or|so|which)\b)")


def _public_figure_diagnoses(ctx: Context) -> list[tuple[int, int]]:
    """A diagnostic label in a sentence that names a public figure, or in the few after."""
    hits = []
    reach = 0
    for chunk, sentence in _sentence_records(ctx):
        if sentence.hedges_diagnosis:
            reach = 0
            continue  # a diagnosis the person made public themselves
        if sentence.names_public_figure:
            reach = FIGURE_REACH
        elif not _CONTINUES.match(sentence.sent.text):
            # (a piece the parser split off mid-sentence, ", the left corner of his mouth
            # drooping", goes on with the sentence before)
            reach = max(0, reach - 1)
        if reach and sentence.remote_label:
            start, end = sentence.remote_label
            hits.append((chunk.start_char + start, chunk.start_char + end))
    return hits


@detector("tone_public_figure_diagnosis")
def public_figure_diagnosis(ctx: Context, rule: Rule) -> Iterable[Hit]:
    for start, end in ctx.once("tone.public_figure", _public_figure_diagnoses):
        yield Hit(start, end)


@detector("tone_condescending_reply")
def condescending_reply(ctx: Context, rule: Rule) -> Iterable[Hit]:
    """Condescending or sarcastic wording in a reply or aimed at "you"; a mocking emoji aimed at
    someone; a pet name used as a put-down."""
    chunks = _chunk_records(ctx)
    # (a reply is aimed at whoever it answers, whatever it says of the author's family)
    own_family = not REPLY.match(ctx.text) and OWN_FAMILY.search(ctx.text) is not None
    fond = own_family or WARM.search(ctx.text) is not None
    hearts = HEART.search(ctx.text) is not None
    for chunk, read in chunks:
        for start, end, certain in read.pet_names:
            start, end = chunk.start_char + start, chunk.start_char + end
            # a heart makes a pet name kind ("looks like impetigo, hun ... 💕"), unless it opens
            # a retort ("oh sweetie, vaccines don't work that way ❤️")
            kind = fond or hearts and not RETORT_BEFORE.search(ctx.text, max(0, start - 12), start)
            if kind and ctx.text[start:end].lower() in AFFECTIONATE:
                continue
            if certain or _pet_name_in_post(ctx.text, start, end):
                yield Hit(start, end)
    aimed = (
        bool(REPLY.match(ctx.text) or OPEN_ADDRESS.match(ctx.text))
        or any(read.says_you for _, read in chunks)
    )
    if aimed and not OWN_CONFESSION.search(ctx.text):
        yield from _shifted_spans(chunks, "condescending")
    # "her 'chest pain' 🙄": a he/she/her is someone, as much as a patient noun is. (Not the
    # meme told of oneself: "Me attempting a wound dressing at -18°C in two pairs of gloves: 🤡")
    if (aimed or any(read.names_someone for _, read in chunks)) and not SELF_MEME.match(ctx.text):
        yield from _shifted_spans(chunks, "mocking_emoji")


# A post that opens by addressing people: "To all the moms bringing their kids in at 3am: ...".
OPEN_ADDRESS = re.compile(
    r"^\W*(?:to|dear|attention|hey|memo to|note to|psa to|a message to|message to|whoever) "
    r"[^:.!?\n]{1,100}:",
    _I,
)


# The author owning up to what the post teases: "Imagine having a day off and still checking
# your work email. Guilty 🙋‍♀️". The "you" of such a post is the author.
OWN_CONFESSION = re.compile(
    r"(?:^|[.!?…)]\s*|\n\s*)(?:guilty(?: as charged)?|(?:it'?s|that'?s|this is) (?:me|us)|it me|"
    r"asking for a friend|\*?raises? (?:my )?hand\*?|(?:yes|yep|yup),? (?:i'm|i am|i do|me)|"
    r"we(?:'ve| have) all been there|no judgement,? (?:i|we)(?:'ve| have) (?:all )?done it)\b"
    r"|🙋",
    _I,
)


# The meme told of oneself: "Me attempting a wound dressing at -18°C: 🤡", "me at 2am: ...".
SELF_MEME = re.compile(
    r"\W*me(?:\s+(?:at|when|after|before|attempting|trying|every|on|in|during)\b|\s*:)", _I
)


# Said to the author's own child or partner, a pet name is affection: 'My daughter asked why I
# work nights. "Because people get sick at night too, sweetie."'
OWN_FAMILY = re.compile(
    r"\bmy (?:daughter|son|kids?|child|children|toddler|baby|granddaughter|grandson|grandkids?|"
    r"niece|nephew|wife|husband|partner|girlfriend|boyfriend|mom|mum|dad|little one|spouse|"
    # "My 10yo asked why ...", "my 7-year-old"
    r"\d{1,2} ?(?:yo|y/o|year[- ]old))\b",
    _I,
)
# Pride, love, good wishes and mourning make one a friend's pet name: "So proud of you, buddy.",
# "We lost him a week ago Sunday ... Fly high, buddy."
WARM = re.compile(
    r"\b(?:proud of you|so proud|love you|miss you|happy birthday|congrat\w* (?:to|on)|"
    r"well done|you did it|you earned (?:it|this)|hugs|feel better|get well|so sorry|"
    r"fly high|rest easy|rest in peace|sleep tight|thinking of)\b",
    _I,
)
# What makes "rage" a name rather than anger, besides a medicine: "roid rage", "road rage".
RAGE_OF = frozenset(["roid", "steroid", "road"])
HEART = re.compile("[💕💗💖❤🥰🤗]")
RETORT_BEFORE = re.compile(r"\b(?:oh|ok|okay|sure|listen|look|yes|no|right|well)[\s,]+$", _I)
AFFECTIONATE = frozenset(
    ["sweetie", "sweetheart", "honey", "hun", "hon", "buddy", "pal", "champ", "sunshine"]
    + ["princess"]
)


def _pet_name_in_post(text: str, start: int, end: int) -> bool:
    """A pet name found at the edge of its chunk is one in the post too: the chunk saw no text
    before or after it, where the post may have some ("Sure buddy" + a new line)."""
    first = start
    while first > 0 and text[first - 1].isspace():
        first -= 1
    for at in range(max(0, first - 8), start + 1):  # "listen " or ", " before the name
        m = CONDESCENDING_VOCATIVE.match(text, at)
        if m and m.span(1) == (start, end):
            return True
    return False


def _shifted_spans(chunks: list[tuple[Chunk, ToneChunk]], what: str) -> Iterable[Hit]:
    for chunk, read in chunks:
        for start, end in getattr(read, what):
            yield Hit(chunk.start_char + start, chunk.start_char + end)


@detector("tone_enraged")
def enraged(ctx: Context, rule: Rule) -> Iterable[Hit]:
    """Anger words with shouting (several all-caps words) or runs of "!!!". Venting about a
    shift without a target stays at info; anger with both signals, or aimed at someone, warns."""
    chunks = _chunk_records(ctx)
    shouted = [(c.start_char + s, c.start_char + e) for c, read in chunks for s, e in read.shouted]
    words = sum(read.words for _, read in chunks)
    anger = _first(chunks, "angry") or _first(chunks, "anger_phrase")
    if len(shouted) >= 6 and len(shouted) >= 0.6 * words and (
        anger is not None
        or (SHOUTED_GRIEVANCE.search(ctx.text) and not SHOUTED_JOY.search(ctx.text))
    ):
        # a whole post in capitals with a grievance: anger even without "!!!"
        yield Hit(shouted[0][0], shouted[-1][1], severity="warning")
        return
    if anger is None:
        demand = SHOUTED_DEMAND.search(ctx.text)
        if demand and len(shouted) >= 4 and not SHOUTED_JOY.search(ctx.text):
            yield Hit(*demand.span(), severity="warning")
        return
    shouting = len(shouted) >= 2
    bangs = any(read.bangs for _, read in chunks)
    if not (shouting or bangs):
        if _anger_said_twice(ctx.text):
            # "I'm shaking. I can't even type properly rn I am so angry at this place": said
            # twice in so many words, anger needs no capitals
            yield Hit(*anger, severity="warning")
        return
    aimed = any(read.names_someone for _, read in chunks)
    clear = (
        (shouting and (bangs or _anger_said_twice(ctx.text)))
        or aimed
        or (shouting and SHOUTED_DEMAND.search(ctx.text) is not None)  # "THIS IS UNACCEPTABLE."
    )
    yield Hit(*anger, severity="warning" if clear else "info")


def _anger_said_twice(text: str) -> bool:
    """ "I AM SO ANGRY I CAN'T EVEN TYPE ... I'm literally shaking": two separate words of anger."""
    words = lexicon("tone_anger")
    phrase = _multiword("tone_anger")
    phrases = phrase.findall(text)
    single = [w for w in re.findall(r"[\w']+", phrase.sub(" ", text).lower()) if w in words]
    return len(phrases) + len(single) >= 2


def _first(chunks: list[tuple[Chunk, ToneChunk]], what: str) -> tuple[int, int] | None:
    for chunk, read in chunks:
        span = getattr(read, what)
        if span is not None:
            return chunk.start_char + span[0], chunk.start_char + span[1]
    return None


class ToneSentence:
    """One sentence, read for the tone detectors once per chunk: each fact is worked out the first
    time a detector asks for it. Offsets are the chunk's."""

    def __init__(self, sent: Span, tokens: list[Token]) -> None:
        self.sent = sent
        self.tokens = tokens

    @cached_property
    def lone_insult(self) -> tuple[int, int, str] | None:
        """The sentence is only an insult ("Pathetic."): its words, and what it needs before it:
        "anyone" for a "bunch of ...", aimed at people whatever came before, "colleagues" for a
        scheme ("What a racket."), "someone" for the rest."""
        found = LONE_INSULT.match(self.sent.text)
        if found is None:
            return None
        start = self.sent.start_char
        needs = "someone"
        if found.group("bunch") or found.group("brats"):
            needs = "anyone"
        elif found.group("scheme"):
            needs = "colleagues"
        return start + found.start("word"), start + found.end("word"), needs

    @cached_property
    def names_someone(self) -> bool:
        return _names_someone(self.tokens)

    @cached_property
    def targeted(self) -> list[TargetedHit]:
        return _targeted_in(self.sent, self.tokens)

    @cached_property
    def names_colleagues(self) -> bool:
        return names_colleagues(self.sent, self.tokens)

    @cached_property
    def opens_with_hospital_word(self) -> bool:
        """The chunk opens with a capitalised hospital word: the post's word before it decides
        whether it is a hospital's name ("Kingston | General"), which the chunk cannot see."""
        first = self.tokens[0] if self.tokens else None
        return (
            first is not None
            and first.i == 0
            and first.lower_ in HOSPITAL_WORDS
            and first.text[:1].isupper()
        )

    @cached_property
    def disparaging(self) -> tuple[int, int] | None:
        """The first disparaging predicate ("useless", "a joke") that is not spared."""
        predicates = lexicon("tone_disparaging")
        tokens = self.tokens
        start = self.sent.start_char
        for i, token in enumerate(tokens):
            if token.lower_ in predicates and not self._spared_predicate(i, i):
                if _tips(tokens, i):
                    continue  # "Life hacks for night shift"
                return token.idx, token.idx + len(token.text)
        first_token = {token.idx: i for i, token in enumerate(tokens)}
        last_token = {token.idx + len(token.text): i for i, token in enumerate(tokens)}
        for found in _multiword("tone_disparaging").finditer(self.sent.text):
            first = first_token.get(start + found.start())
            last = last_token.get(start + found.end())
            if first is None or last is None or not self._spared_predicate(first, last):
                return start + found.start(), start + found.end()
        return None

    @cached_property
    def _of_a_situation(self) -> Callable[[int, int], bool]:
        return _situations(self.sent)

    def _spared_predicate(self, first: int, last: int) -> bool:
        """The predicate over ``tokens[first..last]`` disparages no one: it is negated or part of
        a verdict on a situation (``_spared``), qualifies a thing ("crazy talented"), is said of
        a thing ("the new EHR is useless", "the flooding was a disaster") or in what someone
        reported ("Pharmacists warn that mixing ... is dangerous"), names whom someone is
        targeted by ("targeted by con artists"), is said by the author of themselves ("I can't
        read your MRI over Twitter") or quotes a claim to answer it ('the op-ed claiming NPs are
        "doctors lite"')."""
        tokens = self.tokens
        before = tokens[first].idx - self.sent.start_char
        return (
            _spared(tokens, first, self._of_a_situation)
            or _describes_a_thing(tokens, last)
            or _said_of_a_thing(tokens[last])
            or _reported_of_no_colleague(tokens[first])
            or _whom_something_is_done_by(tokens[last])
            or _SELF_SUBJECT.search(self.sent.text, 0, before) is not None
            or _SELF_DESCRIBED.search(self.sent.text, 0, before) is not None
            # "I felt useless", "I didn't call because I didn't want to look stupid"
            or SELF_BEFORE.search(self.sent.text, max(0, before - UNLESS_BEFORE_CHARS), before)
            is not None
            or _FEARED_TO_LOOK.search(self.sent.text, max(0, before - 40), before) is not None
            or _QUOTED_CLAIM.search(self.sent.text, 0, before) is not None
            or _someone_hired(tokens, first)
        )

    @cached_property
    def hedges_diagnosis(self) -> bool:
        return bool(REMOTE_DIAGNOSIS_HEDGES.search(self.sent.text))

    @cached_property
    def names_public_figure(self) -> bool:
        figures = lexicon("tone_public_figures")
        text = self.sent.text
        return bool(
            any(t.lower_ in figures for t in self.tokens)
            or _multiword("tone_public_figures").search(text)
            or FIGURE_ROLE.search(text)
            or self._named_person_labelled()
        )

    def _named_person_labelled(self) -> bool:
        """A named person said, with certainty, to have the label: "Dr. Oz is clearly a
        narcissistic psychopath". "Dr. Chen is clearly an expert in dementia care" is not."""
        label = self.remote_label
        if label is None:
            return False
        for ent in self.sent.ents:
            if ent.label_ != "PERSON":
                continue
            start, end = ent.end_char - self.sent.start_char, label[0] - self.sent.start_char
            if start <= end and SURE_OF_LABEL.fullmatch(self.sent.text[start:end]):
                return True
        return False

    @cached_property
    def remote_label(self) -> tuple[int, int] | None:
        """The first psychiatric or neurological label ("dementia", "narcissistic") said of
        someone: not the name of a service or a topic ("opened our new dementia unit", "funding
        for ADHD")."""
        labels = lexicon("tone_remote_diagnoses")
        text, start = self.sent.text, self.sent.start_char
        for t in self.tokens:
            if t.lower_ in labels and not _a_topic(text, t.idx - start, t.idx - start + len(t)):
                return t.idx, t.idx + len(t.text)
        for phrase in _multiword("tone_remote_diagnoses").finditer(text):
            if not _a_topic(text, *phrase.span()):
                return start + phrase.start(), start + phrase.end()
        order = _ORDER_A_WORKUP.search(text)
        if order:
            return start + order.start(), start + order.end()
        # any condition, said with certainty of someone seen on a screen: "That's pertussis or
        # I'll eat my stethoscope", "a textbook ACL rupture", "nephrotic syndrome until proven
        # otherwise" (the label itself is a medical one, so only with the certainty)
        for sure in _SURE_OF_IT.finditer(text):
            found = _any_condition().match(text, sure.end())
            word = _ONE_WORD.match(text, sure.end())
            if found is None and word:  # a kind the list lacks: "that's plaque psoriasis"
                found = _any_condition().match(text, word.end())
            if found and not _a_topic(text, *found.span()):
                return start + found.start(), start + found.end()
        return None


_ONE_WORD = re.compile(r"[a-z-]+\s+", _I)
_SURE_OF_IT = re.compile(
    r"\b(?:that['’]s|that is|it['’]s|textbook|classic|clearly|definitely|obviously|guaranteed|"
    r"screams|looks like|looks a lot like|looks exactly like|is giving)\s+"
    r"(?:(?:an?|the|early|late|full-blown|textbook|classic|"
    # "That's uncontrolled diabetes", "that is 100% untreated plaque psoriasis"
    r"100%|totally|absolutely|definitely|clearly|obviously|uncontrolled|untreated|undiagnosed|"
    r"poorly controlled|advanced|severe|new-onset|early-onset)\s+)*",
    _I,
)


@cache
def _any_condition() -> re.Pattern[str]:
    """A condition's name from the advice pack's list, matched where it starts."""
    entries = {e.lower() for e in lexicon("advice_conditions") if len(e) > 3}
    return re.compile(r"(?:" + trie(entries) + r")(?!\w|-\w)", _I)


# A workup ordered for someone seen on a screen: "somebody get that man a CT", "get the man a
# dermatologist before the next debate"
_ORDER_A_WORKUP = re.compile(
    r"\bget (?:that|the|this) (?:man|woman|guy|lady|gentleman|poor man|poor woman) "
    r"(?:to |some |)(?:an? )?(?:[\w-]+ ){0,2}?"
    r"(?:ct|mri|scan|head ct|neuro consult|neurologist|dermatologist|oncologist|cardiologist|"
    r"psychiatrist|psych eval|biopsy|echo|workup|work-up|consult|clinic|specialist|"
    r"ophthalmologist|endocrinologist|help)\b"
    # sure of a diagnosis from a screen: "That head tilt is a 4th nerve palsy until proven
    # otherwise"
    r"|\b(?:is|are|=|that['’]s|it['’]s) (?:an? |classic |textbook )?(?:[\w'-]+ ){1,4}?"
    r"until proven otherwise\b",
    _I,
)


# A label that names a service, a field or a topic rather than someone's illness: "the new
# dementia unit", "ADHD clinic", "funding for dementia", "talked about bipolar disorder".
_SERVICE_AFTER = re.compile(
    r"\s+(?:unit|units|clinic|clinics|care|ward|wing|program|programme|services?|strategy|"
    r"research|researchers?|funding|awareness|screening|team|centre|center|society|association|"
    r"foundation|charity|walk|support|patients|residents|beds?|facility|home|village|friendly|"
    r"specialists?|nurses?|network|initiative|plan|month|day|week)\b",
    _I,
)
_TOPIC_BEFORE = re.compile(r"\b(?:for|about|into|on|against)\s+$", _I)


def _a_topic(text: str, start: int, end: int) -> bool:
    return bool(_SERVICE_AFTER.match(text, end) or _TOPIC_BEFORE.search(text, 0, start))


def _sentence_records(ctx: Context) -> list[tuple[Chunk, ToneSentence]]:
    return sentence_records(ctx, "tone.sentences", ToneSentence)


class ToneChunk:
    """What the tone detectors that weigh the whole post ask of one chunk of it, each worked out
    the first time it is asked. Offsets are the chunk's."""

    def __init__(self, ctx: Context) -> None:  # the chunk as a post of its own
        self.text = ctx.text
        self.tokens = post_tokens(ctx)

    @cached_property
    def says_you(self) -> bool:
        return any(t.lower_ in SECOND_PERSON for t in self.tokens)

    @cached_property
    def names_someone(self) -> bool:
        return _names_someone(self.tokens)

    @cached_property
    def pet_names(self) -> list[tuple[int, int, bool]]:
        """Pet names used as a put-down, and whether the chunk alone is sure of each: one at its
        very start or followed by nothing but spaces depends on the post around the chunk."""
        found = []
        for m in CONDESCENDING_VOCATIVE.finditer(self.text):
            start, end = m.span(1)
            at_edge = start == 0 or not self.text[end:].strip()
            found.append((start, end, not at_edge))
        return found

    @cached_property
    def condescending(self) -> list[tuple[int, int]]:
        return [m.span() for m in CONDESCENDING.finditer(self.text)]

    @cached_property
    def mocking_emoji(self) -> list[tuple[int, int]]:
        return [m.span() for m in MOCKING_EMOJI.finditer(self.text)]

    @cached_property
    def _anger_counts(self) -> tuple[tuple[int, int] | None, list[tuple[int, int]], int]:
        anger = lexicon("tone_anger")
        angry = None
        shouted = []
        words = 0
        drugs = lexicon("advice_drugs")
        for t in self.tokens:
            word = t.lower_
            # (a side effect's name: "the Keppra rage you mentioned", "roid rage")
            before = t.nbor(-1).lower_ if t.i > 0 else ""
            effect = before in drugs or before in RAGE_OF
            if angry is None and word in anger and not effect:
                angry = t.idx, t.idx + len(t.text)
            if t.is_alpha and len(t.text) >= 3:
                words += 1
                if t.is_upper and word not in SHOUT_ALLOWED:
                    shouted.append((t.idx, t.idx + len(t.text)))
        return angry, shouted, words

    @property
    def angry(self) -> tuple[int, int] | None:
        """The first anger word."""
        return self._anger_counts[0]

    @property
    def shouted(self) -> list[tuple[int, int]]:
        """Words of three letters or more in capitals, but for abbreviations ("ICU")."""
        return self._anger_counts[1]

    @property
    def words(self) -> int:
        """Words of three letters or more."""
        return self._anger_counts[2]

    @cached_property
    def anger_phrase(self) -> tuple[int, int] | None:
        phrase = _multiword("tone_anger").search(self.text)
        return phrase.span() if phrase else None

    @cached_property
    def bangs(self) -> bool:
        return bool(BANGS.search(self.text))


def _chunk_records(ctx: Context) -> list[tuple[Chunk, ToneChunk]]:
    return chunk_records(ctx, "tone.chunks", ToneChunk)


# -- swearing at the one answered -------------------------------------------------------------

# Mild swearing ("damn", "crap", "what the hell") is only mild on its own ("Damn, what a shift").
# Said to the person a reply answers, or in an order given to them, it is hostile: "@karen no,
# you should NOT skip fasting, what the hell", "Stop giving him that charcoal crap", "Dude. Take
# the damn amoxicillin".
_MILD_SWEAR = re.compile(
    r"\b(?:what the (?:hell|heck)|the hell|(?:the|that|this|your|those|these) (?:damn|bloody|"
    r"freaking|friggin|frickin)|damn|damned|goddamn|crap|crappy|bloody hell)\b",
    _I,
)
# (besides a reply's @handle or u/name, ``REPLY``)
_OPENS_ON_SOMEONE = re.compile(
    r"^\W*(?:dude|bro|buddy|mate|sir|ma['’]am|lady|pal|no|nope|lol|jesus|my guy|my dude)\b",
    _I,
)
_ORDER_OR_YOU = re.compile(
    r"\b(?:you|your|you're|youre|u|ur|stop|quit|take|get|give|put|don['’]t|do not|never|drop)\b",
    _I,
)
# Warmth, sympathy and praise: "Damn, you crushed it", "@jo damn, so sorry about your dad"
_KIND = re.compile(
    r"\b(?:proud|congrat\w*|well done|amazing|awesome|brilliant|great job|crushed it|nailed it|"
    r"killed it|legend|love|thank\w*|sorry|hugs|condolences|hope (?:you|he|she|they)|feel better|"
    r"get well|good luck|impressive|beautiful|gorgeous|cute|lucky)\b|❤️|💛|💙|💜|🧡|💚|🥰|😍|🙏|👏",
    _I,
)


def _swearing_at_reader(ctx: Context) -> list[tuple[int, int]]:
    text = ctx.text
    if not (REPLY.match(text) or _OPENS_ON_SOMEONE.match(text)) or _KIND.search(text):
        return []
    hits = []
    for chunk, sentence in _sentence_records(ctx):
        start = chunk.start_char + sentence.sent.start_char
        end = chunk.start_char + sentence.sent.end_char
        swear = _MILD_SWEAR.search(text, start, end)
        if swear and _ORDER_OR_YOU.search(text, start, end):
            hits.append(swear.span())
    return hits


@detector("tone_swearing_at_reader")
def swearing_at_reader(ctx: Context, rule: Rule) -> Iterable[Hit]:
    """Mild swearing in a reply, aimed at the one it answers."""
    for start, end in ctx.once("tone.swearing_at_reader", _swearing_at_reader):
        yield Hit(start, end)
