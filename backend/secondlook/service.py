"""The service's state, built once per app: analyzer, settings, stats and the pairing token."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from secondlook import store
from secondlook.engine import AnalysisSettings, Analyzer, Finding
from secondlook.engine.workers import AnalysisWorkers
from secondlook.rules import load_packs


@dataclass
class Service:
    analyzer: Analyzer
    settings: store.SettingsStore
    stats: store.Stats
    token: str
    home: Path
    warnings: list[str] = field(default_factory=list)
    workers: AnalysisWorkers | None = None  # set by ``start_workers``; None: analyze here

    @classmethod
    def build(
        cls, home: Path | None = None, model: str | None = None, analyzer: Analyzer | None = None
    ) -> Service:
        home = home or store.home_dir()
        home.mkdir(parents=True, exist_ok=True)
        packs = analyzer.packs if analyzer else load_packs()
        settings = store.SettingsStore(
            home,
            known_packs={p.id: p.default_enabled for p in packs.values()},
            known_rules={r.id for p in packs.values() for r in p.rules},
        )
        if analyzer is None:
            analyzer = Analyzer(packs, model=model or settings.snapshot()["model"])
        return cls(
            analyzer,
            settings,
            store.Stats(home),
            store.read_token(home),
            home,
            warnings=list(settings.warnings),
        )

    def start_workers(self, count: int) -> None:
        """Analyze in ``count`` worker processes from now on (none: in this process)."""
        if count > 0 and self.workers is None:
            self.workers = AnalysisWorkers(self.analyzer, count)

    def analyze(
        self, text: str, *, packs: list[str], settings: AnalysisSettings
    ) -> list[Finding]:
        runner = self.workers or self.analyzer
        return runner.analyze(text, packs=packs, settings=settings)

    def close(self) -> None:
        """Flush the counters and stop the workers, if any."""
        self.stats.flush()
        if self.workers is not None:
            self.workers.close()

    def regenerate_token(self) -> str:
        self.token = store.new_token(self.home)
        return self.token
