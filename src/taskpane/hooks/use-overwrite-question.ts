import { useState } from "react";
import { writtenOver, type SummaryView } from "../../core";
import type { WorkbookHost } from "../../host/workbook-host";
import { useI18n } from "../i18n/context";

/**
 * The question asked before a summary is written over what the open workbook holds (another unit's
 * report, a summary of another unit or period): its words, or "" once an undo has taken that away, or
 * null while nothing waits to be written.
 */
export function useOverwriteQuestion(host: WorkbookHost) {
  const { t } = useI18n();
  const [question, setQuestion] = useState<string | null>(null);

  /** What in the open workbook `summary` would write over, as the question ("" if nothing). */
  async function writtenOverBy({ parent, period }: SummaryView): Promise<string> {
    const meta = host.live ? await host.live.readMeta() : null;
    const asked = writtenOver(meta, { parentCode: parent.code, periodId: period.id });
    return asked ? t(asked) : "";
  }

  return {
    question,
    writtenOverBy,
    ask: setQuestion,
    putAway: () => setQuestion(null),
    /**
     * After an undo, which changes what the workbook holds: a question still open is asked again of the
     * workbook as it is now, rather than left speaking of what is gone.
     */
    askAgain: async (summary: SummaryView | undefined) => {
      if (question === null || !summary) return;
      const asked = await writtenOverBy(summary).catch(() => null);
      if (asked !== null) setQuestion(asked);
    },
  };
}
