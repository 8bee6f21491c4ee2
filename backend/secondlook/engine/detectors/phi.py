"""The phi pack's detectors for names, dates, ages, places, addresses, photos and the combination
of quasi-identifiers. The numbered identifiers (phone, health card, MRN...) are in
``identifiers.py``; both read the shared post model of ``phi_model.py``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from secondlook.engine.context import Context
from secondlook.engine.detectors import detector
from secondlook.engine.detectors.identifiers import outermost, severity_for
from secondlook.engine.detectors.phi_cues import (
    CARE_EVENT,
    MADE_PUBLIC,
    PUBLIC_ROLE,
    STAFF_LEAVE,
    TEAM_BEFORE,
    TEAM_MEMBER,
)
from secondlook.engine.detectors.phi_details import (
    EPONYM_NOUN,
    GIFT_FOR_US,
    LABELS,
    PLACES,
    Mention,
)
from secondlook.engine.detectors.phi_model import (
    Combination,
    PostModel,
    paragraph_spans,
    post_dates,
    post_model,
    towns,
)
from secondlook.engine.findings import Hit
from secondlook.engine.lexicons import lexicon
from secondlook.rules.loader import Rule

FIRST_NAMES = lexicon("phi_first_names")
CUED_NAMES = lexicon("phi_cued_names")  # "John", "Grace": names only right after a cue
SURNAMES = lexicon("phi_surnames")
NOT_NAMES = lexicon("phi_not_names")

# -- names ------------------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪŁŃŇŌŐŘŚŠŢŤŪŮŰŹŻŽ"
_LOW = "a-zß-öø-ÿāăąćčďđēęěğīłńňōőřśšţťūůűźżž"
_CAP = rf"(?:[{_UP}][{_LOW}'’-]+(?:-[{_UP}][{_LOW}'-]+)?|[{_UP}]{{2,}}|O'[A-Z][a-z]+|Mc[A-Z][a-z]+)"
_ANY = rf"[{_UP}{_LOW}][{_UP}{_LOW}'’-]+"
_PATIENT_TITLE = re.compile(
    r"\b(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Mm]x|[Mm]ister|MR|MRS|MS|MISS|"
    # French and Spanish titles ("M. Arsenault", not "M&M. They")
    r"Mme|MME|Mlle|Madame|Monsieur|Sra|Srta|Doña|(?<!&)M(?=\.\s+[A-Z][a-z])|"
    # Singapore's and Malaysia's: "Mdm Siti Rahmah", "Encik Rahman"
    r"Mdm|MDM|Puan|Encik)\.?\s+"
    rf"(?P<name>{_ANY}(?:\s+{_CAP})?)"
)
_OUR_TEAM_AFTER = re.compile(
    r",?\s+(?:from|of|on|in|with)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:team|department|dept|"
    r"staff|crew|office|housekeeping|maintenance|kitchen|lab|laboratory|pharmacy|front desk|"
    r"reception|admin|administration|security|volunteers)\b",
    re.I,
)
# "Mr. B", "Mrs. K.": a patient's title and initial, the usual way to half-hide a name.
_TITLE_INITIAL = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Mdm)\.?\s+(?P<name>[A-Z])\.?(?![\w'’-])")
_CLINICIAN_TITLE = re.compile(
    # a full word ("nurse. What") takes no period; an abbreviation ("Dr.") may
    r"\b(?:(?:[Dd]rs?|DRS?|[Dd]re|[Pp]rof|md|MD|np|NP|rn|RN|HO|PA)(?:\.\s*|\s+)"
    r"|(?:[Dd]octor|DOCTOR|[Pp]rofessor|[Nn]urse|NURSE)\s+)"
    rf"(?P<name>(?:[A-Za-z]\.?\s+)?{_ANY}(?:\s+{_CAP})?)"
    rf"(?:\s+(?:and|&|AND)\s+(?P<second>{_ANY}))?"
)
_CREDENTIAL_AFTER = re.compile(
    rf"(?P<name>\b(?:[A-Za-z]\.\s*)?{_ANY}(?:\s+[A-Za-z]\.?)?(?:\s+{_ANY})?),?\s+"
    r"(?:RN|MD|NP|RRT|PA-C|PA|LPN|RPN|CNA|RT|PharmD|MSW|LCSW|BSN/RN|BSN|MSN|DNP|FNP-C|FNP|APRN|"
    r"rn|rrt|bsn/rn|np)\b"
)
_RELATIVE = re.compile(
    # "pour son prix", "avec sa famille": French "son" is "his" or "her"
    r"(?<!\bpour )(?<!\bavec )(?<!\bdans )(?<!\bpar )(?<!\bsur )(?<!\bet )(?<!\bà )(?<!\bde )"
    r"\b(?:wife|husband|son|daughter|mother|father|mom|dad|sister|brother|niece|nephew|aunt|"
    r"uncle|grandson|granddaughter|friend|neighbou?r|fianc[eé]e?|partner|girlfriend|boyfriend|"
    r"hcp|proxy|guardian|caregiver|named|name is|goes by)\b[,:]?\s+"
    rf"(?P<name>{_ANY}(?:\s+{_CAP})?)",
    re.I,
)
_CREDENTIALS = frozenset(
    ["RT", "RRT", "RN", "RPN", "LPN", "NP", "MD", "DO", "PA", "OT", "PT", "SLP", "EMT", "RD", "RM"]
)
_CUE_BEFORE = re.compile(
    r"\b(?:per|paged|notified|spoke (?:with|to)|seen by|discussed with|d/w|called|pt|patient)"
    rf"(?:\s+(?:pt|patient))?,?\s+(?P<name>{_ANY}(?:\s+{_CAP})?)",
    re.I,
)
# Someone the author saw where they give care: "I saw Bill in clinic on Tuesday".
_SEEN_IN_CARE = re.compile(
    # ("just following up after seeing Liam at the clinic on Tuesday")
    rf"\b(?:(?:i|we) (?:saw|examined|assessed|reviewed|treated)|after (?:seeing|examining|"
    rf"treating)) (?P<name>{_CAP})\s+"
    r"(?:in (?:clinic|surgery|the (?:clinic|office|ed|er|emerg|surgery|ward|unit))"
    r"|at (?:the |our )?(?:clinic|surgery|office|practice|pharmacy|hospital|walk-in))\b"
    # known from the author's care: "I know Ella from clinic", "we met Sam on the ward"
    rf"|\b(?:i|we) (?:know|knew|met|remember) (?P<known>{_CAP}) (?:from|in|on|at) "
    r"(?:the |our |my )?(?:clinic|ward|unit|floor|hospital|er|ed|practice|office|surgery|group|"
    r"program|programme|rehab|icu|nicu|picu)\b"
    # "I'm the nurse who saw Amara at Camp Wildwood yesterday"
    rf"|\b(?:nurse|doctor|doc|medic|np|pa|paramedic|midwife|one) who (?:saw|treated|examined|"
    rf"stitched up|patched up|looked after|assessed) (?P<seen>{_CAP}) (?:at|in|on|this|last|"
    r"yesterday|today)\b"
    # seen hurting: "saw Ava limping at warm-ups today", "watched Jake go down on the play"
    rf"|\b(?:saw|watched|noticed|spotted) (?P<hurt>{_CAP}) (?:limping|wincing|hobbling|grimacing|"
    r"favou?ring|holding (?:his|her|their) \w+|grabbing (?:his|her|their) \w+|go down|going down|"
    r"collapse|collapsing|fall|falling|struggling to breathe)\b",
    re.I,
)
# Someone named by the role the community knows them by: "Pastor Mike from Bethel Church".
_ROLE_TITLE = re.compile(
    r"\b(?:Pastor|Reverend|Rev\.?|Father|Fr\.|Rabbi|Imam|Coach|Captain|Capt\.?|Sergeant|Sgt\.?|"
    r"Constable|Cst\.?|Officer|Judge|Mayor|Councillor|Chief|Elder|Sister|Brother)\s+"
    rf"(?P<name>{_CAP})"
)
_TITLES = frozenset(["dr", "dre", "prof", "mr", "mrs", "ms", "mx", "mdm", "sister", "nurse"])
# "has been named Medical Coordinator": a post, not a name ("the baby was named Olivia" is one)
_APPOINTED_AS = re.compile(
    r"\b(?:Coordinator|Director|Chief|Lead|Head|Manager|President|Chair|Fellow|Officer|Dean|"
    r"Educator|Supervisor|Champion|Ambassador|Winner|Recipient)\b"
)
# "named District 4 Athletic Trainer of the Year": an honour's title runs on after the word
_AN_HONOUR_AFTER = re.compile(
    r"(?:\s+[A-Z0-9][\w'’&-]*){0,5}\s+(?:(?:of|for) the (?:Year|Month|Week|Season|Decade)|"
    r"Award|Trophy|Prize|Medal|Scholarship|Fellowship|Honou?r Roll|Hall of Fame)\b"
)
_NURSES = re.compile(r"\b(?:nurs(?:e|es|ing)|ward|theatres?|matron)\b", re.I)


def _ward_sister(text: str, at: int) -> bool:
    """ "Special mention to Sister Grace Mbeki" in a post about nursing: a senior nurse's title
    (capitalized, not "my sister"), not a patient's sibling."""
    return text.startswith("Sister ", at) and _NURSES.search(text) is not None
