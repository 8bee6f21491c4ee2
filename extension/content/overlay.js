// @ts-check
/**
 * The lint overlay: underlines, the card, the badge, the findings panel and the pre-post dialog,
 * drawn in an open shadow root on a `secondlook-overlay` host that sits beside the editor (a
 * child of <body>, never inside the editor: Draft.js and Lexical own their DOM). Boxes come from
 * Range.getClientRects() over each finding's offsets. It knows nothing about sites or the
 * service: the session gives it findings and a text map, and it calls back for actions.
 */
(function (SL) {
  const PACK_TITLES = { phi: "Patient privacy", advice: "Medical advice", tone: "Tone" };
  const BADGE_TEXT = {
    checking: () => "Second Look: checking…",
    clear: () => "✓ all clear",
    off: () => "Second Look off",
  };

  /**
   * @typedef {{key: string, pack: string, rule: string, severity: string, start: number, end: number,
   *   text: string, message: string, why: string, suggestion?: string, replacements: string[],
   *   details?: Array<{kind: string, label: string, start: number, end: number, text: string}>}} Finding
   * @typedef {{apply: (f: Finding, replacement: string) => void, ignore: (f: Finding) => void,
   *   neverFlag: (f: Finding) => void, reveal: (f: Finding) => void}} Actions
   */

  /** @param {string} tag @param {Record<string, string>} [attrs] @param {Array<Node | string>} [children] */
  function h(tag, attrs = {}, children = []) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    for (const child of children) el.append(child);
    return el;
  }

  /** @param {Finding[]} findings */
  function countIssues(findings) {
    return findings.filter((f) => f.severity !== "info").length;
  }

  /**
   * One line per message: the details of a PHI combination share theirs.
   * @param {Finding[]} findings @returns {Array<[Finding, string[]]>}
   */
  function groupByMessage(findings) {
    /** @type {Map<string, [Finding, string[]]>} */
    const groups = new Map();
    for (const f of findings) {
      const group = groups.get(f.message);
      if (group) group[1].push(f.text);
      else groups.set(f.message, [f, [f.text]]);
    }
    return [...groups.values()];
  }

  /**
   * The first spot ([left, top]) where a box of this size is in view and clear of `avoid`
   * (the site's Post button); else the first spot in view; else the first.
   * @param {number[][]} spots @param {number} width @param {number} height @param {Element | null} avoid
   */
  function firstSpot(spots, width, height, avoid) {
    const keepOut = avoid?.getBoundingClientRect();
    const inView = (/** @type {number[]} */ [, y]) => y >= 4 && y + height <= innerHeight - 4;
    const clear = (/** @type {number[]} */ [x, y]) => !keepOut || x + width <= keepOut.left || x >= keepOut.right
      || y + height <= keepOut.top || y >= keepOut.bottom;
    return spots.find((spot) => inView(spot) && clear(spot)) ?? spots.find(inView) ?? spots[0];
  }

  class Overlay {
    /**
     * @param {{editor: Element, signal: AbortSignal, textMap: () => {text: string, pieces: Array<{node: Text, start: number, end: number}>},
     *   actions: Actions, avoid?: () => Element | null}} options
     */
    constructor({ editor, signal, textMap, actions, avoid = () => null }) {
      this.editor = editor;
      /** @type {() => Element | null} the site's Post button, which cards must not cover */
      this.avoid = avoid;
      this.signal = signal;
      this.textMap = textMap;
      this.actions = actions;
      /** @type {Finding[]} */ this.findings = [];
      this.state = "checking";
      this.label = "";
      /** @type {Finding | null} */ this.cardFinding = null;
      this.pointer = { x: -1, y: -1 };
      this.host = document.createElement("secondlook-overlay");
      this.host.setAttribute("data-secondlook-editor", "");
      this.shadow = this.host.attachShadow({ mode: "open" });
      this.shadow.append(h("style", {}, [SL.overlayStyles]));
      this.clip = h("div", { class: "clip", part: "underlines" });
      this.badge = h("button", { class: "badge", type: "button", "data-secondlook-badge": "", "data-state": "checking",
        "aria-haspopup": "dialog", "aria-expanded": "false" });
      this.panel = h("div", { class: "panel", role: "dialog", "aria-label": "Second Look findings", "data-secondlook-panel": "", hidden: "" });
      this.card = h("div", { class: "card", role: "dialog", "aria-modal": "false", "data-secondlook-card": "", hidden: "" });
      this.shadow.append(this.clip, this.badge, this.panel, this.card);
      (document.body ?? document.documentElement).append(this.host);
      this.listen();
      signal.addEventListener("abort", () => this.host.remove(), { once: true });
    }

    listen() {
      const { signal } = this;
      this.badge.addEventListener("click", () => this.togglePanel(), { signal });
      this.clip.addEventListener("mousedown", (e) => this.onMarkPress(/** @type {MouseEvent} */ (e)), { signal });
      this.clip.addEventListener("mousemove", (e) => this.onMarkHover(/** @type {MouseEvent} */ (e)), { signal });
      this.clip.addEventListener("mouseout", () => this.scheduleCardClose(), { signal });
      this.card.addEventListener("mouseenter", () => clearTimeout(this.closeTimer), { signal });
      this.card.addEventListener("mouseleave", () => this.scheduleCardClose(), { signal });
      this.shadow.addEventListener("keydown", (e) => {
        const event = /** @type {KeyboardEvent} */ (e);
        if (event.key !== "Escape") return;
        this.closeCard();
        this.closePanel();
        /** @type {HTMLElement} */ (this.editor).focus();
      }, { signal });
      document.addEventListener("mousemove", (e) => { this.pointer = { x: e.clientX, y: e.clientY }; }, { signal, passive: true });
      document.addEventListener("mousedown", (e) => {
        if (!e.composedPath().includes(this.host)) {
          this.closeCard();
          this.closePanel();
        }
      }, { signal, capture: true });
    }

    /** The user typed: a card open on hover gets out of the way. */
    typing() {
      if (!this.card.contains(this.shadow.activeElement)) this.closeCard();
    }

    /** @param {{state: string, findings: Finding[], label?: string}} update */
    update({ state, findings, label = "" }) {
      this.state = state;
      this.findings = findings;
      this.label = label;
      if (this.cardFinding && !findings.some((f) => f.key === this.cardFinding?.key)) this.closeCard();
      this.render();
      if (!this.panel.hidden) this.fillPanel();
    }

    /** Place everything again: after typing, scrolling, resizing or a re-render of the editor. */
    render() {
      const box = this.editor.getBoundingClientRect();
      const visible = box.width > 0 && box.height > 0 && this.editor.isConnected && !this.covered(box);
      this.host.style.display = visible ? "" : "none";
      if (!visible) return;
      Object.assign(this.clip.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` });
      this.drawMarks(box);
      this.drawBadge(box);
      if (this.cardFinding) this.placeCard(this.cardFinding);
    }

    /**
     * True when something of the page lies over the editor (a modal over a composer in the
     * feed): its overlay must not float above that layer.
     * @param {DOMRect} box
     */
    covered(box) {
      const near = this.editor.parentElement?.parentElement ?? this.editor;
      const points = [[box.left + box.width / 2, box.top + box.height / 2], [box.left + 8, box.top + 8], [box.right - 8, box.bottom - 8]]
        .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
      if (!points.length) return false;
      return points.every(([x, y]) => {
        const top = document.elementsFromPoint(x, y).find((el) => el.localName !== "secondlook-overlay");
        return Boolean(top) && !near.contains(/** @type {Element} */ (top)) && !/** @type {Element} */ (top).contains(this.editor);
      });
    }

    /** @param {DOMRect} box */
    drawMarks(box) {
      const map = this.textMap();
      const marks = [];
      // `info` findings are notes the service judged harmless where they stand (a clinic's own
      // number, a colleague congratulated): listed in the panel, never underlined, since an
      // underline on a clean post is a false alarm. Longer spans first, so a short finding inside
      // a long one is drawn on top and stays reachable.
      const byLength = this.findings.filter((f) => f.severity !== "info")
        .sort((a, b) => (b.end - b.start) - (a.end - a.start));
      for (const finding of this.state === "off" ? [] : byLength) {
        const range = SL.textMap.rangeFor(map, finding.start, finding.end);
        if (!range) continue;
        for (const rect of Array.from(range.getClientRects())) {
          if (rect.width < 1 || rect.height < 1) continue;
          const mark = h("div", {
            class: "mark",
            "data-secondlook-pack": finding.pack,
            "data-secondlook-severity": finding.severity,
            "data-secondlook-rule": finding.rule,
            "data-key": finding.key,
            title: finding.message,
          });
          Object.assign(mark.style, {
            left: `${rect.left - box.left}px`, top: `${rect.top - box.top}px`,
            width: `${rect.width}px`, height: `${rect.height}px`,
          });
          marks.push(mark);
        }
      }
      this.clip.replaceChildren(...marks);
    }

    /** @param {DOMRect} box */
    drawBadge(box) {
      const issues = countIssues(this.findings);
      const state = this.state;
      let text;
      let spoken;
      if (state === "issues") {
        text = `${issues} ${issues === 1 ? "issue" : "issues"}`;
        spoken = `Second Look: ${text}. Open the list of findings.`;
      } else if (state === "offline") {
        text = issues ? `${issues} · ${this.label}` : this.label;
        spoken = `Second Look: ${this.label}. ${issues} issues found by the offline rules. Open the list.`;
      } else {
        text = /** @type {any} */ (BADGE_TEXT)[state]?.() ?? state;
        spoken = `Second Look: ${text}`;
      }
      this.badge.setAttribute("data-state", state);
      this.badge.setAttribute("aria-label", spoken);
      this.badge.classList.toggle("warning-only", !this.findings.some((f) => f.severity === "critical"));
      this.badge.textContent = text;
      const width = this.badge.offsetWidth || 60;
      const height = this.badge.offsetHeight || 20;
      const right = Math.max(4, Math.min(box.right - width - 4, innerWidth - width - 4));
      const left = Math.max(4, box.left);
      // Under the editor's right corner, else its left one, else above it, else inside the
      // corner: never over the site's Post button.
      const spots = [[right, box.bottom + 4], [left, box.bottom + 4], [right, box.top - height - 4], [right, box.bottom - height - 4]];
      const [x, y] = firstSpot(spots, width, height, this.avoid());
      Object.assign(this.badge.style, { left: `${x}px`, top: `${Math.min(Math.max(4, y), innerHeight - height - 4)}px` });
    }

    // -- the card ---------------------------------------------------------------------------------

    /** @param {MouseEvent} event */
    markFinding(event) {
      const mark = /** @type {Element} */ (event.target).closest?.(".mark");
      const key = mark?.getAttribute("data-key");
      return this.findings.find((f) => f.key === key) ?? null;
    }

    /** @param {MouseEvent} event */
    onMarkHover(event) {
      const finding = this.markFinding(event);
      // Only a pointer that moves opens a card, not the browser's replayed move over marks
      // drawn under a resting pointer while the user types.
      const resting = event.clientX === this.pointer.x && event.clientY === this.pointer.y;
      if (!finding || resting || finding.key === this.cardFinding?.key) return;
      clearTimeout(this.closeTimer);
      clearTimeout(this.openTimer);
      this.openTimer = setTimeout(() => this.openCard(finding, { focus: false }), 250);
    }

    /**
     * Clicking an underline opens its card; the caret still goes where the user clicked, as if
     * the overlay were not there (the editor keeps focus).
     * @param {MouseEvent} event
     */
    onMarkPress(event) {
      const finding = this.markFinding(event);
      if (!finding) return;
      event.preventDefault();
      this.placeCaretAt(event.clientX, event.clientY);
      clearTimeout(this.openTimer);
      this.openCard(finding, { focus: false });
    }

    /** @param {number} x @param {number} y */
    placeCaretAt(x, y) {
      this.host.style.pointerEvents = "none";
      this.clip.style.visibility = "hidden";
      const doc = /** @type {any} */ (document);
      let range = null;
      if (doc.caretRangeFromPoint) range = doc.caretRangeFromPoint(x, y);
      else if (doc.caretPositionFromPoint) {
        const pos = doc.caretPositionFromPoint(x, y);
        if (pos) {
          range = document.createRange();
          range.setStart(pos.offsetNode, pos.offset);
        }
      }
      this.host.style.pointerEvents = "";
      this.clip.style.visibility = "";
      if (!range || !this.editor.contains(range.startContainer)) return;
      /** @type {HTMLElement} */ (this.editor).focus({ preventScroll: true });
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }

    scheduleCardClose() {
      clearTimeout(this.openTimer);
      clearTimeout(this.closeTimer);
      if (this.card.contains(this.shadow.activeElement)) return;
      this.closeTimer = setTimeout(() => this.closeCard(), 400);
    }

    /** @param {Finding} finding @param {{focus: boolean}} options */
    openCard(finding, { focus }) {
      this.cardFinding = finding;
      this.card.setAttribute("aria-label", `${PACK_TITLES[/** @type {keyof typeof PACK_TITLES} */ (finding.pack)] ?? finding.pack}: ${finding.message}`);
      this.card.setAttribute("data-secondlook-pack", finding.pack);
      this.card.setAttribute("data-secondlook-severity", finding.severity);
      const actions = h("div", { class: "actions" });
      for (const replacement of finding.replacements ?? []) {
        const button = h("button", { type: "button", class: "primary", "data-action": "apply", "data-replacement": replacement },
          [`Replace with “${replacement}”`]);
        button.addEventListener("click", () => { this.closeCard(); this.actions.apply(finding, replacement); });
        actions.append(button);
      }
      const ignore = h("button", { type: "button", "data-action": "ignore" }, ["Ignore once"]);
      ignore.addEventListener("click", () => { this.closeCard(); this.actions.ignore(finding); });
      const never = h("button", { type: "button", "data-action": "never-flag" }, [`Never flag “${finding.text}”`]);
      never.addEventListener("click", () => { this.closeCard(); this.actions.neverFlag(finding); });
      actions.append(ignore, never);
      const body = [
        h("h2", {}, [h("span", { class: `sev ${finding.severity}` }, [finding.severity]), " ",
          PACK_TITLES[/** @type {keyof typeof PACK_TITLES} */ (finding.pack)] ?? finding.pack]),
        h("p", { class: "message" }, [finding.message]),
      ];
      if (finding.details?.length) {
        body.push(h("p", {}, ["Together these details can identify the patient:"]),
          h("ul", { class: "details", "data-secondlook-details": "" },
            finding.details.map((d) => h("li", {}, [`${d.label}: “${d.text}”`]))));
      }
      if (finding.suggestion) body.push(h("p", { class: "suggestion" }, [finding.suggestion]));
      body.push(h("p", { class: "why" }, [`Why: ${finding.why}`]), actions);
      this.card.replaceChildren(...body);
      this.card.hidden = false;
      this.placeCard(finding);
      if (focus) /** @type {HTMLElement | null} */ (actions.querySelector("button"))?.focus();
    }

    /** @param {Finding} finding */
    placeCard(finding) {
      const range = SL.textMap.rangeFor(this.textMap(), finding.start, finding.end);
      const rect = range?.getClientRects()[0] ?? this.editor.getBoundingClientRect();
      const height = this.card.offsetHeight || 160;
      const width = this.card.offsetWidth || 320;
      const avoid = this.avoid();
      const fit = (/** @type {number} */ left) => Math.max(4, Math.min(left, innerWidth - width - 8));
      const below = rect.bottom + 6;
      const above = rect.top - height - 6;
      // Below the words, else above them, else beside the Post button: never over it.
      const spots = [[fit(rect.left), below], [fit(rect.left), above]];
      const button = avoid?.getBoundingClientRect();
      if (button) spots.push([fit(button.left - width - 8), below], [fit(button.left - width - 8), above]);
      const [left, top] = firstSpot(spots, width, height, avoid);
      Object.assign(this.card.style, { left: `${left}px`, top: `${Math.max(4, top)}px` });
    }

    closeCard() {
      this.card.hidden = true;
      this.cardFinding = null;
    }

    // -- the panel --------------------------------------------------------------------------------

    togglePanel() {
      if (this.panel.hidden) this.openPanel();
      else this.closePanel();
    }

    openPanel() {
      this.fillPanel();
      this.panel.hidden = false;
      this.badge.setAttribute("aria-expanded", "true");
      const rect = this.badge.getBoundingClientRect();
      const height = this.panel.offsetHeight;
      const top = rect.bottom + 4 + height < innerHeight ? rect.bottom + 4 : Math.max(4, rect.top - height - 4);
      const left = Math.max(4, Math.min(rect.right - this.panel.offsetWidth, innerWidth - this.panel.offsetWidth - 4));
      Object.assign(this.panel.style, { left: `${left}px`, top: `${top}px` });
      /** @type {HTMLElement | null} */ (this.panel.querySelector("button"))?.focus();
    }

    closePanel() {
      this.panel.hidden = true;
      this.badge.setAttribute("aria-expanded", "false");
    }

    fillPanel() {
      const items = this.findings.map((finding) => {
        const button = h("button", { type: "button", "data-key": finding.key, "data-secondlook-pack": finding.pack,
          "data-secondlook-severity": finding.severity },
        [h("span", { class: `sev ${finding.severity}` }, [finding.severity]), ` “${finding.text}” – ${finding.message}`]);
        button.addEventListener("click", () => {
          this.closePanel();
          this.actions.reveal(finding);
          this.openCard(finding, { focus: true });
        });
        return h("li", {}, [button]);
      });
      const title = this.state === "offline" ? `Findings (${this.label})` : "Findings";
      const empty = this.state === "off" ? "Second Look is off here." : "Nothing to review.";
      this.panel.replaceChildren(h("h2", {}, [title]),
        items.length ? h("ul", { role: "list" }, items) : h("p", {}, [empty]));
    }

    // -- the pre-post dialog ----------------------------------------------------------------------

    /**
     * Ask before posting a text with critical findings.
     * @param {Finding[]} findings @returns {Promise<"review" | "post-anyway">}
     */
    askBeforePosting(findings) {
      this.closeCard();
      this.closePanel();
      this.shadow.querySelector(".gate-backdrop")?.remove();
      const titleId = "secondlook-gate-title";
      const review = h("button", { type: "button", class: "primary", "data-action": "review" }, ["Review"]);
      const postAnyway = h("button", { type: "button", class: "danger", "data-action": "post-anyway" }, ["Post anyway"]);
      const dialog = h("div", { class: "gate", role: "alertdialog", "aria-modal": "true", "aria-labelledby": titleId,
        "data-secondlook-gate": "" }, [
        h("h2", { id: titleId }, ["This post may identify a patient or give individual advice"]),
        h("ul", {}, groupByMessage(findings).map(([first, words]) => h("li",
          { "data-secondlook-pack": first.pack, "data-secondlook-severity": first.severity },
          [`${words.map((w) => `“${w}”`).join(", ")} – ${first.message}`]))),
        h("div", { class: "actions" }, [review, postAnyway]),
      ]);
      const backdrop = h("div", { class: "gate-backdrop" }, [dialog]);
      this.shadow.append(backdrop);
      review.focus();
      return new Promise((resolve) => {
        /** @param {"review" | "post-anyway"} choice */
        const finish = (choice) => {
          backdrop.remove();
          resolve(choice);
        };
        review.addEventListener("click", () => finish("review"), { once: true });
        postAnyway.addEventListener("click", () => finish("post-anyway"), { once: true });
        dialog.addEventListener("keydown", (e) => {
          const event = /** @type {KeyboardEvent} */ (e);
          if (event.key === "Escape") finish("review");
          if (event.key === "Tab") { // keep focus inside the dialog
            event.preventDefault();
            (this.shadow.activeElement === review ? postAnyway : review).focus();
          }
          event.stopPropagation();
        });
      });
    }

    /**
     * For the speed measurement: debounce to underlines drawn, and the part the service took
     * (absent when the answer came from a cache or the offline engine).
     * @param {number} ms @param {number | undefined} serviceMs
     */
    setLatency(ms, serviceMs) {
      this.host.setAttribute("data-secondlook-latency-ms", String(Math.round(ms * 10) / 10));
      if (serviceMs === undefined) this.host.removeAttribute("data-secondlook-service-ms");
      else this.host.setAttribute("data-secondlook-service-ms", String(serviceMs));
    }
  }

  SL.Overlay = Overlay;
  SL.countIssues = countIssues;
})(/** @type {any} */ (globalThis).SecondLook ??= {});
