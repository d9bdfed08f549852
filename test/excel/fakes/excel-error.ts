/**
 * An error shaped like Office.js's OfficeExtension.Error: name "RichApi.Error" and the code Excel
 * reports, taken here from the message's "Code: …" prefix the fakes write.
 */
export function excelError(message: string): Error {
  const error = new Error(message) as Error & { code: string };
  error.name = "RichApi.Error";
  error.code = message.split(":")[0]!;
  return error;
}
