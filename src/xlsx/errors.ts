import { fill, shown, type Text } from "../core/text";

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
    vi: 'Tệp "{file}" có cấu trúc nén bất thường; tệp hỏng hoặc độc hại.',
    en: 'File "{file}" has an irregular zip structure; it is corrupt or malicious.',
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
    vi: 'Tệp "{file}" hỏng hoặc không đọc được; hãy mở và lưu lại bằng Excel rồi gửi lại.',
    en: 'File "{file}" is corrupt or unreadable; open and save it again in Excel, then send it again.',
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
 * A file that was refused or could not be read. Its text is for the user; `detail` is what a library or
 * the system said, for a technical reader only (the CLI's --verbose), never part of the text.
 */
export class FileError extends Error {
  readonly text: Text;

  constructor(
    message: Text,
    readonly file: string,
    params: Readonly<Record<string, string | number>> = {},
    readonly detail?: string,
  ) {
    // Every text parameter (a file, sheet or part name) comes from the user's disk or the file itself.
    const shownParams = Object.fromEntries(
      Object.entries({ ...params, file }).map(([k, v]) => [k, typeof v === "string" ? shown(v) : v]),
    );
    const text = fill(message, shownParams);
    super(`${text.vi} / ${text.en}`);
    this.name = "FileError";
    this.text = text;
  }
}
