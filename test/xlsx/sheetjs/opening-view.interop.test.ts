import { strFromU8, strToU8, unzipSync } from "fflate";
import { fastOutcome, sheetJsOutcome, type Outcome, ruled } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { zipEntriesOf } from "../../support/mutate-report";
import { reportParts, type ReportParts } from "../../support/report-parts";
import { xlsGlobals } from "../../../src/xlsx/sheetjs/xls-globals";
import { workbookStream } from "../../../src/xlsx/sheetjs/xls-records";

// What a workbook shows on opening is what a person reads: a decoy copy of the form opened first with the
// tab bar out of sight (hidden, or squeezed to nothing), or the form's sheet frozen at a decoy copy further
// down, while the names read the real form (red team, round 3: L2, L3, L6).

const DECOY = "Bản in";
let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** The findings of a rule, as [severity, sheet], or "refused" where the file is not read at all. */
const bySheet = (outcome: Outcome, rule: string) => ruled(outcome, rule, ["severity", "sheet"]);

/** A copy of the form's sheet put first, the workbook opening on it with `view`'s workbookView attributes. */
const decoyFirst = (view: string) =>
  report.fileWith({
    "xl/decoy.xml": report.text(report.input.part),
    "xl/_rels/workbook.xml.rels": (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="decoy.xml"/></Relationships>',
      ),
    "xl/workbook.xml": (xml) =>
      xml
        .replace(/<workbookView [^>]*\/>/, `<workbookView activeTab="0" ${view}/>`)
        .replace("<sheets>", `<sheets><sheet name="${DECOY}" sheetId="900" r:id="rId900"/>`),
  });

/** The form's sheet with its first sheetView's contents (and `attributes`) replaced. */
const formViewed = (attributes: string, inside: string) =>
  report.fileWith({
    [report.input.part]: (xml) =>
      xml.replace(
        /<sheetView [^>]*>.*?<\/sheetView>/s,
        `<sheetView workbookViewId="0" ${attributes}>${inside}</sheetView>`,
      ),
  });

describe("an .xlsx workbook view whose tab bar is squeezed to nothing (tabRatio)", () => {
  it("refuses the decoy it opens on where the tab bar is under a tenth of the window", () => {
    expect(bySheet(fastOutcome(decoyFirst('tabRatio="0"')), "sheet.look_alike")).toEqual([["error", DECOY]]);
    expect(bySheet(fastOutcome(decoyFirst('tabRatio="99"')), "sheet.look_alike")).toEqual([["error", DECOY]]);
    expect(bySheet(fastOutcome(decoyFirst('tabRatio="600"')), "sheet.look_alike")).toEqual([]);
    expect(bySheet(fastOutcome(decoyFirst('tabRatio="100"')), "sheet.look_alike")).toEqual([]);
  });

  it("refuses a tabRatio not written in digits, which programs read apart", () => {
    expect(bySheet(fastOutcome(decoyFirst('tabRatio="0x"')), "sheet.look_alike")).toEqual(["refused"]);
    expect(bySheet(fastOutcome(decoyFirst('tabRatio="-1"')), "sheet.look_alike")).toEqual(["refused"]);
  });
});

