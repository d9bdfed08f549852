import { readFileSync } from "node:fs";
import {
  CATALOG,
  describeCatalog,
  EARLIER_VERSIONS,
  formCells,
  GENERATOR_VERSION,
  layoutReport,
  parsePeriod,
  references,
  type TemplateDef,
} from "../../../src/core";

const cellKeys = (def: TemplateDef) => new Set(formCells(def).map((c) => `${c.row.key}/${c.col.key}`));

describe("catalog", () => {
  it.each([...CATALOG, ...EARLIER_VERSIONS].map((d) => [`${d.id}@${d.version}`, d] as const))(
    "%s: every formula, rule and target refers to cells of the form",
    (_id, def) => {
      const keys = cellKeys(def);
      for (const cell of formCells(def)) {
        if (!cell.formula) continue;
        for (const ref of references(cell.formula, { row: cell.row.key, col: cell.col.key }))
          expect(keys).toContain(`${ref.row}/${ref.col}`);
      }
      const contexts = def.rows.map((r) => ({ row: r.key, col: def.columns[0]!.key }));
      for (const rule of def.rules)
        for (const at of contexts)
          for (const ref of [...references(rule.left, at), ...references(rule.right, at)])
            expect(keys).toContain(`${ref.row}/${ref.col}`);
      for (const target of def.targets) expect(keys).toContain(`${target.row}/${target.col}`);
    },
  );

  it("gives every form cell a unique ASCII defined name that LibreOffice accepts", () => {
    const names = CATALOG.flatMap((def) => formCells(def).map((c) => c.name));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^TD_B0\d_[a-z_]+$/);
    expect(names).toContain("TD_B01_private_cla_signed");
  });

  it("keeps the domain's keys (the public contract)", () => {
    const b02 = CATALOG.find((d) => d.id === "B02")!;
    expect(b02.columns.map((c) => c.key)).toEqual([
      "workers",
      "members_start",
      "members_admitted",
      "members_transferred_in",
      "members_left",
      "members_transferred_out",
      "members_end",
      "members_female",
      "unions_start",
      "unions_founded",
      "unions_transferred_in",
      "unions_dissolved",
      "unions_transferred_out",
      "unions_end",
      "membership_rate",
    ]);
    expect(CATALOG.find((d) => d.id === "B04")!.rows).toHaveLength(18);
  });

  it("declares ratios only as computed cells", () => {
    for (const def of CATALOG)
      for (const cell of formCells(def)) if (cell.kind === "ratio") expect(cell.formula).toBeDefined();
  });

  it("describes every cell with its sheet and address, inputs apart from computed cells", () => {
    const description = describeCatalog();
    const b01 = description.templates.find((t) => t.id === "B01")!;
    expect(b01.cells.find((c) => c.name === "TD_B01_state_enterprises_with_union")).toMatchObject({
      sheet: "Biểu 01",
      address: "C9",
      input: true,
    });
    expect(b01.cells.find((c) => c.name === "TD_B01_total_cla_rate")).toMatchObject({
      address: "E13",
      input: false,
    });
    expect(b01.targets.map((t) => t.default)).toEqual([0.7, 0.5]);
  });

  it("heads rows and targets on the form sheets with the words union officers use", () => {
    const plan = layoutReport({
      unit: { code: "P01", name: "Công đoàn P01" },
      period: parsePeriod("2025-D1")!,
      templates: ["B02", "B04"],
      targets: {},
    });
    const texts = (sheet: string) => plan.sheets.find((s) => s.name === sheet)!.cells.map((c) => c.value);
    expect(texts("Biểu 02")).toEqual(
      expect.arrayContaining([
        "Khu vực, loại hình doanh nghiệp",
        "Nội dung chỉ tiêu",
        "Mức chỉ tiêu giao / Target assigned",
      ]),
    );
    expect(texts("Biểu 04")).toEqual(expect.arrayContaining(["Chỉ tiêu", "Kết quả"]));
  });

  it("writes the package's version into generated workbooks", () => {
    expect(GENERATOR_VERSION).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });

  it("says of every input whether it must be filled in: transfers and other sectors may be left blank", () => {
    const optional = describeCatalog()
      .templates.flatMap((t) => t.cells.filter((c) => c.input && !c.required).map((c) => c.name))
      .sort();
    const expected = describeCatalog()
      .templates.flatMap((t) => t.cells)
      .filter((c) => c.input && (/transferred/.test(c.column) || c.name.startsWith("TD_B02_other_")))
      .map((c) => c.name)
      .sort();
    expect(optional).toEqual(expected);
    expect(optional).toHaveLength(4 * 5 + 8);
    expect(
      describeCatalog()
        .templates.flatMap((t) => t.cells)
        .filter((c) => !c.input && c.required),
    ).toEqual([]);
  });
});
