/**
 * What a subcommand of `sxs` is: a name, a one-line summary, its usage text and a `run` that
 * returns the exit code. Subcommands write through `CliIo` only, so tests run them in process.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a subcommand reads and writes; `process` in the real command line. */
export interface CliIo {
  /** The folder relative paths start from. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Writes to standard output (text as given: add the newlines). */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether standard output is a terminal (colour is used only then). */
  readonly stdoutIsTty: boolean;
}

/** One subcommand of `sxs`. */
export interface Subcommand {
  /** `check`, `export`, …: the first argument that selects it. */
  readonly name: string;
  /** One line for `sxs --help`. */
  readonly summary: string;
  /** Full help text for `sxs NAME --help`, starting with `usage: sxs NAME …`. */
  readonly usage: string;
  /** Runs with the arguments after the name; resolves to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Exit codes shared by every subcommand. */
export const EXIT = {
  /** Nothing to report. */
  ok: 0,
  /** Something was found that fails the run (`sxs check`: a finding at or above `--fail-on`). */
  findings: 1,
  /** Bad arguments, bad configuration, or input that could not be read. */
  usage: 2,
} as const;

/**
 * A mistake of the user (an unknown option, a missing file, a config that does not parse):
 * printed as one line, without a stack trace, with exit code 2.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    /** Whether to print the subcommand's usage after the message. */
    readonly showUsage = false,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * `node:util` `parseArgs` in strict mode, its errors turned into `UsageError`s with the
 * subcommand's usage shown.
 */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error), true);
  }
}
