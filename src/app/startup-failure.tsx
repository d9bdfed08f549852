import { OFFICE_ERRORS } from "../host/error-text";
import { HostError } from "../host/workbook-host";
import type { Lang } from "../core/text";

/**
 * What the pane shows when it cannot start: a HostError says why (an Excel too old); anything else
 * gets plain advice rather than a blank pane or the error's own text.
 */
export function StartupFailure({ error, lang }: { error: unknown; lang: Lang }) {
  const text = error instanceof HostError ? error.text : OFFICE_ERRORS.startupFailed;
  return <p role="alert">{text[lang]}</p>;
}