_CUE_AFTER = re.compile(
    rf"\b(?P<name>(?:[A-Za-z]\.\s?)?{_ANY})\s+(?:aware|notified|paged|at (?:the )?bedside|updated"
    rf"|in to see|"
    r"here to see|came to see|visited|at bs)\b",
    re.I,
)
_CAPITALIZED_PAIR = re.compile(
    rf"\b(?P<first>[{_UP}][{_LOW}'’-]+(?<=-)[{_UP}][{_LOW}'’]+|[{_UP}][{_LOW}'’-]+)"
    rf"\s+(?:[{_UP}]\.?\s+)?(?P<last>{_CAP})\b"
)
_ANY_PAIR = re.compile(
    r"\b(?P<first>[A-Za-z][a-z'’-]+|[A-Z]{2,})\s+(?P<last>[A-Za-z][a-z'’-]+|[A-Z]{2,})\b"
)
# A thing given a name: "the mannequin is named Noelle", "The fax machine and I are now on a
# first-name basis. His name is Gary." (Not vehicles: "drove his truck into the bay doors. His
# name is Dave" names the driver.)
_THINGS_NAME = re.compile(
    r"\b(?:mannequin|manikin|sim(?:ulator)?|dummy|doll|printer|fax(?: machine)?|machine|robot|"
    r"computer|pager|plant|skeleton|pump)\b[^\n]{0,60}?"
    r"(?:named|called|name is|name's)\s+$",
    re.I,
)
_SAINT_BEFORE = re.compile(r"\b(?:St|Ste|Saint)\.?\s+$")
# A saint's name with its "'s" is a hospital's, a church's or a school's: "St Brendan's eye unit"
_A_SAINTS_PLACE = re.compile(r"(?:St|Ste|Saint)\.?\s+[A-Z][\w-]*['’]s\b")
_CAPITALIZED = re.compile(rf"(?<![\w.])[{_UP}][{_LOW}'’-]{{2,}}\b")
# (not "our baby Mateo" or "my baby Mateo": the author's own child, as in _LITTLE_ONE)
_BABY_NAME = re.compile(
    # (nor a unit's name: "our new Mother-Baby Unit")
    rf"(?<!\b(?i:my) )(?<!\b(?i:our) )(?<!-)\b(?i:baby|preemie)\s+"
    rf"(?P<name>[{_UP}][{_LOW}'’-]{{2,}})\b"
)
# What follows "baby" that is no child's name: medicines, songs and products.
NOT_BABY_NAMES = lexicon("advice_drugs") | frozenset(
    ["shark", "boomer", "boomers", "boom", "yoda", "bjorn", "jesus", "gap", "shower", "blues",
     "driver", "einstein", "bottle", "food", "formula", "monitor", "steps", "doc", "bump",
     # a unit or a class named for babies: "our new Baby Unit", "Baby Yoga Tuesdays"
     "unit", "ward", "suite", "suites", "clinic", "centre", "center", "room", "group", "class",
     "classes", "yoga", "massage", "café", "cafe", "friendly", "days", "week", "fair"]
)


def _verbish(token: str) -> bool:
    """ "visited", "staying", "aware", and in lower case "runs" or "occasionally": words that
    follow "daughter" and are not her name."""
    low = token.lower()
    if low in NOT_NAMES:
        return True
    endings = ("ed", "ing", "'s", "s", "ly") if token.islower() else ("ed", "ing", "'s")
    return low.endswith(endings) and low not in FIRST_NAMES and low not in SURNAMES


def _common_word(ctx: Context, start: int) -> bool:
    """The word at ``start`` is parsed as anything but a proper noun: "mom life", "our friend
    group", "my mom broke her wrist"."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span[0].idx == start and span[0].pos_ != "PROPN"


def _name_ok(token: str) -> bool:
    low = token.lower().strip("'’")
    # "she hasn't visited": a contraction is no name
    return len(low) > 1 and low not in NOT_NAMES and not low.endswith(("n't", "n’t"))


def _given_name(token: str) -> bool:
    """A given name, hyphenated ones included: "Jean-Guy", "Mary-Ann"."""
    low = token.lower()
    return low in FIRST_NAMES or ("-" in low and low.split("-")[0] in FIRST_NAMES)


def _known_name(token: str) -> bool:
    low = token.lower().strip("'’")
    return low in FIRST_NAMES or low in SURNAMES


def _trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop trailing words of a captured name that are not names ("Janet logan is" -> "Janet
    logan"); None when the first word is no name at all."""
    words = list(re.finditer(r"\S+", text[start:end]))
    kept = []
    for i, w in enumerate(words):
        token = w.group(0).rstrip(",.;:")
        if not _name_ok(token) or (i > 0 and not (token[:1].isupper() or _known_name(token))):
            break
        kept.append((start + w.start(), start + w.start() + len(token)))
    if not kept:
        return None
    return kept[0][0], kept[-1][1]


def person_names(ctx: Context) -> list[tuple[int, int, str]]:
    """Every name in the post with its role: patient, relative, clinician or unknown."""
    return ctx.once("phi.names", _person_names)


def _person_names(ctx: Context) -> list[tuple[int, int, str]]:
    text = ctx.text
    found = {
        (s + by, e + by): role
        for by, names in ctx.per_paragraph("phi.names_in", _names_in)
        for (s, e), role in names.items()
    }
    town_spans = towns(ctx)
    found = {
        _hyphenated_first(text, span): ("addressee" if _vocative(text, span[0]) else role)
        for span, role in found.items()
        if not _eponym(text, *span)
        and not _named_thing(text, *span)
        and not _names_a_site(text, *span)
        and not _RESEMBLES.search(text, max(0, span[0] - 30), span[0])
        and not _THINGS_NAME.search(text, max(0, span[0] - 90), span[0])
        and not _DESTINATION.search(text, max(0, span[0] - 40), span[0])
        and not _A_SAINTS_PLACE.match(text, span[0])
    }
    # "Our nurse manager Brenda ... Brenda. I had a patient actively coding": one of the team,
    # however often she is named
    for span, role in found.items():
        if role == "unknown" and TEAM_BEFORE.search(text, max(0, span[0] - 60), span[0]):
            found[span] = "clinician"
    # (by the first name, past a title: "Dr. Amara Nwosu ... Amara started with us")
    team = {
        next((w for w in text[s:e].split() if w.rstrip(".").lower() not in _TITLES), "")
        for (s, e), role in found.items()
        if role == "clinician"
    }
    found = {
        span: "clinician" if role == "unknown" and text[slice(*span)].split()[0] in team else role
        for span, role in found.items()
    }
    return sorted(
        (s, e, role)
        for (s, e), role in found.items()
        # (a town's name is a child's after "little": "little Ava's face")
        if (
            role != "unknown"
            or not any(a <= s and e <= b for a, b in town_spans)
            or _LITTLE_ONE.search(text, max(0, s - 12), s)
        )
        and not _office_holder(text, s, e)
    )


def _office_holder(text: str, start: int, end: int) -> bool:
    """ "Councillor Briggs", "Senator Whitcombe", "singer Maya Trell": someone in public office or
    public life, named as such, whose name is news; unless a care event is told beside it ("Mayor
    Dunn was admitted last night")."""
    first = text[start:end].split()[0].rstrip(".")
    public = _PUBLIC_TITLE.fullmatch(first) or _PUBLIC_LIFE_BEFORE.search(
        text, max(0, start - 30), start
    )
    around = text[max(0, start - 80) : end + 80]
    return bool(public) and (not CARE_EVENT.search(around) or bool(MADE_PUBLIC.search(around)))


_PUBLIC_LIFE_BEFORE = re.compile(r"\b" + PUBLIC_ROLE + r"\s+$", re.I)
_PUBLIC_TITLE = re.compile(
    r"councill?or|senator|sen|mayor|premier|minister|president|governor|gov|congress(?:wo)?man|"
    r"rep|mp|mpp|mla|alderman|alderwoman|reeve|commissioner|chancellor",
    re.I,
)


