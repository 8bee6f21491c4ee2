"""The service's state, built once per app: analyzer, settings, stats and the pairing token."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from secondlook import store
from secondlook.engine import Analyzer
from secondlook.rules import load_packs


@dataclass
class Service:
    analyzer: Analyzer
    settings: store.SettingsStore
    stats: store.Stats
    token: str
    home: Path
    warnings: list[str] = field(default_factory=list)

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

    def regenerate_token(self) -> str:
        self.token = store.new_token(self.home)
        return self.token
