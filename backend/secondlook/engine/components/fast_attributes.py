"""``secondlook_fast_attributes``: the model's attribute ruler, without the Matcher's cost.

English pipelines map each fine-grained tag to its part of speech, with exceptions ("'d" after a
modal is "would"), through an ``attribute_ruler`` of about 180 Matcher patterns. The Matcher tries
every pattern at every token: 2.5 ms of a 60-token post, as much as the tagger and the parser
together. Every one of those patterns is one or two tokens of equalities (``TAG``, ``LOWER``,
``DEP``, ``IS_SPACE``), ``IN`` lists or a ``REGEX``, so here each pattern is filed under one of
its exact values and a token looks up only the patterns that could start at it.

The result is the ruler's, attribute for attribute: matches are applied in the ruler's order (the
order its patterns were added, later ones winning), through spaCy's own ``set_token_attrs``. A
ruler with any other kind of pattern is not replaced (see :func:`replace_attribute_ruler`).
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs  # type: ignore[import-not-found]

NAME = "secondlook_fast_attributes"
# The token attributes a pattern may test, read once per token.
_READ: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
    "ORTH": lambda t: t.orth_,
    "TEXT": lambda t: t.orth_,
    "NORM": lambda t: t.norm_,
}
# Which exact value a pattern is filed under, most selective first.
_INDEX_ORDER = ("LOWER", "ORTH", "TEXT", "NORM", "TAG", "DEP", "IS_SPACE")


class Unsupported(ValueError):
    """A ruler pattern this component cannot match exactly as the Matcher would."""


Test = Callable[[Any], bool]


@dataclass(frozen=True)
class _Pattern:
    order: int  # the ruler's index of the pattern group: later groups win
    tokens: tuple[tuple[tuple[str, Test], ...], ...]  # per token: (attribute, test) pairs
    index: int  # which token of the match gets the attributes
    attrs: dict[Any, Any]


class FastAttributes:
    def __init__(self, ruler: AttributeRuler, name: str = NAME) -> None:
        self.name = name
        # (attribute, exact value) -> the patterns with that value at token ``offset``
        self._by_value: dict[tuple[str, Any], list[tuple[_Pattern, int]]] = {}
        self._keys: set[str] = set()
        self._anywhere: list[_Pattern] = []  # patterns with no exact value (a REGEX alone)
        for order, typed in enumerate(ruler.patterns):
            group: dict[str, Any] = dict(typed)
            for tokens in group["patterns"]:
                pattern = _Pattern(
                    order,
                    tuple(_compile_token(spec, self._keys) for spec in tokens),
                    group["index"],
                    ruler.attrs[order],
                )
                filed = _index_keys(tokens)
                if filed is None:
                    self._anywhere.append(pattern)
                    continue
                offset, keys = filed
                for key in keys:
                    self._by_value.setdefault(key, []).append((pattern, offset))

    def __call__(self, doc: Doc) -> Doc:
        values = [{key: _READ[key](token) for key in self._keys} for token in doc]
        tried: set[tuple[int, int]] = set()
        matches = []
        for at, seen in enumerate(values):
            for pattern, offset in self._candidates(seen):
                start = at - offset
                end = start + len(pattern.tokens)
                if start < 0 or end > len(values) or (id(pattern), start) in tried:
                    continue
                tried.add((id(pattern), start))
                if all(
                    test(values[start + i][attr])
                    for i, tests in enumerate(pattern.tokens)
                    for attr, test in tests
                ):
                    matches.append((pattern.order, start, end, pattern))
        matches.sort(key=lambda m: m[:3])
        for _, start, end, pattern in matches:
            at = start + pattern.index if pattern.index >= 0 else end + pattern.index
            set_token_attrs(doc[at], pattern.attrs)
        return doc

    def _candidates(self, seen: dict[str, Any]) -> Iterator[tuple[_Pattern, int]]:
        """The patterns that could match with a token of these values at ``offset``."""
        for key in self._keys:
            yield from self._by_value.get((key, seen[key]), ())
        for pattern in self._anywhere:
            yield pattern, 0


def _compile_token(spec: dict[str, Any], keys: set[str]) -> tuple[tuple[str, Test], ...]:
    tests = []
    for attr, wanted in spec.items():
        if attr not in _READ:
            raise Unsupported(f"attribute {attr}")
        keys.add(attr)
        tests.append((attr, _test(wanted)))
    return tuple(tests)


def _test(wanted: Any) -> Test:
    if not isinstance(wanted, dict):
        return lambda value: value == wanted
    if len(wanted) != 1:
        raise Unsupported(f"operators {sorted(wanted)}")
    ((op, arg),) = wanted.items()
    if op == "IN":
        choices = frozenset(arg)
        return lambda value: value in choices
    if op == "NOT_IN":
        excluded = frozenset(arg)
        return lambda value: value not in excluded
    if op == "REGEX":
        regex = re.compile(arg)
        return lambda value: isinstance(value, str) and regex.search(value) is not None
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
