import { mkdtempSync, promises as fs, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeAtomically } from "../../src/cli/files";
import { CliError } from "../../src/cli/i18n";
import { WORDS } from "../../src/core/vocabulary";

/** What Node says when Windows refuses to replace a file another program holds open (Excel does). */
const refusal = (code: string) =>
  Object.assign(new Error(`${code}: operation not permitted, rename 'x.tmp' -> 'tong-hop.xlsx'`), { code });

describe("the summary written over a file staff still have open in Excel", () => {
  afterEach(() => jest.restoreAllMocks());

  it.each(["EPERM", "EBUSY", "EACCES"])(
    "says (%s) the file may be open in Excel and to close it, keeping the previous file whole",
    async (code) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "thidua-in-use-"));
      const output = path.join(dir, "tong-hop.xlsx");
      writeFileSync(output, "the previous summary");
      jest.spyOn(fs, "rename").mockRejectedValueOnce(refusal(code));
      const failed = await writeAtomically(output, new Uint8Array([1, 2, 3])).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(CliError);
      const { text } = failed as CliError;
      expect(text.vi).toContain(WORDS.cli.outputInUseReason.vi);
      expect(text.en).toContain("open in Excel");
      expect(readFileSync(output, "utf8")).toBe("the previous summary");
      expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
    },
  );
});
