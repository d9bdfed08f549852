import { honestCorpusTests } from "../../support/honest-corpus/corpus-tests";

// The honest corpus's vi-VN half (see honest-corpus-en.interop.test.ts): each everyday change a clerk makes in
// LibreOffice in a vi-VN profile, saved as .xlsx, .xls or .ods, is accepted with its figures unchanged. In a
// file of its own so that a second test process makes and judges it while the first does the en-US half.

describe("an everyday change a clerk makes to a filled report in a vi-VN LibreOffice is accepted with its figures unchanged", () => {
  honestCorpusTests("vi-VN");
});
