import { readSubmission } from "../../../src/xlsx";
import { resaveWith } from "../../support/libreoffice";
import { reportParts } from "../../support/report-parts";
import { zipOf, zeros } from "../../support/zips";

// Issue 64: a copy or a download that stopped short was said to be a file that "may be malicious"; it is
// one to fetch or copy again. A crafted file keeps its words.

let saved: { xlsx: Uint8Array; ods: Uint8Array; xls: Uint8Array };

beforeAll(async () => {
  const xlsx = (await reportParts()).bytes;
  saved = { xlsx, ods: resaveWith(xlsx, "xlsx", "ods"), xls: resaveWith(xlsx, "xlsx", "xls") };
}, 60_000);

/** Why the file is refused, in both languages, or "read". */
function refusal(bytes: Uint8Array, name: string): { vi: string; en: string } | "read" {
  const read = readSubmission(bytes, { name, sha256: "x" });
  return "unreadable" in read ? read.unreadable : "read";
}

const cut = (bytes: Uint8Array, length: number) => bytes.slice(0, length);

describe("a file cut short", () => {
  it.each([
    ["xlsx", 0.25],
    ["xlsx", 0.5],
    ["ods", 0.5],
    ["xls", 0.5],
    ["xls", 0.9],
  ] as const)("a .%s cut at %d of its length is told to be fetched or copied again", (ext, share) => {
    const bytes = saved[ext];
    const refused = refusal(cut(bytes, Math.floor(bytes.length * share)), `r.${ext}`);
    expect(refused).toEqual({
      vi: expect.stringContaining("bị hỏng hoặc chưa tải/chép xong"),
      en: expect.stringContaining("not fully downloaded or copied"),
    });
    expect(refused).toEqual({
      vi: expect.not.stringContaining("mã độc"),
      en: expect.not.stringContaining("malicious"),
    });
    expect((refused as { vi: string }).vi).toContain("Hãy tải hoặc chép lại tệp");
  });

  it("is told so where the cut falls inside the zip's end record", () => {
    const bytes = saved.xlsx;
    expect(refusal(cut(bytes, bytes.length - 10), "r.xlsx")).toHaveProperty(
      "en",
      expect.stringContaining("not fully downloaded or copied"),
    );
  });

  it("keeps a crafted file's words: a zip that inflates to too much may be malicious", () => {
    const bomb = zipOf({ "[Content_Types].xml": [new TextEncoder().encode("<Types/>")], "a.xml": zeros(40) });
    expect(refusal(bomb, "r.xlsx")).toHaveProperty("en", expect.stringContaining("malicious"));
    expect(refusal(saved.xlsx, "r.xlsx")).toBe("read");
  });
});
