// @ts-check
// Mastodon, on any instance the user turns on from the popup: recognized by the page, not the host.
(function (SL) {
  SL.sites.add({
    id: "mastodon",
    detect: (doc) => Boolean(doc.getElementById("mastodon")
      || doc.querySelector('meta[name="application-name"][content="Mastodon" i], .compose-form')),
    editors: (root) => SL.sites.editorsMatching(root, ".compose-form textarea, textarea.autosuggest-textarea__textarea"),
    submit: (editor) => editor.closest("form")?.querySelector('button[type="submit"], .compose-form__publish button')
      ?? SL.sites.nearestButton(editor, ["Post", "Publish", "Toot!", "Reply"]),
  });
})(/** @type {any} */ (globalThis).SecondLook);
