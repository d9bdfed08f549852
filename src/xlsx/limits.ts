/** How much a received file may hold before it is refused unread; callers may tighten or loosen each. */
export interface ReadLimits {
  readonly maxFileBytes: number;
  readonly maxZipEntries: number;
  /** Counted while inflating: the sizes a zip declares can lie. */
  readonly maxInflatedBytes: number;
  readonly maxCells: number;
  /** Rows read per sheet; a sheet reaching it is refused rather than silently cut. */
  readonly maxRowsPerSheet: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 20 * MiB,
  maxZipEntries: 2_000,
  maxInflatedBytes: 100 * MiB,
  maxCells: 200_000,
  maxRowsPerSheet: 20_000,
};

export function resolveLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}
