// @ts-check
import { describeStatus, renderPacks } from "../shared/ui.js";

const { send, KINDS } = /** @type {any} */ (globalThis).SecondLookProtocol;
const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
const $ = (/** @type {string} */ selector) => /** @type {HTMLElement} */ (document.querySelector(selector));

async function showStatus() {
  const line = describeStatus(await send(KINDS.status));
  $("[data-secondlook-status]").textContent = line.text;
  $("[data-secondlook-status]").classList.toggle("ok", line.ok);
}

/** Per-site switch. Turning on a site without a built-in adapter asks for access to it first. */
async function showSite() {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  const toggle = /** @type {HTMLInputElement} */ ($("[data-secondlook-site-toggle]"));
  let url;
  try {
    url = new URL(tab?.url ?? "");
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    $("[data-secondlook-site]").textContent = "Not a web page";
    toggle.disabled = true;
    return;
  }
  const site = url.hostname;
  const info = await send(KINDS.site, { site });
  $("[data-secondlook-site]").textContent = site;
  $("[data-secondlook-site-note]").textContent = info.builtin ? "Built-in support" : "Text boxes on this site (generic or Mastodon)";
  toggle.checked = info.enabled;
  toggle.addEventListener("change", async () => {
    const enabled = toggle.checked;
    if (enabled && !info.builtin) {
      const granted = await api.permissions.request({ origins: [`${url.protocol}//${site}/*`] });
      if (!granted) {
        toggle.checked = false;
        return;
      }
    }
    await send(KINDS.setSite, { site, enabled, tabId: tab.id });
  });
}

$("[data-secondlook-open-options]").addEventListener("click", () => api.runtime.openOptionsPage());
showStatus();
showSite();
renderPacks($("[data-secondlook-packs]")).catch(() => undefined);
