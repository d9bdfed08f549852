export * from "./types";
export * from "./defaults";
export * from "./scoring";
export * from "./unit-targets";
export * from "./read-campaign";
export { checkCampaign, checkCampaignGrid } from "./plan-warnings";
export * from "./campaign-layout";
export * from "./table-cells";
export * from "./unit-templates";
export * from "./bloc";
export * from "./bloc-groups";
export {
  awardScopeOf,
  columnKey,
  indicatorKindOf,
  penaltyMethodOf,
  scoringMethodOf,
  unitKindOf,
} from "./campaign-columns";
export { namesUnitItself } from "./listed-unit";
export { penaltyReasons } from "./penalty-text";
export * from "./period-targets";
export * from "./level-words";
