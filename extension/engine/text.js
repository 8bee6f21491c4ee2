// @ts-check
/**
 * Normalization with an offset map back to the original text: the JavaScript twin of
 * backend/secondlook/engine/text.py. The text is cut into clusters (a code point plus the
 * combining marks after it); each cluster loses its zero-width characters and is NFKC-folded on
 * its own, and every UTF-16 unit it produces maps back to the whole cluster. Offsets here are
 * UTF-16 code units, which is what the page's strings and DOM ranges index.
 */

export const REMOVED = new Set(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"]);
const MARK = /^\p{M}$/u;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * @typedef {{original: string, text: string, starts: number[], ends: number[]}} Normalized
 * starts[i] / ends[i]: the original span of the cluster behind text[i].
 */

/** @param {string} text @returns {Normalized} */
export function normalize(text) {
  if (ASCII.test(text)) {
    const starts = Array.from({ length: text.length }, (_, i) => i);
    return { original: text, text, starts, ends: starts.map((i) => i + 1) };
  }
  /** @type {string[]} */ const out = [];
  /** @type {number[]} */ const starts = [];
  /** @type {number[]} */ const ends = [];
  for (const [i, j] of clusters(text)) {
    const kept = Array.from(text.slice(i, j)).filter((ch) => !REMOVED.has(ch)).join("");
    const folded = kept.normalize("NFKC");
    out.push(folded);
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(j);
    }
  }
  return { original: text, text: out.join(""), starts, ends };
}

/** Cluster bounds in UTF-16 units: a code point plus the marks that follow it. */
/** @param {string} text @returns {Array<[number, number]>} */
function clusters(text) {
  /** @type {Array<[number, number]>} */ const bounds = [];
  const points = Array.from(text);
  let unit = 0;
  let p = 0;
  while (p < points.length) {
    const start = unit;
    unit += points[p].length;
    p++;
    while (p < points.length && MARK.test(points[p])) {
      unit += points[p].length;
      p++;
    }
    bounds.push([start, unit]);
  }
  return bounds;
}

/** Map a span of the normalized text back to the original, as text.py's to_original does. */
/** @param {Normalized} norm @param {number} start @param {number} end @returns {[number, number]} */
export function toOriginal(norm, start, end) {
  if (!norm.text) return [0, 0];
  start = Math.min(Math.max(start, 0), norm.text.length - 1);
  end = Math.min(Math.max(end, start + 1), norm.text.length);
  return [norm.starts[start], norm.ends[end - 1]];
}
