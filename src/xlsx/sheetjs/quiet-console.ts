const METHODS = ["log", "info", "warn", "error", "debug"] as const;

export type Captured<T> =
  | { readonly ok: true; readonly value: T; readonly said: string }
  | { readonly ok: false; readonly error: unknown; readonly said: string };

/**
 * Runs a parser that may print to the console (SheetJS warns about what it skips in a damaged file): the
 * user's terminal or the add-in's log gets nothing, and what it said is returned as technical detail.
 */
export function captureConsole<T>(work: () => T): Captured<T> {
  const said: string[] = [];
  const saved = METHODS.map((method) => [method, console[method]] as const);
  for (const method of METHODS) console[method] = (...args: unknown[]) => void said.push(args.join(" "));
  try {
    return { ok: true, value: work(), said: said.join("\n") };
  } catch (error) {
    return { ok: false, error, said: said.join("\n") };
  } finally {
    for (const [method, original] of saved) console[method] = original;
  }
}
