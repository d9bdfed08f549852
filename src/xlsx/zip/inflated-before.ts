import { sameBytes } from "./same-bytes";
import type { Inflated, ZipCodec } from "./zip-codec";

/**
 * The reports of one template repeat most of their parts byte for byte, deflated alike (the workbook
 * part, its relationships, the styles, the theme): an entry whose deflated bytes are those of the entry
 * of its name last inflated and checked by the same codec inflates to the same bytes, so it is not
 * inflated again. Its bytes are then the same array as before, which the readers' caches of parts know
 * at once (`rememberedPart`); the parts the guard hands out are read, never written. Only what inflated
 * whole is kept (a refused entry is inflated and refused again), only small entries, and only up to
 * `MAX_NAMES` names, so a hostile run of files cannot grow it.
 */
interface Known {
  readonly codec: ZipCodec;
  readonly deflated: Uint8Array;
  readonly inflated: Inflated & { readonly data: Uint8Array };
}

// At most 32 × 256 KiB (8 MiB) held in a reading process whatever it is sent; a report's largest part, its
// check sheet, inflates to about 140 KB.
const MAX_NAMES = 32;
const MAX_DEFLATED_BYTES = 64 * 1024;
const MAX_INFLATED_BYTES = 256 * 1024;
const known = new Map<string, Known>();

/** What the entry `name`, deflated as `deflated`, inflated to when last met, if it is the same entry. */
export function inflatedBefore(name: string, deflated: Uint8Array, codec: ZipCodec): Inflated | undefined {
  const before = known.get(name);
  return before && before.codec === codec && sameBytes(before.deflated, deflated)
    ? before.inflated
    : undefined;
}

/** Keeps what an entry inflated to, checked, for the next file that repeats it. */
export function rememberInflated(
  name: string,
  deflated: Uint8Array,
  inflated: Inflated,
  codec: ZipCodec,
): void {
  const { data } = inflated;
  if (!data || deflated.length > MAX_DEFLATED_BYTES || inflated.size > MAX_INFLATED_BYTES) return;
  if (!known.has(name) && known.size >= MAX_NAMES) known.clear();
  // The file's bytes are the caller's, which it may reuse: the deflated entry is copied.
  known.set(name, { codec, deflated: deflated.slice(), inflated: { ...inflated, data } });
}
