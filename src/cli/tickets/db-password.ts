/**
 * The warehouse password, from the environment only: GOVRANK_DB_PASSWORD, or the file that
 * GOVRANK_DB_PASSWORD_FILE names (its one line). Never from the command line, where other users
 * and the shell's history see it; never printed. Undefined when neither is set.
 */
import { readFileSync } from "node:fs";
import { InputError } from "../read-input";

export function dbPassword(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.GOVRANK_DB_PASSWORD) return env.GOVRANK_DB_PASSWORD;
  const file = env.GOVRANK_DB_PASSWORD_FILE;
  if (!file) return undefined;
  try {
    return readFileSync(file, "utf8").replace(/\r?\n$/, "");
  } catch {
    throw new InputError(
      `读不了 GOVRANK_DB_PASSWORD_FILE 指向的密码文件 ${file}。`,
      `cannot read the password file GOVRANK_DB_PASSWORD_FILE names: ${file}.`,
    );
  }
}
