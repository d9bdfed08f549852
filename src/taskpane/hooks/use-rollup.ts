import { whenIdle } from "./when-idle";
import { useEffect, useRef, useState } from "react";
import { extract, periodsOfYear, unitKey, type Period, type SummaryView, type UnitKind } from "../../core";
import { errorCode } from "../../host/error-text";
import { ReferencesWouldBreak } from "../../host/references-break";
import type { SummaryOutput, WorkbookHost, WriteOptions } from "../../host/workbook-host";
import { checkFileSize } from "../../xlsx/limits";
import { format, useI18n } from "../i18n/context";
import { toPayloads } from "../worker/payloads";
import type { JobRequest, RejectedFile } from "../worker/protocol";
import { JobCancelled, JobFailed, type Progress, type RunningJob, type StartJob } from "../worker/start-job";
import { usePickedCampaign } from "./picked-campaign";
import { useErrorText } from "./use-error-text";
import type { Notice } from "./use-task-status";
import { WORDS } from "../../core/vocabulary";

export interface RolledUp {
  readonly summary: SummaryView;
  /** Null while the summary's file (or sheet plan) is still being made, after the result is shown. */
  readonly output: SummaryOutput | null;
}

type Finished = RolledUp & { readonly output: SummaryOutput };

const recentPeriods = (now = new Date().getFullYear()): Period[] =>
  [now, now - 1, now - 2].flatMap(periodsOfYear);

/** How long a write into Excel runs before the pane says it may be waiting for a cell being edited. */
const WAIT_NOTICE_MS = 3000;

const summaryFileName = (summary: SummaryView) => `tong-hop-${summary.parent.code}-${summary.period.id}.xlsx`;

/**
 * The roll-up's whole flow, from the files picked to the summary written: the view only renders what
 * this holds and calls what it offers.
 */
export function useRollup(host: WorkbookHost, startJob: StartJob) {
  const { m, t } = useI18n();
  const errorText = useErrorText();
  const [files, setFiles] = useState<File[]>([]);
  const [units, setUnits] = useState<File | null>(null);
  // The campaign picked in any view: its units are the expected ones, its periods the choices.
  const [picked, setPicked] = usePickedCampaign();
  const campaignFile = picked?.file ?? null;
  const campaignPeriods: readonly Period[] | null = picked?.campaign?.periods ?? null;
  const [previous, setPrevious] = useState<File | null>(null);
  const [periodId, setPeriodId] = useState("");
  const [parentCode, setParentCode] = useState("");
  const [parentName, setParentName] = useState("");
  // A unit kind's key; the campaign's (TD_Parent) until staff pick another, a province's without either.
  const [parentKind, setParentKind] = useState<UnitKind>("federation");
  const [parentAsked, setParentAsked] = useState(false);
  // The campaign's summarising unit (TD_Parent) fills the fields left empty; staff may still change them.
  const campaignParent = picked?.campaign?.parent;
  useEffect(() => {
    if (!campaignParent) return;
    setParentCode((typed) => typed || campaignParent.code);
    setParentName((typed) => typed || campaignParent.name);
    if (campaignParent.kind) setParentKind(campaignParent.kind);
  }, [campaignParent]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<RolledUp | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [writing, setWriting] = useState(false);
  const [writeFailed, setWriteFailed] = useState(false);
  /** How many of the summary's sheets Excel has built, of how many, while it writes. */
  const [written, setWritten] = useState<{ done: number; total: number } | null>(null);
  const stopWriting = useRef<AbortController | null>(null);
  /** The user's formulas a write would break, said before anything is written; null when none. */
  const [breaking, setBreaking] = useState<string | null>(null);
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
   * Writes the summary already computed: a failed write is tried again from it, without rolling up again.
   * Excel holds a write while a cell is being edited; past a few seconds the pane says what it waits for.
   */
  async function writeIntoWorkbook(done: Finished, options: WriteOptions = {}) {
    setOverwrite(false);
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
    }
  }

  /** A picked campaign is read at once: its periods become the choices, its errors show before a roll-up. */
  async function pickCampaign(file: File | undefined) {
    setPicked(null);
    setPeriodId("");
    if (!file) return;
    try {
      const done = await startJob({ kind: "campaign", files: toPayloads([file]) }, () => undefined).result;
      if (done.kind !== "campaign") return;
      setPicked({ file, campaign: done.campaign, findings: done.findings });
      if (done.campaign) return;
      const first = done.findings.find((f) => f.severity === "error");
      const where = first?.sheet ? `${first.sheet}!${first.cell ?? ""}: ` : "";
      const detail = first ? `${where}${t({ vi: first.message_vi, en: first.message_en })}` : "";
      setNotice({ intent: "error", text: `${format(m.campaign.unusable, { file: file.name })} ${detail}` });
    } catch (error) {
      fail(error);
    }
  }

  async function request(): Promise<JobRequest> {
    if (units) checkFileSize(units.size, units.name);
    const code = parentCode.trim();
    return {
      kind: "rollup",
      output: host.summaryOutput,
      files: toPayloads(files),
      ...(units ? { units: toPayloads([units])[0]! } : {}),
      ...(campaignFile ? { campaign: toPayloads([campaignFile])[0]! } : {}),
      ...(previous ? { previous: toPayloads([previous])[0]! } : {}),
      ...(periodId ? { periodId } : {}),
      parent: { code, name: parentName.trim(), kind: parentKind },
    };
  }

  /** In Excel, a summary goes into the open workbook unless that workbook is another unit's report. */
  async function deliver(done: Finished) {
    if (!host.live) return;
    const open = extract(await host.live.readGrid()).meta;
    if (open?.unitCode && unitKey(open.unitCode) !== unitKey(done.summary.parent.code)) {
      const unit = `${open.unitName ?? ""} (${open.unitCode})`;
      setNotice({ intent: "warning", text: format(m.rollup.overwriteWarning, { unit }) });
      setOverwrite(true);
    } else await writeIntoWorkbook(done);
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
    setOverwrite(false);
    setWriteFailed(false);
    setBreaking(null);
    setRejected([]);
    setProgress({ done: 0, total: files.length, file: "" });
    try {
      const running = startJob(await request(), setProgress, (summary) =>
        setResult({ summary, output: null }),
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
    pickCampaign: (file: File | undefined) => void pickCampaign(file),
    clearCampaign: () => {
      setPicked(null);
      setPeriodId("");
    },
    previous,
    setPrevious,
    periodId,
    setPeriodId,
    periods: campaignPeriods ?? recentPeriods(),
    parentCode,
    setParentCode,
    parentName,
    parentAsked,
    parentKind,
    setParentKind,
    setParentName,
    progress,
    result,
    notice,
    rejected,
    overwrite,
    writing,
    writeFailed,
    written,
    stopWriting: () => stopWriting.current?.abort(),
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
