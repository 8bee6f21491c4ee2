"""What a detector sees: the normalized text, its spaCy Doc, the user's settings, and two memos:
one per post, so that detectors of one pack share an expensive analysis (the PHI encounter model,
say), and one per chunk of text, kept with the chunk's parse, so that after a one-word edit only
the edited sentence is analyzed again."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from typing import Any, NamedTuple, TypeVar

from spacy.tokens import Doc

from secondlook.engine.findings import Hit
from secondlook.engine.text import Normalized, unchanged
from secondlook.rules.terms import terms_regex

T = TypeVar("T")


@dataclass(frozen=True)
class AnalysisSettings:
    """The user's choices that change what the analyzer reports (never the text itself)."""

    allowlist: tuple[str, ...] = ()  # words never to flag
    always_flag: tuple[
        str, ...
    ] = ()  # words always to flag as identifying (a small local facility)
    overrides: tuple[tuple[str, str], ...] = ()  # (rule id, "off"|"info"|"warning"|"critical")

    def override_for(self, rule_id: str) -> str | None:
        return self._overrides.get(rule_id)

    # The settings are part of every memo key, so they are hashed hundreds of times per check.
    def __hash__(self) -> int:
        return self._hash

    @cached_property
    def _hash(self) -> int:
        return hash((self.allowlist, self.always_flag, self.overrides))

    @cached_property
    def _overrides(self) -> dict[str, str]:
        return dict(self.overrides)


class Entity(NamedTuple):
    label: str
    start_char: int
    end_char: int
    text: str


@dataclass(frozen=True)
class Chunk:
    """A piece of the post parsed on its own (a line, or a sentence of a long line): its parse,
    where it starts in the post, and the memo that lives as long as the parse stays cached."""

    text: str
    doc: Doc
    memo: dict[Any, Any]
    start_char: int = 0  # offset of the chunk in ``ctx.text``
    start_token: int = 0  # index of its first token in ``ctx.doc``

    def at(self, start_char: int, start_token: int) -> Chunk:
        return replace(self, start_char=start_char, start_token=start_token)


_CONTEXT = ("context",)  # where a paragraph's own Context is kept among its results


