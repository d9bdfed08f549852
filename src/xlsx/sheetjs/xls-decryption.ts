import { md5, sha1 } from "@noble/hashes/legacy";
import { BOF, dword, FILEPASS, records, withWorkbookStream, word, workbookStream } from "./xls-records";

/**
 * The password Excel and LibreOffice encrypt an .xls with when no password to open it is set: a workbook
 * whose structure is protected is saved so (red team, round 58: refused as password-protected, with no
 * password to remove). A file that opens with it opens in both with no prompt.
 */
const DEFAULT_PASSWORD = "VelvetSweatshop";

const WRITE_PROTECT = 0x0086;

/** FILEPASS's wEncryptionType for RC4 (0 is XOR obfuscation, not read). */
const RC4 = 1;

/**
 * Records left unencrypted (MS-XLS 2.2.10): BOF, FILEPASS, UsrExcl, FileLock, InterfaceHdr, RRDInfo,
 * RRDHead; and BoundSheet8's first field (lbPlyPos, 4 bytes), where its sheet's BOF lies.
 */
const PLAIN_RECORDS = new Set([0x0809, FILEPASS, 0x0194, 0x0195, 0x00e1, 0x0196, 0x0138]);
const BOUNDSHEET = 0x0085;
const BOUNDSHEET_PLAIN = 4;

/** The stream is encrypted in blocks of 1,024 bytes, each with its own key, its keystream from the block's start. */
const BLOCK = 1024;

/** RC4's keystream of `length` bytes for `key`. */
function keystream(key: Uint8Array, length: number): Uint8Array {
  const state = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i]! + key[i % key.length]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
  }
  const out = new Uint8Array(length);
  for (let n = 0, i = 0, j = 0; n < length; n++) {
    i = (i + 1) & 0xff;
    j = (j + state[i]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
    out[n] = state[(state[i]! + state[j]!) & 0xff]!;
  }
  return out;
}

const utf16 = (text: string) =>
  Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));

const joined = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
};

const littleEndian32 = (n: number) => Uint8Array.of(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24);

const xored = (data: Uint8Array, pad: Uint8Array) => data.map((byte, i) => byte ^ pad[i]!);

const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** The key of each block, where `password` opens the file (its verifier checks); undefined where it does not. */
type BlockKeys = (block: number) => Uint8Array;

/**
 * RC4 encryption (MS-OFFCRYPTO 2.3.6, version 1.1), as LibreOffice writes it: after the version, a salt,
 * an encrypted verifier and its encrypted MD5.
 */
function rc4Keys(header: Uint8Array, password: string): BlockKeys | undefined {
  if (header.length < 54) return undefined;
  const [salt, verifier, verifierHash] = [
    header.subarray(6, 22),
    header.subarray(22, 38),
    header.subarray(38, 54),
  ];
  const first = md5(utf16(password)).subarray(0, 5);
  const repeated = joined(...Array.from({ length: 16 }, () => joined(first, salt)));
  const second = md5(repeated).subarray(0, 5);
  const keys: BlockKeys = (block) => md5(joined(second, littleEndian32(block)));
  const pad = keystream(keys(0), 32);
  return same(md5(xored(verifier, pad.subarray(0, 16))), xored(verifierHash, pad.subarray(16)))
    ? keys
    : undefined;
}

/**
 * CryptoAPI RC4 encryption (MS-OFFCRYPTO 2.3.5, versions 2 to 4 .2), as Excel writes it: an encryption
 * header (its key's size in bits), then a verifier of a salt, an encrypted verifier and its encrypted SHA-1.
 */
function cryptoApiKeys(header: Uint8Array, password: string): BlockKeys | undefined {
  if (header.length < 14) return undefined;
  const headerSize = dword(header, 10);
  const verifierAt = 14 + headerSize;
  if (headerSize < 20 || header.length < verifierAt + 60) return undefined;
  const bits = dword(header, 30) || 40;
  if (bits < 40 || bits > 128 || bits % 8 !== 0) return undefined;
  const salt = header.subarray(verifierAt + 4, verifierAt + 20);
  const verifier = header.subarray(verifierAt + 20, verifierAt + 36);
  const verifierHash = header.subarray(verifierAt + 40, verifierAt + 60);
  const first = sha1(joined(salt, utf16(password)));
  const keys: BlockKeys = (block) => {
    const hash = sha1(joined(first, littleEndian32(block)));
    // A 40-bit key is used as 128 bits, the rest zeros.
    return bits === 40 ? joined(hash.subarray(0, 5), new Uint8Array(11)) : hash.subarray(0, bits / 8);
  };
  const pad = keystream(keys(0), 36);
  return same(sha1(xored(verifier, pad.subarray(0, 16))), xored(verifierHash, pad.subarray(16)))
    ? keys
    : undefined;
}

/**
 * A workbook stream encrypted with `password` (by default the default one), decrypted, its FILEPASS record made one no reader
 * knows (type 0, of its own length: every offset after it holds); undefined where the stream is not so
 * encrypted (none, XOR obfuscation, another password, an encryption not read), which is then refused as
 * password-protected.
 */
export function decryptedWorkbook(stream: Uint8Array, password = DEFAULT_PASSWORD): Uint8Array | undefined {
  let filePass: { at: number; body: Uint8Array } | undefined;
  // FILEPASS follows the globals' BOF, and WriteProtect where the file is read-only recommended.
  for (const { type, at, body } of records(stream)) {
    if (type === FILEPASS) filePass = { at, body };
    if (type !== BOF && type !== WRITE_PROTECT) break;
  }
  if (!filePass || filePass.body.length < 6 || word(filePass.body, 0) !== RC4) return undefined;
  const [major, minor] = [word(filePass.body, 2), word(filePass.body, 4)];
  const keys =
    major === 1 && minor === 1
      ? rc4Keys(filePass.body, password)
      : major >= 2 && major <= 4 && minor === 2
        ? cryptoApiKeys(filePass.body, password)
        : undefined;
  if (!keys) return undefined;
  const out = Uint8Array.from(stream);
  let block = -1;
  let pad: Uint8Array = new Uint8Array(0);
  for (const { type, at, body } of records(stream, filePass.at + 4 + filePass.body.length)) {
    if (PLAIN_RECORDS.has(type)) continue;
    const end = at + 4 + body.length;
    for (let offset = at + 4 + (type === BOUNDSHEET ? BOUNDSHEET_PLAIN : 0); offset < end; offset++) {
      if (Math.floor(offset / BLOCK) !== block) {
        block = Math.floor(offset / BLOCK);
        pad = keystream(keys(block), BLOCK);
      }
      out[offset] = out[offset]! ^ pad[offset % BLOCK]!;
    }
  }
  out[filePass.at] = 0;
  out[filePass.at + 1] = 0;
  return out;
}

/**
 * An .xls encrypted with the default password (its structure protected), decrypted as Excel and
 * LibreOffice open it with no prompt; any other file as it is. With the workbook stream of the file as
 * read, so that its records are not looked for in the container again (the compound file's reader
 * is slow on a large file: the same stream was read three times).
 */
export function withoutDefaultPassword(bytes: Uint8Array): { opened: Uint8Array; stream?: Uint8Array } {
  let found: Uint8Array | undefined;
  const opened = withWorkbookStream(bytes, (stream) => {
    found = stream;
    return decryptedWorkbook(stream);
  });
  // A decrypted file is written anew: its stream is read from what was written, as any file's.
  const stream = opened === bytes ? found : workbookStream(opened);
  return { opened, stream };
}
