import { reportBytes } from "../support/report-file";

/** A unit's report as a File, ready to hand to a file input. */
export async function reportFile(
  code: string,
  seed: number,
  overrides: Record<string, number | string> = {},
) {
  return new File([(await reportBytes(code, seed, overrides)) as BlobPart], `${code}.xlsx`, {
    lastModified: Date.UTC(2025, 6, 5),
  });
}
