// @ts-check
/**
 * The adapter registry. An adapter (one file per site in content/sites/) declares where it runs,
 * how to find compose boxes and how to find the submit control of a compose box; nothing else.
 *
 *   SecondLook.sites.add({
 *     id: "x",
 *     hosts: ["x.com", "twitter.com"],       // or detect: (document) => boolean
 *     editors: (root) => Element[],           // compose boxes now on the page
 *     submit: (editor) => Element | null,     // its Post / Reply button
 *     enterSubmits?: (editor) => boolean,     // a plain Enter posts (comment boxes)
 *   });
 */
(function (SL) {
  /**
   * @typedef {{id: string, hosts?: string[], detect?: (doc: Document) => boolean,
   *   editors: (root: Document) => Element[], submit: (editor: Element) => Element | null,
   *   enterSubmits?: (editor: Element) => boolean}} Adapter
   */
  /** @type {Adapter[]} */
  const adapters = [];

  /** @param {string} hostname @param {string} host */
  function hostMatches(hostname, host) {
    return hostname === host || hostname.endsWith(`.${host}`);
  }

  /** The adapter for this page: by host first, then by detection, then the generic one. */
  function forPage(/** @type {Location} */ location, /** @type {Document} */ doc) {
    return adapters.find((a) => a.hosts?.some((host) => hostMatches(location.hostname, host)))
      ?? adapters.find((a) => a.detect?.(doc))
      ?? adapters.find((a) => a.id === "generic");
  }

  /** The element that takes typing: the element itself or the editable inside it. */
  function editable(/** @type {Element} */ el) {
    if (el instanceof HTMLTextAreaElement) return el;
    if (/** @type {HTMLElement} */ (el).isContentEditable) {
      let root = el;
      while (root.parentElement?.isContentEditable) root = root.parentElement;
      return root;
    }
    return el.querySelector('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], textarea');
  }

  /** Every editable behind the elements that match `selector`, once each. */
  function editorsMatching(/** @type {ParentNode} */ root, /** @type {string} */ selector) {
    const found = new Set();
    for (const el of root.querySelectorAll(selector)) {
      const target = editable(el);
      if (target) found.add(target);
    }
    return [...found];
  }

  /** The nearest element matching `selector` in the editor's enclosing containers. */
  function nearest(/** @type {Element} */ editor, /** @type {string} */ selector) {
    for (let el = editor.parentElement; el; el = el.parentElement) {
      const match = el.querySelector(selector);
      if (match) return match;
    }
    return null;
  }

  /** The nearest button whose accessible name or text is one of `names`. */
  function nearestButton(/** @type {Element} */ editor, /** @type {string[]} */ names, levels = 12) {
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    let el = editor.parentElement;
    for (let i = 0; el && i < levels; i++, el = el.parentElement) {
      for (const button of el.querySelectorAll('button, [role="button"], input[type="submit"]')) {
        const name = (button.getAttribute("aria-label") ?? button.textContent ?? "").trim().toLowerCase();
        if (wanted.has(name) && !button.contains(editor)) return button;
      }
    }
    return null;
  }

  SL.sites = {
    add: (/** @type {Adapter} */ adapter) => adapters.push(adapter),
    forPage, editable, editorsMatching, nearest, nearestButton,
  };
})(/** @type {any} */ (globalThis).SecondLook ??= {});
