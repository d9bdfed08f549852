import { useState } from "react";
import type { Text, WorkbookPlan } from "../../core";
import { OFFICE_ERRORS } from "../../host/error-text";
import { ReportExists } from "../../host/report-exists";
import type { InsertResult, WorkbookHost } from "../../host/workbook-host";
import { format, useI18n } from "../i18n/context";
import type { TaskStatus } from "./use-task-status";

/** A report Excel would not insert without asking, because the workbook already holds one. */
export interface PendingInsert {
  readonly plan: WorkbookPlan;
  readonly fileName: string;
  readonly question: Text;
}

/** The question a view shows while an insert waits for the user's answer. */
export interface ReplaceChoice {
  readonly pending: PendingInsert;
  readonly replace: () => void;
  readonly keep: () => void;
}

/**
 * Inserting a report as every view does it, through the view's task: when the workbook already holds
 * one, the insert waits for the user's answer (replace it, or keep it and stop) rather than failing.
 */
export function useInsertReport(host: WorkbookHost, task: TaskStatus) {
  const { m, t } = useI18n();
  const [pending, setPending] = useState<PendingInsert | null>(null);

  /** The result, or null when the user is being asked first; any other failure is thrown. */
  async function attempt(
    plan: WorkbookPlan,
    fileName: string,
    replace: boolean,
  ): Promise<InsertResult | null> {
    setPending(null);
    try {
      return await host.insertReport(plan, fileName, { replace });
    } catch (error) {
      if (!(error instanceof ReportExists)) throw error;
      setPending({ plan, fileName, question: error.text });
      return null;
    }
  }

  const insert = (plan: WorkbookPlan, fileName: string, replace = false) =>
    task.run(async () => {
      const result = await attempt(plan, fileName, replace);
      if (!result) return null;
      const text =
        host.kind === "excel"
          ? format(m.templates.inserted, { sheets: result.sheets.join(", ") })
          : format(m.templates.downloaded, { file: fileName });
      return { intent: "success", text };
    });

  const choice: ReplaceChoice | null = pending && {
    pending,
    replace: () => void insert(pending.plan, pending.fileName, true),
    keep: () => {
      setPending(null);
      task.say({ intent: "success", text: t(OFFICE_ERRORS.kept) });
    },
  };

  return { insert: (plan: WorkbookPlan, fileName: string) => insert(plan, fileName), choice };
}
