"""Settings, pairing token and warning counts on disk, under ``SECONDLOOK_HOME`` (platformdirs'
user config directory otherwise). Writes are atomic (temp file, fsync, rename), so a crash never
leaves half a file. Post text is never stored here: only choices, a token and counts."""

from __future__ import annotations

import copy
import json
import logging
import os
import secrets
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import platformdirs

if TYPE_CHECKING:  # the engine pulls in spaCy; the tray reads the token without it
    from secondlook.engine.context import AnalysisSettings

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
TOKEN_FILE = "token"
STATS_FILE = "stats.json"
MAX_TERMS = 500
MAX_TERM_LENGTH = 100
STATS_DAYS = 7
STATS_FLUSH_EVERY = 20  # checks with warnings between two writes of stats.json

SEVERITY_OVERRIDES = ("off", "info", "warning", "critical")
TERM_SCHEMA = {
    "type": "string",
    "minLength": 1,
    "maxLength": MAX_TERM_LENGTH,
    "pattern": r"^[^\n\r\t]*\S[^\n\r\t]*$",
}
# What a client may send in PUT (whole) or PATCH (partial) /v1/settings.
SETTINGS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "packs": {"type": "object", "additionalProperties": {"type": ["boolean", "null"]}},
        "rule_overrides": {
            "type": "object",
            "additionalProperties": {"enum": list(SEVERITY_OVERRIDES) + [None]},
        },
        "allowlist": {"type": "array", "maxItems": MAX_TERMS, "items": TERM_SCHEMA},
        "always_flag": {"type": "array", "maxItems": MAX_TERMS, "items": TERM_SCHEMA},
        "paused_until": {"type": ["number", "null"], "minimum": 0},
        "model": {"type": ["string", "null"], "maxLength": 200},
    },
}
DEFAULTS: dict[str, Any] = {
    "packs": {},
    "rule_overrides": {},
    "allowlist": [],
    "always_flag": [],
    "paused_until": None,
    "model": None,
}


class SettingsError(ValueError):
    """Input to the settings was refused; the message says what is wrong."""


