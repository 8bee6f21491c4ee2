"""``secondlook_token_rules``: runs every ``tokens`` rule of the packs with one spaCy Matcher.

Its output is the span group ``doc.spans["secondlook_tokens"]``, one span per match labelled with
the rule id. It runs inside the pipeline so its result is cached with the rest of the chunk's
analysis.
"""

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

SPAN_KEY = "secondlook_tokens"


class TokenRules:
    def __init__(
        self, nlp: Language, name: str, *, patterns: dict[str, list[list[dict[str, Any]]]]
    ):
        """``patterns`` maps a rule id to its list of Matcher patterns."""
        self.name = name
        self.matcher = Matcher(nlp.vocab, validate=True)
        for rule_id, rule_patterns in patterns.items():
            self.matcher.add(rule_id, rule_patterns)

    def __call__(self, doc: Doc) -> Doc:
        if not len(self.matcher):
            doc.spans[SPAN_KEY] = []
            return doc
        by_rule: dict[str, list[Any]] = {}
        for match_id, start, end in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            by_rule.setdefault(label, []).append(Span(doc, start, end, label=label))
        doc.spans[SPAN_KEY] = [span for spans in by_rule.values() for span in filter_spans(spans)]
        return doc


@Language.factory(
    "secondlook_token_rules",
    assigns=["doc.spans"],
    default_config={"patterns": {}},
)
def make_token_rules(nlp: Language, name: str, patterns: dict[str, Any]) -> TokenRules:
    return TokenRules(nlp, name, patterns=patterns)
