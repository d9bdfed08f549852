export * from "./failed-read";
export * from "./folder-rules";
export * from "./pool";
export * from "./read-limits";
export * from "./reduce-submission";
export * from "./rollup-setup";
export * from "./reader-started";
