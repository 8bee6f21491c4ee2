// @ts-check
/**
 * The service worker: the only part of the extension that talks to the local service. One
 * handler per message kind of shared/protocol.js. When the service cannot be reached or is not
 * paired, checks run in the offline engine over the exported regex/terms rules, and every later
 * check and settings poll tries the service again, so the extension reconnects by itself.
 */
import "../shared/protocol.js";
import { loadConfig, saveConfig } from "./config.js";
import { ServiceClient, ServiceError } from "./service.js";
import { OfflineEngine } from "../engine/engine.js";

const { KINDS, OFFLINE_LABEL, isLoopbackUrl } = /** @type {any} */ (globalThis).SecondLookProtocol;
const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;

const CACHE_SIZE = 200;
const SETTINGS_FRESH_MS = 600;

/** In memory only: post text never reaches storage. */
const state = {
  /** @type {any | null} the service's last /v1/settings answer */
  settings: null,
  /** @type {string | null} */
  etag: null,
  settingsAt: 0,
  online: false,
  reason: "not checked yet",
  /** @type {Map<string, any>} text -> service answer; cleared whenever settings change */
  cache: new Map(),
  /** @type {Promise<OfflineEngine> | null} */
  engine: null,
};

function offlineEngine() {
  state.engine ??= fetch(api.runtime.getURL("engine/rules.json"))
    .then((r) => r.json())
    .then((rules) => new OfflineEngine(rules));
  return state.engine;
}

async function client() {
  const config = await loadConfig();
  return { config, service: new ServiceClient(config.serviceUrl, config.token) };
}

/** @param {boolean} online @param {string} reason */
function setOnline(online, reason = "") {
  if (online !== state.online) state.cache.clear();
  state.online = online;
  state.reason = reason;
}

/** @param {unknown} error */
function offlineReason(error) {
  if (error instanceof ServiceError && error.unpaired) return "not paired: paste the token in the options";
  return error instanceof Error ? error.message : "unreachable";
}

// -- sites -------------------------------------------------------------------------------------