def home_dir() -> Path:
    override = os.environ.get("SECONDLOOK_HOME")
    path = Path(override) if override else Path(platformdirs.user_config_dir("secondlook"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def atomic_write(path: Path, data: str, mode: int = 0o600) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_token(home: Path | None = None) -> str:
    """The pairing token, created (random, mode 0600) on first use."""
    path = (home or home_dir()) / TOKEN_FILE
    try:
        token = path.read_text(encoding="utf-8").strip()
        if len(token) >= 32:
            return token
    except FileNotFoundError:
        pass
    return new_token(home)


def new_token(home: Path | None = None) -> str:
    token = secrets.token_urlsafe(32)
    atomic_write((home or home_dir()) / TOKEN_FILE, token + "\n")
    return token


def _check_terms(name: str, terms: list[str]) -> list[str]:
    from secondlook.rules.regex_subset import RegexSubsetError, compile_shared
    from secondlook.rules.terms import compile_terms

    cleaned = list(dict.fromkeys(t.strip() for t in terms))
    try:
        if cleaned:
            compile_shared(compile_terms(cleaned), "i")
    except RegexSubsetError as exc:
        raise SettingsError(f"{name}: {exc}") from exc
    return cleaned


@dataclass(frozen=True)
class CheckSettings:
    """The settings one check runs with: the packs that are on, the user's word lists and
    overrides, and until when checks are paused."""

    packs: tuple[str, ...]
    analysis: AnalysisSettings
    paused_until: float | None

    @property
    def paused(self) -> bool:
        return _still_paused(self.paused_until)


def _still_paused(paused_until: float | None) -> bool:
    return bool(paused_until and paused_until > time.time())


class SettingsStore:
    """The user's settings, in memory and in ``settings.json``. Thread-safe."""

    def __init__(
        self,
        home: Path | None = None,
        known_packs: dict[str, bool] | None = None,
        known_rules: set[str] | None = None,
    ) -> None:
        self.home = home or home_dir()
        self.path = self.home / SETTINGS_FILE
        self.known_packs = known_packs or {}  # pack id -> default enabled
        self.known_rules = known_rules or set()
        self.warnings: list[str] = []
        self._lock = threading.Lock()
        self._data = self._load()
        self._for_check: CheckSettings | None = None

    def _load(self) -> dict[str, Any]:
        data = copy.deepcopy(DEFAULTS)
        if not self.path.exists():
            return data
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
            jsonschema.validate(stored, SETTINGS_SCHEMA)
        except (ValueError, jsonschema.ValidationError) as exc:
            bad = self.path.with_name(SETTINGS_FILE + ".bad")
            os.replace(self.path, bad)
            message = (
                f"settings.json was unreadable ({type(exc).__name__}); kept it as {bad.name} "
                "and started from defaults"
            )
            log.warning(message)
            self.warnings.append(message)
            return data
        data.update(stored)
        return data

    # -- reading ----------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """Everything a client needs, with every known pack's effective on/off state."""
        with self._lock:
            data = copy.deepcopy(self._data)
        data["packs"] = {
            pid: data["packs"].get(pid, default) for pid, default in self.known_packs.items()
        }
        data["paused"] = _still_paused(data["paused_until"])
        if not data["paused"]:
            data["paused_until"] = None
        return data

    def enabled_packs(self) -> list[str]:
        return list(self.for_check().packs)

    def is_paused(self) -> bool:
        return _still_paused(self._data["paused_until"])

    def analysis_settings(self) -> AnalysisSettings:
        return self.for_check().analysis

    def for_check(self) -> CheckSettings:
        """What a check reads, all from one state of the settings. Built once per change, not
        once per check: a check only reads an attribute (no copy, no lock, no file)."""
        current = self._for_check
        if current is not None:
            return current
        from secondlook.engine.context import AnalysisSettings

        with self._lock:
            data = self._data
            current = CheckSettings(
                packs=tuple(
                    pid
                    for pid, default in self.known_packs.items()
                    if data["packs"].get(pid, default)
                ),
                analysis=AnalysisSettings(
                    allowlist=tuple(data["allowlist"]),
                    always_flag=tuple(data["always_flag"]),
                    overrides=tuple(sorted(data["rule_overrides"].items())),
                ),
                paused_until=data["paused_until"],
            )
            self._for_check = current
        return current

    # -- changing ---------------------------------------------------------------------------

    def update(self, changes: dict[str, Any], *, replace: bool = False) -> dict[str, Any]:
        """Validate ``changes`` and persist them. ``replace`` (PUT) resets what is not given."""
        try:
            jsonschema.validate(changes, SETTINGS_SCHEMA)
        except jsonschema.ValidationError as exc:
            where = ".".join(str(p) for p in exc.absolute_path) or "settings"
            raise SettingsError(f"{where}: {exc.message}") from exc
        unknown_packs = set(changes.get("packs", {})) - set(self.known_packs)
        if unknown_packs and self.known_packs:
            raise SettingsError(f"packs: unknown pack(s) {', '.join(sorted(unknown_packs))}")
        unknown_rules = set(changes.get("rule_overrides", {})) - self.known_rules
        if unknown_rules and self.known_rules:
            raise SettingsError(
                f"rule_overrides: unknown rule(s) {', '.join(sorted(unknown_rules))}"
            )
        for name in ("allowlist", "always_flag"):
            if name in changes:
                changes[name] = _check_terms(name, changes[name])
        with self._lock:
            data = copy.deepcopy(DEFAULTS) if replace else copy.deepcopy(self._data)
            for key, value in changes.items():
                if key in ("packs", "rule_overrides"):  # null removes a key
                    merged = value if replace else {**data[key], **value}
                    data[key] = {k: v for k, v in merged.items() if v is not None}
                else:
                    data[key] = value
            atomic_write(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")
            self._data = data
            self._for_check = None
        return self.snapshot()

    def set_pack(self, pack_id: str, enabled: bool) -> dict[str, Any]:
        return self.update({"packs": {pack_id: enabled}})

    def pause(self, seconds: float) -> dict[str, Any]:
        return self.update({"paused_until": time.time() + seconds})

    def resume(self) -> dict[str, Any]:
        return self.update({"paused_until": None})


class Stats:
    """Warnings per pack per day for the last week: counts only, never text."""

    def __init__(self, home: Path | None = None) -> None:
        self.path = (home or home_dir()) / STATS_FILE
        self._lock = threading.Lock()
        self.last_check_at: float | None = None
        try:
            self._days: dict[str, dict[str, int]] = json.loads(self.path.read_text("utf-8"))
            if not isinstance(self._days, dict):
                raise ValueError("not an object")
        except (OSError, ValueError):
            self._days = {}
        self._dirty = 0  # checks with warnings since the last write
        self._flushing = False
        self._write_lock = threading.Lock()  # one write of stats.json at a time, in order

    def record(self, counts_by_pack: dict[str, int]) -> None:
        self.last_check_at = time.time()
        if not any(counts_by_pack.values()):
            return
        today = date.today().isoformat()
        with self._lock:
            day = self._days.setdefault(today, {})
            for pack, count in counts_by_pack.items():
                if count:
                    day[pack] = day.get(pack, 0) + count
            self._dirty += 1
            due = self._dirty >= STATS_FLUSH_EVERY and not self._flushing
            self._flushing = self._flushing or due
        if due:  # the write and its fsync happen beside the check, not before its answer
            threading.Thread(target=self._flush_aside, name="secondlook-stats", daemon=True).start()

    def _flush_aside(self) -> None:
        try:
            self.flush()
        except OSError as exc:
            log.warning("could not write %s (%s)", STATS_FILE, type(exc).__name__)
        finally:
            with self._lock:
                self._flushing = False

    def flush(self) -> None:
        with self._write_lock:
            with self._lock:
                cutoff = (date.today() - timedelta(days=STATS_DAYS - 1)).isoformat()
                self._days = {d: c for d, c in self._days.items() if d >= cutoff}
                data = json.dumps(self._days, sort_keys=True) + "\n"
                self._dirty = 0
            atomic_write(self.path, data)

    def last_days(self, days: int = STATS_DAYS) -> list[dict[str, Any]]:
        """One entry per day, oldest first: ``{date, counts: {pack: n}}``."""
        with self._lock:
            out = []
            for back in range(days - 1, -1, -1):
                day = (date.today() - timedelta(days=back)).isoformat()
                out.append({"date": day, "counts": dict(self._days.get(day, {}))})
            return out
