/**
 * A digest of the table that was read, so a report can be matched to its input later: SHA-256 of
 * the grid's values in a fixed text form. Both shells hash the same cells the same way, so the
 * add-in and the command line print the same digest for the same table.
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";
import type { CellGrid } from "../table/cell-grid";
import { utf8Bytes } from "../text/utf8";

function canonical(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return String(value);
}

export function inputHash(grid: CellGrid): string {
  const text = grid.values
    .map((row) => row.map((v) => canonical(v).replace(/[\t\n\\]/g, (c) => `\\${c}`)).join("\t"))
    .join("\n");
  return bytesToHex(sha256(utf8Bytes(text)));
}
