#!/usr/bin/env node
// Draws Engagebook's icon and writes it in every form the installers want: build/icon.svg (the design), build/icon.png
// (1024×1024: Linux, and the source electron-builder resizes from), build/icon.ico (Windows, NSIS) and
// build/icon.icns (macOS). No image tools needed: the shapes are rounded rectangles, rendered with a signed distance
// for anti-aliasing, and PNG, ICO and ICNS are simple containers written by hand here.
//
// The design: a tile holding a 3×3 responsibility matrix in which every row has exactly one highlighted cell — one
// accountable party per activity, the rule the app checks first.
//
//   node scripts/make-icons.mjs           writes the four files
//   node scripts/make-icons.mjs --check   exits 1 if the files in build/ do not show what this script draws
//                                         (pixels, not bytes: another zlib may compress the same image differently)
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const DESIGN = 1024; // the coordinate space of the shapes below
const TILE = { x: 100, y: 100, size: 824, radius: 184, color: '#1e4d72' };
const CELL = { size: 168, gap: 48, radius: 36 };
const EMPTY = { color: '#ffffff', opacity: 0.2 };
const MARKED = { color: '#f5b83d', opacity: 1 };
/** Column of the highlighted cell in each row. */
const MARKS = [0, 2, 1];

function shapes() {
  const grid = 3 * CELL.size + 2 * CELL.gap;
  const origin = (DESIGN - grid) / 2;
  const list = [{ x: TILE.x, y: TILE.y, w: TILE.size, h: TILE.size, r: TILE.radius, color: TILE.color, opacity: 1 }];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 3; col++) {
      const look = MARKS[row] === col ? MARKED : EMPTY;
      const x = origin + col * (CELL.size + CELL.gap);
      const y = origin + row * (CELL.size + CELL.gap);
      list.push({ x, y, w: CELL.size, h: CELL.size, r: CELL.radius, ...look });
    }
  }
  return list;
}

export function svg() {
  const body = shapes()
    .map(
      (s) =>
        `  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${s.color}"` +
        (s.opacity === 1 ? '' : ` fill-opacity="${s.opacity}"`) +
        '/>',
    )
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${DESIGN}" height="${DESIGN}" viewBox="0 0 ${DESIGN} ${DESIGN}">\n${body}\n</svg>\n`;
}

/** Signed distance from (px, py) to a rounded rectangle: negative inside. */
function roundedRectDistance(px, py, s) {
  const qx = Math.abs(px - (s.x + s.w / 2)) - (s.w / 2 - s.r);
  const qy = Math.abs(py - (s.y + s.h / 2)) - (s.h / 2 - s.r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - s.r;
}

/** Renders the design at size×size: RGBA, not premultiplied, rows top-down. */
export function render(size) {
  const scale = size / DESIGN;
  const premultiplied = new Float64Array(size * size * 4);
  for (const s of shapes()) {
    const rgb = [1, 3, 5].map((i) => parseInt(s.color.slice(i, i + 2), 16) / 255);
    const x0 = Math.max(0, Math.floor(s.x * scale) - 1);
    const y0 = Math.max(0, Math.floor(s.y * scale) - 1);
    const x1 = Math.min(size, Math.ceil((s.x + s.w) * scale) + 1);
    const y1 = Math.min(size, Math.ceil((s.y + s.h) * scale) + 1);
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        // Distance at the pixel's centre, in pixels; half a pixel either side of the edge is blended.
        const distance = roundedRectDistance((x + 0.5) / scale, (y + 0.5) / scale, s) * scale;
        const alpha = Math.min(1, Math.max(0, 0.5 - distance)) * s.opacity;
        if (alpha === 0) continue;
        const i = (y * size + x) * 4;
        for (let c = 0; c < 3; c++) premultiplied[i + c] = rgb[c] * alpha + premultiplied[i + c] * (1 - alpha);
        premultiplied[i + 3] = alpha + premultiplied[i + 3] * (1 - alpha);
      }
    }
  }
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < rgba.length; i += 4) {
    const a = premultiplied[i + 3];
    for (let c = 0; c < 3; c++) rgba[i + c] = a === 0 ? 0 : Math.round((premultiplied[i + c] / a) * 255);
    rgba[i + 3] = Math.round(a * 255);
  }
  return rgba;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function png(size) {
  const rgba = render(size);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method variants, not interlaced
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4); // filter 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 32-bit DIB as ICO wants it: BITMAPINFOHEADER with doubled height, BGRA rows bottom-up, an all-clear AND mask. */
function dib(size) {
  const rgba = render(size);
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour bitmap + mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels.set([rgba[from + 2], rgba[from + 1], rgba[from], rgba[from + 3]], to);
    }
  }
  const mask = Buffer.alloc(Math.ceil(size / 32) * 4 * size);
  return Buffer.concat([header, pixels, mask]);
}

