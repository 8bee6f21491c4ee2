// @ts-check
// Pure parts of the content script: underlines following an edit before the next check arrives.
import { test } from "node:test";
import assert from "node:assert/strict";

/** @type {any} */ (globalThis).SecondLook = {};
await import("../shared/protocol.js");
await import("../content/session.js");
const { followEdit } = /** @type {any} */ (globalThis).SecondLook;
const { isLoopbackUrl } = /** @type {any} */ (globalThis).SecondLookProtocol;

const finding = (/** @type {string} */ rule, /** @type {number} */ start, /** @type {number} */ end) => ({ rule, start, end, key: `${rule}:${start}:${end}` });

test("typing before a finding shifts it, typing after leaves it, typing inside drops it", () => {
  const before = "from Tignish, call 902-555-0142";
  const found = [finding("phi.location", 5, 12), finding("phi.phone", 19, 31)];
  assert.deepEqual(followEdit(found, before, "Today " + before).map((/** @type {any} */ f) => [f.start, f.end]), [[11, 18], [25, 37]]);
  assert.deepEqual(followEdit(found, before, before + " now").map((/** @type {any} */ f) => [f.start, f.end]), [[5, 12], [19, 31]]);
  assert.deepEqual(followEdit(found, before, before.replace("Tignish", "Tignush")).map((/** @type {any} */ f) => f.rule), ["phi.phone"]);
});

test("only loopback addresses are accepted for the service", () => {
  assert.equal(isLoopbackUrl("http://127.0.0.1:8652"), true);
  assert.equal(isLoopbackUrl("http://localhost:9000/"), true);
  assert.equal(isLoopbackUrl("https://127.0.0.1:8652"), false);
  assert.equal(isLoopbackUrl("http://192.168.1.5:8652"), false);
  assert.equal(isLoopbackUrl("http://127.0.0.1.evil.com"), false);
});
