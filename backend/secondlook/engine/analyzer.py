"""The analyzer: normalized text -> spaCy Doc (cached per sentence) -> every enabled rule ->
findings.

Expensive work is the neural pipeline, so it runs per chunk of text (a line with its newline; a
long line is cut after each sentence) and its Doc is kept in a bounded in-memory LRU keyed by the
chunk's text: after a one-word edit only the edited sentence is parsed again. The chunks are then
joined into one Doc, and every rule runs over the whole post, so details that combine across
sentences and lines still combine. Detectors that decide within a sentence run per chunk instead,
and their hits are kept with the chunk's Doc (see ``Context.per_chunk``). Nothing here writes text
anywhere.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Protocol

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

from secondlook.engine.components.token_rules import SPAN_KEY, TokenRules
from secondlook.engine.context import (
    AnalysisSettings,
    Chunk,
    Context,
    ParagraphMemo,
    joined,
    shifted,
)
from secondlook.engine.detectors import DETECTORS, PER_SENTENCE, load_all
from secondlook.engine.findings import Finding, Hit, at_least
from secondlook.engine.learned import classifier_for
from secondlook.engine.nlp import Pipeline, load_pipeline
from secondlook.engine.text import normalize
from secondlook.rules.loader import SEVERITY_RANK, Pack, PackError, Rule
from secondlook.rules.regex_subset import python_flags
from secondlook.rules.terms import terms_regex

CUSTOM_RULE_ID = "phi.custom-term"
_LINE = re.compile(r"[^\n]*\n|[^\n]+")
# Lines longer than this are cut into sentences before parsing, so that typing in a long paragraph
# re-parses one sentence. (Findings on our corpus are the same either way; of 14,189 texts of it
# and the public sets, 15 differ, 13 of them nursing notes whose advice spans end elsewhere.)
SENTENCE_CUT_CHARS = 120
# How many parsed chunks (lines or sentences) are kept: twenty 2,000-character posts being typed
# at once need about 500. Larger costs latency, not just memory: every cached chunk is a few dozen
# objects that each full pass of the cycle collector walks. Measured, 550 new 2,000-character
# posts in one process: 4,096 chunks and 1,024 paragraphs kept made those passes grow to 180 ms
# (p99 180 ms); 1,024 and 256 keep them under 65 ms (p99 78 ms), and p50 is lower too.
CHUNK_CACHE_SIZE = 1024
PARAGRAPH_CACHE_SIZE = 256
# A sentence: up to ".", "!" or "?" (not after a title, a common abbreviation, an initial or a list
# number), any closing quotes or brackets and the spaces after, when a word, a quote or a bracket
# follows. A lower-case word counts: posts are often typed without capitals ("so tired. back on
# nights tmrw"), and a long paragraph left uncut is parsed again whole after every edit.
_ABBREVIATIONS = (
    # titles and addresses
    "dr", "mr", "mrs", "ms", "mx", "st", "str", "jr", "sr", "prof", "mt", "apt", "ave", "rd",
    "blvd", "inc", "ltd", "co", "dept", "no", "vs", "ref", "fig", "vol", "al", "cf", "etc",
    r"e\.g", r"i\.e",
    # clinical shorthand that runs on into the sentence ("the pt. was", "approx. half")
    "pt", "pts", "yo", "approx", "appt", "hr", "hrs", "min", "mins", "wk", "wks", "yr", "yrs",
    "mo", "mos", "tab", "tabs", "cap", "caps", "avg", "est",
)
_NOT_ABBREVIATION = "".join(
    [rf"(?<!\b(?i:{a}))" for a in _ABBREVIATIONS] + [r"(?<!\b[A-Za-z])", r"(?<!\b\d)"]
)
_SENTENCE = re.compile(
    rf"[^\n]*?{_NOT_ABBREVIATION}[.!?]+[\"')\]]* +(?=[A-Za-z\"'(])|[^\n]*\n|[^\n]+"
)


# The pipeline's named-entity recognizer: it reads only the tokens (it has its own tok2vec), so it
# can run elsewhere while the tagger and the parser run here (see ``EntitySource``).
ENTITY_COMPONENT = "ner"


class EntitySource(Protocol):
    """Finds the named entities of texts in another process, on another core, while this one runs
    the rest of the pipeline on the same texts. A worker sets its helper (``engine.workers``) as
    ``Analyzer.entity_source``; one check at a time, so only where one thread analyzes."""

    def start(self, texts: list[str]) -> bool:
        """Begin on ``texts``; False when the source cannot (it is gone)."""

    def result(self) -> list[list[tuple[int, int, str]]] | None:
        """Per text, its entities as (first token, end token, label); None when the source was
        lost on the way."""


def _crosses_sentence(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` run over a sentence start the parser set.

    Within the pipeline the recognizer may not continue an entity into a sentence the parser
    started, and that is all it reads of the parse. So when no entity of the helper's (which had
    no parse) crosses one, the recognizer took the same steps in both and they agree; when one
    does ("Activity- Physical" across "Activity-" / "Physical therapy ..."), that text is
    recognized here again. On 14,191 texts (our corpus, the holdout and every public set), 4
    were, and the findings were the same as the pipeline's for all of them."""
    return any(doc[i].is_sent_start for i in range(start + 1, end))


