import type { Campaign, CheckedFile, Finding, SummaryView, Text } from "../../core";
import type { SummaryOutput } from "../../host/workbook-host";
import type { PlanPart } from "./plan-parts";

/**
 * A file handed to a worker as the browser's handle to it. The worker reads its bytes, size and date:
 * for a file picked from disk each of those is a trip to the disk, which on the page's thread would
 * block it for every one of a thousand files.
 */
export interface FilePayload {
  readonly name: string;
  readonly file: File;
}

export type JobRequest =
  | { readonly kind: "validate"; readonly files: readonly FilePayload[] }
  /** Reads and checks a campaign workbook (one file). */
  | { readonly kind: "campaign"; readonly files: readonly FilePayload[] }
  | {
      readonly kind: "rollup";
      readonly files: readonly FilePayload[];
      /** The expected units' list (CSV). */
      readonly units?: FilePayload;
      readonly periodId?: string;
      /** The summarising unit; its kind as a unit kind's key, or none for the campaign's (else a province's). */
      readonly parent?: { readonly code: string; readonly name: string; readonly kind?: string };
      /** The province's campaign workbook: targets, blocs, scoring, due dates. */
      readonly campaign?: FilePayload;
      /** The previous period's summary, for each unit's change. */
      readonly previous?: FilePayload;
      /** What the host wants of the summary: its sheet plan, or the finished file. */
      readonly output: SummaryOutput["kind"];
    };

export type JobResult =
  | { readonly kind: "validate"; readonly files: readonly CheckedFile[] }
  | { readonly kind: "campaign"; readonly campaign: Campaign | null; readonly findings: readonly Finding[] }
  | { readonly kind: "rollup"; readonly summary: SummaryView; readonly output: SummaryOutput };

/**
 * What a worker sends last. A roll-up's summary goes ahead in a message of its own, so the pane shows
 * the result while the summary's file (or sheet plan) is still being made.
 */
export type WorkerResult =
  | Exclude<JobResult, { readonly kind: "rollup" }>
  | { readonly kind: "rollup"; readonly output: SummaryOutput };

export type WorkerMessage =
  | { readonly type: "progress"; readonly done: number; readonly total: number; readonly file: string }
  | { readonly type: "summary"; readonly summary: SummaryView }
  /** A summary's sheet plan comes in parts before the last message, which carries its names. */
  | PlanPart
  | { readonly type: "done"; readonly result: WorkerResult }
  | {
      readonly type: "failed";
      readonly text: Text;
      /** Files refused with their reasons; empty when the failure was not about files. */
      readonly rejected: readonly RejectedFile[];
    };

/** Why each file was refused, when a roll-up could not produce a summary at all. */
export interface RejectedFile {
  readonly name: string;
  readonly reason: Text;
}
