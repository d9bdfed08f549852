import { FileError, parseUnitsCsv } from "../../../src/xlsx";

/** A list's text as "CSV UTF-8" saves it. */
const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(text: string | Uint8Array, file = "don-vi.csv"): FileError {
  try {
    parseUnitsCsv(typeof text === "string" ? utf8(text) : text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(FileError);
    const refused = error as FileError;
    expect(refused.text.vi).toContain(`Danh sách đơn vị "${file}"`);
    expect(refused.text.en).toContain(`Units list "${file}"`);
    return refused;
  }
  throw new Error("the list was accepted");
}

/** A list of `count` units named `name`, with codes U00001, U00002… */
const list = (count: number, name = "Công đoàn") =>
  [
    "code,name",
    ...Array.from({ length: count }, (_, i) => `U${String(i + 1).padStart(5, "0")},${name}`),
  ].join("\n");

describe("parseUnitsCsv", () => {
  it("reads codes, names, kinds and dates, with a byte-order mark and semicolons", () => {
    const text =
      "\uFEFFCode;Name;Kind;valid_from;valid_to\nP01;Công đoàn P01;commune;;2025-06-30\nP02;;;2025-07-01;\n";
    expect(parseUnitsCsv(utf8(text), "don-vi.csv")).toEqual([
      { code: "P01", name: "Công đoàn P01", kind: "commune", validTo: "2025-06-30" },
      { code: "P02", name: "P02", validFrom: "2025-07-01" },
    ]);
  });

  // Excel on a Vietnamese Windows (list separator ";") quotes only what holds a semicolon: before, every
  // comma split a value too, and such a list of the campaign's own kinds could not be read.
  it("reads semicolons as the separator of a list whose header has them, commas in its values unquoted", () => {
    const text = [
      "\uFEFFMã đơn vị;Tên đơn vị;Loại đơn vị;Hiệu lực đến;Đơn vị tiếp nhận",
      "H01;LĐLĐ huyện Long Thành, tỉnh Đồng Nai;LĐLĐ huyện (trước 01/7/2025);30/06/2025;X01, X02",
      "X01;Công đoàn xã Long Thành;Công đoàn xã, phường, đặc khu;;",
      "X02;Công đoàn xã Nhơn Trạch;Công đoàn xã, phường, đặc khu;;",
    ].join("\r\n");
    expect(parseUnitsCsv(utf8(text), "don-vi.csv")).toEqual([
      {
        code: "H01",
        name: "LĐLĐ huyện Long Thành, tỉnh Đồng Nai",
        kind: "district_legacy",
        validTo: "2025-06-30",
        successors: ["X01", "X02"],
      },
      { code: "X01", name: "Công đoàn xã Long Thành", kind: "commune" },
      { code: "X02", name: "Công đoàn xã Nhơn Trạch", kind: "commune" },
    ]);
    // And a comma-separated list keeps a semicolon in a name.
    expect(parseUnitsCsv(utf8("code,name\nP01,Công đoàn P01; khu A\n"), "don-vi.csv")).toEqual([
      { code: "P01", name: "Công đoàn P01; khu A" },
    ]);
  });

  it("reads the kinds as officers write them: Công đoàn ngành, LĐLĐ huyện, Công đoàn KCN…", () => {
    const text = [
      "Mã đơn vị,Tên đơn vị,Loại đơn vị",
      "N01,Công đoàn ngành Giáo dục,Công đoàn ngành",
      "H01,LĐLĐ huyện Gia Lâm,LĐLĐ huyện",
      "C01,Công đoàn Công ty A,Công đoàn cơ sở trực thuộc",
      "K01,Công đoàn các KCN,Công đoàn KCN",
      "X01,Công đoàn phường Trấn Biên,Công đoàn xã/phường",
    ].join("\n");
    expect(parseUnitsCsv(utf8(text), "don-vi.csv").map((u) => u.kind)).toEqual([
      "sector",
      "district_legacy",
      "grassroots_direct",
      "industrial_park",
      "commune",
    ]);
  });

  it("reads Excel 2010's Unicode Text: UTF-16 behind its mark, separated by tabs", () => {
    // A comma or a semicolon in a name is no separator there.
    const text = "Mã đơn vị\tTên đơn vị\r\nP01\tCông đoàn xã Đông Hưng, Cụm 2; khu A\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++)
      bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + 2 * i);
    expect(parseUnitsCsv(bytes, "don-vi.txt")).toEqual([
      { code: "P01", name: "Công đoàn xã Đông Hưng, Cụm 2; khu A" },
    ]);
  });

  it("refuses a list in a Windows code page, saying how to save it in Unicode, rather than garble its names", () => {
    // "Công đoàn" as Excel's plain CSV writes it on a Vietnamese system (code page 1258).
    const ansi = new Uint8Array([
      ...utf8("code,name\nP01,C"),
      0xf4,
      ...utf8("ng "),
      0xf0,
      0x6f,
      0xe0,
      0x6e,
      0x0a,
    ]);
    const refused = refusal(ansi);
    expect(refused.text.vi).toContain('"CSV UTF-8 (Comma delimited)"');
    expect(refused.text.en).toContain("is not saved in Unicode");
    // Behind a UTF-8 mark the bytes must be UTF-8 too.
    expect(refusal(new Uint8Array([0xef, 0xbb, 0xbf, ...ansi])).text.en).toContain("is not saved in Unicode");
  });

  it("refuses a unit code listed twice, whatever its case and spaces, naming both lines", () => {
    const refused = refusal("code,name\n\nP01,A\nP02,B\n  p01 ,C\n");
    expect(refused.text.vi).toBe('Danh sách đơn vị "don-vi.csv": mã đơn vị "p01" ở dòng 5 trùng với dòng 3.');
    expect(refused.text.en).toBe('Units list "don-vi.csv": unit code "p01" on line 5 repeats line 3.');
  });

  it("numbers lines as a spreadsheet program shows them: blank ones counted, a quoted line break not", () => {
    const refused = refusal('\ncode,name,note\n\nP01,Công đoàn,"ghi\nchú"\r\n\r\nP02,B,\nP01,C,\n');
    expect(refused.text.en).toContain("on line 7 repeats line 4");
  });

  it("holds names and blocs to the identity rules of a report, naming the line", () => {
    const cases: [string, string][] = [
      ['U0091,"=HYPERLINK(""http://evil.example"",""Bấm"")",', "line 2: name starts with =, +, - or @"],
      ['U0092,"Dòng 1\nU0093 — Công đoàn xã 93: đã nộp",', "line 2: name holds control, line-break"],
      ["U0094,Công đoàn xã 94\u202e,", "line 2: name holds control"],
      ["U0097,Công đoàn xã 97\u200b,", "line 2: name holds control"],
      ["U0098,Công đoàn xã 98,@SUM(1)", "line 2: bloc starts with =, +, - or @"],
      ["U0098,Công đoàn xã 98,Cụm\u200b 2", "line 2: bloc holds control"],
      ["U0098,Công đoàn xã 98,\u001b[31mĐỎ", "line 2: bloc holds control"],
      ["U0141,✓ Sẵn sàng gửi,", "line 2: name starts with ✓ or ✗"],
    ];
    for (const [row, reason] of cases) {
      const refused = refusal(`code,name,bloc\n${row}\n`);
      expect(refused.text.en).toContain(reason);
      expect(refused.text.vi).toContain("dòng 2:");
    }
    expect(
      parseUnitsCsv(utf8("code,name,bloc\nU0001,Công đoàn xã 1 - Bến Nghé,Cụm 2\n"), "don-vi.csv"),
    ).toHaveLength(1);
  });

  it.each([
    ["a header and no units", "code,name\n"],
    ["a header and blank lines", "code,name\n\n\r\n"],
    ["nothing at all", ""],
    ["only a byte-order mark", "\uFEFF"],
  ])("refuses a list with %s as empty", (_, text) => {
    const refused = refusal(text);
    expect(refused.text.vi).toContain("danh sách đơn vị trống");
    expect(refused.text.en).toContain("the units list is empty");
  });

  it("names a missing column even when the list has no units", () => {
    expect(refusal("code,ten\n").text.en).toContain("column name is missing");
  });

  it("refuses a file over 1 MiB, counting bytes as UTF-8", () => {
    const small = list(9_000);
    expect(small.length).toBeLessThan(1024 * 1024);
    expect(parseUnitsCsv(utf8(small), "don-vi.csv")).toHaveLength(9_000);
    expect(refusal(list(120_000)).text.en).toContain("is too large (over 1048576 bytes)");
    // Under a million characters but over a mebibyte: "ệ" takes three bytes.
    const accented = list(3_000, "ệ".repeat(150));
    expect(accented.length).toBeLessThan(1024 * 1024);
    expect(refusal(accented).text.vi).toContain("quá lớn (hơn 1048576 byte)");
  });

  it("refuses a unit name longer than 200 characters, naming the line", () => {
    expect(parseUnitsCsv(utf8(list(1, "ệ".repeat(200))), "don-vi.csv")[0]!.name).toHaveLength(200);
    const refused = refusal(list(2, "ệ".repeat(201)));
    expect(refused.text.vi).toBe('Danh sách đơn vị "don-vi.csv", dòng 2: tên đơn vị dài hơn 200 ký tự.');
    expect(refused.text.en).toBe(
      'Units list "don-vi.csv", line 2: the unit name is longer than 200 characters.',
    );
  });

  it("takes dates as the campaign's units table does: day first with slashes, or ISO, or a received time", () => {
    const text =
      "code,name,valid_from,valid_to,received\nP01,A,1/7/2025,31/12/2025,20/01/2026\nP02,B,,,2026-01-15 16:30\n";
    expect(parseUnitsCsv(utf8(text), "don-vi.csv")).toEqual([
      { code: "P01", name: "A", validFrom: "2025-07-01", validTo: "2025-12-31", received: "2026-01-20" },
      { code: "P02", name: "B", received: "2026-01-15 16:30" },
    ]);
  });

  it("refuses a code, kind or date that is not valid, naming the line", () => {
    expect(refusal("code,name,kind\nP01,A,commune\nP02,B,province\n").text.en).toBe(
      'Units list "don-vi.csv", line 3: kind "province" is not valid.',
    );
    expect(refusal("code,name,received\nP01,A,31/02/2026\n").text.en).toBe(
      'Units list "don-vi.csv", line 2: received "31/02/2026" is not valid.',
    );
  });

  it("takes the corrected reports staff recorded, by the Vietnamese header too, and refuses a count that is none", () => {
    const text = "Mã đơn vị,Tên đơn vị,Số lần nộp lại\nP01,A,2\nP02,B,\nP03,C,0\n";
    expect(parseUnitsCsv(utf8(text), "don-vi.csv")).toEqual([
      { code: "P01", name: "A", corrections: 2 },
      { code: "P02", name: "B" },
      { code: "P03", name: "C" },
    ]);
    expect(refusal("code,name,corrections\nP01,A,1.5\n").text.en).toBe(
      'Units list "don-vi.csv", line 2: corrections "1.5" is not valid.',
    );
  });

  it("takes a dissolved unit's successors, by the Vietnamese header too, and refuses one not in the list", () => {
    const text =
      'Mã đơn vị,Tên đơn vị,Hiệu lực đến,Đơn vị tiếp nhận\nH01,LĐLĐ huyện,30/06/2025,"P01, P02"\nP01,A,,\nP02,B,,\n';
    expect(parseUnitsCsv(utf8(text), "don-vi.csv")).toEqual([
      { code: "H01", name: "LĐLĐ huyện", validTo: "2025-06-30", successors: ["P01", "P02"] },
      { code: "P01", name: "A" },
      { code: "P02", name: "B" },
    ]);
    const unknown = refusal('code,name,valid_to,successors\nH01,A,2025-06-30,"P01; P09"\nP01,B,,\n');
    expect(unknown.text.vi).toBe(
      'Danh sách đơn vị "don-vi.csv", dòng 2: đơn vị tiếp nhận "P09" không có trong danh sách; hãy ghi mã của các đơn vị tiếp nhận, cách nhau bằng dấu phẩy.',
    );
    expect(refusal('code,name,successors\nH01,A,"P 1"\n').text.en).toBe(
      'Units list "don-vi.csv", line 2: successors "P 1" is not valid.',
    );
  });

  // Without the column a union that moved in on 01/07 read as founded that day, its year's budget counted
  // whole at its new parent (100,000,000 đồng for 50,410,959).
  it("takes the unit a unit moved in from, by either header, and refuses it without the day it moved", () => {
    const text =
      "Mã đơn vị,Tên đơn vị,Hiệu lực từ,Chuyển đến từ\nK01,CĐCS K01,01/07/2025,LĐLĐ tỉnh cũ\nP01,A,01/07/2025,\n";
    expect(parseUnitsCsv(utf8(text), "don-vi.csv")).toEqual([
      { code: "K01", name: "CĐCS K01", validFrom: "2025-07-01", movedInFrom: "LĐLĐ tỉnh cũ" },
      { code: "P01", name: "A", validFrom: "2025-07-01" },
    ]);
    const undated = refusal("code,name,moved_in_from\nK01,A,T01\n");
    expect(undated.text.vi).toContain("dòng 2");
    expect(undated.text.vi).toContain("valid_from");
    expect(undated.text.en).toContain("write the day the unit moved in as its valid_from");
  });

  // Read as a move, P01 founded on 01/07 carried 184/365 of the 600,000,000 đồng assigned for its half year.
  it.each(["P01", "Công đoàn phường 1"])("refuses a unit moved in from itself (%s)", (typed) => {
    const own = refusal(`code,name,valid_from,moved_in_from\nP01,Công đoàn phường 1,2025-07-01,${typed}\n`);
    expect(own.text.vi).toContain("dòng 2");
    expect(own.text.vi).toContain("chính mã hoặc tên");
    expect(own.text.en).toContain("its own code or name");
  });
});
