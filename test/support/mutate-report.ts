import { createHash } from "crypto";
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, type ZipInputFile } from "fflate";
import { concat } from "./zips";

/** A damaged or hostile variant of a real report, and what was done to it. */
export interface Mutant {
  readonly label: string;
  readonly bytes: Uint8Array;
}

type Entries = [string, Uint8Array][];

/** mulberry32: a small seeded generator, so a failing mutant can be made again from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A zip of entries in the order given, duplicates and odd names included (zipSync would merge them). */
export function zipEntriesOf(entries: Entries): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    out.push(data);
  });
  for (const [name, data] of entries) {
    const { deflated, crc } = deflatedOnce(data);
    // What ZipDeflate at level 6 adds to the zip (its flag for that level is 0), from its bytes.
    const entry: ZipInputFile = { filename: name, size: data.length, crc, compression: 8, flag: 0 };
    zip.add(entry);
    entry.ondata!(null, deflated, true);
  }
  zip.end();
  return concat(out);
}

/**
 * Parts deflated before, by their SHA-256: a test makes file after file from one report, each with all its
 * parts but one or two as they were, and deflating them again cost a test file seconds.
 */
const deflatedParts = new Map<string, { deflated: Uint8Array<ArrayBuffer>; crc: number }>();
const KEPT_PARTS = 256;

/** A part as ZipDeflate at level 6 deflates it, and its CRC-32. */
function deflatedOnce(data: Uint8Array): { deflated: Uint8Array<ArrayBuffer>; crc: number } {
  const key = createHash("sha256").update(data).digest("hex");
  const known = deflatedParts.get(key);
  if (known) {
    // The most recently used last: the oldest is the one let go.
    deflatedParts.delete(key);
    deflatedParts.set(key, known);
    return known;
  }
  const chunks: Uint8Array[] = [];
  const entry = new ZipDeflate("", { level: 6 });
  entry.ondata = (error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  };
  entry.push(data, true);
  const made = { deflated: concat(chunks), crc: entry.crc };
  deflatedParts.set(key, made);
  if (deflatedParts.size > KEPT_PARTS) deflatedParts.delete(deflatedParts.keys().next().value!);
  return made;
}

const CELL = /<c r="([A-Z]+)(\d+)"[^>]*?(?:\/>|>.*?<\/c>)/g;

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** Replaces one match of `pattern` (chosen by `rand`) with what `change` makes of it. */
function changeOne(
  xml: string,
  pattern: RegExp,
  rand: () => number,
  change: (match: string) => string,
): string {
  const matches = [...xml.matchAll(pattern)];
  if (matches.length === 0) return xml;
  const m = pick(rand, matches);
  return xml.slice(0, m.index) + change(m[0]) + xml.slice(m.index + m[0].length);
}

const beforeSheetDataEnd = (xml: string, extra: string) =>
  xml.replace("</sheetData>", `${extra}</sheetData>`);
const afterSheetData = (xml: string, extra: string) => xml.replace("</sheetData>", `</sheetData>${extra}`);

/** Rows of `count` cells far below the report, each `cell(n)` for its row n. */
function extraRows(count: number, cell: (row: number) => string): string {
  const rows: string[] = [];
  for (let i = 0; i < count; i++) rows.push(`<row r="${1000 + i}">${cell(1000 + i)}</row>`);
  return rows.join("");
}

type XmlMutation = (xml: string, rand: () => number) => string;

