// @ts-check
// The service worker's handlers with the browser APIs and the network replaced: what it sends to
// the service, when it falls back to the offline engine, and what it refuses.
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const RULES = {
  version: 1,
  packs: [{
    id: "phi", title: "Patient privacy", description: "", default_enabled: true,
    rules: [{
      id: "phi.email", pack: "phi", kind: "regex", severity: "critical", message: "An email address", why: "w",
      replacements: [], pattern: "[A-Za-z0-9._]+@[A-Za-z0-9]+\\.[A-Za-z]{2,}", flags: "", group: 0,
    }],
  }, { id: "tone", title: "Tone", description: "", default_enabled: false, rules: [] }],
};
const manifest = JSON.parse(readFileSync(fileURLToPath(new URL("../manifest.json", import.meta.url)), "utf8"));

/** @type {Record<string, any>} */ let storage = {};
/** @type {Array<{url: string, init: any}>} */ let requests = [];
/** @type {(url: string, init: any) => Promise<Response>} */ let service = async () => { throw new TypeError("Failed to fetch"); };
/** @type {any} */ let listener = null;
/** @type {Array<() => void>} */ const storageListeners = [];

globalThis.fetch = /** @type {any} */ (async (/** @type {string} */ url, /** @type {any} */ init = {}) => {
  if (url === "chrome-extension://test/engine/rules.json") return new Response(JSON.stringify(RULES));
  requests.push({ url, init });
  return service(url, init);
});
/** @type {any} */ (globalThis).chrome = {
  runtime: {
    getURL: (/** @type {string} */ path) => `chrome-extension://test/${path}`,
    getManifest: () => manifest,
    onMessage: { addListener: (/** @type {any} */ fn) => { listener = fn; } },
  },
  storage: {
    local: {
      get: async (/** @type {string[]} */ keys) => Object.fromEntries(keys.filter((k) => k in storage).map((k) => [k, storage[k]])),
      set: async (/** @type {Record<string, any>} */ items) => { Object.assign(storage, items); },
    },
    onChanged: { addListener: (/** @type {() => void} */ fn) => storageListeners.push(fn) },
  },
  scripting: { getRegisteredContentScripts: async () => [], registerContentScripts: async () => undefined, unregisterContentScripts: async () => undefined },
};
await import("../background/worker.js");

/** @param {Record<string, any>} message @returns {Promise<any>} */
function ask(message) {
  for (const changed of storageListeners) changed(); // tests write `storage` directly
  return new Promise((resolve) => listener(message, {}, resolve));
}

const json = (/** @type {any} */ body, status = 200, headers = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

let counter = 0;
beforeEach(() => {
  storage = {};
  requests = [];
  service = async () => { throw new TypeError("Failed to fetch"); };
  counter++;
});

test("a paired check goes to the service on 127.0.0.1 with the token and UTF-16 offsets", async () => {
  storage = { serviceUrl: "http://127.0.0.1:8652", token: "tok" };
  const finding = { pack: "phi", rule: "phi.phone", severity: "critical", start: 8, end: 20, text: "902-555-0142", message: "m", why: "w", replacements: [] };
  service = async () => json({ findings: [finding], paused: false, took_ms: 3 });
  const text = `call at 902-555-0142 #${counter}`;
  const answer = await ask({ kind: "check", text, site: "x.com" });
  assert.equal(answer.ok, true);
  assert.equal(answer.status, "ok");
  assert.deepEqual(answer.findings.map((/** @type {any} */ f) => [f.rule, f.text, f.start, f.end]), [["phi.phone", "902-555-0142", 8, 20]]);
  assert.equal(requests.length, 1);
  assert.equal(requests[0].url, "http://127.0.0.1:8652/v1/check");
  assert.equal(requests[0].init.headers.Authorization, "Bearer tok");
  assert.deepEqual(JSON.parse(requests[0].init.body), { text, offsets: "utf16" });
  // the same text again comes from the cache
  await ask({ kind: "check", text, site: "x.com" });
  assert.equal(requests.length, 1);
});

test("unreachable service: the offline engine underlines with the exported regex rules", async () => {
  storage = { token: "tok" };
  const text = `write to jane.doe@example.com ${counter}`;
  const answer = await ask({ kind: "check", text, site: "www.facebook.com" });
  assert.equal(answer.status, "offline");
  assert.equal(answer.label, "limited check: local service offline");
  assert.deepEqual(answer.findings.map((/** @type {any} */ f) => [f.rule, f.severity, f.start, f.end]), [["phi.email", "critical", 9, 29]]);
});

test("unpaired: nothing is sent, the check runs offline", async () => {
  const answer = await ask({ kind: "check", text: `mail a@b.org ${counter}`, site: "x.com" });
  assert.equal(answer.status, "offline");
  assert.equal(requests.length, 0);
  assert.deepEqual(answer.findings.map((/** @type {any} */ f) => f.text), ["a@b.org"]);
});

test("a site that is switched off sends nothing", async () => {
  storage = { token: "tok", disabledSites: { "x.com": true } };
  service = async () => json({ findings: [], paused: false });
  assert.equal((await ask({ kind: "check", text: "hello", site: "x.com" })).status, "off");
  assert.equal((await ask({ kind: "check", text: "hello", site: "example.org" })).status, "off"); // never turned on
  assert.equal(requests.length, 0);
});

test("never flag: the word is kept locally and filtered from answers", async () => {
  storage = { token: "tok" };
  await ask({ kind: "neverFlag", term: "jane@clinic.ca" });
  assert.deepEqual(storage.allowlist, ["jane@clinic.ca"]);
  const answer = await ask({ kind: "check", text: `ask jane@clinic.ca ${counter}`, site: "x.com" });
  assert.deepEqual(answer.findings, []);
});

test("settings polling sends the ETag and reports pause", async () => {
  storage = { token: "tok" };
  service = async (url, init) => {
    assert.equal(url, "http://127.0.0.1:8652/v1/settings");
    if (init.headers["If-None-Match"] === '"abc"') return new Response(null, { status: 304, headers: { ETag: '"abc"' } });
    return json({ packs: { phi: true }, rule_overrides: {}, allowlist: [], always_flag: [], paused: true }, 200, { ETag: '"abc"' });
  };
  const first = await ask({ kind: "settings", site: "x.com" });
  assert.equal(first.paused, true);
  assert.equal(first.online, true);
  const paused = await ask({ kind: "check", text: "anything", site: "x.com" });
  assert.equal(paused.status, "paused");
  await new Promise((resolve) => setTimeout(resolve, 650));
  const second = await ask({ kind: "settings", site: "x.com" });
  assert.equal(second.etag, first.etag);
  assert.equal(requests.at(-1)?.init.headers["If-None-Match"], '"abc"');
});

test("connect refuses any address but the loopback interface", async () => {
  const answer = await ask({ kind: "connect", url: "https://example.com", token: "tok" });
  assert.equal(answer.paired, false);
  assert.match(answer.reason, /127\.0\.0\.1/);
  assert.equal(requests.length, 0);
  assert.equal(storage.serviceUrl, undefined);
});

test("connect with a good token saves the pairing", async () => {
  service = async (url) => url.endsWith("/v1/health")
    ? json({ status: "ok", version: "0.1.0" })
    : json({ packs: {}, paused: false }, 200, { ETag: '"x"' });
  const answer = await ask({ kind: "connect", url: "http://127.0.0.1:9999", token: "secret" });
  assert.equal(answer.paired, true);
  assert.equal(storage.serviceUrl, "http://127.0.0.1:9999");
  assert.equal(storage.token, "secret");
});
