"""Cold start: loading the analyzer's pipeline imports only what it uses."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.skipif(importlib.util.find_spec("presidio_analyzer") is None,
                    reason="presidio-analyzer (the compare extra) is not installed")
def test_loading_the_pipeline_does_not_import_presidio() -> None:
    # presidio-analyzer registers a spaCy component through an entry point; importing it on
    # every start would cost the service about a second.
    code = (
        "import sys\n"
        "from secondlook.engine.nlp import load_pipeline\n"
        "p = load_pipeline()\n"
        "print(p.degraded, ','.join(p.nlp.pipe_names), 'presidio_analyzer' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300, check=True).stdout.split()
    assert out == ["False", "tok2vec,tagger,parser,secondlook_fast_attributes,ner", "False"]
