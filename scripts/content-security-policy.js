// @ts-check
// The pages' Content-Security-Policy, written into each built page as a <meta> and sent by the dev
// server as a header. A page may run only our own bundles (plus, in the add-in, Office's script host and
// the inline engine check, by its hash), and may connect to nothing but its own origin: no data leaves.
"use strict";
const { createHash } = require("node:crypto");

const OFFICE_SCRIPT_HOST = "https://appsforoffice.microsoft.com";
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
/** A <script> type the browser runs (none, or JavaScript's); others only carry data. */
const RUNS = /^(?![\s\S]*\stype=)|\stype="(text\/javascript|module)"/;
const CHARSET = /<meta charset="?utf-8"?\s*\/?>/i;

/** The CSP source of an inline script: the hash of its exact text, as the browser computes it. */
function scriptHash(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** The hashes of a page's inline scripts (those without `src`) that the browser runs. */
function inlineScriptHashes(html) {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes]) => RUNS.test(attributes))
    .map(([, , text]) => scriptHash(text));
}

/**
 * @param {{ office?: boolean, scriptHashes?: string[], dev?: boolean }} page
 * @returns {string}
 */
function contentSecurityPolicy({ office = false, scriptHashes = [], dev = false }) {
  const scripts = ["'self'", ...(office ? [OFFICE_SCRIPT_HOST] : []), ...scriptHashes];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // Fluent UI's style engine (Griffel) and office.js add <style> elements and style attributes at run
    // time, with content no build can hash; styles cannot run code, so this opening stays narrow.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // The workers are our own bundles, loaded from this origin (new Worker(new URL(…))), never blob:.
    "worker-src 'self'",
    // Only the dev server's hot-reload socket, in development; office.js's telemetry stays blocked.
    `connect-src 'self'${dev ? " ws://localhost:* ws://127.0.0.1:*" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    // No frame-ancestors: Office shows the pane in its own frame, and a <meta> cannot carry it anyway.
  ].join("; ");
}

/**
 * thidua.html's policy: the page runs only what it carries, its inline scripts (by their hashes: its
 * start script and the chunks it unpacks) and the workers it starts from blob: URLs made of its own text,
 * and reaches nothing outside itself.
 * @param {string[]} scriptHashes
 * @returns {string}
 */
function singleFilePolicy(scriptHashes) {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(" ")}`,
    // Fluent UI's style engine adds <style> elements at run time (see contentSecurityPolicy).
    "style-src 'unsafe-inline'",
    "worker-src blob:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Writes each page's policy into it, right after <meta charset> so it governs every script that
 * follows, and keeps it by file name for the dev server's header (`headerFor`). It works on the pages
 * as emitted, after webpack has put the bundles' final content hashes into them, so an inline script
 * is hashed exactly as the browser will see it.
 */
class ContentSecurityPolicyPlugin {
  /**
   * `carriedScripts`: the texts a single-file page runs as inline scripts that are not in its HTML as such.
   * @param {{ dev?: boolean, officePages?: string[], singleFilePages?: string[], carriedScripts?: () => string[] }} options
   */
  constructor({ dev = false, officePages = [], singleFilePages = [], carriedScripts = () => [] }) {
    this.dev = dev;
    this.carriedScripts = carriedScripts;
    this.officePages = new Set(officePages);
    this.singleFilePages = new Set(singleFilePages);
    /** @type {Map<string, string>} */
    this.policies = new Map();
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ContentSecurityPolicyPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ContentSecurityPolicyPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        (assets) => {
          for (const name of Object.keys(assets).filter((file) => file.endsWith(".html"))) {
            const html = assets[name].source().toString();
            if (!CHARSET.test(html)) throw new Error(`${name}: no <meta charset> to follow`);
            const scriptHashes = inlineScriptHashes(html);
            const policy = this.singleFilePages.has(name)
              ? singleFilePolicy([...scriptHashes, ...this.carriedScripts().map(scriptHash)])
              : contentSecurityPolicy({ office: this.officePages.has(name), scriptHashes, dev: this.dev });
            this.policies.set(name, policy);
            const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
            compilation.updateAsset(
              name,
              new sources.RawSource(html.replace(CHARSET, (charset) => `${charset}${meta}`)),
            );
          }
        },
      );
    });
  }

  /** The dev server's header for a path: the page's own policy, or the plain one for scripts and workers. */
  headerFor(pathname) {
    const file = pathname === "/" ? "index.html" : pathname.replace(/^\//, "");
    const page = this.policies.get(file);
    if (page) return { "Content-Security-Policy": page };
    // A page asked for while the first build runs: its hash is not known yet, and its <meta> will carry
    // the policy; a header without the hash would block the page's own engine check.
    if (file.endsWith(".html")) return {};
    return { "Content-Security-Policy": contentSecurityPolicy({ dev: this.dev }) };
  }
}

module.exports = { contentSecurityPolicy, inlineScriptHashes, ContentSecurityPolicyPlugin };
