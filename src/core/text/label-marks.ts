/**
 * Marks a person reads past before a heading or label: blanks, dashes, bullets and other signs, numbering
 * ("1.", "a)", "II."), a note in brackets ("(*)", "[1]").
 */
const LEADING =
  /^(?:[^\p{L}\p{M}\p{N}()[\]]|(?:\d{1,3}|[IVXLCDM]{1,6}|[ivxlcdm]{1,6}|\p{L})[.)](?=\s)|\([^()]{0,40}\)|\[[^[\]]{0,40}\])+/u;
/**
 * Marks a person reads past after one: signs, a footnote's "*", "*1" or superscript ("¹", "ᵃ"), a note
 * in brackets ("(*)", "(xem ghi chú)", "[1]"). A closing "(%)" is the label's own.
 */
const TRAILING = /(?:[^\p{L}\p{M}\p{N}()[\]%]|[\p{No}\p{Lm}]|\*\d{1,3}|\([^()%]{0,40}\)|\[[^[\]]{0,40}\])+$/u;
/** How much of a text's end is matched at once: more than its marks, few enough that no scan grows with the text. */
const TAIL = 60;
/** Longer than any heading or label with its marks: read as it is. */
const MAX_MARKED = 200;

/**
 * A heading's or label's text without the marks at its ends a person reads past (red team, round 19 and
 * its review: the state-owned row's label retyped as the next row's + " (*)", "¹", " [1]" or "a) " read as
 * no label, and the figures beside it passed as state-owned). Its end is stripped a tail at a time, so a
 * hostile text of signs costs its length, not its square.
 */
export function withoutMarks(text: string): string {
  if (text.length > MAX_MARKED) return text;
  let out = text.replace(LEADING, "");
  for (;;) {
    const tail = out.slice(-TAIL);
    const cut = tail.replace(TRAILING, "");
    if (cut === tail) return out;
    out = out.slice(0, out.length - tail.length) + cut;
  }
}
