#!/usr/bin/env node
// Draws the add-in's icons and writes them as PNG files to assets/ (node scripts/make-icons.js).
//
// No image library: each icon is a list of opaque shapes on a 16 × 16 unit design grid, rasterised at
// every size with 8 × 8 supersampling (the top shape under a sample gives its colour), and written as an
// 8-bit RGBA PNG (IHDR, one zlib-compressed IDAT with filter 0 scanlines, IEND, each chunk with its CRC-32).
// The output is deterministic, so re-running the script on an unchanged file leaves git clean.
"use strict";

const { Buffer } = require("node:buffer");
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const OUT_DIR = path.join(__dirname, "..", "assets");
const SUBSAMPLES = 8;

const RED = "#da251d"; // the red of the flag and of the union's emblem
const GOLD = "#ffcd00";
const WHITE = "#ffffff";
const OUTLINE = "#5c5c5c";
const GRID = "#a0a0a0";
const GREEN = "#107c10";
const BLUE = "#0f6cbd";

// ---- shapes: predicates over design units (0..16 on both axes, y downwards) ----

/** Rectangle [x0, x1] × [y0, y1] with corners rounded to radius r. */
function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };
}

function rect(x0, y0, x1, y1) {
  return roundedRect(x0, y0, x1, y1, 0);
}

function circle(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Filled polygon (even-odd rule). */
function polygon(points) {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

/** A polyline of the given width with round joins and caps. */
function stroke(points, width) {
  const half = width / 2;
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1];
      const [bx, by] = points[i];
      const vx = bx - ax;
      const vy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
      const dx = x - (ax + t * vx);
      const dy = y - (ay + t * vy);
      if (dx * dx + dy * dy <= half * half) return true;
    }
    return false;
  };
}

/** A five-pointed star, one point straight up. */
function star(cx, cy, outer, inner) {
  const points = [];
  for (let k = 0; k < 10; k++) {
    const radius = k % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (k * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return polygon(points);
}

// ---- the icons: layers bottom to top; `hair` is the width of thin lines, in design units ----

const ICONS = {
  /** The add-in: a red rounded square with a gold star. */
  icon: () => [
    [RED, roundedRect(0.5, 0.5, 15.5, 15.5, 3)],
    [GOLD, star(8, 8.6, 6.4, 2.6)],
  ],

  /** Biểu mẫu: a sheet with a red header row and a grid. */
  templates: (hair) => [
    [OUTLINE, roundedRect(2, 1, 14, 15, 1)],
    [WHITE, rect(2 + hair, 1 + hair, 14 - hair, 15 - hair)],
    [RED, rect(2 + hair, 1 + hair, 14 - hair, 5)],
    [GRID, rect(8 - hair, 5, 8, 15 - hair)],
    [GRID, rect(2 + hair, 8, 14 - hair, 8 + hair)],
    [GRID, rect(2 + hair, 11, 14 - hair, 11 + hair)],
  ],

  /** Kiểm tra: a white check mark on a green disc. */
  validate: () => [
    [GREEN, circle(8, 8, 7.5)],
    [
      WHITE,
      stroke(
        [
          [4.4, 8.2],
          [7, 10.8],
          [11.7, 5.4],
        ],
        2,
      ),
    ],
  ],

  /** Tổng hợp: a white sum sign Σ on a blue rounded square. */
  rollup: () => [
    [BLUE, roundedRect(0.5, 0.5, 15.5, 15.5, 2.5)],
    [
      WHITE,
      stroke(
        [
          [11.6, 5.2],
          [11.6, 3.6],
          [4.6, 3.6],
          [8.8, 8],
          [4.6, 12.4],
          [11.6, 12.4],
          [11.6, 10.8],
        ],
        1.7,
      ),
    ],
  ],
};

const SIZES = {
  icon: [16, 32, 64, 80, 128],
  templates: [16, 32, 80],
  validate: [16, 32, 80],
  rollup: [16, 32, 80],
};

function parseColor(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** RGBA pixels (row-major, 4 bytes a pixel) of the layers drawn at size × size. */
function rasterise(layers, size) {
  const scale = 16 / size;
  const colours = layers.map(([hex]) => parseColor(hex));
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) * scale;
          const y = (py + (sy + 0.5) / SUBSAMPLES) * scale;
          for (let l = layers.length - 1; l >= 0; l--) {
            if (layers[l][1](x, y)) {
              const [cr, cg, cb] = colours[l];
              r += cr;
              g += cg;
              b += cb;
              covered++;
              break;
            }
          }
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) {
        // Average of the covered samples' colours (straight alpha), alpha = the share covered.
        pixels[at] = Math.round(r / covered);
        pixels[at + 1] = Math.round(g / covered);
        pixels[at + 2] = Math.round(b / covered);
        pixels[at + 3] = Math.round((255 * covered) / samples);
      }
    }
  }
  return pixels;
}

// ---- PNG ----

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(pixels, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); // width
  header.writeUInt32BE(size, 4); // height
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method 0
  header[12] = 0; // no interlace
  const rowBytes = size * 4;
  const raw = Buffer.alloc((rowBytes + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (rowBytes + 1)] = 0; // filter type None
    pixels.copy(raw, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, draw] of Object.entries(ICONS)) {
    for (const size of SIZES[name]) {
      const hair = size >= 32 ? 0.5 : 1;
      const file = path.join(OUT_DIR, `${name}-${size}.png`);
      fs.writeFileSync(file, encodePng(rasterise(draw(hair), size), size));
      console.log(path.relative(process.cwd(), file));
    }
  }
}

main();
