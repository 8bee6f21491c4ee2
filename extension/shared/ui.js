// @ts-check
/** Pieces shared by the popup and the options page; both talk to the worker through protocol.js. */
const { send, KINDS } = /** @type {any} */ (globalThis).SecondLookProtocol;

/** One line about the service: reachable, paired, model. @param {any} status */
export function describeStatus(status) {
  if (status.paired) {
    const h = status.health ?? {};
    const paused = h.paused ? " – paused" : "";
    const degraded = h.degraded ? " (limited: language model missing)" : "";
    return { ok: true, text: `Connected to Second Look ${h.version ?? ""} at ${status.url}${paused}${degraded}` };
  }
  if (status.reachable) return { ok: false, text: `Service found, but ${status.reason ?? "not paired"}` };
  return { ok: false, text: `Local service offline (${status.reason ?? "unreachable"}): limited check with the offline rules` };
}

/** Draw the packs as switches that write through to the service (or local choices offline). */
/** @param {HTMLElement} container */
export async function renderPacks(container) {
  const { packs, source } = await send(KINDS.packs);
  container.replaceChildren();
  for (const pack of packs) {
    const id = `pack-${pack.id}`;
    const row = document.createElement("label");
    row.className = "pack";
    row.htmlFor = id;
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = id;
    box.checked = pack.enabled;
    box.setAttribute("data-secondlook-pack-toggle", pack.id);
    box.addEventListener("change", async () => {
      box.disabled = true;
      try {
        await send(KINDS.setPack, { id: pack.id, enabled: box.checked });
      } finally {
        box.disabled = false;
      }
    });
    const text = document.createElement("span");
    text.innerHTML = "<strong></strong><small></small>";
    /** @type {HTMLElement} */ (text.firstChild).textContent = pack.title;
    /** @type {HTMLElement} */ (text.lastChild).textContent = pack.description ?? "";
    row.append(box, text);
    container.append(row);
  }
  if (source === "offline") {
    const note = document.createElement("p");
    note.className = "note";
    note.textContent = "Service offline: these choices apply to the offline check until it reconnects.";
    container.append(note);
  }
}
