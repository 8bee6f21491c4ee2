// @ts-check
// The settings page. It talks to the service's /v1 API with the pairing token, exactly like the
// extension: the tray's window passes the token in the URL fragment, a browser tab asks for it
// once. Settings are polled with their ETag, so a change made in the tray shows here at once.
"use strict";

const TOKEN_KEY = "secondlook.token";
const POLL_MS = 1500;
const SLOW_POLL_MS = 15000;
const PAUSE_SECONDS = 3600;
const SEVERITIES = ["off", "info", "warning", "critical"];
const MAX_TERM_LENGTH = 100;
const MAX_TERMS = 500;

const state = {
  /** @type {string | null} */ token: null,
  /** @type {any[]} */ packs: [],
  /** @type {any} */ settings: null,
  /** @type {string | null} */ etag: null,
  /** @type {any} */ health: null,
  /** @type {any} */ stats: null,
};

class ApiError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** @param {string} id @returns {any} */
const $ = (id) => document.getElementById(id);

// -- talking to the service ------------------------------------------------------------------

/**
 * @param {string} method @param {string} path @param {any} [body]
 * @param {Record<string, string>} [headers]
 * @returns {Promise<{status: number, data: any, etag: string | null}>}
 */
async function api(method, path, body, headers = {}) {
  const init = { method, cache: /** @type {RequestCache} */ ("no-store"), headers: { ...headers } };
  if (path !== "/v1/health") init.headers.Authorization = `Bearer ${state.token}`;
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, "Second Look is not answering. Is it still running?");
  }
  if (response.status === 304) return { status: 304, data: null, etag: response.headers.get("ETag") };
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const message = data?.error?.message ?? `HTTP ${response.status}`;
    if (response.status === 401) forgetToken("The pairing token was not accepted: it may have been regenerated.");
    throw new ApiError(response.status, message);
  }
  return { status: response.status, data, etag: response.headers.get("ETag") };
}

/** @param {Record<string, any>} changes */
async function changeSettings(changes) {
  const { data, etag } = await api("PATCH", "/v1/settings", changes);
  state.settings = data;
  state.etag = etag;
  renderSettings();
  return data;
}

async function pollSettings() {
  const headers = state.etag ? { "If-None-Match": state.etag } : {};
  const { status, data, etag } = await api("GET", "/v1/settings", undefined, headers);
  if (status !== 304) {
    state.settings = data;
    state.etag = etag;
    renderSettings();
  }
}

async function pollStatus() {
  const [health, stats] = await Promise.all([api("GET", "/v1/health"), api("GET", "/v1/stats")]);
  state.health = health.data;
  state.stats = stats.data;
  renderStatus();
  renderChart();
}

// -- the token --------------------------------------------------------------------------------

function takeTokenFromFragment() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match) return;
  localStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
  history.replaceState(null, "", location.pathname + location.search); // out of the address bar
}

/** @param {string} why */
function forgetToken(why) {
  localStorage.removeItem(TOKEN_KEY);
  state.token = null;
  showConnect(why);
}

/** @param {string} [why] */
function showConnect(why = "") {
  $("main").hidden = true;
  $("connect").hidden = false;
  $("token-input-error").textContent = why;
  document.body.dataset.state = "needs-token";
  $("token-input").focus();
}

async function connect(/** @type {SubmitEvent} */ event) {
  event.preventDefault();
  const value = $("token-input").value.trim();
  if (!value) {
    $("token-input-error").textContent = "Paste the pairing token first.";
    return;
  }
  state.token = value;
  try {
    await api("GET", "/v1/settings");
  } catch (error) {
    $("token-input-error").textContent = error instanceof ApiError && error.status === 401
      ? "That token was not accepted. Copy it again from the tray menu or `secondlook token`."
      : String(error.message);
    state.token = null;
    return;
  }
  localStorage.setItem(TOKEN_KEY, value);
  $("token-input").value = "";
  await start();
}

// -- rendering --------------------------------------------------------------------------------

/**
 * @param {string} tag @param {Record<string, any>} [props] @param {(Node | string)[]} [children]
 * @returns {any}
 */
