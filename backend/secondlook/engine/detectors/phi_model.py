"""The PHI encounter model: which details of a post attach to which patient and encounter.

Computed once per post (``post_model(ctx)``, memoized with ``ctx.once``) and shared by every phi
detector. The model cuts the post into sentences, finds patient references ("my pt", "45M",
"the woman in bed 4"), encounter cues ("our ED", "last night", "brought in"), contexts that make
a detail harmless (a clinic's own contact details, a congratulation, a conference, the author's
own information, a famous case, a generic teaching case) and quasi-identifying details (age, sex,
town, facility, ward, time, occupation, rare condition, unusual event, family, ethnicity, vehicle,
school). Each patient reference gathers the details of its own and the neighbouring sentences;
the combination rule scores those clusters and the identifier rules ask where a span sits.

Where things live: what a sentence says about the encounter (sentence ends, patient references,
encounter cues, harmless contexts) is in ``phi_cues``; the quasi-identifying details, their
weights and labels, and the towns and dates are in ``phi_details``; this module builds the model
from them per post and scores the combinations.

Everything here is regular expressions over ``ctx.text`` plus, when a model is loaded, spaCy's
GPE/PERSON entities, so the whole pack still works when ``ctx.has_model`` is False.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from secondlook.engine.context import Context
from secondlook.engine.detectors.phi_cues import (
    CARE_EVENT,
    CAREER,
    CENTURIES_AGO,
    ENCOUNTER_CUE,
    EXPLICIT_PATIENT,
    GOES_ON_ABOUT_THEM,
    HYPOTHETICAL,
    NEW_PATIENT,
    OWN_CHILDS_CIRCLE,
    PATIENT_REF,
    PLAINLY_A_PATIENT,
    SAFE_CUES,
    TEACHING_ANYWHERE,
    TEACHING_OPENING,
    THEIR,
    TRIBUTE,
    sentence_cues,
    split_sentences,
    titled_staff,
)
from secondlook.engine.detectors.phi_details import (
    DEMOGRAPHIC,
    OCCUPATION,
    PLACE_OR_TIME,
    WEIGHTS,
    Mention,
    dates,
    drop_nested,
    find_mentions,
    find_towns,
    in_the_plural,
    occupation_mentions,
)
from secondlook.engine.lexicons import lexicon


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
    visits: set[int] = field(default_factory=set)  # sentences telling the reader of their visit
    cheered: set[int] = field(default_factory=set)  # sentences cheering a patient's progress
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
        for reason in ("famous", "congrats", "staff", "colleague", "conference", "self", "clinic"):
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
    # between mentions of one span; occupations are not among them (see ``occupation_mentions``)
    mentions: list[tuple[int, Mention]]
    occupations: list[tuple[int, int]]
    towns: list[tuple[int, int]]
    dates: list[tuple[int, int]]


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
    towns_here = find_towns(ctx)
    dates_here = dates(text)
    return ChunkScan(
        refs=[
            m.span()
            for m in PATIENT_REF.finditer(text)
            if not _owns_childs_circle(text, *m.span()) and not _a_likeness(text, m.start())
        ],
        encounters=[m.span() for m in ENCOUNTER_CUE.finditer(text)],
        new_patient=[m.start() for m in NEW_PATIENT.finditer(text)],
        teaching=bool(TEACHING_ANYWHERE.search(text)),
        mentions=find_mentions(ctx, towns_here, dates_here),
        occupations=[m.span() for m in OCCUPATION.finditer(text)],
        towns=towns_here,
        dates=dates_here,
    )


# (a likeness is no one: "googling every kick like a first-time mum"; but "Nothing says Friday
# night like a drunk frat boy puking on my shoes" is someone)
_LIKE_BEFORE = re.compile(r"\blike\s+$", re.I)
_NOTHING_LIKE = re.compile(r"\bnothing\b[^.!?\n]{0,60}$", re.I)


def _a_likeness(text: str, start: int) -> bool:
    like = _LIKE_BEFORE.search(text, max(0, start - 8), start)
    return like is not None and not _NOTHING_LIKE.search(text, max(0, like.start() - 70),
                                                         like.start())


def _owns_childs_circle(text: str, start: int, end: int) -> bool:
    """Whether the reference is the author's own child as the owner of a school, a team..."""
    own = OWN_CHILDS_CIRCLE.match(text, start)
    return own is not None and own.end() == end


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
        teaching=bool(TEACHING_OPENING.match(text)) or any(scan.teaching for _, scan in scans),
        mentions=[],
    )
    model.new_patient = [p + by for by, scan in scans for p in scan.new_patient]

    n = len(sentences)
    history = bool(CENTURIES_AGO.search(text) or _HISTORY_TAG.search(text))
    # "our 4-year-old woke up at 2am ... My husband had to remind me": the author's own child
    own_family = bool(_MY_SPOUSE.search(text))
    for i, (s, e) in enumerate(sentences):
        cues = sentence_cues(text[s:e])
        if cues.visit:
            model.visits.add(i)
        if cues.safe:
            model.safe[i] = set(cues.safe)
            # (the progress may follow a sentence or two later: "So proud of J.T. (he said I could
            # share!) — one full year undetectable")
            after = sentences[min(n - 1, i + 2)][1]
            if "congrats" in cues.safe and _PROGRESS_IN_OUR_CARE.search(text, s, after):
                # "Shoutout to J.M. who walked out of our step-down unit today after 6 weeks on
                # ECMO": the one cheered is a patient, not a colleague
                model.safe[i].discard("congrats")
                model.cheered.add(i)
        has_patient = any(s <= a < e for a, _ in model.refs)
        # "Her husband brought donuts.": only the family of whom the sentence before spoke
        only_their_family = all(THEIR.match(text, a) for a, _ in model.refs if s <= a < e)
        if own_family and _OUR_CHILD.search(text, s, e):
            model.safe.setdefault(i, set()).add("self")
        if (
            cues.famous
            or cues.historical and not has_patient
            or history
            or _LONG_AGO.search(text, s, e)
        ):
            model.safe.setdefault(i, set()).add("famous")
        if cues.explicit:
            model.safe.get(i, set()).discard("self")
            model.explicit.add(i)
        elif has_patient and "self" in model.safe.get(i, ()) and _cared_for_here(model, s, e):
            # "to the mom whose 3 y/o I saw at the Kelowna walk-in this morning ... DM me": the
            # author's own words ("DM me", "as a nurse") beside someone they cared for
            model.safe[i].discard("self")
        elif cues.staff and (
            "congrats" in cues.safe
            and not CARE_EVENT.search(text[s:e])
            and not _TO_THE_PUBLIC.search(text, s, e)
            # "Sad news: our former colleague … passed away"; "We lost a beloved colleague this
            # week. Dr. Ray Cormier, 71, ...": said of the colleague here or a sentence away
            or TRIBUTE.search(text, sentences[max(0, i - 1)][0], sentences[min(n, i + 2) - 1][1])
        ):
            # "Happy retirement to our unit clerk Donna, 66"
            model.safe.setdefault(i, set()).add("staff")
        elif (
            "staff" in model.safe.get(i - 1, set())
            and GOES_ON_ABOUT_THEM.match(text, s)
            and only_their_family
            and not CARE_EVENT.search(text[s:e])
        ):
            # "... our unit clerk Brenda on 6 North! She's 61 and still the fastest typist"
            model.safe.setdefault(i, set()).add("staff")
        elif (
            any(model.safe.get(j, set()) & {"staff", "colleague"} for j in range(i))
            and not _SOMEONE_CARED_FOR.search(text, s, e)
            and not any(s <= a < e and _CALLED_A_PATIENT.search(text, a, b) for a, b in model.refs)
        ):
            # a post that celebrates or mourns a colleague goes on about them: "Ken arrived from
            # Trinidad in 1983 with one suitcase ... He and his wife Gail are moving to Kelowna"
            model.safe.setdefault(i, set()).add("colleague")
        if CAREER.search(text, s, e) and not CARE_EVENT.search(text[s:e]):
            # "Ray Bouchard started on the ambulance in Moncton in 1989 at 26 years old, back when
            # the stretcher weighed more than the patient"; "Today, at 61, he drove his last
            # shift": a colleague's career, of which the post goes on ("the patient" there is
            # anyone's)
            model.safe.setdefault(i, set()).add("colleague")
            model.explicit.discard(i)
    phased = [(phase, _shifted_mention(m, by)) for by, scan in scans for phase, m in scan.mentions]
    occupations = [o for by, scan in scans for o in _shifted(scan.occupations, by)]
    phased += [(_OCCUPATION_PHASE, m) for m in occupation_mentions(text, occupations)]
    phased.sort(key=lambda pm: (pm[1].start, pm[1].start - pm[1].end, pm[0]))
    mentions = drop_nested([m for _, m in phased])
    mentions = sorted(mentions + _pronoun_sex(model, mentions), key=lambda m: (m.start, -m.end))
    model.mentions = [m for m in mentions if not ctx.is_allowed(m.start, m.end)]
    addressee = _addressee(model)
    if addressee is not None and not ctx.is_allowed(addressee.start, addressee.end):
        model.mentions.insert(0, addressee)
    cared_for = _handle_cared_for(model)
    if cared_for is not None and not ctx.is_allowed(cared_for.start, cared_for.end):
        model.mentions.insert(0, cared_for)
        model.refs = sorted({*model.refs, (cared_for.start, cared_for.end)})
        care = _CARE_OF_YOU.search(text)
        if care is not None:  # the reader's own care, told them: a visit, as "see you in clinic"
            model.visits.add(model.sentence_of(care.start()))
    explicit_refs = {r for r in model.refs if not text[r[0] : r[1]].lower().startswith("your")}
    model.implied = [r for r in model.refs if r not in explicit_refs]
    model.implied += [r for r in _implied_refs(text, model.mentions) if r not in explicit_refs]
    model.refs = sorted(explicit_refs | set(model.implied))
    if any(m.kind == "ADDRESSEE" for m in model.mentions):
        for i in model.visits:
            # the reader's own visit told them by their handle is no clinic's notice:
            # "@GrahamP_runs, your OCT from Tuesday at our clinic looks stable"
            model.safe.get(i, set()).difference_update({"clinic", "conference"})
    model.combinations = _combine(model, explicit_refs)
    return model


