// @ts-check
// Reddit: post titles and bodies, comments (rich editor or markdown textarea).
(function (SL) {
  SL.sites.add({
    id: "reddit",
    hosts: ["reddit.com"],
    editors: (root) => SL.sites.editorsMatching(root,
      'textarea[name="title"], textarea[name="text"], textarea[name="body"], [contenteditable="true"][role="textbox"], [data-lexical-editor="true"]'),
    submit: (editor) => editor.closest("form")?.querySelector('button[type="submit"]')
      ?? SL.sites.nearestButton(editor, ["Post", "Comment", "Reply", "Save"]),
  });
})(/** @type {any} */ (globalThis).SecondLook);
