"""What the advice and tone detectors both read: the post's sentences as lists of tokens, and
records of what each sentence (or chunk) says, kept with the chunk's parse.

Iterating a spaCy span builds a new Token object per word every time, so the tokens of each
sentence are built once per post and shared through the context memo.

After a one-word edit of a long post only one chunk (a line, or a sentence of a long line) is new.
So the detectors read each sentence into a record once per chunk (``Context.per_chunk``) and keep
only cheap steps at the level of the post: what one sentence carries to the next ("they" after a
named hospital), or whether the post replies to someone. The records hold the chunk's offsets;
``chunk.start_char`` places them in the post.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Span, Token

from secondlook.engine.context import Chunk, Context

T = TypeVar("T")

# A post that opens by answering @someone; handles may have dots (Instagram's "@fitmama.jo").
# An @handle, or Reddit's "u/name", opening the post
# (Reddit's "Replying to u/anxious_daughter_88:" opens a reply as much as the handle does)
REPLY = re.compile(r"^\s*(?:[Rr]eplying to\s+)?(?:(?:@|u/)\w+(?:\.\w+)*[\s,:;]*)+")


def _sentences(ctx: Context) -> list[tuple[Span, list[Token]]]:
    tokens = list(ctx.doc)
    spans = list(ctx.doc.sents) if ctx.doc.has_annotation("SENT_START") else [ctx.doc[:]]
    return [(span, tokens[span.start : span.end]) for span in spans]


def post_sentences(ctx: Context) -> list[tuple[Span, list[Token]]]:
    """Each sentence of the post with its tokens (the whole post when nothing splits it)."""
    return ctx.once("advice_tone.sentences", _sentences)


def post_tokens(ctx: Context) -> list[Token]:
    """Every token of the post, built once."""
    return ctx.once("advice_tone.tokens", lambda c: [t for _, ts in post_sentences(c) for t in ts])


def sentence_records(
    ctx: Context, key: str, read: Callable[[Span, list[Token]], T]
) -> list[tuple[Chunk, T]]:
    """``read(sentence, tokens)`` for each sentence of the post, in order, with its chunk. Built
    once per chunk and kept with its parse; offsets in a record are the chunk's."""

    def build(alone: Context) -> list[T]:
        return [read(sent, tokens) for sent, tokens in post_sentences(alone)]

    def gather(c: Context) -> list[tuple[Chunk, T]]:
        return [(chunk, r) for chunk, records in c.per_chunk(key, build) for r in records]

    return ctx.once(key, gather)


def chunk_records(ctx: Context, key: str, read: Callable[[Context], T]) -> list[tuple[Chunk, T]]:
    """``read(chunk as a post of its own)`` for each chunk of the post, in order, built once per
    chunk and kept with its parse; offsets in a record are the chunk's."""
    return ctx.once(key, lambda c: c.per_chunk(key, read))


def chunk_matches(
    ctx: Context, key: str, pattern: re.Pattern[str], may_join: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The spans of ``pattern.finditer(ctx.text)``, found chunk by chunk and kept with each
    chunk's parse. A match may run on across the end of a chunk (a term whose words a new line
    splits) when the chunk's last character before its closing spaces passes ``may_join``; there
    the post's text around the join is searched too."""
    chunks = chunk_records(ctx, key, lambda alone: [m.span() for m in pattern.finditer(alone.text)])
    text = ctx.text
    spans = []
    across: set[tuple[int, int]] = set()
    for k, (chunk, found) in enumerate(chunks):
        spans += [(chunk.start_char + s, chunk.start_char + e) for s, e in found]
        join = chunk.start_char + len(chunk.text)
        if k + 1 < len(chunks) and _may_run_across(text, join, may_join):
            across.update(_across(chunk, key, pattern, text, join))
    if not across:
        return spans
    kept: list[tuple[int, int]] = []
    for span in sorted(set(spans) | across):
        if not kept or span[0] >= kept[-1][1]:  # else hidden by a match across a join
            kept.append(span)
    return kept


JOIN_REACH = 80  # longer than any match that runs across a join


def _across(
    chunk: Chunk, key: str, pattern: re.Pattern[str], text: str, join: int
) -> list[tuple[int, int]]:
    """The matches of ``pattern`` that run across ``join``, the end of ``chunk``. Kept with the
    chunk, with the text they were read from, as the same join is looked at on every check."""
    lo, hi = max(0, join - JOIN_REACH), join + JOIN_REACH
    seen = text[max(0, lo - 1) : hi], lo == 0, join - lo  # it reads the character before lo
    memo_key = (key, "across")
    last = chunk.memo.get(memo_key)
    if last is None or last[0] != seen:
        window = pattern.finditer(text, lo, hi)
        found = [(m.start() - join, m.end() - join) for m in window if m.start() < join < m.end()]
        chunk.memo[memo_key] = last = (seen, found)
    return [(join + start, join + end) for start, end in last[1]]


def _may_run_across(text: str, join: int, may_join: Callable[[str], bool]) -> bool:
    last = join
    while last > 0 and text[last - 1].isspace():
        last -= 1
    return last > 0 and may_join(text[last - 1])
