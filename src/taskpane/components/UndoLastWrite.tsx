import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { LiveWorkbook, UndoableWrite, WriteKind } from "../../host/workbook-host";
import { ReferencesWouldBreak } from "../../host/references-break";
import { useErrorText } from "../hooks/use-error-text";
import { useI18n } from "../i18n/context";
import { useViewShown } from "../hooks/view-shown";
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
 * `kinds` replaced (asked again whenever `asked` changes, e.g. when a write ends, and whenever its view is
 * shown again); a second click redoes.
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
  const shown = useViewShown();
  const [last, setLast] = useState<UndoableWrite>();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ intent: "success" | "error" | "warning"; text: string }>();
  const [breaking, setBreaking] = useState(false);
  const known = useRef<{ asked: unknown; last: UndoableWrite | undefined }>({ asked, last: undefined });

  /** What the workbook's last write now is; what was said of another write than that is put away. */
  function know(found: UndoableWrite | undefined) {
    const before = known.current.last;
    if (found?.kind !== before?.kind || found?.undo !== before?.undo) forget();
    known.current.last = found;
    setLast(found);
  }

  function forget() {
    setSaid(undefined);
    setBreaking(false);
  }

  // Asked as the view is drawn, when a write of its own ends, and each time it is shown again: the
  // workbook may have been written or undone from another view (or by hand) while this one was hidden.
  useEffect(() => {
    if (!shown) return;
    let current = true;
    // Another write since: what the last undo said ("click again to redo") no longer speaks of the last write.
    if (known.current.asked !== asked) forget();
    known.current.asked = asked;
    live.lastWrite().then(
      (found) => current && know(found),
      () => current && know(undefined),
    );
    return () => {
      current = false;
    };
  }, [live, asked, shown]);

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
      const found = await live.lastWrite().catch(() => undefined);
      known.current.last = found;
      setLast(found);
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
