// casepub preview: follows rebuilds over server-sent events, swaps the draft in place,
// and shows the findings panel. The panel lives in a shadow root, so the journal's
// stylesheet never reaches it and it never reaches the article.
(() => {
  "use strict";
  const script = document.currentScript;
  const SCROLL = "casepub-preview-scroll";
  let shown = { html: script.dataset.html, assets: script.dataset.assets };
  let latest = null;
  let swapping = Promise.resolve();

  const saved = sessionStorage.getItem(SCROLL);
  if (saved) {
    sessionStorage.removeItem(SCROLL);
    const [x, y] = JSON.parse(saved);
    window.addEventListener("load", () => window.scrollTo(x, y));
  }

  const text = (tag, content, cls) => {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = content;
    return el;
  };
  const where = (f) => f.file + (f.line ? `:${f.line}:${f.column || 1}` : "");

  async function copy(value) {
    try {
      await navigator.clipboard.writeText(value);
    } catch (_) { // no clipboard permission: the old way still works on a user's click
      const area = document.createElement("textarea");
      area.value = value;
      document.body.appendChild(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
  }

  class Panel extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: "open" });
      const css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = "/_casepub/preview.css";
      root.appendChild(css);
      root.innerHTML += `
        <div class="overlay" id="overlay" hidden role="alertdialog" aria-labelledby="overlay-title">
          <div class="card">
            <h2 id="overlay-title">The draft below is the last one that built</h2>
            <p>Fix the problem and save; the draft updates by itself.</p>
            <ul id="blocking"></ul>
          </div>
        </div>
        <section class="panel" id="panel" aria-label="casepub preview">
          <header>
            <strong>casepub</strong>
            <span id="status" role="status">connecting…</span>
            <button id="toggle" type="button" title="Show or hide the findings" aria-expanded="true">▾</button>
          </header>
          <div class="tools">
            <label>Style <select id="style"></select></label>
            <button id="pdf" type="button">PDF</button>
            <button id="care" type="button">CARE checklist</button>
          </div>
          <ul id="findings"></ul>
          <p class="help">Click a finding to copy its file:line:column.</p>
        </section>`;
      this.$ = (id) => root.getElementById(id);
      this.$("toggle").addEventListener("click", () => {
        const open = this.$("panel").classList.toggle("collapsed");
        this.$("toggle").setAttribute("aria-expanded", String(!open));
      });
      this.$("pdf").addEventListener("click", () => window.open("/_casepub/pdf", "_blank"));
      this.$("care").addEventListener("click", () => window.open("/_casepub/care", "_blank"));
      this.$("style").addEventListener("change", (event) => switchStyle(event.target.value));
    }

    list(target, findings) {
      target.replaceChildren(...findings.map((f) => {
        const li = document.createElement("li");
        li.className = f.severity;
        li.title = "Copy " + where(f);
        li.tabIndex = 0;
        li.append(text("code", where(f), "where"), " ", text("span", `${f.severity} ${f.code}`, "code"),
                  ": ", text("span", f.message, "message"));
        if (f.hint) li.append(text("div", "hint: " + f.hint, "hint"));
        const act = async () => {
          await copy(where(f));
          this.$("status").textContent = `copied ${where(f)}`;
        };
        li.addEventListener("click", act);
        li.addEventListener("keydown", (e) => { if (e.key === "Enter") act(); });
        return li;
      }));
    }

    show(state) {
      const errors = state.findings.filter((f) => f.severity === "error").length;
      const warnings = state.findings.filter((f) => f.severity === "warning").length;
      this.$("status").textContent = state.checking
        ? `${state.built} · draft in ${state.draft_seconds.toFixed(2)} s · checking…`
        : `${state.built} · ${state.seconds.toFixed(2)} s · ${errors} error${errors === 1 ? "" : "s"}, ` +
          `${warnings} warning${warnings === 1 ? "" : "s"}`;
      this.$("panel").dataset.errors = String(errors);
      this.list(this.$("findings"), state.findings);
      this.list(this.$("blocking"), state.blocking);
      this.$("overlay").hidden = state.blocking.length === 0;
      const select = this.$("style");
      if (select.options.length !== state.styles.length) {
        select.replaceChildren(...state.styles.map((id) => new Option(id, id)));
      }
      select.value = state.style;
    }

    offline() {
      this.$("status").textContent = "disconnected: is `casepub preview` still running?";
    }
  }
  customElements.define("casepub-panel", Panel);
  const panel = document.createElement("casepub-panel");
  const attach = () => { if (!panel.isConnected) document.body.appendChild(panel); };

  function reload() {
    sessionStorage.setItem(SCROLL, JSON.stringify([window.scrollX, window.scrollY]));
    window.location.reload();
  }

  async function swap() {
    const response = await fetch("/", { cache: "no-store" });
    const doc = new DOMParser().parseFromString(await response.text(), "text/html");
    const tag = doc.querySelector('script[src="/_casepub/preview.js"]');
    const next = { html: tag ? tag.dataset.html : "", assets: tag ? tag.dataset.assets : "" };
    if (next.assets !== shown.assets) return reload(); // new stylesheet, fonts or figures
    const x = window.scrollX, y = window.scrollY;
    // Hold the page's height until the figures are laid out again, or the scroll would clamp.
    document.body.style.minHeight = `${document.documentElement.scrollHeight}px`;
    document.title = doc.title;
    document.body.className = doc.body.className;
    document.body.replaceChildren(...Array.from(doc.body.childNodes)); // adopted as they move
    attach();
    window.scrollTo(x, y);
    shown = next;
    document.documentElement.dataset.casepubSwappedAt = String(Date.now()); // for benchmarks/preview.py
    await Promise.all(Array.from(document.images, (img) => (img.complete ? null : new Promise((done) => {
      img.addEventListener("load", done, { once: true });
      img.addEventListener("error", done, { once: true });
    }))));
    document.body.style.minHeight = "";
    window.scrollTo(x, y);
    document.documentElement.dataset.casepubVersion = next.html;
  }

  async function switchStyle(id) {
    const response = await fetch("/_casepub/style", {
      method: "POST", body: id, headers: { "X-Casepub": "1", "Content-Type": "text/plain" },
    });
    if (!response.ok) panel.$("status").textContent = (await response.json()).error;
  }

  function follow() {
    const events = new EventSource("/_casepub/events");
    events.addEventListener("state", (event) => {
      latest = JSON.parse(event.data);
      panel.show(latest);
      const stale = () => latest.html && (latest.html !== shown.html || latest.assets !== shown.assets);
      if (stale()) swapping = swapping.then(() => (stale() ? swap() : null)).catch(reload);
    });
    events.addEventListener("error", () => panel.offline());
  }

  const start = () => {
    attach();
    document.documentElement.dataset.casepubVersion = shown.html;
    follow();
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
