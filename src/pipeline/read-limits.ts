/**
 * How long, and in how much memory, one received file may be read. A report reads in milliseconds and a
 * few megabytes; these leave room for a slow machine while a hostile file is stopped within seconds.
 */
export const FILE_TIME_LIMIT_MS = 10_000;
export const FILE_MEMORY_LIMIT_MB = 128;
