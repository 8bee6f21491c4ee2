// Drives a real Firefox for the e2e tests of the Firefox build, one command per line.
//
// Playwright drives only its own patched Firefox, which cannot be downloaded here; Puppeteer
// drives a stock Firefox over WebDriver BiDi and installs extensions through it. This script
// gives pytest (firefox.py) the handful of page operations the shared e2e harness uses.
//
//   node firefox_driver.mjs '{"firefox": PATH, "extension": DIR, "hosts": ["x.com", ...]}'
//
// Every host in "hosts" resolves to 127.0.0.1 (network.dns.localDomains); the fixture server's
// self-signed certificate is accepted. It prints {"ready": true, "id": ADDON_ID} once the
// extension is installed, then reads one JSON command per line from stdin and answers each with
// one JSON line: {"ok": true, "value": ...} or {"ok": false, "error": MESSAGE}.

import { createInterface } from "node:readline";
import puppeteer from "puppeteer-core";

const options = JSON.parse(process.argv[2]);
const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: options.firefox,
  headless: true,
  acceptInsecureCerts: true,
  defaultViewport: { width: 1280, height: 800 },
  extraPrefsFirefox: { "network.dns.localDomains": options.hosts.join(",") },
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
  async click({ selector }) {
    await page.locator(selector).click();
  },
  async press({ selector, key }) {
    await page.locator(selector).click();
    await page.keyboard.press(key);
  },
  async type({ text }) {
    await page.keyboard.type(text);
  },
  async key({ key }) {
    await page.keyboard.press(key);
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
