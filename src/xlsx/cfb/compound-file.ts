import { FileError } from "../errors";
import { WORDS } from "../../core/vocabulary";

/** Sector numbers with a meaning of their own ([MS-CFB] 2.1): the end of a chain, a free sector. */
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
/** The highest number a regular sector may have ([MS-CFB] MAXREGSECT); those above mark chains and free ones. */
const MAX_SECTOR = 0xfffffffa;
/** The header's own list of FAT sectors ([MS-CFB] 2.2); more are listed in DIFAT sectors. */
const HEADER_DIFAT = 109;
const HEADER_DIFAT_AT = 0x4c;
const DIRECTORY_ENTRY = 128;
/** Directory entry types: unused, storage, stream, root storage; [MS-CFB] allows no other. */
const [UNUSED, STORAGE, STREAM, ROOT] = [0, 1, 2, 5];
const TYPES = new Set([UNUSED, STORAGE, STREAM, ROOT]);
/** Characters [MS-CFB] forbids in a name: SheetJS reads "Root Entry/Workbook" as the Workbook stream. */
const FORBIDDEN = new Set(["/", "\\", ":", "!"]);
/**
 * What the streams beside the workbook's may hold together: SheetJS holds every stream while it reads an
 * .xls, and a valid file with an 8 MiB attachment ended the CLI (red team, round 45). A report's own are
 * a few kilobytes of properties.
 */
export const MAX_OTHER_STREAMS = 2 * 1024 * 1024;
const WORKBOOK_STREAMS = new Set(["WORKBOOK", "BOOK"]);
const NO_STREAM = FREE;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;

interface Entry {
  readonly name: string;
  readonly type: number;
  readonly left: number;
  readonly right: number;
  readonly child: number;
  readonly start: number;
  readonly size: number;
}

/** A compound file as its checks read it: its words, its sectors, and how a damaged one is refused. */
interface CompoundFile {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly major: number;
  readonly sectorSize: number;
  /** The whole sectors past the header. */
  readonly sectors: number;
  u16(at: number): number;
  u32(at: number): number;
  /** Where a sector starts in the file. */
  sectorAt(sector: number): number;
  /** The sector numbers a FAT, mini FAT or DIFAT sector lists. */
  sectorWords(sector: number, count?: number): number[];
  refuse(detail: string): never;
  /** Refuses a file that stops before a sector it lists, as cut short. */
  cut(detail: string): never;
}

/**
 * Refuses a compound file (.xls) whose container programs would read differently, before SheetJS reads
 * it (red team, round 44). SheetJS finds a stream by the first entry of its name in the directory, drops
 * NULs from names and follows a sector chain without looking for a loop; LibreOffice walks the directory's
 * tree and takes a name as its length field gives it. So: two entries of one name (case aside) in one
 * storage, a name holding a NUL or of a length its field does not give, a chain that loops, runs out of
 * the file or does not hold its stream's size, a FAT listed other than the header says, a version or
 * sector size other than [MS-CFB]'s are refused. A looping chain had the CLI run out of memory and end,
 * the whole roll-up with it; two "Workbook" streams had the roll-up count the one LibreOffice never shows.
 */
