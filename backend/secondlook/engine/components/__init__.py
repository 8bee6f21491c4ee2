"""spaCy components, one per file, each registered with ``Language.factory`` on import."""

from secondlook.engine.components import token_rules

__all__ = ["token_rules"]
