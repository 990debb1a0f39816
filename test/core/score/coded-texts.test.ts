/** Texts as codes in the order they first appear, and back, whatever runs and gaps they come in. */
import fc from "fast-check";
import { codedColumn, CodedTexts, hasTexts, textAt } from "../../../src/core/score/coded-texts";

describe("CodedTexts", () => {
  it("codes texts in the order they first appear, none as -1", () => {
    const grades = new CodedTexts(5);
    ["B", "A", null, "B", "A"].forEach((g, i) => grades.set(i, g));
    expect(Array.from(grades.codes)).toEqual([0, 1, -1, 0, 1]);
    expect(grades.names).toEqual(["B", "A"]);
    expect([0, 1, 2, 3, 4].map((i) => textAt(grades, i))).toEqual(["B", "A", null, "B", "A"]);
    expect(hasTexts(grades)).toBe(true);
    expect(hasTexts(new CodedTexts(3))).toBe(false);
  });

  it("hands on its first n codes as a column, sharing them", () => {
    const sections = new CodedTexts(4);
    sections.set(0, "一");
    sections.set(1, null);
    const column = codedColumn(sections, 2);
    expect(Array.from(column.codes)).toEqual([0, -1]);
    expect(column.names).toEqual(["一"]);
    sections.codes[1] = 0;
    expect(textAt(column, 1)).toBe("一");
  });

  it("gives back every text it was given, runs of one text and nulls between them included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom("县市区", "市直单位", "", "A"), { nil: null })),
        (texts) => {
          const coded = new CodedTexts(texts.length);
          texts.forEach((t, i) => coded.set(i, t));
          expect(texts.map((_, i) => textAt(coded, i))).toEqual(texts);
          expect(coded.names).toEqual([...new Set(texts.filter((t) => t !== null))]);
        },
      ),
    );
  });
});
