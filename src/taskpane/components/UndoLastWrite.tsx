import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { LiveWorkbook, UndoableWrite, WriteKind } from "../../host/workbook-host";
import { ReferencesWouldBreak } from "../../host/references-break";
import { useErrorText } from "../hooks/use-error-text";
import { useI18n } from "../i18n/context";
import { WORDS } from "../../core/vocabulary";

const UNDO: Record<WriteKind, keyof typeof WORDS.undoWrite> = {
  summary: "summary",
  report: "report",
  campaign: "campaign",
};
const REDO: Record<WriteKind, keyof typeof WORDS.undoWrite> = {
  summary: "redoSummary",
  report: "redoReport",
  campaign: "redoCampaign",
};

/**
 * "Hoàn tác tổng hợp vừa ghi" and its like: offered while the workbook keeps what the last write of
 * `kinds` replaced (asked again whenever `asked` changes, e.g. when a write ends); a second click redoes.
 * `onUndone` puts away what the view said of the write undone ("Đã chèn các trang…"), no longer true.
 */
export function UndoLastWrite({
  live,
  kinds,
  asked,
  onUndone,
}: {
  live: LiveWorkbook;
  kinds: readonly WriteKind[];
  asked: unknown;
  onUndone?: () => void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [last, setLast] = useState<UndoableWrite>();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ intent: "success" | "error" | "warning"; text: string }>();
  const [breaking, setBreaking] = useState(false);

  useEffect(() => {
    let current = true;
    // Another write since: what the last undo said ("click again to redo") no longer speaks of the last write.
    setSaid(undefined);
    setBreaking(false);
    live.lastWrite().then(
      (found) => current && setLast(found),
      () => current && setLast(undefined),
    );
    return () => {
      current = false;
    };
  }, [live, asked]);

  async function undo(breakReferences: boolean) {
    setBusy(true);
    setBreaking(false);
    try {
      const done = await live.undoLastWrite({ breakReferences });
      onUndone?.();
      setSaid({ intent: "success", text: t(done.undo ? WORDS.undoWrite.done : WORDS.undoWrite.redone) });
    } catch (error) {
      const refused = error instanceof ReferencesWouldBreak;
      setBreaking(refused);
      setSaid({ intent: refused ? "warning" : "error", text: errorText(error) });
    } finally {
      setLast(await live.lastWrite().catch(() => undefined));
      setBusy(false);
    }
  }

  const offered = last && kinds.includes(last.kind);
  if (!offered && !said) return null;
  return (
    <>
      {offered && (
        <Button disabled={busy} onClick={() => void undo(false)} title={t(WORDS.undoWrite.kept)}>
          {t(WORDS.undoWrite[(last.undo ? REDO : UNDO)[last.kind]])}
        </Button>
      )}
      {said && (
        <MessageBar intent={said.intent} role="status" layout="multiline">
          <MessageBarBody>{said.text}</MessageBarBody>
          {breaking && (
            <MessageBarActions>
              <Button disabled={busy} onClick={() => void undo(true)}>
                {t(WORDS.officeErrors.breakAnyway)}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </>
  );
}
