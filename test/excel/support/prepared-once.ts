import type { PlanCell } from "../../../src/core/layout/plan";
import type * as Prepared from "../../../src/host/excel-ready/prepared-sheet";
import { frozen } from "../../support/frozen";

/**
 * The module prepared-sheet, its prepareSheet working each sheet's cells out once: the cut tests write the
 * same frozen plans thousands of times, and working their cells out again for each run made a tenth of their
 * cost. What it gives is the product's own answer for those cells, frozen to its depth, so that a write
 * changing it in place throws rather than changing the next run's.
 */
export function preparedOnce(actual: typeof Prepared): typeof Prepared {
  const made = new WeakMap<readonly PlanCell[], Prepared.PreparedSheet>();
  return {
    ...actual,
    prepareSheet: (cells) => {
      if (!Object.isFrozen(cells)) return actual.prepareSheet(cells);
      let prepared = made.get(cells);
      if (!prepared) made.set(cells, (prepared = frozen(actual.prepareSheet(cells))));
      return prepared;
    },
  };
}
