import { both, en, vi } from "../core/vocabulary";
import type { Text } from "../core/text";
import { HostError } from "./workbook-host";

/** What staff read when Excel or the add-in fails: never the error's own text, always what to do. */
export const OFFICE_ERRORS = both(vi.officeErrors, en.officeErrors);

/**
 * Office.js error codes staff can meet (Excel.ErrorCodes and OfficeExtension.ErrorCodes), each with
 * what to do. "RequestPayloadSizeLimitExceeded" is what Excel on the web says of a request over 5 MB.
 */
const BY_CODE: Readonly<Record<string, Text>> = {
  InvalidOperationInCellEditMode: OFFICE_ERRORS.cellEditMode,
  AccessDenied: OFFICE_ERRORS.accessDenied,
  ItemNotFound: OFFICE_ERRORS.itemNotFound,
  ItemAlreadyExists: OFFICE_ERRORS.itemAlreadyExists,
  RequestPayloadSizeLimitExceeded: OFFICE_ERRORS.payloadTooLarge,
  ResponsePayloadSizeLimitExceeded: OFFICE_ERRORS.payloadTooLarge,
  InvalidArgument: OFFICE_ERRORS.invalidArgument,
  GeneralException: OFFICE_ERRORS.general,
};

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
};

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
