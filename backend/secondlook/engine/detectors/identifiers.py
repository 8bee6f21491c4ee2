"""Direct identifiers of the phi pack: numbers and addresses that name one person on their own.

Each family is its own detector (and its own rule in phi.yaml) so that a user can change the
severity of one without touching the others. Checksums come from python-stdnum and phone numbers
from phonenumbers; the post model (``phi_model``) decides the severity from where the identifier
sits: next to a patient or a patient's relative it is critical, in a clinic's own contact details
or the author's own it is info.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import phonenumbers
from stdnum import iban, imei, luhn
from stdnum.ca import bc_phn, sin
from stdnum.gb import nhs
from stdnum.us import ssn

from secondlook.engine.context import Context
from secondlook.engine.detectors import detector
from secondlook.engine.detectors.phi_model import HANDLE, PostModel, paragraph_spans, post_model
from secondlook.engine.findings import Hit
from secondlook.rules.loader import Rule

# "his wife's cell", "pt's number", "her daughter at": a relative's or the patient's own contact
# The possessive needs its apostrophe: "accepting new patients! Call 902-555-0150" is the clinic's.
_OWNER = re.compile(
    r"\b(?:(?:pt|patient|wife|husband|son|daughter|mother|father|mom|dad|family|sister|brother|"
    r"partner|relative)['’]s|his|her|their|"
    r"(?:wife|husband|son|daughter|mother|father|mom|dad|family|sister|brother|partner)\s+"
    r"(?:at|on|is|called from|called)|"
    # whoever lives there: "Shout out to the lovely lady at 45 Elm Crescent who bakes cookies"
    r"(?:lady|man|woman|gentleman|gent|guy|couple|client|resident)\s+(?:at|on|who lives (?:at|on))|"
    # what the chart holds is a patient's: "number on file is 506-555-0173"
    r"(?:number|phone|cell|contact|address|email)s? on (?:file|the chart|(?:his|her|their) chart))"
    r"\b[^.!?\n]{0,30}$",
    re.I,
)


_MY_OWN = re.compile(r"\b(?:my|our)\s+\w*\s*$", re.I)
# "Book with her at 204-555-0133", "our office manager Deb ... give her a call at 204-555-0132
# ext 4": where one books with a colleague, or reaches them, is the clinic's line.
_BOOKING_WITH = re.compile(
    r"\b(?:book|booking|appointments?|give (?:her|him|them) a (?:call|ring))\b[^.!?\n]{0,25}$",
    re.I,
)


def severity_for(
    model: PostModel, start: int, *, strong: bool = False, personal: bool = False
) -> str:
    """Where a direct identifier sits decides how serious it is.

    ``strong`` marks identifiers that are validated government or health numbers: even with no
    patient in sight they are worth a warning, because they are never harmless in a post.
    ``personal`` marks what is always someone's (a record number, a date of birth): what spares a
    clinic's own contact details ("call us") leaves it a warning ("call back re: MRN 4471029").
    """
    before = model.text[max(0, start - 60) : start]
    if _OWNER.search(before) and not (_MY_OWN.search(before) or _BOOKING_WITH.search(before)):
        return "critical"
    if model.safe_reason(start):
        return "warning" if personal else "info"
    if model.near_patient(start, same_sentence=True):
        return "critical"
    if model.near_patient(start) or strong or personal:
        return "warning"
    return "info"


def _hits(
    ctx: Context,
    spans: Iterable[tuple[int, int]],
    *,
    strong: bool = False,
    personal: bool = False,
    entity: str | None = None,
) -> Iterator[Hit]:
    model = post_model(ctx)
    for start, end in spans:
        if ctx.is_allowed(start, end):
            continue
        severity = severity_for(model, start, strong=strong, personal=personal)
        yield Hit(start, end, severity=severity, entity=entity)


_NOT_DIGIT = re.compile(r"\D")


def _digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def _low_entropy(digits: str) -> bool:
    return len(set(digits)) <= 2


# -- phone and fax ----------------------------------------------------------------------------

_FAX_CUE = re.compile(r"\b(?:fax|faxed|facsimile)\b[^\d\n]{0,20}$|\bf\s*[:.]\s*$", re.I)
_PAGER = re.compile(
    r"\b(?:beeper|pager|pgr|bleep|ext\.?|extension|cell|mobile|phone|tel|ph)(?:\s*(?:no\.?"
    r"|number))?"
    r"[\s:#.]*(?:is\s+|at\s+)?(?P<num>\d{4,6}|\d{3}[-.\s]\d{4})\b",
    re.I,
)
_PHONE_HINT = re.compile(r"(?:\+|\b)\d[\d\s().-]{5,}\d")
_PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00|\()?\d[\d ().-]{5,18}\d(?!\w)")
_PHONE_CUE = re.compile(
    r"\b(?:phone|tel|telephone|cell|mobile|number|call|text|whatsapp|contact|reach|ph|fax|office|"
    r"desk|landline|answering at|messages to|sms)"
    r"\b[^\n]{0,25}$",
    re.I,
)
# A cue written after the number: "555 0142 (office)", "788-063-Office"
_PHONE_CUE_AFTER = re.compile(r"[\s(-]*(?:office|fax|mobile|cell|home|work|desk)\b", re.I)
# Outside North America a number needs a "+", an international prefix or a cue ("my number is"),
# then the first region whose numbering plan accepts it wins.
_REGIONS = ("GB", "IL", "IN", "DE", "FR", "AU", "JP", "CN", "BR", "MX", "HU")


def phone_spans(ctx: Context) -> list[tuple[int, int]]:
    return ctx.once("phi.phones", _phone_spans)


@dataclass(frozen=True)
class _PhoneScan:
    """The phone-number candidates of one line (or sentence), found on their own. Whether a
    candidate without an international prefix is a phone depends on a cue, which may sit on the
    line before; that is decided over the whole post (``_phone_spans``)."""

    numbers: list[tuple[int, int]]  # found by phonenumbers
    candidates: list[tuple[int, int, bool]]  # (start, end, valid in some region or international)


def _phone_spans(ctx: Context) -> list[tuple[int, int]]:
    text = ctx.text
    if not _PHONE_HINT.search(text):  # the whole post's: a hint anywhere lets pager numbers in
        return []
    spans: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or b <= s for a, b in spans)

    # per line (or sentence of a long line): no phone number runs over either
    scans = [(c.start_char, scan) for c, scan in ctx.per_chunk("phi.phone_scan", _phone_scan)]
    spans += [(s + by, e + by) for by, scan in scans for s, e in scan.numbers]
    for by, scan in scans:
        for start, end, valid in scan.candidates:
            start, end = start + by, end + by
            if not free(start, end):
                continue
            raw = text[start:end]
            international = raw.startswith(("+", "00"))
            cued = bool(
                _PHONE_CUE.search(text[max(0, start - 40) : start])
                or _PHONE_CUE_AFTER.match(text, end)
            )
            if not international and not cued:
                continue
            if valid or ((cued or raw.startswith("+")) and _phone_shaped(raw)):
                spans.append((start, end))
    # the whole post's: "Pager:", a blank line, and the number
    for m in _PAGER.finditer(text):
        if free(*m.span("num")):
            spans.append(m.span("num"))
    return sorted(spans)


# No phone number of any plan has fewer than five digits (a country code and four).
_FIVE_DIGITS = re.compile(r"(?:\d\D*){5}")
_OPEN_AFTER = re.compile(r"[\s(-]*")


def _phone_scan(ctx: Context) -> _PhoneScan:
    text = ctx.text
    if not _FIVE_DIGITS.search(text):
        return _PhoneScan([], [])
    numbers = [
        (match.start, match.end)
        for match in phonenumbers.PhoneNumberMatcher(text, "US")
        if not _looks_like_date(match.raw_string)
    ]
    candidates = []
    for m in _PHONE_CANDIDATE.finditer(text):
        raw = m.group(0)
        if any(m.start() < b and a < m.end() for a, b in numbers) or _looks_like_date(raw):
            continue
        # only a number with a cue, or whose cue may lie beyond this text (the 40 characters
        # before it, or the spaces and brackets after it, run past its edge), is worth checking
        may_be_cued = (
            m.start() < 40
            or _OPEN_AFTER.match(text, m.end()).end() == len(text)  # type: ignore[union-attr]
            or _PHONE_CUE.search(text[m.start() - 40 : m.start()])
            or _PHONE_CUE_AFTER.match(text, m.end())
        )
        if raw.startswith(("+", "00")) or may_be_cued:
            valid = _valid_somewhere(raw, (None,) if raw.startswith("+") else _REGIONS)
            candidates.append((*m.span(), valid))
    return _PhoneScan(numbers, candidates)


def _phone_shaped(raw: str) -> bool:
    """Numbers of any numbering plan (8-15 digits in groups, or after a "+"): trusted only with a
    cue or an international prefix, since no region list covers every country's plan."""
    digits = sum(ch.isdigit() for ch in raw)
    grouped = bool(re.search(r"\d[\s().-]+\d", raw)) or raw.startswith("+")
    years = re.fullmatch(r"(?:(?:19|20)\d\d[\s,.-]*)+", raw)  # "2019 2020 2021"
    return 8 <= digits <= 15 and grouped and not years


