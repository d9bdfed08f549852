import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { OFFICE_ERRORS } from "../../host/error-text";
import type { ReplaceChoice } from "../hooks/use-insert-report";
import { useI18n } from "../i18n/context";

/** Asks whether the report the workbook holds is to be replaced by the pending one, or kept. */
export function ReplaceQuestion({ choice, busy }: { choice: ReplaceChoice; busy: boolean }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="warning" role="alert">
      <MessageBarBody>
        {t(choice.pending.question)} {t(OFFICE_ERRORS.replaceQuestion)}
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={busy} onClick={choice.replace}>
          {t(OFFICE_ERRORS.replace)}
        </Button>
        <Button disabled={busy} onClick={choice.keep}>
          {t(OFFICE_ERRORS.keep)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
