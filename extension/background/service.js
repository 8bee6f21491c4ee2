// @ts-check
/**
 * The HTTP client of the local service (see DEVELOPERS.md "The HTTP contract"). Only the service
 * worker uses it: content scripts are bound by the page's CORS, and only this side holds the
 * token. It refuses any address that is not the loopback interface.
 */
import "../shared/protocol.js";

const { isLoopbackUrl } = /** @type {any} */ (globalThis).SecondLookProtocol;

export class ServiceError extends Error {
  /** @param {string} message @param {number} status @param {string} code */
  constructor(message, status = 0, code = "unreachable") {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** The service answered but does not know our token. */
  get unpaired() {
    return this.status === 401;
  }
}

export class ServiceClient {
  /** @param {string} url @param {string} token */
  constructor(url, token) {
    if (!isLoopbackUrl(url)) throw new ServiceError("the service address must be http://127.0.0.1 or localhost", 0, "bad_url");
    this.base = url.replace(/\/+$/, "");
    this.token = token;
  }

  /**
   * @param {string} method @param {string} path
   * @param {{body?: any, headers?: Record<string, string>, timeoutMs?: number}} [options]
   * @returns {Promise<Response>}
   */
  async request(method, path, { body, headers = {}, timeoutMs = 4000 } = {}) {
    const allHeaders = { ...headers };
    if (this.token) allHeaders.Authorization = `Bearer ${this.token}`;
    if (body !== undefined) allHeaders["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetch(this.base + path, {
        method,
        headers: allHeaders,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
        cache: "no-store",
        credentials: "omit",
      });
    } catch (error) {
      throw new ServiceError(`the local service is not reachable (${/** @type {Error} */ (error).message})`);
    }
    if (!response.ok && response.status !== 304) {
      let message = `HTTP ${response.status}`;
      let code = "http";
      try {
        const data = await response.json();
        message = data.error?.message ?? message;
        code = data.error?.code ?? code;
      } catch { /* not JSON: keep the status line */ }
      throw new ServiceError(message, response.status, code);
    }
    return response;
  }

  /** @param {string} method @param {string} path @param {any} [body] */
  async json(method, path, body) {
    const response = await this.request(method, path, { body });
    return response.json();
  }

  health() {
    return this.json("GET", "/v1/health");
  }

  /** @param {string} text */
  check(text) {
    return this.json("POST", "/v1/check", { text, offsets: "utf16" });
  }

  /** @param {string | null} etag @returns {Promise<{etag: string, data: any | null}>} */
  async settings(etag) {
    const response = await this.request("GET", "/v1/settings", {
      headers: etag ? { "If-None-Match": etag } : {},
      timeoutMs: 2000,
    });
    const tag = response.headers.get("ETag") ?? "";
    return { etag: tag, data: response.status === 304 ? null : await response.json() };
  }

  /** @param {Record<string, any>} changes */
  patchSettings(changes) {
    return this.json("PATCH", "/v1/settings", changes);
  }

  packs() {
    return this.json("GET", "/v1/packs");
  }

  /** @param {string} id @param {boolean} enabled */
  setPack(id, enabled) {
    return this.json("PUT", `/v1/packs/${encodeURIComponent(id)}`, { enabled });
  }
}
