import { formDef } from "../../../src/core";
import { fastOutcome, sheetJsOutcome, type Outcome, ruled } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import {
  conditionallyStyled,
  escapedFormat,
  numberFormatted,
  reportParts,
  sheetPart,
  type ReportParts,
} from "../../support/report-parts";

// Under each form, the target block says whether the unit met each target: Đạt / Chưa đạt. A file whose
// block shows another target, another result or another assessment than the roll-up uses is named at
// the cell (red team, round 3: every program showed "70.0 % Đạt" where the roll-up had 31.6 %, not met).

let report: ReportParts;
let sheet: string;

beforeAll(async () => {
  report = await reportParts();
  sheet = report.text(report.input.part);
});

/** The sheet's cell `address` as written, and the file with that cell written otherwise. */
const cellXml = (address: string) => new RegExp(`<c r="${address}"[^>]*>.*?</c>`).exec(sheet)![0];
const withCell = (address: string, change: (xml: string) => string) =>
  report.fileWith({ [report.input.part]: (xml) => xml.replace(cellXml(address), change(cellXml(address))) });

const found = (outcome: Outcome, rule: string) => ruled(outcome, rule);

const both = (bytes: Uint8Array, rule: string) => [
  found(fastOutcome(bytes), rule),
  found(sheetJsOutcome(bytes), rule),
];

