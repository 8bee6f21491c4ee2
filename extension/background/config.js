// @ts-check
/**
 * What the extension keeps in `storage.local`: where the service is, the pairing token, which
 * sites are on, the user's "never flag" words and pack choices made while offline. Never any post
 * text.
 */
import "../shared/protocol.js";

const { DEFAULT_SERVICE_URL } = /** @type {any} */ (globalThis).SecondLookProtocol;
const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;

/**
 * @typedef {{serviceUrl: string, token: string, disabledSites: Record<string, boolean>,
 *   enabledSites: Record<string, boolean>, allowlist: string[], offlinePacks: Record<string, boolean>}} Config
 */

/** @type {Config} */
const DEFAULTS = {
  serviceUrl: DEFAULT_SERVICE_URL,
  token: "",
  disabledSites: {},
  enabledSites: {},
  allowlist: [],
  offlinePacks: {},
};

/** @type {Promise<Config> | null} read once, then kept until storage changes */
let loaded = null;
api.storage.onChanged?.addListener(() => { loaded = null; });

/** @returns {Promise<Config>} */
export function loadConfig() {
  loaded ??= api.storage.local.get(Object.keys(DEFAULTS)).then((/** @type {any} */ stored) => ({ ...DEFAULTS, ...stored }));
  return loaded;
}

/** @param {Partial<Config>} changes */
export async function saveConfig(changes) {
  loaded = null;
  await api.storage.local.set(changes);
  loaded = null;
}
