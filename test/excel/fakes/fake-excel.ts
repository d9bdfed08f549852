import { excelError } from "./excel-error";
import {
  FakeNames,
  FakePivotTables,
  FakeTables,
  FakeWindow,
  FakeWorkbookProtection,
  FakeWorksheets,
} from "./fake-proxies";
import { apiMinor, type Proxy, type SyncHost } from "./fake-proxy";
import { WorkbookState } from "./fake-state";

/** Excel on the web refuses a request over 5 MB with RequestPayloadSizeLimitExceeded. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * Excel on the web answers at most 5 MB a request: a sync whose loaded data weighs more fails with
 * ResponsePayloadSizeLimitExceeded (Excel.ErrorCodes), and nothing it loaded can be read.
 */
export const RESPONSE_LIMIT = 5 * 1024 * 1024;

/** What one queued command costs besides its argument: its action and object path in the request JSON. */
export const COMMAND_BYTES = 100;

/** Excel's calculation as the writer drives it: suspended for one request at a time, then run. */
class FakeApplication {
  constructor(
    private readonly excel: FakeExcel,
    private readonly context: FakeContext,
  ) {}
  /** The active window, on Windows and Mac only (ExcelApiDesktop 1.1). */
  get activeWindow(): FakeWindow {
    if (this.excel.supportedDesktopApi === undefined)
      throw excelError("ApiNotFound: Application.activeWindow needs ExcelApiDesktop 1.1");
    return new FakeWindow(this.context);
  }
  suspendApiCalculationUntilNextSync(): void {
    this.excel.suspendedSyncs.add(this.excel.syncs + 1);
  }
  calculate(type: string): void {
    this.excel.calculations.push(type);
  }
}

/** One Excel.run's request context: every sync is counted and measured, and one of them can be made to fail. */
class FakeContext implements SyncHost {
  syncs = 0;
  pending = new Set<Proxy>();
  private queued = 0;
  readonly workbook: {
    worksheets: FakeWorksheets;
    names: FakeNames;
    tables: FakeTables;
    pivotTables: FakePivotTables;
    protection: FakeWorkbookProtection;
    application: FakeApplication;
  };

  constructor(
    readonly book: WorkbookState,
    private readonly excel: FakeExcel,
    private readonly delayForCellEdit: boolean,
  ) {
    this.workbook = {
      worksheets: new FakeWorksheets(this),
      names: new FakeNames(this),
      tables: new FakeTables(this),
      pivotTables: new FakePivotTables(this),
      application: new FakeApplication(this.excel, this),
      protection: new FakeWorkbookProtection(this),
    };
  }

  get supportedApi(): string {
    return this.excel.supportedApi;
  }

  get drawnLooksFail(): "call" | "sync" | undefined {
    return this.excel.drawnLooksFail;
  }

  queue(argument?: unknown): void {
    if (argument !== undefined) this.act();
    if (!this.excel.sizesRequests) return;
    this.queued +=
      COMMAND_BYTES + (argument === undefined ? 0 : Buffer.byteLength(JSON.stringify(argument), "utf8"));
  }

  act(): void {
    const excel = this.excel;
    excel.commands++;
    excel.beforeCommand?.(excel.commands);
    if (excel.failAtCommand === excel.commands || excel.refusing())
      throw excelError(`${excel.failCode}: the fake failed command ${excel.commands}`);
  }

  async sync(): Promise<void> {
    if (this.excel.refusing()) throw excelError(`${this.excel.failCode}: the fake refuses every request`);
    this.syncs++;
    this.excel.syncs++;
    this.excel.duringSync?.(this.excel.syncs);
    const bytes = this.queued;
    this.queued = 0;
    this.excel.payloads.push(bytes);
    if (bytes > PAYLOAD_LIMIT)
      throw excelError(`RequestPayloadSizeLimitExceeded: a request of ${bytes} bytes`);
    if (
      this.excel.failOnSync === this.excel.syncs ||
      (this.excel.failFromSync !== undefined && this.excel.syncs >= this.excel.failFromSync)
    )
      throw excelError(`${this.excel.failCode}: the fake sync failed`);
    if (this.excel.abandonAtSync === this.excel.syncs) await new Promise(() => undefined);
    if (this.excel.editing()) {
      // Excel refuses the whole request; one that may wait is held until the user leaves the cell.
      if (!this.delayForCellEdit)
        throw excelError("InvalidOperationInCellEditMode: the user is editing a cell");
      this.excel.waitedForCellEdit++;
      await this.excel.cellEditEnded;
    }
    const settling = [...this.pending];
    this.pending.clear();
    for (const proxy of settling) proxy.settle();
    if (!this.excel.sizesRequests) return;
    const answer = settling.reduce((n, proxy) => n + proxy.responseBytes(), 0);
    this.excel.responses.push(answer);
    if (answer > RESPONSE_LIMIT) {
      for (const proxy of settling) proxy.forget();
      throw excelError(`ResponsePayloadSizeLimitExceeded: an answer of ${answer} bytes`);
    }
  }
}

