import { countFindings, hasErrors, type Finding } from "../findings/finding";
import type { Period } from "../model/period";
import type { Submission } from "../rollup/types";
import type { Targets } from "../model/targets";
import { fill, type Text } from "../text/text";
import type { Nomination } from "../catalog";
import type { Report } from "../report/report";
import { validate } from "./validate";
import { WORDS } from "../vocabulary";

/** What checking one received file found, as every front end shows it. */
export interface CheckedFile {
  readonly name: string;
  readonly sha256: string;
  /** Set when the file could not be read at all. */
  readonly unusable?: Text;
  readonly unit?: { readonly code: string; readonly name: string };
  /** The report's period, its dates and the targets it carries: what a campaign checks it against. */
  readonly period?: Period;
  readonly targets?: Targets;
  /** The targets its forms say do not apply to the unit; absent when none. */
  readonly notApplicable?: readonly string[];
  /** The people and works it proposes, where its template has the list: what a campaign's awards check. */
  readonly nominations?: readonly Nomination[];
  /** Its forms, and the rows its campaign added to them (TD_Rows): the split a campaign checks. */
  readonly shape?: Pick<Report, "templates" | "subRows">;
  /** When the report is due, once checked against the province's campaign (see `checkAgainstCampaign`). */
  readonly due?: string;
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  /** No errors: the report can be sent. */
  readonly ready: boolean;
}

export function checkFile(submission: Submission): CheckedFile {
  const { name, sha256 } = submission.source;
  if ("unreadable" in submission)
    return {
      name,
      sha256,
      unusable: submission.unreadable,
      findings: [],
      errors: 0,
      warnings: 0,
      ready: false,
    };
  const findings = validate(submission.extraction);
  const report = submission.extraction.report;
  return {
    name,
    sha256,
    findings,
    ...countFindings(findings),
    ready: !hasErrors(findings),
    ...(report
      ? {
          unit: { code: report.unit.code, name: report.unit.name },
          period: report.period,
          targets: report.targets,
          ...(report.notApplicable ? { notApplicable: [...report.notApplicable] } : {}),
          ...(report.nominations ? { nominations: report.nominations } : {}),
          shape: { templates: report.templates, ...(report.subRows ? { subRows: report.subRows } : {}) },
        }
      : {}),
  };
}

/**
 * Whose report a checked file is and for which period, as a person reads it ("Công đoàn P01 (P01), Đợt 1
 * năm 2025 (01/01/2025 – 30/6/2025)", not "…, 2025-D1"); null where it holds no report.
 */
export const reportAbout = (file: CheckedFile): Text | null =>
  file.unit && file.period
    ? fill(WORDS.period.reportAbout, {
        unit: file.unit.name,
        code: file.unit.code,
        period: file.period.label,
      })
    : null;