def _valid_somewhere(raw: str, regions: tuple[str | None, ...]) -> bool:
    for region in regions:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


def _is_phone(ctx: Context, span: tuple[int, int]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in phone_spans(ctx))


def _looks_like_date(raw: str) -> bool:
    return bool(
        re.fullmatch(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?: \d\d?:\d\d(?::\d\d)?)?", raw.strip())
    )


def _is_fax(text: str, start: int) -> bool:
    return bool(_FAX_CUE.search(text[max(0, start - 20) : start]))


@detector("phi_phone")
def phone(ctx: Context, rule: Rule) -> Iterator[Hit]:
    spans = [s for s in phone_spans(ctx) if not _is_fax(ctx.text, s[0])]
    yield from _hits(ctx, spans)


@detector("phi_fax")
def fax(ctx: Context, rule: Rule) -> Iterator[Hit]:
    spans = [s for s in phone_spans(ctx) if _is_fax(ctx.text, s[0])]
    yield from _hits(ctx, spans)


# -- email, web, IP ---------------------------------------------------------------------------

EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|io|co|me|tv|ly|ai|app|dev|site|online|health|care|"
    "clinic|hospital|news|blog|shop|store|page|link|xyz|ca|uk|us|au|nz|ie|de|fr|il|in|jp|cn|"
    "br|es|it|nl|se|no|fi|dk|ch|at|be|pl|ru|mx|za"
)
URL = re.compile(
    r"""\b(?:https?://|ftp://)[^\s<>"']+[^\s<>"'.,;:!?)\]]"""
    r"|\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[^\s<>\"']*[^\s<>\"'.,;:!?)\]])?"
    r"|(?<![@\w.])(?:[A-Za-z0-9-]+\.)+(?:" + _TLDS + r")(?:\.[a-z]{2})?\b"
    r"(?:/[^\s<>\"']*[^\s<>\"'.,;:!?)\]])?(?![\w@])",
)
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")


