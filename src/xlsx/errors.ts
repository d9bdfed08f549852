import { fill, type Text } from "../core/text";

/** Why a file was refused or could not be read, Vietnamese first; every message names the file. */
export const FILE_MESSAGES = {
  tooLarge: {
    vi: 'Tệp "{file}" quá lớn ({size} byte; tối đa {max} byte).',
    en: 'File "{file}" is too large ({size} bytes; at most {max}).',
  },
  unsupported: {
    vi: 'Tệp "{file}" không phải bảng tính Excel (.xlsx, .xls) hay OpenDocument (.ods).',
    en: 'File "{file}" is not an Excel (.xlsx, .xls) or OpenDocument (.ods) spreadsheet.',
  },
  tooManyEntries: {
    vi: 'Tệp "{file}" chứa quá nhiều thành phần nén (tối đa {max}).',
    en: 'File "{file}" holds too many compressed parts (at most {max}).',
  },
  inflatesTooLarge: {
    vi: 'Tệp "{file}" giải nén ra quá lớn (hơn {max} byte); tệp có thể độc hại.',
    en: 'File "{file}" expands to too much data (over {max} bytes); it may be malicious.',
  },
  partInflatesTooLarge: {
    vi: 'Phần "{part}" của tệp "{file}" giải nén ra quá lớn (hơn {max} byte); tệp có thể độc hại.',
    en: 'Part "{part}" of file "{file}" expands to too much data (over {max} bytes); it may be malicious.',
  },
  badZipLayout: {
    vi: 'Tệp "{file}" có cấu trúc nén bất thường ({detail}); tệp hỏng hoặc độc hại.',
    en: 'File "{file}" has an irregular zip structure ({detail}); it is corrupt or malicious.',
  },
  duplicateEntry: {
    vi: 'Tệp "{file}" chứa hai thành phần nén cùng tên "{part}"; mỗi chương trình có thể đọc một bản khác nhau, nên tệp bị từ chối.',
    en: 'File "{file}" holds two compressed parts named "{part}"; programs may each read a different one, so the file is refused.',
  },
  unsafeEntryName: {
    vi: 'Tệp "{file}" chứa thành phần nén có tên không an toàn "{part}" (trỏ ra ngoài thư mục); tệp có thể độc hại.',
    en: 'File "{file}" holds a compressed part with an unsafe name "{part}" (pointing outside its folder); it may be malicious.',
  },
  repeatTooLarge: {
    vi: 'Tệp "{file}" lặp lại một ô hoặc một dòng quá nhiều lần (vượt giới hạn bảng tính); tệp hỏng hoặc độc hại.',
    en: 'File "{file}" repeats a cell or row too many times (beyond what a spreadsheet holds); it is corrupt or malicious.',
  },
  corrupt: {
    vi: 'Tệp "{file}" hỏng hoặc không đọc được.',
    en: 'File "{file}" is corrupt or unreadable.',
  },
  encrypted: {
    vi: 'Tệp "{file}" được đặt mật khẩu; hãy gỡ mật khẩu rồi gửi lại.',
    en: 'File "{file}" is password-protected; remove the password and send it again.',
  },
  tooManyCells: {
    vi: 'Tệp "{file}" có quá nhiều ô dữ liệu (hơn {max}).',
    en: 'File "{file}" has too many non-empty cells (over {max}).',
  },
  tooManyRows: {
    vi: 'Trang "{sheet}" của tệp "{file}" có quá nhiều dòng (từ dòng {row} trở đi; tối đa {max}).',
    en: 'Sheet "{sheet}" of file "{file}" has too many rows (row {row} and beyond; at most {max}).',
  },
} as const satisfies Record<string, Text>;

/**
 * A file that was refused or could not be read. `text` is for the people who sent or received it; a
 * parser's own words (which can be JavaScript internals) stay in `detail`, for logs only.
 */
export class FileError extends Error {
  readonly text: Text;
  readonly detail?: string;

  constructor(
    message: Text,
    readonly file: string,
    params: Readonly<Record<string, string | number>> = {},
  ) {
    const text = fill(message, { ...params, file });
    super(`${text.vi} / ${text.en}`);
    this.name = "FileError";
    this.text = text;
    if (params.detail !== undefined) this.detail = String(params.detail);
  }
}
