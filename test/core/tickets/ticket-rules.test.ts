import { BUILTIN_TICKET_RULES, ticketsComposite } from "../../../src/core/tickets/builtin-rules";
import { checkRules } from "../../../src/core/tickets/ticket-rules";

describe("counting rules", () => {
  it("accepts every built-in rule set", () => {
    for (const rules of BUILTIN_TICKET_RULES) expect(checkRules(rules).ok).toBe(true);
  });

  it("refuses a counter used before it is defined, an unknown column and an unknown output", () => {
    const early = checkRules({
      ...ticketsComposite,
      counters: [{ id: "late", label: { zh: "超期", en: "Late" }, when: [{ counter: "handled" }] }],
      outputs: [{ field: "late", count: "late" }],
      headline: { received: "late" },
      unitCounter: "late",
      traced: [],
    });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.errors[0]?.zh).toContain("引用了在它之前没有定义的计数项 handled");
    const column = checkRules({ ...ticketsComposite, scope: [{ field: "电话", in: ["x"] }] });
    expect(column.ok).toBe(false);
    const output = checkRules({
      ...ticketsComposite,
      outputs: [{ field: "due", count: "nothing" }],
    });
    expect(output.ok).toBe(false);
    if (!output.ok) expect(output.errors.map((e) => e.zh)).toContain("没有名为 nothing 的计数项");
  });
});
