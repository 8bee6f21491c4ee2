"""The phi pack's scans are kept per paragraph (``Context.per_paragraph``): after an edit only the
edited paragraph is scanned again, and what reads across paragraphs (the combination, the
severity from neighbouring sentences) is decided over the whole post. A warm analyzer must give
exactly what a brand-new one gives, offsets and details included."""

from __future__ import annotations

import pytest

from secondlook.engine import Analyzer
from secondlook.rules import load_packs

OPENING = "Rough night.\n\n"
OPENING_AT_WORK = "Rough night in our ED.\n\n"
PATIENT = "A 67 year old lobster fisherman from Tignish came in after a boat crash.\n\n"
ADDRESS = "His daughter lives at 808 Harbour Road\nApt. 7 and drove him in.\n\n"
CLOSING = "Stay safe out there, everyone."


@pytest.fixture(scope="module")
def packs():  # type: ignore[no-untyped-def]
    return load_packs()


def _key(findings):  # type: ignore[no-untyped-def]
    return [(f.rule, f.severity, f.start, f.end, f.text, f.details) for f in findings]


def _details(finding):  # type: ignore[no-untyped-def]
    return [(d["kind"], d["start"], d["end"]) for d in finding.details]


def test_edits_of_one_paragraph_match_a_fresh_analyzer(packs) -> None:  # type: ignore[no-untyped-def]
    warm = Analyzer(packs)
    versions = [
        OPENING + PATIENT + ADDRESS + CLOSING,
        # the setting joins the combination of the (unchanged, cached) paragraph after it
        OPENING_AT_WORK + PATIENT + ADDRESS + CLOSING,
        # an edit of the last paragraph: nothing else is scanned again
        OPENING_AT_WORK + PATIENT + ADDRESS + "Stay safe out there, all.",
        # the address over two lines changes its end
        OPENING_AT_WORK + PATIENT + ADDRESS.replace("Apt. 7", "Apt. 12B") + CLOSING,
        # a word inserted early moves every cached paragraph after it
        OPENING_AT_WORK + "Sadly, " + PATIENT + ADDRESS + CLOSING,
    ]
    for text in versions:
        got = warm.analyze(text, packs=["phi"])
        assert _key(got) == _key(Analyzer(packs).analyze(text, packs=["phi"]))


def test_a_combination_over_two_paragraphs_and_an_address_over_two_lines(packs) -> None:  # type: ignore[no-untyped-def]
    warm = Analyzer(packs)
    warm.analyze(OPENING + PATIENT + ADDRESS + CLOSING, packs=["phi"])
    before = {f.rule for f in warm.analyze(OPENING + PATIENT + ADDRESS + CLOSING, packs=["phi"])}
    assert "phi.combination" in before

    text = OPENING_AT_WORK + "Sadly, " + PATIENT + ADDRESS.replace("Apt. 7", "Apt. 12B") + CLOSING
    findings = warm.analyze(text, packs=["phi"])

    combos = [f for f in findings if f.rule == "phi.combination"]
    age = text.index("67 year old")
    assert [(f.start, f.end, f.severity) for f in combos][0] == (age, age + 11, "critical")
    setting = text.index("our ED")
    paragraph_two = text.index("Sadly")
    details = _details(combos[0])
    # "our ED" sits in the first paragraph, the age and the town in the second
    assert ("SETTING", setting, setting + 6) in details and setting < paragraph_two
    assert ("AGE", age, age + 11) in details
    town = text.index("Tignish")
    assert ("LOCATION", town, town + 7) in details
    assert all(_details(f) == details for f in combos)

    addresses = [f for f in findings if f.rule == "phi.address"]
    street = text.index("808")
    assert [(f.start, f.end, f.text, f.severity) for f in addresses] == [
        (street, street + 25, "808 Harbour Road\nApt. 12B", "critical")
    ]


def test_an_address_announced_before_a_blank_line(packs) -> None:  # type: ignore[no-untyped-def]
    """The cue and the address sit in two paragraphs; the address is still found whole."""
    text = "Her daughter's address:\n\n4 rue des Lilas, Souris\n\nThanks all."
    findings = Analyzer(packs).analyze(text, packs=["phi"])
    start = text.index("4 rue")
    assert [(f.start, f.end) for f in findings if f.rule == "phi.address"] == [
        (start, start + len("4 rue des Lilas, Souris"))
    ]


def test_a_number_labelled_before_a_blank_line(packs) -> None:  # type: ignore[no-untyped-def]
    """ "MRN:", a blank line, the number: the label ends one paragraph, the number opens the next;
    the number is found, and still after an edit of another paragraph."""
    warm = Analyzer(packs)
    for text in (
        "Our pt this morning, MRN:\n\n48213377\n\nThanks all.",
        "Our pt this morning, MRN:\n\n48213377\n\nThanks, everyone.",
    ):
        got = warm.analyze(text, packs=["phi"])
        start = text.index("48213377")
        assert [(f.start, f.end) for f in got if f.rule == "phi.mrn"] == [(start, start + 8)]
        assert _key(got) == _key(Analyzer(packs).analyze(text, packs=["phi"]))
