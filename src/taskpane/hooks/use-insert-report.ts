import { useState } from "react";
import type { Text, WorkbookPlan } from "../../core";
import { ReferencesWouldBreak } from "../../host/references-break";
import { ReplaceNeeded } from "../../host/report-exists";
import type { InsertResult, WorkbookHost } from "../../host/workbook-host";
import { format, useI18n } from "../i18n/context";
import type { TaskStatus } from "./use-task-status";
import { WORDS } from "../../core/vocabulary";

/** A plan Excel would not insert without asking, because the workbook already holds a report or a campaign. */
export interface PendingInsert {
  readonly plan: WorkbookPlan;
  readonly fileName: string;
  readonly done: string | undefined;
  /** What the workbook holds, the question, and the choice that replaces it. */
  readonly holds: Text;
  readonly question: Text;
  readonly replace: Text;
  /** Replacing was refused because the user's own formulas, lists, charts… point at what it replaces. */
  readonly breakReferences?: boolean;
}

/** The question a view shows while an insert waits for the user's answer. */
export interface ReplaceChoice {
  readonly pending: PendingInsert;
  readonly replace: () => void;
  readonly keep: () => void;
}

/**
 * Inserting a report as every view does it, through the view's task: when the workbook already holds
 * one, the insert waits for the user's answer (replace it, or keep it and stop) rather than failing;
 * and again when replacing it would break the user's own formulas, lists or charts pointing at it.
 */
export function useInsertReport(host: WorkbookHost, task: TaskStatus) {
  const { m, t } = useI18n();
  const [pending, setPending] = useState<PendingInsert | null>(null);

  /** The result, or null when the user is being asked first; any other failure is thrown. */
  async function attempt(
    plan: WorkbookPlan,
    fileName: string,
    replace: boolean,
    done: string | undefined,
    breakReferences = false,
  ): Promise<InsertResult | null> {
    setPending(null);
    try {
      return await host.insertReport(plan, fileName, {
        replace,
        ...(breakReferences ? { breakReferences } : {}),
      });
    } catch (error) {
      if (error instanceof ReferencesWouldBreak) {
        setPending({
          plan,
          fileName,
          done,
          holds: error.text,
          question: WORDS.officeErrors.referencesQuestion,
          replace: WORDS.officeErrors.replaceAnyway,
          breakReferences: true,
        });
        return null;
      }
      if (!(error instanceof ReplaceNeeded)) throw error;
      setPending({
        plan,
        fileName,
        done,
        holds: error.text,
        question: error.question,
        replace: error.replace,
      });
      return null;
    }
  }

  /** `done`: what to say once inserted, when the view has its own words for it. */
  const insert = (
    plan: WorkbookPlan,
    fileName: string,
    replace = false,
    done?: string,
    breakReferences = false,
  ) =>
    task.run(async () => {
      const result = await attempt(plan, fileName, replace, done, breakReferences);
      if (!result) return null;
      const text =
        done ??
        (host.kind === "excel"
          ? format(m.templates.inserted, { sheets: result.sheets.join(", ") })
          : format(m.templates.downloaded, { file: fileName }));
      return { intent: "success", text };
    });

  const choice: ReplaceChoice | null = pending && {
    pending,
    replace: () => void insert(pending.plan, pending.fileName, true, pending.done, pending.breakReferences),
    keep: () => {
      setPending(null);
      task.say({ intent: "success", text: t(WORDS.officeErrors.kept) });
    },
  };

  return {
    insert: (plan: WorkbookPlan, fileName: string, done?: string) => insert(plan, fileName, false, done),
    choice,
    /**
     * After an undo, which changes what the workbook holds: a question still open may speak of a report
     * no longer there, so it is put away; inserting again asks again of the workbook as it is then.
     */
    putAway: () => setPending(null),
  };
}
