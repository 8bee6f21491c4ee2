"""compile_terms shares prefixes (plain words) and skips positions no word can start at
(obfuscated words) for speed; it must match exactly what one flat, longest-first alternation of
the words matches."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from secondlook.rules.terms import (
    WORD_AFTER,
    WORD_AFTER_MASKED,
    WORD_BEFORE,
    _obfuscated_word,
    compile_terms,
    escape,
)


def flat(words: list[str], obfuscation: bool = False, plural: bool = False) -> re.Pattern[str]:
    """The reference: every word on its own, longest first, and words of one length in
    alphabetical order, as compile_terms orders them (ordered by a set's iteration, which changes
    with the hash seed, obfuscated "sa" and "ss" matched "55@" differently from run to run)."""
    unique = sorted({w.strip().lower() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    if obfuscation:
        body = "|".join(_obfuscated_word(w) for w in unique)
    else:
        body = "|".join(r"[\s\-]+".join(escape(p) for p in w.split()) for w in unique)
    after = WORD_AFTER_MASKED if obfuscation else WORD_AFTER
    suffix = "(?:(?<=[sxzho])es|s)?" if plural else ""
    return re.compile(f"{WORD_BEFORE}(?:{body}){suffix}{after}", re.I)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


# Few letters, so that words share prefixes and texts hit them often.
WORD = st.text(alphabet="abs ", min_size=1, max_size=7).filter(lambda w: w.strip())
TEXT = st.text(alphabet="abs -.@$5*", max_size=40)


@settings(max_examples=400, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=8), text=TEXT, plural=st.booleans())
def test_plain_words_match_as_the_flat_alternation(
    words: list[str], text: str, plural: bool
) -> None:
    ours = re.compile(compile_terms(words, plural=plural), re.I)
    assert spans(ours, text) == spans(flat(words, plural=plural), text)


@settings(max_examples=400, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=8), text=TEXT, plural=st.booleans())
def test_obfuscated_words_match_as_the_flat_alternation(
    words: list[str], text: str, plural: bool
) -> None:
    ours = re.compile(compile_terms(words, obfuscation=True, plural=plural), re.I)
    assert spans(ours, text) == spans(flat(words, obfuscation=True, plural=plural), text)


def test_shared_prefixes_are_written_once() -> None:
    pattern = compile_terms(["ms patient", "ms", "mrs"])
    assert pattern == WORD_BEFORE + r"(?:m(?:rs|s(?:[\s\-]+patient)?))" + WORD_AFTER


def test_a_masked_word_ends_where_its_masks_end() -> None:
    slur = re.compile(compile_terms(["fag"], obfuscation=True), re.I)
    assert spans(slur, "so f***ing done") == []
    assert spans(slur, "what a f*g.") == [(7, 10)]


def test_a_hyphen_inside_a_word_also_matches_a_space() -> None:
    pattern = re.compile(compile_terms(["notre-dame-des-prairies", "notre dame"]), re.I)
    assert spans(pattern, "near Notre-Dame-des-Prairies, QC") == [(5, 28)]
    assert spans(pattern, "Notre Dame des Prairies") == [(0, 23)]
    assert spans(pattern, "the notre-dame choir") == [(4, 14)]


def test_obfuscated_words_are_tried_only_where_a_first_letter_stands() -> None:
    pattern = compile_terms(["ass", "4chan"], obfuscation=True)
    assert pattern.startswith(WORD_BEFORE + "(?:(?=[4@a])")
    assert spans(re.compile(pattern, re.I), "@$$ and 4chan and a$$ but not *ss") == [
        (0, 3), (8, 13), (18, 21)
    ]


def test_accented_letters_match_either_case_in_both_engines_syntax() -> None:
    from secondlook.rules.regex_subset import check_subset, python_flags

    for obfuscation in (False, True):
        pattern = compile_terms(["enculé", "câlisse", "ta gueule"], obfuscation=obfuscation)
        check_subset(pattern, "i")  # no literal accented letter in a case-insensitive pattern
        found = re.compile(pattern, python_flags("i")).findall("ENCULÉ! Câlisse, câlisse.")
        assert found == ["ENCULÉ", "Câlisse", "câlisse"]
        assert re.compile(pattern, python_flags("i")).findall("enculer, calisse") == []


def test_hashtags_match_a_phrase_written_as_one_tag() -> None:
    words = ["frequent flyer", "drug seeker", "gomer"]
    tagged = re.compile(compile_terms(words, plural=True, hashtags=True), re.I)
    assert spans(tagged, "again! #FrequentFlyer #drugseekers") == [(7, 21), (22, 34)]
    assert spans(tagged, "frequentflyer, #frequentflyermiles, #gomerpyle") == []
    assert spans(tagged, "a #gomer and a frequent-flyer") == [(3, 8), (15, 29)]
    plain = re.compile(compile_terms(words, plural=True), re.I)
    assert spans(plain, "#frequentflyer") == []


def test_not_followed_by_cancels_a_word_where_the_pattern_comes_next() -> None:
    unless = re.compile(compile_terms(["nobody asked"], not_followed_by=r"\s+for\b"), re.I)
    assert spans(unless, "Tip nobody asked for: stretch") == []
    assert spans(unless, "@kim nobody asked, champ") == [(5, 17)]
    assert spans(unless, "nobody asked forty people") == [(0, 12)]


def test_a_plural_takes_es_only_after_a_hiss_or_an_o() -> None:
    # "spices" is no plural of a slur; "bitches" and "negroes" are plurals
    pattern = re.compile(compile_terms(["spic", "bitch", "negro"], plural=True), re.I)
    assert spans(pattern, "bring spices and coffee") == []
    assert spans(pattern, "spics") == [(0, 5)]
    assert spans(pattern, "bitches, negroes") == [(0, 7), (9, 16)]