@detector("phi_email")
def email(ctx: Context, rule: Rule) -> Iterator[Hit]:
    for hit in _hits(ctx, paragraph_spans(ctx, "phi.emails", _email_spans)):
        if _ROLE_MAILBOX.match(ctx.text, hit.start):
            # an office's mailbox, no one's: "Forms go to health@camppinecrest.org by June 15"
            yield Hit(hit.start, hit.end, severity="info", entity=hit.entity)
        else:
            yield hit


_ROLE_MAILBOX = re.compile(
    r"(?:info|health|healthcentre|healthcenter|office|admin|contact|hello|clinic|nurse|nursing|"
    r"reception|bookings?|appointments?|support|help|enquiries|inquiries|questions|forms|records|"
    r"pharmacy|frontdesk|referrals?|intake|scheduling|medical|wellness|infirmary)"
    r"(?:[._-](?:info|office|team|desk|forms|services?))?@",
    re.I,
)


def _email_spans(ctx: Context) -> list[tuple[int, int]]:
    return [m.span() for m in EMAIL.finditer(ctx.text)]


# A site's home page ("quitnow.ca", "https://www.canada.ca/") is an organisation's, not a
# person's: what could lead to a patient is a path ("gofundme.com/help-dan-k") or an owner.
_HOME_PAGE = re.compile(r"(?:https?://)?(?:www\.)?[A-Za-z0-9.-]+/?", re.I)


