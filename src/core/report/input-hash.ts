/**
 * A digest of the table that was read, so a report can be matched to its input later: SHA-256 of
 * the grid's values in a fixed text form (cells joined by tabs, rows by line breaks, a tab, line
 * break or backslash inside a cell escaped with a backslash). Both shells hash the same cells the
 * same way, so the add-in and the command line print the same digest for the same table.
 *
 * The text is written as UTF-8 bytes straight into one reused buffer (text/utf8-writer.ts) and
 * hashed each time that fills: never built whole (a million-row log would be a string of hundreds
 * of MB), nor built a block of rows at a time as a string to encode afterwards (10^6 rows: ~0.9 s
 * that way, #21); a whole number's digits are written without making its text. A host may lend
 * its own SHA-256, many times faster than the pure one here (Node's); the pure one stays so the
 * core runs anywhere, and both give the same digest (test/cli/digest-host.test.ts).
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";
import type { CellGrid } from "../table/cell-grid";
import { Utf8Writer } from "../text/utf8-writer";

export interface Hasher {
  update(bytes: Uint8Array): unknown;
  digest(): Uint8Array;
}

/** What a host may lend the digest. */
export interface DigestPrimitives {
  sha256?: (() => Hasher) | undefined;
}

const TAB = 0x09;
const LINE_BREAK = 0x0a;
const BACKSLASH = 0x5c;
/** A tab, line break or backslash inside a cell: a backslash before it. */
const ESCAPES = new Map([TAB, LINE_BREAK, BACKSLASH].map((code) => [code, [BACKSLASH, code]]));
/** Bytes gathered before they are hashed. */
const CHUNK = 1 << 16;

function writeCell(out: Utf8Writer, value: unknown): void {
  if (value === null || value === undefined) return;
  // A number's text holds no tab, line break or backslash: nothing to escape.
  if (typeof value === "number") {
    if (Number.isFinite(value)) out.number(value);
    return;
  }
  out.text(String(value));
}

export function inputHash(grid: CellGrid, host: DigestPrimitives = {}): string {
  const hasher: Hasher = host.sha256 ? host.sha256() : sha256.create();
  const out = new Utf8Writer(ESCAPES, 2 * CHUNK);
  const rows = grid.values;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (c > 0) out.byte(TAB);
      writeCell(out, row[c]);
    }
    if (r < rows.length - 1) out.byte(LINE_BREAK);
    if (out.length >= CHUNK) {
      hasher.update(out.bytes());
      out.clear();
    }
  }
  hasher.update(out.bytes());
  return bytesToHex(hasher.digest());
}
