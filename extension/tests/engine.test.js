// @ts-check
// Runs every exported rule example through the offline engine, so it agrees with the service.
// The rules file comes from `python -m secondlook.rules.export`; build.py passes its path in
// SECONDLOOK_RULES_JSON (default: dist/chrome/engine/rules.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { OfflineEngine } from "../engine/engine.js";
import { normalize, toOriginal } from "../engine/text.js";

const rulesPath = process.env.SECONDLOOK_RULES_JSON
  ?? fileURLToPath(new URL("../../dist/chrome/engine/rules.json", import.meta.url));
const exported = JSON.parse(readFileSync(rulesPath, "utf8"));
const engine = new OfflineEngine(exported);

/** @param {any} example */
const asExample = (example) => (typeof example === "string" ? { text: example } : example);

for (const pack of exported.packs) {
  for (const rule of pack.rules) {
    test(`${rule.id}: every example`, () => {
      for (const raw of rule.examples.match) {
        const ex = asExample(raw);
        if (ex.python_only) continue;
        const own = engine.analyze(ex.text, { packs: [pack.id] }).filter((f) => f.rule === rule.id);
        assert.ok(own.length > 0, `${rule.id} should match: ${ex.text}`);
        if (ex.span) {
          const exact = own.find((f) => f.text === ex.span && ex.text.slice(f.start, f.end) === ex.span);
          assert.ok(exact, `${rule.id} should cover exactly ${JSON.stringify(ex.span)} in ${ex.text}; got ${JSON.stringify(own.map((f) => f.text))}`);
          // An offline fallback stands in for a context-aware detector: same words, fixed severity.
          if (ex.severity && !rule.offline_fallback) {
            assert.equal(exact.severity, ex.severity, `${rule.id} severity on ${ex.span}`);
          }
        }
      }
      for (const raw of rule.examples.no_match) {
        const ex = asExample(raw);
        if (ex.python_only) continue;
        const own = engine.analyze(ex.text, { packs: [pack.id] }).filter((f) => f.rule === rule.id);
        assert.deepEqual(own.map((f) => f.text), [], `${rule.id} should not match: ${ex.text}`);
      }
    });
  }
}

test("only regex and terms rules, and detectors with an offline pattern, are exported", () => {
  for (const pack of exported.packs) {
    for (const rule of pack.rules) {
      assert.ok(["regex", "terms"].includes(rule.kind) || rule.offline_fallback, rule.id);
      assert.ok(rule.pattern, rule.id);
    }
  }
});

const EMAIL_RULES = {
  packs: [{
    id: "phi", title: "PHI", description: "", default_enabled: true,
    rules: [{
      id: "phi.email", pack: "phi", kind: "regex", severity: "critical", message: "m", why: "w",
      replacements: ["[email]"], pattern: "[a-z.]+@[a-z]+\\.[a-z]{2,}", flags: "", group: 0,
    }, {
      id: "phi.word", pack: "phi", kind: "regex", severity: "warning", message: "m", why: "w",
      replacements: [], pattern: "\\bTignish\\b", flags: "", group: 0,
    }],
  }],
};

test("normalization maps offsets back to the original in UTF-16 units", () => {
  const local = new OfflineEngine(EMAIL_RULES);
  // full-width letters fold under NFKC; a zero-width space and an emoji precede the address
  const text = "😀 mail \u200bjane@ｅｘａｍｐｌｅ.com now";
  const [finding] = local.analyze(text);
  assert.equal(finding.rule, "phi.email");
  assert.equal(finding.text, "jane@ｅｘａｍｐｌｅ.com");
  assert.equal(finding.start, text.indexOf("jane"));
  assert.equal(finding.end, text.indexOf(" now"));
  assert.equal(finding.severity, "critical");
});

test("combining marks stay with their base character", () => {
  const norm = normalize("Zoe\u0308 x");
  assert.equal(norm.text, "Zoë x");
  assert.deepEqual(toOriginal(norm, 2, 3), [2, 4]);
});

test("allowlist, overrides and disabled packs", () => {
  const local = new OfflineEngine(EMAIL_RULES);
  const text = "From Tignish, write to a.b@example.org";
  assert.deepEqual(local.analyze(text).map((f) => [f.rule, f.text]), [
    ["phi.word", "Tignish"], ["phi.email", "a.b@example.org"],
  ]);
  assert.deepEqual(local.analyze(text, { allowlist: ["tignish"] }).map((f) => f.rule), ["phi.email"]);
  const overridden = local.analyze(text, { overrides: { "phi.email": "info", "phi.word": "off" } });
  assert.deepEqual(overridden.map((f) => [f.rule, f.severity]), [["phi.email", "info"]]);
  assert.deepEqual(local.analyze(text, { packs: ["tone"] }), []);
});

test("always-flag words become custom PHI findings", () => {
  const local = new OfflineEngine(EMAIL_RULES);
  const found = local.analyze("Seen at Souris Hospital today", { alwaysFlag: ["souris hospital"] });
  assert.deepEqual(found.map((f) => [f.rule, f.text, f.start, f.severity]),
    [["phi.custom-term", "Souris Hospital", 8, "warning"]]);
});
