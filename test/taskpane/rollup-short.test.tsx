/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from "@testing-library/react";
import { parsePeriod, rollup, summaryView } from "../../src/core";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { RollupResult } from "../../src/taskpane/results/RollupResult";
import { UnitsGrid } from "../../src/taskpane/results/UnitsGrid";
import { summarySent } from "../support/summary-sent";
import { consistentFills, submission, testCampaign, unit } from "../support/reports";

const year = parsePeriod("2025")!;
const round = (code: string, id: string) =>
  submission(
    { unit: unit(code), period: parsePeriod(id)!, templates: ["B04"], fills: consistentFills(["B04"], 4) },
    `${code}-${id}.xlsx`,
  );

// A province's year summary lacking X02's Đợt 2, rolled up by the level above: the page listed it nowhere.
const province = rollup([round("X01", "2025-D1"), round("X01", "2025-D2"), round("X02", "2025-D1")], {
  period: year,
  parent: { ...unit("T01"), kind: "federation" },
  campaign: testCampaign(
    {},
    ["X01", "X02"].map((code) => unit(code)),
  ),
});
const national = rollup([summarySent(province, { name: "tong-hop-T01.xlsx", sha256: "sha-T01" })], {
  period: year,
});

describe("a summary short of its units' reports on the page", () => {
  it("is listed with the units it lacked, under reports incomplete", () => {
    render(
      <I18nProvider lang="en">
        <RollupResult summary={summaryView(national)} />
      </I18nProvider>,
    );
    const lines = within(screen.getByRole("list", { name: "Reports incomplete" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(lines).toEqual([
      "T01 — The summary of T01 is incomplete: 1 unit(s) not reporting the whole period " +
        "(X02 (01/7/2025 – 31/12/2025)). The figures of T01 leave that out; ask T01 before signing.",
    ]);
  });

  it("is said short in the units grid, not short of rounds: it covered the year", () => {
    // T01's own files cover 2025 whole; the grid's standing said "Rounds missing" of it, as of X02.
    const standing = (view: typeof national, lang: "vi" | "en", name: string) => {
      const { unmount } = render(
        <I18nProvider lang={lang}>
          <UnitsGrid summary={summaryView(view)} />
        </I18nProvider>,
      );
      const rows = within(screen.getByRole("grid", { name })).getAllByRole("row").slice(1);
      const cells = rows.map((row) => within(row).getAllByRole("gridcell"));
      const said = cells.map((c) => [c[0]!.textContent!.slice(0, 3), c[4]!.textContent]);
      unmount();
      return said;
    };
    expect(standing(national, "en", "Units rolled up")).toEqual([["T01", "Summary incomplete"]]);
    expect(standing(national, "vi", "Đơn vị đã tổng hợp")).toEqual([["T01", "Tổng hợp chưa đủ"]]);
    expect(standing(province, "vi", "Đơn vị đã tổng hợp")).toEqual([
      ["X01", "Đúng hạn"],
      ["X02", "Chưa đủ các đợt"],
    ]);
  });
});