function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("aria-") || key === "role" || key === "for") node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children);
  return node;
}

function renderPacks() {
  const container = $("packs");
  container.replaceChildren(...state.packs.map((pack) => {
    const titleId = `pack-${pack.id}-title`;
    const toggle = el("input", {
      type: "checkbox", role: "switch", id: `pack-${pack.id}-enabled`, dataset: { pack: pack.id },
    });
    toggle.addEventListener("change", () => run(() => changeSettings({ packs: { [pack.id]: toggle.checked } })));
    const rows = pack.rules.map((rule) => {
      const select = el("select", {
        id: `rule-${rule.id}`, dataset: { rule: rule.id },
        "aria-label": `Severity for ${rule.id}`,
      }, [
        el("option", { value: "" }, [`Default (${rule.severity})`]),
        ...SEVERITIES.map((s) => el("option", { value: s }, [s[0].toUpperCase() + s.slice(1)])),
      ]);
      select.addEventListener("change", () => run(() => changeSettings({
        rule_overrides: { [rule.id]: select.value || null },
      })));
      return el("tr", {}, [
        el("th", { scope: "row" }, [el("code", {}, [rule.id])]),
        el("td", {}, [rule.message]),
        el("td", {}, [select]),
      ]);
    });
    return el("article", { className: "pack", "aria-labelledby": titleId }, [
      el("div", { className: "pack-head" }, [
        el("h3", { id: titleId }, [pack.title]),
        el("label", { className: "switch", for: toggle.id }, [toggle, el("span", { className: "switch-label" }, ["On"])]),
      ]),
      el("p", { className: "pack-description" }, [pack.description]),
      el("details", {}, [
        el("summary", {}, [`Rules (${pack.rules.length})`]),
        el("table", { className: "rules" }, [
          el("caption", { className: "visually-hidden" }, [`Rules of ${pack.title}`]),
          el("thead", {}, [el("tr", {}, [
            el("th", { scope: "col" }, ["Rule"]),
            el("th", { scope: "col" }, ["What it flags"]),
            el("th", { scope: "col" }, ["Severity"]),
          ])]),
          el("tbody", {}, rows),
        ]),
      ]),
    ]);
  }));
}

function renderSettings() {
  const settings = state.settings;
  if (!settings) return;
  for (const pack of state.packs) {
    const toggle = $(`pack-${pack.id}-enabled`);
    if (!toggle) continue;
    toggle.checked = Boolean(settings.packs[pack.id]);
    toggle.nextElementSibling.textContent = toggle.checked ? "On" : "Off";
    for (const rule of pack.rules) {
      const select = $(`rule-${rule.id}`);
      if (select && document.activeElement !== select) select.value = settings.rule_overrides[rule.id] ?? "";
    }
  }
  for (const list of ["allowlist", "always_flag"]) renderTerms(list, settings[list]);
  renderPause();
}

/** @param {string} list @param {string[]} terms */
function renderTerms(list, terms) {
  const label = list === "allowlist" ? "Never flag" : "Always flag";
  const items = terms.map((term) => {
    const remove = el("button", { type: "button", className: "link", "aria-label": `Remove ${term} from ${label}` }, ["Remove"]);
    remove.addEventListener("click", () => run(() => changeSettings({
      [list]: state.settings[list].filter((/** @type {string} */ t) => t !== term),
    })));
    return el("li", {}, [el("span", { className: "term" }, [term]), remove]);
  });
  if (!items.length) items.push(el("li", { className: "empty" }, ["No words yet."]));
  $(`${list}-terms`).replaceChildren(...items);
}

function renderPause() {
  const paused = Boolean(state.settings?.paused);
  const until = paused ? new Date(state.settings.paused_until * 1000) : null;
  $("status-checking").textContent = until
    ? `Paused until ${until.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`
    : "On";
  $("pause").disabled = paused;
  $("resume").disabled = !paused;
}