def recognize_entities(nlp: Language, items: Iterable[str] | Iterable[Doc]) -> Iterator[Doc]:
    """The recognizer alone over ``items`` (texts are tokenized first)."""
    others = [name for name in nlp.pipe_names if name != ENTITY_COMPONENT]
    return nlp.pipe(items, batch_size=64, disable=others)


@dataclass(frozen=True)
class EngineInfo:
    model: str | None
    version: str | None
    degraded: bool
    reason: str | None


class Analyzer:
    """Runs rule packs over text. Thread-safe; one per process is enough."""

    def __init__(
        self,
        packs: dict[str, Pack],
        *,
        model: str | None = None,
        pipeline: Pipeline | None = None,
        cache_size: int = CHUNK_CACHE_SIZE,
    ) -> None:
        self.packs = packs
        load_all()
        self._check_detectors()
        base = pipeline or load_pipeline(model)
        self.pipeline = base
        self.nlp = base.nlp
        # The loaded pipeline is shared by every Analyzer in the process, so the token rules of
        # these packs run as a component of our own, applied to each chunk as it is parsed.
        self._token_rules = TokenRules(
            self.nlp,
            "secondlook_token_rules",
            patterns={
                rule.id: [list(p) for p in rule.tokens]
                for pack in packs.values()
                for rule in pack.rules
                if rule.kind == "tokens"
            },
        )
        self._regexes = {
            rule.id: re.compile(rule.pattern, python_flags(rule.flags))
            for pack in packs.values()
            for rule in pack.rules
            if rule.pattern is not None
        }
        if any(rule.detector == "learned" for rule in self.rules()):
            classifier_for(self.nlp.vocab)  # its weights loaded now, before workers fork
        self._cache: OrderedDict[str, Chunk] = OrderedDict()
        self._cache_size = cache_size
        self._paragraphs = ParagraphMemo(PARAGRAPH_CACHE_SIZE)
        self._settings: dict[AnalysisSettings, AnalysisSettings] = {}
        self._lock = threading.Lock()
        # Seconds spent parsing, joining and in each rule, summed, while someone profiles
        # (``secondlook bench`` sets a dict here); None, the default, costs nothing.
        self.timings: dict[str, float] | None = None
        # Where named entities are found when not by this process's own recognizer.
        self.entity_source: EntitySource | None = None

    @property
    def info(self) -> EngineInfo:
        p = self.pipeline
        return EngineInfo(p.model, p.version, p.degraded, p.reason)

    def rules(self, pack_ids: Iterable[str] | None = None) -> list[Rule]:
        ids = self.packs.keys() if pack_ids is None else pack_ids
        return [rule for pid in ids if pid in self.packs for rule in self.packs[pid].rules]

    # -- analysis ---------------------------------------------------------------------------

    def analyze(
        self,
        text: str,
        *,
        packs: Iterable[str] | None = None,
        settings: AnalysisSettings | None = None,
    ) -> list[Finding]:
        return next(self.analyze_many([text], packs=packs, settings=settings))

    def analyze_many(
        self,
        texts: Iterable[str],
        *,
        packs: Iterable[str] | None = None,
        settings: AnalysisSettings | None = None,
        batch_size: int = 64,
    ) -> Iterator[list[Finding]]:
        """Findings for each text, in order. Chunks missing from the cache go through ``nlp.pipe``
        together, a batch at a time."""
        settings = self._same_settings(settings or AnalysisSettings())
        pack_ids = list(self.packs) if packs is None else [p for p in packs if p in self.packs]
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch, pack_ids, settings)
                batch = []
        if batch:
            yield from self._run_batch(batch, pack_ids, settings)

    def _run_batch(
        self, texts: Sequence[str], pack_ids: list[str], settings: AnalysisSettings
    ) -> Iterator[list[Finding]]:
        normalized = [normalize(t) for t in texts]
        chunked = [chunk_text(n.text) for n in normalized]
        started = time.perf_counter()
        self._parse_missing([c for chunks in chunked for c in chunks])
        self._timed("parse", started)
        for norm, chunks in zip(normalized, chunked, strict=True):
            if not norm.text.strip():
                yield []
                continue
            started = time.perf_counter()
            placed = self._placed(chunks)
            self._timed("join", started)
            ctx = Context(
                norm=norm,
                source=partial(joined, [c.doc for c in placed]),  # joined when first needed
                has_model=not self.pipeline.degraded,
                settings=settings,
                chunks=placed,
                paragraphs=self._paragraphs,
            )
            yield self._findings(ctx, pack_ids)

    def _same_settings(self, settings: AnalysisSettings) -> AnalysisSettings:
        """One object for equal settings, so that memo lookups match by identity, not by
        comparing the lists field by field. (Settings change rarely; a few dozen are kept.)"""
        with self._lock:
            if len(self._settings) > 64:
                self._settings.clear()
            return self._settings.setdefault(settings, settings)

    def _parse_missing(self, chunks: list[str]) -> None:
        with self._lock:
            missing = list(dict.fromkeys(c for c in chunks if c not in self._cache))
        if not missing:
            return
        docs = (self._finish(doc) for doc in self._parse(missing))
        parsed = list(zip(missing, docs, strict=True))
        with self._lock:
            for text, doc in parsed:
                self._cache[text] = Chunk(text, doc, {})
            while len(self._cache) > max(self._cache_size, len(chunks)):
                self._cache.popitem(last=False)

    def _parse(self, texts: list[str]) -> Iterable[Doc]:
        """The pipeline over ``texts``; the entities from ``entity_source`` if there is one, which
        finds them meanwhile (a 280-character post: 4.3 ms here instead of 7.3)."""
        source = self.entity_source
        if source is None or not source.start(texts):
            return self.nlp.pipe(texts, batch_size=64)
        docs = list(self.nlp.pipe(texts, batch_size=64, disable=[ENTITY_COMPONENT]))
        found = source.result()
        if found is None:  # lost on the way: find them here
            return recognize_entities(self.nlp, docs)
        redo = []
        for i, (doc, entities) in enumerate(zip(docs, found, strict=True)):
            if any(_crosses_sentence(doc, start, end) for start, end, _ in entities):
                redo.append(i)
            else:
                doc.ents = [Span(doc, start, end, label=label) for start, end, label in entities]
        for i, doc in zip(redo, recognize_entities(self.nlp, [docs[i] for i in redo]), strict=True):
            docs[i] = doc
        return docs

    def _placed(self, texts: list[str]) -> tuple[Chunk, ...]:
        """The post's chunks from the cache, placed where they start in it."""
        with self._lock:
            chunks = []
            for text in texts:
                chunk = self._cache.get(text)
                if chunk is None:  # evicted by a concurrent batch: parse again
                    chunk = Chunk(text, self._finish(self.nlp(text)), {})
                    self._cache[text] = chunk
                self._cache.move_to_end(text)
                chunks.append(chunk)
        placed = []
        chars = tokens = 0
        for chunk in chunks:
            placed.append(chunk.at(chars, tokens))
            chars += len(chunk.text)
            tokens += len(chunk.doc)
        return tuple(placed)

    def _finish(self, doc: Doc) -> Doc:
        """The token rules' spans, and the Doc made small enough to cache: the tok2vec tensor
        (most of a parsed Doc's memory) is dropped, as no rule or detector reads it."""
        doc = self._token_rules(doc)
        doc.tensor = numpy.zeros((0,), dtype="float32")
        return doc

    def _findings(self, ctx: Context, pack_ids: list[str]) -> list[Finding]:
        findings: dict[tuple[str, int, int], Finding] = {}
        token_spans = [
            (span.label_, chunk.start_char + span.start_char, chunk.start_char + span.end_char)
            for chunk in ctx.chunks
            for span in chunk.doc.spans.get(SPAN_KEY, [])
        ]
        rules = self.rules(pack_ids)
        # Fallback rules last, and only for the packs whose other rules found nothing (see Rule).
        for rule in [r for r in rules if not r.fallback] + [r for r in rules if r.fallback]:
            override = ctx.settings.override_for(rule.id)
            if override == "off":
                continue
            floor = rule.fallback
            if floor and any(
                f.pack == rule.pack and at_least(f.severity, floor) for f in findings.values()
            ):
                continue
            started = time.perf_counter()
            for hit in self._hits(rule, ctx, token_spans):
                if hit.end <= hit.start or ctx.is_allowed(hit.start, hit.end):
                    continue
                finding = self._finding(rule, hit, ctx, override)
                key = (finding.rule, finding.start, finding.end)
                if key not in findings or _rank(finding) > _rank(findings[key]):
                    findings[key] = finding
            self._timed(rule.id, started)
        if "phi" in pack_ids:
            for finding in self._custom_terms(ctx):
                findings.setdefault((finding.rule, finding.start, finding.end), finding)
        return sorted(findings.values(), key=lambda f: (f.start, -_rank(f), f.end, f.rule))

    def _timed(self, what: str, started: float) -> None:
        if self.timings is not None:
            self.timings[what] = self.timings.get(what, 0.0) + time.perf_counter() - started

    def _hits(
        self, rule: Rule, ctx: Context, token_spans: list[tuple[str, int, int]]
    ) -> Iterable[Hit]:
        if rule.kind in ("regex", "terms"):
            regex, group = self._regexes[rule.id], rule.group

            def scan(alone: Context) -> list[tuple[int, int]]:
                return [m.span(group) for m in regex.finditer(alone.text) if m.group(group)]

            # per paragraph, so that an edit scans only its paragraph again
            for offset, spans in ctx.per_paragraph(f"rule:{rule.id}", scan):
                for start, end in spans:
                    yield Hit(start + offset, end + offset)
        elif rule.kind == "tokens":
            for label, start, end in token_spans:
                if label == rule.id:
                    yield Hit(start, end)
        elif rule.detector in PER_SENTENCE:
            detect = DETECTORS[rule.detector]
            per_chunk = ctx.per_chunk(f"rule:{rule.id}", lambda alone: list(detect(alone, rule)))
            for chunk, hits in per_chunk:
                for hit in hits:
                    yield shifted(hit, chunk.start_char)
        else:
            assert rule.detector is not None
            yield from DETECTORS[rule.detector](ctx, rule)

    def _finding(self, rule: Rule, hit: Hit, ctx: Context, override: str | None) -> Finding:
        start, end = ctx.norm.to_original(hit.start, hit.end)
        details = []
        for d in hit.details:
            ds, de = ctx.norm.to_original(d.start, d.end)
            details.append(
                {
                    "kind": d.kind,
                    "label": d.label,
                    "start": ds,
                    "end": de,
                    "text": ctx.norm.original[ds:de],
                }
            )
        return Finding(
            pack=rule.pack,
            rule=rule.id,
            severity=override or hit.severity or rule.severity,
            start=start,
            end=end,
            text=ctx.norm.original[start:end],
            message=hit.message or rule.message,
            why=rule.why,
            suggestion=hit.suggestion or rule.suggestion,
            replacements=list(hit.replacements or rule.replacements),
            entity=hit.entity or rule.entity,
            details=details,
        )

    def _custom_terms(self, ctx: Context) -> Iterator[Finding]:
        """The user's "always flag" words (a small local facility, say) as PHI findings."""
        override = ctx.settings.override_for(CUSTOM_RULE_ID)
        if not ctx.settings.always_flag or override == "off":
            return
        pattern = terms_regex(ctx.settings.always_flag)
        severity = override or "warning"
        for m in pattern.finditer(ctx.text):
            start, end = ctx.norm.to_original(*m.span())
            yield Finding(
                pack="phi",
                rule=CUSTOM_RULE_ID,
                severity=severity,
                start=start,
                end=end,
                text=ctx.norm.original[start:end],
                message="You asked to always flag this word: it can point to a place or a person.",
                why="Your own 'always flag' list in Second Look's settings.",
                suggestion="Leave it out or use a general description.",
                entity="LOCATION",
            )

    def _check_detectors(self) -> None:
        for pack in self.packs.values():
            for rule in pack.rules:
                if rule.kind == "detector" and rule.detector not in DETECTORS:
                    known = ", ".join(sorted(DETECTORS)) or "none"
                    raise PackError(
                        f"{pack.path.rsplit('/', 1)[-1]}: rule {rule.id}: detector.name: "
                        f"unknown detector {rule.detector!r} (known: {known})"
                    )


def chunk_text(text: str) -> list[str]:
    """``text`` cut into the pieces that are parsed and cached on their own: lines, and the
    sentences of long lines. Joined, they are ``text``."""
    pieces = []
    for line in _LINE.findall(text):
        if len(line) <= SENTENCE_CUT_CHARS:
            pieces.append(line)
        else:
            pieces.extend(_sentences_of(line))
    return pieces


@lru_cache(maxsize=2048)
def _sentences_of(line: str) -> tuple[str, ...]:
    """A long line's sentences, kept by the line's text: the sentence pattern's look-behinds cost
    about 0.3 ms per 400 characters, and while typing only the edited line changes."""
    return tuple(_SENTENCE.findall(line))


def _rank(finding: Finding) -> int:
    return SEVERITY_RANK[finding.severity]
