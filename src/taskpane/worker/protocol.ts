import type { Finding, Summary, Text, WorkbookPlan } from "../../core";

/** A file handed to the worker: its bytes move (transfer), they are not copied. */
export interface FilePayload {
  readonly name: string;
  readonly bytes: ArrayBuffer;
  /** The file's own time (ms), used when the workbook records no save time. */
  readonly lastModified: number;
}

export type JobRequest =
  | { readonly kind: "validate"; readonly files: readonly FilePayload[] }
  | {
      readonly kind: "rollup";
      readonly files: readonly FilePayload[];
      readonly units?: { readonly name: string; readonly text: string };
      readonly periodId?: string;
      readonly parent?: { readonly code: string; readonly name: string };
    };

export interface ValidatedFile {
  readonly name: string;
  readonly sha256: string;
  readonly unusable?: Text;
  readonly unit?: { readonly code: string; readonly name: string };
  readonly periodId?: string;
  readonly findings: readonly Finding[];
}

export type JobResult =
  | { readonly kind: "validate"; readonly files: readonly ValidatedFile[] }
  | { readonly kind: "rollup"; readonly summary: Summary; readonly plan: WorkbookPlan };

export type WorkerMessage =
  | { readonly type: "progress"; readonly done: number; readonly total: number; readonly file: string }
  | { readonly type: "done"; readonly result: JobResult }
  | { readonly type: "failed"; readonly text: Text };