const SHEET_MUTATIONS: Record<string, XmlMutation> = {
  "remove a cell": (xml, rand) => changeOne(xml, CELL, rand, () => ""),
  "duplicate a cell": (xml, rand) => changeOne(xml, CELL, rand, (c) => c + c),
  "huge attribute": (xml, rand) =>
    changeOne(xml, CELL, rand, (c) => c.replace("<c ", `<c x="${"x".repeat(200_000)}" `)),
  "hyperlink over the whole sheet": (xml) =>
    afterSheetData(xml, `<hyperlinks><hyperlink ref="A1:XFD1048576" display="x"/></hyperlinks>`),
  "merge over the whole sheet": (xml) =>
    afterSheetData(xml, `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`),
  "shared formula on many cells": (xml, rand) => {
    const count = 50 + Math.floor(rand() * 150);
    return beforeSheetDataEnd(
      xml,
      extraRows(count, (r) =>
        r === 1000
          ? `<c r="Z1000"><f t="shared" ref="Z1000:Z${999 + count}" si="77">Y1000+1</f></c>`
          : `<c r="Z${r}"><f t="shared" si="77"/></c>`,
      ),
    );
  },
  "array formula on many cells": (xml, rand) =>
    beforeSheetDataEnd(
      xml,
      extraRows(
        50 + Math.floor(rand() * 150),
        (r) => `<c r="Y${r}"><f t="array" ref="Y${r}:Y${r + 1}">X${r}*2</f><v>0</v></c>`,
      ),
    ),
  "deep nesting": (xml) => beforeSheetDataEnd(xml, `${"<x>".repeat(5000)}${"</x>".repeat(5000)}`),
  "entity tricks": (xml) =>
    xml
      .replace(
        /^(<\?xml[^>]*\?>)?/,
        (head) => `${head}<!DOCTYPE worksheet [<!ENTITY a "${"a".repeat(1000)}">]>`,
      )
      .replace(/<v>[^<]*<\/v>/, "<v>&a;</v>"),
  "number to text": (xml, rand) =>
    changeOne(xml, /<c r="[A-Z]+\d+"( s="\d+")?><v>[^<]*<\/v><\/c>/g, rand, (c) =>
      c.replace(/<c (r="[^"]+")/, '<c $1 t="inlineStr"').replace(/<v>([^<]*)<\/v>/, "<is><t>$1</t></is>"),
    ),
  "odd number": (xml, rand) =>
    changeOne(
      xml,
      /<v>-?\d+(\.\d+)?<\/v>/g,
      rand,
      () => `<v>${pick(rand, ["NaN", "1e308", "-5", "1e999", " ", "0x10"])}</v>`,
    ),
  "huge string": (xml, rand) =>
    changeOne(xml, /<c r="[A-Z]+\d+"( s="\d+")?><v>[^<]*<\/v><\/c>/g, rand, (c) =>
      c.replace(/<c (r="[^"]+")/, '<c $1 t="str"').replace(/<v>[^<]*<\/v>/, `<v>${"Đ".repeat(100_000)}</v>`),
    ),
  "bad shared string index": (xml, rand) =>
    changeOne(xml, /t="s"( [^>]*)?><v>\d+<\/v>/g, rand, (c) => c.replace(/<v>\d+/, "<v>99999")),
};

const WORKBOOK_MUTATIONS: Record<string, XmlMutation> = {
  "remove a defined name": (xml, rand) =>
    changeOne(xml, /<definedName [^>]*>[^<]*<\/definedName>/g, rand, () => ""),
  "duplicate a defined name": (xml, rand) =>
    changeOne(xml, /<definedName [^>]*>[^<]*<\/definedName>/g, rand, (d) => d + d),
  "defined name pointing elsewhere": (xml, rand) =>
    changeOne(xml, /(<definedName [^>]*>)[^<]*(<\/definedName>)/g, rand, (d) =>
      d.replace(
        />[^<]*</,
        `>${pick(rand, ["TD_META!$B$3", "'Biểu 01'!$A$1", "#REF!", "Nowhere!$C$9", "'Biểu 02'!$C$9:$XFD$1048576"])}<`,
      ),
    ),
  "remove a sheet": (xml, rand) => changeOne(xml, /<sheet [^>]*\/>/g, rand, () => ""),
  "duplicate a sheet": (xml, rand) => changeOne(xml, /<sheet [^>]*\/>/g, rand, (s) => s + s),
  "unhide the metadata": (xml) => xml.replace(/ state="(very)?[hH]idden"/g, ""),
};

function mutateXml(entries: Entries, rand: () => number): [string, Entries] {
  const sheets = entries.filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const onWorkbook = rand() < 0.3;
  const [label, mutation] = pick(rand, Object.entries(onWorkbook ? WORKBOOK_MUTATIONS : SHEET_MUTATIONS));
  const target = onWorkbook ? "xl/workbook.xml" : pick(rand, sheets)[0];
  return [
    `${label} (${target})`,
    entries.map(([n, d]) => [n, n === target ? strToU8(mutation(strFromU8(d), rand)) : d]),
  ];
}

function mutateZip(bytes: Uint8Array, entries: Entries, rand: () => number): Mutant {
  const at = (n: number) => Math.floor(rand() * n);
  switch (at(7)) {
    case 0:
      return { label: "truncated", bytes: bytes.slice(0, at(bytes.length)) };
    case 1: {
      const out = bytes.slice();
      for (let i = 0; i < 1 + at(8); i++) {
        const byte = at(out.length);
        out[byte] = out[byte]! ^ (1 << at(8));
      }
      return { label: "bytes flipped", bytes: out };
    }
    case 2: {
      const [name, data] = pick(rand, entries);
      const twin = strToU8(strFromU8(data).replace(/<v>\d+<\/v>/, "<v>424242</v>"));
      const both: Entries =
        rand() < 0.5
          ? [
              [name, data],
              [name, twin],
            ]
          : [
              [name, twin],
              [name, data],
            ];
      return {
        label: `entry ${name} twice`,
        bytes: zipEntriesOf([...entries.filter(([n]) => n !== name), ...both]),
      };
    }
    case 3: {
      const [name] = pick(rand, entries);
      const renamed = pick(rand, [
        name.toUpperCase(),
        `../${name}`,
        `/${name}`,
        name.replace(/\//g, "\\"),
        `C:${name}`,
        `${name}.bak`,
      ]);
      return {
        label: `entry ${name} renamed ${renamed}`,
        bytes: zipEntriesOf(entries.map(([n, d]) => [n === name ? renamed : n, d])),
      };
    }
    case 4: {
      const out = bytes.slice();
      const view = new DataView(out.buffer);
      const field = pick(rand, [20, 24]);
      for (let i = 0; i + 4 <= out.length; i++)
        if (view.getUint32(i, true) === 0x02014b50 && rand() < 0.3)
          view.setUint32(i + field, at(2 ** 31), true);
      return { label: "declared sizes changed", bytes: out };
    }
    case 5: {
      const [name] = pick(rand, entries);
      return { label: `entry ${name} dropped`, bytes: zipEntriesOf(entries.filter(([n]) => n !== name)) };
    }
    default: {
      const [label, mutated] = mutateXml(entries, rand);
      return { label, bytes: zipEntriesOf(mutated) };
    }
  }
}

/** The mutant `seed` makes of a report: damage to the zip, to its XML or to its values. */
export function mutateReport(report: Uint8Array, seed: number): Mutant {
  const rand = random(seed);
  const entries = Object.entries(unzipSync(report));
  if (rand() < 0.4) return mutateZip(report, entries, rand);
  const [label, mutated] = mutateXml(entries, rand);
  return { label, bytes: zipEntriesOf(mutated) };
}
