/** govrank's version: package.json's, inlined when the CLI is bundled. */
import { version } from "../../package.json";

export function packageVersion(): string {
  return version;
}
