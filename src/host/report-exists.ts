import { fill, type Text } from "../core/text";
import { OFFICE_ERRORS } from "./error-text";
import { HostError } from "./workbook-host";

/** The report a workbook already holds, as its metadata describes it. */
export interface ExistingReport {
  /** Code and name, or a placeholder when the metadata lacks them. */
  readonly unit: Text;
  readonly period: Text;
  /** Its sheets: the metadata sheet and those holding its form cells. */
  readonly sheets: readonly string[];
}

/**
 * insertReport's answer when the workbook already holds a report and replacing it was not asked:
 * nothing was changed. A pane that can ask catches it and inserts again with `replace`; any other
 * caller shows its text and stops, rather than leaving the first report orphaned.
 */
export class ReportExists extends HostError {
  constructor(readonly existing: ExistingReport) {
    super(fill(OFFICE_ERRORS.reportExists, { ...existing, sheets: existing.sheets.join(", ") }));
    this.name = "ReportExists";
  }
}
