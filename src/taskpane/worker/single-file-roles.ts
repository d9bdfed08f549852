/** The names thidua.html starts its one worker script under, which tell the script which role it plays. */
export const JOB_WORKER = "files-worker";
export const READER = "reader";
