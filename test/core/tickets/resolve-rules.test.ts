import { ticketsComposite } from "../../../src/core/tickets/builtin-rules";
import { missingWords, resolveRules } from "../../../src/core/tickets/resolve-rules";
import { checkRules } from "../../../src/core/tickets/ticket-rules";
import type { TicketRole } from "../../../src/core/tickets/ticket-fields";

const checked = checkRules(ticketsComposite);
if (!checked.ok) throw new Error("rules");
const rules = checked.rules;
const resolve = (roles: TicketRole[]) => resolveRules(rules, new Set(roles));

describe("resolveRules", () => {
  it("takes each counter's first alternative the log's columns allow", () => {
    const withOverdue = resolve(["unit", "mode", "closed", "overdue", "dueBy"]);
    expect(withOverdue.counters.find((c) => c.counter.id === "late")?.alternative).toBe(0);
    const withTimes = resolve(["unit", "mode", "closed", "dueBy"]);
    expect(withTimes.counters.find((c) => c.counter.id === "late")?.alternative).toBe(1);
  });

  it("keeps a reference to a counter resolved before it, so an engine reads that counter's result", () => {
    const r = resolve(["unit", "mode", "closed"]);
    const ids = r.counters.map((c) => c.counter.id);
    const handled = r.counters.find((c) => c.counter.id === "handled");
    expect(handled?.condition).toEqual({
      all: [{ counter: "transferred" }, { field: "closed", notAfter: "cutoff" }],
    });
    expect(ids.indexOf("transferred")).toBeLessThan(ids.indexOf("handled"));
  });

  it("says what a counter lacks, by the columns' names", () => {
    const r = resolve(["unit", "closed"]);
    const rework = r.missing.find((m) => m.counter.id === "rework");
    expect(rework && missingWords(rework).zh).toBe("无法统计“返工”：工单明细中没有重办次数列");
    // Without a 办理方式 column, a ticket is transferred when it names a unit.
    expect(r.counters.find((c) => c.counter.id === "transferred")?.alternative).toBe(1);
  });
});
