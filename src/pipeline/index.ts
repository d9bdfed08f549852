export * from "./failed-read";
export * from "./folder-rules";
export * from "./pool";
export * from "./read-limits";
export * from "./read-received";
export * from "./rollup-setup";
