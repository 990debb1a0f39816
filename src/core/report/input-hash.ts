/**
 * A digest of the table that was read, so a report can be matched to its input later: SHA-256 of
 * the grid's values in a fixed text form (cells joined by tabs, rows by line breaks, a tab, line
 * break or backslash inside a cell escaped with a backslash). Both shells hash the same cells the
 * same way, so the add-in and the command line print the same digest for the same table.
 *
 * The text is hashed a block of rows at a time, never built whole (a million-row log would be a
 * string of hundreds of MB). A host may lend its own UTF-8 encoder and SHA-256, many times faster
 * than the pure ones here (Node's: 3.4 MB in ~4 ms against ~75 ms, #21); the pure ones stay so the
 * core runs anywhere, and both give the same digest (test/cli/digest-host.test.ts).
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";
import type { CellGrid } from "../table/cell-grid";
import { utf8Bytes } from "../text/utf8";

export interface Hasher {
  update(bytes: Uint8Array): unknown;
  digest(): Uint8Array;
}

/** What a host may lend the digest. */
export interface DigestPrimitives {
  utf8?: ((text: string) => Uint8Array) | undefined;
  sha256?: (() => Hasher) | undefined;
}

const ROWS_PER_BLOCK = 4096;
const SPECIAL = /[\t\n\\]/;

function canonical(value: unknown): string {
  if (value === null || value === undefined) return "";
  // A number's text holds no tab, line break or backslash: nothing to escape.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = String(value);
  return SPECIAL.test(text) ? text.replace(/[\t\n\\]/g, (c) => `\\${c}`) : text;
}

export function inputHash(grid: CellGrid, host: DigestPrimitives = {}): string {
  const encode = host.utf8 ?? utf8Bytes;
  const hasher: Hasher = host.sha256 ? host.sha256() : sha256.create();
  const rows = grid.values;
  for (let start = 0; start < rows.length; start += ROWS_PER_BLOCK) {
    const end = Math.min(rows.length, start + ROWS_PER_BLOCK);
    let text = "";
    for (let r = start; r < end; r++) {
      const row = rows[r] ?? [];
      for (let c = 0; c < row.length; c++)
        text += c === 0 ? canonical(row[c]) : `\t${canonical(row[c])}`;
      if (r < rows.length - 1) text += "\n";
    }
    hasher.update(encode(text));
  }
  return bytesToHex(hasher.digest());
}
