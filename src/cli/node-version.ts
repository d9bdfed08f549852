import type { Text } from "../core";

/**
 * Why this Node cannot run the command line, or null when it can. Every part of every file read is
 * checked with zlib's own CRC-32, which Node has had since 20.15 (and 22.2): an older Node would stop at the
 * first file with a message about a missing function, not about Node.
 */
export function nodeTooOld(zlib: { readonly crc32?: unknown }, version: string): Text | null {
  if (typeof zlib.crc32 === "function") return null;
  return {
    vi: `Thi Đua cần Node.js 20.15 trở lên (hoặc 22.2 trở lên); máy này có Node.js ${version}. Hãy cài bản Node.js 20 hoặc 22 mới nhất.`,
    en: `Thi Đua needs Node.js 20.15 or newer (or 22.2 or newer); this machine has Node.js ${version}. Install the latest Node.js 20 or 22.`,
  };
}
