import { ticketsComposite } from "../../../src/core/tickets/builtin-rules";
import { resolveRules } from "../../../src/core/tickets/resolve-rules";
import {
  quoteIdentifier,
  quoteText,
  tallyFromRows,
  ticketQueries,
} from "../../../src/core/tickets/ticket-sql";
import { checkRules } from "../../../src/core/tickets/ticket-rules";

const checked = checkRules({ ...ticketsComposite, cutoff: "2022-02-06" });
if (!checked.ok) throw new Error("rules");
const resolved = resolveRules(checked.rules, new Set(["id", "unit", "closed", "callback"]));

describe("the rules as SQL", () => {
  it("quotes names and texts so a header or a value cannot end the statement", () => {
    expect(quoteIdentifier('承办"单位')).toBe('"承办""单位"');
    expect(quoteText("x'; DROP TABLE t; --")).toBe("'x''; DROP TABLE t; --'");
  });

  it("reads the log once into a temporary table and groups it", () => {
    const q = ticketQueries(
      resolved,
      {
        from: "tickets",
        columns: { id: '"编号"', unit: '"单位"', closed: '"办结"', callback: '"回访"' },
      },
      "postgres",
    );
    expect(q.setup.startsWith("CREATE TEMPORARY TABLE govrank_scoped AS")).toBe(true);
    expect(q.setup).toContain("TIMESTAMP '2022-02-06 23:59:59'");
    expect(q.queries.units).toContain('COLLATE "C"');
    expect(q.teardown).toBe("DROP TABLE IF EXISTS govrank_scoped");
  });

  it("turns the rows back into the core's tally", () => {
    const k = (id: string) => `k${resolved.counters.findIndex((c) => c.counter.id === id)}`;
    const tally = tallyFromRows(resolved, {
      total: [{ n: "3", first_time: "1640995200", last_time: 1641081600, [k("received")]: 3 }],
      units: [{ key: "市住建局", grp: "", [k("transferred")]: 2n }],
      types: [],
      categories: [],
      columns: [],
      trace: [
        { counter: "dissatisfied", unit: "市住建局", id: "B2" },
        { counter: "dissatisfied", unit: "市住建局", id: "A1" },
      ],
    });
    expect(tally.rows).toBe(3);
    expect(tally.total[resolved.counters.findIndex((c) => c.counter.id === "received")]).toBe(3);
    expect(
      tally.units[0]?.counts[resolved.counters.findIndex((c) => c.counter.id === "transferred")],
    ).toBe(2);
    expect(tally.firstTime).toBe(1640995200);
    expect(tally.trace).toEqual([{ counter: "dissatisfied", unit: "市住建局", ids: ["A1", "B2"] }]);
  });
});
