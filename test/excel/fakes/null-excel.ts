/**
 * An Excel that only takes requests, as Office.js queues them: every object, property and method is one
 * stand-in that does nothing, and a sync answers on the next turn of the event loop. What a write then
 * spends on its thread is the pane's own work, which the fake Excel (applying each command to its
 * workbook as it is queued, the host's work in real Excel) would hide. It counts the cells given to it
 * (values, formulas or number formats set on a range, a 2-D array each), so a measurement can show the
 * whole summary was sent.
 */
export function installNullExcel(): { readonly syncs: () => number; readonly cells: () => number } {
  let syncs = 0;
  let cells = 0;
  const stub: object = new Proxy(function () {}, {
    get: (_, property) => {
      if (property === "then") return undefined;
      if (property === "items") return [];
      if (property === "protected" || property === "isNullObject") return false;
      if (property === "sync")
        return () => new Promise<void>((resolve) => setTimeout(() => (syncs++, resolve()), 0));
      return stub;
    },
    set: (_, property, value: unknown) => {
      if ((property === "values" || property === "formulas") && Array.isArray(value))
        for (const row of value) cells += Array.isArray(row) ? row.length : 0;
      return true;
    },
    apply: () => stub,
  });
  Object.assign(globalThis, {
    Excel: {
      run: (_options: unknown, batch: (context: unknown) => Promise<unknown>) =>
        batch({ workbook: stub, sync: (stub as { sync: () => Promise<void> }).sync }),
    },
    Office: { context: { requirements: { isSetSupported: () => true } } },
  });
  return { syncs: () => syncs, cells: () => cells };
}
