// @ts-check
/**
 * The one message protocol between the page side (content scripts, popup, options) and the
 * background service worker, which alone talks to the local service. A classic script that sets
 * a global, so content scripts (which cannot import modules), pages and the module worker
 * (`import "../shared/protocol.js"`) all load the same file.
 *
 * Every message is `{kind, ...payload}`; every answer is `{ok: true, ...}` or `{ok: false, error}`.
 *
 *   check         {text, site}             -> {status: "ok"|"offline"|"off"|"paused", findings,
 *                                             reason?}   findings carry UTF-16 offsets
 *   settings      {site, etag?}            -> {etag, paused, siteEnabled, changed}
 *   status        {}                       -> {reachable, paired, health?, url, reason?}
 *   connect       {url, token}             -> {reachable, paired, health?, reason?} (saved when paired)
 *   packs         {}                       -> {packs: [{id, title, description, enabled}], source}
 *   setPack       {id, enabled}            -> {packs}
 *   site          {site}                   -> {enabled, builtin, registered}
 *   setSite       {site, enabled, origin?} -> {enabled}
 *   neverFlag     {term}                   -> {allowlist}
 */
(function (root) {
  const KINDS = Object.freeze({
    check: "check",
    settings: "settings",
    status: "status",
    connect: "connect",
    packs: "packs",
    setPack: "setPack",
    site: "site",
    setSite: "setSite",
    neverFlag: "neverFlag",
  });

  const DEFAULT_SERVICE_URL = "http://127.0.0.1:8652";
  const OFFLINE_LABEL = "limited check: local service offline";

  /** True for the only addresses the extension will ever send text to. */
  function isLoopbackUrl(/** @type {string} */ url) {
    try {
      const parsed = new URL(url);
      return parsed.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname);
    } catch {
      return false;
    }
  }

  /** Send one message to the service worker; rejects with the worker's error message. */
  async function send(/** @type {string} */ kind, payload = {}) {
    const runtime = /** @type {any} */ (root).browser?.runtime ?? /** @type {any} */ (root).chrome?.runtime;
    const answer = await runtime.sendMessage({ kind, ...payload });
    if (!answer || !answer.ok) throw new Error(answer?.error ?? "no answer from the extension");
    return answer;
  }

  /** @type {any} */ (root).SecondLookProtocol = Object.freeze({
    KINDS, DEFAULT_SERVICE_URL, OFFLINE_LABEL, isLoopbackUrl, send,
  });
})(globalThis);
