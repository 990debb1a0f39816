/**
 * A command written wrongly (a flag's value, a missing file): said with what to type instead, exit
 * code 2. Its own module so every option parser can throw it without importing another.
 */
export class UsageError extends Error {}
