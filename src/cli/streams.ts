/** Where the command line writes, and what its exit codes mean. */
export interface Output {
  write(text: string): unknown;
}

export interface Streams {
  stdout: Output;
  stderr: Output;
}

/** Done; warnings allowed. */
export const EXIT_OK = 0;
/** The input cannot be used: the problems are printed. */
export const EXIT_BAD_INPUT = 1;
/** The command was not written right. */
export const EXIT_USAGE = 2;
/** A bug in govrank, not the input's fault. */
export const EXIT_INTERNAL = 3;
