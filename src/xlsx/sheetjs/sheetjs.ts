import type * as XLSX from "@e965/xlsx";

let sheetJs: typeof XLSX | undefined;

/**
 * SheetJS, loaded on first use: a roll-up of plainly formatted .xlsx reports never needs it, and loading
 * it costs each reader thread about 0.1–0.2 s of start-up. A bundler still packs it with its caller.
 */
export function loadSheetJs(): typeof XLSX {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose, see above
  return (sheetJs ??= require("@e965/xlsx") as typeof XLSX);
}