class ParagraphMemo:
    """What ``Context.per_paragraph`` keeps: for each paragraph (by its text and the settings),
    the results of every analysis asked of it, in an LRU of ``size`` paragraphs shared by the
    checks of one Analyzer. Thread-safe."""

    def __init__(self, size: int = 1024) -> None:
        self._slots: OrderedDict[Any, dict[Any, Any]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def slot(self, paragraph: Any) -> dict[Any, Any]:
        """The results kept for ``paragraph`` (a new, empty dict the first time)."""
        with self._lock:
            found = self._slots.get(paragraph)
            if found is None:
                found = self._slots[paragraph] = {}
                while len(self._slots) > self._size:
                    self._slots.popitem(last=False)
            else:
                self._slots.move_to_end(paragraph)
            return found


@dataclass
class Context:
    norm: Normalized
    source: Doc | Callable[[], Doc]  # the post's Doc, or how to join it when first asked for
    has_model: bool
    settings: AnalysisSettings = field(default_factory=AnalysisSettings)
    chunks: tuple[Chunk, ...] = ()
    paragraphs: ParagraphMemo | None = None
    _memo: dict[str, Any] = field(default_factory=dict)
    _allowed: list[tuple[int, int]] | None = None

    @property
    def text(self) -> str:
        return self.norm.text

    def entities(self) -> list[Entity]:
        """The named entities of the post, read from each chunk's own Doc (an entity never spans
        two chunks), so that asking for them does not join the post's Doc."""
        if not self.chunks:
            return [Entity(e.label_, e.start_char, e.end_char, e.text) for e in self.doc.ents]
        return [
            Entity(e.label_, c.start_char + e.start_char, c.start_char + e.end_char, e.text)
            for c in self.chunks
            for e in c.doc.ents
        ]

    @cached_property
    def doc(self) -> Doc:
        """The whole post's Doc. Joining the chunks' Docs costs about a millisecond per 1,000
        characters, so it is joined only when a detector asks for it."""
        return self.source if isinstance(self.source, Doc) else self.source()

    def once(self, key: str, compute: Callable[[Context], T]) -> T:
        """Compute ``compute(self)`` the first time ``key`` is asked for, then reuse it."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]  # type: ignore[no-any-return]

    def per_chunk(self, key: str, compute: Callable[[Context], T]) -> list[tuple[Chunk, T]]:
        """``compute`` run on each chunk as if it were a post of its own, with the chunk. Results
        are kept with the chunk's parse (keyed by ``key`` and the settings), so text that did not
        change since the last check is not analyzed again. Offsets in a result are the chunk's;
        add ``chunk.start_char`` (and ``chunk.start_token``) to place them in this post.

        Only for analyses that never look past the end of a sentence: a chunk holds whole
        sentences, but never its neighbours."""
        if not self.chunks:  # a Context made by hand, not by the Analyzer: one chunk, the post
            return [(Chunk(self.text, self.doc, {}), compute(self))]
        memo_key = (key, self.settings)
        results = []
        for chunk in self.chunks:
            if memo_key not in chunk.memo:
                chunk.memo[memo_key] = compute(self._alone(chunk))
            results.append((chunk, chunk.memo[memo_key]))
        return results

    def per_paragraph(self, key: str, compute: Callable[[Context], T]) -> list[tuple[int, T]]:
        """``compute`` run on each paragraph (text up to and with a blank line) as if it were a
        post of its own, with the offset of the paragraph in this post. Results are kept by the
        paragraph's text (and ``key`` and the settings): after an edit, only the edited paragraph
        is analyzed again.

        For scans that may run over a line break ("12 Main St.\nApt. 7") but have no business
        running over a blank line. What decides across paragraphs must stay out of ``compute``."""
        if not self.chunks or self.paragraphs is None:
            return [(0, compute(self))]
        results = []
        for start, slot, context in self._paragraph_slots:
            if key not in slot:
                slot[key] = compute(context())
            results.append((start, slot[key]))
        return results

    @cached_property
    def _paragraph_slots(self) -> list[tuple[int, dict[Any, Any], Callable[[], Context]]]:
        """For each paragraph: where it starts, its slot in the memo (looked up once per check,
        however many keys are asked of it), and how to get its own Context."""
        assert self.paragraphs is not None
        groups = list(_paragraphs(self.chunks))
        if len(groups) == 1:  # the post is one paragraph: it is its own context
            return [(0, self.paragraphs.slot((self.settings, self.text)), lambda: self)]
        slots: list[tuple[int, dict[Any, Any], Callable[[], Context]]] = []
        for start, chunks in groups:
            slot = self.paragraphs.slot((self.settings, "".join(c.text for c in chunks)))
            slots.append((start, slot, partial(self._paragraph_context, slot, chunks)))
        return slots

    def _paragraph_context(self, slot: dict[Any, Any], chunks: list[Chunk]) -> Context:
        """The paragraph as a post of its own, kept in its slot and shared by every key."""
        if _CONTEXT not in slot:
            first = chunks[0]
            placed = tuple(
                c.at(c.start_char - first.start_char, c.start_token - first.start_token)
                for c in chunks
            )
            slot[_CONTEXT] = Context(
                unchanged("".join(c.text for c in chunks)),
                partial(joined, [c.doc for c in chunks]),
                self.has_model,
                self.settings,
                chunks=placed,
            )
        return slot[_CONTEXT]  # type: ignore[no-any-return]

    def _alone(self, chunk: Chunk) -> Context:
        """The chunk as a post of its own, one per chunk and settings, so that what detectors
        share through ``once`` is shared there too."""
        key = ("context", self.settings)
        if key not in chunk.memo:
            norm = unchanged(chunk.text)
            chunk.memo[key] = Context(norm, chunk.doc, self.has_model, self.settings)
        return chunk.memo[key]  # type: ignore[no-any-return]

    def allowed_spans(self) -> list[tuple[int, int]]:
        if self._allowed is None:
            self._allowed = []
            if self.settings.allowlist:
                pattern = terms_regex(self.settings.allowlist)
                self._allowed = [m.span() for m in pattern.finditer(self.text)]
        return self._allowed

    def is_allowed(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside an occurrence of an allowlisted word or phrase."""
        return any(a <= start and end <= b for a, b in self.allowed_spans())


def _paragraphs(chunks: tuple[Chunk, ...]) -> Iterator[tuple[int, list[Chunk]]]:
    """The chunks grouped into paragraphs, each closed by a blank line, with where it starts."""
    current: list[Chunk] = []
    for chunk in chunks:
        current.append(chunk)
        if not chunk.text.strip():
            yield current[0].start_char, current
            current = []
    if current:
        yield current[0].start_char, current


def joined(docs: list[Doc]) -> Doc:
    """One Doc of the chunks' Docs, in order (the text is theirs joined as is)."""
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(  # type: ignore[call-arg]  # the stub lacks exclude (spaCy 3.2+)
        docs, ensure_whitespace=False, exclude=["tensor"]
    )


def shifted(hit: Hit, by: int) -> Hit:
    """``hit`` moved ``by`` characters to the right (from a chunk's offsets to the post's)."""
    if not by:
        return hit
    details = tuple(replace(d, start=d.start + by, end=d.end + by) for d in hit.details)
    return replace(hit, start=hit.start + by, end=hit.end + by, details=details)
