import { lineKey } from "../text/fold";
import { WORDS } from "../vocabulary";

/** The row, below the form's title, of its status line: Vietnamese in the title's column, English beside it. */
export const STATUS_LINE_ROW = 4;

/**
 * The count line of templates made before it said "trang tính" (a sheet, as Vietnamese Excel says it)
 * for "sheet": those still come back filled in.
 */
const EARLIER_ERRORS_LEFT = "Còn {count} lỗi — xem sheet Kiểm tra";

/** What the status line shows, as keys (`lineKey`): no error, or a count of them around the number. */
const SHOWN = [
  { ok: WORDS.selfCheck.ok.vi, errorsLeft: WORDS.selfCheck.errorsLeft.vi },
  { ok: WORDS.selfCheck.ok.vi, errorsLeft: EARLIER_ERRORS_LEFT },
  { ok: WORDS.selfCheck.ok.en, errorsLeft: WORDS.selfCheck.errorsLeft.en },
].map(({ ok, errorsLeft }) => {
  const [before, after] = errorsLeft.split("{count}") as [string, string];
  return { ok: lineKey(ok), before: lineKey(before), after: lineKey(after) };
});

/**
 * The digits as keys: a key reads 1 as the letter l and 0 as O (red team, round 40: "Còn 1 lỗi", "Còn 10
 * lỗi" were read as lines typed over the formula), and a count typed so looks the same.
 */
const DIGIT_KEYS = new Set([..."0123456789"].map(lineKey));
/** The formula writes no count of 0 ("Không có lỗi" instead), nor one led by a 0 (review). */
const ZERO_KEY = lineKey("0");
const isCountKey = (key: string) =>
  key.length > 0 && !key.startsWith(ZERO_KEY) && [...key].every((c) => DIGIT_KEYS.has(c));

/**
 * Whether a text is one the status line's formula shows, in either language: "Không có lỗi — có thể gửi",
 * or "Còn 3 lỗi — xem trang tính Kiểm tra" (or, in an earlier template, "xem sheet Kiểm tra").
 */
export function isStatusText(text: string): boolean {
  const key = lineKey(text);
  return SHOWN.some(
    ({ ok, before, after }) =>
      key === ok ||
      (key.startsWith(before) &&
        key.endsWith(after) &&
        isCountKey(key.slice(before.length, key.length - after.length))),
  );
}
