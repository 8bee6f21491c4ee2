"""Every rule's own examples, generated from shared_rules/. The offline JavaScript engine runs the
same examples (extension/engine tests), so both engines answer to one list."""

from __future__ import annotations

import pytest

from secondlook.engine import Analyzer
from secondlook.rules import Example, Rule, load_packs

RULES = [rule for pack in load_packs().values() for rule in pack.rules]
SEVERITY_RANK = {"info": 0, "warning": 1, "critical": 2}


def _cases(kind: str) -> list[tuple[Rule, Example]]:
    return [(rule, ex) for rule in RULES for ex in getattr(rule, kind)]


def _ids(kind: str) -> list[str]:
    return [f"{rule.id}:{ex.text[:40]}" for rule, ex in _cases(kind)]


@pytest.mark.parametrize(("rule", "example"), _cases("match"), ids=_ids("match"))
def test_rule_matches_its_examples(analyzer: Analyzer, rule: Rule, example: Example) -> None:
    findings = [f for f in analyzer.analyze(example.text, packs=[rule.pack]) if f.rule == rule.id]
    assert findings, f"{rule.id} found nothing in {example.text!r}"
    if example.span:
        spans = [f.text for f in findings]
        assert example.span in spans, f"{rule.id} flagged {spans}, expected {example.span!r}"
        findings = [f for f in findings if f.text == example.span]
    if example.severity:
        worst = max(findings, key=lambda f: SEVERITY_RANK[f.severity]).severity
        assert worst == example.severity


@pytest.mark.parametrize(("rule", "example"), _cases("no_match"), ids=_ids("no_match"))
def test_rule_ignores_its_counter_examples(
    analyzer: Analyzer, rule: Rule, example: Example
) -> None:
    findings = [f for f in analyzer.analyze(example.text, packs=[rule.pack]) if f.rule == rule.id]
    assert not findings, f"{rule.id} flagged {[f.text for f in findings]} in {example.text!r}"


def test_every_rule_has_examples_of_both_kinds() -> None:
    for rule in RULES:
        assert rule.match and rule.no_match, rule.id
