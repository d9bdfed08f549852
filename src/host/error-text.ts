import type { Text } from "../core/text/text";
import { HostError } from "./workbook-host";
import { leftChanged, WriteFailed, type WritePhase } from "./write-failed";
import { WORDS } from "../core/vocabulary";

/**
 * Every code Office.js documents for Excel (Excel.ErrorCodes, OfficeExtension.ErrorCodes) and those
 * Excel on the web adds (a request over 5 MB, one it dropped), each with what staff should do. The
 * codes of our own mistakes (a property read before it was loaded…) say to reopen the pane and report.
 */
export const BY_CODE: Readonly<Record<string, Text>> = {
  AccessDenied: WORDS.officeErrors.accessDenied,
  ActivityLimitReached: WORDS.officeErrors.busy,
  ApiNotFound: WORDS.officeErrors.apiNotFound,
  CannotRegisterEvent: WORDS.officeErrors.internal,
  Conflict: WORDS.officeErrors.conflict,
  ConnectionFailure: WORDS.officeErrors.connection,
  EmptyChartSeries: WORDS.officeErrors.chartFailed,
  FilteredRangeConflict: WORDS.officeErrors.rangeConflict,
  FormulaLengthExceedsLimit: WORDS.officeErrors.invalidArgument,
  GeneralException: WORDS.officeErrors.general,
  InactiveWorkbook: WORDS.officeErrors.inactiveWorkbook,
  InsertDeleteConflict: WORDS.officeErrors.rangeConflict,
  InvalidArgument: WORDS.officeErrors.invalidArgument,
  InvalidBinding: WORDS.officeErrors.invalidArgument,
  InvalidObjectPath: WORDS.officeErrors.internal,
  InvalidOperation: WORDS.officeErrors.invalidOperation,
  InvalidOperationInCellEditMode: WORDS.officeErrors.cellEditMode,
  InvalidReference: WORDS.officeErrors.invalidArgument,
  InvalidRequestContext: WORDS.officeErrors.internal,
  InvalidSelection: WORDS.officeErrors.invalidArgument,
  ItemAlreadyExists: WORDS.officeErrors.itemAlreadyExists,
  ItemNotFound: WORDS.officeErrors.itemNotFound,
  MergedRangeConflict: WORDS.officeErrors.rangeConflict,
  NonBlankCellOffSheet: WORDS.officeErrors.rangeConflict,
  NotImplemented: WORDS.officeErrors.apiNotFound,
  OpenWorkbookLinksBlocked: WORDS.officeErrors.general,
  OperationCellsExceedLimit: WORDS.officeErrors.payloadTooLarge,
  PivotTableRangeConflict: WORDS.officeErrors.rangeConflict,
  PowerQueryRefreshResourceChallenge: WORDS.officeErrors.general,
  PropertyNotLoaded: WORDS.officeErrors.internal,
  RangeExceedsLimit: WORDS.officeErrors.payloadTooLarge,
  RangeImageExceedsLimit: WORDS.officeErrors.payloadTooLarge,
  RefreshWorkbookLinksBlocked: WORDS.officeErrors.general,
  RequestAborted: WORDS.officeErrors.requestAborted,
  RequestPayloadSizeLimitExceeded: WORDS.officeErrors.payloadTooLarge,
  ResponsePayloadSizeLimitExceeded: WORDS.officeErrors.payloadTooLarge,
  RunMustReturnPromise: WORDS.officeErrors.internal,
  UnsupportedFeature: WORDS.officeErrors.apiNotFound,
  UnsupportedOperation: WORDS.officeErrors.apiNotFound,
  ValueNotLoaded: WORDS.officeErrors.internal,
};

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
};

/** The Office.js code behind a failure, shown small for whoever supports the user; none for our own texts. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof HostError || error instanceof WriteFailed ? codeOf(error.cause) : codeOf(error);
}

/**
 * Where a write stopped once its new sheets were being put in place and it could not be undone at once:
 * what the workbook holds is told, not Excel's advice, which says to try again (see WritePhase). Before
 * that, nothing in sight changed, and the code's advice is all there is to say.
 */
const WRITE_STOPPED: Readonly<Record<Exclude<WritePhase, "build">, Text>> = {
  swap: WORDS.officeErrors.swapUndoPending,
  commit: WORDS.officeErrors.swapFinishPending,
  unknown: WORDS.officeErrors.swapUnknown,
};

/**
 * The message for any failure: a HostError's own text; a failed write's by where it stopped, else by
 * Excel's error; an Office.js error's by its code (another code is still Excel's, so the general
 * advice); anything else is ours, unexpected.
 */
export function errorText(error: unknown): Text {
  if (error instanceof HostError) return error.text;
  if (error instanceof WriteFailed)
    return leftChanged(error) && error.phase !== "build"
      ? WRITE_STOPPED[error.phase]
      : errorText(error.cause);
  const code = codeOf(error);
  if (code === undefined) return WORDS.officeErrors.unexpected;
  return BY_CODE[code] ?? WORDS.officeErrors.general;
}

/** A failure as a HostError staff can read, keeping the original as its cause for debugging. */
export function asHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  return new HostError(errorText(error), error instanceof WriteFailed ? error.cause : error);
}