def _names_in(ctx: Context) -> dict[tuple[int, int], str]:
    """The names of a paragraph with their role, before what reads the post around them."""
    text = ctx.text
    found: dict[tuple[int, int], str] = {}

    def add(
        span: tuple[int, int] | None, role: str, *, whole: tuple[int, int] | None = None
    ) -> None:
        if span is None:
            return
        s, e = whole[0] if whole else span[0], span[1]
        if any(a <= s < b or s <= a < e for a, b in found):
            return
        found[(s, e)] = role

    for m in _PATIENT_TITLE.finditer(text):
        name = _trim_name(text, *m.span("name"))
        if name and (text[name[0]].isupper() or _known_name(text[name[0] : name[1]])):
            # "Mr. Rogers from our maintenance team" is one of the staff
            role = "clinician" if _OUR_TEAM_AFTER.match(text, name[1]) else "patient"
            add(name, role, whole=(m.start(), name[1]))
    for m in _TITLE_INITIAL.finditer(text):
        add(m.span("name"), "patient", whole=(m.start(), m.end("name")))
    for m in _CLINICIAN_TITLE.finditer(text):
        if m.group("second") and _name_ok(m.group("second")):
            add(m.span("second"), "clinician")
        name = _trim_name(text, *m.span("name"))
        first = text[name[0] : name[1]].split()[0] if name else ""
        if name and (first[:1].isupper() or _known_name(first) or m.group(0)[:2].lower() == "dr"):
            add(name, "clinician", whole=(m.start(), name[1]))
    for m in _CREDENTIAL_AFTER.finditer(text):
        words = [w.strip(".,") for w in m.group("name").split()]
        if words and all(_name_ok(w) and not _verbish(w) for w in words if len(w) > 1):
            add(m.span("name"), "clinician")
    for m in _RELATIVE.finditer(text):
        name = _trim_name(text, *m.span("name"))
        first = text[name[0] : name[1]].split()[0] if name else ""
        # (not a credential, nor the word itself again in a list of trials: "Hey friend, RT
        # here", "rests on PARTNER, PARTNER2"; "DAUGHTER VERONICA" in a note is a name, "goes
        # by WEIGHT" a shout)
        said = m.group(0)[: name[0] - m.start()].strip(" ,:").lower() if name else ""
        acronym = first.isupper() and (
            first in _CREDENTIALS or first.lower() == said or not _known_name(first)
        )
        if name and not acronym and not _verbish(first) and first.lower() not in STOP_WORDS:
            # "daughter kaylee", "son bill", but not "proud daughter moment", "mom broke her"
            cued = _known_name(first) or first.lower() in CUED_NAMES
            appointed = (
                _APPOINTED_AS.search(text[name[0] : name[1]]) is not None
                or _AN_HONOUR_AFTER.match(text, name[1]) is not None
            )
            if not (first.islower() and not cued and _common_word(ctx, name[0])) and not appointed:
                add(name, "clinician" if _ward_sister(text, m.start()) else "relative")
    for m in _CUE_BEFORE.finditer(text):
        name = _trim_name(text, *m.span("name"))
        token = text[name[0] : name[1]].split()[0] if name else ""
        cued = token.istitle() and token.lower() in CUED_NAMES  # "my patient John"
        if name and _name_ok(token) and (_known_name(token) or cued):
            add(name, "unknown")
    for m in _SEEN_IN_CARE.finditer(text):
        group = next(g for g in ("name", "known", "hurt", "seen") if m.group(g))
        said = m.group(group)
        # (not "I know I'm in the hospital")
        if said[0].isupper() and _name_ok(said) and not re.search(r"['’]", said) and (
            group == "name" or said.lower() not in STOP_WORDS
        ):
            add(m.span(group), "patient")
    for m in _ROLE_TITLE.finditer(text):
        titled = m.group("name")  # the title is a cue, as "my patient" is before "John"
        if _given_name(titled) or titled.lower() in CUED_NAMES or (
            _known_name(titled) and not _common_word(ctx, m.start("name"))
        ):
            role = "clinician" if _ward_sister(text, m.start()) else "unknown"
            add(m.span("name"), role, whole=(m.start(), m.end("name")))
    for m in _CUE_AFTER.finditer(text):
        token = m.group("name").split()[-1]
        if _name_ok(token) and token.lower() not in STOP_WORDS and not _verbish(token):
            add(m.span("name"), "unknown")
    for m in _INITIAL_SURNAME.finditer(text):
        last = m.group("last")
        if _name_ok(last) and last.upper() not in _LAB_ABBREVIATIONS:  # "on the R. WBC 14"
            add(m.span(), "unknown")
    for m in _ANY_PAIR.finditer(text):
        first, last = m.group("first").lower(), m.group("last").lower()
        if first in FIRST_NAMES and last in SURNAMES and _name_ok(last):
            add(m.span(), "unknown")
    for m in _CAPITALIZED_PAIR.finditer(text):
        first, last = m.group("first"), m.group("last")
        if first.lower() in _CALENDAR_WORDS:
            continue  # "on Sunday FINISHED THE HALF": a day, then a shout
        if (
            _given_name(first)
            and _name_ok(last)
            and not _sentence_start(text, m.start())
            or last.lower() in SURNAMES
            and _name_ok(first)
            and _name_ok(last)
            and (first.lower() in FIRST_NAMES or not _sentence_start(text, m.start()))
        ):
            add(m.span(), "unknown")
    for m in _CAPITALIZED.finditer(text):
        token = m.group(0)
        if token[-2:] in ("'s", "’s"):
            # "little Ava's face": the name without its possessive; not a disease
            # ("Parkinson's") nor a saint's hospital ("St. Brigid's")
            if token.lower() in lexicon("advice_conditions") or _SAINT_BEFORE.search(
                text, max(0, m.start() - 6), m.start()
            ):
                continue
            token = token[:-2]
        # a given name (never a common word: those are left out of the list) may open a sentence
        opening = _sentence_start(text, m.start()) and token.lower() not in FIRST_NAMES
        if _known_name(token) and _name_ok(token) and not opening:
            add((m.start(), m.start() + len(token)), "unknown")
    for m in _BABY_NAME.finditer(text):
        # "baby Mateo": given names newer than the list's, but not "baby Tylenol"
        token = m.group("name")
        if _name_ok(token) and token.lower() not in NOT_BABY_NAMES:
            add(m.span("name"), "unknown")
    for m in _HASHTAG.finditer(text):
        for span in _hashtag_names(m):
            add(span, "patient")
    if ctx.has_model:
        for ent in ctx.entities():
            start, said = _without_opening_verb(ent.start_char, ent.text)
            if ent.label == "PERSON" and _person_entity_ok(said) and _plausible_person(said):
                add((start, ent.end_char), "unknown")
    for m in _INITIALS.finditer(text):
        said = m.group(0).replace(" ", "")
        # ("So proud of A.M. who had her VBA2C at home": a person's, not a time of day)
        someone = said in ("A.M.", "P.M.") and _INITIALS_OF_SOMEONE.match(text, m.end())
        if said not in _NOT_INITIALS or someone and not _A_CLOCK_BEFORE.search(text, 0, m.start()):
            add(m.span(), "patient")
    # "Just discharged Gordon Thibodeau": whom the care was given to is a patient
    return {
        span: "patient" if role == "unknown" and _after_care_verb(text, span[0]) else role
        for span, role in found.items()
        if not _MEME_ADDRESS.match(text, max(0, span[0] - 16), span[1])
        and not (role == "unknown" and _not_a_person(text, *span))
    }


_MONTH_SHORT = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)


def _not_a_person(text: str, start: int, end: int) -> bool:
    """A word the name lists hold that is something else here: a month before its day ("Starting
    Jan 1"), or a town that is only a surname ("Every Boston EM resident"), said bare."""
    said = text[start:end]
    low = said.lower().rstrip(".")
    if low in _MONTH_SHORT and re.match(r"\.?\s+\d{1,2}\b", text[end:]):
        return True
    return " " not in said and low in PLACES and low not in FIRST_NAMES


# Capitalised results after an initial or a side: "refuses to bear weight on the R. WBC 14".
_LAB_ABBREVIATIONS = frozenset(
    ["WBC", "CRP", "ESR", "INR", "BUN", "ECG", "EKG", "CBC", "BMP", "CMP", "ABG", "VBG", "LFT",
     "LFTS", "TSH", "PTT", "HGB", "HB", "PLT", "GCS", "MRI", "CT"]
)


# "Sure, Jan", "OK Karen": a meme's name for whoever the post mocks (the tone pack's business),
# no one's own name
_MEME_ADDRESS = re.compile(
    r".*\b(?:sure|ok|okay|calm down|whatever|nice try|sorry|bless your heart),?\s+"
    r"(?:jan|karen|chad|becky|brenda|kyle)$",
    re.I,
)


# "our Brandon ER", "the Sarnia clinic": a town naming one of the author's sites.
_SITE_BEFORE = re.compile(r"\b(?:our|the|my|at)\s+$", re.I)
_SITE_AFTER = re.compile(
    r"\s+(?:er|ed|emerg|emergency|clinic|hospital|office|icu|nicu|unit|site|campus|location|"
    r"branch|pharmacy|health cent(?:re|er))\b",
    re.I,
)


def _names_a_site(text: str, start: int, end: int) -> bool:
    return bool(
        _SITE_AFTER.match(text, end) and _SITE_BEFORE.search(text, max(0, start - 8), start)
    )


def _after_care_verb(text: str, start: int) -> bool:
    return _CARED_FOR_BEFORE.search(text, max(0, start - 40), start) is not None


_CARED_FOR_BEFORE = re.compile(
    r"\b(?:discharged|admitted|intubated|extubated|sutured|triaged|resuscitated|coded|"
    r"transferred|scoped|casted|operated on|delivered|pronounced|stitched up|"
    r"discharging|admitting|intubating|(?:i|we|me who|us who) (?:looked after|cared for|"
    r"took care of|nursed))\s+(?:our |my )?(?:patient |pt )?$",
    re.I,
)


_HASHTAG = re.compile(r"#(\w{6,})")
_CAMEL = re.compile(r"[A-Z][a-z]+")


