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

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Span, Token

from secondlook.engine.context import Chunk, Context

T = TypeVar("T")


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
