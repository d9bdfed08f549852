import type { SummaryView } from "../../core";

export interface GradeBar {
  readonly grade: string;
  readonly units: number;
}

/** How many units reached each grade, highest grade first; units without a score are left out. */
export const gradeBars = (summary: SummaryView): readonly GradeBar[] =>
  summary.grades.map((g) => ({
    grade: g.grade,
    units: summary.units.filter((u) => u.grade === g.grade).length,
  }));