# A year before living memory, said as one: "in 1861, Paul Broca examined M. Leborgne"
_LONG_AGO = re.compile(
    r"\b(?:in|en|around|circa|c\.|since|depuis|back in) 1[5-8]\d\d\b"
    # a lesson remembered: "A patient in her 80s once told me that dying was the easy part"
    r"|\b(?:patient|pt|lady|man|woman|gentleman|guy|kid|child|boy|girl|resident|client)"
    r"(?: in (?:his|her|their) (?:early |mid |late )?\d0s)? once (?:told|said|asked|taught|showed|"
    r"gave|called|reminded)\b",
    re.I,
)


# A post tagged as medical history is about history, in every sentence: "Around this time in
# 1922, a 14-year-old named Leonard Thompson ... #historyofmedicine"
_HISTORY_TAG = re.compile(
    r"#(?:\w*histor(?:y|ical)\w*|onthisday|otd)\b"
    # "On this day in 1948, David Tasma, a patient Cicely Saunders cared for, ..."
    r"|\bon this day in (?:1[5-9]\d\d|200\d)\b"
    # "For the history nerds in here: Robert Sandler, the 2-year-old Farber treated in 1947"
    r"|\bhistory (?:nerds|buffs|lesson|fans|geeks)\b",
    re.I,
)


# A shout-out to someone who is not staff, whatever staff the sentence names: "Shoutout to the
# lady in the purple Tesla ... who screamed at my tech"
_TO_THE_PUBLIC = re.compile(
    r"\b(?:shout ?-?outs?|thanks?|thank you|kudos|props) to (?:the|this|that|our) "
    r"(?:[\w'’-]+ ){0,2}?"
    r"(?:lady|man|woman|guy|gent|gentleman|bloke|dude|fella|mom|mum|dad|family|couple|kid|"
    r"teen|customer|client|patient)\b",
    re.I,
)


