/**
 * Synthetic ticket logs for the benchmarks, written by DuckDB (seconds for millions of rows): a
 * platform-like export with personal columns, times as text, units in two groups.
 */
import { DuckDBInstance } from "@duckdb/node-api";

export const TICKET_SELECT = (rows: number) => `
  SELECT
    'G' || lpad(CAST(i AS VARCHAR), 9, '0') AS "工单编号",
    strftime(TIMESTAMP '2022-01-01' + to_seconds(CAST((i * 7919) % 2678400 AS BIGINT)), '%Y-%m-%d %H:%M:%S') AS "受理时间",
    '张' || CAST(i % 97 AS VARCHAR) AS "来电人",
    '139' || lpad(CAST(i % 100000000 AS VARCHAR), 8, '0') AS "联系电话",
    ['投诉', '求助', '咨询', '建议', '表扬'][1 + i % 5] AS "诉求类型",
    ['城市管理类', '交通运输类', '社会民生类', '行政管理类', '疫情防控类', '其他'][1 + (i * 31) % 6] AS "诉求分类",
    CASE WHEN i % 5 < 3 THEN '当场答复' ELSE '转办' END AS "办理方式",
    CASE WHEN i % 5 < 3 THEN NULL ELSE '单位' || CAST((i * 13) % 120 AS VARCHAR) END AS "承办单位",
    CASE WHEN i % 5 < 3 THEN NULL WHEN (i * 13) % 120 < 20 THEN '县市区' ELSE '市直单位' END AS "单位类别",
    CASE WHEN i % 5 < 3 THEN NULL ELSE '2022-02-05 18:00:00' END AS "办结时限",
    CASE WHEN i % 5 < 3 OR i % 41 = 0 THEN NULL ELSE strftime(TIMESTAMP '2022-01-20' + to_seconds(CAST((i * 104729) % 1728000 AS BIGINT)), '%Y-%m-%d %H:%M:%S') END AS "办结时间",
    CASE WHEN i % 23 = 0 THEN '是' ELSE '否' END AS "是否超期",
    CASE WHEN i % 29 = 0 THEN '1' ELSE '0' END AS "重办次数",
    ['满意', '基本满意', '不满意', '未回访', '无法联系'][1 + (i * 17) % 5] AS "回访结果",
    CASE WHEN i % 37 = 0 THEN '是' ELSE '否' END AS "是否急件"
  FROM range(${rows}) t(i)`;

/** Parquet as a data platform writes it: times as TIMESTAMP columns, the rest as text. */
const TYPED = (rows: number) => `
  SELECT * REPLACE (
    CAST("受理时间" AS TIMESTAMP) AS "受理时间",
    CAST("办结时限" AS TIMESTAMP) AS "办结时限",
    CAST("办结时间" AS TIMESTAMP) AS "办结时间")
  FROM (${TICKET_SELECT(rows)})`;

export async function writeTicketLog(
  path: string,
  rows: number,
  format: "csv" | "parquet",
): Promise<void> {
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  const target = path.replace(/'/g, "''");
  await connection.run(
    `COPY (${format === "csv" ? TICKET_SELECT(rows) : TYPED(rows)}) TO '${target}' (${format === "csv" ? "FORMAT csv, HEADER true" : "FORMAT parquet"})`,
  );
  connection.closeSync();
  db.closeSync();
}
