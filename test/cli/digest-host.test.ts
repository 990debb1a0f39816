/**
 * The input digest is the same whoever hashes: the core's pure SHA-256 (the pane) or Node's (the
 * command line) — on any grid, with text that needs escaping, CJK, astral characters and lone
 * surrogates, whole numbers (their digits written by the core) and any other number, and across
 * the chunks of bytes the digest is hashed in. The reference encodes with Node's own encoder.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
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
    fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
    fc.constantFrom(-0, 2 ** 53, -(2 ** 53) - 2, 1e21, 123456789.5, 1e-7),
    fc.boolean(),
    fc.constant(null),
  );

  it("gives the reference digest, pure and with Node's SHA-256", () => {
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 5 }), { maxLength: 12 }), (values) => {
        const expected = reference(values);
        expect(inputHash(grid(values))).toBe(expected);
        expect(inputHash(grid(values), NODE_DIGEST)).toBe(expected);
      }),
    );
  });

  it("hashes a table longer than one chunk of bytes as one text", () => {
    const values: CellValue[][] = Array.from({ length: 10_000 }, (_, i) => [`单位${i}`, i, i / 7]);
    expect(inputHash(grid(values), NODE_DIGEST)).toBe(reference(values));
    expect(inputHash(grid(values))).toBe(reference(values));
  });
});
