import { useState } from "react";
import type { Text, WorkbookPlan } from "../../core";
import { ReportExists } from "../../host/report-exists";
import type { InsertResult, WorkbookHost } from "../../host/workbook-host";

/** A report Excel would not insert without asking, because the workbook already holds one. */
export interface PendingInsert {
  readonly plan: WorkbookPlan;
  readonly fileName: string;
  readonly question: Text;
}

/**
 * Inserting a report as every view does it: when the workbook already holds one, the insert waits for
 * the user's answer (replace it, or keep it and stop) rather than failing.
 */
export function useInsertReport(host: WorkbookHost) {
  const [pending, setPending] = useState<PendingInsert | null>(null);

  /** The result, or null when the user is being asked first; any other failure is thrown. */
  async function insert(plan: WorkbookPlan, fileName: string, replace = false): Promise<InsertResult | null> {
    setPending(null);
    try {
      return await host.insertReport(plan, fileName, { replace });
    } catch (error) {
      if (!(error instanceof ReportExists)) throw error;
      setPending({ plan, fileName, question: error.text });
      return null;
    }
  }

  return {
    insert,
    pending,
    /** Replaces the report the workbook holds with the pending one. */
    replace: () => (pending ? insert(pending.plan, pending.fileName, true) : Promise.resolve(null)),
    keep: () => setPending(null),
  };
}
