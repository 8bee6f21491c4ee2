// @ts-check
// Threads: Lexical compose boxes for new threads and replies.
(function (SL) {
  SL.sites.add({
    id: "threads",
    hosts: ["threads.net", "threads.com"],
    editors: (root) => SL.sites.editorsMatching(root, '[contenteditable="true"][role="textbox"]'),
    submit: (editor) => SL.sites.nearestButton(editor, ["Post", "Reply"]),
  });
})(/** @type {any} */ (globalThis).SecondLook);
