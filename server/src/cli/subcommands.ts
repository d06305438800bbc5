/**
 * The registry of `sxs` subcommands, in the order `sxs --help` lists them. To add one, write
 * `server/src/cli/<name>Command.ts` (or a folder) exporting a `Subcommand`, and add it here.
 */
import { checkCommand } from './check/checkCommand';
import { exportCommand } from './interchange/exportCommand';
import { importCommand } from './interchange/importCommand';
import { tmCommand } from './interchange/tmCommand';
import type { Subcommand } from './subcommand';

export const SUBCOMMANDS: readonly Subcommand[] = [checkCommand, exportCommand, importCommand, tmCommand];
