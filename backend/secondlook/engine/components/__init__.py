"""spaCy components, one per file, each registered with ``Language.factory`` on import.

These modules keep their annotations evaluated (no ``from __future__ import annotations``): the
spaCy we pin reads a factory's signature with pydantic v1, which cannot resolve string annotations
such as ``"Language"``.
"""

from secondlook.engine.components import token_rules

__all__ = ["token_rules"]
