"""``secondlook_fast_attributes``: the model's attribute ruler, without the Matcher's cost.

English pipelines map each fine-grained tag to its part of speech, with exceptions ("'d" after a
modal is "would"), through an ``attribute_ruler`` of about 180 Matcher patterns. The Matcher tries
every pattern at every token: 2.5 ms of a 60-token post, as much as the tagger and the parser
together. Every one of those patterns is one or two tokens of equalities (``TAG``, ``LOWER``,
``DEP``, ``IS_SPACE``), ``IN`` lists or a ``REGEX``, so here each pattern is filed under one of
its exact values and a token looks up only the patterns that could start at it.
The values are read for the whole Doc at once, as string ids (``Doc.to_array``), and a pattern
that is one value of one token (most of them: a tag and its part of speech) matches wherever it is
looked up, untested.

The result is the ruler's, attribute for attribute: matches are applied in the ruler's order (the
order its patterns were added, later ones winning), through spaCy's own ``set_token_attrs``. A
ruler with any other kind of pattern is not replaced (see :func:`replace_attribute_ruler`).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy import attrs
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # type: ignore[import-not-found]

NAME = "secondlook_fast_attributes"
# The token attributes a pattern may test, read for the whole Doc in one ``Doc.to_array``: string
# attributes as their ids in the string store (a pattern's strings are compared as ids too).
_COLUMN = {
    "TAG": attrs.TAG,
    "LOWER": attrs.LOWER,
    "DEP": attrs.DEP,
    "IS_SPACE": attrs.IS_SPACE,
    "ORTH": attrs.ORTH,
    "TEXT": attrs.ORTH,
    "NORM": attrs.NORM,
}
# Which exact value a pattern is filed under, most selective first.
_INDEX_ORDER = ("LOWER", "ORTH", "TEXT", "NORM", "TAG", "DEP", "IS_SPACE")


class Unsupported(ValueError):
    """A ruler pattern this component cannot match exactly as the Matcher would."""


Test = Callable[[int], bool]


@dataclass(frozen=True)
class _Pattern:
    order: int  # the ruler's index of the pattern group: later groups win
    tokens: tuple[tuple[tuple[int, Test], ...], ...]  # per token: (column, test) pairs
    index: int  # which token of the match gets the attributes
    attrs: dict[Any, Any]


class FastAttributes:
    def __init__(self, ruler: AttributeRuler, name: str = NAME) -> None:
        self.name = name
        self._attributes: list[str] = []  # the attributes tested, in the order of their columns
        # (attribute, exact value) -> the patterns with that value at token ``offset``, and whether
        # having that value is the whole pattern (one token, one attribute: most of the ruler's)
        by_value: dict[tuple[str, Any], list[tuple[_Pattern, int, bool]]] = {}
        self._anywhere: list[_Pattern] = []  # patterns with no exact value (a REGEX alone)
        for order, typed in enumerate(ruler.patterns):
            group: dict[str, Any] = dict(typed)
            for tokens in group["patterns"]:
                pattern = _Pattern(
                    order,
                    tuple(
                        _compile_token(spec, self._attributes, ruler.vocab.strings)
                        for spec in tokens
                    ),
                    group["index"],
                    ruler.attrs[order],
                )
                filed = _index_keys(tokens)
                if filed is None:
                    self._anywhere.append(pattern)
                    continue
                offset, keys = filed
                whole = len(tokens) == 1 and len(tokens[0]) == 1
                for key in keys:
                    by_value.setdefault(key, []).append((pattern, offset, whole))
        self._columns = [_COLUMN[attr] for attr in self._attributes]
        # per column: the id of an exact value -> the patterns filed under it
        self._index: list[tuple[int, dict[int, list[tuple[_Pattern, int, bool]]]]] = []
        for column, attr in enumerate(self._attributes):
            filed_here = {_id(value): found for (a, value), found in by_value.items() if a == attr}
            if filed_here:
                self._index.append((column, filed_here))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows: list[list[int]] = doc.to_array(self._columns).tolist()
        tried: set[tuple[int, int]] = set()
        matches = []
        for at, row in enumerate(rows):
            for pattern, offset, whole in self._candidates(row):
                if whole:  # found under its one value: it matches, and only here
                    matches.append((pattern.order, at, at + 1, pattern))
                    continue
                start = at - offset
                end = start + len(pattern.tokens)
                if start < 0 or end > len(rows) or (id(pattern), start) in tried:
                    continue
                tried.add((id(pattern), start))
                if all(
                    test(rows[start + i][column])
                    for i, tests in enumerate(pattern.tokens)
                    for column, test in tests
                ):
                    matches.append((pattern.order, start, end, pattern))
        matches.sort(key=lambda m: m[:3])
        for _, start, end, pattern in matches:
            at = start + pattern.index if pattern.index >= 0 else end + pattern.index
            set_token_attrs(doc[at], pattern.attrs)
        return doc

    def _candidates(self, row: list[int]) -> list[tuple[_Pattern, int, bool]]:
        """The patterns that could match with a token of these values at ``offset``."""
        found = [c for column, filed in self._index for c in filed.get(row[column], ())]
        return found + [(pattern, 0, False) for pattern in self._anywhere]


def _id(value: Any) -> int:
    """How ``Doc.to_array`` gives ``value``: a string as its id, a flag as 0 or 1."""
    return int(value) if isinstance(value, bool) else get_string_id(value)  # type: ignore[no-any-return]


def _compile_token(
    spec: dict[str, Any], attributes: list[str], strings: StringStore
) -> tuple[tuple[int, Test], ...]:
    tests = []
    for attr, wanted in spec.items():
        if attr not in _COLUMN:
            raise Unsupported(f"attribute {attr}")
        if attr not in attributes:
            attributes.append(attr)
        text_of = strings if attr != "IS_SPACE" else None
        tests.append((attributes.index(attr), _test(wanted, text_of)))
    return tuple(tests)


def _test(wanted: Any, strings: StringStore | None) -> Test:
    """A test of a value as ``Doc.to_array`` gives it. ``strings`` reads a string attribute's
    text for a REGEX (None for a flag, which no REGEX matches)."""
    if not isinstance(wanted, dict):
        wanted_id = _id(wanted)
        return lambda value: value == wanted_id
    if len(wanted) != 1:
        raise Unsupported(f"operators {sorted(wanted)}")
    ((op, arg),) = wanted.items()
    if op == "IN":
        choices = frozenset(_id(v) for v in arg)
        return lambda value: value in choices
    if op == "NOT_IN":
        excluded = frozenset(_id(v) for v in arg)
        return lambda value: value not in excluded
    if op == "REGEX":
        regex = re.compile(arg)
        if strings is None:
            return lambda value: False
        return lambda value: regex.search(strings[value]) is not None
    raise Unsupported(f"operator {op}")


def _index_keys(tokens: list[dict[str, Any]]) -> tuple[int, list[tuple[str, Any]]] | None:
    """Where a pattern is filed: the first of its tokens with exact values under one attribute,
    and those values; None when it has none (a REGEX alone), to be tried at every token."""
    for offset, spec in enumerate(tokens):
        for attr in _INDEX_ORDER:
            wanted = spec.get(attr)
            if wanted is None:
                continue
            if not isinstance(wanted, dict):
                return offset, [(attr, wanted)]
            if set(wanted) == {"IN"}:
                return offset, [(attr, value) for value in wanted["IN"]]
    return None


def replace_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put a :class:`FastAttributes` in place of the pipeline's attribute ruler. False (and the
    pipeline unchanged) when there is none or one of its patterns is beyond this component."""
    ruler = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler):
        return False
    try:
        fast = FastAttributes(ruler)
    except Unsupported:
        return False
    _FROM_RULER[id(nlp)] = fast
    nlp.add_pipe(NAME, after=name)
    nlp.remove_pipe(name)
    return True


# The component built from the ruler, waiting for the factory below to hand it to spaCy.
_FROM_RULER: dict[int, FastAttributes] = {}


@Language.factory(NAME)
def _make(nlp: Language, name: str) -> FastAttributes:
    fast = _FROM_RULER.pop(id(nlp), None)
    if fast is None:
        raise ValueError(f"{NAME} is made by replace_attribute_ruler(), from a loaded ruler")
    fast.name = name
    return fast
