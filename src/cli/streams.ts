/** Where the command line writes, and what its exit codes mean. */
export interface Output {
  write(text: string): unknown;
}

export interface Streams {
  stdout: Output;
  stderr: Output;
  /**
   * Where a progress line goes, as is (it rewrites itself with a carriage return): the terminal
   * when stderr is one, else absent and no progress is shown. Only govrank's own text goes here.
   */
  progress?: Output | undefined;
}

/** Done; warnings allowed. */
export const EXIT_OK = 0;
/** The input cannot be used: the problems are printed. */
export const EXIT_BAD_INPUT = 1;
/** The command was not written right. */
export const EXIT_USAGE = 2;
/** A bug in govrank, not the input's fault. */
export const EXIT_INTERNAL = 3;

/**
 * Characters a terminal would act on rather than show — control characters (ESC starts the
 * OSC 52 clipboard write, OSC 8 links, screen clears), C1 controls, bidirectional overrides that
 * reorder what is read, and the non-characters U+FFFE/U+FFFF — written as \uXXXX so a unit name
 * from a file can never drive the clerk's terminal. Tabs and line breaks stay.
 */
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

export function terminalSafe(text: string): string {
  // \uXXXX: readable, and still valid inside the JSON output (all of these are in the BMP).
  return text.replace(
    UNSAFE,
    (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}

/** The streams with everything written made terminal-safe. */
export function safeStreams(io: Streams): Streams {
  return {
    stdout: { write: (text: string) => io.stdout.write(terminalSafe(text)) },
    stderr: { write: (text: string) => io.stderr.write(terminalSafe(text)) },
    progress: io.progress,
  };
}
