/** A `CliIo` that keeps what a subcommand writes, for running subcommands in process. */
import type { CliIo } from '../../../server/src/cli/subcommand';

export interface CapturedIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
}

export function captureIo(cwd = process.cwd(), options: { tty?: boolean; env?: Record<string, string> } = {}): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, env: options.env ?? {}, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), stdoutIsTty: options.tty ?? false, out, err };
}
