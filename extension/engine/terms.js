// @ts-check
/**
 * Whole-word, case-insensitive patterns for the user's own word lists (allowlist, always-flag),
 * built the way backend/secondlook/rules/terms.py builds plain (non-obfuscated) terms.
 */

const WORD_BEFORE = "(?<![A-Za-z0-9_@#])";
const WORD_AFTER = "(?![A-Za-z0-9_])";

/** @param {string} text */
export function escapeTerm(text) {
  return text.replace(/[\^$\\.*+?()[\]{}|/]/g, (ch) => "\\" + ch); // "-" is literal outside a class
}

/** @param {string[]} words @returns {RegExp | null} */
export function termsPattern(words) {
  const ordered = [...new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length);
  if (!ordered.length) return null;
  const body = ordered.map((w) => w.split(/\s+/).map(escapeTerm).join("[\\s\\-]+")).join("|");
  return new RegExp(`${WORD_BEFORE}(?:${body})${WORD_AFTER}`, "giu");
}
