// @ts-check
// Bluesky: the TipTap (ProseMirror) composer for posts and replies.
(function (SL) {
  SL.sites.add({
    id: "bluesky",
    hosts: ["bsky.app"],
    editors: (root) => SL.sites.editorsMatching(root, '.ProseMirror[contenteditable="true"], [data-testid="composerTextInput"]'),
    submit: (editor) => SL.sites.nearest(editor, '[data-testid="composerPublishBtn"]')
      ?? SL.sites.nearestButton(editor, ["Post", "Reply", "Publish post", "Publish reply"]),
  });
})(/** @type {any} */ (globalThis).SecondLook);
