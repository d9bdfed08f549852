import type { ScoringMethod } from "../campaign/types";
import type { ExpectedStatus } from "../rollup/types";
import type { Text } from "../text";
import { both, en, vi } from "../vocabulary";

export const SUMMARY_TEXT = {
  ...both(vi.summary, en.summary),
  templateSheetPrefix: "TH ",
  notCounted: "—",
};

export const STATUS_TEXT: Record<ExpectedStatus, Text> = both(vi.submissionStatus, en.submissionStatus);

export const METHOD_TEXT: Record<ScoringMethod, Text> = both(vi.scoringMethod, en.scoringMethod);
