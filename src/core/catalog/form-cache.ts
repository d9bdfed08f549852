import type { TemplateDef } from "./types";

/** Forms built per campaign are few (one a campaign); the bound keeps hostile files declaring many from growing it. */
const MAX_CACHED = 64;

/**
 * A cache of forms built from what a campaign or a file declares, by the declaration's text: equal
 * declarations give the same definition object, however they were read (a campaign, each received file's
 * metadata, a worker's copy), so the forms' caches keyed by definition hold.
 */
export function formCache(): (key: string, build: () => TemplateDef) => TemplateDef {
  const built = new Map<string, TemplateDef>();
  return (key, build) => {
    let def = built.get(key);
    if (!def) {
      if (built.size >= MAX_CACHED) built.clear();
      def = build();
      built.set(key, def);
    }
    return def;
  };
}
