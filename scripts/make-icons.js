#!/usr/bin/env node
// Draws the add-in's icons (a ranked bar chart on Office green) as PNGs at the sizes the manifests
// name: the XML manifest's 16–128, the unified manifest's 192 colour icon and its 32-pixel outline
// icon (white on transparent, as Microsoft asks). Run once when the design changes; the PNGs are committed. No image library is needed: a
// PNG is a zlib-compressed RGBA raster with a CRC per chunk.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128, 192];
const BACKGROUND = [0x10, 0x7c, 0x41, 255]; // Excel green
const BAR = [255, 255, 255, 255];
const GOLD = [0xff, 0xc8, 0x3d, 255];

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function iconPixel(size) {
  const radius = size * 0.18;
  // Three bars, tallest first, like a ranked table turned on its side; the first one gold.
  const bars = [0.72, 0.52, 0.34].map((h, i) => ({
    x0: size * (0.2 + i * 0.22),
    x1: size * (0.2 + i * 0.22 + 0.16),
    y0: size * (0.84 - h),
    colour: i === 0 ? GOLD : BAR,
  }));
  return (x, y) => {
    const cx = x + 0.5;
    const cy = y + 0.5;
    const dx = Math.max(radius - cx, 0, cx - (size - radius));
    const dy = Math.max(radius - cy, 0, cy - (size - radius));
    if (dx * dx + dy * dy > radius * radius) return [0, 0, 0, 0];
    for (const bar of bars) {
      if (cx >= bar.x0 && cx < bar.x1 && cy >= bar.y0 && cy < size * 0.84) return bar.colour;
    }
    return BACKGROUND;
  };
}

/** The outline icon: the same bars in white, with a white frame, everything else transparent. */
function outlinePixel(size) {
  const colour = iconPixel(size);
  return (x, y) => {
    const frame = x === 0 || y === 0 || x === size - 1 || y === size - 1;
    const [r, g, b] = colour(x, y);
    const bar = r === 255 && (g === 255 || g === 0xc8) && (b === 255 || b === 0x3d);
    return frame || bar ? [255, 255, 255, 255] : [0, 0, 0, 0];
  };
}

const write = (name, png) => {
  const file = path.join(__dirname, "..", "assets", name);
  fs.writeFileSync(file, png);
  console.log(`wrote ${file}`);
};
for (const size of SIZES) write(`icon-${size}.png`, encodePng(size, iconPixel(size)));
write("icon-outline-32.png", encodePng(32, outlinePixel(32)));
