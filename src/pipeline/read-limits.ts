/**
 * How long, and in how much memory, one received file may be read. A report reads in milliseconds and a
 * few megabytes; these leave room for a slow machine while a hostile file is stopped within seconds.
 */
export const FILE_TIME_LIMIT_MS = 10_000;
export const FILE_MEMORY_LIMIT_MB = 128;

/**
 * How long a reader may take to start: it loads the reading code in a tenth of a second or two on an idle
 * machine, far longer on one loaded past its cores, and no file has been read meanwhile. Past this the
 * machine, not the file, is at fault.
 */
export const READER_START_LIMIT_MS = 60_000;