# A public body's or a journal's site, which leads to no one: "https://cps.ca/en/documents/...",
# "www.nccih.nih.gov/health/...", "doi.org/10.1056/..."
_PUBLIC_SOURCE = re.compile(
    r"(?:https?://)?(?:[\w-]+\.)*(?:[\w-]+\.(?:gov|edu|int|mil)(?:\.[a-z]{2})?|gov\.[a-z]{2}|"
    r"gc\.ca|canada\.ca|ac\.[a-z]{2}|nhs\.uk|cps\.ca|cochrane\.org|nice\.org\.uk|doi\.org|"
    r"bmj\.com|nejm\.org|thelancet\.com|jamanetwork\.com|medrxiv\.org|cmaj\.ca|cmpa-acpm\.ca|"
    r"cma\.ca|uptodate\.com)(?:[/?#]\S*)?",
    re.I,
)


@detector("phi_url")
def url(ctx: Context, rule: Rule) -> Iterator[Hit]:
    for hit in _hits(ctx, paragraph_spans(ctx, "phi.urls", _url_spans)):
        text = ctx.text
        if hit.severity != "info" and (
            _HOME_PAGE.fullmatch(text, hit.start, hit.end)
            and not _OWNER.search(text, max(0, hit.start - 60), hit.start)
            or _PUBLIC_SOURCE.fullmatch(text, hit.start, hit.end)
        ):
            hit = replace(hit, severity="info")
        yield hit


def _url_spans(ctx: Context) -> list[tuple[int, int]]:
    text = ctx.text
    emails = _email_spans(ctx) if "@" in text else []
    return [
        m.span()
        for m in URL.finditer(text)
        if not any(a <= m.start() < b for a, b in emails) and not _is_number_like(m.group(0))
    ]


_NUMBER_LIKE = re.compile(r"[\d.]+")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _is_number_like(candidate: str) -> bool:
    return bool(_NUMBER_LIKE.fullmatch(candidate))


@detector("phi_ip")
def ip(ctx: Context, rule: Rule) -> Iterator[Hit]:
    yield from _hits(ctx, paragraph_spans(ctx, "phi.ips", _ip_spans))


def _ip_spans(ctx: Context) -> list[tuple[int, int]]:
    spans = []
    for pattern in (IPV4, IPV6):
        for m in pattern.finditer(ctx.text):
            try:
                ipaddress.ip_address(m.group(0))
            except ValueError:
                continue
            if pattern is IPV6 and _CLOCK.fullmatch(m.group(0)):
                continue  # a clock time
            spans.append(m.span())
    return spans


# -- government numbers ------------------------------------------------------------------------

_SSN = re.compile(r"(?<![\d-])(?:\d{3}([-. ]?)\d{2}\1\d{4}|\d{3}-\d{6}|\d{5}-\d{4})(?![\d-])")
_SIN = re.compile(r"(?<![\d-])\d{3}([- ]?)\d{3}\1\d{3}(?![\d-])")


@detector("phi_ssn")
def national_id(ctx: Context, rule: Rule) -> Iterator[Hit]:
    spans = set(paragraph_spans(ctx, "phi.national_ids", _national_id_spans))
    if spans:
        phones = phone_spans(ctx)
        spans = {s for s in spans if not _cue_says_phone(ctx.text, s, phones)}
    yield from _hits(ctx, sorted(spans), strong=True)


def _national_id_spans(ctx: Context) -> list[tuple[int, int]]:
    text = ctx.text
    spans = []
    for m in _SSN.finditer(text):
        if ssn.is_valid(_digits(m.group(0))) and not _low_entropy(_digits(m.group(0))):
            spans.append(m.span())
    for m in _SIN.finditer(text):
        if sin.is_valid(_digits(m.group(0))):
            spans.append(m.span())
    return spans


