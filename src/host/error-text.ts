import { both, en, vi } from "../core/vocabulary";
import type { Text } from "../core/text";
import { HostError } from "./workbook-host";

/** What staff read when Excel or the add-in fails: never the error's own text, always what to do. */
export const OFFICE_ERRORS = both(vi.officeErrors, en.officeErrors);

const E = OFFICE_ERRORS;

/**
 * Every code Office.js documents for Excel (Excel.ErrorCodes, OfficeExtension.ErrorCodes) and those
 * Excel on the web adds (a request over 5 MB, one it dropped), each with what staff should do. The
 * codes of our own mistakes (a property read before it was loaded…) say to reopen the pane and report.
 */
export const BY_CODE: Readonly<Record<string, Text>> = {
  AccessDenied: E.accessDenied,
  ActivityLimitReached: E.busy,
  ApiNotFound: E.apiNotFound,
  CannotRegisterEvent: E.internal,
  Conflict: E.conflict,
  ConnectionFailure: E.connection,
  EmptyChartSeries: E.chartFailed,
  FilteredRangeConflict: E.rangeConflict,
  FormulaLengthExceedsLimit: E.invalidArgument,
  GeneralException: E.general,
  InactiveWorkbook: E.inactiveWorkbook,
  InsertDeleteConflict: E.rangeConflict,
  InvalidArgument: E.invalidArgument,
  InvalidBinding: E.invalidArgument,
  InvalidObjectPath: E.internal,
  InvalidOperation: E.invalidOperation,
  InvalidOperationInCellEditMode: E.cellEditMode,
  InvalidReference: E.invalidArgument,
  InvalidRequestContext: E.internal,
  InvalidSelection: E.invalidArgument,
  ItemAlreadyExists: E.itemAlreadyExists,
  ItemNotFound: E.itemNotFound,
  MergedRangeConflict: E.rangeConflict,
  NonBlankCellOffSheet: E.rangeConflict,
  NotImplemented: E.apiNotFound,
  OpenWorkbookLinksBlocked: E.general,
  OperationCellsExceedLimit: E.payloadTooLarge,
  PivotTableRangeConflict: E.rangeConflict,
  PowerQueryRefreshResourceChallenge: E.general,
  PropertyNotLoaded: E.internal,
  RangeExceedsLimit: E.payloadTooLarge,
  RangeImageExceedsLimit: E.payloadTooLarge,
  RefreshWorkbookLinksBlocked: E.general,
  RequestAborted: E.requestAborted,
  RequestPayloadSizeLimitExceeded: E.payloadTooLarge,
  ResponsePayloadSizeLimitExceeded: E.payloadTooLarge,
  RunMustReturnPromise: E.internal,
  UnsupportedFeature: E.apiNotFound,
  UnsupportedOperation: E.apiNotFound,
  ValueNotLoaded: E.internal,
};

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
};

/** The Office.js code behind a failure, shown small for whoever supports the user; none for our own texts. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof HostError ? codeOf(error.cause) : codeOf(error);
}

/**
 * The message for any failure: a HostError's own text; an Office.js error's by its code (another code
 * is still Excel's, so the general advice); anything else is ours, unexpected.
 */
export function errorText(error: unknown): Text {
  if (error instanceof HostError) return error.text;
  const code = codeOf(error);
  if (code === undefined) return OFFICE_ERRORS.unexpected;
  return BY_CODE[code] ?? OFFICE_ERRORS.general;
}

/** A failure as a HostError staff can read, keeping the original as its cause for debugging. */
export function asHostError(error: unknown): HostError {
  return error instanceof HostError ? error : new HostError(errorText(error), error);
}
