// Drives a real Firefox for the e2e tests of the Firefox build, one command per line.
//
// Playwright drives only its own patched Firefox, which cannot be downloaded here; Puppeteer
// drives a stock Firefox over WebDriver BiDi and installs extensions through it. This script
// gives pytest (firefox.py) the handful of page operations the shared e2e harness uses.
//
//   node firefox_driver.mjs '{"firefox": PATH, "extension": DIR, "id": ADDON_ID, "uuid": UUID,
//                             "hosts": [...]}'
//
// Every host in "hosts" resolves to 127.0.0.1 (network.dns.localDomains); the fixture server's
// self-signed certificate is accepted. The extension's pages are moz-extension://UUID/...:
// Firefox 153 lets WebDriver open them only with --remote-allow-system-access, and never
// reports their navigation done, so openExtensionPage waits for an element instead.
//
// It prints {"ready": true, "id": ADDON_ID} once the extension is installed, then reads one JSON
// command per line from stdin and answers each with one JSON line: {"ok": true, "value": ...} or
// {"ok": false, "error": MESSAGE}.

import { createInterface } from "node:readline";
import puppeteer from "puppeteer-core";

const options = JSON.parse(process.argv[2]);
const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: options.firefox,
  headless: true,
  acceptInsecureCerts: true,
  args: ["--remote-allow-system-access"],
  defaultViewport: { width: 1280, height: 800 },
  extraPrefsFirefox: {
    "network.dns.localDomains": options.hosts.join(","),
    // the extension's internal UUID, fixed, so that the tests know its pages' addresses
    "extensions.webextensions.uuids": JSON.stringify({ [options.id]: options.uuid }),
  },
});
const id = await browser.installExtension(options.extension);
let page = await browser.newPage();
page.setDefaultTimeout(10_000);

/** @type {Record<string, (command: any) => Promise<unknown>>} */
const operations = {
  async newPage() {
    await page.close();
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
  },
  async goto({ url }) {
    await page.goto(url, { waitUntil: "domcontentloaded" });
  },
  async openExtensionPage({ path, ready }) {
    // Just installed, the add-on may not serve its pages yet (a fresh-clone run once waited 10 s
    // on a page that never filled): load it again until the element is there, for up to 20 s.
    const deadline = Date.now() + 20_000;
    for (;;) {
      page.goto(`moz-extension://${options.uuid}/${path}`).catch(() => {}); // never reported done
      try {
        await page.waitForSelector(ready, { timeout: 4_000 });
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    }
  },
  async fill({ selector, value }) {
    await page.locator(selector).fill(value);
  },
  async click({ selector }) {
    await page.locator(selector).click();
  },
  async type({ text }) {
    await page.keyboard.type(text);
  },
  async key({ key }) {
    await page.keyboard.press(key);
  },
  async insertText({ text }) {
    await page.keyboard.type(text); // BiDi cannot insert more than one character at once
  },
  async evalOnSelectorAll({ selector, js }) {
    return page.$$eval(selector, new Function(`return (${js});`)());
  },
  async evaluate({ js, arg }) {
    // As Playwright takes them: a function's source (called with arg), or an expression.
    if (!/^\s*(async\s+)?(function\b|\(|[\w$]+\s*=>)/.test(js)) return page.evaluate(js);
    const fn = new Function(`return (${js});`)();
    return arg === undefined ? page.evaluate(fn) : page.evaluate(fn, arg);
  },
  async screenshot({ path }) {
    await page.screenshot({ path });
  },
};

process.stdout.write(JSON.stringify({ ready: true, id }) + "\n");
for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line);
  let answer;
  try {
    answer = { ok: true, value: (await operations[command.op](command)) ?? null };
  } catch (error) {
    answer = { ok: false, error: String(error instanceof Error ? error.message : error) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
}
await browser.close();