describe("an .xlsx form's sheet whose view hides the form", () => {
  /** Rows 1–100 above the view, the top eight of it frozen: the form at rows 1–26 can never be seen. */
  const frozenAtCopy = (state: string) =>
    formViewed('topLeftCell="A101"', `<pane xSplit="2" ySplit="8" topLeftCell="C109" state="${state}"/>`);

  it("refuses panes frozen past the form's title and figures, naming the rows out of reach", () => {
    for (const state of ["frozen", "frozenSplit"]) {
      const outcome = fastOutcome(frozenAtCopy(state));
      expect(bySheet(outcome, "sheet.frozen_past_form")).toEqual([["error", "Biểu 01"]]);
      const message = outcome.read && outcome.findings.find((f) => f.rule === "sheet.frozen_past_form");
      expect(message && message.message_en).toContain("rows 1–100");
      expect(message && message.message_vi).toContain("hàng 1–100");
    }
  });

  it("refuses columns frozen past the form's labels", () => {
    const bytes = formViewed('topLeftCell="C1"', '<pane xSplit="1" topLeftCell="D1" state="frozen"/>');
    const outcome = fastOutcome(bytes);
    expect(bySheet(outcome, "sheet.frozen_past_form")).toEqual([["error", "Biểu 01"]]);
    expect(
      outcome.read && outcome.findings.find((f) => f.rule === "sheet.frozen_past_form")?.message_en,
    ).toContain("columns A–B");
  });

  it("accepts the template's own frozen headings, and a split whose panes both scroll back", () => {
    expect(bySheet(fastOutcome(report.bytes), "sheet.frozen_past_form")).toEqual([]);
    expect(bySheet(fastOutcome(report.bytes), "sheet.opens_past_form")).toEqual([]);
    expect(bySheet(fastOutcome(frozenAtCopy("split")), "sheet.frozen_past_form")).toEqual([]);
  });

  // A clerk often saves a file scrolled down a little; one opening wholly past every figure of the form
  // shows a person none of it (maybe a copy below), yet they can scroll back: a warning, not a refusal.
  it("warns of a view opening wholly below the form, not of one inside it", () => {
    expect(bySheet(fastOutcome(formViewed('topLeftCell="A101"', "")), "sheet.opens_past_form")).toEqual([
      ["warning", "Biểu 01"],
    ]);
    expect(bySheet(fastOutcome(formViewed('topLeftCell="A5"', "")), "sheet.opens_past_form")).toEqual([]);
  });

  it("refuses a view whose cell or frozen split programs read apart", () => {
    expect(bySheet(fastOutcome(formViewed('topLeftCell="a101"', "")), "sheet.opens_past_form")).toEqual([
      "refused",
    ]);
    const split = formViewed('topLeftCell="A101"', '<pane ySplit="8.5" topLeftCell="A109" state="frozen"/>');
    expect(bySheet(fastOutcome(split), "sheet.frozen_past_form")).toEqual(["refused"]);
  });
});

/** An .ods with its settings' view-settings given `view` as their Views (LibreOffice's names). */
function odsViewed(ods: Uint8Array, view: string): Uint8Array {
  const parts = unzipSync(ods);
  const settings = strFromU8(parts["settings.xml"]!).replace(
    /(<config:config-item-set config:name="ooo:view-settings">)(?:.*?)(<\/config:config-item-set>)/s,
    (_, open: string, close: string) => `${open}${view}${close}`,
  );
  return zipEntriesOf(
    Object.entries({ ...parts, "settings.xml": strToU8(settings) }).map(([n, d]) => [n, d] as const),
  );
}

const item = (name: string, type: string, value: string | number) =>
  `<config:config-item config:name="${name}" config:type="${type}">${value}</config:config-item>`;
const views = (inside: string) =>
  `<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>${item("ViewId", "string", "view1")}${inside}</config:config-item-map-entry></config:config-item-map-indexed>`;