export function checkCompoundFile(bytes: Uint8Array, file: string): void {
  const refuse = (detail: string): never => {
    throw new FileError(WORDS.file.corrupt, file, {}, `compound file: ${detail}`);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A compound file is as long as its sectors: one that stops before a sector it lists was cut short.
  const cut = (detail: string): never => {
    throw new FileError(WORDS.file.truncated, file, {}, `compound file: ${detail}`);
  };
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : cut("past the end"));
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : cut("past the end"));

  const [major, shift] = [u16(0x1a), u16(0x1e)];
  if (u16(0x1c) !== 0xfffe || !((major === 3 && shift === 9) || (major === 4 && shift === 12)))
    refuse("version or sector size");
  if (u16(0x20) !== 6 || u32(0x38) !== MINI_CUTOFF) refuse("mini sectors");
  const sectorSize = 1 << shift;
  const sectors = Math.floor((bytes.length - sectorSize) / sectorSize);
  const sectorAt = (sector: number) => sectorSize * (sector + 1);
  const sectorWords = (sector: number, count = sectorSize / 4) =>
    Array.from({ length: count }, (_, i) => u32(sectorAt(sector) + 4 * i));

  const cf: CompoundFile = {
    file,
    bytes,
    major,
    sectorSize,
    sectors,
    u16,
    u32,
    sectorAt,
    sectorWords,
    refuse,
    cut,
  };
  const fat = readFat(cf);
  /**
   * The sectors of a chain from `start`, in order; a loop, a sector past the `count` there are or a free one
   * is refused, one past the file's end (`pastEnd`) as a file cut short.
   */
  const chain = (
    start: number,
    next: (sector: number) => number,
    count: number,
    what: string,
    pastEnd: (detail: string) => never = refuse,
  ) => {
    const seen = new Set<number>();
    const out: number[] = [];
    for (let sector = start; sector !== END_OF_CHAIN; sector = next(sector)) {
      if (seen.has(sector) || sector > MAX_SECTOR) refuse(`${what} chain`);
      if (sector >= count) pastEnd(`${what} chain`);
      seen.add(sector);
      out.push(sector);
    }
    return out;
  };
  const fatChain = (start: number, what: string) =>
    chain(start, (s) => fat[s] ?? refuse(`${what} chain`), sectors, what, cut);

  const entries = readDirectory(cf, fatChain(u32(0x30), "directory"));
  const root = entries[0];
  if (!root || root.type !== ROOT) refuse("no root");
  const miniFatSectors = fatChain(u32(0x3c), "mini FAT");
  if (miniFatSectors.length !== u32(0x40)) refuse("mini FAT sector count");
  const miniFat = miniFatSectors.flatMap((sector) => sectorWords(sector));
  const miniSectors = root!.start === END_OF_CHAIN ? 0 : Math.ceil(root!.size / MINI_SECTOR);
  if (root!.start !== END_OF_CHAIN)
    holds(fatChain(root!.start, "mini stream").length, sectorSize, root!.size);
  let others = 0;
  entries.forEach((entry, index) => {
    // An empty stream holds no sector: writers leave its start 0 as often as the end of a chain.
    if (index === 0 || entry.size === 0) return;
    if (entry.size > bytes.length) refuse(`size of ${entry.name}`);
    // SheetJS follows the chain of any entry that says it is large, a storage or an unused one too.
    if (entry.type !== STREAM) {
      if (entry.size >= MINI_CUTOFF) fatChain(entry.start, `entry ${index}`);
      return;
    }
    if (!WORKBOOK_STREAMS.has(capitals(entry.name))) others += entry.size;
    if (entry.size < MINI_CUTOFF) {
      const found = chain(entry.start, (s) => miniFat[s] ?? refuse("mini FAT"), miniSectors, entry.name);
      holds(found.length, MINI_SECTOR, entry.size);
    } else holds(fatChain(entry.start, entry.name).length, sectorSize, entry.size);
  });
  if (others > MAX_OTHER_STREAMS)
    throw new FileError(WORDS.file.embeddedTooLarge, file, { size: others, max: MAX_OTHER_STREAMS });
  const reached = new Set<number>();
  checkNames(cf, entries, 0, reached);
  // A stream outside the tree is one LibreOffice never finds and SheetJS may read in its stead.
  entries.forEach((entry, index) => {
    if (index > 0 && entry.type !== UNUSED && !reached.has(index)) refuse(`entry ${index} outside the tree`);
  });

  /** Refuses a chain of `count` sectors of `size` bytes that does not hold `bytes` exactly. */
  function holds(count: number, size: number, length: number): void {
    if (count !== Math.ceil(length / size)) refuse("a stream's size and its chain");
  }
}

