// @ts-check
/** The overlay's styles, adopted inside its shadow root so the page's CSS cannot reach them. */
(function (SL) {
  SL.overlayStyles = `
:host { all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483000;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1f; }
.clip { position: fixed; overflow: hidden; pointer-events: none; }
.mark { position: absolute; pointer-events: auto; cursor: pointer; border-radius: 2px;
  border-bottom: 2px solid var(--c); background: color-mix(in srgb, var(--c) 12%, transparent); }
.mark[data-secondlook-severity="critical"] { --c: #d12c2c; }
.mark[data-secondlook-severity="warning"] { --c: #d97a00; }
.badge { position: fixed; pointer-events: auto; display: inline-flex; align-items: center; gap: 4px;
  max-width: 320px; padding: 2px 8px; border-radius: 11px; border: 1px solid #0002; cursor: pointer;
  font: 600 11px/16px system-ui, sans-serif; color: #fff; background: #5b6270; box-shadow: 0 1px 3px #0003; }
.badge[data-state="issues"] { background: #c0392b; }
.badge[data-state="issues"].warning-only { background: #b86e00; }
.badge[data-state="clear"] { background: #2e7d4f; }
.badge[data-state="checking"] { background: #5b6270; }
.badge[data-state="offline"] { background: #6d5a1f; }
.badge[data-state="off"] { background: #9aa0a6; }
.badge:focus-visible, button:focus-visible, [tabindex]:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.card, .panel, .gate { position: fixed; pointer-events: auto; background: #fff; color: #1b1b1f;
  border: 1px solid #0002; border-radius: 8px; box-shadow: 0 6px 24px #0003; padding: 10px 12px; }
.card { width: 320px; max-width: calc(100vw - 16px); }
.card h2, .panel h2, .gate h2 { font-size: 13px; margin: 0 0 4px; }
.card p { margin: 4px 0; }
.why { color: #555; font-size: 12px; }
.details { margin: 4px 0; padding-left: 18px; font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button { font: 12px system-ui, sans-serif; padding: 4px 8px; border-radius: 6px; border: 1px solid #0003;
  background: #f4f5f7; color: #1b1b1f; cursor: pointer; }
button.primary { background: #1a73e8; color: #fff; border-color: #1a73e8; }
button.danger { background: #fff; color: #b3261e; border-color: #b3261e; }
.panel { width: 340px; max-height: 50vh; overflow: auto; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li button { width: 100%; text-align: left; margin: 2px 0; background: #fff; }
.sev { display: inline-block; min-width: 54px; font-size: 10px; font-weight: 700; text-transform: uppercase; }
.sev.critical { color: #b3261e; } .sev.warning { color: #a35f00; } .sev.info { color: #5a7bb5; }
.gate-backdrop { position: fixed; inset: 0; pointer-events: auto; background: #0006; }
.gate { left: 50%; top: 20%; transform: translateX(-50%); width: 420px; max-width: calc(100vw - 24px); }
.gate ul { padding-left: 18px; }
[hidden] { display: none !important; }
`;
})(/** @type {any} */ (globalThis).SecondLook ??= {});
