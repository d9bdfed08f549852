/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  defaultTargets,
  extract,
  layoutReport,
  parsePeriod,
  parseSheetRef,
  TEMPLATE_IDS,
  validate,
} from "../../src/core";
import { fromA1, toA1 } from "../../src/core/grid/a1";
import { vi } from "../../src/core/vocabulary";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel, type FakeExcel } from "../excel/fakes/fake-excel";
import { consistentFills, unit } from "../support/reports";
import { AWARDS, CNG, line, person } from "../support/nominations";
import { noJobs, renderApp } from "./render-app";

// A commune union's clerk fills the province's template in Excel the way clerks do, then checks it in the
// pane before sending: figures typed, one pasted, one summed by a formula, a line of proposals added.

const SLOW = { timeout: 20_000 };

/** Where a defined name points in the open workbook. */
function placeOf(excel: FakeExcel, name: string) {
  const target = excel.book.nameTargets().get(name);
  if (!target) throw new Error(`no name ${name}`);
  return parseSheetRef(target)!;
}

async function clerksReport() {
  const excel = installFakeExcel();
  await createExcelHost().insertReport(
    layoutReport({
      unit: unit("CD_X07", "Công đoàn xã Lộc Ninh"),
      period: parsePeriod("2025-D1")!,
      templates: TEMPLATE_IDS,
      targets: defaultTargets(TEMPLATE_IDS),
      nominationAwards: AWARDS,
    }),
    "CD_X07-2025-D1.xlsx",
  );
  const fills = consistentFills(TEMPLATE_IDS, 7) as Record<string, number | null>;
  for (const [name, value] of Object.entries(fills)) {
    if (value === null) continue;
    const { sheet, address } = placeOf(excel, name);
    // Typed: Excel reads the keys pressed.
    excel.book.sheet(sheet).enter(address, String(value));
  }
  return { excel, fills };
}

it("takes an honestly filled report as ready, its formula warned at its own cell, and goes to each finding's cell", async () => {
  const { excel, fills } = await clerksReport();
  // Pasted from the unit's own book-keeping sheet: the value with that sheet's number format.
  const pasted = placeOf(excel, "TD_B03_union_funding_collected");
  const form03 = excel.book.sheet(pasted.sheet);
  form03.enter(pasted.address, fills["TD_B03_union_funding_collected"]!);
  form03.cell(pasted.address).numberFormat = "#,##0";
  // Summed by hand in the cell, as a clerk adds two wards' figures: =120+35 where the total is 155.
  const summed = placeOf(excel, "TD_B02_private_members_admitted");
  const total = fills["TD_B02_private_members_admitted"]!;
  excel.book.sheet(summed.sheet).set({ [summed.address]: { formula: `${total - 35}+35`, value: total } });
  // One proposal: a worker put forward as Công nhân giỏi, picked from the drop-downs.
  const proposal = line(1, person("Nguyễn Thị Hoa", CNG, true));
  for (const [name, value] of Object.entries(proposal)) {
    const { sheet, address } = placeOf(excel, name);
    excel.book.sheet(sheet).enter(address, value);
  }

  const findings = validate(extract(await createExcelHost().live!.readGrid()));
  expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(findings.map((f) => [f.rule, f.sheet, f.cell])).toContainEqual([
    "cell.formula_in_input",
    summed.sheet,
    summed.address,
  ]);

  await renderApp(createExcelHost(), noJobs, "validate");
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: vi.pane.validate.run }));
  expect(await screen.findByText(vi.pane.validate.ready, {}, SLOW)).toBeTruthy();
  const goTo = screen.getAllByRole("button", { name: /^Đến ô / });
  expect(goTo.length).toBeGreaterThan(0);
  for (const button of goTo) {
    await user.click(button);
    const [, sheet, cell] = /^Đến ô (.+)!([A-Z]+\d+)$/.exec(button.getAttribute("aria-label")!)!;
    await waitFor(() => expect(excel.book.selection).toEqual({ sheet, address: cell }), SLOW);
    expect(excel.book.active).toBe(sheet);
  }
  // No message of the list is left in English.
  const list = screen.getByRole("main");
  expect(within(list).queryByText(/\b(the|cell|error|warning|sheet)\b/i)).toBeNull();
});

// Insert › Rows inside the list, as a clerk keeps proposals in order: Excel moves the lines below and their
// names down a row, and the row left between them is no line of the list.
it("refuses a proposal typed on a row inserted inside the list, pointing at that row, the lines around it read", async () => {
  const { excel } = await clerksReport();
  const typeLine = (n: number, name: string) => {
    for (const [key, value] of Object.entries(line(n, person(name, CNG, true)))) {
      const { sheet, address } = placeOf(excel, key);
      excel.book.sheet(sheet).enter(address, value);
    }
  };
  typeLine(1, "Nguyễn Thị Hoa");
  typeLine(2, "Trần Văn Bình");
  const { sheet: name, address } = placeOf(excel, "TD_DN_2_name");
  const sheet = excel.book.sheet(name);
  const inserted = fromA1(address)!.row;
  for (const n of excel.book.names)
    if ("rect" in n.target && n.target.sheet === sheet && n.target.rect.top >= inserted)
      n.target.rect = { ...n.target.rect, top: n.target.rect.top + 1, bottom: n.target.rect.bottom + 1 };
  const last = Math.max(...[...sheet.cells.keys()].map((a) => fromA1(a)!.row));
  for (let row = last; row >= inserted; row--)
    for (let col = 0; col < 10; col++) {
      const held = sheet.content(toA1(row, col));
      sheet.set({
        [toA1(row + 1, col)]:
          typeof held === "string" && held.startsWith("=") ? { formula: held.slice(1) } : (held ?? ""),
      });
      sheet.enter(toA1(row, col), "");
    }
  const nameColumn = fromA1(address)!.col;
  sheet.enter(toA1(inserted, nameColumn), "Lê Thị Cúc");

  const read = extract(await createExcelHost().live!.readGrid());
  expect(read.report?.nominations?.map((n) => n.name)).toEqual(["Nguyễn Thị Hoa", "Trần Văn Bình"]);
  const outside = validate(read).filter((f) => f.rule === "nomination.outside_lines");
  expect(outside.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
    ["error", name, toA1(inserted, nameColumn)],
  ]);
  expect(outside[0]!.message_vi).toContain("Hãy chép nội dung vào một dòng trống của danh sách");

  await renderApp(createExcelHost(), noJobs, "validate");
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: vi.pane.validate.run }));
  const cell = `${name}!${toA1(inserted, nameColumn)}`;
  await user.click(await screen.findByRole("button", { name: `Đến ô ${cell}` }, SLOW));
  await waitFor(() =>
    expect(excel.book.selection).toEqual({ sheet: name, address: toA1(inserted, nameColumn) }),
  );
});
