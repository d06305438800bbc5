/**
 * `sxs SUBCOMMAND [ARGS…]`: the command line of sxs-authoring (the `sxs` bin of the npm
 * package). Finds the subcommand in the registry and runs it; any error becomes one line on
 * stderr and exit code 2, never a stack trace.
 */
import { dispatch } from './dispatch';
import type { CliIo } from './subcommand';

const io: CliIo = {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stdoutIsTty: process.stdout.isTTY === true,
};

// A reader that closes the pipe early (`sxs check | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

dispatch(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sxs: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
