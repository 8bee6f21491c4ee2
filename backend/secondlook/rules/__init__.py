"""Rule packs: loading and validating ``shared_rules/`` and compiling them for the extension."""

from secondlook.rules.loader import Example, Pack, PackError, Rule, load_packs, rules_dir

__all__ = ["Example", "Pack", "PackError", "Rule", "load_packs", "rules_dir"]
