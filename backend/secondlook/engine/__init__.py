"""The analyzer: pure Python and spaCy, no Flask.

Used by the API, the CLI, the evaluation and the tests."""

from secondlook.engine.analyzer import Analyzer, EngineInfo
from secondlook.engine.context import AnalysisSettings, Context
from secondlook.engine.findings import Detail, Finding, Hit, max_severity

__all__ = [
    "Analyzer",
    "AnalysisSettings",
    "Context",
    "Detail",
    "EngineInfo",
    "Finding",
    "Hit",
    "max_severity",
]
