/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from "@testing-library/react";
import { summaryView } from "../../src/core";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { RollupResult } from "../../src/taskpane/results/RollupResult";
import { summaryOf } from "../support/award-summaries";

// The bloc chart cut a long bloc's name to fit ("71,60 · Cụm 1 – Ph..."): two blocs named alike could not be
// told apart, and the averages were nowhere else on the page (the charts are hidden from screen readers).
const WARDS = "Cụm 1 – Phường, ngành và đơn vị sự nghiệp";
const PARKS = "Cụm 2 – Phường, khu công nghiệp";
const summary = summaryView(
  summaryOf({
    scores: { P01: [WARDS, 71.6], P02: [WARDS, 65.54], P03: [PARKS, 90], P04: [null, 50] },
  }),
);

function renderResult(lang: "vi" | "en") {
  render(
    <I18nProvider lang={lang}>
      <RollupResult summary={summary} />
    </I18nProvider>,
  );
}

/** The lines of the list of blocs' averages the page names `name`. */
async function blocLines(name: string) {
  const list = await screen.findByRole("list", { name });
  return within(list)
    .getAllByRole("listitem")
    .map((li) => li.textContent);
}

describe("the blocs' average scores on the page", () => {
  it("are listed under the charts, best first, each bloc's name whole with its average and units", async () => {
    renderResult("vi");
    expect(await blocLines("Điểm bình quân theo cụm")).toEqual([
      `${PARKS}90,00điểm bình quân của 1 đơn vị có điểm`,
      `${WARDS}68,57điểm bình quân của 2 đơn vị có điểm`,
      "Chưa xếp cụm50,00điểm bình quân của 1 đơn vị có điểm",
    ]);
  });

  it("are listed in English too, with a decimal point", async () => {
    renderResult("en");
    expect((await blocLines("Average score by bloc")).slice(1)).toEqual([
      `${WARDS}68.57the average of the units with a score: 2`,
      "No bloc50.00the average of the units with a score: 1",
    ]);
  });

  it("are not listed where the campaign has no blocs", async () => {
    render(
      <I18nProvider lang="vi">
        <RollupResult summary={summaryView(summaryOf({ scores: { P01: [null, 71.6] } }))} />
      </I18nProvider>,
    );
    await screen.findByRole("grid", { name: "Đơn vị đã tổng hợp" });
    expect(screen.queryByRole("list", { name: "Điểm bình quân theo cụm" })).toBeNull();
  });
});
