/**
 * What every command shares: usage errors (bad options, a missing file) print the message and the
 * help and exit 2; input errors (a file that cannot be read, a table that cannot be used) print
 * the message and exit 1; anything else is a bug and surfaces as one.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { InputError } from "./read-input";
import { UsageError } from "./scoring-options";
import { EXIT_BAD_INPUT, EXIT_USAGE, type Streams } from "./streams";

function isParseArgsError(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  const code: unknown = (error as Error & { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

export async function runCommand(
  name: string,
  help: string,
  io: Streams,
  body: () => Promise<number>,
): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`govrank ${name}: ${error.message}\n\n${help}`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.stderr.write(`govrank ${name}: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

/** The one input file a command takes. */
export function oneFile(positionals: readonly string[]): string {
  const [file, ...extra] = positionals;
  if (!file || extra.length)
    throw new UsageError("需要且只需要一个输入文件。Give exactly one input file.");
  return file;
}

/** Written beside the target, then renamed: a reader never sees half a file. */
export async function writeAtomically(output: string, bytes: Uint8Array): Promise<void> {
  const partial = join(dirname(output), `.${basename(output)}.${process.pid}.partial`);
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeFile(partial, bytes);
    await rename(partial, output);
  } catch (error) {
    await rm(partial, { force: true });
    throw new InputError(
      `无法写入 ${output}：${(error as Error).message}（文件是否正在 Excel 或 Word 中打开？）`,
      `cannot write ${output}: ${(error as Error).message} (is it open in Excel or Word?)`,
    );
  }
}