describe("an .ods: the sheet it opens on and the form's sheet's view, from its settings", () => {
  let ods: Uint8Array;
  let decoyOds: Uint8Array;
  beforeAll(() => {
    ods = resaveWith(report.bytes, "xlsx", "ods");
    decoyOds = resaveWith(decoyFirst(""), "xlsx", "ods");
  });

  it("refuses a decoy its first view opens on with the sheet tabs hidden", () => {
    const opened = (tabs: string) =>
      sheetJsOutcome(
        odsViewed(
          decoyOds,
          views(item("ActiveTable", "string", DECOY) + item("HasSheetTabs", "boolean", tabs)),
        ),
        "r.ods",
      );
    expect(bySheet(opened("false"), "sheet.look_alike")).toEqual([["error", DECOY]]);
    expect(bySheet(opened("true"), "sheet.look_alike")).toEqual([]);
  });

  it("refuses a decoy its first view opens on with the tab bar squeezed to nothing", () => {
    const squeezed = (share: string) =>
      sheetJsOutcome(
        odsViewed(
          decoyOds,
          views(
            item("ActiveTable", "string", DECOY) +
              item("HasSheetTabs", "boolean", "true") +
              item("RelativeHorizontalTabbarWidth", "double", share),
          ),
        ),
        "r.ods",
      );
    expect(bySheet(squeezed("0"), "sheet.look_alike")).toEqual([["error", DECOY]]);
    expect(bySheet(squeezed("0.05"), "sheet.look_alike")).toEqual([["error", DECOY]]);
    expect(bySheet(squeezed("0.5"), "sheet.look_alike")).toEqual([]);
    expect(bySheet(squeezed("half"), "sheet.look_alike")).toEqual(["refused"]);
  });

  it("refuses the form's sheet frozen past the form, as LibreOffice keeps a frozen split", () => {
    const table = (top: number) =>
      `<config:config-item-map-named config:name="Tables"><config:config-item-map-entry config:name="Biểu 01">${
        item("HorizontalSplitMode", "short", 2) +
        item("VerticalSplitMode", "short", 2) +
        item("HorizontalSplitPosition", "int", 2) +
        item("VerticalSplitPosition", "int", top + 8) +
        item("PositionLeft", "int", 0) +
        item("PositionRight", "int", 2) +
        item("PositionTop", "int", top) +
        item("PositionBottom", "int", top + 8)
      }</config:config-item-map-entry></config:config-item-map-named>`;
    const viewed = (top: number) =>
      sheetJsOutcome(odsViewed(ods, views(table(top) + item("ActiveTable", "string", "Biểu 01"))), "r.ods");
    expect(bySheet(viewed(100), "sheet.frozen_past_form")).toEqual([["error", "Biểu 01"]]);
    expect(bySheet(viewed(0), "sheet.frozen_past_form")).toEqual([]);
  });
});

describe("an .xls: the sheet it opens on, from its WINDOW1 record", () => {
  let xls: Uint8Array;
  beforeAll(() => {
    xls = resaveWith(decoyFirst(""), "xlsx", "xls");
  });

  /** The file with WINDOW1's flags (fDspTabs 0x20 and others) or tab ratio changed in place. */
  function patched(change: (window: DataView) => void): Uint8Array {
    const bytes = xls.slice();
    // WINDOW1 (0x003D, 18 bytes) lies in the Workbook stream's first sector, near its start.
    const at = bytes.findIndex(
      (_, i) => bytes[i] === 0x3d && bytes[i + 1] === 0 && bytes[i + 2] === 18 && bytes[i + 3] === 0,
    );
    expect(at).toBeGreaterThan(0);
    change(new DataView(bytes.buffer, at + 4, 18));
    return bytes;
  }

  it("reads the record LibreOffice writes: the decoy active, its tabs shown", () => {
    expect(xlsGlobals(workbookStream(xls))).toMatchObject({
      window: { activeTab: 0, tabsHidden: false },
      precisionAsDisplayed: false,
    });
    expect(bySheet(sheetJsOutcome(xls, "r.xls"), "sheet.look_alike")).toEqual([]);
  });

  it("refuses the decoy it opens on with the tabs switched off or squeezed out", () => {
    const tabsOff = patched((w) => w.setUint16(8, w.getUint16(8, true) & ~0x20, true));
    expect(bySheet(sheetJsOutcome(tabsOff, "r.xls"), "sheet.look_alike")).toEqual([["error", DECOY]]);
    const squeezed = patched((w) => w.setUint16(16, 0, true));
    expect(bySheet(sheetJsOutcome(squeezed, "r.xls"), "sheet.look_alike")).toEqual([["error", DECOY]]);
  });
});
