import { excelError } from "./excel-error";
import type { WorkbookState } from "./fake-state";

export interface SyncHost {
  readonly book: WorkbookState;
  readonly syncs: number;
  /** The newest ExcelApi the fake Excel has ("1.9"): a newer member throws. */
  readonly supportedApi: string;
  /** How getDisplayedCellProperties fails, if it does (see FakeExcel.drawnLooksFail). */
  readonly drawnLooksFail?: "call" | "sync" | undefined;
  pending: Set<Proxy>;
  /** Counts one queued command and the JSON of its argument toward the next sync's request. */
  queue(argument?: unknown): void;
  /**
   * Counts one command of the request, and fails it where a test cuts the request: Excel runs a
   * request's commands in order and stops at the one that fails, those before it staying applied.
   */
  act(): void;
}

const NONE: readonly string[] = [];

export abstract class Proxy {
  // Made when first needed: a write queues tens of thousands of proxies, most of them never loaded. Declared
  // only, as no field initialiser then runs for each proxy (the cut tests make millions).
  declare private requested?: Set<string>;
  declare private loaded?: Set<string>;
  /** Values as the last sync read them, for the properties a subclass keeps so (see `live`). */
  declare private kept?: Map<string, unknown>;
  declare protected readonly host: SyncHost;
  declare private readonly bornAt: number;
  /** The properties the last sync loaded, which its answer carried. */
  declare private answered: readonly string[];

  constructor(host: SyncHost) {
    this.host = host;
    this.bornAt = host.syncs;
    this.answered = NONE;
    // Every proxy Office.js creates is an object path in the request.
    host.queue();
  }

  load(properties = ""): this {
    this.host.act();
    for (const p of properties.split(",").map((s) => s.trim())) if (p) (this.requested ??= new Set()).add(p);
    this.host.pending.add(this);
    return this;
  }

  /** Called by the context's sync. */
  settle(): void {
    const requested = this.requested;
    if (!requested) return void (this.answered = NONE);
    this.answered = [...requested];
    this.markLoaded(requested);
    requested.clear();
  }

  /** What the last sync's answer for this proxy weighs: the JSON of what it loaded, as Excel sends it. */
  responseBytes(): number {
    return this.weigh(this.answered);
  }

  /** The JSON size of `properties` ("a", "a/b", "items/a"…) as now loaded. */
  weigh(properties: readonly string[]): number {
    let bytes = 0;
    for (const property of properties) {
      try {
        bytes += Buffer.byteLength(JSON.stringify(valueAt(this, property.split("/"))) ?? "", "utf8");
      } catch {
        // A property the proxy cannot give (a null object's) weighs nothing.
      }
    }
    return bytes;
  }

  /** A sync whose answer Excel refused: what it loaded was never received. */
  forget(): void {
    for (const property of this.answered) {
      this.loaded?.delete(property);
      this.kept?.delete(property);
    }
    this.answered = NONE;
  }

  markLoaded(properties: Iterable<string>): void {
    for (const p of properties) {
      (this.loaded ??= new Set()).add(p);
      const value = this.live?.(p);
      if (value !== undefined) (this.kept ??= new Map()).set(p, value);
    }
  }

  /**
   * A property's value in the workbook now, for those Office.js reads once at a sync and keeps: a name
   * or a visibility read then stays what it was, whatever changed in the workbook since (the user, or a
   * later command). Undefined, or none, for properties read live.
   */
  protected live?(property: string): unknown;

  /** What the code itself sets is what it reads back, as Office.js keeps a set value on the proxy. */
  protected keep(property: string, value: unknown): void {
    if (this.kept?.has(property)) this.kept.set(property, value);
  }

  protected read<T>(property: string, get: () => T): T {
    if (!this.loaded?.has(property))
      throw excelError(`PropertyNotLoaded: '${property}' read before load() and sync()`);
    return this.kept?.has(property) ? (this.kept.get(property) as T) : get();
  }

  get isNullObject(): boolean {
    if (this.host.syncs <= this.bornAt) throw excelError("PropertyNotLoaded: isNullObject before sync()");
    return false;
  }
}

/** The value at a path of properties, through arrays, with proxies themselves weighing as "{}". */
function valueAt(from: unknown, path: readonly string[]): unknown {
  if (path.length === 0) return from instanceof Proxy ? {} : from;
  if (Array.isArray(from)) return from.map((item) => valueAt(item, path));
  if (from === null || typeof from !== "object") return from;
  const [first, ...rest] = path;
  return valueAt((from as Record<string, unknown>)[first!], rest);
}

/** An ExcelApi version's minor number ("1.10" → 10). */
export const apiMinor = (version: string) => Number(version.split(".")[1]);

/** Throws as Excel does where `member` is newer than the fake's ExcelApi. */
export function requireApi(host: SyncHost, version: string, member: string): void {
  if (apiMinor(host.supportedApi) < apiMinor(version))
    throw excelError(`ApiNotFound: ${member} needs ExcelApi ${version}`);
}
