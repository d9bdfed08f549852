import { extract, META_SHEET, validate, type Finding } from "../../../src/core";
import { PERIOD_2025_D1, reportGrid, unit } from "../../support/reports";

const FORGED = "A\n✓ X — Sẵn sàng gửi\u202E";
const findingsOf = (spec: Parameters<typeof reportGrid>[0]) => validate(extract(reportGrid(spec)));
const about = (findings: readonly Finding[], rule: string) => findings.filter((f) => f.rule === rule);

describe("identity texts from TD_META", () => {
  it("refuses a unit name holding a newline or a bidirectional override, pointing at its cell", () => {
    for (const name of [FORGED, "Công đoàn\u2066 P01", "Công đoàn\u200f P01"]) {
      const [found, ...more] = about(findingsOf({ unit: unit("P01", name) }), "identity.unshowable");
      expect(more).toEqual([]);
      expect(found).toEqual(expect.objectContaining({ severity: "error", sheet: META_SHEET }));
      expect(found!.cell).toMatch(/^B\d+$/);
      expect(found!.message_vi).toBe(
        `Tên đơn vị của biểu mẫu, ở ô ${found!.cell} của trang tính ẩn TD_META, chứa ký tự điều khiển hoặc ký tự đổi chiều văn bản; hãy tạo lại biểu mẫu.`,
      );
    }
  });

  it("accepts an ordinary Vietnamese unit name", () => {
    expect(
      about(findingsOf({ unit: unit("P01", "Công đoàn Phường Bến Thành") }), "identity.unshowable"),
    ).toEqual([]);
  });

  it("refuses period labels that are too long or hold control characters", () => {
    const period = { ...PERIOD_2025_D1, id: "Q3", label: { vi: "Q".repeat(201), en: "Third\tquarter" } };
    const found = findingsOf({ unit: unit("P01"), period });
    expect(about(found, "identity.too_long").map((f) => f.message_en)).toEqual([
      expect.stringMatching(
        /^The template's period name, in cell B\d+ of the hidden TD_META sheet, is longer than 200 characters; shorten it and make the template again\.$/,
      ),
    ]);
    expect(about(found, "identity.unshowable").map((f) => f.message_en)).toEqual([
      expect.stringContaining("period name in English, in cell"),
    ]);
  });

  it("refuses identity text that starts like a formula or with a status mark, pointing at its cell", () => {
    for (const name of [
      '=HYPERLINK("http://evil.example/x","Bấm vào")',
      "+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(1+1)",
    ]) {
      const [found, ...more] = about(findingsOf({ unit: unit("P01", name) }), "identity.bad_text");
      expect(more).toEqual([]);
      expect(found).toEqual(expect.objectContaining({ severity: "error", sheet: META_SHEET }));
      expect(found!.message_vi).toBe(
        `Tên đơn vị của biểu mẫu, ở ô ${found!.cell} của trang tính ẩn TD_META, bắt đầu bằng =, +, - hoặc @ (bảng tính sẽ hiểu là công thức); hãy sửa rồi tạo lại biểu mẫu.`,
      );
    }
    const [status] = about(findingsOf({ unit: unit("P01", "✓ Sẵn sàng gửi") }), "identity.bad_text");
    expect(status!.message_en).toMatch(
      /^The template's unit name, in cell B\d+ of the hidden TD_META sheet, starts with ✓ or ✗ \(it would read like a status\)/,
    );
    const period = { ...PERIOD_2025_D1, id: "Q3", label: { vi: "=1+1", en: "@Q3" } };
    expect(
      about(findingsOf({ unit: unit("P01"), period }), "identity.bad_text").map((f) => f.message_en),
    ).toEqual([
      expect.stringContaining("The template's period name, in cell"),
      expect.stringContaining("The template's period name in English, in cell"),
    ]);
  });

  it("points the existing identity rules at their cell and quotes a long code shortly", () => {
    const code = `P${"1".repeat(99_999)}`;
    const [bad] = about(findingsOf({ unit: unit(code) }), "identity.bad_unit_code");
    expect(bad).toEqual(
      expect.objectContaining({ sheet: META_SHEET, cell: expect.stringMatching(/^B\d+$/) }),
    );
    expect(bad!.message_en.length).toBeLessThan(200);
  });
});
