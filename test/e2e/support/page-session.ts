import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../../src/cli/bench/chromium";
import { serveDist } from "../../../src/cli/bench/static-server";
import { sha256 } from "../../../src/cli/file-identity";
import { rollup } from "../../../src/core";
import { readSubmission } from "../../../src/xlsx";
import { watchPolicyViolations } from "../policy-violations";

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const asUpload = (name: string, bytes: Uint8Array, mimeType = XLSX) => ({
  name,
  mimeType,
  buffer: Buffer.from(bytes),
});

/** Debian's Chromium and a build of the page, shared by a test file's tests. */
export interface Session {
  readonly browser: Browser;
  readonly url: string;
  close(): Promise<void>;
}

/** `dir`: the built pages to serve, the production build unless a test builds its own. */
export async function openSession(dir = "dist"): Promise<Session> {
  const server = await serveDist(path.resolve(dir));
  const browser = await launchChromium();
  return {
    browser,
    url: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh page whose script errors and Content-Security-Policy violations are collected, to be checked
 * empty at the end of each test.
 */
export async function openPage(session: Session, width: number, height = 900) {
  const context = await session.browser.newContext({ acceptDownloads: true, viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  const violations = await watchPolicyViolations(page);
  await page.goto(`${session.url}index.html`);
  return { page, failures: async () => [...errors, ...(await violations())] };
}

/** The page's widest content, to find anything cut or scrolling sideways. */
export const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The words the page shows run into the next text: a small letter followed by a capital, as two texts side by
 * side print without a space between them ("Đang hiện 33/99 đơn vịBấm vào một đơn vị…"). No word of the
 * page's own has one (codes are capitals throughout).
 */
export const runTogether = (page: Page) =>
  page.evaluate(() => [...new Set(document.body.innerText.match(/\S*\p{Ll}\p{Lu}\S*/gu))]);

/**
 * Injects an inline script into the page, as an attacker's markup would: whether it ran, and the
 * console line in which the browser reported the policy that blocked it.
 */
export async function injectInlineScript(page: Page): Promise<{ ran: boolean; report: string }> {
  const [report, ran] = await Promise.all([
    page.waitForEvent("console", (message) => message.text().includes("Content Security Policy")),
    page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.body.append(script);
      await new Promise((resolve) => document.addEventListener("securitypolicyviolation", resolve));
      return (window as Window & { injected?: boolean }).injected === true;
    }),
  ]);
  return { ran, report: report.text() };
}

/**
 * The roll-up the core makes of the files a page was given, each known by its content hash as the page
 * knows it: when two reports of one unit were saved in the same second, the hash decides which is kept,
 * so the count to compare with must use the same ones.
 */
export function rollupOfUploads(files: readonly { name: string; bytes: Uint8Array }[]) {
  return rollup(
    files.map((f) =>
      readSubmission(f.bytes, {
        name: f.name,
        sha256: sha256(f.bytes),
        modifiedAt: "2025-07-05T00:00:00.000Z",
      }),
    ),
  );
}