def _cue_says_phone(text: str, span: tuple[int, int], phones: list[tuple[int, int]]) -> bool:
    inside_phone = any(a <= span[0] and span[1] <= b for a, b in phones)
    cue = re.search(
        r"\b(?:call|phone|tel|cell|text|fax|ph)\b", text[max(0, span[0] - 20) : span[0]], re.I
    )
    return inside_phone and bool(cue)


# -- health plan numbers ----------------------------------------------------------------------

_TEN = re.compile(r"(?<![\d-])\d{3,4}[- ]?\d{3}[- ]?\d{3,4}(?![\d-])")
_ONTARIO = re.compile(r"(?<![\d-])\d{4}[- ]?\d{3}[- ]?\d{3}[- ]?[A-Z]{2}\b")
_RAMQ = re.compile(r"\b[A-Z]{4} ?\d{2}(?P<month>\d{2}) ?\d{4}\b")
_MBI_LETTER = "[AC-HJKMNP-RT-Yac-hjkmnp-rt-y]"
_MBI_ALNUM = "[AC-HJKMNP-RT-Yac-hjkmnp-rt-y0-9]"
_MBI = re.compile(
    rf"\b[1-9]{_MBI_LETTER}{_MBI_ALNUM}\d-?{_MBI_LETTER}{_MBI_ALNUM}\d-?{_MBI_LETTER}{{2}}\d{{2}}\b"
)
_HEALTH_CONTEXT = re.compile(
    r"\b(?:health (?:card|number|insurance)|hcn|ohip|msp|phn|ramq|carte soleil|medicare|"
    r"medicaid|insurance|member|policy|subscriber|plan|group|bcbs|blue cross|aetna|cigna|"
    r"united ?healthcare|humana|kaiser|nhs)\b",
    re.I,
)
_MEMBER_ID = re.compile(
    r"\b(?:member|policy|subscriber|insurance|medicaid|medicare|group|plan|health card|"
    r"ohip|msp|phn|hcn|nhs)\s*(?:id|#|no\.?|number|num)?\s*(?:is|:|#)?\s*"
    r"(?P<id>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,19})\b",
    re.I,
)


@detector("phi_health_plan")
def health_plan(ctx: Context, rule: Rule) -> Iterator[Hit]:
    numbers, uncued = _health_plan_spans(ctx)
    spans = set(numbers)
    for span in uncued:  # ten digits with no health-plan word before: not if a phone number
        if not _is_phone(ctx, span):
            spans.add(span)
    # (a part of someone's handle is no card: "@NHSsceptic1")
    handles = [m.span() for m in HANDLE.finditer(ctx.text)]
    spans = {(s, e) for s, e in spans if not any(a <= s and e <= b for a, b in handles)}
    yield from _hits(ctx, outermost(spans), strong=True)



@dataclass(frozen=True)
class _PlanScan:
    """The health plan numbers of a paragraph, found on their own. Whether a number is announced
    by a health-plan word depends on the 40 characters before it, which may lie in the paragraph
    before; that is decided over the whole post (``_health_plan_spans``)."""

    numbers: list[tuple[int, int]]  # numbers that need no announcing word
    ten: list[tuple[int, int, bool, bool]]  # ten digits: (start, end, BC or NHS valid, Luhn valid)
    ontario: list[tuple[int, int, bool]]  # (start, end, Luhn valid)


