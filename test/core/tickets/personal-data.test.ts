import {
  cellsLookPersonal,
  maskPersonal,
  personalKindOfHeader,
} from "../../../src/core/tickets/personal-data";

describe("personal data", () => {
  it("finds personal columns by their header, exact or inside a longer one", () => {
    expect(personalKindOfHeader("联系电话")).toBe("phone");
    expect(personalKindOfHeader("来电人（姓名）")).toBe("name");
    expect(personalKindOfHeader("市民联系电话")).toBe("phone");
    expect(personalKindOfHeader("诉求人身份证号")).toBe("name");
    expect(personalKindOfHeader("证件号码")).toBe("id-number");
    expect(personalKindOfHeader("事发地址")).toBe("address");
    expect(personalKindOfHeader("诉求内容")).toBe("free-text");
    expect(personalKindOfHeader("承办单位")).toBeUndefined();
  });

  it("masks mobile, ID and landline numbers, leaving ticket numbers alone", () => {
    expect(maskPersonal("回电13812341234")).toBe("回电138****1234");
    expect(maskPersonal("身份证420102199001011234")).toBe("身份证420102********1234");
    expect(maskPersonal("42010219900101123X")).toBe("420102********123X");
    expect(maskPersonal("电话0716-8123456")).toBe("电话0716-***3456");
    // A 13-digit ticket number is not a phone; a 16-digit one is not an ID number.
    expect(maskPersonal("JZ20220000078")).toBe("JZ20220000078");
    expect(maskPersonal("2022010100001234")).toBe("2022010100001234");
  });

  it("says a column is personal when a fifth of its cells hold phone or ID numbers", () => {
    expect(cellsLookPersonal(["13812341234", "13912345678", "", null])).toBe(true);
    expect(cellsLookPersonal(["a", "b", "c", "d", "13812341234"])).toBe(true);
    expect(cellsLookPersonal(["a", "b", "c", "d", "e", "13812341234"])).toBe(false);
    expect(cellsLookPersonal(["JZ2022000001", "JZ2022000002"])).toBe(false);
  });
});