/** The fake Excel a test installs as the global `Excel` (and `Office` for requirement checks). */
export class FakeExcel {
  /** `book`: what the workbook holds to begin with (a copy of another fake's, see copyOf), empty by default. */
  constructor(readonly book = new WorkbookState()) {}
  /** Syncs, Excel.run calls and each sync's request size (bytes) since the last `count`. */
  syncs = 0;
  runs = 0;
  payloads: number[] = [];
  /** Each sync's answer size (bytes): what it loaded, as JSON. */
  responses: number[] = [];
  /**
   * Whether each request and answer is sized (payloads, responses) and refused over Excel's 5 MB: off in the
   * thousands of cut runs of the cut tests, whose requests before the cut their run not cut has sized.
   */
  sizesRequests = true;
  /** Makes the n-th sync (counted like `syncs`) throw, after the commands before it were applied. */
  failOnSync?: number;
  /** Makes every sync from the n-th on throw, as Excel refusing every request: clean-ups fail too. */
  failFromSync?: number;
  /**
   * Commands queued by every Excel.run (loads, writes, sheet and name changes), counted from 0 when a
   * test sets it; the command numbered `failAtCommand` fails, and its request with it, the commands
   * before it applied and those after it not run, as Excel does. From `failFromCommand` on, every
   * command and every request fails (the pane closed, or Excel refusing everything).
   */
  commands = 0;
  failAtCommand?: number;
  /** Called with each command's number (counted like `commands`) before the command runs or fails. */
  beforeCommand?: (command: number) => void;
  failFromCommand?: number;
  /** The Office.js error code that sync fails with. */
  failCode = "GeneralException";
  supportedApi = "1.9";
  /** The desktop's own set (ExcelApiDesktop, "1.1"), where the fake is Excel on Windows or Mac: none unless set. */
  supportedDesktopApi?: string;
  /**
   * How getDisplayedCellProperties fails where the fake has ExcelApi 1.19, if it does: where it is called
   * ("call"), as Office.js throws for a member the host lacks, or failing the request it is sent in ("sync").
   */
  drawnLooksFail?: "call" | "sync";
  /**
   * From this sync on (counted like `syncs`) the user is editing a cell, until `leaveCellEdit`: a run
   * that does not wait fails there with InvalidOperationInCellEditMode (its commands already applied, the
   * worst Excel may do), and a run with delayForCellEdit waits.
   */
  cellEditFromSync?: number;
  /** The syncs sent with calculation suspended, and the calculations asked for, in order. */
  readonly suspendedSyncs = new Set<number>();
  readonly calculations: string[] = [];
  /** How many syncs waited for the user to leave a cell. */
  waitedForCellEdit = 0;
  private leave: () => void = () => undefined;
  readonly cellEditEnded = new Promise<void>((resolve) => (this.leave = resolve));
  private left = false;
  /** What the user does while the n-th request is on its way to Excel (counted like `syncs`). */
  duringSync?: (sync: number) => void;
  /** Makes the n-th sync never return, as when the pane reloads mid-write: no code after it runs. */
  abandonAtSync?: number;

  refusing(): boolean {
    return this.failFromCommand !== undefined && this.commands >= this.failFromCommand;
  }

  editing(): boolean {
    return !this.left && this.cellEditFromSync !== undefined && this.syncs >= this.cellEditFromSync;
  }

  leaveCellEdit(): void {
    this.left = true;
    this.leave();
  }

  install(): this {
    Object.assign(globalThis, {
      Excel: {
        run: <T>(
          ...args:
            | [(context: Excel.RequestContext) => Promise<T>]
            | [Excel.RunOptions, (context: Excel.RequestContext) => Promise<T>]
        ): Promise<T> => {
          this.runs++;
          const [options, batch] = args.length === 1 ? [{}, args[0]] : args;
          const context = new FakeContext(this.book, this, options.delayForCellEdit === true);
          return batch(context as unknown as Excel.RequestContext);
        },
      },
      Office: {
        context: {
          requirements: {
            isSetSupported: (name: string, version: string) =>
              name === "ExcelApi"
                ? apiMinor(version) <= apiMinor(this.supportedApi)
                : name === "ExcelApiDesktop" &&
                  this.supportedDesktopApi !== undefined &&
                  apiMinor(version) <= apiMinor(this.supportedDesktopApi),
          },
        },
      },
    });
    return this;
  }

  /** Runs one host action and reports its syncs, Excel.run calls and largest request. */
  async count<T>(
    action: () => Promise<T>,
  ): Promise<{ result: T; syncs: number; runs: number; largestPayload: number }> {
    [this.syncs, this.runs, this.payloads] = [0, 0, []];
    const result = await action();
    return { result, syncs: this.syncs, runs: this.runs, largestPayload: Math.max(0, ...this.payloads) };
  }
}

export function installFakeExcel(): FakeExcel {
  const excel = new FakeExcel().install();
  excel.book.addSheet("Sheet1");
  return excel;
}
