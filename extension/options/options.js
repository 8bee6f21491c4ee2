// @ts-check
import { describeStatus, renderPacks } from "../shared/ui.js";

const { send, KINDS, DEFAULT_SERVICE_URL } = /** @type {any} */ (globalThis).SecondLookProtocol;
const $ = (/** @type {string} */ selector) => /** @type {HTMLInputElement} */ (document.querySelector(selector));

/** @param {any} status */
function showResult(status) {
  const line = describeStatus(status);
  $("[data-secondlook-result]").textContent = line.text;
  $("[data-secondlook-result]").classList.toggle("ok", line.ok);
  $("[data-secondlook-result]").setAttribute("data-state", status.paired ? "connected" : status.reachable ? "unpaired" : "offline");
}

let edited = false; // what the user types wins over the saved address that arrives later
$("[data-secondlook-service-url]").addEventListener("input", () => { edited = true; });

async function start() {
  const status = await send(KINDS.status);
  if (edited) return;
  $("[data-secondlook-service-url]").value = status.url ?? DEFAULT_SERVICE_URL;
  showResult(status);
  await renderPacks($("[data-secondlook-packs]")).catch(() => undefined);
}

$("[data-secondlook-pairing]").addEventListener("submit", async (event) => {
  event.preventDefault();
  const url = $("[data-secondlook-service-url]").value.trim() || DEFAULT_SERVICE_URL;
  const token = $("[data-secondlook-token]").value.trim();
  $("[data-secondlook-result]").textContent = "Testing…";
  const result = await send(KINDS.connect, { url, token });
  showResult({ ...result, url });
  if (result.paired) {
    $("[data-secondlook-token]").value = "";
    await renderPacks($("[data-secondlook-packs]")).catch(() => undefined);
  }
});

start();
