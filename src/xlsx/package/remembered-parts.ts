import { strFromU8 } from "fflate";
import { sameBytes } from "../zip/same-bytes";

/**
 * `read` of a part's text (and the part `owner` it belongs to, if any), kept by the part's bytes, for the parts the reports of one template repeat
 * byte for byte (the workbook part, its relationships, the styles and the theme): a part met again is
 * found by comparing bytes, neither decoded nor read again. Keyed by the bytes rather than the decoded
 * text, whose lookup hashed and compared the whole string. At most `max` parts are kept, the oldest
 * forgotten first, so a hostile run of distinct parts cannot grow it; a part `read` refuses is refused
 * again each time, since nothing is kept of it.
 */
export function rememberedPart<T>(
  read: (xml: string, owner: string) => T,
  max: number,
): (data: Uint8Array, owner?: string) => T {
  const known: { data: Uint8Array; owner: string; value: T }[] = [];
  return (data, owner = "") => {
    for (const entry of known) if (entry.owner === owner && sameBytes(entry.data, data)) return entry.value;
    const value = read(strFromU8(data), owner);
    if (known.length >= max) known.shift();
    known.push({ data, owner, value });
    return value;
  };
}
