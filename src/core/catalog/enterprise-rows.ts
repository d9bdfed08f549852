import type { RowDef } from "./types";
import type { VersionChange } from "./versions";
import type { Text } from "../text/text";

/** The heading over rows that are sectors and types of enterprise (Biểu 01 and Biểu 02). */
export const SECTORS_HEADING: Text = {
  vi: "Khu vực, loại hình doanh nghiệp",
  en: "Sector, type of enterprise",
};

/** The kinds of enterprise both forms break their figures down by. */
export const ENTERPRISE_ROWS: readonly RowDef[] = [
  { key: "state", label: { vi: "Doanh nghiệp nhà nước", en: "State-owned enterprises" } },
  { key: "private", label: { vi: "Doanh nghiệp ngoài nhà nước trong nước", en: "Domestic private" } },
  { key: "fdi", label: { vi: "Doanh nghiệp có vốn đầu tư nước ngoài", en: "Foreign-invested" } },
];

/** The rows as B01@1 and B02@1–2 named them, before the federation's own word for the private sector. */
export const ENTERPRISE_ROWS_BEFORE: VersionChange["rows"] = {
  private: { label: { vi: "Doanh nghiệp tư nhân trong nước", en: "Domestic private" } },
};
