/**
 * An Excel that only takes requests, as Office.js queues them: every object, property and method is one
 * stand-in that does nothing, and a sync answers on the next turn of the event loop. What a write then
 * spends on its thread is the pane's own work, which the fake Excel (applying each command to its
 * workbook as it is queued, the host's work in real Excel) would hide.
 */
export function installNullExcel(): { readonly syncs: () => number } {
  let syncs = 0;
  const stub: object = new Proxy(function () {}, {
    get: (_, property) => {
      if (property === "then") return undefined;
      if (property === "items") return [];
      if (property === "protected" || property === "isNullObject") return false;
      if (property === "sync")
        return () => new Promise<void>((resolve) => setTimeout(() => (syncs++, resolve()), 0));
      return stub;
    },
    set: () => true,
    apply: () => stub,
  });
  Object.assign(globalThis, {
    Excel: {
      run: (_options: unknown, batch: (context: unknown) => Promise<unknown>) =>
        batch({ workbook: stub, sync: (stub as { sync: () => Promise<void> }).sync }),
    },
    Office: { context: { requirements: { isSetSupported: () => true } } },
  });
  return { syncs: () => syncs };
}
