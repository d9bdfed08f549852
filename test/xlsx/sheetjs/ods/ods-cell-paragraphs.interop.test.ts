import { strFromU8, strToU8, unzipSync } from "fflate";
import { extract, getTemplate, validate } from "../../../../src/core";
import { UNREADABLE_SHOWN } from "../../../../src/core/grid/grid";
import { readWorkbookGrid } from "../../../../src/xlsx";
import { resaveWith } from "../../../support/libreoffice";
import { zipEntriesOf } from "../../../support/mutate-report";
import { reportParts } from "../../../support/report-parts";

jest.setTimeout(180_000);

// LibreOffice shows, of an .ods cell's paragraph, its text, spaces, tabs and line breaks, one span and one
// link; it drops the text of other markup (hidden text, a span in a span) and writes its own in a field's
// place (red team, round 18: a label in hidden text left its row blank and the next row's label read as
// it; a unit line's <text:title> printed another unit). Such a text is named where the form reads it.

let ods: Uint8Array;

beforeAll(async () => {
  ods = resaveWith((await reportParts()).bytes, "xlsx", "ods");
});

const def = getTemplate("B01");
const state = def.rows.find((r) => r.key === "state")!.label.vi;

/** LibreOffice's .ods of the report, its content.xml changed by `change`, as read. */
function odsGridWith(change: (xml: string) => string) {
  const parts = Object.entries(unzipSync(ods)).map(([name, data]): [string, Uint8Array] => {
    if (name !== "content.xml") return [name, data];
    const changed = change(strFromU8(data));
    expect(changed).not.toBe(strFromU8(data));
    return [name, strToU8(changed)];
  });
  return readWorkbookGrid(zipEntriesOf(parts), "p.ods");
}

/** The findings of LibreOffice's .ods of the report, its content.xml changed by `change`. */
const odsWith = (change: (xml: string) => string) => validate(extract(odsGridWith(change)));

/** The report with the state-owned label's paragraphs written as `paragraph` makes them. */
const labelAs = (paragraph: (text: string) => string) =>
  odsWith((xml) => xml.replaceAll(`<text:p>${state}</text:p>`, `<text:p>${paragraph(state!)}</text:p>`));

const onForm = (findings: readonly { rule: string; sheet?: string }[], rule: string) =>
  findings.filter((f) => f.rule === rule && f.sheet === def.sheetName).length;

describe("an .ods label whose paragraph holds markup LibreOffice does not show as written", () => {
  it.each([
    [
      "hidden text",
      (text: string) =>
        `<text:hidden-text text:condition="ooow:1" text:string-value="${text}" text:is-hidden="true">${text}</text:hidden-text>`,
    ],
    ["a span in a span", (text: string) => `<text:span><text:span>${text}</text:span></text:span>`],
    ["a field, the document's title", (text: string) => `<text:title>${text}</text:title>`],
    [
      "a meta mark (SheetJS reads no cell of it at all)",
      (text: string) => `<text:meta xml:id="m1">${text}</text:meta>`,
    ],
  ])("is named as a label a person cannot read there: %s", (_, paragraph) => {
    expect(onForm(labelAs(paragraph), "cell.heading_unseen")).toBe(1);
  });

  it.each([
    ["a span", (text: string) => `<text:span text:style-name="T9">${text}</text:span>`],
    [
      "a link with a span and spaces",
      (text: string) =>
        `<text:a xlink:type="simple" xlink:href="https://example.invalid/"><text:span>${text.replace(" ", "</text:span><text:s/><text:span>")}</text:span></text:a>`,
    ],
    [
      "a bookmark and a reference mark around it",
      (text: string) =>
        `<text:bookmark text:name="b0"/><text:bookmark-start text:name="b1"/><text:reference-mark-start text:name="r1"/>${text}<text:reference-mark-end text:name="r1"/><text:bookmark-end text:name="b1"/>`,
    ],
  ])("is read as written where LibreOffice shows it so: %s", (_, paragraph) => {
    expect(onForm(labelAs(paragraph), "cell.heading_unseen")).toBe(0);
  });
});

describe("an .ods label's cell LibreOffice writes once, repeated over its English cell", () => {
  it("is read as LibreOffice shows it in each copy where its paragraph holds a meta mark (SheetJS reads neither)", () => {
    const grid = odsGridWith((xml) =>
      xml.replace(
        new RegExp(
          `<table:table-cell ([^>]*)><text:p>${state}</text:p></table:table-cell><table:table-cell [^>]*><text:p>State-owned enterprises</text:p></table:table-cell>`,
        ),
        `<table:table-cell $1 table:number-columns-repeated="2"><text:p><text:meta xml:id="m1">${state}</text:meta></text:p></table:table-cell>`,
      ),
    );
    const cells = grid.sheets.find((s) => s.name === def.sheetName)!.cells;
    for (const address of ["A9", "B9"])
      expect(cells.get(address)).toMatchObject({
        value: { type: "string", value: state },
        mayShow: [UNREADABLE_SHOWN],
      });
  });
});

describe("an .ods unit line holding a field", () => {
  it("is named: LibreOffice prints the document's title in its place", () => {
    const findings = odsWith((xml) =>
      xml.replace(/(<text:p>Đơn vị báo cáo: )(Công đoàn H01 \(CD_H01\))/g, "$1<text:title>$2</text:title>"),
    );
    expect(onForm(findings, "identity.line_unseen")).toBe(1);
  });
});
