/**
 * What every command shares: usage errors (bad options, a missing file) print the message and the
 * help and exit 2; input errors (a file that cannot be read, a table that cannot be used) print
 * the message and exit 1; anything else is a bug and surfaces as one.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { realpath } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "./read-input";
import { UsageError } from "./usage-error";
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

/** Why a write failed, in words that say what to do. */
function writeFailure(output: string, error: unknown): InputError {
  const code = (error as { code?: unknown }).code;
  const detail = (error as Error).message;
  if (code === "ENOSPC")
    return new InputError(
      `无法写入 ${output}：磁盘空间不足。请腾出空间或换一个位置后再试。`,
      `cannot write ${output}: the disk is full. Free some space or write elsewhere.`,
    );
  if (code === "EACCES" || code === "EROFS")
    return new InputError(
      `无法写入 ${output}：没有写入这个位置的权限。请换一个文件夹。`,
      `cannot write ${output}: no permission to write there. Choose another folder.`,
    );
  if (code === "EBUSY" || code === "EPERM")
    return new InputError(
      `无法写入 ${output}：文件正被占用（是否正在 Excel 或 Word 中打开？）。关闭后再试。`,
      `cannot write ${output}: the file is in use (open in Excel or Word?). Close it and retry.`,
    );
  return new InputError(`无法写入 ${output}：${detail}`, `cannot write ${output}: ${detail}`);
}

/**
 * Written beside the target under a name no one can guess, created exclusively (a link planted
 * there is never followed), then renamed: a reader never sees half a file.
 *
 * Synchronously: a command writes its files last, with nothing else to do meanwhile, and each of
 * the three steps through the thread pool cost ~1 ms of waiting after a report's work (~2 ms of
 * a 100-unit report's ~25, #21).
 */
export function writeAtomically(output: string, bytes: Uint8Array): void {
  const partial = join(
    dirname(output),
    `.${basename(output)}.${randomBytes(12).toString("hex")}.partial`,
  );
  try {
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(partial, bytes, { flag: "wx", mode: 0o644 });
    renameSync(partial, output);
  } catch (error) {
    rmSync(partial, { force: true });
    throw writeFailure(output, error);
  }
}

/** A path as the file system resolves it (links followed), or as given when it does not exist. */
async function realPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Refuses an output that is one of the inputs (the table, last period's file, the scheme file),
 * links resolved: last period's workbook must never be overwritten by this period's report.
 */
export async function refuseOverwritingInputs(
  output: string,
  inputs: readonly (string | undefined)[],
): Promise<void> {
  const target = await realPath(output);
  for (const input of inputs)
    if (input !== undefined && (await realPath(input)) === target)
      throw new UsageError(
        `输出文件不能与输入文件相同（${input}）：输入文件不会被覆盖。请换一个输出文件名。Choose an output that is not one of the inputs.`,
      );
}
