/**
 * A real two-shard ClickHouse cluster for the warehouse tests: Debian's `clickhouse-server`, two
 * servers on loopback ports, each with its own data folder, both knowing the cluster `govrank` of
 * two shards (one server each). Stopped by their own process ids and their folders removed, also
 * when the test process ends early. scripts/test-all.sh installs the package; without it this
 * says so and fails.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./postgres";

const BINARIES = ["/usr/bin/clickhouse-server", "/usr/sbin/clickhouse-server"];

export interface ClickHouseCluster {
  /** The first server's address for `--db` (HTTP port, database `default`). */
  url: string;
  /** A statement on shard 0 or 1 (its HTTP port); the rows as text. */
  query(shard: 0 | 1, sql: string): Promise<string>;
  stop(): Promise<void>;
}

function config(dir: string, http: number, tcp: number, shards: number[]): string {
  const shard = (port: number) =>
    `<shard><replica><host>127.0.0.1</host><port>${port}</port></replica></shard>`;
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${dir}/server.log</log><errorlog>${dir}/error.log</errorlog></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${http}</http_port>
  <tcp_port>${tcp}</tcp_port>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>5368709</mark_cache_size>
  <remote_servers><govrank>${shards.map(shard).join("")}</govrank></remote_servers>
</yandex>
`;
}

const USERS = `<?xml version="1.0"?>
<yandex>
  <profiles><default></default></profiles>
  <users>
    <default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default>
    <clerk><password>s3cret-口令</password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></clerk>
  </users>
  <quotas><default></default></quotas>
</yandex>
`;

/** The clerk's password on the test cluster (a user `clerk`, given through the environment). */
export const CLERK_PASSWORD = "s3cret-口令";

async function post(port: number, sql: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: sql });
  const text = await response.text();
  if (!response.ok) throw new Error(`ClickHouse: ${text}`);
  return text;
}

async function ready(port: number, child: ChildProcess, dir: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null)
      throw new Error(`clickhouse-server exited (${child.exitCode}); see ${dir}/error.log`);
    try {
      if ((await (await fetch(`http://127.0.0.1:${port}/ping`)).text()).startsWith("Ok")) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`clickhouse-server did not answer on ${port}`);
}

export async function startClickHouseCluster(): Promise<ClickHouseCluster> {
  const binary = BINARIES.find(existsSync);
  if (!binary)
    throw new Error(
      "ClickHouse is not installed: run `apt-get install -y clickhouse-server` (scripts/test-all.sh does)",
    );
  const root = mkdtempSync(join(tmpdir(), "govrank-ch-"));
  const ports = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const [http0 = 0, tcp0 = 0, http1 = 0, tcp1 = 0] = ports;
  const http = [http0, http1];
  const children: ChildProcess[] = [];
  const stopAll = () => {
    for (const c of children) if (c.exitCode === null && c.pid) process.kill(c.pid, "SIGKILL");
  };
  process.once("exit", stopAll);
  try {
    for (const [i, [h, t]] of [
      [http0, tcp0],
      [http1, tcp1],
    ].entries()) {
      const dir = join(root, `shard${i}`);
      for (const sub of ["data", "tmp"]) mkdirSync(join(dir, sub), { recursive: true });
      writeFileSync(join(dir, "users.xml"), USERS);
      writeFileSync(join(dir, "config.xml"), config(dir, h ?? 0, t ?? 0, [tcp0, tcp1]));
      const child = spawn(binary, [`--config-file=${join(dir, "config.xml")}`], {
        cwd: dir,
        stdio: "ignore",
      });
      children.push(child);
      await ready(h ?? 0, child, dir);
    }
  } catch (error) {
    stopAll();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `clickhouse://clerk@127.0.0.1:${http0}/default`,
    query: (shard, sql) => post(http[shard] ?? 0, sql),
    async stop() {
      await Promise.all(
        children.map(
          (c) =>
            new Promise<void>((resolve) => {
              if (c.exitCode !== null || !c.pid) return resolve();
              const timer = setTimeout(() => c.pid && process.kill(c.pid, "SIGKILL"), 10_000);
              c.once("exit", () => {
                clearTimeout(timer);
                resolve();
              });
              process.kill(c.pid, "SIGTERM");
            }),
        ),
      );
      process.removeListener("exit", stopAll);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
