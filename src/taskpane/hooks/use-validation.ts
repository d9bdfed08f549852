import { useState } from "react";
import {
  checkAgainstCampaign,
  checkFile,
  extract,
  hasErrors,
  type CheckedFile,
  type Finding,
} from "../../core";
import type { WorkbookHost } from "../../host/workbook-host";
import { toPayloads } from "../worker/payloads";
import type { StartJob } from "../worker/start-job";
import { usePickedCampaign } from "./picked-campaign";
import { useTaskStatus } from "./use-task-status";

/**
 * Validation's flow: the open workbook in Excel, or many files in the page; the view only renders it.
 * With a campaign picked, each report is also checked against it: its unit, name, period, targets and due date.
 */
export function useValidation(host: WorkbookHost, startJob: StartJob) {
  const task = useTaskStatus();
  const [results, setResults] = useState<readonly CheckedFile[]>([]);
  const [picked, setPicked] = useState<CheckedFile | null>(null);
  const live = host.live;
  const campaign = usePickedCampaign()[0]?.campaign ?? null;

  /** Validation says nothing when it works: what it found is the result; only a failure is told. */
  const guarded = (action: () => Promise<void>) =>
    task.run(async () => {
      await action();
      return null;
    });

  const show = (files: readonly CheckedFile[]) => {
    setResults(campaign ? files.map((f) => checkAgainstCampaign(f, campaign)) : files);
    setPicked(null);
  };
  const findings = results.flatMap((r) => r.findings);
  return {
    results,
    picked,
    pick: setPicked,
    busy: task.busy,
    failure: task.status,
    canMark: hasErrors(findings),
    validateWorkbook: () =>
      void guarded(async () => {
        const extraction = extract(await live!.readGrid());
        show([checkFile({ source: { name: "", sha256: "" }, extraction })]);
      }),
    validateFiles: (files: readonly File[]) =>
      void guarded(async () => {
        if (files.length === 0) return;
        const result = await startJob({ kind: "validate", files: toPayloads(files) }, () => undefined).result;
        if (result.kind === "validate") show(result.files);
      }),
    mark: () => void guarded(() => live!.markFindings(findings)),
    clearMarks: () => void guarded(() => live!.clearMarks()),
    select: live ? (f: Finding) => void guarded(() => live.selectCell(f.sheet!, f.cell!)) : undefined,
  };
}
