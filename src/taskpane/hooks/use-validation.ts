import { useEffect, useRef, useState } from "react";
import { checkAgainstCampaign, checkFile, extract, type CheckedFile, type Finding } from "../../core";
import type { WorkbookHost } from "../../host/workbook-host";
import { toPayloads } from "../worker/payloads";
import type { StartJob } from "../worker/start-job";
import { usePickedCampaign } from "./picked-campaign";
import { useTaskStatus } from "./use-task-status";
import { useViewShown } from "./view-shown";

/**
 * Validation's flow: the open workbook in Excel, or many files in the page; the view only renders it.
 * With a campaign picked, each report is also checked against it: its unit, name, period, targets and due date.
 */
export function useValidation(host: WorkbookHost, startJob: StartJob) {
  const task = useTaskStatus();
  const [results, setResults] = useState<readonly CheckedFile[]>([]);
  const [picked, setPicked] = useState<CheckedFile | null>(null);
  /** Whether this pane marked the open workbook's error cells: a new check then moves the marks to its errors. */
  const [marked, setMarked] = useState(false);
  const live = host.live;
  const campaign = usePickedCampaign()[0]?.campaign ?? null;

  /** Validation says nothing when it works: what it found is the result; only a failure is told. */
  const guarded = (action: () => Promise<void>) =>
    task.run(async () => {
      await action();
      return null;
    });

  /** Shows the files checked (against the campaign when one is picked), and returns them as shown. */
  const show = (files: readonly CheckedFile[]) => {
    const shown = campaign ? files.map((f) => checkAgainstCampaign(f, campaign)) : files;
    setResults(shown);
    setPicked(null);
    return shown;
  };
  const findings = results.flatMap((r) => r.findings);
  const validateWorkbook = () =>
    void guarded(async () => {
      const extraction = extract(await live!.readGrid());
      const shown = show([checkFile({ source: { name: "", sha256: "" }, extraction })]);
      // Marks left on cells the clerk has fixed would contradict "Sẵn sàng gửi".
      if (marked) await live!.markFindings(shown.flatMap((f) => f.findings));
    });
  useCheckAgainOnReturn(live !== undefined && results.length > 0, validateWorkbook);
  return {
    results,
    picked,
    pick: setPicked,
    busy: task.busy,
    failure: task.status,
    // An error of the whole workbook (no report in it, a sheet missing) has no cell to mark.
    canMark: findings.some((f) => f.severity === "error" && f.sheet && f.cell),
    validateWorkbook,
    validateFiles: (files: readonly File[]) =>
      void guarded(async () => {
        if (files.length === 0) return;
        const result = await startJob({ kind: "validate", files: toPayloads(files) }, () => undefined).result;
        if (result.kind === "validate") show(result.files);
      }),
    mark: () =>
      void guarded(async () => {
        await live!.markFindings(findings);
        setMarked(true);
      }),
    clearMarks: () =>
      void guarded(async () => {
        await live!.clearMarks();
        setMarked(false);
      }),
    select: live ? (f: Finding) => void guarded(() => live.selectCell(f.sheet!, f.cell!)) : undefined,
  };
}

/**
 * The open workbook checked again when its view is shown again: while another view was shown the clerk
 * may have typed, or inserted a report over the one checked, and the list would name what is gone.
 */
function useCheckAgainOnReturn(checked: boolean, check: () => void) {
  const shown = useViewShown();
  const wasShown = useRef(shown);
  useEffect(() => {
    const back = shown && !wasShown.current;
    wasShown.current = shown;
    if (back && checked) check();
    // Only a return to the view checks again; a new check or list of results is no return.
  }, [shown]);
}