/**
 * Windows icon: small sizes as bitmaps (what every consumer, NSIS included, reads), 256 as PNG (the Vista format, which
 * keeps the file small); electron-builder wants a 256×256 entry.
 */
export function ico() {
  const images = [16, 24, 32, 48, 64, 128].map((size) => ({ size, data: dib(size) }));
  images.push({ size: 256, data: png(256) });
  const head = Buffer.alloc(6 + 16 * images.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2); // 1 = icon
  head.writeUInt16LE(images.length, 4);
  let offset = head.length;
  images.forEach(({ size, data }, n) => {
    const at = 6 + 16 * n;
    head.writeUInt8(size % 256, at); // 0 means 256
    head.writeUInt8(size % 256, at + 1);
    head.writeUInt16LE(1, at + 4); // colour planes
    head.writeUInt16LE(32, at + 6); // bits per pixel
    head.writeUInt32LE(data.length, at + 8);
    head.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([head, ...images.map((i) => i.data)]);
}

/** macOS icon: every entry a PNG (supported since OS X 10.7); ic10 is the 1024 "512@2x" one. */
export const ICNS_TYPES = { ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024 };
export function icns() {
  const pngs = new Map();
  const entries = Object.entries(ICNS_TYPES).map(([type, size]) => {
    if (!pngs.has(size)) pngs.set(size, png(size));
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + pngs.get(size).length, 4);
    return Buffer.concat([head, pngs.get(size)]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

// --- reading back, for --check ---

/** Pixels of a PNG written by png() (8-bit RGBA, filter 0), or null when it is not such a PNG. */
function pngPixels(data) {
  let idat = [];
  let width = 0;
  for (let at = 8; at + 8 <= data.length;) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    if (type === 'IHDR') width = data.readUInt32BE(at + 8);
    if (type === 'IDAT') idat.push(data.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  const rows = [];
  for (let y = 0; y * stride < raw.length; y++) {
    if (raw[y * stride] !== 0) return null;
    rows.push(raw.subarray(y * stride + 1, (y + 1) * stride));
  }
  return Buffer.concat(rows);
}

const isPng = (data) => data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
/** What a file shows: embedded PNGs replaced by their pixels, everything else as is. */
function shown(file, data) {
  if (file.endsWith('.png')) return [pngPixels(data)];
  if (file.endsWith('.ico')) {
    const parts = [data.subarray(0, 6)];
    for (let n = 0; n < data.readUInt16LE(4); n++) {
      const entry = data.subarray(6 + 16 * n, 22 + 16 * n);
      const image = data.subarray(entry.readUInt32LE(12), entry.readUInt32LE(12) + entry.readUInt32LE(8));
      parts.push(entry.subarray(0, 8), isPng(image) ? pngPixels(image) : image);
    }
    return parts;
  }
  if (file.endsWith('.icns')) {
    const parts = [];
    for (let at = 8; at + 8 <= data.length; at += data.readUInt32BE(at + 4)) {
      const image = data.subarray(at + 8, at + data.readUInt32BE(at + 4));
      parts.push(data.subarray(at, at + 4), isPng(image) ? pngPixels(image) : image);
    }
    return parts;
  }
  return [data];
}

const outputs = () => ({
  'build/icon.svg': Buffer.from(svg()),
  'build/icon.png': png(1024),
  'build/icon.ico': ico(),
  'build/icon.icns': icns(),
});

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replaceAll('\\', '/'))) {
  const files = outputs();
  if (process.argv.includes('--check')) {
    const stale = Object.entries(files).filter(([file, data]) => {
      let current;
      try {
        current = readFileSync(file);
      } catch {
        return true;
      }
      const [a, b] = [shown(file, data), shown(file, current)];
      return a.length !== b.length || a.some((part, i) => !part || !b[i] || !part.equals(b[i]));
    });
    for (const [file] of stale) console.error(`${file} is missing or out of date: run node scripts/make-icons.mjs`);
    process.exit(stale.length === 0 ? 0 : 1);
  }
  for (const [file, data] of Object.entries(files)) writeFileSync(file, data);
  console.log(`wrote ${Object.keys(files).join(', ')}`);
}