# A reference that can only be a patient's, even in a post about a colleague ("raising a very
# energetic 2-year-old" is the colleague's own child).
_CALLED_A_PATIENT = re.compile(r"\b(?:pt|patient|mrs?|ms)\b|\d+\s?(?:[MF]|yo|y/o)\b", re.I)


# A patient's progress in the author's care, which a congratulation cheers: leaving it ("walked
# out of our step-down unit today", "after 6 weeks on ECMO", "rang the bell") or a milestone of
# it (below).
_PROGRESS_IN_OUR_CARE = re.compile(
    r"\b(?:walked|went|wheeled|was wheeled|rolled|was discharged|discharged|graduated) "
    r"(?:out of|home from|from) (?:our|my|the) (?:[\w-]+ ){0,2}?(?:unit|ward|icu|nicu|picu|ccu|"
    r"floor|hospital|rehab|care)\b"
    r"|\bafter \d+ (?:days|weeks|months) (?:on|in) (?:ecmo|the vent|a vent|a ventilator|dialysis|"
    r"(?:our|the) (?:[\w-]+ )?(?:icu|nicu|picu|unit|ward))\b"
    r"|\brang the (?:bell|chemo bell)\b"
    # "J.M. who hit her 25kg milestone at Tuesday's weigh-in group"
    r"|\b(?:hit|reached|smashed|passed) (?:her|his|their) "
    r"(?:\d+ ?(?:kg|kilos?|lbs?|pounds?|stone) )(?:milestone|goal|target|mark)\b"
    # "Little Mason is finally off CPAP", "J.T. ... on her way home after her lap chole yesterday"
    r"|\b(?:is|are|was|were|came|got) (?:finally |now |officially )?off (?:the )?(?:cpap|bipap|"
    r"high[- ]flow|optiflow|oxygen|o2|the vent|vent|ventilator|ecmo|dialysis|tpn|ng feeds)\b"
    r"|\bafter (?:her|his|their) (?:[\w-]+ ){0,2}?(?:surgery|op|operation|procedure|lap chole|"
    r"chole|appendectomy|appendix|c-section|section|hip|knee|scope|hysterectomy|transplant|biopsy) "
    r"(?:yesterday|today|this morning|last (?:night|week)|on (?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day)\b"
    # "said his very first two-word phrase at our home visit", "FINALLY mastered his /r/ after two
    # years of therapy", "9 months ago couldn't weight bear", "Happy debond day Ellie"
    r"|\b(?:said|spoke|signed|took|walked) (?:his|her|their) (?:very )?first (?:[\w-]+ ){0,2}?"
    r"(?:word|words|phrase|sentence|steps)\b"
    r"|\bafter (?:\d+|one|two|three|four|five|six|many) (?:years?|months?|weeks?) of (?:[\w-]+ )?"
    r"(?:therapy|rehab|physio|speech therapy|treatment|chemo|dialysis|sessions)\b"
    r"|\b(?:\d+|a|one|two|three|six|nine) (?:years?|months?|weeks?) ago (?:(?:she|he|they) )?"
    r"(?:couldn['’]t|could not|wasn['’]t able to)\b"
    r"|\b(?:debond|braces[- ]off|cast[- ]off) day\b"
    # "J.T. who finally, FINALLY healed his 2-year heel ulcer this week"
    r"|\bhealed (?:her|his|their) (?:[\w-]+ ){0,3}?(?:ulcer|wound|burn|graft|sore|fracture)\b"
    r"|\b(?:her|his|their) (?:[\w-]+ ){0,3}?(?:ulcer|wound|burn|graft|sore) (?:has |is )?"
    r"(?:finally |fully )?(?:healed|closed)\b"
    # "Proud of my girl Marisol, who shared her first chemo day vlog"
    r"|\b(?:her|his|their) (?:very )?first (?:[\w-]+ ){0,2}?(?:chemo|infusion|dialysis|radiation|"
    r"radiotherapy|immunotherapy|transfusion)\b"
    # a milestone of their care: "who finally got her hip done today", "got his A1c under 7",
    # "walked all the way to the dining room today, 6 weeks after her hip fracture"
    r"|\bgot (?:her|his|their) (?:new )?(?:[\w-]+ ){0,2}?(?:done|fixed|replaced|repaired|removed)\b"
    r"|\b(?:her|his|their) (?:a1c|hba1c|sugars|bp|blood pressure|viral load|cd4|ldl|cholesterol) "
    r"(?:from \d+ )?(?:under|below|down|into)\b"
    # "graduated from our intensive outpatient programme today"; a birth the author attended
    r"|\bgraduated (?:from|out of) (?:our|my|the) (?:[\w-]+ ){0,3}?(?:program|programme|clinic|"
    r"group|service)\b"
    r"|\bborn at home\b|\bto be your (?:midwife|doula|nurse|doctor|doc)\b"
    # (the number in words, and the operation bare: "Eight months after ACL reconstruction she
    # scored the winner"; not a colleague's own: "8 months after her own ACL surgery")
    r"|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
    r"(?:days?|weeks?|months?|years?) after (?:being cleared (?:from|after) |recovering from )?"
    r"(?!(?:her|his|their) own\b)"
    r"(?:(?:her|his|their|a) )?(?:[\w-]+ ){0,2}?(?:fracture|stroke|surgery|op|operation|transplant|"
    r"bypass|replacement|amputation|heart attack|accident|injury|burns?|bleed|mi|cabg|diagnosis|"
    r"reconstruction|repair|arthroscopy|scope|concussion|tear|thrombectomy|stent|ablation|"
    r"craniotomy|c-section|cesarean|caesarean|thrombolysis|coiling)\b"
    # "came back for his 3-month PrEP check like a champ", "had her VBA2C at home this weekend",
    # "SO brave getting her 3 stitches today", "did his own pump site change", "who has visited
    # the medical centre every single day of this cruise"
    r"|\bwelcomed (?:their|her|his) (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|new (?:baby|son|daughter))\b(?: [\w-]+){0,2}? (?:at home|here|"
    r"with us|in our|last night|this morning|tonight|today)\b"
    r"|\bcame back for (?:his|her|their) (?:[\w-]+ ){0,3}?(?:check|visit|review|follow-?up|"
    r"appointment|test|shot|dose|scan|bloods)\b"
    r"|\bhad (?:his|her|their) (?:[\w-]+ ){0,2}?(?:vbac|vba2c|home birth|baby|twins|c-section|"
    r"surgery|op|operation|procedure|transplant|stitches|cast) (?:at home|today|tonight|this|"
    r"yesterday|last|on)\b"
    r"|\b(?:brave|strong|tough|a champ|a star|a legend) (?:getting|having|for) (?:her|his|their) "
    r"(?:[\w-]+ ){0,2}?(?:stitches|shots?|jabs?|vaccines?|bloods|blood draw|cast|iv|cannula|"
    r"injection|sutures|dressing)\b"
    r"|\bdid (?:his|her|their) own (?:[\w-]+ ){0,2}?(?:site change|injection|shot|pump change|"
    r"dressing|catheter)\b"
    r"|\bvisited (?:the|our) (?:medical cent(?:re|er)|clinic|health cent(?:re|er)|health hut|"
    r"sick bay|infirmary) (?:every|each|twice|daily)\b"
    # a birth, a food challenge passed, years of coming to the clinic: "delivered her 10
    # pounder", "PASSED her baked egg challenge today", "has been coming to our infusion clinic"
    # "8 months after we nailed her tib-fib", "14 months after starting with us", "who came in
    # for her 50th INR check with us today"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days|weeks|months|"
    r"years) after (?:we|i) [\w-]+ (?:her|his|their)\b"
    r"|\bafter starting (?:with us|(?:our|the) (?:[\w-]+ )?program(?:me)?|treatment with us)\b"
    r"|\bcame in for (?:her|his|their) \d+(?:st|nd|rd|th) (?:[\w-]+ ){0,2}?(?:check|visit|"
    r"infusion|appointment|dose|shot|session|treatment)\b"
    r"|\bdelivered (?:her|his|their) (?:[\w-]+ ){0,2}?(?:baby|son|daughter|twins|pounder|boy|"
    r"girl)\b"
    r"|\bpassed (?:her|his|their) (?:[\w-]+ ){0,3}?(?:challenge|test|screen|swallow)\b"
    r"|\b(?:has|have) been coming to (?:our|my|the) (?:[\w-]+ ){0,2}?(?:clinic|unit|office|"
    r"practice|centre|center)\b"
    # "walked the full length of our rehab gym today", "our youngest-ever pulmonary rehab grad",
    # "did his first ever site change ALL BY HIMSELF", "one full year undetectable", "FINALLY
    # let me do her grade 2 immunizations"
    r"|\bwalked the (?:full |whole |entire )?length of (?:our|the) (?:[\w-]+ )?(?:gym|hallway|hall|"
    r"corridor|unit|ward)\b"
    r"|\b(?:our|the) (?:[\w-]+ ){0,3}?(?:rehab|programme|program|clinic|camp) (?:grad|graduate)s?\b"
    r"|\b(?:did|gave|took|managed) (?:his|her|their) (?:very )?first (?:ever )?(?:[\w-]+ ){0,2}?"
    r"(?:site change|injection|shot|steps|dressing change|self-cath|catheter|pump change)\b"
    r"|\b(?:a|one|two|three|\d+) (?:full |whole )?(?:years?|months?) (?:undetectable|sober|clean|"
    r"cancer-free|seizure-free|smoke-free|in remission)\b"
    r"|\blet me (?:do|give) (?:his|her|their) (?:[\w-]+ ){0,3}?(?:immuni[sz]ations?|shots?|jabs?|"
    r"vaccines?|bloods|stitches|injections?)\b"
    r"|\bwalked (?:all the way )?(?:to|down) the (?:dining room|end of the hall|hallway|"
    r"nurses['’]? station|lounge|garden|lobby)\b"
    # a birthday kept on the ward: "Happy 100th birthday to M.K., who celebrated with our 3 West
    # team today!"
    r"|\bcelebrated (?:\w+ ){0,3}?with (?:our|the|my) (?:[\w-]+ ){0,3}?(?:team|unit|ward|nurses|"
    r"staff|floor)\b",
    re.I,
)
# Care the author gave, which a post about a colleague can still report: "Last night we
# resuscitated a 45M in bed 3".
_SOMEONE_CARED_FOR = re.compile(
    r"\b(?:i|we) (?:just |also )?(?:treated|saw|admitted|resuscitated|intubated|coded|cared for|"
    r"looked after|sutured|stitched|discharged|transferred|had a (?:patient|pt))\b"
    # someone new in a colleague's story, whom the colleague cared for: "when a 16-year-old
    # lifeguard was pulled from the deep end", "flew to Tiree for a young farmer"
    r"|\b(?:a|an)\s+(?:\d{1,3}[- ]?(?:year[- ]old|yr[- ]old|yo|y/o|month[- ]old)|"
    r"(?:\d0|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-something)\b"
    r"|\bfor (?:a|an) (?:young|old|elderly|local|injured) "
    # "Babies and mom were medevac'd to Yellowknife Sunday morning"
    r"|\b(?:was|were|got) (?:medevac['\u2019]?d|medevaced|airlifted|flown out|intubated)\b"
    # someone's condition reported: "The 34-year-old roughneck involved is stable in ICU"
    r"|\b(?:is|was|remains|remained)\s+(?:now\s+)?(?:stable|critical|in (?:a )?(?:stable|critical|"
    r"serious|fair|good) condition|intubated|sedated|ventilated)\s+(?:in|at|on)\b"
    # "Proud of our team. Yesterday we completed a DCD donation from a young teacher"
    r"|\b(?:donation|donor|retrieval) from (?:a|an)\b"
    # "A retired shearer ... came in on Monday with a dusky toe and we got him into vascular"
    r"|\b(?:came|walked|limped|rolled) in (?:on|this|last|yesterday|today|tonight|at|with)\b"
    r"|\bwe got (?:him|her|them) (?:into|in to|seen|admitted)\b"
    # someone taken ill in a colleague's story: "a gentleman pulling up for his cardiology
    # follow-up grabbed his chest right at the curb"
    r"|\b(?:a|an)\s+(?:[\w-]+\s+)?(?:gentleman|gent|man|woman|lady|guy|patient|pt|teen|kid|boy|"
    r"girl|mom|mum|dad|visitor)\b[^.!?\n]{0,80}?\b(?:collapsed|grabbed (?:his|her|their) chest|"
    r"went into (?:cardiac )?arrest|arrested|coded|seized|stopped breathing|passed out|fainted)\b",
    re.I,
)