function renderStatus() {
  const health = state.health;
  if (health) {
    $("status-model").textContent = health.model
      ? `${health.model} ${health.model_version ?? ""}`.trim()
      : "None: checking with rules only";
    $("status-version").textContent = health.version;
  }
  const last = state.stats?.last_check_at;
  const cell = $("status-last-check");
  cell.textContent = last ? timeAgo(last) : "Not since Second Look started";
  cell.title = last ? new Date(last * 1000).toLocaleString() : "";
}

/** @param {number} seconds since the epoch */
function timeAgo(seconds) {
  const ago = Math.max(0, Date.now() / 1000 - seconds);
  if (ago < 60) return "Just now";
  if (ago < 3600) return `${Math.round(ago / 60)} min ago`;
  if (ago < 86400) return `${Math.round(ago / 3600)} h ago`;
  return new Date(seconds * 1000).toLocaleString();
}

const SVG = "http://www.w3.org/2000/svg";

/** @param {string} tag @param {Record<string, string | number>} attrs */
function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

function renderChart() {
  const days = state.stats?.days ?? [];
  if (!days.length || !state.packs.length) return;
  const max = Math.max(1, ...days.flatMap((d) => Object.values(d.counts)));
  const label = (/** @type {string} */ iso) => new Date(`${iso}T12:00:00`).toLocaleDateString([], { weekday: "short" });
  const rows = state.packs.map((pack) => {
    const counts = days.map((d) => d.counts[pack.id] ?? 0);
    const total = counts.reduce((a, b) => a + b, 0);
    const chart = svg("svg", {
      viewBox: "0 0 154 48", width: 154, height: 48, role: "img",
      "aria-label": `${pack.title}: ${total} warning${total === 1 ? "" : "s"} in 7 days`,
      class: "bars",
    });
    counts.forEach((count, i) => {
      const height = Math.round((count / max) * 40);
      const bar = svg("rect", {
        x: i * 22 + 2, y: 44 - height, width: 18, height: Math.max(height, 1),
        class: count ? "bar" : "bar empty", "data-date": days[i].date, "data-count": count,
      });
      const tip = svg("title", {});
      tip.textContent = `${label(days[i].date)} ${days[i].date}: ${count}`;
      bar.append(tip);
      chart.append(bar);
    });
    return el("div", { className: "chart-row", dataset: { pack: pack.id } }, [
      el("span", { className: "chart-title" }, [pack.title]),
      chart,
      el("span", { className: "chart-total" }, [String(total)]),
    ]);
  });
  const table = el("table", { className: "chart-table" }, [
    el("thead", {}, [el("tr", {}, [
      el("th", { scope: "col" }, ["Pack"]),
      ...days.map((d) => el("th", { scope: "col" }, [label(d.date)])),
    ])]),
    el("tbody", {}, state.packs.map((pack) => el("tr", {}, [
      el("th", { scope: "row" }, [pack.title]),
      ...days.map((d) => el("td", {}, [String(d.counts[pack.id] ?? 0)])),
    ]))),
  ]);
  $("chart").replaceChildren(...rows, el("details", {}, [el("summary", {}, ["Show as a table"]), table]));
}

// -- custom terms -------------------------------------------------------------------------------

/** @param {string} list @param {string} raw @returns {string | null} what is wrong, if anything */
function termProblem(list, raw) {
  const term = raw.trim();
  if (!term) return "Type a word or phrase first.";
  if (term.length > MAX_TERM_LENGTH) return `Keep it under ${MAX_TERM_LENGTH} characters.`;
  if (/[\t\r\n]/.test(term)) return "One word or phrase per entry, without tabs or line breaks.";
  const current = state.settings[list];
  if (current.some((/** @type {string} */ t) => t.toLowerCase() === term.toLowerCase())) return `"${term}" is already in the list.`;
  if (current.length >= MAX_TERMS) return `The list is full (${MAX_TERMS} entries).`;
  return null;
}

