/**
 * The real tools the interchange tests run: xmllint with the official schemas, OmegaT, and
 * Translate Toolkit, as `scripts/provision-interchange.sh` installs them (npm test runs it
 * first). A test skips, saying so, only when a tool is not installed.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../../support/paths';

export const schemasDir = path.join(repoRoot, '.interchange-tools', 'schemas');
export const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar';
/** Debian's Python, which has Translate Toolkit's modules (another python3 may come first on PATH). */
export const DEBIAN_PYTHON = '/usr/bin/python3';

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const PROVISION = 'run `bash scripts/provision-interchange.sh` (npm test does)';

/** Why the schema tests cannot run, or false. */
export const xmllintMissing: string | false =
  !onPath('xmllint') ? `xmllint not installed: ${PROVISION}` : !fs.existsSync(path.join(schemasDir, '.complete')) ? `official schemas not unpacked in ${schemasDir}: ${PROVISION}` : false;

export const omegatMissing: string | false = !fs.existsSync(OMEGAT_JAR) || !onPath('java') ? `OmegaT not installed: ${PROVISION}` : false;

export const translateToolkitMissing: string | false = !onPath('xliff2po') || !fs.existsSync(DEBIAN_PYTHON) ? `Translate Toolkit not installed: ${PROVISION}` : false;

/** Runs a tool to completion (never longer than two minutes) and returns what it said. */
export function run(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  const result = spawnSync(command, [...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

/** xmllint against an XSD (`xliff-core-1.2-strict.xsd`, `xliff-core-2.0.xsd`) or the TMX DTD; the exit status and messages. */
export function validate(files: readonly string[], against: 'xliff-1.2' | 'xliff-2.0' | 'tmx'): { status: number | null; output: string } {
  const args =
    against === 'tmx'
      ? ['--noout', '--nonet', '--dtdvalid', path.join(schemasDir, 'tmx', 'tmx14.dtd'), ...files]
      : ['--noout', '--nonet', '--schema', path.join(schemasDir, against === 'xliff-1.2' ? 'xliff-core-1.2-strict.xsd' : 'xliff-core-2.0.xsd'), ...files];
  const result = run('xmllint', args, { env: { ...process.env, XML_CATALOG_FILES: path.join(schemasDir, 'catalog.xml') } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A fresh temporary folder, removed when the process ends. */
export function temporaryFolder(name: string): string {
  const folder = fs.mkdtempSync(path.join(require('node:os').tmpdir(), `sxs-${name}-`));
  process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  return folder;
}
