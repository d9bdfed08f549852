import { FakeNames, FakeWorkbookProtection, FakeWorksheets, type Proxy, type SyncHost } from "./fake-proxies";
import { WorkbookState } from "./fake-state";

/** One Excel.run's request context: every sync is counted, and one of them can be made to fail. */
class FakeContext implements SyncHost {
  syncs = 0;
  pending = new Set<Proxy>();
  readonly workbook: { worksheets: FakeWorksheets; names: FakeNames; protection: FakeWorkbookProtection };

  constructor(
    readonly book: WorkbookState,
    private readonly excel: FakeExcel,
  ) {
    this.workbook = {
      worksheets: new FakeWorksheets(this),
      names: new FakeNames(this),
      protection: new FakeWorkbookProtection(this),
    };
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.excel.syncs++;
    if (this.excel.failOnSync === this.excel.syncs) throw new Error("GeneralException: the fake sync failed");
    const settling = [...this.pending];
    this.pending.clear();
    for (const proxy of settling) proxy.settle();
  }
}

const minor = (version: string) => Number(version.split(".")[1]);

/** The fake Excel a test installs as the global `Excel` (and `Office` for requirement checks). */
export class FakeExcel {
  readonly book = new WorkbookState();
  /** Syncs and Excel.run calls since the last `count`. */
  syncs = 0;
  runs = 0;
  /** Makes the n-th sync (counted like `syncs`) throw, after the commands before it were applied. */
  failOnSync?: number;
  supportedApi = "1.9";

  install(): this {
    Object.assign(globalThis, {
      Excel: {
        run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
          this.runs++;
          return batch(new FakeContext(this.book, this) as unknown as Excel.RequestContext);
        },
      },
      Office: {
        context: {
          requirements: {
            isSetSupported: (name: string, version: string) =>
              name === "ExcelApi" && minor(version) <= minor(this.supportedApi),
          },
        },
      },
    });
    return this;
  }

  /** Runs one host action and reports its syncs and Excel.run calls. */
  async count<T>(action: () => Promise<T>): Promise<{ result: T; syncs: number; runs: number }> {
    [this.syncs, this.runs] = [0, 0];
    const result = await action();
    return { result, syncs: this.syncs, runs: this.runs };
  }
}

export function installFakeExcel(): FakeExcel {
  const excel = new FakeExcel().install();
  excel.book.addSheet("Sheet1");
  return excel;
}