/** Host patterns of the built-in adapters, straight from the manifest. */
function builtinHosts() {
  const scripts = api.runtime.getManifest().content_scripts ?? [];
  return scripts.flatMap((/** @type {any} */ s) => s.matches)
    .map((/** @type {string} */ m) => m.replace(/^[^:]+:\/\//, "").replace(/\/.*$/, ""));
}

/** @param {string} site */
function isBuiltin(site) {
  return builtinHosts().some((host) =>
    host.startsWith("*.") ? site === host.slice(2) || site.endsWith(host.slice(1)) : site === host);
}

/** @param {string} site */
async function siteEnabled(site) {
  const config = await loadConfig();
  return isBuiltin(site) ? !config.disabledSites[site] : Boolean(config.enabledSites[site]);
}

/** @param {string} site */
function scriptId(site) {
  return `site:${site}`;
}

// -- settings ------------------------------------------------------------------------------------

/** Poll /v1/settings with the ETag (at most every SETTINGS_FRESH_MS, however many tabs ask). */
async function refreshSettings() {
  if (Date.now() - state.settingsAt < SETTINGS_FRESH_MS) return;
  state.settingsAt = Date.now();
  try {
    const { config, service } = await client();
    if (!config.token) throw new ServiceError("not paired", 401);
    const { etag, data } = await service.settings(state.etag);
    if (data) {
      state.settings = data;
      state.etag = etag;
      state.cache.clear();
    }
    setOnline(true);
  } catch (error) {
    setOnline(false, offlineReason(error));
  }
}

function paused() {
  return Boolean(state.online && state.settings?.paused);
}

/** The options the offline engine runs with: the service's last settings, else local choices. */
async function offlineOptions() {
  const config = await loadConfig();
  const engine = await offlineEngine();
  const known = state.settings;
  const packs = known
    ? Object.entries(known.packs).filter(([, on]) => on).map(([id]) => id)
    : engine.packs.filter((p) => config.offlinePacks[p.id] ?? p.default_enabled).map((p) => p.id);
  return {
    packs,
    overrides: known?.rule_overrides ?? {},
    allowlist: [...(known?.allowlist ?? []), ...config.allowlist],
    alwaysFlag: known?.always_flag ?? [],
  };
}

/** A fingerprint of everything that changes what a check returns, for the content script. */
async function settingsKey() {
  const config = await loadConfig();
  return [state.online ? state.etag : "offline", config.allowlist.length, JSON.stringify(config.offlinePacks)].join("|");
}

// -- handlers ------------------------------------------------------------------------------------

/** @type {Record<string, (message: any, sender: any) => Promise<Record<string, any>>>} */
const handlers = {
  async [KINDS.check]({ text, site }) {
    if (!(await siteEnabled(site))) return { status: "off", findings: [] };
    if (typeof text !== "string" || !text.trim()) return { status: state.online ? "ok" : "offline", findings: [] };
    if (paused()) return { status: "paused", findings: [] };
    const config = await loadConfig();
    const local = new Set(config.allowlist.map((w) => w.toLowerCase()));
    const keep = (/** @type {any} */ f) => !local.has(f.text.toLowerCase());
    const cached = state.cache.get(text);
    if (cached) return cached;
    try {
      if (!config.token) throw new ServiceError("not paired", 401);
      const answer = await new ServiceClient(config.serviceUrl, config.token).check(text);
      setOnline(true);
      const result = answer.paused
        ? { status: "paused", findings: [] }
        : { status: "ok", findings: answer.findings.filter(keep) };
      remember(text, result);
      return { ...result, took_ms: answer.took_ms };
    } catch (error) {
      setOnline(false, offlineReason(error));
      const engine = await offlineEngine();
      const findings = engine.analyze(text, await offlineOptions()).filter(keep);
      return { status: "offline", findings, reason: state.reason, label: OFFLINE_LABEL };
    }
  },

  async [KINDS.settings]({ site }) {
    await refreshSettings();
    return { etag: await settingsKey(), paused: paused(), siteEnabled: await siteEnabled(site), online: state.online };
  },

  async [KINDS.status]() {
    const { config, service } = await client();
    return probe(service, config.serviceUrl, config.token);
  },

  async [KINDS.connect]({ url, token }) {
    if (!isLoopbackUrl(url)) return { reachable: false, paired: false, reason: "the address must be http://127.0.0.1:PORT or http://localhost:PORT" };
    const result = await probe(new ServiceClient(url, token), url, token);
    if (result.paired) {
      await saveConfig({ serviceUrl: url, token });
      state.etag = null;
      state.settingsAt = 0;
      state.cache.clear();
      await refreshSettings();
    }
    return result;
  },

  async [KINDS.packs]() {
    try {
      const { service } = await client();
      const { packs } = await service.packs();
      return { packs, source: "service" };
    } catch {
      const config = await loadConfig();
      const engine = await offlineEngine();
      const packs = engine.packs.map((p) => ({
        id: p.id, title: p.title, description: p.description,
        enabled: config.offlinePacks[p.id] ?? p.default_enabled,
      }));
      return { packs, source: "offline" };
    }
  },

  async [KINDS.setPack]({ id, enabled }) {
    const config = await loadConfig();
    try {
      await new ServiceClient(config.serviceUrl, config.token).setPack(id, Boolean(enabled));
      state.settingsAt = 0;
      await refreshSettings();
    } catch {
      await saveConfig({ offlinePacks: { ...config.offlinePacks, [id]: Boolean(enabled) } });
    }
    state.cache.clear();
    return handlers[KINDS.packs]({}, null);
  },

  async [KINDS.site]({ site }) {
    const registered = await api.scripting.getRegisteredContentScripts({ ids: [scriptId(site)] })
      .catch(() => []);
    return { enabled: await siteEnabled(site), builtin: isBuiltin(site), registered: registered.length > 0 };
  },

  async [KINDS.setSite]({ site, enabled, tabId }) {
    const config = await loadConfig();
    if (isBuiltin(site)) {
      const disabledSites = { ...config.disabledSites };
      if (enabled) delete disabledSites[site];
      else disabledSites[site] = true;
      await saveConfig({ disabledSites });
      return { enabled: Boolean(enabled) };
    }
    const enabledSites = { ...config.enabledSites };
    const id = scriptId(site);
    await api.scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
    if (enabled) {
      enabledSites[site] = true;
      const files = api.runtime.getManifest().content_scripts[0].js;
      const matches = [`https://${site}/*`, `http://${site}/*`];
      await api.scripting.registerContentScripts([{ id, matches, js: files, runAt: "document_idle", allFrames: false }]);
      if (tabId !== undefined) await api.scripting.executeScript({ target: { tabId }, files }).catch(() => undefined);
    } else {
      delete enabledSites[site];
    }
    await saveConfig({ enabledSites });
    return { enabled: Boolean(enabled) };
  },

  async [KINDS.neverFlag]({ term }) {
    const word = String(term ?? "").trim();
    if (!word) throw new Error("nothing to allow");
    const config = await loadConfig();
    const allowlist = [...new Set([...config.allowlist, word])];
    await saveConfig({ allowlist });
    state.cache.clear();
    try {
      // The service's allowlist too, so the tray and other browsers agree; a PATCH replaces the list.
      const service = new ServiceClient(config.serviceUrl, config.token);
      const { data } = await service.settings(null);
      const merged = [...new Set([...(data?.allowlist ?? []), word])];
      await service.patchSettings({ allowlist: merged });
      state.settingsAt = 0;
      await refreshSettings();
    } catch { /* offline or refused: the local list applies */ }
    return { allowlist };
  },
};

/** @param {ServiceClient} service @param {string} url @param {string} token */
async function probe(service, url, token) {
  try {
    const health = await service.health();
    if (!token) return { reachable: true, paired: false, health, url, reason: "not paired: paste the token" };
    await service.settings(null);
    return { reachable: true, paired: true, health, url };
  } catch (error) {
    const reachable = error instanceof ServiceError && error.status > 0;
    return { reachable, paired: false, url, reason: offlineReason(error) };
  }
}

/** @param {string} text @param {any} result */
function remember(text, result) {
  state.cache.delete(text);
  state.cache.set(text, result);
  if (state.cache.size > CACHE_SIZE) state.cache.delete(state.cache.keys().next().value);
}

api.runtime.onMessage.addListener((/** @type {any} */ message, /** @type {any} */ sender, /** @type {(a: any) => void} */ reply) => {
  const handler = handlers[message?.kind];
  if (!handler) return false;
  handler(message, sender).then(
    (answer) => reply({ ok: true, ...answer }),
    (error) => reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
  return true; // the answer comes asynchronously
});
