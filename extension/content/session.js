// @ts-check
/**
 * One attached compose box: reads its text, checks it ~400 ms after typing stops (through the
 * service worker), keeps underlines in step with typing, applies fixes through the editor's own
 * input path, and guards its submission when critical findings remain. Every listener and
 * observer hangs on one AbortSignal, dropped when the editor goes away.
 */
(function (SL) {
  const DEBOUNCE_MS = 400;
  const CACHE_SIZE = 50;
  const { send, KINDS } = /** @type {any} */ (globalThis).SecondLookProtocol;

  /** @param {number} ms */
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /**
   * Move findings to follow an edit: those before the changed stretch stay, those after it
   * shift, those touching it go until the next check.
   * @param {any[]} findings @param {string} before @param {string} after
   */
  function followEdit(findings, before, after) {
    const limit = Math.min(before.length, after.length);
    let prefix = 0;
    while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < limit - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
    const changedEnd = before.length - suffix;
    const delta = after.length - before.length;
    return findings.flatMap((f) => {
      if (f.end <= prefix) return [f];
      if (f.start >= changedEnd) return [{ ...f, start: f.start + delta, end: f.end + delta, key: `${f.rule}:${f.start + delta}:${f.end + delta}` }];
      return [];
    });
  }

  class EditorSession {
    /** @param {Element} editor @param {any} adapter @param {any} page */
    constructor(editor, adapter, page) {
      this.editor = /** @type {HTMLElement} */ (editor);
      this.adapter = adapter;
      this.page = page;
      this.controller = new AbortController();
      this.signal = this.controller.signal;
      this.plain = SL.textMap.isPlainField(editor);
      this.text = SL.textMap.readText(editor);
      this.checkedText = null;
      /** @type {any[]} */ this.findings = [];
      this.status = "checking";
      this.label = "";
      this.sequence = 0;
      /** @type {Map<string, any>} */ this.cache = new Map();
      /** @type {Set<string>} */ this.ignored = new Set();
      /** @type {Promise<void> | null} */ this.inFlight = null;
      this.overlay = new SL.Overlay({
        editor, signal: this.signal, textMap: () => this.textMap(), avoid: () => this.submitButton(),
        actions: {
          apply: (/** @type {any} */ f, /** @type {string} */ r) => this.apply(f, r),
          ignore: (/** @type {any} */ f) => this.ignore(f),
          neverFlag: (/** @type {any} */ f) => this.neverFlag(f),
          reveal: (/** @type {any} */ f) => this.reveal(f),
        },
      });
      if (this.plain) this.mirror = new SL.textMap.Mirror(editor, this.overlay.shadow);
      this.watch();
      this.scheduleCheck();
    }

    textMap() {
      return this.mirror ? this.mirror.sync() : SL.textMap.mapRich(this.editor);
    }

    watch() {
      const { signal } = this;
      const changed = () => this.onChange();
      this.editor.addEventListener("input", changed, { signal });
      const mutations = new MutationObserver(changed);
      mutations.observe(this.editor, { characterData: true, childList: true, subtree: true });
      const resizes = new ResizeObserver(() => this.page.scheduleRender());
      resizes.observe(this.editor);
      signal.addEventListener("abort", () => {
        mutations.disconnect();
        resizes.disconnect();
        clearTimeout(this.timer);
        this.mirror?.remove();
      }, { once: true });
      this.editor.addEventListener("keydown", (e) => {
        if (e.altKey && e.shiftKey && (e.key === "L" || e.key === "l")) { // keyboard route to the findings
          e.preventDefault();
          this.overlay.openPanel();
        }
      }, { signal });
    }

    destroy() {
      this.controller.abort();
    }

    onChange() {
      const text = SL.textMap.readText(this.editor);
      if (text === this.text) {
        this.page.scheduleRender();
        return;
      }
      this.overlay.typing();
      this.findings = followEdit(this.findings, this.text, text);
      this.text = text;
      if (!text) this.ignored.clear(); // posted or cleared: start afresh
      this.scheduleCheck();
    }

    /** Settings changed (packs, overrides, allowlist, pause, site): check again from scratch. */
    refresh() {
      this.cache.clear();
      this.checkedText = null;
      this.scheduleCheck();
    }

    scheduleCheck() {
      clearTimeout(this.timer);
      this.sequence++;
      if (!this.page.active) {
        this.show("off", []);
        return;
      }
      if (this.status !== "offline") this.status = "checking";
      this.draw();
      this.timer = setTimeout(() => { this.inFlight = this.check(); }, DEBOUNCE_MS);
    }

    async check() {
      const started = performance.now();
      const text = this.text;
      const sequence = ++this.sequence;
      if (!this.page.active) return this.show("off", []);
      if (!text.trim()) {
        this.checkedText = text;
        return this.show(this.status === "offline" ? "offline" : "clear", []);
      }
      let answer = this.cache.get(text);
      const cached = Boolean(answer);
      if (!answer) {
        try {
          answer = await send(KINDS.check, { text, site: this.page.site });
        } catch {
          answer = { status: "offline", findings: [], label: "extension restarting" };
        }
        if (answer.status === "ok") this.remember(text, answer);
      }
      if (sequence !== this.sequence || text !== this.text) return; // newer text is on its way
      this.checkedText = text;
      const findings = answer.findings.map((/** @type {any} */ f) => ({ ...f, key: `${f.rule}:${f.start}:${f.end}` }));
      const status = answer.status === "ok" ? null : answer.status === "paused" ? "off" : answer.status;
      this.label = answer.label ?? "";
      this.show(status, findings);
      this.overlay.setLatency(performance.now() - started, cached ? undefined : answer.took_ms);
    }

    /** @param {string} text @param {any} answer */
    remember(text, answer) {
      this.cache.set(text, answer);
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value);
    }

    /** @param {string | null} status "off" / "offline", or null to derive it from the findings */
    show(status, findings) {
      this.findings = findings;
      this.status = status ?? "ok";
      this.draw();
    }

    visible() {
      return this.findings.filter((f) => !this.ignored.has(`${f.rule}|${f.text}`));
    }

    draw() {
      const visible = this.visible();
      let state = this.status;
      if (state === "ok") state = SL.countIssues(visible) ? "issues" : "clear";
      this.overlay.update({ state, findings: state === "off" ? [] : visible, label: this.label });
    }

    // -- actions from the card -------------------------------------------------------------------

    /** Select the finding's words in the editor, then type the replacement the editor's own way. */
    /** @param {any} finding @param {string} replacement */
    async apply(finding, replacement) {
      if (this.text.slice(finding.start, finding.end) !== finding.text) return; // text moved on
      this.editor.focus();
      if (this.plain) {
        const field = /** @type {HTMLTextAreaElement} */ (/** @type {unknown} */ (this.editor));
        field.setSelectionRange(finding.start, finding.end);
        if (!document.execCommand("insertText", false, replacement)) {
          field.setRangeText(replacement, finding.start, finding.end, "end");
          field.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText", data: replacement }));
        }
        return;
      }
      this.select(finding);
      await sleep(30); // the editor reads the new selection from `selectionchange`
      if (document.execCommand("insertText", false, replacement)) return;
      const event = new InputEvent("beforeinput", { bubbles: true, cancelable: true, inputType: "insertReplacementText", data: replacement });
      this.editor.dispatchEvent(event);
    }

    /** @param {any} finding */
    select(finding) {
      const range = SL.textMap.rangeFor(SL.textMap.mapRich(this.editor), finding.start, finding.end);
      if (!range) return;
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }

    /** Put the caret on a finding and bring it into view. @param {any} finding */
    reveal(finding) {
      this.editor.focus();
      if (this.plain) {
        /** @type {HTMLTextAreaElement} */ (/** @type {unknown} */ (this.editor)).setSelectionRange(finding.start, finding.end);
      } else {
        this.select(finding);
        getSelection()?.getRangeAt(0)?.startContainer.parentElement?.scrollIntoView({ block: "nearest" });
      }
    }

    /** @param {any} finding */
    ignore(finding) {
      this.ignored.add(`${finding.rule}|${finding.text}`);
      this.draw();
    }

    /** @param {any} finding */
    async neverFlag(finding) {
      this.ignored.add(`${finding.rule}|${finding.text}`);
      this.draw();
      await send(KINDS.neverFlag, { term: finding.text }).catch(() => undefined);
      this.page.pollSoon();
    }

    // -- the pre-post check ----------------------------------------------------------------------

    submitButton() {
      return this.adapter.submit(this.editor);
    }

    criticals() {
      return this.visible().filter((f) => f.severity === "critical");
    }

    /**
     * Called from the page's capture-phase listener when this editor is about to be posted.
     * Decides on the findings known now (moved along with any typing since the last check), so
     * a post without a critical finding is never held up. Returns true when the event must be
     * stopped because the dialog takes over.
     * @param {() => void} replay posts through the site's own control
     */
    guard(replay) {
      if (this.gateOpen) return true;
      if (!this.page.active || !this.text.trim()) return false;
      const critical = this.criticals();
      if (!critical.length) return false;
      this.gateOpen = true;
      this.overlay.askBeforePosting(critical).then((choice) => {
        this.gateOpen = false;
        if (choice === "post-anyway") {
          this.page.replay(replay);
        } else {
          this.reveal(critical[0]);
          this.overlay.openCard(critical[0], { focus: false });
        }
      });
      return true;
    }
  }

  SL.EditorSession = EditorSession;
  SL.followEdit = followEdit;
})(/** @type {any} */ (globalThis).SecondLook);
