import { useState } from "react";
import { errorCode } from "../../host/error-text";
import { useErrorText } from "./use-error-text";

/** What a view says after an action: done, failed, or just so. */
export interface Notice {
  readonly intent: "success" | "error" | "info" | "warning";
  readonly text: string;
  /** The Office.js error code behind a failure, shown small for support. */
  readonly code?: string | undefined;
}

/**
 * One action at a time, and what the last one said: while it runs the view's buttons wait, and a
 * failure is told in words through the one error-to-message helper.
 */
export function useTaskStatus() {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Notice | null>(null);

  /** Runs `action`; its notice (null: nothing to say) or its failure becomes the status. */
  async function run(action: () => Promise<Notice | null>) {
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ intent: "error", text: errorText(error), code: errorCode(error) });
    } finally {
      setBusy(false);
    }
  }

  return { busy, status, run, say: setStatus };
}

export type TaskStatus = ReturnType<typeof useTaskStatus>;
