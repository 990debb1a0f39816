import { createHash } from "node:crypto";
import { inputHash } from "../../../src/core/report/input-hash";

describe("inputHash", () => {
  it("is the SHA-256 of the values, tab- and line-separated, blanks empty", () => {
    const grid = {
      sheet: "S",
      top: 0,
      left: 0,
      values: [
        ["单位", "数"],
        ["甲", 12],
        [null, 0.5],
      ],
    };
    const expected = createHash("sha256").update("单位\t数\n甲\t12\n\t0.5", "utf8").digest("hex");
    expect(inputHash(grid)).toBe(expected);
  });

  it("escapes tabs and line breaks inside cells, so no two tables share a digest that way", () => {
    const a = { sheet: "S", top: 0, left: 0, values: [["a\tb"]] };
    const b = { sheet: "S", top: 0, left: 0, values: [["a", "b"]] };
    expect(inputHash(a)).not.toBe(inputHash(b));
  });
});
