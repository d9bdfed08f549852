import type { Page } from "playwright-core";

type Watched = Window & { policyViolations?: string[] };

/**
 * Records every Content-Security-Policy violation of a page, from the page's own
 * `securitypolicyviolation` events and from the browser's console reports (which outlive navigations).
 * Call before the first navigation; the returned function hands over, and forgets, what was recorded.
 */
export async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  const reported: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) reported.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as Watched).policyViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile})`),
    );
  });
  return async () => {
    const events = await page.evaluate(() => (window as Watched).policyViolations?.splice(0) ?? []);
    return [...events, ...reported.splice(0)];
  };
}
