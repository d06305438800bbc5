/**
 * Picks the subcommand named by the first argument and runs it. `sxs`, `sxs --help` and
 * `sxs help NAME` print help; `sxs --version` the package version. A `UsageError` or any other
 * exception becomes one line on stderr and exit code 2.
 */
import { EXIT, UsageError, type CliIo, type Subcommand } from './subcommand';
import { SUBCOMMANDS } from './subcommands';
import { VERSION } from './version';


/** Runs `sxs ARGS…` and resolves to the exit code. */
export async function dispatch(args: readonly string[], io: CliIo, subcommands: readonly Subcommand[] = SUBCOMMANDS): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h') {
    io[name === undefined ? 'stderr' : 'stdout'](overview(subcommands));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`sxs ${VERSION}\n`);
    return EXIT.ok;
  }
  if (name === 'help') {
    const wanted = rest[0] === undefined ? undefined : subcommands.find((subcommand) => subcommand.name === rest[0]);
    io.stdout(wanted ? withNewline(wanted.usage) : overview(subcommands));
    return EXIT.ok;
  }
  const subcommand = subcommands.find((candidate) => candidate.name === name);
  if (!subcommand) {
    io.stderr(`sxs: unknown command '${name}'\n\n${overview(subcommands)}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(withNewline(subcommand.usage));
    return EXIT.ok;
  }
  try {
    return await subcommand.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`sxs ${subcommand.name}: ${error.message}\n${error.showUsage ? `\n${withNewline(subcommand.usage)}` : ''}`);
    } else {
      io.stderr(`sxs ${subcommand.name}: ${describeError(error)}\n`);
    }
    return EXIT.usage;
  }
}

/** An exception as one line: system errors by their message, never a stack. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function overview(subcommands: readonly Subcommand[]): string {
  const width = Math.max(...subcommands.map((subcommand) => subcommand.name.length));
  const lines = subcommands.map((subcommand) => `  ${subcommand.name.padEnd(width)}  ${subcommand.summary}`);
  return `usage: sxs <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'sxs <command> --help' for a command's options; 'sxs --version' prints the version.\n`;
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