async function addTerm(/** @type {SubmitEvent} */ event) {
  event.preventDefault();
  const form = /** @type {HTMLFormElement} */ (event.currentTarget);
  const list = form.dataset.list ?? "";
  const input = $(`${list}-input`);
  const error = $(`${list}-error`);
  const problem = termProblem(list, input.value);
  input.setAttribute("aria-invalid", problem ? "true" : "false");
  error.textContent = problem ?? "";
  if (problem) return input.focus();
  try {
    await changeSettings({ [list]: [...state.settings[list], input.value.trim()] });
    input.value = "";
    notice("Saved.");
  } catch (failure) {
    error.textContent = failure.message; // the service says exactly what it refused
    input.setAttribute("aria-invalid", "true");
  }
}

// -- pairing token ------------------------------------------------------------------------------

async function copyToken() {
  try {
    await navigator.clipboard.writeText(state.token ?? "");
  } catch {
    const field = $("token-value");
    field.type = "text";
    field.select();
    document.execCommand("copy");
    field.type = $("token-show").getAttribute("aria-pressed") === "true" ? "text" : "password";
  }
  notice("Pairing token copied.");
}

async function regenerateToken() {
  if (!confirm("Make a new pairing token? Extensions paired with the old one stop working until you paste the new one.")) return;
  const { data } = await api("POST", "/v1/token", {});
  state.token = data.token;
  localStorage.setItem(TOKEN_KEY, data.token);
  $("token-value").value = data.token;
  notice("New pairing token made. Paste it in the extension's options.");
}

function toggleTokenVisible() {
  const button = $("token-show");
  const visible = button.getAttribute("aria-pressed") !== "true";
  button.setAttribute("aria-pressed", String(visible));
  button.textContent = visible ? "Hide" : "Show";
  $("token-value").type = visible ? "text" : "password";
}

// -- wiring -------------------------------------------------------------------------------------

/** @param {string} message */
function notice(message) {
  $("notice").textContent = message;
  setTimeout(() => { if ($("notice").textContent === message) $("notice").textContent = ""; }, 4000);
}

/** Run an action, showing what went wrong instead of failing silently. @param {() => Promise<any>} action */
async function run(action) {
  try {
    $("problem").textContent = "";
    await action();
  } catch (error) {
    $("problem").textContent = String(error.message);
    await pollSettings().catch(() => {}); // put the controls back to what is really saved
  }
}

/** @param {() => Promise<any>} task @param {number} every */
function repeat(task, every) {
  const tick = async () => {
    if (state.token) {
      try {
        await task();
        if ($("problem").dataset.offline) $("problem").textContent = "";
        delete $("problem").dataset.offline;
      } catch (error) {
        if (error.status === 0) {
          $("problem").textContent = String(error.message);
          $("problem").dataset.offline = "1";
        }
      }
    }
    setTimeout(tick, every);
  };
  setTimeout(tick, every);
}

async function start() {
  state.token = localStorage.getItem(TOKEN_KEY);
  if (!state.token) return showConnect();
  try {
    const { data } = await api("GET", "/v1/packs");
    state.packs = data.packs;
    renderPacks();
    await Promise.all([pollSettings(), pollStatus()]);
  } catch (error) {
    if (error.status !== 401) $("problem").textContent = String(error.message);
    return;
  }
  $("token-value").value = state.token;
  $("connect").hidden = true;
  $("main").hidden = false;
  document.body.dataset.state = "ready";
}

function init() {
  takeTokenFromFragment();
  $("token-form").addEventListener("submit", connect);
  $("pairing-form").addEventListener("submit", (/** @type {Event} */ e) => e.preventDefault());
  for (const form of document.querySelectorAll(".term-form")) form.addEventListener("submit", addTerm);
  $("pause").addEventListener("click", () => run(() => changeSettings({ pause_for_seconds: PAUSE_SECONDS })));
  $("resume").addEventListener("click", () => run(() => changeSettings({ paused_until: null })));
  $("token-show").addEventListener("click", toggleTokenVisible);
  $("token-copy").addEventListener("click", () => run(copyToken));
  $("token-regenerate").addEventListener("click", () => run(regenerateToken));
  repeat(pollSettings, POLL_MS);
  repeat(pollStatus, SLOW_POLL_MS);
  start();
}

init();
