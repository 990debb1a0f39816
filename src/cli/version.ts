/** govrank's version, from package.json (the CLI runs from the source tree through tsx). */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}
