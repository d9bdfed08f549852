/**
 * What a reader says first, once it runs and takes files: not an answer to any file. The pool counts a
 * file's time from then (see runPool), so a reader slow to start on a busy machine costs no file its read.
 */
export const READER_STARTED = "reader started";
