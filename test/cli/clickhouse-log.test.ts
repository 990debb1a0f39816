import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clickhouseServer } from "../../src/cli/tickets/clickhouse-log";

describe("a ClickHouse address", () => {
  it("takes the HTTP port, user and database from the address, the password from the environment", () => {
    expect(
      clickhouseServer("clickhouse://clerk@10.0.0.9/hotline", { GOVRANK_DB_PASSWORD: "pw" }),
    ).toEqual({
      endpoint: "http://10.0.0.9:8123/",
      user: "clerk",
      database: "hotline",
      password: "pw",
    });
    expect(clickhouseServer("clickhouses://h:9443", {})).toEqual({
      endpoint: "https://h:9443/",
      user: "default",
      database: "default",
      password: "",
    });
  });

  it("reads the password from the file GOVRANK_DB_PASSWORD_FILE names, without its line end", () => {
    const file = join(mkdtempSync(join(tmpdir(), "govrank-pw-")), "pw");
    writeFileSync(file, "口令 with space\n");
    expect(
      clickhouseServer("clickhouse://u@h/db", { GOVRANK_DB_PASSWORD_FILE: file }).password,
    ).toBe("口令 with space");
    expect(() =>
      clickhouseServer("clickhouse://u@h/db", { GOVRANK_DB_PASSWORD_FILE: `${file}.missing` }),
    ).toThrow("GOVRANK_DB_PASSWORD_FILE");
  });
});
