/** Texts as codes in the order they first appear, and back, whatever runs and gaps they come in. */
import fc from "fast-check";
import { CodedTexts } from "../../../src/core/score/coded-texts";

describe("CodedTexts", () => {
  it("codes texts in the order they first appear, none as -1", () => {
    const grades = new CodedTexts(5);
    ["B", "A", null, "B", "A"].forEach((g, i) => grades.set(i, g));
    expect(Array.from(grades.codes)).toEqual([0, 1, -1, 0, 1]);
    expect(grades.names).toEqual(["B", "A"]);
    expect(grades.texts(5)).toEqual(["B", "A", null, "B", "A"]);
    expect(grades.textOf(2)).toBeNull();
  });

  it("gives back every text it was given, runs of one text and nulls between them included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom("县市区", "市直单位", "", "A"), { nil: null })),
        (texts) => {
          const coded = new CodedTexts(texts.length);
          texts.forEach((t, i) => coded.set(i, t));
          expect(coded.texts(texts.length)).toEqual(texts);
          expect(coded.names).toEqual([...new Set(texts.filter((t) => t !== null))]);
        },
      ),
    );
  });
});
