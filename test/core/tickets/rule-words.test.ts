import { ticketsComposite } from "../../../src/core/tickets/builtin-rules";
import { resolveRules } from "../../../src/core/tickets/resolve-rules";
import { conditionWords, ruleLines } from "../../../src/core/tickets/rule-words";
import { checkRules } from "../../../src/core/tickets/ticket-rules";

describe("the rules in words", () => {
  it("says each kind of condition", () => {
    expect(conditionWords({ field: "callback", in: ["满意", "基本满意"] }, "zh", undefined)).toBe(
      "回访结果为“满意”“基本满意”之一",
    );
    expect(conditionWords({ field: "unit", filled: false }, "zh", undefined)).toBe("承办单位为空");
    expect(conditionWords({ field: "reworkCount", above: 0 }, "zh", undefined)).toBe(
      "重办次数大于0",
    );
    expect(conditionWords({ field: "closed", after: "dueBy" }, "zh", undefined)).toBe(
      "办结时间晚于办结时限",
    );
    expect(conditionWords({ field: "closed", notAfter: "cutoff" }, "zh", "2022-02-06")).toBe(
      "办结时间不晚于截止日（2022-02-06）当天结束",
    );
    expect(conditionWords({ not: { field: "overdue", in: ["是"] } }, "en", undefined)).toBe(
      'not (Overdue is "是")',
    );
  });

  it("names the counters a rule builds on, and the alternative the log allowed", () => {
    const checked = checkRules({ ...ticketsComposite, cutoff: "2022-02-06" });
    if (!checked.ok) throw new Error("rules");
    const lines = ruleLines(
      resolveRules(checked.rules, new Set(["unit", "closed", "dueBy"])),
      "zh",
    );
    const late = lines.find((l) => l.label === "超期办理");
    expect(late).toEqual({
      label: "超期办理",
      words: "属于“已办结”，且办结时间晚于办结时限",
      alternative: "第2种口径（共2种）",
    });
  });
});
