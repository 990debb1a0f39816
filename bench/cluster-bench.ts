/**
 * Ticket logs on a ClickHouse cluster: the bench log (tickets-data.ts, the same rows) generated
 * inside two local ClickHouse servers, half on each shard, times as DateTime on China's clock as a
 * warehouse stores them; govrank's count through the Distributed table beside a bare GROUP BY of
 * the units on the same table. The department table is checked to equal DuckDB's on the Parquet.
 */
import { builtinSchemes } from "../src/core/schemes/builtin";
import { countInClickHouse } from "../src/cli/tickets/clickhouse-log";
import { countWithDuckDb } from "../src/cli/tickets/duckdb-log";
import { NO_PROGRESS } from "../src/cli/tickets/progress";
import { CLERK_PASSWORD, startClickHouseCluster } from "../test/helpers/clickhouse";
import { time, type Timing } from "./harness";

export interface ClusterFigures {
  rows: number;
  govrank: Timing;
  bare: Timing;
}

/** tickets-data.ts's TICKET_SELECT in ClickHouse 18's SQL (no lpad: a leading 1 cut off). */
const CLUSTER_SELECT = (from: number, rows: number) => `
  SELECT
    concat('G', substring(toString(1000000000 + i), 2)) AS \`工单编号\`,
    toDateTime('2022-01-01 00:00:00', 'Asia/Shanghai') + (i * 7919) % 2678400 AS \`受理时间\`,
    concat('张', toString(i % 97)) AS \`来电人\`,
    concat('139', substring(toString(100000000 + i % 100000000), 2)) AS \`联系电话\`,
    ['投诉', '求助', '咨询', '建议', '表扬'][1 + i % 5] AS \`诉求类型\`,
    ['城市管理类', '交通运输类', '社会民生类', '行政管理类', '疫情防控类', '其他'][1 + (i * 31) % 6] AS \`诉求分类\`,
    if(i % 5 < 3, '当场答复', '转办') AS \`办理方式\`,
    if(i % 5 < 3, NULL, concat('单位', toString((i * 13) % 120))) AS \`承办单位\`,
    if(i % 5 < 3, NULL, if((i * 13) % 120 < 20, '县市区', '市直单位')) AS \`单位类别\`,
    if(i % 5 < 3, NULL, toDateTime('2022-02-05 18:00:00', 'Asia/Shanghai')) AS \`办结时限\`,
    if(i % 5 < 3 OR i % 41 = 0, NULL, toDateTime('2022-01-20 00:00:00', 'Asia/Shanghai') + (i * 104729) % 1728000) AS \`办结时间\`,
    if(i % 23 = 0, '是', '否') AS \`是否超期\`,
    if(i % 29 = 0, '1', '0') AS \`重办次数\`,
    ['满意', '基本满意', '不满意', '未回访', '无法联系'][1 + (i * 17) % 5] AS \`回访结果\`,
    if(i % 37 = 0, '是', '否') AS \`是否急件\`
  FROM (SELECT number + ${from} AS i FROM numbers(${rows}))`;

const COLUMNS = [
  "`工单编号` String",
  "`受理时间` DateTime('Asia/Shanghai')",
  "`来电人` String",
  "`联系电话` String",
  "`诉求类型` String",
  "`诉求分类` String",
  "`办理方式` String",
  "`承办单位` Nullable(String)",
  "`单位类别` Nullable(String)",
  "`办结时限` Nullable(DateTime('Asia/Shanghai'))",
  "`办结时间` Nullable(DateTime('Asia/Shanghai'))",
  "`是否超期` String",
  "`重办次数` String",
  "`回访结果` String",
  "`是否急件` String",
].join(", ");

export async function clusterFigures(
  parquet: string,
  rows: number,
  runs: number,
): Promise<ClusterFigures> {
  const cluster = await startClickHouseCluster();
  try {
    const half = Math.floor(rows / 2);
    for (const shard of [0, 1] as const) {
      await cluster.query(
        shard,
        `CREATE TABLE tickets_local (${COLUMNS}) ENGINE = MergeTree ORDER BY tuple()`,
      );
      const from = shard === 0 ? 0 : half;
      await cluster.query(
        shard,
        `INSERT INTO tickets_local ${CLUSTER_SELECT(from, shard === 0 ? half : rows - half)}`,
      );
    }
    await cluster.query(
      0,
      "CREATE TABLE tickets_all AS tickets_local ENGINE = Distributed(govrank, default, tickets_local)",
    );
    const env = { GOVRANK_DB_PASSWORD: CLERK_PASSWORD };
    const count = () =>
      countInClickHouse(cluster.url, "tickets_all", undefined, builtinSchemes(), "zh", env);
    // The same figures as DuckDB on the same rows, or the timing means nothing.
    const onCluster = await count();
    const local = await countWithDuckDb(
      parquet,
      "",
      undefined,
      builtinSchemes(),
      "zh",
      NO_PROGRESS,
      {
        traces: false,
      },
    );
    if (!onCluster.count.ok || !local?.count.ok) throw new Error("a count failed");
    if (
      JSON.stringify(onCluster.count.run.table.rows) !== JSON.stringify(local.count.run.table.rows)
    )
      throw new Error("the cluster's department table differs from DuckDB's");
    const govrank = await time(count, { warmup: 0, runs });
    const bare = await time(
      () => cluster.query(0, "SELECT `承办单位`, count() FROM tickets_all GROUP BY `承办单位`"),
      { warmup: 0, runs },
    );
    return { rows, govrank, bare };
  } finally {
    await cluster.stop();
  }
}
