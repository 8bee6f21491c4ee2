// @ts-check
// Any other site the user turns on from the popup: visible text areas and rich-text fields.
(function (SL) {
  const MIN_WIDTH = 120;
  const MIN_HEIGHT = 30;
  const isVisibleBox = (/** @type {Element} */ el) => {
    const rect = el.getBoundingClientRect();
    return rect.width >= MIN_WIDTH && rect.height >= MIN_HEIGHT;
  };
  SL.sites.add({
    id: "generic",
    editors: (root) => SL.sites.editorsMatching(root,
      'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]')
      .filter((el) => !(el instanceof HTMLTextAreaElement && (el.readOnly || el.disabled)) && isVisibleBox(el)),
    submit: (editor) => editor.closest("form")?.querySelector('button[type="submit"], input[type="submit"], button:not([type])')
      ?? null,
  });
})(/** @type {any} */ (globalThis).SecondLook);
