// @ts-check
// Facebook: Lexical composers for posts (Post button) and comments (Enter posts).
(function (SL) {
  const isComment = (/** @type {Element} */ editor) =>
    /comment|reply|answer/i.test(editor.getAttribute("aria-label") ?? "") || !SL.sites.nearestButton(editor, ["Post"]);
  SL.sites.add({
    id: "facebook",
    hosts: ["facebook.com"],
    editors: (root) => SL.sites.editorsMatching(root, '[data-lexical-editor="true"][role="textbox"]'),
    submit: (editor) => SL.sites.nearestButton(editor, ["Post", "Comment", "Reply", "Share now"]),
    enterSubmits: isComment,
  });
})(/** @type {any} */ (globalThis).SecondLook);
