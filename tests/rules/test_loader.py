"""Packs are data: a broken pack is a clear error naming the file, the rule and the field, and
patterns stay inside the subset that Python and JavaScript agree on."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from secondlook.rules import PackError, load_packs, rules_dir
from secondlook.rules.regex_subset import RegexSubsetError, check_subset, python_flags
from secondlook.rules.terms import compile_terms

GOOD_RULE = """
  - id: demo.thing
    severity: warning
    message: m
    why: w
    regex: {{pattern: "{pattern}"}}
    examples: {{match: ["thing"], no_match: ["other"]}}
"""


def write_pack(tmp_path: Path, rules: str, pack_id: str = "demo") -> Path:
    shutil.copy(rules_dir() / "schema.json", tmp_path / "schema.json")
    (tmp_path / f"{pack_id}.yaml").write_text(
        f"id: {pack_id}\ntitle: Demo\ndescription: d\ndefault_enabled: true\nrules:{rules}"
    )
    return tmp_path


def test_the_shipped_packs_load() -> None:
    packs = load_packs()
    assert {"phi", "advice", "tone"} <= set(packs)
    assert all(rule.id.startswith(pid + ".") for pid, p in packs.items() for rule in p.rules)


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        (
            GOOD_RULE.replace("severity: warning", "severity: loud").format(pattern="thing"),
            "demo.yaml: rule demo.thing: severity: 'loud' is not one of",
        ),
        (
            GOOD_RULE.replace("    message: m\n", "").format(pattern="thing"),
            "demo.yaml: rule demo.thing: (top level): 'message' is a required property",
        ),
        (
            GOOD_RULE.format(pattern="(?P<x>thing)"),
            "demo.yaml: rule demo.thing: regex.pattern: at 0: group syntax",
        ),
        (GOOD_RULE.format(pattern="thing$"), "demo.yaml: rule demo.thing: regex.pattern: at 5"),
        (
            GOOD_RULE.replace("demo.thing", "other.thing").format(pattern="thing"),
            "demo.yaml: rule other.thing: id: must start with 'demo.'",
        ),
        (
            GOOD_RULE.format(pattern="thing") + GOOD_RULE.format(pattern="thing"),
            "demo.yaml: rule demo.thing: id: defined twice",
        ),
    ],
)
def test_broken_packs_name_file_rule_and_field(tmp_path: Path, rules: str, expected: str) -> None:
    with pytest.raises(PackError) as info:
        load_packs(write_pack(tmp_path, rules))
    assert expected in str(info.value)


def test_bad_yaml_names_the_file(tmp_path: Path) -> None:
    write_pack(tmp_path, GOOD_RULE.format(pattern="thing"))
    (tmp_path / "broken.yaml").write_text("id: [unclosed")
    with pytest.raises(PackError, match=r"^broken\.yaml: not valid YAML"):
        load_packs(tmp_path)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bpt\b",
        r"(?:a|b)+?",
        r"(?<!\d)\d{3}-\d{4}(?!\d)",
        r"[A-Z][a-z\-]+",
        r"\u00e9",
        r"x{2,}",
        r"\(\d+\)",
        r"^Case:",
    ],
)
def test_shared_subset_accepts(pattern: str) -> None:
    check_subset(pattern)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?i)x", ""),
        (r"(?P<n>x)", ""),
        (r"(?<n>x)", ""),
        (r"\Ax", ""),
        (r"x\Z", ""),
        (r"x$", ""),
        (r"a++", ""),
        (r"(?>a)", ""),
        (r"\p{L}", ""),
        (r"[]a]", ""),
        (r"a{", ""),
        (r"\-", ""),
        (r"\#", ""),
        (r"café", "i"),
        (r"x", "m"),
        (r"[a-z", ""),
    ],
)
def test_shared_subset_refuses(pattern: str, flags: str) -> None:
    with pytest.raises(RegexSubsetError):
        check_subset(pattern, flags)


def _terms(words: list[str], **options: bool) -> re.Pattern[str]:
    return re.compile(compile_terms(words, **options), python_flags("i"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("fuck", "fuck"),
        ("F*CK", "F*CK"),
        ("f**k", "f**k"),
        ("fuuuuck", "fuuuuck"),
        ("f#ck", "f#ck"),
        ("FUCK!", "FUCK"),
        ("#fuck", "fuck"),
        ("sh1t", "sh1t"),
        ("$h!t", "$h!t"),
    ],
)
def test_obfuscated_terms_match(text: str, word: str) -> None:
    found = _terms(["fuck", "shit"], obfuscation=True).search(text)
    assert found is not None and found.group(0) == word


@pytest.mark.parametrize(
    "text",
    ["****", "f", "fck", "firetruck", "as.", "such as", "shitake", "tilt", "@fuck_the_handle"],
)
def test_obfuscation_does_not_overreach(text: str) -> None:
    assert _terms(["fuck", "ass", "shit", "tit"], obfuscation=True).search(text) is None


def test_plain_terms_are_whole_word_and_phrase_tolerant() -> None:
    pattern = _terms(["drug seeker", "gomer"], plural=True)
    assert [m.group(0) for m in pattern.finditer("Drug-seekers and GOMERS, gomerish")] == [
        "Drug-seekers",
        "GOMERS",
    ]


@pytest.mark.parametrize("word", ["902-555-0142", "St. John's", "C-section", "(PEI)", "a+b", "50%"])
def test_any_user_term_compiles_inside_the_shared_subset(word: str) -> None:
    pattern = compile_terms([word])
    check_subset(pattern, "i")
    assert re.compile(pattern, python_flags("i")).search(f"see {word} here").group(0) == word


def test_offline_patterns_are_held_to_the_subset_and_exported(tmp_path: Path) -> None:
    from secondlook.rules.export import export

    rule = """
  - id: demo.phone
    severity: warning
    message: m
    why: w
    detector: {name: phone}
    offline: {pattern: "PATTERN", severity: info}
    examples: {match: ["call 555-0100"], no_match: ["call us"]}
"""
    with pytest.raises(PackError, match=r"rule demo.phone: offline.pattern: at 3: '\$'"):
        load_packs(write_pack(tmp_path, rule.replace("PATTERN", r"\\d+$")))
    packs = load_packs(write_pack(tmp_path, rule.replace("PATTERN", r"\\d{3}-\\d{4}")))
    (exported,) = export(packs)["packs"][0]["rules"]
    assert exported["pattern"] == r"\d{3}-\d{4}" and exported["severity"] == "info"
    assert exported["offline_fallback"] is True and exported["kind"] == "detector"
