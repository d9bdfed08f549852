import { FOLDER_LIMITS } from "../../src/pipeline";
import {
  acceptedExtensions,
  collectDropped,
  sortFolderFiles,
} from "../../src/taskpane/components/folder-files";
import { deepFolder, fakeFile, fakeFolder } from "./folder-entries";

const SHEETS = acceptedExtensions(".xlsx,.xls,.ods");
const names = (files: File[]) => files.map((file) => file.name).sort();

describe("the files of a dropped folder", () => {
  it("walks sub-folders batch by batch, keeps spreadsheets named by their path and counts the rest", async () => {
    const dropped = fakeFolder("bao-cao", {
      "P01.xlsx": "1",
      "ghi-chu.txt": "note",
      "~$P01.xlsx": "lock",
      "Đợt 1": { "P02.XLSX": "2", "P03.ods": "3", "anh.png": "png", cũ: { "P04.xls": "4" } },
      "Đợt 2": { "P02.xlsx": "2b" },
    });
    const found = await collectDropped([dropped], SHEETS);
    expect(names(found.files)).toEqual([
      "P01.xlsx",
      "Đợt 1/P02.XLSX",
      "Đợt 1/P03.ods",
      "Đợt 1/cũ/P04.xls",
      "Đợt 2/P02.xlsx",
    ]);
    expect(found).toMatchObject({ skipped: 3, truncated: false });
    const second = found.files.find((file) => file.name === "Đợt 2/P02.xlsx")!;
    await expect(second.text()).resolves.toBe("2b");
    expect(second.lastModified).toBe(1_700_000_000_000);
  });

  it("names the compressed folders among the files left out, by their paths", async () => {
    const dropped = fakeFolder("bao-cao", { "P01.xlsx": "1", "Đợt 1": { "X01.ZIP": "PK", "anh.png": "" } });
    const found = await collectDropped([dropped], SHEETS);
    expect(found).toMatchObject({ skipped: 2, archives: ["Đợt 1/X01.ZIP"] });
  });

  it("takes files dropped as such whatever their type, beside a folder", async () => {
    const found = await collectDropped([fakeFile("don-vi.csv"), fakeFolder("f", { "a.txt": "" })], SHEETS);
    expect(names(found.files)).toEqual(["don-vi.csv"]);
    expect(found.skipped).toBe(1);
  });

  it(`stops ${FOLDER_LIMITS.depth} folders down and says so`, async () => {
    const found = await collectDropped([fakeFolder("top", deepFolder(FOLDER_LIMITS.depth + 3))], SHEETS);
    expect(found.files).toHaveLength(FOLDER_LIMITS.depth);
    expect(found.truncated).toBe(true);
    const shallow = await collectDropped([fakeFolder("top", deepFolder(FOLDER_LIMITS.depth))], SHEETS);
    expect(shallow).toMatchObject({ truncated: false });
    expect(shallow.files).toHaveLength(FOLDER_LIMITS.depth);
  });

  it(`looks at no more than ${FOLDER_LIMITS.entries} entries`, async () => {
    const many = Object.fromEntries(
      Array.from({ length: FOLDER_LIMITS.entries + 10 }, (_, i) => [`U${i}.xlsx`, "x"]),
    );
    const found = await collectDropped([fakeFolder("big", many)], SHEETS);
    expect(found.files).toHaveLength(FOLDER_LIMITS.entries - 1);
    expect(found.truncated).toBe(true);
  });

  it("leaves out, and counts, a file the browser will not open", async () => {
    const broken = {
      ...fakeFile("P09.xlsx"),
      file: (_: unknown, fail: (e: Error) => void) => fail(new Error("gone")),
    };
    const found = await collectDropped([fakeFolder("f", {}), broken], SHEETS);
    expect(found).toMatchObject({ files: [], skipped: 1 });
  });
});

describe("the files of a folder picked in the dialog", () => {
  const picked = (path: string) => {
    const file = new File(["x"], path.split("/").pop()!);
    Object.defineProperty(file, "webkitRelativePath", { value: path });
    return file;
  };

  it("keeps the spreadsheets, named by their path inside the folder, and counts the rest", () => {
    const found = sortFolderFiles(
      [
        picked("bao-cao/P01.xlsx"),
        picked("bao-cao/Đợt 2/P01.xlsx"),
        picked("bao-cao/.DS_Store"),
        picked("bao-cao/a.pdf"),
      ],
      SHEETS,
    );
    expect(names(found.files)).toEqual(["P01.xlsx", "Đợt 2/P01.xlsx"]);
    expect(found).toMatchObject({ skipped: 2, truncated: false });
  });

  it("says when the folder is deeper or larger than it looks", () => {
    const deep = `top/${"d/".repeat(FOLDER_LIMITS.depth)}P01.xlsx`;
    expect(sortFolderFiles([picked(deep)], SHEETS)).toMatchObject({ files: [], truncated: true });
    const many = Array.from({ length: FOLDER_LIMITS.entries + 1 }, (_, i) => picked(`top/U${i}.xlsx`));
    const found = sortFolderFiles(many, SHEETS);
    expect(found.files).toHaveLength(FOLDER_LIMITS.entries);
    expect(found.truncated).toBe(true);
  });
});

it("reads the extensions of an input's accept list, ignoring media types", () => {
  expect(acceptedExtensions(".csv, text/csv,.XLSX")).toEqual([".csv", ".xlsx"]);
});