_MY_SPOUSE = re.compile(
    r"\bmy (?:husband|wife|partner|hubby|spouse|fianc[eé]e?|other half)\b", re.IGNORECASE
)
_OUR_CHILD = re.compile(
    r"\bour (?:little |youngest |oldest |eldest )?(?:\d{1,2}[- ]?(?:year|yr|y)[- ]?o(?:ld)?s?|"
    r"kids?|son|daughter|toddler|baby|boys|girls|twins)\b(?![- ]?(?:patient|pt)s?\b)",
    re.IGNORECASE,
)


def _cared_for_here(model: PostModel, start: int, end: int) -> bool:
    """Care given in this sentence, where the author's own words are only a way to reach them
    ("DM me"), not their own life ("at 52 years old", "my 6yo")."""
    sentence = model.text[start:end]
    own = [m.group(0) for m in SAFE_CUES["self"].finditer(sentence)]
    return (
        bool(own)
        and all(_CONTACT.fullmatch(words) for words in own)
        and any(start <= a < end for a, _ in model.encounters)
    )


_CONTACT = re.compile(r"(?:email|dm|text|call|reach|contact|message) me|me at", re.I)


# A reply to someone about the care of their own family: "@brendan_k saw your son at the walk-in
# Saturday", "Hi Doreen, I saw Bill in clinic". Whoever can see the reply knows whose son it is,
# as a surname would tell them.
_REPLY_TO = re.compile(
    r"^\s*(?:(?P<who>@[\w.]+)|(?:hi|hey|hello|dear)\s+(?P<name>(?-i:[A-Z][a-z]+))(?=\s*[,!])"
    # "Karen, I saw your son at the clinic Thursday": a given name and a comma
    r"|(?P<bare>(?-i:[A-Z][a-z]+))(?=,\s))",
    re.I,
)
_TITLED_VOCATIVE = re.compile(
    r"^\s*(?:(?:hi|hey|hello|dear)\s+)?(?P<name>(?-i:(?:Mr|Mrs|Ms|Mdm|Miss)\.?\s+[A-Z][\w'-]+))"
    r"(?=\s*[,!])",
    re.I,
)
_YOUR_RELATIVE = re.compile(
    r"your\s+(?:little\s+|old\s+|wee\s+)?(?:son|daughter|kid|child|baby|bub|mom|mum|mam|mother|dad|"
    r"nana|nanna|gran|granny|grandad|"
    r"father|husband|wife|partner|grandma|grandpa|grandmother|grandfather|nan|brother|sister|"
    r"guy|girl|boy|one|man|lady|buddy|friend|mate|aunty|auntie|aunt|uncle|boyfriend|girlfriend|"
    r"bf|gf|fianc[e\u00e9]e?|roommate|flatmate|neighbou?r)\b",
    re.I,
)
_CARE_KINDS = frozenset({"FACILITY", "WARD", "SETTING"})
# A place of care the reader is told to go to: "take her to the ER", "get him in to urgent care"
_SENT_TO = re.compile(
    # (and a place to be told: "let the anticoag clinic know at his next INR")
    r"\b(?:let|tell|call|phone|ring|ask|contact)\s+$|"
    # a wait avoided: "probably saves you a 14h wait in A&E"
    r"\b(?:wait|waiting|trip|queue)\s+(?:(?:in|to|at)\s+(?:the\s+|an?\s+)?)?$|"
    # "if that toe is still red by Monday get her booked in with us"
    r"\bbooked(?:\s+in)?\s+$|"
    # "I'd get him checked in the ED tonight"
    r"\b(?:get|have)\s+(?:her|him|them|yourself|your\s+\w+)\s+(?:seen|checked|looked at|assessed)"
    r"(?:\s+(?:out|over))?\s+(?:(?:in|at)\s+(?:the\s+|an?\s+|your\s+)?)?$|"
    r"\b(?:get|take|bring|drive|rush|send|go|head|run)\s+(?:(?:her|him|them|yourself|your\s+\w+)"
    r"\s+)?"
    r"(?:straight\s+|right\s+|back\s+|over\s+|down\s+)?(?:in\s*)?to\s+(?:the\s+(?:nearest\s+)?|an?\s+|"
    r"your\s+(?:nearest\s+|local\s+)?)?$",
    re.I,
)


