import { gradeBandsFromTable } from "../../../src/core/grade/grade";
import { gradeFor, parseGradeBands } from "../../../src/core/grade/grade";

describe("grades", () => {
  it.each([
    [100, "A"],
    [95, "A"],
    [94.9, "B"],
    [90, "B"],
    [89.5, "C"],
    [80, "C"],
    [70, "D"],
    [60, "D"],
    [40, "E"],
  ])("gives %p the default grade %p", (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });

  it("reads bands written as text and refuses bands out of order", () => {
    expect(parseGradeBands("优:90，良:80，中:60，差")).toEqual({
      bands: [
        { label: "优", min: 90 },
        { label: "良", min: 80 },
        { label: "中", min: 60 },
        { label: "差" },
      ],
    });
    expect(parseGradeBands("A:80,B:90,C")).toHaveProperty("error");
    expect(parseGradeBands("A,B:90")).toHaveProperty("error");
  });
});

describe("gradeBandsFromTable", () => {
  it("orders rows typed in any order, highest floor first and the open band last", () => {
    expect(
      gradeBandsFromTable([
        { min: 80, label: "C" },
        { label: "E" },
        { min: 95, label: "A" },
        { min: 90, label: "B" },
      ]),
    ).toEqual({
      bands: [
        { min: 95, label: "A" },
        { min: 90, label: "B" },
        { min: 80, label: "C" },
        { label: "E" },
      ],
    });
  });

  it("refuses two bands without a floor", () => {
    expect(gradeBandsFromTable([{ label: "A" }, { label: "B" }])).toHaveProperty("error");
  });
});
