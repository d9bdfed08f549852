import { fill, type Text } from "../core/text/text";
import { HostError } from "./workbook-host";
import { WORDS } from "../core/vocabulary";

/** The report a workbook already holds, as its metadata describes it. */
export interface ExistingReport {
  /** Code and name, or a placeholder when the metadata lacks them. */
  readonly unit: Text;
  readonly period: Text;
  /** Its sheets: the metadata sheet and those holding its form cells. */
  readonly sheets: readonly string[];
}

/**
 * insertReport's answer when the workbook already holds what the plan would replace and replacing it
 * was not asked: nothing was changed. A pane that can ask catches it, asks `question` with the
 * `replace` choice, and inserts again with `replace`; any other caller shows its text and stops.
 */
export abstract class ReplaceNeeded extends HostError {
  abstract readonly question: Text;
  abstract readonly replace: Text;
}

/** The workbook holds a report (our metadata sheet): rather than leave the first report orphaned. */
export class ReportExists extends ReplaceNeeded {
  readonly question = WORDS.officeErrors.replaceQuestion;
  readonly replace = WORDS.officeErrors.replace;
  constructor(readonly existing: ExistingReport) {
    super(fill(WORDS.officeErrors.reportExists, { ...existing, sheets: existing.sheets.join(", ") }));
    this.name = "ReportExists";
  }
}

/** The workbook holds a campaign (its tables): Excel's table names are the workbook's, so one at a time. */
export class CampaignExists extends ReplaceNeeded {
  readonly question = WORDS.officeErrors.replaceCampaignQuestion;
  readonly replace = WORDS.officeErrors.replaceCampaign;
  constructor(readonly sheets: readonly string[]) {
    super(fill(WORDS.officeErrors.campaignExists, { sheets: sheets.join(", ") }));
    this.name = "CampaignExists";
  }
}
