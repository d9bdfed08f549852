/** @jest-environment node */
import { strToU8, unzipSync, zipSync } from "fflate";
import { DEFAULT_LIMITS, FileError } from "../../src/xlsx";
import { guardFile } from "../../src/xlsx/zip/guard";
import { SCRIPT_ZIP_CODEC } from "../../src/xlsx/zip/zip-codec";
import { readReceived } from "../../src/pipeline/read-received";
import { AheadCodec } from "../../src/taskpane/worker/ahead-codec";
import { MAX_AHEAD_BYTES } from "../../src/taskpane/worker/inflate-ahead";
import { reportBytes } from "../support/report-file";
import { lieAboutSizes, zeros, zipOf } from "../support/zips";

let report: Uint8Array;

beforeAll(async () => {
  // Deflated, as Excel saves it (the test's own writer stores its parts).
  report = zipSync(unzipSync(await reportBytes("CD_P03", 3)), { level: 6 });
});

afterEach(() => jest.restoreAllMocks());

type JobThread = typeof import("../../src/taskpane/worker/inflate-ahead") &
  typeof import("../../src/taskpane/worker/prepared-read");

/** The job's thread of a new roll-up, which has met no part before. */
async function jobThread(): Promise<JobThread> {
  let thread: JobThread | undefined;
  await jest.isolateModulesAsync(async () => {
    thread = {
      ...(await import("../../src/taskpane/worker/inflate-ahead")),
      ...(await import("../../src/taskpane/worker/prepared-read")),
    };
  });
  return thread!;
}

const picked = (bytes: Uint8Array, name = "U01.xlsx") => ({
  name,
  file: new File([bytes as BlobPart], name, { lastModified: Date.UTC(2026, 0, 5) }),
});

/** What the guard says of a file, read with `codec` (and the parts inflated ahead, if any). */
function guarded(
  bytes: Uint8Array,
  codec = new AheadCodec(),
  parts: Parameters<AheadCodec["reading"]>[1] = [],
) {
  try {
    const kept = codec.reading(bytes, parts, () =>
      guardFile(bytes, "nhan.xlsx", DEFAULT_LIMITS, () => true, codec),
    );
    return [...kept].map(([name, data]) => [name, Buffer.from(data).toString("base64")]);
  } catch (error) {
    expect(error).toBeInstanceOf(FileError);
    return { refused: (error as FileError).text.en, detail: (error as FileError).detail };
  }
}

describe("a report's parts inflated on the job's thread, ahead of its reader", () => {
  it("leaves the reader no part to inflate, and reads to the same outcome as inflating in script", async () => {
    const { prepareRead, readPrepared, transferred } = await jobThread();
    const prepared = await prepareRead(picked(report), "rollup");
    expect(prepared.parts.length).toBeGreaterThan(10);
    expect(transferred(prepared)).toHaveLength(prepared.parts.length + 1);
    const inflated = jest.spyOn(SCRIPT_ZIP_CODEC, "inflate");
    const outcome = readPrepared(prepared, new AheadCodec());
    expect(inflated).not.toHaveBeenCalled();
    inflated.mockRestore();
    const source = "bytes" in prepared.fetched ? prepared.fetched.source : undefined;
    expect(source?.modifiedAt).toBe("2026-01-05T00:00:00.000Z");
    expect(outcome).toEqual(readReceived(report, source!, "rollup", SCRIPT_ZIP_CODEC));
    expect(outcome).toMatchObject({
      purpose: "rollup",
      checked: { report: { unit: { code: "CD_P03" } } },
    });
  });

  it("leaves out the parts the report before repeats, which the reader remembers", async () => {
    const { prepareRead, readPrepared } = await jobThread();
    const other = zipSync(unzipSync(await reportBytes("CD_P04", 3)), { level: 6 });
    const codec = new AheadCodec();
    const first = await prepareRead(picked(report), "rollup");
    readPrepared(first, codec);
    const second = await prepareRead(picked(other, "U02.xlsx"), "rollup");
    const inflated = jest.spyOn(SCRIPT_ZIP_CODEC, "inflate");
    const outcome = readPrepared(second, codec);
    // The styles, the theme, the workbook and the like: the reader takes them from its memory, as it did.
    expect(second.parts.length).toBeLessThan(first.parts.length / 2);
    expect(inflated).not.toHaveBeenCalled();
    const source = "bytes" in second.fetched ? second.fetched.source : undefined;
    expect(outcome).toEqual(readReceived(other, source!, "rollup", SCRIPT_ZIP_CODEC));
  });

  it("gives each part the bytes and checksum the script codec gives it", async () => {
    const parts = await (await jobThread()).inflateAhead(report, "U01.xlsx");
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) {
      const script = SCRIPT_ZIP_CODEC.inflate(
        report.subarray(part.at, part.at + part.length),
        0,
        1 << 24,
        true,
        () => {
          throw new Error("too large");
        },
      );
      expect(part.crc).toBe(script.crc);
      expect(Buffer.from(part.data).equals(Buffer.from(script.data!))).toBe(true);
    }
  });
});

