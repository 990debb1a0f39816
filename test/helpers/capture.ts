/** Streams for calling the CLI's main() in-process, keeping what it prints. */
export function capture() {
  let stdout = "";
  let stderr = "";
  return {
    io: {
      stdout: { write: (t: string) => ((stdout += t), true) },
      stderr: { write: (t: string) => ((stderr += t), true) },
    },
    out: () => stdout,
    err: () => stderr,
  };
}