def _hashtag_names(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """#StrongForSophieMartin: a given name followed by a capitalized word inside a hashtag."""
    words = list(_CAMEL.finditer(m.group(1)))
    base = m.start(1)
    for first, last in zip(words, words[1:], strict=False):
        adjacent = first.end() == last.start()
        if adjacent and first.group(0).lower() in FIRST_NAMES and _name_ok(last.group(0)):
            yield base + first.start(), base + last.end()


# (not "at M&M. I've got": a meeting's name, then the author)
_INITIAL_SURNAME = re.compile(r"(?<![\w.&])[A-Z]\.\s?(?P<last>(?!I['’])[A-Z][A-Za-z'-]{2,})\b")
_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.\s?[A-Z]\.(?=[,;:\s]|['’]s\b)")  # "J.M.'s transfusion"
_INITIALS_OF_SOMEONE = re.compile(r"\s+who\b|['\u2019]s\s")
_A_CLOCK_BEFORE = re.compile(r"\d\s*$")
_NOT_INITIALS = frozenset(
    {
        "U.S.",
        "U.K.",
        "A.M.",
        "P.M.",
        "R.N.",
        "M.D.",
        "D.O.",
        "N.P.",
        "P.A.",
        "R.T.",
        "O.R.",
        "E.R.",
        "I.V.",
        "D.C.",
        "B.C.",
        "P.E.",
        "N.B.",
        "P.S.",
        "Q.D.",
        "G.U.",
        "H.O.",
        "Y.O.",
        "N.C.",
        "O.T.",
        "P.T.",
        "S.O.",
        "L.A.",
        "N.Y.",
        "E.D.",
        "G.I.",
        "T.V.",
        "I.M.",
    }
)


def _vocative(text: str, start: int) -> bool:
    """ "Lisa, your son's fever...", "Hi Linda! I saw your post": the person addressed, not a
    patient."""
    after = text[start : start + 60]
    if _handles_name(text, start):
        return True
    if _sentence_start(text, start) or _AFTER_AN_EMOJI.search(text, max(0, start - 3), start):
        return bool(
            re.match(r"[\w'-]+,\s+(?:\w+\s+){0,10}?(?:you|your)\b", after, re.I)
            # what the reader told of: "Aw poor little man 😢 Jen, that crusty look is impetigo"
            or re.match(r"[\w'-]+,\s+(?:that|this|those|these|it)\b[^.\n]{0,50}?\b(?:is|are|looks?|"
                        r"sounds?)\b", after, re.I)
        )
    greeting = _GREETING.search(text, max(0, start - 16), start)
    return bool(
        greeting
        and _sentence_start(text, greeting.start())
        and (
            re.match(r"[\w'-]+\s*[,!.]\s+[^\n]{0,60}?\b(?:you|your)\b", after, re.I)
            # sympathy said straight after the name: "Aw Denise so sorry about ..."
            or re.match(r"[\w'-]+\s+(?:i'?m\s+)?(?:so\s+|really\s+)?sorry\b", after, re.I)
        )
    )


def _handles_name(text: str, start: int) -> bool:
    """ "@TruthSeeker_Ray ... Log off, Raymond.": the name the handle answered spells out, said
    back to them."""
    word = re.match(r"[A-Za-z]{3,}", text[start:])
    if word is None or "@" not in text or text[start - 1 : start] == "@":
        return False  # (a Facebook mention is the name itself: "@Moira McLeod your dad's ...")
    name = word.group(0).lower()
    return any(
        len(part) >= 3 and name.startswith(part.lower())
        for handle in _HANDLE.findall(text)
        for part in _HANDLE_PART.findall(handle)
    )


_HANDLE = re.compile(r"(?<!\w)@(\w+)")
_HANDLE_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_AFTER_AN_EMOJI = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\\s*$")
_GREETING = re.compile(
    r"\b(?:hi|hello|hey|dear|thanks|thank you|good (?:morning|evening)|aw+|oh|omg|ugh),?\s+$",
    re.I,
)


_HYPHEN_AFTER = re.compile(r"-([A-Za-z][\w'’]*)")
_HYPHEN_BEFORE = re.compile(r"([A-Za-z][\w'’]*)-$")


# A test's finding, said by its name: "a positive Romberg in a detainee who's been drinking".
_RESULT_BEFORE = re.compile(r"\b(?:positive|negative|equivocal|\+ve|-ve)\s+$", re.I)
_TITLE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|mdm)\b", re.IGNORECASE)


_FRENCH_EPONYM_BEFORE = re.compile(
    r"\b(?:maladie|syndrome|signe|test|manœuvre|manoeuvre|score|classification|fracture|"
    r"triade|loi)s? (?:de |d['’])$",
    re.I,
)


def _eponym(text: str, start: int, end: int) -> bool:
    """Osgood-Schlatter, Guillain-Barré: hyphenated capitalized names are a disease; and
    "Oscar-worthy", "Hollywood-style": a name before a hyphen and a small letter is an adjective;
    "a positive Romberg": a test's result.
    Two given names joined are one person's: Mary-Ann, Jean-Paul, Marie-Claire. A name before
    "criteria", "sign", "fracture" ... is a sign's or a score's, unless a title makes it a
    person's ("Mr. Murphy's fracture")."""
    # the title just before the name or inside its span ("Mr. Murphy's fracture")
    if EPONYM_NOUN.match(text, end) and not _TITLE.search(text, max(0, start - 6), end):
        return True
    if _RESULT_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _FRENCH_EPONYM_BEFORE.search(text, max(0, start - 30), start):
        return True  # "maladie de Fabry", "syndrome de Down"
    after = _HYPHEN_AFTER.match(text, end)
    if after:
        last = text[start:end].split()[-1]
        return after.group(1)[0].islower() or not _given_pair(last, after.group(1))
    before = _HYPHEN_BEFORE.search(text, max(0, start - 30), start)
    if before:
        return not _given_pair(before.group(1), text[start:end].split()[0])
    return False


def _given_pair(first: str, second: str) -> bool:
    return first.lower() in FIRST_NAMES and second.lower() in FIRST_NAMES


def _hyphenated_first(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The name with the given name hyphenated before it: "Ann Fraser" -> "Mary-Ann Fraser"."""
    before = _HYPHEN_BEFORE.search(text, max(0, span[0] - 30), span[0])
    return (before.start(1), span[1]) if before else span


# Holidays and businesses named like people: "Canada Day", "St. Patrick's Day", "Tim Hortons".
_NAMED_LIKE_A_PERSON = re.compile(
    r"\b(?:Canada|Victoria|Boxing|Labou?r|Memorial|Family|Remembrance|Veterans'?|Columbus|"
    r"Mother'?s|Father'?s|Valentine'?s|Patrick'?s|Independence|Presidents'?|Civic|Heritage|"
    r"Natal|Louis Riel|Jean-Baptiste|Juneteenth|Simcoe|Islander|Discovery|Terry Fox|"
    r"Thanksgiving|Christmas|New Year'?s|Easter|Election|Groundhog) Day\b"
    r"|\bTim Horton'?s\b|\bTimmies\b|\bJean Coutu\b|\bShoppers Drug Mart\b|\bLondon Drugs\b|"
    r"\bMary Brown'?s\b|\bSwiss Chalet\b|\bHarvey'?s\b|\bWendy'?s\b|\bDairy Queen\b|"
    r"\bTrader Joe'?s\b|\bDollarama\b|\bRonald McDonald House\b|\bDr\.? Pepper\b"
    # newspapers: "Tom Harlow's column in the Sunday Courier"
    r"|\b(?:Sunday|Saturday|Daily|Weekly|Evening|Morning) (?:Times|Post|Courier|Star|Sun|Herald|"
    r"Telegraph|Mail|Express|Mirror|News|Tribune|Journal|Gazette|Chronicle|Globe|Record|"
    r"Independent|Guardian|Observer)\b"
    # buildings and wings named for donors: "the Harmon Family Tower", "the Lee Pavilion"
    r"|\b[A-Z][a-z]+(?: Family)? (?:Tower|Wing|Pavilion|Atrium|Building|Institute|Foundation|"
    r"Chapel|Garden|Auditorium)\b"
    # programs and groups: "Caregiver Support Circle meets every 2nd Tuesday"
    r"|\b[A-Z][a-z]+ (?:Circle|Group|Club|Program|Programme|Series|Caf[eé]|Collective|Network)\b"
    # hospitals: "St. Aurelia General discharged ANOTHER palliative patient"
    r"|\b(?:St\.?|Saint|Ste\.?|Mount|Mt\.?) [A-Z][a-z]+(?:['’]s)? (?:General|Memorial|Regional|"
    r"Hospital|Medical|Children['’]s|Infirmary|Health)\b"
    # what children wear, watch and hold at a check-up: "a Paw Patrol sticker on your forehead"
    r"|\b(?:Paw Patrol|Peppa Pig|Bluey|Bingo|Cocomelon|Elsa|Anna|Olaf|Moana|Spider-?Man|Batman|"
    r"Superman|Mickey(?: Mouse)?|Minnie(?: Mouse)?|Elmo|Cookie Monster|Big Bird|Dora|Pikachu|"
    r"Lightning McQueen|Buzz Lightyear|Woody|Hello Kitty|Barbie|Mario|Luigi|Sonic|Shrek|"
    r"Winnie the Pooh|Thomas the Tank Engine|Daniel Tiger|Baby Shark|Miss Rachel|Blippi)"
    r"(?= (?:sticker|stickers|bandaid|band-aid|bandaids|plaster|plasters|pyjamas|pajamas|pjs|"
    r"costume|shirt|t-shirt|onesie|cast|toy|doll|figure|book|episode|song|theme|backpack|"
    r"balloon|socks|shoes|blanket)s?\b)"
)


def _named_thing(text: str, start: int, end: int) -> bool:
    return _WORK_OF.match(text, end) is not None or any(
        m.start() < end and start < m.end()
        for m in _NAMED_LIKE_A_PERSON.finditer(text, max(0, start - 30), end + 30)
    )


# An author by their work: "Malcolm Macmillan's work on what changed", "Tom Harlow's column";
# not a patient's "work injury", "study results"
_WORK_OF = re.compile(
    r"(?:'s|’s)? (?:work|book|books|paper|papers|study|studies|research|column|article|op-ed|"
    r"editorial|podcast|blog|textbook|lecture|keynote)\b"
    r"(?!\s+(?:results?|injury|injuries|accident|visa|permit|note|notes|schedule|shifts?|findings))",
    re.I,
)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos]
    return (
        pos == 0
        or bool(re.search(r"(?:^|[.!?:\n]\s*|\n|[¡¿])$", before))  # "¡Feliz cumpleaños!"
        or before.strip() in ("", "-")
    )


def _route(word: str) -> bool:
    """Two known places joined by a hyphen: "Halifax-Toronto"."""
    parts = word.strip(",.;:").split("-")
    return len(parts) == 2 and all(p.lower() in PLACES for p in parts)


def _plausible_person(entity: str) -> bool:
    """The small model calls drugs and devices PERSON (Captopril, Swan): a single word needs to be
    a known name; two or more capitalized words, or letters beyond ASCII, are enough."""
    words = entity.split()
    if any(_known_name(w) for w in words):
        return True
    titled = [w for w in words if w[:1].isupper() and not w.isupper()]
    # (letters beyond ASCII, not an emoji the model took in: "Twitter 🙏🏾")
    return len(titled) >= 2 or not all(c.isascii() for c in entity if c.isalpha())


def _without_opening_verb(start: int, entity: str) -> tuple[int, str]:
    """ "Rereading Beck Weathers'": the model may take in the verb that opens the sentence."""
    first, _, rest = entity.partition(" ")
    if rest and _verbish(first) and first[-3:] in ("ing", "ied", "sed", "ted", "ned"):
        return start + len(first) + 1, rest
    return start, entity


def _person_entity_ok(entity: str) -> bool:
    words = entity.split()
    if not words or any(not _name_ok(w) for w in words):
        return False
    if words[0].lower() in _CALENDAR_WORDS:
        return False  # "the Sunday Courier": a paper, not a person
    if not words[0][:1].isupper() or any(
        w[:1].islower() and w.lower() not in _PARTICLES for w in words[1:]
    ):
        return False  # French read by an English model: "de Trois-Rivières", "Si la médecin qui"
    if any(_route(w) for w in words):
        return False  # "Flew Halifax-Toronto": a flight, not a person
    # a word in capitals is a shout unless a given name is in it: "goes by WEIGHT, not age"
    # (the surname list holds words: Weight, Young, White)
    if entity.isupper() and not any(_given_name(w) for w in words):
        return False
    # "nurse. What": an entity across a sentence end is no name ("Janka M. Szász" is one)
    return any(w[:1].isupper() for w in words) and not _NOT_IN_A_NAME.search(entity)


_CALENDAR_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "june", "july", "august", "september", "october", "november",
     "december"]
)
_PARTICLES = frozenset(["van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "le",
                        "la", "bin", "ibn", "al", "el", "ter", "ten"])
_NOT_IN_A_NAME = re.compile(
    r"[\d@#/:]|\b(?!(?:mrs|ms|mr|dr|st|jr|sr|prof|mme|mlle)\b)[a-z]{2,}[.!?]\s", re.I
)


@detector("phi_name")
def name(ctx: Context, rule: Rule) -> Iterator[Hit]:
    model = post_model(ctx)
    for start, end, role in person_names(ctx):
        if ctx.is_allowed(start, end):
            continue
        severity, message = _name_severity(model, start, end, role)
        yield Hit(start, end, severity=severity, message=message)


def _name_severity(model: PostModel, start: int, end: int, role: str) -> tuple[str, str | None]:
    if role == "clinician":
        return (
            "info",
            "A clinician's name: fine for a colleague, but it can point to where a patient "
            "was seen.",
        )
    if _SOMEONE_ELSE_AFTER.match(model.text, end):
        return "info", None  # "Mrs. Patel, my kid's teacher": who she is, said outright
    if model.visits and (
        role == "addressee"
        or role in ("unknown", "patient") and model.sentence_of(start) in model.visits
    ):
        # "@ChrisMcTavish great to see you at Riverside heart failure clinic today Chris!"
        return "critical", "This names the patient you are answering, beside their visit."
    if role in ("unknown", "patient") and model.sentence_of(start) in model.cheered:
        # "Shout out to J.M. who finally got her hip done today": cheered for their own care
        return "critical", "This names a patient, cheered for their care: a name identifies them."
    reason = model.safe_reason(start)
    if reason in (None, "congrats") and role in ("unknown", "patient") and _on_a_ward(model, end):
        # "Shoutout to J.T. in bay 3 who has been teaching me cribbage all week"
        return "critical", "This names a patient on a ward: a name identifies a patient directly."
    named = (
        _NAMED_AS_PATIENT.search(model.text, max(0, start - 16), start)
        or _SHOWN_OFF_AFTER.match(model.text, end)
    ) or any(
        (start, end) in (m.span("name"), m.span("known"), m.span("hurt"), m.span("seen"))
        for m in _SEEN_IN_CARE.finditer(model.text, max(0, start - 20), end + 45)
    )
    # (the author's own child called "our little warrior", or their hand in a photo, is no patient)
    # (and "For Tyler's shoulder I'd keep him off the mound": their body, in care)
    body = _BODY_SHOWN_AFTER.match(model.text, end)
    named = bool(named) or role != "relative" and reason != "self" and bool(
        _CALLED_OURS_AFTER.match(model.text, end)
        or body
        and (
            _IMAGE.search(model.text)
            or _INJURY_CARE.search(model.text, body.end(), _sentence_span(model, start)[1])
        )
        # "Tough night for our #23 Jalen Brooks. MRI confirms a grade 2 MCL."
        or role == "unknown"
        and reason is None
        and _RESULT_TOLD.search(
            model.text, start, _sentence_span(model, _next_sentence(model, start))[1]
        )
    )
    said = model.text[start:end]
    if named and reason != "famous" and (not said.isupper() or _DOTTED_INITIALS.fullmatch(said)):
        # "my patient John", "Pt Mark was agitated": called a patient in so many words
        return "critical", "This names the patient: a name identifies a patient directly."
    if reason:
        return "info", None
    if (
        role != "clinician"
        and _FROM_TOWN.match(model.text, end)
        and any(
            m.kind in ("LOCATION", "FACILITY") and end < m.start <= end + 40 for m in model.mentions
        )
        and _CLINICAL.search(model.text, *_sentence_span(model, start))
    ):
        # "Karen from Sechelt has called the lab FOUR times today for her thyroid results"
        return "critical", "A name and a town, beside their care: together they identify a patient."
    # the addressee's own family ("your mom") does not make a name a patient's
    other_refs = [
        r
        for r in model.refs
        if not (start - 6 <= r[0] < end) and not model.text[r[0] : r[1]].lower().startswith("your")
    ]
    window = _window(model, start)
    encounter = any(model.sentence_of(c[0]) in window for c in model.encounters)
    # an occupation ("local artist Kayla Doucette") makes a patient only beside an encounter,
    # as it does for a combination
    jobs = {(m.start, m.end) for m in model.mentions if m.kind == "OCCUPATION"}
    near = encounter or any(
        model.sentence_of(r[0]) in window for r in other_refs if r not in jobs
    )
    # a name staying on or moved to a ward is a patient's ("Marjorie is back on 2 North"), or in
    # a room by its number ("Mrs. Kowalczyk in 412 finally let me draw her")
    if role in ("unknown", "patient") and (
        _on_a_ward(model, end) or _IN_ROOM_NUMBER.match(model.text, end)
    ):
        return "critical", "This names a patient on a ward: a name identifies a patient directly."
    if role == "addressee":
        return "info", "The person you are answering: check that the post does not name a patient."
    if role == "patient" and _CLINICAL.search(model.text, *_sentence_span(model, start)):
        near = True
    if role in ("patient", "relative") and near:
        who = "the patient" if role == "patient" else "a patient's relative"
        return "critical", f"This names {who}: a name identifies a patient directly."
    if role == "relative":
        return "warning", "A relative's name can identify a patient's family."
    if role == "unknown" and near and _LITTLE_ONE.search(model.text, max(0, start - 12), start):
        # "Baby Olivia went home today after 90 days in our NICU"
        return "critical", "This names the patient: a name identifies a patient directly."
    if role == "unknown" and near:
        return severity_for(model, start), None
    return "info", None


# "looked exactly like Tom Hanks": a famous face the patient resembles, not the patient's name
_RESEMBLES = re.compile(
    r"\b(?:look(?:s|ed|ing)?|sound(?:s|ed)?|dress(?:es|ed)?)(?: \w+)? like\s+$"
    r"|\b(?:resembl\w+|lookalike of|look-alike of|twin of|doppelg[aä]nger of|"
    r"spitting image of)\s+$",
    re.I,
)
# Where someone travels is a place, whatever the recognizer says: "heading up to Grise Fiord"
_DESTINATION = re.compile(
    r"\b(?:head(?:ing|ed)?|fl(?:y|ying|ew)|dr(?:ive|iving|ove)|travel(?:l?ing|l?ed)?|moving|"
    r"moved|bound|en route|deployed|posted|relocat(?:ing|ed))"
    r"(?:\s+(?:up|down|out|over|back|home|north|south|east|west))*"
    r"\s+(?:to|into|for|from|out of)\s+$"
    # and what something goes through: "book via Clic Santé"
    r"|\bvia\s+$",
    re.I,
)
_LITTLE_ONE = re.compile(
    r"(?<!\bmy )(?<!\bour )(?<!\bour own )\b(?:baby|preemie|little|brave|sweet)\s+$", re.I
)
_SOMEONE_ELSE_AFTER = re.compile(
    r",\s+(?:my|our)\s+(?:[\w-]+'s\s+)?(?:teacher|coach|neighbou?r|friend|landlord|boss|mentor|"
    r"professor|prof|colleague|dentist|lawyer|pastor|priest|rabbi|imam|babysitter|nanny)\b"
    # "Mrs. Dalton, our clinic manager": one of the team; "Mr. Singh is back from his holidays"
    r"|,\s+" + TEAM_MEMBER + "|" + STAFF_LEAVE,
    re.I,
)
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.\s?){2,3}")  # "J.T.", not "ICU"
# "J.M., our 2019 Make-A-Wish kid", "Ava, our little NICU warrior": called one of ours
_CALLED_OURS_AFTER = re.compile(
    # ("Gary, one of our very first TRT patients")
    r",?\s+(?:one of\s+)?(?:our|my)\s+(?:[\w'’-]+\s+){0,3}?(?:kid|patient|warrior|superstar|"
    r"little fighter|preemie|survivor|nicu (?:grad|graduate)|miracle baby)s?\b",
    re.I,
)
# "Swipe for the x-ray 👉 Sal's hand after an argument with a boat prop": their body, shown
_BODY_SHOWN_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:hand|hands|foot|feet|knee|leg|arm|face|eye|teeth|smile|scar|wound|"
    r"graft|skin|toe|finger|thumb|ankle|wrist|shoulder|hip|back|chest|head|ulcer|burn|rash)(?![\w-])",
    re.I,
)
# What is done for an injured body part: "Tyler's shoulder ... keep him off the mound", "Ava's
# ankle is still swollen, ice it tonight"
_INJURY_CARE = re.compile(
    r"\b(?:sprain\w*|strain(?:ed)?|tear|torn|fractur\w*|broken|broke|dislocat\w*|swollen|swelling|"
    r"bruis\w*|ice|icing|brace|splint|sling|cast|rehab|exercises|mri|x-?rays?|scan|surgery|"
    r"stitches|sutures|concussion|keep (?:him|her|them) off|rest (?:it|him|her)|hurts?|sore)\b",
    re.I,
)
# A result told of someone: "MRI confirms a grade 2 MCL", "the scan showed a stress fracture"
_RESULT_TOLD = re.compile(
    r"\b(?:mri|x-?ray|ct|scan|ultrasound|biopsy|bloods|labs|imaging)s? (?:(?:today|tonight|this "
    r"morning) )?(?:confirm(?:s|ed)?|show(?:s|ed)|reveal(?:s|ed)|came back)\b",
    re.I,
)
_NAMED_AS_PATIENT = re.compile(
    # ("Shoutout to the PICU team caring for J.M.": whom the team cares for)
    r"\b(?:pt|patient|(?:my|our) client|caring for|looking after|treating),?\s+$", re.I
)
# A patient's result shown off or their care told by name: "Swipe to see Linda's smile makeover!"
_SHOWN_OFF_AFTER = re.compile(
    # (after the name, or after a name found with its possessive: "Mr. Fairweather's bottle")
    r"(?:['’]s|(?<=['’]s)) (?:(?:massive|emergency|first|last|final|big|recent|latest|new|"
    r"\d+[- ](?:week|month|year|day|wk|mo)s?) )?"
    r"(?:smile makeover|makeover|transformation|"
    r"before[- ](?:and|&|/)[- ]after|new smile|"
    r"new teeth|veneers|results|progress pics?|recovery journey|"
    # their care: "so glad Ava's discharge went smoothly yesterday", "J.M.'s massive transfusion"
    r"discharge|surgery|operation|procedure|stitches|cast|chemo|infusion|transplant|c-section|"
    r"transfusion|resus|intubation|amputation|biopsy|delivery|admission|"
    # what came with them: "Posting the label from Mr. Fairweather's bottle"
    r"(?:pill |med |medication )?bottle|blister pack|med list|meds|prescription|script|x-?ray|"
    r"scan|bloods|labs|exome|genome|genetic results|test results|sequencing)\b",
    re.I,
)
def _on_a_ward(model: PostModel, end: int) -> bool:
    return any(
        m.kind == "WARD" and _ON_WARD.fullmatch(model.text, end, m.start) for m in model.mentions
    )


_IN_ROOM_NUMBER = re.compile(
    # (not a year: "Sarah in 2015 ...")
    r"\s+in\s+#?(?!(?:19|20)\d\d\b)\d{3,4}[A-Za-z]?\b(?!\s*(?:mg|mcg|ml|%|am|pm|hrs?|hours|"
    r"minutes|mins|days|"
    r"years|yrs|patients|people|cases|kids)\b)(?![.,:/]\d)"
)
_ON_WARD = re.compile(
    r"\s+(?:(?:is|was|'s|are)\s+(?:back\s+|still\s+|now\s+|again\s+)*(?:on|in|up on|down on)"
    r"|(?:is\s+|was\s+)?(?:back\s+)?(?:moved|transferred|admitted|sent|went|going)\s+(?:back\s+)?"
    r"(?:to|up to|down to)"
    # "Shoutout to J.T. in bay 3"
    r"|\s*,?\s*in)\s+",
    re.I,
)
# "Sharon from Ballina", "Sharon from the Kwik Trip in Pipestone"
_FROM_TOWN = re.compile(r",?\s+from\s+(?:the\s+)?(?-i:[A-Z])", re.I)
_CLINICAL = re.compile(
    r"\b(?:dialysis|surgery|chemo|meds?|medication|diagnos\w+|admission|admitted|discharged?|"
    # results and care of a visit: "her thyroid results", "that temporary crown", "was in yesterday"
    r"results?|x-?rays?|mri|ct|bloods|blood work|prescriptions?|scripts?|crowns?|fillings?|"
    r"tooth|teeth|inhaler|insulin|was in|came in|in clinic|"
    r"bed|ward|room|pain|icu|biopsy|scan|labs?|treatment|therapy|rehab|palliative|hospice|"
    r"stroke|cancer|fracture|infection|wound|procedure|op|post-op|pre-op|code|dnr|"
    r"amputation|amputated|below-knee|above-knee|exome|genome|genetic testing|"
    # "Cascade testing done for all 11 of Mr. Okonkwo's relatives"
    r"cascade testing|carrier testing|predictive testing|"
    # "Mr. Pruitt strikes again - 4th fall this month because he 'doesn't need the frame'"
    r"(?:\d+(?:st|nd|rd|th)|another|third|fourth|fifth) falls?|"
    # care given over years: "The toughest cattleman I ever cared for. 30 years of ER visits"
    r"cared for|looked after|caring for|looking after|years of (?:[\w-]+ )?visits|"
    # a repair and a return to work: "back to full duties 10 weeks after carpal tunnel release"
    r"release|graft|grafts|transfusion|infusion|chelation|full duties|"
    # "Thinking of J.K. from this morning's helicopter medevac off Juneau"
    r"medevac|medevac'd|airlift|airlifted|stitches|sutures|thrombectomy|vbac|vba2c|"
    r"modified duties|light duties|return to work|rtw|"
    # a visit of theirs: "Mrs. Delacroix came back for her 1-year visit"
    r"came back for|(?:her|his|their) (?:[\w-]+ )?(?:visit|follow-?up|appointment|appt|check-?up)|"
    # "The family of Mr. Daniels sent us the most beautiful card today"
    r"family of|sent us|funeral|condolences)\b",
    re.I,
)


def _sentence_span(model: PostModel, pos: int) -> tuple[int, int]:
    return model.sentences[model.sentence_of(pos)]


def _next_sentence(model: PostModel, pos: int) -> int:
    """A position in the sentence after the one at ``pos`` (or in that one, when it is the last)."""
    i = min(model.sentence_of(pos) + 1, len(model.sentences) - 1)
    return model.sentences[i][0]


def _window(model: PostModel, pos: int) -> range:
    i = model.sentence_of(pos)
    return range(i - 1, i + 2)


# -- dates, ages and places ------------------------------------------------------------------

_YEAR = re.compile(r"(?<![\d/])(?:19[5-9]\d|20[0-4]\d)(?![\d/])|(?<![\w'])'\d{2}\b")
_MONTH_ALONE = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December|"
    r"JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b"
)


def _years_and_months(ctx: Context) -> list[tuple[int, int]]:
    return paragraph_spans(ctx, "phi.years_and_months", _years_and_months_in)


def _years_and_months_in(ctx: Context) -> list[tuple[int, int]]:
    return [m.span() for pattern in (_YEAR, _MONTH_ALONE) for m in pattern.finditer(ctx.text)]


# "DOB 03/14/1952", "date of birth: 14 March 1952", "Born 3/14/2019": a birth date is a person's,
# never a clinic's ("I was born on ..." is the author's own).
_MY = re.compile(r"\b(?:my|i was|i am|i'm)\s+$", re.I)
_BORN_A_THING = re.compile(
    r"\b(?:clinic|practice|unit|hospital|program|programme|team|service|podcast|page|blog|idea|"
    r"project|charity|foundation|company|group|movement)\s+(?:was\s+)?$",
    re.I,
)
_LONG_AGO_YEAR = re.compile(r"\b(?:1[5-8]\d\d|19[01]\d)\b")
_BIRTH_CUE = re.compile(
    r"\b(?:dob|d\.o\.b|date of birth|birth ?date|born(?: on)?|nacid[ao]s?(?: el)?|"
    r"fecha de nacimiento|n[ée]e?s?(?: le)?|date de naissance)\b[\s.:#-]*(?:is\s+|es\s+)?$",
    re.I,
)


@detector("phi_date")
def date(ctx: Context, rule: Rule) -> Iterator[Hit]:
    model = post_model(ctx)
    spans = set(post_dates(ctx))
    for start, end in _years_and_months(ctx):
        if model.near_patient(start) and not model.safe_reason(start):
            spans.add((start, end))
    for start, end in outermost(spans):
        if ctx.is_allowed(start, end):
            continue
        if model.combination_at(start, end):
            continue  # underlined once, by the combination that counts it
        cue = _BIRTH_CUE.search(ctx.text, max(0, start - 25), start)
        if cue and (
            _BORN_A_THING.search(ctx.text, max(0, cue.start() - 40), cue.start())
            or _LONG_AGO_YEAR.search(ctx.text, start, end)
        ):
            cue = None  # "Our clinic was born on 3 May 1998", "Florence Nightingale, born 1820"
        if cue and _MY.search(ctx.text, max(0, cue.start() - 10), cue.start()):
            yield Hit(start, end, severity="info")  # "my DOB is ...": the author's own
        elif cue:
            yield Hit(
                start,
                end,
                severity=severity_for(model, start, personal=True),
                message="A date of birth identifies a person directly (HIPAA Safe Harbor).",
            )
        else:
            yield Hit(start, end, severity="info")


@detector("phi_age")
def age(ctx: Context, rule: Rule) -> Iterator[Hit]:
    model = post_model(ctx)
    for m in model.mentions:
        if m.kind != "AGE" or model.combination_at(m.start, m.end):
            continue
        attached = model.near_encounter(m.start) or model.sentence_of(m.start) in model.explicit
        if (
            m.age is not None
            and m.age > 89
            and attached
            and not model.teaching
            and not model.safe_reason(m.start)
        ):
            yield Hit(
                m.start,
                m.end,
                severity="critical",
                message="An age over 89 identifies a patient on its own (HIPAA Safe Harbor).",
                replacements=("over 89", "elderly"),
            )
        else:
            yield Hit(m.start, m.end, severity="info", replacements=_age_replacements(model, m))


@detector("phi_location")
def location(ctx: Context, rule: Rule) -> Iterator[Hit]:
    model = post_model(ctx)
    for m in model.mentions:
        if m.kind not in ("LOCATION", "FACILITY") or model.combination_at(m.start, m.end):
            continue
        yield Hit(
            m.start, m.end, severity="info", entity="LOCATION", replacements=_replacements(model, m)
        )


_STREET = (
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Cres|Crescent|Ct|Court|"
    r"Pl|Place|Terr?|Terrace|Hwy|Highway|Route|Rte|Pkwy|Parkway|Cir|Circle|Trail|Trl|Sq|Square|"
    r"Row|Line|Concession|Sideroad|Blvd|Loop|Plaza|Alley|Path|Gateway|Heights|Gardens|Close|"
    r"Mews|Walk|Green|View|Meadows?|Ridge|Hill|Park|Grove)"
)
# Street-name-then-number forms (Kiannonkatu 98, Via Franscini 71, Rua do Arenque 1634)
_STREET_ABROAD = re.compile(
    r"\b\d{1,6}\s+(?:(?:Rua|Via|Rue|Calle|Avenida|Viale|Piazza|Strada|Ulica|Carrer)\s+"
    r"(?:[\w'.-]+\s+){0,4}|[\w'.-]*(?:katu|kuja|tie|gade|vej|vägen|gatan|gata|straße|strasse|"
    r"gasse|weg|laan|straat|veien|vegen|utca|ulica)\s+)\d{1,5}\b",
    re.I,
)
_TOWN = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
_POSTAL = r"\d{5}(?:-\d{4})?\b|[A-Z]\d[A-Z] ?\d[A-Z]\d\b"
ADDRESS = re.compile(
    r"\b\d{1,6}[A-Za-z]?\s+(?:[A-Z][\w.'-]*\s+){1,4}" + _STREET + r"\b\.?"
    r"(?:,?\s*(?:Apt|Unit|Suite|Ste|#)\.?\s*[\w-]+)?"
    # then the town: after a comma ("12 King St, Halifax"), or without one only when a state or a
    # postal code follows ("8 Elm St Springfield IL 62704"), so that the next sentence's first
    # word ("12 King St. Call us") is not taken for a town
    r"(?:,\s*" + _TOWN + r",?\s*(?:[A-Z]{2}\b)?\s*(?:" + _POSTAL + r")?"
    r"|\s+" + _TOWN + r",?\s*(?:[A-Z]{2}\b\s*(?:" + _POSTAL + r")?|" + _POSTAL + r"))?"
    r"|\b(?:P\.?O\.?\s*Box|Rural Route)\s*#?\s*\d+\b"
    r"|\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b"
    r"|(?<=[A-Z]{2} )\d{5}(?:-\d{4})?\b",
)


_ADDRESS_CUE = re.compile(
    r"\b(?:lives at|living at|live at|(?:home |mailing |billing |street )?address(?: is|:)"
    r"|located at|"
    r"meet (?:you|me) at|drops? (?:you|me) off at|send (?:it|this|them|one|a new one) to"
    r"|ship (?:it )?to|"
    r"sent to|moved to|stop at)\s*(?P<addr>\d[^\n]{3,70}?)(?=[.!?](?:\s|$)|\n|$| for | after )",
    re.I,
)
_UNIT = re.compile(
    r"\b(?:Apt|Apartment|Suite|Ste|Unit)\.?\s?#?\d+[A-Za-z]?\b"
    r"|\b(?:ZIP|zip code|postal code|postcode)(?:\s+is)?[:\s]+[A-Z0-9][A-Z0-9 -]{2,8}\b"
)
# The postal code that closes an address: "Suite 501  Riisa   Estonia 62488"
_POSTAL_TAIL = re.compile(
    r"(?:[ \t,]+[A-Z][\w'.-]*){1,4}[ \t,]+(\d{3,6}(?:-\d{3,4})?)\b(?![.,:/-]?\d)"
)


def _address_spans(ctx: Context) -> list[tuple[int, int]]:
    def spans(ctx: Context) -> list[tuple[int, int]]:
        found = ctx.per_paragraph("phi.addresses", _address_spans_in)
        placed = [(s + by, e + by) for by, paragraph in found for s, e in paragraph]
        return placed + _announced_before(ctx.text, [by for by, _ in found[1:]])

    return ctx.once("phi.addresses", spans)


_CUE_CHARS = 30  # longer than any cue of _ADDRESS_CUE ("billing address is")


def _announced_before(text: str, paragraph_starts: list[int]) -> list[tuple[int, int]]:
    """Addresses that open a paragraph, announced at the end of the one before ("Her address:" and
    a blank line): only spaces lie between, so the cue ends where the text before the paragraph
    ends."""
    spans = []
    for start in paragraph_starts:
        cue_end = len(text[:start].rstrip())
        cue_line = text.rfind("\n", 0, cue_end) + 1
        cue_line = max(cue_line, cue_end - _CUE_CHARS)
        line_end = text.find("\n", start)
        end = len(text) if line_end < 0 else line_end + 1
        for pos in range(cue_line, cue_end):  # a few positions: cheaper than a search
            m = _ADDRESS_CUE.match(text, pos, end)
            if m and m.start("addr") >= start:
                spans.append(m.span("addr"))
                break
    return spans


def _address_spans_in(ctx: Context) -> list[tuple[int, int]]:
    text = ctx.text
    spans = [m.span() for m in ADDRESS.finditer(text)]
    spans += [m.span("addr") for m in _ADDRESS_CUE.finditer(text)]
    spans += [m.span() for pattern in (_UNIT, _STREET_ABROAD) for m in pattern.finditer(text)]
    return spans


@detector("phi_address")
def address(ctx: Context, rule: Rule) -> Iterator[Hit]:
    model = post_model(ctx)
    spans = set(_address_spans(ctx))
    if spans:
        tail = _POSTAL_TAIL.match(ctx.text, max(e for _, e in spans))
        if tail:
            spans.add(tail.span(1))
    for start, end in outermost(spans):
        while end > start and ctx.text[end - 1] in " ,":
            end -= 1
        if not ctx.is_allowed(start, end):
            yield Hit(start, end, severity=severity_for(model, start))


# -- photos -----------------------------------------------------------------------------------

_IMAGE = re.compile(
    r"\b(?:pics?|pictures?|photos?|photographs?|selfies?|snaps?|images?|x-?rays?|cxr|xr|"
    r"ct(?: scan)?|mri|ultrasound|pocus|ecg|ekg|rhythm strip|monitor|screenshots?|screen ?shots?|"
    # (not a way to be seen: "video consultations", "video visits")
    r"films?|videos?(?! (?:consult\w*|visits?|calls?|appointments?|appts?|chats?|assessments?|"
    r"check-?ins?))|clip|wristband|chart|whiteboard|swipe|3d|4d|before and after|pictured|"
    # "BEFORE ➡️ AFTER", "[photo: smiling boy with purple hearing aids]"
    r"before\s*(?:/|➡️|->|→|&)\s*after)\b|\[(?:photo|pic|image|video)\b|📸|📷|🎥|🩻",
    re.I,
)
_SHARING = re.compile(
    r"\b(?:here'?s|here is|here are|attached|see (?:below|above|attached|pic|photo)|check (?:out"
    r"|this)|"
    r"look at (?:this|these|those)|posting|sharing|i posted|we posted|swipe|snapped|"
    r"took a (?:pic|photo)|"
    r"caught on|filmed|recorded|photo of|picture of|pic of|shared|selfies? with|"
    r"(?:sent|took|got) (?:me )?(?:this|these|a) (?:[\w-]+ )?(?:pics?|photos?|pictures?|"
    r"selfies?))\b"
    r"|\[(?:photo|pic|image|video)\b|📸|📷|👇|⬇️",
    re.I,
)
_SOURCE = re.compile(
    r"\b(?:radiopaedia|courtesy|stock|public domain|wikimedia|case courtesy|cc by|litfl|"
    # (not "textbook paronychia", a classic case)
    r"(?:from|in) (?:a|the|my|our) (?:\w+ )?textbook|"
    r"textbook (?:image|figure|photo|picture|plate))\b",
    re.I,
)
# The patient agreed: still their image, so still a warning (a College asks for written consent
# kept on the chart, and the post outlives it), but not the critical one of a photo taken without.
_CONSENT = re.compile(
    r"\b(?:with (?:(?:written|signed|full|their|her|his|the (?:patient|family)['’]s|"
    r"(?:the )?(?:patient|family|parent)s?['’]?|(?:his|her|their) (?:mum|mom|dad|parents?|family|"
    r"wife|husband|daughter|son|partner)['’]s|(?:his|her|their) parents['’]|"
    r"(?:mum|mom|dad)(?: and (?:mum|mom|dad))?['’]s) )"
    # ("shared with her parents' OK")
    r"(?:consent|permission|ok|okay|blessing|go-ahead)|"
    r"with (?:consent|permission)(?=\s*(?:[!).,;]|$))|consented|"
    r"(?:he|she|they) (?:said|says|agreed) (?:i|we) could (?:post|share)|"
    # "mum gave the OK for me to post"
    r"gave (?:me |us )?(?:the )?(?:ok|okay|go-ahead|green light|thumbs up) (?:for (?:me|us) )?to "
    r"(?:post|share)|"
    r"(?:gave|given|got) (?:me |us )?(?:permission|consent) to (?:post|share))\b",
    re.I,
)


@detector("phi_photo")
def photo(ctx: Context, rule: Rule) -> Iterator[Hit]:
    images = paragraph_spans(ctx, "phi.images", _images_in)
    if not images:
        return
    model = post_model(ctx)
    text = ctx.text
    for s, e in model.sentences:
        # the sentence's first mention of an image, if someone is sharing it
        image = next(((a, b) for a, b in images if s <= a and b <= e), None)
        # ("Before ➡️ after 6 months of isotretinoin for Jess! ... (Shared with her permission)")
        sharing = _SHARING.search(text, s, e) or (
            _SHARING.search(text) if _CONSENT.search(text) else None
        )
        if image is None or not sharing or _asked_for(text, s, image):
            continue
        if _NOT_SHARING.search(text, max(s, sharing.start() - 30), sharing.start()):
            continue  # "I've stopped posting patient photos on our clinic account"
        if _SOMEONE_ELSE_SHARING.search(text, max(s, sharing.start() - 30), sharing.start()):
            continue  # "the commissioner is posting photos of his new SUV"
        start, end = image
        patient = (
            model.near_patient(start, same_sentence=True)
            or model.near_encounter(start)
            # (not the author's own child's: "sharing photos of her rash", of "my daughter")
            or _OF_SOMEONES_BODY.match(text, end) is not None and model.safe_reason(start) != "self"
            # a scan dated to a shift: "Look at this CT from Sunday night"
            or _A_SCAN.fullmatch(text, start, end) is not None
            and _FROM_A_SHIFT.match(text, end) is not None
        )
        # someone who consented is in it: "(photo shared with his permission, he insisted!)", or
        # said after it: "[photo: tiny foot in a sock] Her first bath 😍 (shared with her
        # parents' OK)"
        patient = patient or bool(_CONSENT.search(text))
        # (someone may be named in the sentence before: "3 sessions on this gorgeous client's
        # acne scarring. Swipe to see the difference")
        before = model.sentences[max(0, model.sentence_of(start) - 1)][0]
        of_a_thing = (
            _OF_A_THING.match(text, end) and not _OF_SOMEONE.search(text, before, e)
            # "Picket line selfie with my ward family": the team
            or _WITH_THE_TEAM.match(text, end) is not None
            # "Look at these gorgeous flowers a family dropped off for the unit 📸"
            or _A_GIFT.search(text, s, e) is not None
        )
        if not patient or _SOURCE.search(text) or of_a_thing:
            severity = "info"
        else:
            severity = "warning" if _CONSENT.search(text) else "critical"
        yield Hit(start, end, severity=severity)


_A_SCAN = re.compile(
    r"(?:ct|cxr|x-?rays?|mri|scan|ultrasound|u/s|pocus|ecg|ekg|echo|films?|radiographs?|angio)",
    re.I,
)
_FROM_A_SHIFT = re.compile(
    r"\s+(?:from|taken) (?:last night|tonight|today|this (?:morning|afternoon|evening)|yesterday|"
    r"earlier|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night| morning| afternoon)?|"
    r"my (?:last |night |day )?shift)\b(?!['’]s)",
    re.I,
)


_NOT_SHARING = re.compile(
    r"\b(?:stopped|quit|don['’]t|do not|never|won['’]t|will not|not|no longer|avoid|against)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)


# Someone else is the one sharing (not "we are posting", "I was sharing").
_SOMEONE_ELSE_SHARING = re.compile(
    r"\b(?!(?:i|we|i['’]m|we['’]re|i['’]ve|we['’]ve)\b)[\w'’]+\s+(?:is|are|was|were|keeps|kept|"
    r"has been|have been)\s+$",
    re.I,
)


# "Send me a DM with a picture of your kid's rash": an image asked for, not shared (asking for
# one is advice's business, see advice.assess-by-message).
# ("DM me for the pic of his x-ray" offers one.)
_ASKED_FOR = re.compile(
    r"\b(?:send|dm|pm|message|e-?mail|text|inbox)\s+(?:me|us|our (?:page|team|clinic|office)|"
    r"the (?:page|clinic|office))\b|\bsend\s+(?:in\s+)?(?:a|your)\b"
    # "Drop a pic of your kid's swollen ankle in the comments"
    r"|\b(?:drop|post|share|comment|pop|put|stick|chuck|leave|add)\s+(?:a|your)\b"
    # "feel free to reply to this post with a photo of your kid's rash"
    r"|\breply\s+(?:to\s+(?:this|my|the)\s+(?:post|thread)\s+|below\s+|here\s+)?with\s+(?:a|your)\b"
    r"|\bupload\b",
    re.I,
)
_YOURS_BEFORE = re.compile(r"\byour\s+(?:[\w'’-]+\s+){0,2}$", re.I)  # "your kid's rash pics"
_OF_YOURS = re.compile(r"\s+of\s+(?:your|you)\b", re.I)


def _asked_for(text: str, sentence_start: int, image: tuple[int, int]) -> bool:
    start, end = image
    return bool(_ASKED_FOR.search(text, sentence_start, start)) and bool(
        _YOURS_BEFORE.search(text, sentence_start, start) or _OF_YOURS.match(text, end)
    )


# "Pic of the beautiful quilt our volunteers made for the unit": an image of a thing, unless
# someone, their body or their records are in it.
_A_GIFT = re.compile(r"\b" + GIFT_FOR_US, re.I)
_WITH_THE_TEAM = re.compile(
    r"\s+(?:with|of)\s+(?:my|our|the)\s+(?:[\w-]+\s+)?(?:team|colleagues|coworkers|co-workers|"
    r"crew|squad|ward family|work family|unit family|nurses|residents|classmates|cohort|"
    r"fellow nurses|fellow residents)\b",
    re.I,
)
_OF_A_THING = re.compile(
    # ("Swipe ➡️ for our new triage room")
    # ("Swipe to see which ones are nicotine pouches")
    r"(?:\s+of|\s*(?:➡️|👉|→|right|left)?\s*(?:for|to see))\s+(?:the|our|my|a|an|this|that|some|"
    r"which|what)\b",
    re.I,
)
# "photos of his wound from today's dressing change": someone's body, pictured
_OF_SOMEONES_BODY = re.compile(
    r"\s+of\s+(?:his|her|their|this patient['’]s|the patient['’]s|a patient['’]s|my patient['’]s)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:wounds?|rash|burns?|grafts?|ulcers?|lesions?|injur(?:y|ies)|scars?|"
    r"stumps?|feet|foot|legs?|hands?|arms?|face|x-?rays?|scans?|fractures?|stitches|sutures|"
    r"incisions?|tumou?rs?|abscess|bruis(?:e|es|ing))\b",
    re.I,
)
_OF_SOMEONE = re.compile(
    r"\b(?:patients?|pts?|him|her|them|he|she|his|their|man|woman|lady|guy|gentleman|baby|babies|"
    r"kids?|child|children|girl|boy|face|x-?rays?|cxr|ct|mri|scans?|ecg|ekg|monitor|chart|wound|"
    r"rash|hand|foot|leg|arm|head|injury|injuries|tattoo|bruis\w*|burns?|lesion|tumou?r|teen|"
    r"toddler|infant|newborn|mom|dad|grandma|grandpa|family|couple|twins|client|client's|"
    r"superhero|cheeks|mum|mama)\b"
    r"|\b\d{1,3}[- ]?(?:year[- ]old|yr[- ]old|yo|y/o|month[- ]old)",
    re.I,
)


def _images_in(ctx: Context) -> list[tuple[int, int]]:
    return [m.span() for m in _IMAGE.finditer(ctx.text)]


# -- the combination --------------------------------------------------------------------------


@detector("phi_combination")
def combination(ctx: Context, rule: Rule) -> Iterator[Hit]:
    model = post_model(ctx)
    reported: set[tuple[int, int]] = set()
    for combo in model.combinations:
        if not combo.severity:
            continue
        details = tuple(m.detail() for m in combo.mentions)
        message = _message(combo)
        suggestion = _suggestion(model, combo)
        # weak details (sex, "today", "our ED") are listed in the card but not marked, unless
        # the combination has nothing stronger to mark
        floor = 0.75 if any(m.weight >= 0.75 for m in combo.mentions) else 0.5
        for m in combo.mentions:
            if (m.start, m.end) in reported or m.weight < floor or m.kind == "SEX":
                continue
            reported.add((m.start, m.end))
            yield Hit(
                m.start,
                m.end,
                severity=combo.severity,
                message=message,
                suggestion=suggestion,
                replacements=_replacements(model, m),
                entity=_ENTITY.get(m.kind, "OTHER_ID"),
                details=details,
            )


_ENTITY = {
    "AGE": "AGE",
    "AGE_BAND": "AGE",
    "DATE": "DATE",
    "TIME": "DATE",
    "TIME_VAGUE": "DATE",
    "LOCATION": "LOCATION",
    "FACILITY": "LOCATION",
    "SETTING": "LOCATION",
    "WARD": "LOCATION",
    "SCHOOL": "LOCATION",
    "VEHICLE": "VEHICLE",
}


def _kinds_in_order(combo: Combination) -> list[str]:
    labels: list[str] = []
    for m in combo.mentions:
        label = LABELS.get(m.kind, m.kind.lower())
        if m.kind in ("TIME", "TIME_VAGUE") and m.text.lower() in (
            "last night",
            "tonight",
            "yesterday",
        ):
            label = (
                f"{m.text.lower()}'s visit" if m.text.lower() != "tonight" else "tonight's visit"
            )
        if label not in labels:
            labels.append(label)
    return labels


def _message(combo: Combination) -> str:
    labels = _kinds_in_order(combo)
    joined = " + ".join(labels)
    joined = joined[:1].upper() + joined[1:]
    if any(m.age is not None and m.age > 89 for m in combo.mentions):
        return (
            f"{joined}: an age over 89 identifies a patient on its own, and these details "
            "narrow it further."
        )
    return f"{joined} can identify this patient to people who know them."


_HINTS = {
    "AGE": "an age range instead of the exact age",
    "AGE_BAND": "a wider age range",
    "LOCATION": "'a rural community' instead of the town",
    "FACILITY": "'a local hospital'",
    "SETTING": "no hint of where you work",
    "WARD": "no room or bed number",
    "TIME": "drop the date and time",
    "TIME_VAGUE": "drop the date and time",
    "DATE": "drop the date and time",
    "OCCUPATION": "leave out the occupation",
    "CONDITION": "describe the condition in general terms",
    "EVENT": "leave out the event",
    "FAMILY": "leave out the family details",
    "ETHNICITY": "leave out the community",
    "VEHICLE": "leave out the vehicle",
    "SCHOOL": "leave out the school",
    "ADDRESSEE": "answer them privately, not under their name",
}


def _suggestion(model: PostModel, combo: Combination) -> str:
    hints: list[str] = []
    for m in combo.mentions:
        hint = _HINTS.get(m.kind)
        if hint and hint not in hints:
            hints.append(hint)
    return "Generalize: " + "; ".join(hints[:4]) + "."


def _pronoun(model: PostModel, m: Mention) -> str:
    i = model.sentence_of(m.start)
    lo = model.sentences[max(0, i - 1)][0]
    hi = model.sentences[min(len(model.sentences) - 1, i + 1)][1]
    window = model.text[lo:hi]
    male = len(
        re.findall(r"\b(?:he|him|his|man|male|guy|gentleman|boy|mr)\b|\d\s?M\b", window, re.I)
    )
    female = len(
        re.findall(r"\b(?:she|her|woman|female|lady|girl|mrs|ms|miss)\b|\d\s?F\b", window, re.I)
    )
    return "his" if male > female else "her" if female > male else "their"


def _age_replacements(model: PostModel, m: Mention) -> tuple[str, ...]:
    if m.age is None or m.age < 20:
        return ()
    if m.age > 89:
        return ("over 89", "elderly")
    decade = m.age // 10 * 10
    return (f"{decade}-something", f"in {_pronoun(model, m)} {decade}s")


def _replacements(model: PostModel, m: Mention) -> tuple[str, ...]:
    if m.kind == "AGE":
        return _age_replacements(model, m)
    return {
        "LOCATION": ("a rural community", "a nearby town"),
        "FACILITY": ("a local hospital",),
        "SETTING": ("an ED",) if re.search(r"\b(?:ED|ER|emerg)", m.text, re.I) else (),
        "WARD": ("a bed",) if m.text.lower().startswith("bed") else (),
        "TIME": ("recently",),
        "DATE": ("recently",),
        "SCHOOL": ("a local school",),
    }.get(m.kind, ())
