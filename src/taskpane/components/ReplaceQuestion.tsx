import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { OFFICE_ERRORS } from "../../host/error-text";
import type { PendingInsert } from "../hooks/use-insert-report";
import { useI18n } from "../i18n/context";

/** Asks whether the report the workbook holds is to be replaced by the pending one, or kept. */
export function ReplaceQuestion({
  pending,
  busy,
  onReplace,
  onKeep,
}: {
  pending: PendingInsert;
  busy: boolean;
  onReplace: () => void;
  onKeep: () => void;
}) {
  const { t } = useI18n();
  return (
    <MessageBar intent="warning" role="alert">
      <MessageBarBody>
        {t(pending.question)} {t(OFFICE_ERRORS.replaceQuestion)}
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={busy} onClick={onReplace}>
          {t(OFFICE_ERRORS.replace)}
        </Button>
        <Button disabled={busy} onClick={onKeep}>
          {t(OFFICE_ERRORS.keep)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
