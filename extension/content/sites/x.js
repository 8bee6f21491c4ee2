// @ts-check
// X (x.com, twitter.com): Draft.js compose boxes for posts, replies, quotes and the modal.
(function (SL) {
  SL.sites.add({
    id: "x",
    hosts: ["x.com", "twitter.com"],
    editors: (root) => SL.sites.editorsMatching(root, '[data-testid^="tweetTextarea_"]'),
    submit: (editor) => SL.sites.nearest(editor, '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]'),
  });
})(/** @type {any} */ (globalThis).SecondLook);
