import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { ReplaceChoice } from "../hooks/use-insert-report";
import { useI18n } from "../i18n/context";
import { WORDS } from "../../core/vocabulary";

/** Asks whether the report or campaign the workbook holds is to be replaced by the pending one, or kept. */
export function ReplaceQuestion({ choice, busy }: { choice: ReplaceChoice; busy: boolean }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="warning" role="alert">
      <MessageBarBody>
        {t(choice.pending.holds)} {t(choice.pending.question)}
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={busy} onClick={choice.replace}>
          {t(choice.pending.replace)}
        </Button>
        <Button disabled={busy} onClick={choice.keep}>
          {t(WORDS.officeErrors.keep)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