describe("the target block shows what the roll-up uses, or the cell is named", () => {
  it("finds the block of the report written by Thi Đua, and nothing wrong in it", () => {
    expect(cellXml("D16")).toContain("<f>E12</f>");
    for (const rule of ["cell.formula_tampered", "cell.stale_result", "target.goal_differs"])
      expect(both(report.bytes, rule)).toEqual([[], []]);
  });

  it("names a result whose formula is not the form's cell", () => {
    const widened = withCell("D16", (xml) => xml.replace("<f>E12</f>", "<f>MAX(E12,C16)</f>"));
    expect(both(widened, "cell.formula_tampered")).toEqual([[["error", "D16"]], [["error", "D16"]]]);
  });

  it("names an assessment whose formula is not the template's, and takes the former template's", () => {
    const always = withCell("E16", (xml) => xml.replace(/<f>.*<\/f>/, '<f>"Đạt"</f>'));
    expect(both(always, "cell.formula_tampered")).toEqual([[["error", "E16"]], [["error", "E16"]]]);
    const former = withCell("E16", (xml) =>
      xml.replace(/<f>.*<\/f>/, '<f>IF(OR(C16="",D16=""),"",IF(D16&gt;=C16,"Đạt","Chưa đạt"))</f>'),
    );
    expect(both(former, "cell.formula_tampered")).toEqual([[], []]);
  });

  it("names a target the form shows otherwise than the one assigned", () => {
    expect(cellXml("C16")).toContain("<v>0.7</v>");
    const lowered = withCell("C16", (xml) => xml.replace("<v>0.7</v>", "<v>0.3</v>"));
    expect(both(lowered, "target.goal_differs")).toEqual([[["error", "C16"]], [["error", "C16"]]]);
    const notApplicable = withCell("C16", () => '<c r="C16" t="inlineStr"><is><t>Không áp dụng</t></is></c>');
    expect(found(fastOutcome(notApplicable), "target.goal_differs")).toEqual([["error", "C16"]]);
  });

  // Red team, round 58: "0" typed in a target left blank was told to "put back (blank)".
  it("names a target typed where none is assigned, telling the clerk to leave the cell empty", () => {
    const part = sheetPart(report.text, "Biểu 02");
    const goal = /<c r="C17"( s="\d+")?\s*\/>/.exec(report.text(part));
    expect(goal).not.toBeNull();
    const typed = report.fileWith({
      [part]: (xml) => xml.replace(goal![0], `<c r="C17"${goal![1] ?? ""}><v>0</v></c>`),
    });
    const outcome = fastOutcome(typed);
    expect(found(outcome, "target.goal_differs")).toEqual([["error", "C17"]]);
    const message = outcome.read && outcome.findings.find((f) => f.rule === "target.goal_differs");
    expect(message && [message.message_vi, message.message_en]).toEqual([
      expect.stringContaining("để trống như biểu mẫu"),
      expect.stringContaining("leaving it empty"),
    ]);
  });

  it("warns of an assessment cached otherwise than its formula gives", () => {
    const cached = /<v>(Đạt|Chưa đạt)<\/v>/.exec(cellXml("E16"))![1];
    const flipped = withCell("E16", (xml) =>
      xml.replace(`<v>${cached}</v>`, `<v>${cached === "Đạt" ? "Chưa đạt" : "Đạt"}</v>`),
    );
    expect(both(flipped, "cell.stale_result")).toEqual([[["warning", "E16"]], [["warning", "E16"]]]);
  });

  it("reads a number cached on an assessment as no result: LibreOffice and Excel show what it computes", () => {
    // LibreOffice's .xls caches 0 for a text formula it did not compute (red team, round 6, F2), and
    // shows the text on opening, as Excel does: "the file shows 0%" was said of every assessment.
    const zero = withCell("E16", (xml) => xml.replace(' t="str"', "").replace(/<v>[^<]*<\/v>/, "<v>0</v>"));
    expect(cellXml("E16")).toContain(' t="str"');
    expect(both(zero, "cell.stale_result")).toEqual([[], []]);
    const xls = sheetJsOutcome(resaveWith(report.bytes, "xlsx", "xls"), "r.xls");
    expect(found(xls, "cell.stale_result")).toEqual([]);
    // Its format's text section, which shows over the text computed, is named (red team, round 6, L3).
    const cached = /<v>(Đạt|Chưa đạt)<\/v>/.exec(cellXml("E16"))![1];
    const style = (xml: string) => new RegExp(`<c r="${report.input.cell}" s="(\\d+)"`).exec(xml)![1];
    const shownOther = numberFormatted(report, `;;;"${cached === "Đạt" ? "Chưa đạt" : "Đạt"}"`, {
      sheet: (xml) => xml.replace(/<c r="E16" s="\d+"/, `<c r="E16" s="${style(xml)}"`),
    });
    const formatted = sheetJsOutcome(resaveWith(shownOther, "xlsx", "xls"), "r.xls");
    expect(found(formatted, "cell.misleading_format")).toContainEqual(["error", "E16"]);
  }, 60_000);

  it("names a cell of the block a format shows otherwise", () => {
    const cached = /<v>(Đạt|Chưa đạt)<\/v>/.exec(cellXml("E16"))![1];
    const other = cached === "Đạt" ? "Chưa đạt" : "Đạt";
    const numFmt = (code: string) => `<numFmt numFmtId="301" formatCode="${escapedFormat(code)}"/>`;
    const otherText = conditionallyStyled(report, numFmt(`;;;"${other}"`), "dxfs", "E16");
    expect(found(fastOutcome(otherText), "cell.misleading_format")).toEqual([["error", "E16"]]);
    const otherRate = conditionallyStyled(report, numFmt('"70.0%"'), "dxfs", "D16");
    expect(found(fastOutcome(otherRate), "cell.misleading_format")).toEqual([["error", "D16"]]);
    // Red team, round 5: the rate with a unit that is not a rate's.
    const inDollars = conditionallyStyled(report, numFmt('0.0%" USD"'), "dxfs", "D16");
    expect(found(fastOutcome(inDollars), "cell.misleading_format")).toEqual([["error", "D16"]]);
    // Named as a form cell's would be: its unit is not a rate's (the cell judge's other-unit class).
    const dollars = fastOutcome(inDollars);
    const said = dollars.read ? dollars.findings.find((f) => f.rule === "cell.misleading_format") : undefined;
    expect(said?.message_en).toContain('"USD"');
    // Saved without its result (as openpyxl saves), the cell shows what the format makes of the formula's.
    const part = report.input.part;
    const dropResult = (xml: string) => xml.replace(/(<c r="D16"[^>]*><f>E12<\/f>)<v>[^<]*<\/v>/, "$1");
    expect(dropResult(sheet)).not.toEqual(sheet);
    const uncached: ReportParts = {
      ...report,
      fileWith: (changes) => {
        const change = changes[part];
        const then =
          typeof change === "function"
            ? change
            : (xml: string) => (typeof change === "string" ? change : xml);
        return report.fileWith({ ...changes, [part]: (xml) => then(dropResult(xml)) });
      },
    };
    const uncachedRate = conditionallyStyled(uncached, numFmt('"70.0%"'), "dxfs", "D16");
    expect(found(fastOutcome(uncachedRate), "cell.misleading_format")).toEqual([["error", "D16"]]);
  });

  // Red team, round 7: the goal a person reads the result against, shown in another unit or rounded.
  it.each([
    ["millions written after it", '0.0" triệu"'],
    ["a percent sign written as text (1%)", '0"%"'],
    ["the đồng", "0.0% [$₫-42A]"],
  ])("names a goal shown in %s, as the result would be", (_, code) => {
    const goal = numberFormatted(report, code, { at: { part: report.input.part, cell: "C16" } });
    expect(found(fastOutcome(goal), "cell.misleading_format")).toEqual([["error", "C16"]]);
  });

  it("names a result saved without it in a format of another unit, and reads one in the template's", () => {
    const uncached = (code: string) =>
      numberFormatted(report, code, {
        at: { part: report.input.part, cell: "D16" },
        sheet: (xml) => xml.replace(/(<c r="D16"[^>]*><f>E12<\/f>)<v>[^<]*<\/v>/, "$1"),
      });
    expect(found(fastOutcome(uncached("0.0% [$₫-42A]")), "cell.misleading_format")).toEqual([
      ["error", "D16"],
    ]);
    expect(found(fastOutcome(uncached("0.0%")), "cell.misleading_format")).toEqual([]);
  });

  it("refuses a form whose target's name is deleted, or points at a copy of the block further down", () => {
    const name = "TD_B01_target_nonstate_cla_rate";
    const workbook = report.text("xl/workbook.xml");
    expect(workbook).toContain(`<definedName name="${name}">'Biểu 01'!$C$16</definedName>`);
    const deleted = report.fileWith({
      "xl/workbook.xml": (xml) =>
        xml.replace(new RegExp(`<definedName name="${name}">[^<]*</definedName>`), ""),
    });
    expect(both(deleted, "cell.missing_name")).toEqual([[["error", undefined]], [["error", undefined]]]);
    // The target's row copied 200 rows down, the name pointing there: a person reads the form's own line.
    const row16 = /<row r="16"[^>]*>.*?<\/row>/s.exec(sheet)![0];
    const row216 = row16.replace(/r="16"/, 'r="216"').replace(/([A-Z])16\b/g, "$1216");
    const moved = report.fileWith({
      "xl/workbook.xml": (xml) => xml.replace(`'Biểu 01'!$C$16<`, `'Biểu 01'!$C$216<`),
      [report.input.part]: (xml) => xml.replace("</sheetData>", `${row216}</sheetData>`),
    });
    expect(row216).toContain('<c r="A216"');
    expect(both(moved, "cell.name_misplaced")).toEqual([[["error", "C216"]], [["error", "C216"]]]);
  });

  it("names a target whose label the form does not carry (its row then reads as another's)", () => {
    expect(both(report.bytes, "target.label_missing")).toEqual([[], []]);
    const retyped = withCell("A16", () => '<c r="A16" t="inlineStr"><is><t>Chỉ tiêu 1</t></is></c>');
    expect(both(retyped, "target.label_missing")).toEqual([[["error", "A16"]], [["error", "A16"]]]);
  });

  it("names a target whose label shows only further along its row, or whose English is another's", () => {
    // Red team, round 19: each label in column F after 200 spaces, which a one-space G cell cuts off, and
    // column A showing the other target's label with " (%)"; or the English labels alone swapped.
    const [first, second] = formDef("B01").targets.map((t) => t.label);
    const inline = (address: string, text: string) =>
      `<c r="${address}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
    expect(() => cellXml("F16")).toThrow();
    const far = report.fileWith({
      [report.input.part]: (xml) =>
        xml
          .replace(cellXml("A16"), inline("A16", `${second!.vi} (%)`))
          .replace(cellXml("E16"), `${cellXml("E16")}${inline("F16", `${" ".repeat(200)}${first!.vi}`)}`),
    });
    expect(both(far, "target.label_missing")).toEqual([[["error", "A16"]], [["error", "A16"]]]);
    const english = report.fileWith({
      [report.input.part]: (xml) =>
        xml
          .replace(cellXml("B16"), inline("B16", second!.en))
          .replace(cellXml("B17"), inline("B17", first!.en)),
    });
    const named = [
      ["error", "B16"],
      ["error", "B17"],
    ];
    expect(both(english, "target.label_en_other").map((cells) => cells.sort())).toEqual([named, named]);
    expect(both(english, "target.label_missing")).toEqual([[], []]);
    // An English label left blank misleads no one.
    const blank = report.fileWith({
      [report.input.part]: (xml) =>
        xml.replace(cellXml("B16"), '<c r="B16" t="inlineStr"><is><t></t></is></c>'),
    });
    expect(both(blank, "target.label_en_other")).toEqual([[], []]);
    // Nor does one in column B hidden to print (review of round 19: every English label was named).
    const hidden = report.fileWith({
      [report.input.part]: (xml) =>
        xml.replace(
          '<col min="2" max="2" width="34" customWidth="1"/>',
          '<col min="2" max="2" width="34" hidden="1" customWidth="1"/>',
        ),
    });
    expect(found(fastOutcome(hidden), "target.label_en_other")).toEqual([]);
  });

  /** The errors of a read file at a cell of the form's sheet, by rule. */
  const errorsAt = (outcome: Outcome, cell: string) =>
    outcome.read
      ? outcome.findings.filter((f) => f.severity === "error" && f.cell === cell).map((f) => f.rule)
      : ["refused"];

  // Red team, round 19: a conditional format drew a target's label in 1 pt, 500 pt or Symbol's Greek
  // letters (as LibreOffice draws it), and the file passed as ready.
  it.each([
    ["1 pt", '<font><sz val="1"/></font>', ["xlsx", "ods", "xls"]],
    ["500 pt", '<font><sz val="500"/></font>', ["xlsx", "ods", "xls"]],
    // An .xls's conditional format keeps no font name: LibreOffice's .xls shows the label.
    ["Symbol's Greek letters", '<font><name val="Symbol"/></font>', ["xlsx", "ods"]],
  ])("names a target's label a conditional format draws in %s", (_, dxf, formats) => {
    const file = conditionallyStyled(report, dxf, "dxfs", "A16");
    const read = {
      xlsx: () => fastOutcome(file),
      ods: () => sheetJsOutcome(resaveWith(file, "xlsx", "ods"), "r.ods"),
      xls: () => sheetJsOutcome(resaveWith(file, "xlsx", "xls"), "r.xls"),
    };
    for (const format of formats as (keyof typeof read)[])
      expect({ format, named: errorsAt(read[format](), "A16").length > 0 }).toEqual({ format, named: true });
    expect(
      errorsAt(fastOutcome(conditionallyStyled(report, '<font><sz val="10"/></font>', "dxfs", "A16")), "A16"),
    ).toEqual([]);
  });

  it("names a label, a heading or an assessment holding several lines (red team, round 6: L3)", () => {
    const [first, second] = formDef("B01").targets.map((t) => t.label);
    const swapped = report.fileWith({
      [report.input.part]: (xml) =>
        [
          ["A16", `${first!.vi}\n\n\n\n${second!.vi}`],
          ["B16", `${first!.en}\n\n\n\n${second!.en}`],
          ["A17", `${second!.vi}\n\n\n\n${first!.vi}`],
        ].reduce(
          (out, [address, text]) =>
            out.replace(cellXml(address!), `<c r="${address}" t="inlineStr"><is><t>${text}</t></is></c>`),
          xml,
        ),
    });
    const several = ["A16", "A17", "B16"].map((cell) => ["error", cell]);
    for (const read of [fastOutcome, sheetJsOutcome]) {
      expect(found(read(swapped), "cell.several_lines").sort()).toEqual(several);
      // Named once, as holding several lines, not again as a label the row lacks.
      expect(found(read(swapped), "target.label_missing")).toEqual([]);
    }
    const heading = withCell("C6", () => '<c r="C6" t="inlineStr"><is><t>Tổng số\nKết quả</t></is></c>');
    expect(found(fastOutcome(heading), "cell.several_lines")).toEqual([["error", "C6"]]);
    const cached = /<v>(Đạt|Chưa đạt)<\/v>/.exec(cellXml("E16"))![1]!;
    const assessment = withCell("E16", (xml) =>
      xml.replace(`<v>${cached}</v>`, "<v>Chưa đạt\nĐạt</v>").replace(/ t="\w+"/, ' t="str"'),
    );
    expect(found(fastOutcome(assessment), "cell.several_lines")).toEqual([["error", "E16"]]);
  });
});