# The patient by their own handle: "@jess_runs_far, who I taped up in the med tent",
# "@kaylee.marie that's the cast I put on you Friday night", "@mike good to see you up and
# walking laps on 4 North today".
HANDLE = re.compile(r"(?<![\w@/])(?:@|u/)[\w.-]*\w")  # "@kaylee.marie", Reddit's "u/hauler_dave"
_CARE_OF_YOU = re.compile(
    r"\b(?:i|we) (?:put|taped|stitched|sutured|splinted|casted|treated|examined|delivered|scoped|"
    r"operated on|looked after|nursed|patched) (?:up )?(?:[\w-]+ ){0,3}?(?:you|u)\b"
    r"|\bwho (?:i|we) (?:taped up|stitched up|sutured|splinted|casted|treated|examined|looked "
    r"after|nursed|operated on|patched up|delivered|resuscitated|intubated)\b"
    r"|\b(?:see|seeing|saw) you (?:up|walking|out of bed|sitting up|home|back on your feet|"
    r"limping|hobbling|on crutches|in a (?:cast|boot|sling|brace))\b"
    # "so glad you're feeling better after Tuesday's fall", "aren't you the lady from our urgent
    # care Thursday", "your beta from this morning came back at 312", "I still remember your
    # retrieval at our Eastgate clinic"
    r"|\b(?:glad|happy|relieved|good|great) (?:to (?:hear|see) )?(?:that )?(?:you['\u2019]re|"
    r"you are|ur|you['\u2019]re finally) (?:feeling better|home|doing better|up and about|"
    r"back on your feet|out of (?:hospital|the hospital|icu|the icu)|recovering|on the mend)\b"
    r"|\baren['\u2019]?t you the (?:lady|guy|man|woman|one|girl|dude|gentleman|mom|mum|dad|kid) "
    r"(?:from|who|with|in)\b"
    r"|\byour (?:betas?|hcg|retrieval|egg retrieval|transfer|embryo transfer|scan|ultrasound|"
    r"labs|bloods|results?|biopsy|levels|e2|estradiol|surgery|op|procedure|cast|stitches|x-?ray|"
    r"mri|ct|swab|culture|oct|visual fields?(?: tests?)?|field test|pressures?|iop|echo|ecg|ekg|"
    r"holter|"
    r"blood ?work|smear|pap|mammo(?:gram)?|colonoscopy|scope|dexa|a1c|bone scan|pet scan) "
    r"(?:from|at|on|last|this|yesterday|today|came back|results? (?:came|"
    r"are|is))\b"
    r"|\bafter your (?:[\w-]+ ){0,2}?(?:review|appointment|appt|visit|op|operation|surgery|"
    r"procedure|follow-?up|check-?up|scan|biopsy|vasectomy|stitches|delivery)\b"
    r"|\bremember you (?:and your (?:[\w-]+ ){1,2})?from (?:the |our )?(?:clinic|ward|unit|er|ed|"
    r"office|surgery|station|hospital)\b"
    r"|\b(?:result|results|test|swab|biopsy|scan) (?:we|i) (?:spoke|talked) about\b"
    r"|\bremember (?:your|you at your) (?:retrieval|egg retrieval|delivery|surgery|transfer|"
    r"procedure|visit|op|birth|c-section|admission)\b"
    # the reader's own visit: "Lovely to see you and Ethan in clinic yesterday"
    # ... "so nice meeting you and your dad at the Bay Pines cardiology clinic Tuesday"
    r"|\b(?:see|seeing|saw|had|meeting|met) you (?:both |two |all )?(?:and (?:[\w'’]+ ){1,2})?"
    r"(?:in|at|from) (?:the |our )?(?:(?-i:[A-Z])[\w'’-]* ){0,3}(?:[\w-]+ )?"
    r"(?:clinic|chair|office|surgery|practice|pharmacy|er|ed|emerg|"
    r"medical cent(?:re|er)|health cent(?:re|er)|health hut|nursing station|station|walk-in|"
    # (a class the author runs for patients: "so lovely to see you at Saturday class in Frome")
    r"ward|unit|class|session|group)\b(?!\s+(?:open house|fundraiser|gala|party|"
    r"bbq|barbecue|potluck|launch|celebration)\b)",
    re.I,
)


