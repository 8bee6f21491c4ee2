"""What the advice and tone detectors both read: the post's sentences as lists of tokens.

Iterating a spaCy span builds a new Token object per word every time, so the tokens of each
sentence are built once per post and shared through the context memo.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from secondlook.engine.context import Context


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
