/**
 * UTF-8 written straight into one growing byte array: the core's encoder (it needs no
 * TextEncoder, a host global of the browser and Node, not of the language), and the one place
 * the project turns text into bytes itself — the input digest (report/input-hash.ts), the command
 * line's sheet XML (cli/xlsx/xml-bytes.ts) and `utf8Bytes` all write through it.
 *
 * Writing into a buffer that is reused (`clear`) rather than building strings to encode later is
 * what #21 measured: 10^6 rows of a table made into text a block at a time, then encoded, took
 * ~0.9 s for its digest; written here as bytes, a fraction of that.
 *
 * An ASCII character may be given an escape (its bytes instead of its own): `&` → `&amp;` for XML,
 * a tab → `\` + tab for the digest. A lone surrogate is written as U+FFFD, as TextEncoder does.
 *
 *   new Utf8Writer().text("岳阳").bytes() → e5 b2 b3 e9 98 b3
 */
import { keepShape } from "../keep-shape";

export type AsciiEscapes = ReadonlyMap<number, readonly number[]>;

const NO_ESCAPES: AsciiEscapes = new Map();

export class Utf8Writer {
  private buffer: Uint8Array;
  private used = 0;
  /** Bytes written per ASCII character with an escape, by code; undefined for the rest. */
  private readonly escapes: (readonly number[] | undefined)[] = [];
  /** The most bytes one UTF-16 unit can become (3, or an escape's length). */
  private readonly widest: number;

  constructor(escapes: AsciiEscapes = NO_ESCAPES, size = 1 << 16) {
    this.buffer = new Uint8Array(Math.max(16, size));
    let widest = 3;
    for (const [code, bytes] of escapes) {
      if (code > 0x7f) throw new Error(`only an ASCII character takes an escape: ${code}`);
      this.escapes[code] = bytes;
      widest = Math.max(widest, bytes.length);
    }
    this.widest = widest;
  }

  /** How many bytes are written. */
  get length(): number {
    return this.used;
  }

  /** One byte (ASCII), with no escape. */
  byte(code: number): this {
    this.room(1);
    this.buffer[this.used++] = code;
    return this;
  }

  /** Markup, numbers: ASCII only, with no escape (a non-ASCII code unit here is a bug, and throws). */
  ascii(text: string): this {
    this.room(text.length);
    const buffer = this.buffer;
    let at = this.used;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code > 0x7f) throw new Error(`not ASCII: ${text}`);
      buffer[at++] = code;
    }
    this.used = at;
    return this;
  }

  /**
   * A number as `String` writes it. A safe integer's digits are made here (-0 as "0"), and so is
   * a short decimal (a rate such as 0.8734: see shortDecimals), with no string per number — the
   * figures of a table are whole numbers and such rates; any other number is `String`'s text.
   */
  number(n: number): this {
    if (!Number.isSafeInteger(n)) {
      const decimals = shortDecimals(n);
      return decimals === 0 ? this.ascii(String(n)) : this.decimal(n, decimals);
    }
    this.room(17);
    const buffer = this.buffer;
    if (n < 0) {
      buffer[this.used++] = 0x2d;
      n = -n;
    }
    // The digits backwards into place: count them first. Below 2^31 in integer arithmetic (most
    // figures), above it in doubles (exact for a safe integer).
    let digits = 1;
    let at: number;
    if (n <= 0x7fffffff) {
      for (let rest = n; rest >= 10; rest = (rest / 10) | 0) digits++;
      at = this.used + digits;
      this.used = at;
      let rest = n | 0;
      do {
        const next = (rest / 10) | 0;
        buffer[--at] = 0x30 + rest - next * 10;
        rest = next;
      } while (rest > 0);
      return this;
    }
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    at = this.used + digits;
    this.used = at;
    do {
      buffer[--at] = 0x30 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
    return this;
  }

  /** A number that is a decimal of `decimals` places (shortDecimals), its digits made here. */
  private decimal(n: number, decimals: number): this {
    const scale = POWERS_OF_TEN[decimals] as number;
    // Exact integers below 10^15: the remainder and the quotient are exact too.
    const m = Math.round(Math.abs(n) * scale);
    const fraction = m % scale;
    if (n < 0) this.byte(0x2d);
    this.number((m - fraction) / scale);
    this.room(decimals + 1);
    const buffer = this.buffer;
    buffer[this.used] = 0x2e;
    let at = this.used + decimals;
    this.used = at + 1;
    for (let rest = fraction, k = 0; k < decimals; k++) {
      const next = Math.floor(rest / 10);
      buffer[at--] = 0x30 + rest - next * 10;
      rest = next;
    }
    return this;
  }

  /** Text as UTF-8, its ASCII characters with an escape escaped. */
  text(text: string): this {
    // At most `widest` bytes a UTF-16 unit (a surrogate pair is 4 bytes for 2 units).
    this.room(text.length * this.widest);
    const buffer = this.buffer;
    const escapes = this.escapes;
    let at = this.used;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        const escape = escapes[code];
        if (escape === undefined) buffer[at++] = code;
        else for (let k = 0; k < escape.length; k++) buffer[at++] = escape[k] as number;
      } else if (code < 0x800) {
        buffer[at++] = 0xc0 | (code >> 6);
        buffer[at++] = 0x80 | (code & 0x3f);
      } else {
        const next = text.charCodeAt(i + 1);
        if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          i++;
          buffer[at++] = 0xf0 | (code >> 18);
          buffer[at++] = 0x80 | ((code >> 12) & 0x3f);
        } else {
          if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
          buffer[at++] = 0xe0 | (code >> 12);
        }
        buffer[at++] = 0x80 | ((code >> 6) & 0x3f);
        buffer[at++] = 0x80 | (code & 0x3f);
      }
    }
    this.used = at;
    return this;
  }

  /** The bytes written so far (a view, not a copy: valid until the next write or `clear`). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.used);
  }

  /** Start again at no bytes, keeping the buffer. */
  clear(): this {
    this.used = 0;
    return this;
  }

  private room(more: number): void {
    if (this.used + more <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.used + more) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.used));
    this.buffer = grown;
  }
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

/**
 * How many decimal places `String(n)` writes for n, where n lies in [10^-6, 10^9) in size and is
 * the double nearest a decimal of at most six places; 0 otherwise (String's own text then). Such
 * a decimal is what String writes: String writes the shortest digits that read back as n, and
 * two decimals of six places differ by 10^-6, more than the gap between doubles below 10^9
 * (2^-23), so no other decimal of as few places reads back as n; below 10^21 and from 10^-6 up,
 * String writes it without an exponent. The first number of places that works has no trailing
 * zero (one place fewer would have worked). Checked against String on random doubles and decimals
 * (utf8-writer.test.ts).
 */
function shortDecimals(n: number): number {
  const size = Math.abs(n);
  if (!(size >= 1e-6 && size < 1e9)) return 0;
  for (let decimals = 1; decimals <= 6; decimals++) {
    const scale = POWERS_OF_TEN[decimals] as number;
    if (Math.round(size * scale) / scale === size) return decimals;
  }
  return 0;
}

// One empty instance kept, so V8 keeps this class's hidden class across runs (keep-shape.ts).
keepShape(new Utf8Writer(undefined, 16));