/** The FAT, from the cf.sectors the header and the DIFAT chain list, as many as the header says. */
function readFat(cf: CompoundFile): number[] {
  const count = cf.u32(0x2c);
  const listed: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) {
    const sector = cf.u32(HEADER_DIFAT_AT + 4 * i);
    // The header's list is filled first, in order ([MS-CFB] 2.2): a gap reads differently elsewhere.
    if (sector === FREE) break;
    listed.push(sector);
  }
  const seen = new Set<number>();
  let difat = cf.u32(0x44);
  if (cf.u32(0x48) === 0 && difat !== END_OF_CHAIN && difat !== FREE) cf.refuse("DIFAT chain");
  let ended = false;
  for (let left = cf.u32(0x48); left > 0; left--) {
    if (difat >= cf.sectors || seen.has(difat) || listed.length < HEADER_DIFAT) cf.refuse("DIFAT chain");
    seen.add(difat);
    // The DIFAT sector's last word is the next DIFAT sector's number.
    for (const sector of cf.sectorWords(difat, cf.sectorSize / 4 - 1)) {
      // Readers keep a FREE slot's place in the list: one before a listed sector reads another FAT.
      if (sector === FREE) ended = true;
      else if (ended) cf.refuse("DIFAT gap");
      else listed.push(sector);
    }
    difat = cf.u32(cf.sectorAt(difat) + cf.sectorSize - 4);
  }
  if (listed.length !== count) cf.refuse("FAT sector count");
  if (listed.some((sector) => sector >= cf.sectors)) cf.cut("a FAT sector past the end");
  return listed.flatMap((sector) => cf.sectorWords(sector));
}

/** The directory's entries, each name as its length field gives it: no NUL before its closing one. */
function readDirectory(cf: CompoundFile, directory: readonly number[]): Entry[] {
  const out: Entry[] = [];
  for (const sector of directory)
    for (let at = cf.sectorAt(sector); at < cf.sectorAt(sector) + cf.sectorSize; at += DIRECTORY_ENTRY) {
      const [type, length] = [cf.bytes[at + 0x42]!, cf.u16(at + 0x40)];
      let name = "";
      if (type !== UNUSED) {
        if (length < 4 || length > 64 || length % 2 !== 0 || cf.u16(at + length - 2) !== 0)
          cf.refuse("entry name");
        for (let i = 0; i < length - 2; i += 2) {
          const unit = cf.u16(at + i);
          if (unit === 0) cf.refuse("entry name");
          name += String.fromCharCode(unit);
        }
        if (!TYPES.has(type) || [...name].some((c) => FORBIDDEN.has(c))) cf.refuse("entry name");
      }
      // A version 3 file's size is 32 bits: the upper half may hold anything ([MS-CFB] 2.6.3).
      const high = cf.major === 3 ? 0 : cf.u32(at + 0x7c);
      out.push({
        name,
        type,
        left: cf.u32(at + 0x44),
        right: cf.u32(at + 0x48),
        child: cf.u32(at + 0x4c),
        start: cf.u32(at + 0x74),
        size: high > 0 ? Number.MAX_SAFE_INTEGER : cf.u32(at + 0x78),
      });
    }
  return out;
}

/** Refuses two entries of one name in one storage (compared in capitals, as [MS-CFB] compares them). */
function checkNames(cf: CompoundFile, all: readonly Entry[], storage: number, visited: Set<number>): void {
  const names = new Set<string>();
  const walk = (node: number) => {
    if (node === NO_STREAM) return;
    const entry = all[node];
    if (!entry || entry.type === UNUSED || visited.has(node)) cf.refuse("directory tree");
    visited.add(node);
    const key = capitals(entry!.name);
    if (names.has(key)) cf.refuse(`two entries named ${entry!.name}`);
    names.add(key);
    walk(entry!.left);
    walk(entry!.right);
    if (entry!.type === STORAGE) checkNames(cf, all, node, visited);
  };
  walk(all[storage]!.child);
  // Gnumeric's "Excel 97/2000/XP & 5.0/95" keeps both: LibreOffice reads the Book, SheetJS the Workbook.
  if (storage === 0 && names.has("WORKBOOK") && names.has("BOOK"))
    throw new FileError(WORDS.file.twoWorkbooks, cf.file);
}

/** A name in capitals as [MS-CFB] compares names: character by character, none turned into two ("ß"). */
const capitals = (name: string) =>
  [...name]
    .map((c) => {
      const upper = c.toUpperCase();
      return upper.length === 1 ? upper : c;
    })
    .join("");