def _handle_cared_for(model: PostModel) -> Mention | None:
    # (the reader's own visit, "good to see you at the clinic Tuesday", is found per sentence)
    care = _CARE_OF_YOU.search(model.text)
    if care is not None:
        before = care.start()
    elif model.visits:
        before = model.sentences[min(model.visits)][1]
    else:
        return None
    handles = [(m.start(), m.end(), m.group(0)) for m in HANDLE.finditer(model.text)]
    vocative = _REPLY_TO.match(model.text)
    titled = _TITLED_VOCATIVE.match(model.text)
    if not handles and vocative and vocative.group("name"):
        handles = [(*vocative.span("name"), vocative.group("name"))]  # "Hey Marco, saw you ..."
    elif not handles and titled:
        # "Mr. Delacroix, if you somehow see this: thank you ... after your vasectomy review"
        handles = [(*titled.span("name"), titled.group("name"))]
    handles = [h for h in handles if h[0] < before]
    if not handles or not any(
        m.kind in _CARE_KINDS | {"TIME", "DATE", "EVENT"} for m in model.mentions
    ):
        return None
    start, end, said = handles[-1]
    return Mention("ADDRESSEE", start, end, said)


def _addressee(model: PostModel) -> Mention | None:
    reply = _REPLY_TO.match(model.text)
    if reply is None or not any(_YOUR_RELATIVE.match(model.text, a) for a, _ in model.refs):
        return None
    if reply.group("bare") and reply.group("bare").lower() not in lexicon("phi_first_names"):
        return None  # "Parents, your kids ..." speaks to everyone
    places = [s for s, _ in model.encounters]
    places += [m.start for m in model.mentions if m.kind in _CARE_KINDS]
    if not any(not _SENT_TO.search(model.text, max(0, at - 40), at) for at in places):
        # "@jen so sorry about your dad": no care given, no place of care; "@dan please get your
        # dad to the ER now": a place to go, where no one has seen him yet
        return None
    group = next(g for g in ("who", "name", "bare") if reply.group(g))
    start, end = reply.span(group)
    return Mention("ADDRESSEE", start, end, model.text[start:end])


# "Sat with a dying patient tonight because her family couldn't get here": the pronoun that
# follows a patient in the same sentence gives the patient's sex, as "a lady" would.
_PRONOUN = re.compile(r"\b(?:she|her|hers|herself|he|him|his|himself)\b", re.I)


def _pronoun_sex(model: PostModel, mentions: list[Mention]) -> list[Mention]:
    found = []
    sexed = {model.sentence_of(m.start) for m in mentions if m.kind == "SEX"}
    for start, end in model.refs:
        ref = model.text[start:end]
        if not (EXPLICIT_PATIENT.search(ref) or PLAINLY_A_PATIENT.search(ref)):
            continue  # "my pt", "the 45M", "an 89-year-old resident"
        i = model.sentence_of(start)
        if i in sexed:
            continue
        pronoun = _PRONOUN.search(model.text, end, model.sentences[i][1])
        if pronoun:
            sexed.add(i)
            found.append(Mention("SEX", pronoun.start(), pronoun.end(), pronoun.group(0), None))
    return found


def _shifted_mention(m: Mention, by: int) -> Mention:
    return Mention(m.kind, m.start + by, m.end + by, m.text, m.age) if by else m


_A_PUPIL = re.compile(r"grade|grader|year|freshman|sophomore", re.I)


