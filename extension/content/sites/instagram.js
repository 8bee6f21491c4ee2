// @ts-check
// Instagram: the caption editor of a new post and the comment fields.
(function (SL) {
  SL.sites.add({
    id: "instagram",
    hosts: ["instagram.com"],
    editors: (root) => SL.sites.editorsMatching(root,
      'textarea[aria-label^="Add a comment"], form textarea, [contenteditable="true"][role="textbox"]'),
    submit: (editor) => SL.sites.nearestButton(editor, ["Post", "Share", "Reply"]),
    enterSubmits: (editor) => editor instanceof HTMLTextAreaElement,
  });
})(/** @type {any} */ (globalThis).SecondLook);
