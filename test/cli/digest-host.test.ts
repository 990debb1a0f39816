/**
 * The input digest is the same whoever encodes and hashes: the core's pure UTF-8 and SHA-256, Node's
 * (the command line), or the browser's encoder (the pane, through src/app/host-digest.ts) — on any
 * grid, with text that needs escaping, CJK, astral characters and lone surrogates, and across the
 * blocks of rows the digest is hashed in.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { hostDigest } from "../../src/app/host-digest";
import { inputHash } from "../../src/core/report/input-hash";
import type { CellValue } from "../../src/core/values/parse-cell";
import { NODE_DIGEST } from "../../src/cli/digest-host";

const grid = (values: CellValue[][]) => ({ sheet: "S", top: 0, left: 0, values });

/** The digest's text form, written the plain way, as the reference. */
function reference(values: CellValue[][]): string {
  const cell = (v: CellValue) =>
    v === null || v === undefined
      ? ""
      : typeof v === "number"
        ? Number.isFinite(v)
          ? String(v)
          : ""
        : String(v).replace(/[\t\n\\]/g, (c) => `\\${c}`);
  const text = values.map((row) => row.map(cell).join("\t")).join("\n");
  return createHash("sha256").update(text, "utf8").digest("hex");
}

describe("the input digest with the host's primitives", () => {
  const value = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.constantFrom("单位\t名", "a\\b", "行\n二", "😀", "\ud800", "岳阳"),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );

  it("gives the reference digest, pure, with Node's and with the browser's encoder", () => {
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 5 }), { maxLength: 12 }), (values) => {
        const expected = reference(values);
        expect(inputHash(grid(values))).toBe(expected);
        expect(inputHash(grid(values), NODE_DIGEST)).toBe(expected);
        expect(inputHash(grid(values), hostDigest())).toBe(expected);
      }),
    );
  });

  it("hashes a table longer than one block of rows as one text", () => {
    const values: CellValue[][] = Array.from({ length: 10_000 }, (_, i) => [`单位${i}`, i, i / 7]);
    expect(inputHash(grid(values), NODE_DIGEST)).toBe(reference(values));
    expect(inputHash(grid(values))).toBe(reference(values));
  });
});
