// @ts-check
// LinkedIn: Quill editors in the share box and in comment boxes.
(function (SL) {
  SL.sites.add({
    id: "linkedin",
    hosts: ["linkedin.com"],
    editors: (root) => SL.sites.editorsMatching(root, '.ql-editor[contenteditable="true"], [role="textbox"][contenteditable="true"]'),
    submit: (editor) => SL.sites.nearest(editor, ".share-actions__primary-action, .comments-comment-box__submit-button, .comments-comment-box__submit-button--cr")
      ?? SL.sites.nearestButton(editor, ["Post", "Comment", "Reply"]),
  });
})(/** @type {any} */ (globalThis).SecondLook);
