import { writesWithinLimits } from "./support/summary-payload";

// A province's size, apart from the smaller ones so that the fast tier does without its minute (test/tiers.js).
describe("a province's summary's requests stay within Excel on the web's limits", () =>
  writesWithinLimits([3_400], "summary-payload-province.txt"));
