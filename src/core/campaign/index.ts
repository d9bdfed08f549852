export * from "./types";
export * from "./defaults";
export * from "./scoring";
export * from "./unit-targets";