def _implied_refs(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Details that stand for a person: "the lobster fisherman", "bed 4", "an Inuk elder",
    "triplets", "96". They anchor a combination only next to an encounter cue. A detail that
    names a group ("refugee families", "Inuit communities") stands for no one."""
    refs = []
    for m in mentions:
        bed = m.kind == "WARD" and re.match(
            r"(?:bed|stretcher|bay|room|rm|cell)\b", m.text, re.I
        )
        person = (
            m.kind in ("OCCUPATION", "FAMILY", "ETHNICITY")
            and not _A_GROUP.match(text, m.end)
            and not _uncounted_plural(text, m)
        ) or (m.kind == "CONDITION" and _PEOPLE_WITH_IT.search(m.text) is not None)
        # "the 3rd grader from Lincoln Elementary": a school grade is said of one child
        pupil = m.kind == "AGE_BAND" and _A_PUPIL.search(m.text) is not None
        if bed or person or pupil or m.kind == "AGE" and m.age is not None:
            refs.append((m.start, m.end))
    return refs


def _uncounted_plural(text: str, m: Mention) -> bool:
    """ "the med students were writing it down": a job in the plural, uncounted, is everyone
    in it ("two fishermen" are patients)."""
    return (
        m.kind == "OCCUPATION"
        and in_the_plural(m.text)
        and not _COUNTED_BEFORE.search(text, max(0, m.start - 30), m.start)
    )


_COUNTED_BEFORE = re.compile(
    r"\b(?:two|three|four|five|six|both|several|\d{1,2})\s+(?:[\w-]+\s+)?$", re.I
)


_A_GROUP = re.compile(
    r"\s+(?:families|patients|communities|kids|children|people|clients|women|men|youth|"
    r"seniors|newcomers|elders|workers|groups|populations)\b"
    # what a community runs: "a new Indigenous-led healing unit"
    r"|-(?:led|run|owned|governed|serving|specific|focused|centred|centered|designed|based)\b",
    re.I,
)


# A condition named by the people who have it: "conjoined twins", "a thalidomide baby".
_PEOPLE_WITH_IT = re.compile(r"\b(?:twins|triplets|baby|babies|child|children|boy|girl)$", re.I)


_OCCUPATION_PHASE = 8


def towns(ctx: Context) -> list[tuple[int, int]]:
    return [t for by, scan in chunk_scans(ctx) for t in _shifted(scan.towns, by)]


def post_dates(ctx: Context) -> list[tuple[int, int]]:
    """``dates`` of the whole post, from each chunk's scan."""
    return [d for by, scan in chunk_scans(ctx) for d in _shifted(scan.dates, by)]


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
        if model.safe.get(i, set()) & {"famous", "self", "colleague"}:
            continue
        if not model.encounters and _HYPOTHETICAL.match(model.text, *model.sentences[i]):
            continue  # someone in a question about anyone, with no care given anywhere
        if _ANYONE_YOU_KNOW.search(model.text, max(0, anchor[0] - 40), anchor[0]):
            continue  # "If you know a teen in need, the Y has beds tonight"
        if _ANY_PATIENT_SUPPOSED.search(
            model.text, max(0, anchor[0] - 12), anchor[0]
        ) and _IN_THE_PRESENT.match(model.text, anchor[1]):
            continue  # a protocol's patient: "collect even if the patient is unsure"
        if _A_MODAL_AFTER.match(model.text, anchor[1]) and (
            _ANY_ONE.match(model.text, anchor[0])
            or _ANY_ONE_BEFORE.search(model.text, max(0, anchor[0] - 5), anchor[0])
        ):
            continue  # "guns locked up where a 6-year-old can't reach them": any 6-year-old
        if model.text[anchor[0] : anchor[0] + 5].lower() == "your " and _SUPPOSED.search(
            model.text, max(0, anchor[0] - 12), anchor[0]
        ):
            continue
        if "staff" in model.safe.get(i, set()) and not (
            anchor in explicit
            and PLAINLY_A_PATIENT.search(model.text, *anchor)
            and not titled_staff(model.text, anchor[0])
        ):
            continue  # the colleague's own details; "the 45M in bed 3" still anchors
        if anchor not in explicit and not encounter_sentences & {i - 1, i, i + 1}:
            continue
        if (
            anchor not in explicit
            and _A_ROOM.match(model.text, anchor[0])
            and "clinic" in model.safe.get(i, set()) | model.safe.get(i - 1, set())
        ):
            continue  # "FREE FLU CLINIC ... Room 204, Tuesday 10am-2pm": where a clinic is held
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


_A_ROOM = re.compile(r"(?:room|rm)\b", re.I)


# A place and a rough time say nothing about who: "a sepsis case on 4 West last week" could be
# any of its patients. With one more detail (an age, a condition, an event) they narrow it down.
WHERE_AND_ROUGHLY_WHEN = PLACE_OR_TIME - {"TIME", "DATE"}

_SPECIFIC_FAMILY = re.compile(
    r"\b(?:twins?|triplets|quadruplets|quintuplets|big|little|older|younger|brothers|sisters|"
    r"\d+|two|three|four|five|six|seven|eight)\b",
    re.I,
)


def _harmless(model: PostModel, m: Mention) -> bool:
    reasons = model.safe.get(model.sentence_of(m.start), set())
    if m.kind in ("TIME", "TIME_VAGUE") and _WHEN_TO_ACT.search(
        model.text, max(0, m.start - 40), m.start
    ):
        return True  # "call your nurse or doctor today": when the reader should act
    if m.kind in ("TIME", "TIME_VAGUE", "DATE") and (
        _WHEN_OF_A_SHOW.match(model.text, m.end)
        or _SHOW_BEFORE.search(model.text, max(0, m.start - 30), m.start)
    ):
        # "Tonight's #TVdocQuiz", "this Sunday's column", "Quality & Safety Quiz Friday": when
        # the show is on
        return True
    # (and a colleague's: "Sam was a GP in Kumasi before moving to Winnipeg"; not "Thank you Dr.
    # Patel for staying late with the 45M in bed 3", where a patient is named outright)
    i = model.sentence_of(m.start)
    colleagues = "staff" in reasons and not any(
        model.sentence_of(a) == i and PLAINLY_A_PATIENT.search(model.text, a, b)
        for a, b in model.refs
    )
    return colleagues or bool(reasons & {"famous", "self", "conference", "colleague"})


_WHEN_OF_A_SHOW = re.compile(
    r"['’]s\s+#?\w*(?:quiz|column|show|episode|podcast|lecture|talk|class|rounds|newsletter|"
    r"segment|live|stream|webinar|broadcast|program|programme|blog)\b",
    re.I,
)
# (and when a quiz's answers come: "What's your next step? Answers Friday")
_SHOW_BEFORE = re.compile(
    r"\b(?:quiz|trivia|rounds|column|podcast|webinar|live|answers?|answer key|answer reveal|"
    r"reveal)\s+(?:on\s+|this\s+|next\s+)?$",
    re.I,
)
_WHEN_TO_ACT = re.compile(  # an order ("means call ... today"), not "reason for visit in triage"
    r"(?:^|[,:;!?.]\s*|\b(?:please|then|and|so|just|means|should|must|need to|needs to|you|"
    r"i['’]?d|i would|not|don['’]?t|do not)\s+"
    # (not a greeting: "good to see you at the clinic Tuesday")
    r"|(?<!good )(?<!great )(?<!nice )(?<!lovely )(?<!glad )(?<!happy )"
    # (not what the author had to do: "Had to call CPS today")
    r"(?<!\bhad )(?<!\bhave )(?<!\bhas )\bto\s+)"
    r"(?:call|see|book|contact|visit|phone|text|ask|talk to|push for|request|insist on|"
    r"get (?:(?:him|her|them|your [\w-]+) )?(?:seen|checked|help|tested|looked at)|"
    # ("he needs to go to the ED tonight, not wait for Monday's clinic")
    r"(?:go|come|head|get) (?:in|to|back|straight|down)|wait (?:for|until|till)|"
    r"be (?:seen|checked|assessed|reviewed|looked at))\b"
    r"[^.!?,;:\n]{0,30}$"
    # "Take him to the ED tonight" (not "had to take him to theatre at 2am")
    r"|(?:^|[,:;!?.]\s*|\b(?:please|then|so|just)\s+)(?:take|bring) (?:him|her|them|your [\w-]+) "
    r"(?:straight |right )?(?:to|in)\b[^.!?,;:\n]{0,30}$"
    # "a fever in a 6 week old is an ER visit tonight"; a deadline: "by tonight", "until Monday"
    r"|\b(?:is|means|warrants|needs|deserves) an? (?:er|ed|a&e|emergency(?: room| department)?|"
    r"urgent care|hospital|same-day) (?:visit|trip|review|assessment)\s*$"
    r"|\b(?:by|until|before|till|til|'til)\s+$",
    re.I,
)
# Whoever the reader may know or meet: "If you know a teen in need", "if you see an older man".
_ANYONE_YOU_KNOW = re.compile(
    r"\b(?:if|when|whenever) (?:you|anyone|someone|a friend) (?:know|knows|see|sees|meet|meets|"
    r"find|finds|notice|notices|have|has|are|is)(?:\s+(?:a|an|any|of|with))*\s*$",
    re.I,
)
# "recommends collecting even if the patient is unsure": anyone in a protocol, supposed
_ANY_PATIENT_SUPPOSED = re.compile(
    r"\b(?:if|unless|in case|whether)\s+(?:(?:the|a|an|any)\s+)?$", re.I
)
_ANY_ONE = re.compile(r"(?:a|an|any)\s", re.I)
_ANY_ONE_BEFORE = re.compile(r"\b(?:a|an|any)\s+$", re.I)
_A_MODAL_AFTER = re.compile(
    r"\s+(?:can|can['’]t|cannot|could|couldn['’]t|would|wouldn['’]t|might|may|should|"
    r"shouldn['’]t|will|won['’]t)\b",
    re.I,
)
_IN_THE_PRESENT = re.compile(
    r"\s+(?:is|isn['’]t|has|hasn['’]t|does|doesn['’]t|can|can['’]t|cannot|reports|says|wants|"
    r"needs|agrees|refuses|declines|prefers|presents)\b",
    re.I,
)
# "If your kid has anaphylaxis and gets sent home from ...": anyone's child, supposed.
_SUPPOSED = re.compile(r"\b(?:if|when|whenever)\s+$", re.I)
# A question about anyone: "when do you have a duty to report a pilot or a driver in Ontario?"
_HYPOTHETICAL = re.compile(  # (matched from the sentence's start, so no "^")
    r"\W*(?:[\w-]+\W+){0,4}?(?:when|if|what if|should|can|could|would|is it|are we|do you|"
    r"does anyone|how do)\b[^.!\n]*\?\W*$",
    re.I,
)


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
    # a teaching case given a place and a time is no longer generic: "Interesting case from our
    # Toowoomba practice this week" (the definition's "just now in our ED in Kenora")
    placed_and_timed = kinds & {"SETTING", "FACILITY", "LOCATION", "WARD"} and kinds & {
        "TIME", "TIME_VAGUE", "DATE"
    }
    if model.teaching and HYPOTHETICAL.search(model.text):
        identifying = set()  # a made-up case, however placed and timed
    elif model.teaching and not placed_and_timed:
        # (an occupation is part of a classic case: "Case for discussion: 52M, underground coal
        # miner, progressive dyspnoea")
        # (nor is how it happened: "15M, thrown over the handlebars of an ATV")
        identifying &= PLACE_OR_TIME - {"SETTING", "TIME_VAGUE"} | {"EVENT", "SCHOOL"}
    severity = None
    if very_old and len(kinds) >= 2 or score >= 2 and identifying and len(kinds) >= 2:
        severity = "critical"
    elif score >= 1.5 and identifying and len(kinds) >= 2 and not kinds <= WHERE_AND_ROUGHLY_WHEN:
        severity = "warning"
    ordered = tuple(sorted(members, key=lambda m: m.start))
    kept = tuple(m for m in ordered if best.get(m.kind) is m or m.kind not in ("SEX",))
    return Combination(anchor, kept, score, severity)