def _health_plan_spans(
    ctx: Context,
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The health plan numbers of a text, and the ten-digit ones that no health-plan word announces
    (those may be phone numbers, which only the whole post tells)."""
    text = ctx.text

    def announced(start: int) -> bool:
        return bool(_HEALTH_CONTEXT.search(text[max(0, start - 40) : start]))

    scans = ctx.per_paragraph("phi.health_plan", _plan_scan)
    spans = {(s + by, e + by) for by, scan in scans for s, e in scan.numbers}
    spans |= _labelled_before(_MEMBER_ID, text, [by for by, _ in scans[1:]], quantities=True)
    uncued = []
    for by, scan in scans:
        for start, end, checksum, luhn_ok in scan.ten:
            start, end = start + by, end + by
            context = announced(start)
            if checksum or (context and luhn_ok):
                if context:
                    spans.add((start, end))
                else:
                    uncued.append((start, end))
        for start, end, luhn_ok in scan.ontario:
            if luhn_ok or announced(start + by):
                spans.add((start + by, end + by))
    return sorted(spans), uncued


def _plan_scan(ctx: Context) -> _PlanScan:
    text = ctx.text
    ten = []
    for m in _TEN.finditer(text):
        digits = _digits(m.group(0))
        if len(digits) != 10 or _low_entropy(digits):
            continue
        checksum = bc_phn.is_valid(digits) or nhs.is_valid(digits)
        ten.append((*m.span(), checksum, luhn.is_valid(digits)))
    ontario = [
        (*m.span(), luhn.is_valid(_digits(m.group(0))))
        for m in _ONTARIO.finditer(text)
        if m.group(0)[-1].isalpha()
    ]
    numbers = []
    for m in _RAMQ.finditer(text):
        month = int(m.group("month"))
        if 1 <= month <= 12 or 51 <= month <= 62:
            numbers.append(m.span())
    numbers += [m.span() for m in _MBI.finditer(text)]
    numbers += [m.span("id") for m in _MEMBER_ID.finditer(text)]
    return _PlanScan(numbers, ten, ontario)


def outermost(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    ordered = sorted(spans, key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for s, e in ordered:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


# -- record, account, licence, vehicle, device and other numbers ------------------------------


def _labelled(label: str) -> re.Pattern[str]:
    """A number introduced by its label: "MRN 123456", "acct #: 99-123", "S/N A12B34"."""
    return re.compile(
        r"\b(?:" + label + r")\s*(?:#|no\.?|num(?:ber)?|id)?\s*(?:is|was|:|#|-)?\s*"
        r"(?P<id>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,19})\b",
        re.I,
    )


_MRN = _labelled(
    r"mrn|mr#|medical record(?: number)?|chart|hospital (?:number|no)|patient id|pt id|"
    r"record|unit number|health record|emr|ehr|cr#|"
    # Australia's unit record number: "the angio request for URN 4471902"
    r"urn|ur (?:number|no)|ur#"
)
_ACCOUNT = _labelled(r"account|acct|bank account|card|credit card|visa|mastercard|amex|billing")
_CARD = re.compile(
    r"(?<![\d-])\d{4}([- ]?)\d{4}\1\d{4}\1\d{1,7}(?![\d-])"
    r"|(?<![\d-])\d{4}[- ]\d{6}[- ]\d{5}(?![\d-])"
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_LICENSE = _labelled(
    r"driver'?s licen[cs]e|drivers licen[cs]e|licen[cs]e|dl|dea|cpso|college|registration|"
    r"permit|passport"
)
_NPI = re.compile(r"(?<![\d-])[12]\d{3}([- ]?)\d{3}\1\d{3}(?![\d-])")
_PLATE = re.compile(
    r"\b(?:licen[cs]e plate|plate|plates|plate number|tag)\s*(?:#|no\.?|number)?\s*(?:is|was|:"
    r"|#)?\s*"
    r"(?P<id>(?=[A-Z0-9 -]*\d)[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4})\b",
)
_VIN = re.compile(r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b")
_DEVICE = _labelled(
    r"serial|s/n|sn|device id|device|pacemaker|implant|lot|imei|udi|model|pump|icd|defib"
)
_OTHER = _labelled(
    r"case|file|claim|ticket|reference|ref|booking|encounter|visit|admission|accession|"
    r"requisition|specimen|badge|employee|student|inmate|client|room key|wristband|band"
)


def _labelled_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span("id") for m in pattern.finditer(text) if not _is_plain_quantity(m.group("id"))]


def _paragraph_ids(
    ctx: Context,
    key: str,
    spans_in: Callable[[Context], list[tuple[int, int]]],
    label: re.Pattern[str],
    *,
    quantities: bool = False,
) -> list[tuple[int, int]]:
    """``spans_in`` run on each paragraph (kept with it, see ``Context.per_paragraph``), its spans
    placed in the post, with the numbers whose ``label`` ends the paragraph before them."""
    found = ctx.per_paragraph(key, spans_in)
    spans = {(s + by, e + by) for by, paragraph in found for s, e in paragraph}
    starts = [by for by, _ in found[1:]]
    spans |= _labelled_before(label, ctx.text, starts, quantities=quantities)
    return sorted(spans)


_NOT_SPACE = re.compile(r"\S")
_WORD_START = re.compile(r"\b\w")
_LABEL_CHARS = 60  # longer than any label with its "number is:" ("medical record number is")


def _labelled_before(
    pattern: re.Pattern[str], text: str, paragraph_starts: list[int], *, quantities: bool = False
) -> set[tuple[int, int]]:
    """Numbers that open a paragraph, labelled at the end of the one before ("MRN:", a blank line,
    the number): only spaces lie between, so the label ends where the text before the paragraph
    ends. ``quantities``: keep small numbers too (the pattern needs no filter)."""
    spans: set[tuple[int, int]] = set()
    for start in paragraph_starts:
        label_end = len(text[:start].rstrip())
        number = _NOT_SPACE.search(text, start)
        if not label_end or not number:
            continue
        line = max(text.rfind("\n", 0, label_end) + 1, label_end - _LABEL_CHARS)
        line_end = text.find("\n", number.start())
        end = len(text) if line_end < 0 else line_end
        cut = line > 0 and (text[line - 1].isalnum() or text[line - 1] == "_")
        # decided on the few lines around the break alone, and kept by their text: after an
        # edit elsewhere, nothing here is searched again
        found = _label_across(
            pattern, text[line:end], label_end - line, start - line, cut, quantities
        )
        if found:
            spans.add((found[0] + line, found[1] + line))
    return spans


@lru_cache(maxsize=4096)
def _label_across(
    pattern: re.Pattern[str], around: str, label_end: int, start: int, cut: bool, quantities: bool
) -> tuple[int, int] | None:
    """The number at or after ``start`` in ``around`` that a label ending at ``label_end`` names.
    ``cut``: ``around`` begins inside a word (cut by the label window)."""
    for word in _WORD_START.finditer(around, 0, label_end):  # every label starts a word
        at = word.start()
        if at and (around[at - 1].isalnum() or around[at - 1] == "_") or not at and cut:
            continue  # inside a word cut by the limit
        m = pattern.match(around, at)
        if m and m.start("id") >= start:
            if quantities or not _is_plain_quantity(m.group("id")):
                return m.span("id")
            return None
    return None


_PLAIN_QUANTITY = re.compile(r"\d{1,5}(?:[.,]\d+)?[a-z]{0,5}", re.I)


def _is_plain_quantity(value: str) -> bool:
    """ "chart 2", "record 10", "pump 4000ml": small numbers and amounts are not identifiers."""
    return bool(_PLAIN_QUANTITY.fullmatch(value))


@detector("phi_mrn")
def mrn(ctx: Context, rule: Rule) -> Iterator[Hit]:
    yield from _hits(ctx, _mrn_spans(ctx), personal=True)  # a record number is a patient's


def _mrn_spans(ctx: Context) -> list[tuple[int, int]]:
    return _paragraph_ids(ctx, "phi.mrn", _mrn_spans_in, _MRN)


def _mrn_spans_in(ctx: Context) -> list[tuple[int, int]]:
    text = ctx.text
    spans = _labelled_spans(_MRN, text)
    for m in _HOSPITAL_NUMBER.finditer(text):
        # a hospital number's shape, unlabelled, where records are at work: "request bloods on
        # RXF4471923 even though he's been admitted 6 hrs"
        if _RECORDS_AT_WORK.search(text, max(0, m.start() - 80), m.end() + 80):
            spans.append(m.span())
    return spans


_HOSPITAL_NUMBER = re.compile(r"\b[A-Z]{1,4}\d{6,10}\b")
_RECORDS_AT_WORK = re.compile(
    r"\b(?:bloods|labs|admitted|admission|epr|ehr|emr|chart|notes|patient|pt|bed|scan|request|"
    r"order|orders|discharge|referral|results|hospital number|record)\b",
    re.I,
)


@detector("phi_account")
def account(ctx: Context, rule: Rule) -> Iterator[Hit]:
    yield from _hits(ctx, outermost(_account_spans(ctx)), strong=True)


def _account_spans(ctx: Context) -> list[tuple[int, int]]:
    return _paragraph_ids(ctx, "phi.account", _account_spans_in, _ACCOUNT)


def _account_spans_in(ctx: Context) -> list[tuple[int, int]]:
    text = ctx.text
    spans = set(_labelled_spans(_ACCOUNT, text))
    for m in _CARD.finditer(text):
        digits = _digits(m.group(0))
        if 13 <= len(digits) <= 19 and luhn.is_valid(digits) and len(set(digits)) > 1:
            spans.add(m.span())
    for m in _IBAN.finditer(text):
        if iban.is_valid(m.group(0)):
            spans.add(m.span())
    return sorted(spans)


@detector("phi_license")
def license_number(ctx: Context, rule: Rule) -> Iterator[Hit]:
    yield from _hits(ctx, outermost(_license_spans(ctx)))


def _license_spans(ctx: Context) -> list[tuple[int, int]]:
    return _paragraph_ids(ctx, "phi.license", _license_spans_in, _LICENSE)


def _license_spans_in(ctx: Context) -> list[tuple[int, int]]:
    text = ctx.text
    spans = set(_labelled_spans(_LICENSE, text))
    for m in _NPI.finditer(text):
        digits = _digits(m.group(0))
        if luhn.is_valid("80840" + digits) and not _low_entropy(digits):
            spans.add(m.span())
    return sorted(spans)


@detector("phi_vehicle")
def vehicle(ctx: Context, rule: Rule) -> Iterator[Hit]:
    yield from _hits(ctx, outermost(_vehicle_spans(ctx)))


def _vehicle_spans(ctx: Context) -> list[tuple[int, int]]:
    return _paragraph_ids(ctx, "phi.vehicle", _vehicle_spans_in, _PLATE, quantities=True)


def _vehicle_spans_in(ctx: Context) -> list[tuple[int, int]]:
    text = ctx.text
    return [m.span("id") for m in _PLATE.finditer(text)] + [m.span() for m in _VIN.finditer(text)]


_SMALL_NUMBER = re.compile(r"\d{1,3}(?:-\d{1,3})?")
_FIFTEEN_DIGITS = re.compile(r"(?<!\d)\d{15}(?!\d)")


@detector("phi_device")
def device(ctx: Context, rule: Rule) -> Iterator[Hit]:
    yield from _hits(ctx, outermost(_device_spans(ctx)))


def _device_spans(ctx: Context) -> list[tuple[int, int]]:
    spans = _paragraph_ids(ctx, "phi.device", _device_spans_in, _DEVICE)
    return [s for s in spans if not _SMALL_NUMBER.fullmatch(ctx.text, *s)]


def _device_spans_in(ctx: Context) -> list[tuple[int, int]]:
    text = ctx.text
    spans = {s for s in _labelled_spans(_DEVICE, text) if not _SMALL_NUMBER.fullmatch(text, *s)}
    for m in _FIFTEEN_DIGITS.finditer(text):
        if imei.is_valid(m.group(0)):
            spans.add(m.span())
    return sorted(spans)


@detector("phi_other_id")
def other_id(ctx: Context, rule: Rule) -> Iterator[Hit]:
    # "the number on file is 506-555-0173": a phone number, underlined once, as one
    phones = phone_spans(ctx)
    spans = [(s, e) for s, e in _other_id_spans(ctx) if not any(a < e and s < b for a, b in phones)]
    yield from _hits(ctx, spans)


def _other_id_spans(ctx: Context) -> list[tuple[int, int]]:
    return _paragraph_ids(ctx, "phi.other_id", _other_id_spans_in, _OTHER)


def _other_id_spans_in(ctx: Context) -> list[tuple[int, int]]:
    return _labelled_spans(_OTHER, ctx.text)
