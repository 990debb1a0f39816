/**
 * DuckDB as the peer (#21): the same grid loaded through its appender, scored, graded and ranked
 * (over all units and within each group) in one SQL statement, and the columns read back — end to
 * end, as govrank does it from the grid. ROUND on a double is not half-up on the decimal value, so
 * a score on an exact half can differ; `agreement` counts the units where every figure matches.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { CellGrid } from "../src/core/table/cell-grid";
import type { CellValue } from "../src/core/values/parse-cell";
import type { LimitResult } from "./hand-written-limit";
import { syntheticColumns } from "./synthetic";

export interface PeerResult {
  units: readonly string[];
  scores: ArrayLike<number>;
  grades: readonly string[];
  ranks: ArrayLike<number>;
  groupRanks: ArrayLike<number>;
}

const SQL = `
WITH scored AS (
  SELECT r, name, g, gcode,
         round(30 * (handled / due) + 30 * ((handled - late) / due) + 20 * (1 - rework / due)
               + 20 * (CASE WHEN sat IS NULL OR abs(sat - 1) < 1e-9 THEN 1 ELSE sat END), 1) AS score
  FROM units WHERE due > 0
)
SELECT name, score,
       CASE WHEN score >= 95 THEN 'A' WHEN score >= 90 THEN 'B' WHEN score >= 80 THEN 'C'
            WHEN score >= 60 THEN 'D' ELSE 'E' END AS grade,
       rank() OVER (ORDER BY score DESC) AS overall,
       rank() OVER (PARTITION BY gcode ORDER BY score DESC) AS within
FROM scored ORDER BY gcode, score DESC, r`;

export async function duckdbPeer(
  connection: DuckDBConnection,
  grid: CellGrid,
): Promise<PeerResult> {
  const header = grid.values[0] ?? [];
  const { name, group, due, handled, late, rework, satisfaction: sat } = syntheticColumns(header);
  await connection.run("DROP TABLE IF EXISTS units");
  await connection.run(
    "CREATE TABLE units (r INTEGER, name VARCHAR, g VARCHAR, gcode INTEGER, due DOUBLE, handled DOUBLE, late DOUBLE, rework DOUBLE, sat DOUBLE)",
  );
  const appender = await connection.createAppender("units");
  const codes = new Map<string, number>();
  for (let i = 1; i < grid.values.length; i++) {
    const row = grid.values[i] as CellValue[];
    const g = group >= 0 ? String(row[group] ?? "") : "";
    let code = codes.get(g);
    if (code === undefined) codes.set(g, (code = codes.size));
    appender.appendInteger(i);
    appender.appendVarchar(String(row[name]));
    appender.appendVarchar(g);
    appender.appendInteger(code);
    for (const c of [due, handled, late, rework]) appender.appendDouble(row[c] as number);
    const s = row[sat];
    if (typeof s === "number") appender.appendDouble(s);
    else appender.appendNull();
    appender.endRow();
  }
  appender.closeSync();
  const reader = await connection.runAndReadAll(SQL);
  const [units, scores, grades, ranks, groupRanks] = reader.getColumnsJS() as [
    string[],
    number[],
    string[],
    bigint[],
    bigint[],
  ];
  return {
    units,
    scores,
    grades,
    ranks: ranks.map(Number),
    groupRanks: groupRanks.map(Number),
  };
}

/** Units where DuckDB's name, score, grade, rank and group rank all equal the limit's. */
export function agreement(peer: PeerResult, limit: LimitResult, grouped: boolean): number {
  let same = 0;
  for (let k = 0; k < limit.units.length; k++)
    if (
      peer.units[k] === limit.units[k] &&
      peer.scores[k] === limit.scores[k] &&
      peer.grades[k] === limit.grades[k] &&
      peer.ranks[k] === limit.ranks[k] &&
      (!grouped || peer.groupRanks[k] === limit.groupRanks[k])
    )
      same++;
  return same;
}
