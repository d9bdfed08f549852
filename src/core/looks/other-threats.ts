import type { ThreatCard } from "./threat-card";

/**
 * The classes judged outside the cell judge, by a sheet's, the workbook's or the container's checks,
 * until each moves into this room.
 */
export const OTHER_THREATS: readonly ThreatCard[] = [];
