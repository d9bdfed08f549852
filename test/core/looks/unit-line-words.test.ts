import { fastOutcome } from "../../support/compare-readers";
import { reportParts, type ReportParts } from "../../support/report-parts";

// A clerk replaced "Đợt 1" with "Đợt I" in the Vietnamese unit and period line (Find & Replace, an honest
// clerk's round): the English message quoted the Vietnamese line against the English one it expected, so a
// reader of English could not put the line back as it was.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const OWN_VI = "Đơn vị báo cáo: Công đoàn H01 (CD_H01) — Kỳ báo cáo: Đợt 1 năm 2025 (01/01/2025 – 30/6/2025)";
const OWN_EN = "Reporting unit: Công đoàn H01 (CD_H01) — Period: Round 1 of 2025 (01/01/2025 – 30/6/2025)";

/** The first form's line at `address` (A3 Vietnamese, A4 English) holding `text` instead. */
const lineReading = (address: string, text: string) =>
  report.fileWith({
    [report.input.part]: (xml) =>
      xml.replace(
        new RegExp(`<c r="${address}"([^>]*?) t="s"><v>\\d+</v></c>`),
        `<c r="${address}"$1 t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`,
      ),
  });

const differing = (bytes: Uint8Array) => {
  const outcome = fastOutcome(bytes);
  return outcome.read ? outcome.findings.filter((f) => f.rule === "identity.line_differs") : [];
};

describe("a unit and period line that differs, in each language's message", () => {
  it("quotes the line as the template writes it in the line's own language", () => {
    const [vi] = differing(lineReading("A3", OWN_VI.replace("Đợt 1", "Đợt I")));
    expect(vi).toMatchObject({ cell: "A3" });
    for (const message of [vi!.message_vi, vi!.message_en]) expect(message).toContain(OWN_VI);
    expect(vi!.message_en).not.toContain(OWN_EN);
    const [en] = differing(lineReading("A4", OWN_EN.replace("Round 1", "Round I")));
    expect(en).toMatchObject({ cell: "A4" });
    for (const message of [en!.message_vi, en!.message_en]) expect(message).toContain(OWN_EN);
  });
});
