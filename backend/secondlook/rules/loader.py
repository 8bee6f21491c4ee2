"""Load the YAML rule packs, validate them against ``shared_rules/schema.json``, and turn each
rule into an immutable :class:`Rule`. A broken pack raises :class:`PackError` naming the file,
the rule and the field, so a typo in a pack is a one-line fix rather than a hunt."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from secondlook.rules.regex_subset import RegexSubsetError, compile_shared
from secondlook.rules.terms import compile_terms

SEVERITIES = ("info", "warning", "critical")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
# How far back an offline ``unless_before`` looks, as the detectors it stands in for do; the
# export hands it to the extension's engine.
UNLESS_BEFORE_CHARS = 60


class PackError(ValueError):
    """A rule pack failed validation. The message names the file, the rule and the field."""


@dataclass(frozen=True)
class Example:
    text: str
    span: str | None = None
    severity: str | None = None
    python_only: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    pack: str
    severity: str
    message: str
    why: str
    kind: str  # "regex" | "terms" | "tokens" | "detector"
    suggestion: str | None = None
    replacements: tuple[str, ...] = ()
    entity: str | None = None
    pattern: str | None = None  # regex and terms rules: a shared-subset pattern
    flags: str = ""
    group: int = 0
    tokens: tuple[Any, ...] = ()
    detector: str | None = None
    offline: dict[str, Any] | None = field(default=None, hash=False, compare=False)
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    # a fallback rule runs only for a post where no other rule of its pack found anything at
    # this severity or above (None: an ordinary rule)
    fallback: str | None = None
    match: tuple[Example, ...] = ()
    no_match: tuple[Example, ...] = ()


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    description: str
    default_enabled: bool
    rules: tuple[Rule, ...]
    path: str


def rules_dir() -> Path:
    """``SECONDLOOK_RULES`` if set, else ``shared_rules/`` at the repository root."""
    override = os.environ.get("SECONDLOOK_RULES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[3] / "shared_rules"


# libyaml's safe loader when PyYAML was built with it: the same documents, six times faster to load
# (0.3 s of the service's cold start with the pure-Python one).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=4)
def _schema(directory: Path) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((directory / "schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def load_packs(directory: Path | str | None = None) -> dict[str, Pack]:
    """Load every ``*.yaml`` pack in ``directory``; the order of the result is the file order."""
    directory = Path(directory) if directory else rules_dir()
    schema = _schema(directory)
    packs: dict[str, Pack] = {}
    seen_rules: set[str] = set()
    for path in sorted(directory.glob("*.yaml")):
        pack = load_pack(path, schema)
        if pack.id in packs:
            raise PackError(f"{path.name}: pack id {pack.id!r} is already used")
        for rule in pack.rules:
            if rule.id in seen_rules:
                raise PackError(f"{path.name}: rule {rule.id}: id: defined twice")
            seen_rules.add(rule.id)
        packs[pack.id] = pack
    if not packs:
        raise PackError(f"{directory}: no rule packs (*.yaml) found")
    return packs


def load_pack(path: Path, schema: dict[str, Any]) -> Pack:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise PackError(f"{path.name}: not valid YAML: {exc}") from exc
    _validate(path, data, schema)
    rules = tuple(_rule(path, data["id"], raw) for raw in data["rules"])
    return Pack(
        id=data["id"],
        title=data["title"],
        description=data["description"].strip(),
        default_enabled=data["default_enabled"],
        rules=rules,
        path=str(path),
    )


def _validate(path: Path, data: Any, schema: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(schema)
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is None:
        return
    where = list(error.absolute_path)
    rule_label = "pack"
    if len(where) >= 2 and where[0] == "rules" and isinstance(where[1], int):
        rule = data["rules"][where[1]]
        rule_label = (
            f"rule {rule.get('id', '#' + str(where[1]))}"
            if isinstance(rule, dict)
            else (f"rule #{where[1]}")
        )
        where = where[2:]
    field_name = ".".join(str(p) for p in where) or "(top level)"
    raise PackError(f"{path.name}: {rule_label}: {field_name}: {error.message}")


def _examples(items: list[Any]) -> tuple[Example, ...]:
    return tuple(Example(text=i) if isinstance(i, str) else Example(**i) for i in items)


def _rule(path: Path, pack_id: str, raw: dict[str, Any]) -> Rule:
    rule_id = raw["id"]
    if not rule_id.startswith(pack_id + "."):
        raise PackError(f"{path.name}: rule {rule_id}: id: must start with '{pack_id}.'")
    common: dict[str, Any] = dict(
        id=rule_id,
        pack=pack_id,
        severity=raw["severity"],
        message=raw["message"].strip(),
        why=raw["why"].strip(),
        suggestion=raw.get("suggestion"),
        replacements=tuple(raw.get("replacements", ())),
        entity=raw.get("entity"),
        fallback=raw.get("fallback"),
        match=_examples(raw["examples"]["match"]),
        no_match=_examples(raw["examples"]["no_match"]),
    )
    if "regex" in raw:
        spec = raw["regex"]
        pattern, flags = spec["pattern"], spec.get("flags", "")
        _check_pattern(path, rule_id, "regex.pattern", pattern, flags)
        return Rule(
            kind="regex", pattern=pattern, flags=flags, group=spec.get("group", 0), **common
        )
    if "terms" in raw:
        spec = raw["terms"]
        pattern = compile_terms(
            spec["words"],
            obfuscation=spec.get("obfuscation", False),
            plural=spec.get("plural", False),
            hashtags=spec.get("hashtags", False),
            not_followed_by=spec.get("not_followed_by"),
            not_preceded_by=spec.get("not_preceded_by"),
        )
        _check_pattern(path, rule_id, "terms.words", pattern, "i")
        return Rule(kind="terms", pattern=pattern, flags="i", **common)
    if "offline" in raw:
        if "regex" in raw or "terms" in raw:
            raise PackError(f"{path.name}: rule {rule_id}: offline: only tokens and detector rules "
                            "need an offline pattern")
        spec = raw["offline"]
        _check_pattern(path, rule_id, "offline.pattern", spec["pattern"], spec.get("flags", ""))
        if "unless_before" in spec:
            _check_pattern(
                path, rule_id, "offline.unless_before", spec["unless_before"], spec.get("flags", "")
            )
        common["offline"] = dict(spec)
    if "tokens" in raw:
        return Rule(kind="tokens", tokens=tuple(raw["tokens"]), **common)
    spec = raw["detector"]
    return Rule(
        kind="detector", detector=spec["name"], options=dict(spec.get("options", {})), **common
    )


def _check_pattern(path: Path, rule_id: str, field_name: str, pattern: str, flags: str) -> None:
    try:
        compile_shared(pattern, flags)
    except RegexSubsetError as exc:
        raise PackError(f"{path.name}: rule {rule_id}: {field_name}: {exc}") from exc
