import { lineKey } from "../text/fold";
import { WORDS } from "../vocabulary";

/** The row, below the form's title, of its status line: Vietnamese in the title's column, English beside it. */
export const STATUS_LINE_ROW = 4;

/** What the status line shows, as keys (`lineKey`): no error, or a count of them around the number. */
const SHOWN = (["vi", "en"] as const).map((lang) => {
  const [before, after] = WORDS.selfCheck.errorsLeft[lang].split("{count}") as [string, string];
  return { ok: lineKey(WORDS.selfCheck.ok[lang]), before: lineKey(before), after: lineKey(after) };
});

/**
 * Whether a text is one the status line's formula shows, in either language: "Không có lỗi — có thể gửi",
 * or "Còn 3 lỗi — xem sheet Kiểm tra".
 */
export function isStatusText(text: string): boolean {
  const key = lineKey(text);
  return SHOWN.some(
    ({ ok, before, after }) =>
      key === ok ||
      (key.startsWith(before) &&
        key.endsWith(after) &&
        /^\d+$/.test(key.slice(before.length, key.length - after.length))),
  );
}
