import { FileError } from "../errors";
import type { XmlAttributes } from "../xml/xml-stream";
import { WORDS } from "../../core/vocabulary";

/** A sheet that programs would read differently, or not at all: refused. */
export function corrupt(file: string, detail: string): never {
  throw new FileError(WORDS.file.corrupt, file, {}, detail);
}

/**
 * A yes-or-no attribute: "1", "true", "0", "false" or none. Any other ("on", "t", "2", " 1 ") some
 * programs read as yes and others as no: refused.
 */
export function flag(attributes: XmlAttributes, name: string, file: string): boolean {
  const value = attributes.get(name);
  if (value === undefined || value === "0" || value === "false") return false;
  return value === "1" || value === "true" || corrupt(file, `${name}="${value.slice(0, 20)}"`);
}

/** An outline level: a whole number of at most seven; anything else is refused. */
export function outlineLevel(attributes: XmlAttributes, file: string): number {
  const value = attributes.get("outlineLevel");
  if (value === undefined) return 0;
  return /^[0-7]$/.test(value) ? Number(value) : corrupt(file, `outlineLevel="${value.slice(0, 20)}"`);
}

/** A CT_BooleanProperty (a font's `strike`, `b`…): present is true unless its val says false. */
export const isOn = (attributes: XmlAttributes): boolean =>
  !["0", "false"].includes(attributes.get("val")?.trim() ?? "1");

/** Whether a font's `vertAlign` draws it smaller than its size: a superscript or a subscript. */
export const isScript = (attributes: XmlAttributes): boolean =>
  /^(super|sub)script$/.test(attributes.get("val")?.trim() ?? "");
