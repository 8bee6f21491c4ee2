// @ts-check
/**
 * The editor's text as the checker sees it, with a map from UTF-16 offsets back to the DOM.
 * Rich editors (Draft.js, Lexical, ProseMirror, Quill) keep one block element per paragraph:
 * each innermost block starts a new line. Plain fields (textarea, input) are mirrored in a hidden
 * element with the same box and font, so ranges over the mirror give the boxes of their text.
 * Nothing here writes to the editor.
 */
(function (SL) {
  const BLOCK_TAGS = new Set(["DIV", "P", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "UL", "OL", "TR"]);
  const BLOCK_SELECTOR = [...BLOCK_TAGS].join(",").toLowerCase();

  /** @typedef {{node: Text, start: number, end: number}} TextPiece */
  /** @typedef {{text: string, pieces: TextPiece[]}} TextMap */

  /** @param {Element} el */
  function isPlainField(el) {
    return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
  }

  /** @param {Element} editor @returns {string} */
  function readText(editor) {
    return isPlainField(editor) ? /** @type {HTMLTextAreaElement} */ (editor).value : mapRich(editor).text;
  }

  /**
   * Walk a rich editor: text nodes in order, "\n" before every innermost block but the first,
   * "\n" for a <br> that is not the placeholder at the end of its block.
   * @param {Element} editor @returns {TextMap}
   */
  function mapRich(editor) {
    let text = "";
    /** @type {TextPiece[]} */ const pieces = [];
    let blocks = 0;
    /** @param {Node} node */
    const visit = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = /** @type {Text} */ (node).data;
        if (data) {
          pieces.push({ node: /** @type {Text} */ (node), start: text.length, end: text.length + data.length });
          text += data;
        }
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const el = /** @type {Element} */ (node);
      if (el.getAttribute("aria-hidden") === "true" && el !== editor) return;
      if (el.tagName === "BR") {
        if (!isTrailingBreak(el)) text += "\n";
        return;
      }
      if (el !== editor && BLOCK_TAGS.has(el.tagName) && !el.querySelector(BLOCK_SELECTOR)) {
        if (blocks++ > 0) text += "\n";
      }
      for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    };
    visit(editor);
    return { text, pieces };
  }

  /** A <br> with nothing after it in its block only holds an empty line open. */
  /** @param {Element} br */
  function isTrailingBreak(br) {
    for (let el = /** @type {Node | null} */ (br); el && !(el instanceof Element && BLOCK_TAGS.has(el.tagName)); el = el.parentNode) {
      for (let next = el.nextSibling; next; next = next.nextSibling) {
        if (next.nodeType === Node.ELEMENT_NODE || (next.textContent ?? "").length > 0) return false;
      }
    }
    return true;
  }

  /**
   * A DOM range over [start, end) of the mapped text, or null when the map no longer fits.
   * @param {TextMap} map @param {number} start @param {number} end
   */
  function rangeFor(map, start, end) {
    const from = locate(map, start, true);
    const to = locate(map, end, false);
    if (!from || !to) return null;
    const range = document.createRange();
    try {
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
    } catch {
      return null;
    }
    return range;
  }

  /** @param {TextMap} map @param {number} offset @param {boolean} forward */
  function locate(map, offset, forward) {
    const { pieces } = map;
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      const inside = forward ? offset >= piece.start && offset < piece.end : offset > piece.start && offset <= piece.end;
      if (inside) return { node: piece.node, offset: Math.min(offset - piece.start, piece.node.data.length) };
      if (forward && offset < piece.start) return { node: piece.node, offset: 0 };
    }
    if (!forward) {
      for (let i = pieces.length - 1; i >= 0; i--) {
        if (pieces[i].end <= offset) return { node: pieces[i].node, offset: pieces[i].node.data.length };
      }
    }
    return null;
  }

  const MIRRORED = ["boxSizing", "width", "height", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
    "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "borderStyle",
    "fontFamily", "fontSize", "fontWeight", "fontStyle", "fontVariant", "fontStretch", "letterSpacing",
    "lineHeight", "textTransform", "textIndent", "wordSpacing", "tabSize", "direction", "textAlign"];

  /**
   * An invisible copy of a textarea's text laid out in the same box, inside the overlay's shadow
   * root, so that Range.getClientRects() works for plain fields too.
   */
  class Mirror {
    /** @param {HTMLTextAreaElement | HTMLInputElement} field @param {ShadowRoot} shadow */
    constructor(field, shadow) {
      this.field = field;
      this.el = document.createElement("div");
      this.el.setAttribute("aria-hidden", "true");
      this.el.style.cssText = "position:fixed;visibility:hidden;overflow:hidden;pointer-events:none;border-color:transparent;";
      shadow.appendChild(this.el);
    }

    /** @returns {TextMap} */
    sync() {
      const field = this.field;
      const style = getComputedStyle(field);
      const rect = field.getBoundingClientRect();
      const s = /** @type {any} */ (this.el.style);
      for (const prop of MIRRORED) s[prop] = /** @type {any} */ (style)[prop];
      s.left = `${rect.left}px`;
      s.top = `${rect.top}px`;
      s.whiteSpace = field instanceof HTMLTextAreaElement ? "pre-wrap" : "pre";
      s.overflowWrap = "break-word";
      const text = field.value;
      if (this.el.textContent !== text + "\u200b") this.el.textContent = text + "\u200b";
      this.el.scrollTop = field.scrollTop;
      this.el.scrollLeft = field.scrollLeft;
      const node = /** @type {Text} */ (this.el.firstChild);
      return { text, pieces: [{ node, start: 0, end: text.length }] };
    }

    remove() {
      this.el.remove();
    }
  }

  SL.textMap = { isPlainField, readText, mapRich, rangeFor, Mirror };
})(/** @type {any} */ (globalThis).SecondLook ??= {});
