import {
  gradeCountsText,
  unitCountsText,
  unitsRankedText,
} from "../../../src/core/score/overall-words";

describe("the run's unit sentences", () => {
  // The Yueyang table: 82 ranked, 8 with no tickets.
  const yueyang = { scoredCount: 82, noTicketCount: 8, invalidCount: 0 };

  it("counts ranked units in both languages", () => {
    expect(unitsRankedText(82, "zh")).toBe("参评单位 82 个");
    expect(unitsRankedText(82, "en")).toBe("82 units ranked");
  });

  it("leaves out counts of zero unless every count is asked for", () => {
    expect(unitCountsText(yueyang, "zh")).toBe("参评单位 82 个，无工单 8 个");
    expect(unitCountsText(yueyang, "zh", true)).toBe(
      "参评单位 82 个，无工单 8 个，数据有误未参评 0 个",
    );
    expect(unitCountsText({ ...yueyang, invalidCount: 2 }, "en")).toBe(
      "82 units ranked, 8 with no tickets, 2 not ranked (data to fix)",
    );
  });

  it("gives each grade's count and share at one decimal (73 of 90 is 81.1 %), none for an empty grade", () => {
    const grades = [
      { label: "A", count: 73, share: 73 / 90 },
      { label: "B", count: 4, share: 4 / 90 },
      { label: "C", count: 0, share: 0 },
    ];
    expect(gradeCountsText(grades, "zh")).toBe("A 73（81.1%）、B 4（4.4%）");
    expect(gradeCountsText(grades, "en")).toBe("A 73 (81.1%), B 4 (4.4%)");
  });
});
