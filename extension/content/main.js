// @ts-check
/**
 * The content script's entry: picks this page's adapter, attaches a session to every compose box
 * it finds (now and as the page adds or replaces them), polls the settings while a compose box
 * is open, and holds the capture-phase listeners of the pre-post check.
 */
(function (SL) {
  if (SL.started) return; // injected twice (declared and registered): one instance is enough
  SL.started = true;
  const { send, KINDS } = /** @type {any} */ (globalThis).SecondLookProtocol;
  const POLL_MS = 1000;

  const adapter = SL.sites.forPage(location, document);
  if (!adapter) return;

  /** @type {Map<Element, any>} */
  const sessions = new Map();

  const page = {
    site: location.hostname,
    /** false until the service worker says this site is on and checking is not paused */
    active: false,
    etag: /** @type {string | null} */ (null),
    bypass: false,
    renderQueued: false,
    scheduleRender() {
      if (page.renderQueued) return;
      page.renderQueued = true;
      requestAnimationFrame(() => {
        page.renderQueued = false;
        for (const session of sessions.values()) session.overlay.render();
      });
    },
    pollSoon() {
      setTimeout(poll, 50);
    },
    /** Post through the site's own control, letting our own listener step aside once. */
    replay(/** @type {() => void} */ action) {
      page.bypass = true;
      try {
        action();
      } finally {
        page.bypass = false;
      }
    },
  };

  // -- compose boxes ---------------------------------------------------------------------------

  function scan() {
    const present = new Set(adapter.editors(document));
    for (const [editor, session] of sessions) {
      if (!editor.isConnected || !present.has(editor)) {
        session.destroy();
        sessions.delete(editor);
      }
    }
    for (const editor of present) {
      if (!sessions.has(editor)) sessions.set(editor, new SL.EditorSession(editor, adapter, page));
    }
    if (sessions.size && !polling) startPolling();
  }

  let scanQueued = false;
  const queueScan = () => {
    if (scanQueued) return;
    scanQueued = true;
    setTimeout(() => { scanQueued = false; scan(); }, 100);
  };
  new MutationObserver(queueScan).observe(document.documentElement, { childList: true, subtree: true });

  // -- settings --------------------------------------------------------------------------------

  let polling = false;
  async function poll() {
    if (!sessions.size) return;
    let answer;
    try {
      answer = await send(KINDS.settings, { site: page.site });
    } catch {
      return; // the worker is restarting; the next poll will do
    }
    const active = answer.siteEnabled && !answer.paused;
    const changed = answer.etag !== page.etag || active !== page.active;
    page.etag = answer.etag;
    page.active = active;
    if (changed) for (const session of sessions.values()) session.refresh();
  }

  function startPolling() {
    polling = true;
    poll();
    setInterval(() => { if (!document.hidden) poll(); }, POLL_MS);
  }

  // -- the pre-post check ----------------------------------------------------------------------

  /** @param {EventTarget | null} target */
  function sessionForButton(target) {
    if (!(target instanceof Node)) return null;
    for (const session of sessions.values()) {
      const button = session.submitButton();
      if (button && button.contains(target)) return { session, button };
    }
    return null;
  }

  /** @param {Event} event */
  function stop(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  window.addEventListener("click", (event) => {
    if (page.bypass) return;
    const hit = sessionForButton(event.target);
    if (hit && hit.session.guard(() => /** @type {HTMLElement} */ (hit.button).click())) stop(event);
  }, { capture: true });

  window.addEventListener("keydown", (event) => {
    if (page.bypass || event.key !== "Enter" || event.isComposing) return;
    const onButton = sessionForButton(event.target);
    if (onButton) {
      if (onButton.session.guard(() => /** @type {HTMLElement} */ (onButton.button).click())) stop(event);
      return;
    }
    const session = [...sessions.values()].find((s) => event.target instanceof Node && s.editor.contains(event.target));
    if (!session) return;
    const modified = event.ctrlKey || event.metaKey;
    const plainEnterPosts = !event.shiftKey && !modified && session.adapter.enterSubmits?.(session.editor);
    if (!modified && !plainEnterPosts) return;
    const button = session.submitButton();
    const init = { key: "Enter", code: "Enter", keyCode: 13, which: 13, ctrlKey: event.ctrlKey, metaKey: event.metaKey, bubbles: true, cancelable: true };
    const replay = () => (button && !plainEnterPosts ? button.click() : session.editor.dispatchEvent(new KeyboardEvent("keydown", init)));
    if (session.guard(replay)) stop(event);
  }, { capture: true });

  // -- following the page ------------------------------------------------------------------------

  window.addEventListener("scroll", () => page.scheduleRender(), { capture: true, passive: true });
  window.addEventListener("resize", () => page.scheduleRender(), { passive: true });
  document.addEventListener("visibilitychange", () => { if (!document.hidden) poll(); });

  scan();
})(/** @type {any} */ (globalThis).SecondLook);
