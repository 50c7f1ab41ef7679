// A tiny PNG decoder (8-bit RGB and RGBA, not interlaced: what Chromium's screenshots are), for counting pixels in tests.
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** @throws Error for anything but an 8-bit, non-interlaced RGB or RGBA PNG. */
export function decodePng(png: Buffer): Pixels {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG: the signature is wrong');
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colorType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || interlace !== 0 || (colorType !== 2 && colorType !== 6)) {
        throw new Error(`unsupported PNG: bit depth ${depth}, colour type ${colorType}, interlace ${interlace}`);
      }
      channels = colorType === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (out[x - channels] as number) : 0;
      const b = up[x] as number;
      const c = x >= channels ? (up[x - channels] as number) : 0;
      const v = line[x] as number;
      if (filter === 0) out[x] = v;
      else if (filter === 1) out[x] = v + a;
      else if (filter === 2) out[x] = v + b;
      else if (filter === 3) out[x] = v + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        out[x] = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      } else throw new Error(`unsupported PNG filter ${filter} on row ${y}`);
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = rows[i * channels] as number;
    rgba[i * 4 + 1] = rows[i * channels + 1] as number;
    rgba[i * 4 + 2] = rows[i * channels + 2] as number;
    rgba[i * 4 + 3] = channels === 4 ? (rows[i * channels + 3] as number) : 255;
  }
  return { width, height, rgba };
}

/** How many pixels are within `tolerance` (per channel) of the colour `#rrggbb`. */
export function countColor({ rgba }: Pixels, hex: string, tolerance = 8): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const near =
      Math.abs((rgba[i] as number) - r) <= tolerance &&
      Math.abs((rgba[i + 1] as number) - g) <= tolerance &&
      Math.abs((rgba[i + 2] as number) - b) <= tolerance;
    if (near) count++;
  }
  return count;
}

/** The share of pixels that differ from the most common colour (the background), and how many colours there are. */
export function inkStats({ rgba }: Pixels): { inked: number; colors: number } {
  const counts = new Map<number, number>();
  for (let i = 0; i < rgba.length; i += 4) {
    const key = ((rgba[i] as number) << 16) | ((rgba[i + 1] as number) << 8) | (rgba[i + 2] as number);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const background = Math.max(...counts.values());
  const total = rgba.length / 4;
  return { inked: (total - background) / total, colors: counts.size };
}

/** The share of pixels that differ between two images of one size. */
export function differingShare(a: Pixels, b: Pixels): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('the images differ in size');
  let differing = 0;
  for (let i = 0; i < a.rgba.length; i += 4) {
    if (a.rgba[i] !== b.rgba[i] || a.rgba[i + 1] !== b.rgba[i + 1] || a.rgba[i + 2] !== b.rgba[i + 2]) differing++;
  }
  return differing / (a.width * a.height);
}

/** The most common colour (`#rrggbb`) in the square of `radius` pixels around (x, y). */
export function colorAround({ width, rgba }: Pixels, x: number, y: number, radius = 2): string {
  const counts = new Map<string, number>();
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const i = ((y + dy) * width + (x + dx)) * 4;
      const hex = `#${[rgba[i], rgba[i + 1], rgba[i + 2]].map((v) => (v as number).toString(16).padStart(2, '0')).join('')}`;
      counts.set(hex, (counts.get(hex) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((p, q) => q[1] - p[1])[0]?.[0] ?? '';
}

/** The largest difference of one channel between two `#rrggbb` colours. */
export function colorDistance(a: string, b: string): number {
  const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [channels(a), channels(b)];
  return Math.max(...x.map((v, i) => Math.abs(v - (y[i] ?? Number.NaN))));
}
