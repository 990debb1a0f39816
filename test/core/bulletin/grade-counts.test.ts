import { bulletinFor, bulletinText } from "../../../src/core/bulletin/bulletin";
import { publishedEvaluation } from "../../helpers/fixtures";

describe("the grade sentence", () => {
  it("names the grades units have, with 家 and shares over all units, and no empty ones", () => {
    const { reading, evaluation } = publishedEvaluation("yueyang-2017-q2-hotline-composite");
    const text = bulletinText(bulletinFor(reading, evaluation));
    // The published table: 73 A, 4 B, 4 C, no D, 1 E among 90 units (8 without tickets).
    expect(text).toContain(
      "综合评价为A类的责任单位73家，占比81.1%；B类4家，占比4.4%；C类4家，占比4.4%；E类1家，占比1.1%",
    );
    expect(text).not.toContain("D类0家");
  });
});
