import { CONTROL_CASE, LIBREOFFICE_CASES, OPENPYXL_CASES } from "../../support/honest-corpus/cases";
import { honestCorpusTests } from "../../support/honest-corpus/corpus-tests";
import { GNUMERIC_CASES } from "../../support/honest-corpus/gnumeric-clerk";
import { halfCases } from "../../support/honest-corpus/make-corpus";

// A false refusal of an honest file is as serious a defect as a lie let through (issue 64). A unit's report
// for Đợt 1 of 2025 is written by the product, filled by openpyxl with figures worked out by hand, then
// changed the way clerks change reports every day, each change through the program's own commands:
// LibreOffice (Python-UNO, in en-US and vi-VN profiles), openpyxl and Gnumeric, saved as .xlsx, .xls or
// .ods. Each must be accepted (warnings allowed) with every figure as the table has it. These tests need
// LibreOffice with Python-UNO (/usr/bin/python3), openpyxl and ssconvert: CI installs them. This file holds
// the en-US half (LibreOffice en-US, openpyxl, Gnumeric, the control); honest-corpus-vi the vi-VN half.

const CASES = [...LIBREOFFICE_CASES, ...OPENPYXL_CASES, ...GNUMERIC_CASES];

describe("an everyday change a clerk makes to a filled report is accepted with its figures unchanged", () => {
  it("has at least 40 cases, in every program, locale and format, each in one half of the corpus", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    const kinds = new Set(CASES.map((c) => `${c.program} ${c.locale ?? ""} ${c.format}`));
    for (const locale of ["en-US", "vi-VN"])
      for (const format of ["xlsx", "xls", "ods"]) expect(kinds).toContain(`LibreOffice ${locale} ${format}`);
    for (const format of ["xlsx", "xls", "ods"]) expect(kinds).toContain(`Gnumeric  ${format}`);
    expect(kinds).toContain("openpyxl  xlsx");
    const halves = [...halfCases("en-US"), ...halfCases("vi-VN")];
    expect(halves.map((c) => c.id).sort()).toEqual(CASES.map((c) => c.id).sort());
  });

  const judgeCase = honestCorpusTests("en-US");

  it("catches a figure the clerk did not report: the control case's 46 for 45 shows, and its rate", () => {
    expect(judgeCase(CONTROL_CASE).differences).toEqual([
      `B01 private enterprises_with_union: 46, not 45`,
      `B01 private cla_rate: ${30 / 46}, not ${30 / 45}`,
      `B01 nonstate enterprises_with_union: 74, not 73`,
      `B01 nonstate cla_rate: ${54 / 74}, not ${54 / 73}`,
      `B01 total enterprises_with_union: 86, not 85`,
      `B01 total cla_rate: ${64 / 86}, not ${64 / 85}`,
    ]);
  });
});
