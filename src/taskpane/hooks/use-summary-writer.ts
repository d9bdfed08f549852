import { useRef, useState } from "react";
import type { SummaryView } from "../../core";
import { ReferencesWouldBreak } from "../../host/references-break";
import type { SummaryOutput, WorkbookHost, WriteOptions } from "../../host/workbook-host";
import { useI18n } from "../i18n/context";
import { useErrorText } from "./use-error-text";
import type { Notice } from "./use-task-status";
import { WORDS } from "../../core/vocabulary";

/** A roll-up's result whose summary file (or sheet plan) is made, ready to write. */
export interface Finished {
  readonly summary: SummaryView;
  readonly output: SummaryOutput;
}

/** How long a write into Excel runs before the pane says it may be waiting for a cell being edited. */
const WAIT_NOTICE_MS = 3000;

export const summaryFileName = (summary: SummaryView) =>
  `tong-hop-${summary.parent.code}-${summary.period.id}.xlsx`;

/**
 * Writing a computed summary into the workbook: its progress, the user's formulas it would break (said
 * before anything is written), a stop, and a failed write tried again without rolling up again.
 */
export function useSummaryWriter(
  host: WorkbookHost,
  {
    setNotice,
    fail,
    onWrite,
  }: {
    setNotice: (notice: Notice | null) => void;
    fail: (error: unknown) => void;
    /** Called as a write starts. */
    onWrite: () => void;
  },
) {
  const { m, t } = useI18n();
  const errorText = useErrorText();
  const [writing, setWriting] = useState(false);
  const [writeFailed, setWriteFailed] = useState(false);
  /**
   * How many writes have ended. A write may start and end before the pane draws again (a quick Excel, the
   * result's tables drawing at the same time): `writing` then never shows true, and what asks Excel again
   * when it changes never asks; this count changes with every write.
   */
  const [writesEnded, setWritesEnded] = useState(0);
  /** How many of the summary's sheets Excel has built, of how many, while it writes. */
  const [written, setWritten] = useState<{ done: number; total: number } | null>(null);
  const stopWriting = useRef<AbortController | null>(null);
  /** The user's formulas a write would break, said before anything is written; null when none. */
  const [breaking, setBreaking] = useState<string | null>(null);

  /**
   * Writes the summary already computed: a failed write is tried again from it, without rolling up again.
   * Excel holds a write while a cell is being edited; past a few seconds the pane says what it waits for.
   */
  async function writeIntoWorkbook(done: Finished, options: WriteOptions = {}) {
    onWrite();
    setBreaking(null);
    setWriting(true);
    setWriteFailed(false);
    setNotice({ intent: "info", text: m.rollup.writing });
    const waiting = setTimeout(
      () => setNotice({ intent: "info", text: m.rollup.writingWaits }),
      WAIT_NOTICE_MS,
    );
    const stop = new AbortController();
    stopWriting.current = stop;
    try {
      await host.writeSummary(done.output, summaryFileName(done.summary), {
        ...options,
        signal: stop.signal,
        onProgress: (sheets, total) => setWritten({ done: sheets, total }),
      });
      setNotice({ intent: "success", text: m.rollup.written });
    } catch (error) {
      if (error instanceof ReferencesWouldBreak) {
        setNotice(null);
        setBreaking(`${t(error.text)} ${t(WORDS.officeErrors.referencesAdvice)}`);
      } else if (stop.signal.aborted) {
        setNotice({ intent: "info", text: errorText(error) });
      } else {
        setWriteFailed(true);
        fail(error);
      }
    } finally {
      clearTimeout(waiting);
      stopWriting.current = null;
      setWritten(null);
      setWriting(false);
      setWritesEnded((n) => n + 1);
    }
  }

  return {
    writeIntoWorkbook,
    writing,
    writesEnded,
    writeFailed,
    setWriteFailed,
    written,
    stopWriting: () => stopWriting.current?.abort(),
    breaking,
    setBreaking,
  };
}
