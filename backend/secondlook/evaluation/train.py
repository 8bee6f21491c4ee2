"""``secondlook train``: train the learned classifier (``secondlook.engine.learned``).

    secondlook train [--data DIR] [--out DIR]

What it learns from, fixed here so that the shipped weights can be trained again to the same
result (``tests/evaluation/test_train.py`` does):

- our corpus, ``tests/corpus/posts.jsonl``: every post, with its three labels;
- the training half (:func:`~secondlook.evaluation.datasets.in_training_half`) of three public
  sets, each for the one pack it speaks to: Davidson's tweets for tone (hate and offensive
  flagged, neither clean); Unhealthy Conversations' healthy comments as clean for tone; r/needadvice
  (dev) sentences that give no advice as clean for advice. A pack a text is not labeled for is
  left missing, not taken as clean. Without these the classifier took any hostile-sounding news
  comment for a clinician's lapse (573 of 3,931 healthy Unhealthy comments flagged, against 11 of
  1,979 held-out ones with them).

Never trained on: the held-out files beside the corpus (``tests/corpus/holdout*.jsonl``), the
other half of those public sets, needadvice's test split, the PHI sets. Those measure it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from secondlook.evaluation.datasets import (
    CORPUS_PATH,
    DEFAULT_DATA_DIR,
    PACKS,
    PUBLIC_LOADERS,
    load_corpus,
    load_davidson,
    load_unhealthy,
)

EPOCHS = 12
BATCH = 16
DROPOUT = 0.2
SEED = 0


def training_texts(data: Path, corpus: Path = CORPUS_PATH) -> Iterator[tuple[str, dict[str, bool]]]:
    """(text, labels) to learn from; ``labels`` holds only the packs the text is labeled for."""
    for example in load_corpus(corpus).examples:
        yield example.text, example.labels
    for example in load_davidson(data, "training").examples:
        yield example.text, {"tone": example.labels["tone"]}
    for example in load_unhealthy(data, "training").examples:
        if not example.labels["tone"]:
            yield example.text, {"tone": False}
    for example in PUBLIC_LOADERS["needadvice_dev"](data, "training").examples:
        if not example.labels["advice"]:
            yield example.text, {"advice": False}


def train(data: Path, out: Path, corpus: Path = CORPUS_PATH) -> dict[str, Any]:
    """Train on :func:`training_texts` and write the weights and a meta file to ``out``."""
    import spacy
    from spacy.pipeline.textcat_multilabel import MultiLabel_TextCategorizer
    from spacy.training import Example
    from spacy.util import fix_random_seed

    from secondlook.engine.learned import ARCHITECTURE, COMPONENT, META_FILE, names_masked

    fix_random_seed(SEED)
    rng = random.Random(SEED)
    nlp = spacy.blank("en")
    component: MultiLabel_TextCategorizer = nlp.add_pipe(  # type: ignore[assignment]
        COMPONENT, config={"model": ARCHITECTURE}
    )
    for pack in PACKS:
        component.add_label(pack)
    texts = list(training_texts(data, corpus))
    examples = [
        Example.from_dict(
            names_masked(nlp.make_doc(text)), {"cats": {p: float(v) for p, v in labels.items()}}
        )
        for text, labels in texts
    ]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(EPOCHS):
        rng.shuffle(examples)
        for i in range(0, len(examples), BATCH):
            nlp.update(examples[i : i + BATCH], sgd=optimizer, drop=DROPOUT)
    out.mkdir(parents=True, exist_ok=True)
    component.to_disk(out / COMPONENT, exclude=["vocab"])
    counts = {p: {"flagged": sum(1 for _, labels in texts if labels.get(p) is True),
                  "clean": sum(1 for _, labels in texts if labels.get(p) is False)}
              for p in PACKS}
    meta = {
        "trained_by": "secondlook train (secondlook.evaluation.train)",
        "spacy": spacy.__version__,
        "texts": len(texts),
        "labels": counts,
        "epochs": EPOCHS,
        "architecture": ARCHITECTURE,
    }
    (out / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


def register(subparsers: Any) -> None:
    from secondlook.engine.learned import MODEL_DIR

    parser = subparsers.add_parser(
        "train", help="train the learned classifier on the corpus and the public training halves",
        description="Writes the weights that the learned rules (phi.learned, advice.learned, "
                    "tone.learned) load. Deterministic: the same data gives the same model.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR,
                        help=f"folder of the public sets (default: {DEFAULT_DATA_DIR})")
    parser.add_argument("--out", type=Path, default=MODEL_DIR,
                        help=f"where to write the model (default: {MODEL_DIR}, the shipped one)")
    parser.set_defaults(run=run_train)


def run_train(args: argparse.Namespace) -> int:
    if not args.data.is_dir():
        raise SystemExit(f"secondlook train: no public data at {args.data} (see --data)")
    meta = train(args.data, args.out)
    print(f"trained on {meta['texts']} texts: {json.dumps(meta['labels'])} -> {args.out}",
          file=sys.stderr)
    return 0
