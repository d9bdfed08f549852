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

/** What the host throws for an Excel error: the readable text staff see, Excel's own error kept as the cause. */
export const excelFailure = (text: { vi: string; en: string }, excelSays: string) => ({
  name: "HostError",
  text,
  cause: expect.objectContaining({ message: expect.stringContaining(excelSays) }),
});
