import { DIALECTS } from "../../../src/core/tickets/sql-dialect";

describe("SQL dialects", () => {
  it("quote so that no header or value ends the statement, ClickHouse's backslashes included", () => {
    expect(DIALECTS.clickhouse.quoteText("a\\'; DROP TABLE t; --")).toBe(
      "'a\\\\\\'; DROP TABLE t; --'",
    );
    expect(DIALECTS.clickhouse.quoteIdentifier("承办`单位")).toBe("`承办\\`单位`");
    expect(DIALECTS.postgres.quoteText("x'y")).toBe("'x''y'");
    expect(DIALECTS.duckdb.quoteIdentifier('a"b')).toBe('"a""b"');
  });

  it("write literals of the log's clock and move them by whole seconds on ClickHouse", () => {
    // 2022-02-06 23:59:59 as seconds of the log's clock: 1644191999.
    expect(DIALECTS.clickhouse.timestamp(1644191999)).toBe(
      "toDateTime('2022-02-06 23:59:59', 'UTC')",
    );
    expect(DIALECTS.duckdb.timestamp(1644191999)).toBe("TIMESTAMP '2022-02-06 23:59:59'");
    expect(DIALECTS.clickhouse.plusSeconds("t", 5400.5)).toBe("(t + 5400)");
    expect(DIALECTS.clickhouse.plusSeconds("t", 0)).toBe("t");
  });
});
