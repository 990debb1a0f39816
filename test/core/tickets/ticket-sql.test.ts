import { ticketsComposite } from "../../../src/core/tickets/builtin-rules";
import { resolveRules } from "../../../src/core/tickets/resolve-rules";
import {
  quoteIdentifier,
  quoteText,
  tallyFromRows,
  ticketQuery,
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

  it("groups the log every way at once (GROUPING SETS)", () => {
    const q = ticketQuery(
      resolved,
      {
        from: "tickets",
        columns: { id: '"编号"', unit: '"单位"', closed: '"办结"', callback: '"回访"' },
      },
      "postgres",
    );
    expect(q.match(/FROM tickets/g)).toHaveLength(2);
    expect(q).toContain(
      "GROUP BY GROUPING SETS ((g_unit), (g_type), (g_column, g_category), (g_column), ())",
    );
    expect(q).toContain("TIMESTAMP '2022-02-06 23:59:59'");
    expect(q).toContain('COLLATE "C"');
    // Grouped first by the texts as written and the per-ticket tests, then counted per group.
    expect(q).toContain("count(*) AS w");
    expect(q).toContain("array_agg(ticket) FILTER");
    const duck = { from: "t", columns: { id: '"i"', unit: '"u"', callback: '"c"' } };
    expect(ticketQuery(resolved, duck, "duckdb")).toContain("list(ticket) FILTER");
  });

  it("reads the log a second time only for the ticket numbers behind the traced counts", () => {
    const source = {
      from: "tickets",
      columns: { id: '"编号"', unit: '"单位"', callback: '"回访"' },
    };
    const withTraces = ticketQuery(resolved, source, "duckdb");
    const without = ticketQuery(resolved, source, "duckdb", { traces: false });
    expect(withTraces.match(/FROM tickets/g)).toHaveLength(2);
    expect(without.match(/FROM tickets/g)).toHaveLength(1);
    expect(without).not.toContain("list(");
    expect(without).not.toContain("AS ticket");
  });

  it("writes ClickHouse 18's SQL: steps nested, the grouping in the one SELECT over the table", () => {
    const source = {
      from: "`tickets_all`",
      columns: { id: "`编号`", unit: "`单位`", closed: "`办结`", callback: "`回访`" },
    };
    const q = ticketQuery(resolved, source, "clickhouse");
    // No CTE, no GROUPING SETS, no TRUE/FALSE, no ticket numbers gathered.
    expect(q).not.toMatch(/\bAS \(/);
    expect(q).not.toContain("GROUPING");
    expect(q).not.toMatch(/\b(TRUE|FALSE)\b/);
    expect(q).not.toContain("groupArray");
    expect(q).toContain("arrayJoin([0, 1, 2, 3, 4]) AS gs");
    // The table read once, by a SELECT that groups (so each shard groups its own tickets).
    expect(q.match(/FROM `tickets_all`/g)).toHaveLength(1);
    expect(q).toMatch(/FROM `tickets_all` GROUP BY x_unit/);
    expect(q).toContain("toDateTime('2022-02-06 23:59:59', 'UTC')");
  });

  it("turns the rows back into the core's tally, set by set", () => {
    const at = (id: string) => resolved.counters.findIndex((c) => c.counter.id === id);
    const traced = resolved.rules.traced.filter((id) => at(id) >= 0);
    const dissatisfied = traced.indexOf("dissatisfied");
    const tally = tallyFromRows(resolved, [
      {
        gu: 1,
        gt: 1,
        gc: 1,
        gk: 1,
        n: "3",
        first_time: "1640995200",
        last_time: 1641081600,
        [`k${at("received")}`]: 3,
      },
      {
        gu: 0,
        gt: 1,
        gc: 1,
        gk: 1,
        g_unit: "市住建局",
        grp: "",
        [`k${at("transferred")}`]: 2n,
        [`t${dissatisfied}`]: ["B2", "A1"],
      },
      { gu: 1, gt: 0, gc: 1, gk: 1, g_type: "", [`k${at("received")}`]: 3 },
    ]);
    expect(tally.rows).toBe(3);
    expect(tally.total[at("received")]).toBe(3);
    expect(tally.units[0]?.counts[at("transferred")]).toBe(2);
    expect(tally.byType).toEqual([{ key: "", counts: expect.any(Array) }]);
    expect(tally.firstTime).toBe(1640995200);
    expect(tally.trace).toEqual([{ counter: "dissatisfied", unit: "市住建局", ids: ["A1", "B2"] }]);
  });
});
