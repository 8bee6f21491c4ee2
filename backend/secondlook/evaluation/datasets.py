"""Labeled sets to score the packs on: our own corpus and the public sets in ``../shared/eval``.

Every loader returns an :class:`EvalSet` of :class:`Example` s. ``labels`` holds the verdict for
each pack the set is labeled for (nothing is assumed about the other packs); ``spans`` holds gold
PHI spans for the sets scored on spans. The public data is read where it lies and never copied.
"""

from __future__ import annotations

import csv
import json
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]
CORPUS_PATH = REPO_ROOT / "tests" / "corpus" / "posts.jsonl"
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "eval"
PACKS = ("phi", "advice", "tone")

Span = tuple[int, int]


def in_training_half(example_id: str) -> bool:
    """Whether a public example is in the half that the learned classifier trains on (a stable
    hash of its id). The loaders of the sets it trains on score the other half only."""
    return zlib.crc32(example_id.encode("utf-8")) % 2 == 0


def _half(examples: list[Example], part: str) -> list[Example]:
    if part == "all":
        return examples
    training = part == "training"
    return [e for e in examples if in_training_half(e.id) == training]


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    labels: dict[str, bool]  # pack -> should be flagged (warning or above); only labeled packs
    spans: tuple[Span, ...] = ()  # gold PHI spans, code-point offsets into ``text``
    kind: str = ""  # what the example tests, when the set says (a Presidio recognizer's name)


@dataclass
class EvalSet:
    name: str
    title: str
    packs: tuple[str, ...]  # the packs this set is labeled for
    examples: list[Example] = field(default_factory=list)
    span_scored: bool = False  # gold PHI spans are present and scored
    presidio: bool = False  # Presidio can be compared on it (PHI identifier data)
    trained_on: bool = False  # the learned classifier learned from it: score the rules alone


# -- our corpus -------------------------------------------------------------------------------


def load_corpus(path: Path = CORPUS_PATH) -> EvalSet:
    """``tests/corpus/posts.jsonl``: one ``{id, platform, text, labels: {phi, advice, tone}, note}``
    per line."""
    examples = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            post = json.loads(line)
            labels = post["labels"]
            if set(labels) != set(PACKS) or not all(isinstance(v, bool) for v in labels.values()):
                raise ValueError(f"{path.name}:{number}: labels must give a bool for {PACKS}")
            examples.append(Example(post["id"], post["text"], {p: labels[p] for p in PACKS}))
    if path.resolve() == CORPUS_PATH:
        return EvalSet("corpus", "Second Look corpus (tests/corpus), rules only: the learned "
                       "model trained on it", PACKS, examples, trained_on=True)
    return EvalSet("corpus", f"posts from {path}", PACKS, examples)


# -- public sets ------------------------------------------------------------------------------

_NOTE = re.compile(r"START_OF_RECORD=(\d+)\|\|\|\|(\d+)\|\|\|\|\n?(.*?)\|\|\|\|END_OF_RECORD", re.S)


def load_nursing(data: Path) -> EvalSet:
    """PhysioNet deid nursing notes (``id.text``) with gold PHI spans (``id-phi.phrase``: ``pid
    note start end type phrase``, offsets into the note text after its header line)."""
    folder = data / "deid_nursing"
    raw = (folder / "id.text").read_text(encoding="utf-8")
    notes = {(int(p), int(n)): text for p, n, text in _NOTE.findall(raw)}
    spans: dict[tuple[int, int], list[Span]] = {key: [] for key in notes}
    with (folder / "id-phi.phrase").open(encoding="utf-8") as lines:
        for line in lines:
            pid, note, start, end, _kind, phrase = line.rstrip("\n").split(" ", 5)
            key, s, e = (int(pid), int(note)), int(start), int(end)
            if notes[key][s:e] != phrase:
                raise ValueError(f"id-phi.phrase: span {s}-{e} of note {key} does not match")
            spans[key].append((s, e))
    examples = [
        Example(f"{p}-{n}", text, {"phi": bool(spans[(p, n)])}, tuple(sorted(spans[(p, n)])))
        for (p, n), text in notes.items()
    ]
    return EvalSet("nursing", "PhysioNet deid nursing notes", ("phi",), examples,
                   span_scored=True, presidio=True)


# Presidio's synthetic set labels every entity type its generator knows. These are the types that
# are patient identifiers under HIPAA Safe Harbor (45 CFR 164.514(b)(2)): names; street addresses,
# towns and ZIP codes (GPE also holds countries and states, which Safe Harbor allows: they stay in,
# which counts against us); dates and ages; phone numbers, emails, web addresses and IPs; SSNs and
# account, card and licence numbers. Left out: ORGANIZATION (a company or employer is not on the
# list), TITLE (job titles and honorifics) and NRP (nationality, religion, political group).
SYNTH_IDENTIFIER_TYPES = frozenset(
    {
        "PERSON", "STREET_ADDRESS", "GPE", "ZIP_CODE", "DATE_TIME", "AGE", "PHONE_NUMBER",
        "EMAIL_ADDRESS", "DOMAIN_NAME", "IP_ADDRESS", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
        "US_DRIVER_LICENSE",
    }
)