/** A zip whose directory declares a checksum its one part does not have. */
function wrongChecksum(): Uint8Array {
  const zip = zipSync({ "a.xml": strToU8("<a>12345</a>") });
  const view = new DataView(zip.buffer);
  for (let at = 0; at + 4 <= zip.length; at++)
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 16, 12345, true);
  return zip;
}

describe("a hostile file, with its parts inflated ahead", () => {
  const hostile: [string, () => Uint8Array][] = [
    [
      "a bomb lying about its sizes",
      () =>
        lieAboutSizes(zipOf({ "[Content_Types].xml": [strToU8("<Types/>")], "xl/a.xml": zeros(20) }), 1000),
    ],
    ["a part larger than it declares", () => lieAboutSizes(zipSync({ "a.xml": strToU8("<a>12345</a>") }), 5)],
    [
      "a part smaller than it declares",
      () => lieAboutSizes(zipSync({ "a.xml": strToU8("<a>12345</a>") }), 50),
    ],
    [
      "damaged deflate data",
      () => {
        const damaged = report.slice();
        damaged.fill(0xff, 2_000, 2_400);
        return damaged;
      },
    ],
    ["a checksum that does not match", wrongChecksum],
    ["data after the zip's end", () => Uint8Array.from([...report, 1, 2, 3])],
  ];

  it.each(hostile)("%s is refused as the script codec refuses it", async (_, make) => {
    const bytes = make();
    const refused = guarded(
      bytes,
      new AheadCodec(),
      await (await jobThread()).inflateAhead(bytes, "nhan.xlsx"),
    );
    expect(refused).toHaveProperty("refused");
    expect(refused).toEqual(guarded(bytes.slice()));
  });

  it("leaves every checksum to the browser's zlib, which refuses a part whose checksum is wrong", async () => {
    const { inflateAhead } = await jobThread();
    const checksummed = jest.spyOn(SCRIPT_ZIP_CODEC, "crc32");
    expect((await inflateAhead(report, "U01.xlsx")).length).toBeGreaterThan(10);
    expect(checksummed).not.toHaveBeenCalled();
    expect(await inflateAhead(wrongChecksum(), "a.xlsx")).toEqual([]);
  });

  it("inflates nothing ahead past what a report holds, nor a part that inflates past its declared size", async () => {
    const { inflateAhead } = await jobThread();
    const large = zipOf({ "a.xml": zeros(Math.ceil(MAX_AHEAD_BYTES / (1 << 20)) + 1) });
    expect(await inflateAhead(large, "a.xlsx")).toEqual([]);
    const lying = lieAboutSizes(zipSync({ "a.xml": strToU8("<a>12345</a>") }), 5);
    expect(await inflateAhead(lying, "a.xlsx")).toEqual([]);
    expect(await inflateAhead(strToU8("not a zip at all"), "a.xlsx")).toEqual([]);
  });

  it("is read in script where the browser has no inflater of its own", async () => {
    const { inflateAhead } = await jobThread();
    const { DecompressionStream } = globalThis;
    Object.assign(globalThis, { DecompressionStream: undefined });
    try {
      expect(await inflateAhead(report, "U01.xlsx")).toEqual([]);
    } finally {
      Object.assign(globalThis, { DecompressionStream });
    }
  });
});
