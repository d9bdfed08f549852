import { Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { fill } from "../../core/text/text";
import type { Notice } from "../hooks/use-task-status";
import { useI18n } from "../i18n/context";
import { WORDS } from "../../core/vocabulary";

/** What an action said; a failure from Excel carries its error code, small, for whoever supports the user. */
export function NoticeBar({ notice }: { notice: Notice }) {
  const { t } = useI18n();
  return (
    <MessageBar intent={notice.intent} role="status" layout="multiline">
      <MessageBarBody>
        {notice.text}
        {notice.code && (
          <Caption1 block>{t(fill(WORDS.officeErrors.errorCode, { code: notice.code }))}</Caption1>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
