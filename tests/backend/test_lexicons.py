"""The word lists' format: comments, lower case, and choices in braces spelled out."""

from __future__ import annotations

import pytest

from secondlook.engine.lexicons import expand, lexicon


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ("hack", ["hack"]),
        ("{mayor|premier}'s {son|daughter}",
         ["mayor's son", "mayor's daughter", "premier's son", "premier's daughter"]),
        ("{|big |little }brother", ["brother", "big brother", "little brother"]),  # optional words
        ("should lose {his|her} licen{s|c}e",  # inside a word
         ["should lose his license", "should lose his licence", "should lose her license",
          "should lose her licence"]),
        ("widow{|er}", ["widow", "widower"]),
        ("{a|b}  {c}", ["a c", "b c"]),  # runs of spaces become one
    ],
)
def test_choices_spell_one_entry_per_combination(entry: str, words: list[str]) -> None:
    assert expand(entry) == words


@pytest.mark.parametrize("entry", ["{mayor|premier's son", "mayor}'s son", "a}{b"])
def test_unbalanced_braces_are_an_error(entry: str) -> None:
    with pytest.raises(ValueError, match="unbalanced braces"):
        expand(entry)


def test_lists_hold_the_spelled_out_entries() -> None:
    family = lexicon("phi_family")
    assert {"mayor's son", "sheriff’s granddaughter", "town doctor's kids", "widower",
            "great-grandchildren", "his brothers", "twin sisters"} <= family
    assert not any("{" in w or "|" in w for w in family)
    disparaging = lexicon("tone_disparaging")
    assert {"should have their licence taken away", "does she even know how",
            "no clue what he is talking about", "hasn't seen a patient since"} <= disparaging
    assert "should have a license pulled" not in disparaging  # only the choices given
