import { methodRows } from "../../../src/core/report/method-rows";
import { builtinScheme } from "../../../src/core/schemes/builtin";

describe("methodRows", () => {
  it("lists BCI's tree in reading order, inner nodes before their leaves, indented by depth", () => {
    const bci = builtinScheme("weibo-bci");
    if (!bci) throw new Error("no BCI");
    const rows = methodRows(bci, "zh");
    expect(rows.slice(0, 3)).toEqual([
      { depth: 0, label: "活跃度 W1", weight: 0.2, transform: undefined },
      { depth: 1, label: "发博数", weight: 0.3, transform: "ln(x + 1)" },
      { depth: 1, label: "原创微博数", weight: 0.7, transform: "ln(x + 1)" },
    ]);
    expect(rows.map((r) => r.weight)).toEqual([0.2, 0.3, 0.7, 0.8, 0.2, 0.2, 0.25, 0.25, 0.1]);
  });

  it("says which leaves are per day and what the complement does", () => {
    const wci = builtinScheme("wechat-wci");
    const composite = builtinScheme("hotline-composite");
    if (!wci || !composite) throw new Error("no scheme");
    expect(methodRows(wci, "zh")[1]).toMatchObject({
      depth: 1,
      label: "阅读总数 ÷ 天数",
      weight: 0.85,
    });
    expect(methodRows(composite, "zh")[2]).toEqual({
      depth: 0,
      label: "返工率",
      weight: 20,
      transform: "(1 − x)",
    });
  });
});
