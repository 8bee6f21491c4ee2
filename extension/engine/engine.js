// @ts-check
/**
 * The offline engine: runs the rule packs' `regex` and `terms` rules (exported by
 * `python -m secondlook.rules.export`) when the local service cannot be reached. It mirrors the
 * Python analyzer for these rules: match on the normalized text, map offsets back, drop
 * allowlisted spans, apply severity overrides, one finding per (rule, start, end).
 * Findings have the service's shape, with UTF-16 offsets.
 */

import { normalize, toOriginal } from "./text.js";
import { termsPattern } from "./terms.js";

export const SEVERITY_RANK = { info: 0, warning: 1, critical: 2 };
const CUSTOM_RULE_ID = "phi.custom-term";

/**
 * @typedef {{id: string, pack: string, kind: string, severity: string, message: string,
 *   why: string, suggestion?: string | null, replacements: string[], entity?: string | null,
 *   pattern: string, flags: string, group: number, unless_before?: string}} ExportedRule
 * @typedef {{id: string, title: string, description: string, default_enabled: boolean,
 *   rules: ExportedRule[]}} ExportedPack
 * @typedef {{pack: string, rule: string, severity: string, start: number, end: number,
 *   text: string, message: string, why: string, suggestion?: string, replacements: string[],
 *   entity?: string, details?: any[]}} Finding
 * @typedef {{packs?: string[], overrides?: Record<string, string>, allowlist?: string[],
 *   alwaysFlag?: string[]}} EngineOptions
 */

export class OfflineEngine {
  /** @param {{packs: ExportedPack[], unless_before_chars?: number}} exported */
  constructor(exported) {
    this.packs = exported.packs;
    // how far back a rule's `unless_before` looks, as the service's detectors do
    this.unlessBeforeChars = exported.unless_before_chars ?? 0;
    /** @type {Map<string, RegExp>} */
    this.compiled = new Map();
    /** @type {Map<string, RegExp>} */
    this.unlessBefore = new Map();
    for (const pack of this.packs) {
      for (const rule of pack.rules) {
        // "d" gives group indices; the shared subset guarantees the pattern means the same here.
        this.compiled.set(rule.id, new RegExp(rule.pattern, "gud" + rule.flags));
        if (rule.unless_before) {
          this.unlessBefore.set(rule.id, new RegExp(rule.unless_before, "u" + rule.flags));
        }
      }
    }
  }

  /** Pack ids enabled by default (when the service never told us otherwise). */
  defaultPacks() {
    return this.packs.filter((p) => p.default_enabled).map((p) => p.id);
  }

  /** @param {string} text @param {EngineOptions} [options] @returns {Finding[]} */
  analyze(text, options = {}) {
    const packIds = options.packs ?? this.defaultPacks();
    const overrides = options.overrides ?? {};
    const norm = normalize(text);
    const allowed = allowedSpans(norm.text, options.allowlist ?? []);
    /** @type {Map<string, Finding>} */
    const found = new Map();
    for (const pack of this.packs) {
      if (!packIds.includes(pack.id)) continue;
      for (const rule of pack.rules) {
        const override = overrides[rule.id];
        if (override === "off") continue;
        for (const [start, end] of this.hits(rule, norm.text)) {
          if (end <= start || isAllowed(allowed, start, end)) continue;
          const finding = makeFinding(rule, norm, start, end, override);
          const key = `${finding.rule}\u0000${finding.start}\u0000${finding.end}`;
          const seen = found.get(key);
          if (!seen || rank(finding) > rank(seen)) found.set(key, finding);
        }
      }
    }
    if (packIds.includes("phi")) {
      for (const finding of customTerms(norm, options.alwaysFlag ?? [], overrides[CUSTOM_RULE_ID])) {
        const key = `${finding.rule}\u0000${finding.start}\u0000${finding.end}`;
        if (!found.has(key)) found.set(key, finding);
      }
    }
    return [...found.values()].sort(
      (a, b) => a.start - b.start || rank(b) - rank(a) || a.end - b.end || cmp(a.rule, b.rule),
    );
  }

  /** @param {ExportedRule} rule @param {string} text @returns {Generator<[number, number]>} */
  *hits(rule, text) {
    const regex = /** @type {RegExp} */ (this.compiled.get(rule.id));
    const unless = this.unlessBefore.get(rule.id);
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) {
      const span = match.indices?.[rule.group];
      if (!span || !match[rule.group]) continue;
      // the detector's own exception: "I was an idiot" is said of oneself
      if (unless?.test(text.slice(Math.max(0, span[0] - this.unlessBeforeChars), span[0]))) continue;
      yield [span[0], span[1]];
    }
  }
}

/** @param {ExportedRule} rule @param {import("./text.js").Normalized} norm */
function makeFinding(rule, norm, start, end, override) {
  const [s, e] = toOriginal(norm, start, end);
  /** @type {Finding} */
  const finding = {
    pack: rule.pack,
    rule: rule.id,
    severity: override || rule.severity,
    start: s,
    end: e,
    text: norm.original.slice(s, e),
    message: rule.message,
    why: rule.why,
    replacements: [...rule.replacements],
  };
  if (rule.suggestion) finding.suggestion = rule.suggestion;
  if (rule.entity) finding.entity = rule.entity;
  return finding;
}

/** @param {import("./text.js").Normalized} norm @param {string[]} words @param {string} [override] */
function* customTerms(norm, words, override) {
  const pattern = termsPattern(words);
  if (!pattern || override === "off") return;
  for (const match of norm.text.matchAll(pattern)) {
    const index = /** @type {number} */ (match.index);
    const [s, e] = toOriginal(norm, index, index + match[0].length);
    /** @type {Finding} */
    const finding = {
      pack: "phi",
      rule: CUSTOM_RULE_ID,
      severity: override || "warning",
      start: s,
      end: e,
      text: norm.original.slice(s, e),
      message: "You asked to always flag this word: it can point to a place or a person.",
      why: "Your own 'always flag' list in Second Look's settings.",
      suggestion: "Leave it out or use a general description.",
      replacements: [],
      entity: "LOCATION",
    };
    yield finding;
  }
}

/** @param {string} text @param {string[]} words @returns {Array<[number, number]>} */
function allowedSpans(text, words) {
  const pattern = termsPattern(words);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => {
    const index = /** @type {number} */ (m.index);
    return /** @type {[number, number]} */ ([index, index + m[0].length]);
  });
}

/** @param {Array<[number, number]>} spans */
function isAllowed(spans, start, end) {
  return spans.some(([a, b]) => a <= start && end <= b);
}

/** @param {{severity: string}} finding */
export function rank(finding) {
  return SEVERITY_RANK[/** @type {keyof typeof SEVERITY_RANK} */ (finding.severity)] ?? 0;
}

/** @param {string} a @param {string} b */
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