def load_presidio_synth(data: Path, types: frozenset[str] | None = None) -> EvalSet:
    """Presidio research's synthetic sentences with labeled PII spans: every entity type, or only
    ``types`` (a sentence whose gold spans are all of other types is then a clean post)."""
    rows = json.loads((data / "presidio_synth_v2.json").read_text(encoding="utf-8"))
    examples = []
    for index, row in enumerate(rows):
        spans = [s for s in row["spans"] if types is None or s["entity_type"] in types]
        gold = tuple(sorted((s["start_position"], s["end_position"]) for s in spans))
        examples.append(Example(f"synth-{index}", row["full_text"], {"phi": bool(gold)}, gold))
    if types is None:
        return EvalSet("presidio_synth", "Presidio synthetic PII v2 (all entity types)", ("phi",),
                       examples, span_scored=True, presidio=True)
    return EvalSet("presidio_synth_ids", "Presidio synthetic PII v2 (HIPAA identifier types)",
                   ("phi",), examples, span_scored=True, presidio=True)


def load_presidio_synth_ids(data: Path) -> EvalSet:
    return load_presidio_synth(data, SYNTH_IDENTIFIER_TYPES)


def load_presidio_cases(data: Path) -> EvalSet:
    """Presidio's recognizer test cases: a text and its expected identifier spans (none = nothing
    should be found)."""
    rows = json.loads((data / "presidio_recognizer_cases.json").read_text(encoding="utf-8"))
    examples = []
    for index, row in enumerate(rows):
        gold = tuple(sorted((s, e) for s, e in row["spans"]))
        examples.append(Example(f"{row['recognizer']}-{index}", row["text"], {"phi": bool(gold)},
                                gold, kind=row["recognizer"]))
    return EvalSet("presidio_cases", "Presidio recognizer test cases", ("phi",), examples,
                   span_scored=True, presidio=True)


def load_davidson(data: Path, part: str = "heldout") -> EvalSet:
    """Davidson et al.'s tweets: ``hate`` and ``offensive`` should be flagged by tone, ``neither``
    should not. ``part``: "heldout" (the default), "training" or "all" (see
    :func:`in_training_half`)."""
    examples = []
    with (data / "davidson_tweets_sample.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            label = row["label"].strip()
            if label not in ("hate", "offensive", "neither"):
                raise ValueError(f"davidson: unknown label {label!r}")
            examples.append(Example(f"davidson-{row['id']}", row["tweet"],
                                    {"tone": label != "neither"}))
    return EvalSet("davidson", "Davidson et al. tweets (hate/offensive vs neither), held-out half",
                   ("tone",), _half(examples, part))


def _needadvice(split: str) -> Callable[..., EvalSet]:
    """The learned classifier trains on half of the dev split; the test split is never seen."""

    def load(data: Path, part: str = "heldout" if split == "dev" else "all") -> EvalSet:
        """r/needadvice sentences: ``Majority_label`` 1 = advice, 0 = not."""
        examples = []
        path = data / f"needadvice_{split}.tsv"
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                examples.append(Example(row["ID"], row["Sentence"],
                                        {"advice": row["Majority_label"].strip() == "1"}))
        title = f"r/needadvice sentences ({split}{', held-out half' if part == 'heldout' else ''})"
        return EvalSet(f"needadvice_{split}", title, ("advice",), _half(examples, part))

    return load


UNHEALTHY_POSITIVE = ("hostile", "antagonize", "condescending")


def load_unhealthy(data: Path, part: str = "heldout") -> EvalSet:
    """Unhealthy Conversations: hostile, antagonize or condescending should be flagged by tone,
    healthy should not. Comments with neither (only dismissive, sarcastic, ...) are left out.
    ``part`` as for :func:`load_davidson`."""
    examples = []
    with (data / "unhealthy_conversations_test.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            positive = any(float(row[k] or 0) >= 0.5 for k in UNHEALTHY_POSITIVE)
            healthy = float(row["healthy"] or 0) >= 0.5
            if not positive and not healthy:
                continue
            examples.append(Example(f"unhealthy-{row['_unit_id']}", row["comment"],
                                    {"tone": positive}))
    return EvalSet("unhealthy",
                   "Unhealthy Conversations (hostile/antagonize/condescending), held-out half",
                   ("tone",), _half(examples, part))


PUBLIC_LOADERS: dict[str, Callable[..., EvalSet]] = {  # (data, part=...) -> EvalSet
    "nursing": load_nursing,
    "presidio_synth": load_presidio_synth,
    "presidio_synth_ids": load_presidio_synth_ids,
    "presidio_cases": load_presidio_cases,
    "davidson": load_davidson,
    "needadvice_dev": _needadvice("dev"),
    "needadvice_test": _needadvice("test"),
    "unhealthy": load_unhealthy,
}
SET_NAMES = ("corpus", *PUBLIC_LOADERS)


def load_sets(
    names: tuple[str, ...] | list[str], data: Path, corpus: Path = CORPUS_PATH
) -> Iterator[EvalSet]:
    """The named sets, in order; ``corpus`` may be any file in the corpus format (a held-out
    set, say). A public set whose file is missing raises FileNotFoundError."""
    for name in names:
        if name == "corpus":
            yield load_corpus(corpus)
        elif name in PUBLIC_LOADERS:
            yield PUBLIC_LOADERS[name](data)
        else:
            raise KeyError(f"unknown set {name!r}; known: {', '.join(SET_NAMES)}")
