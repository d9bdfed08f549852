import { whenIdle } from "./when-idle";
import { useEffect, useRef, useState } from "react";
import { periodsOfYear, type Period, type SummaryView, type UnitKind } from "../../core";
import { errorCode } from "../../host/error-text";
import type { SummaryOutput, WorkbookHost } from "../../host/workbook-host";
import { checkFileSize } from "../../xlsx/limits";
import { useI18n } from "../i18n/context";
import { toPayloads } from "../worker/payloads";
import type { JobRequest, RejectedFile } from "../worker/protocol";
import { JobCancelled, JobFailed, type Progress, type RunningJob, type StartJob } from "../worker/start-job";
import { useCampaignChoice } from "./use-campaign-choice";
import { useOverwriteQuestion } from "./use-overwrite-question";
import { useParentUnit } from "./use-parent-unit";
import { summaryFileName, useSummaryWriter, type Finished } from "./use-summary-writer";
import { useErrorText } from "./use-error-text";
import type { Notice } from "./use-task-status";
import { WORDS } from "../../core/vocabulary";

export interface RolledUp {
  readonly summary: SummaryView;
  /** Null while the summary's file (or sheet plan) is still being made, after the result is shown. */
  readonly output: SummaryOutput | null;
}

const recentPeriods = (now = new Date().getFullYear()): Period[] =>
  [now, now - 1, now - 2].flatMap(periodsOfYear);

/** What the worker is asked to roll up: the files picked, as payloads, under the unit named. */
async function rollupRequest(
  output: WorkbookHost["summaryOutput"],
  picks: {
    files: readonly File[];
    units: File | null;
    campaignFile: File | null;
    previous: File | null;
    periodId: string;
    parent: { code: string; name: string; kind: UnitKind };
  },
): Promise<JobRequest> {
  const { files, units, campaignFile, previous, periodId, parent } = picks;
  if (units) checkFileSize(units.size, units.name);
  return {
    kind: "rollup",
    output,
    files: toPayloads(files),
    ...(units ? { units: toPayloads([units])[0]! } : {}),
    ...(campaignFile ? { campaign: toPayloads([campaignFile])[0]! } : {}),
    ...(previous ? { previous: toPayloads([previous])[0]! } : {}),
    ...(periodId ? { periodId } : {}),
    parent: { code: parent.code.trim(), name: parent.name.trim(), kind: parent.kind },
  };
}

/**
 * The roll-up's whole flow, from the files picked to the summary written: the view only renders what
 * this holds and calls what it offers.
 */
export function useRollup(host: WorkbookHost, startJob: StartJob) {
  const { m, t } = useI18n();
  const errorText = useErrorText();
  const [files, setFiles] = useState<File[]>([]);
  const [units, setUnits] = useState<File | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const choice = useCampaignChoice(startJob, { setNotice, fail });
  const { campaignFile, periodId } = choice;
  const [previous, setPrevious] = useState<File | null>(null);
  const { parentCode, parentName, parentKind, parentAsked, setParentAsked, ...parentSetters } = useParentUnit(
    choice.campaign?.parent,
  );
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<RolledUp | null>(null);
  const overwrite = useOverwriteQuestion(host);
  // A write answers the question of writing over what the workbook holds: the question is put away.
  const writer = useSummaryWriter(host, { setNotice, fail, onWrite: overwrite.putAway });
  const { writeIntoWorkbook, writing, writeFailed, setWriteFailed, written, breaking, setBreaking } = writer;
  const [rejected, setRejected] = useState<readonly RejectedFile[]>([]);
  const job = useRef<RunningJob | null>(null);
  // A roll-up is what this view is for: its worker loads while the user picks the files, once the view
  // is drawn and answers.
  useEffect(() => whenIdle(() => startJob.prepare?.()), [startJob]);

  /** Every failure ends here, so the files refused with their reasons survive a failed roll-up. */
  function fail(error: unknown) {
    if (error instanceof JobCancelled) return setNotice({ intent: "info", text: m.rollup.cancelled });
    setNotice({ intent: "error", text: errorText(error), code: errorCode(error) });
    setRejected(error instanceof JobFailed ? error.rejected : []);
  }

  /**
   * In Excel, a summary goes into the open workbook, asking first when that workbook holds another unit's
   * report or a summary it would replace that is not this one made again (another unit's, another period's).
   */
  async function deliver(done: Finished) {
    if (!host.live) return;
    const asked = await overwrite.writtenOverBy(done.summary);
    if (asked) overwrite.ask(asked);
    else await writeIntoWorkbook(done);
  }

  async function start() {
    if (files.length === 0) return setNotice({ intent: "info", text: m.rollup.noFiles });
    // The summary goes upward under this unit: never under a placeholder nobody chose.
    if (!parentCode.trim() || !parentName.trim()) {
      setParentAsked(true);
      return setNotice({ intent: "error", text: m.rollup.parentRequired });
    }
    setNotice(null);
    setResult(null);
    overwrite.putAway();
    setWriteFailed(false);
    setBreaking(null);
    setRejected([]);
    setProgress({ done: 0, total: files.length, file: "" });
    try {
      const running = startJob(
        await rollupRequest(host.summaryOutput, {
          files,
          units,
          campaignFile,
          previous,
          periodId,
          parent: { code: parentCode, name: parentName, kind: parentKind },
        }),
        setProgress,
        (summary) => setResult({ summary, output: null }),
      );
      job.current = running;
      const done = await running.result;
      if (done.kind !== "rollup") return;
      setResult(done);
      await deliver(done);
    } catch (error) {
      fail(error);
    } finally {
      job.current = null;
      setProgress(null);
    }
  }

  const download = () =>
    result?.output && void host.writeSummary(result.output, summaryFileName(result.summary)).catch(fail);

  return {
    files,
    addFiles: (picked: readonly File[]) =>
      setFiles((now) => [...now.filter((n) => !picked.some((f) => f.name === n.name)), ...picked]),
    clearFiles: () => setFiles([]),
    units,
    setUnits,
    campaignFile,
    pickCampaign: choice.pickCampaign,
    clearCampaign: choice.clearCampaign,
    previous,
    setPrevious,
    periodId,
    setPeriodId: choice.setPeriodId,
    periods: choice.campaignPeriods ?? recentPeriods(),
    parentCode,
    parentName,
    parentAsked,
    parentKind,
    ...parentSetters,
    progress,
    result,
    notice,
    /** An undo: what was said of the write undone is put away, and a question open asked again. */
    undone: () => {
      setNotice(null);
      void overwrite.askAgain(result?.summary);
    },
    rejected,
    overwrite: overwrite.question,
    writing,
    writesEnded: writer.writesEnded,
    writeFailed,
    written,
    stopWriting: writer.stopWriting,
    breaking,
    breakReferences: () =>
      result?.output &&
      void writeIntoWorkbook({ ...result, output: result.output }, { breakReferences: true }),
    keepReferences: () => {
      setBreaking(null);
      setNotice({ intent: "info", text: t(WORDS.officeErrors.notWritten) });
    },
    start: () => void start(),
    cancel: () => job.current?.cancel(),
    writeAnyway: () => result?.output && void writeIntoWorkbook({ ...result, output: result.output }),
    download,
  };
}
