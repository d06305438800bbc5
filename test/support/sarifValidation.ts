/**
 * SARIF validation against the official tools: the OASIS SARIF 2.1.0 JSON schema (the copy the
 * `@microsoft/sarif-multitool-linux` npm package ships, draft 2020-12) with ajv, and the SARIF
 * Multitool's `validate` with GitHub's rule sets (`Gh;Ghas;Sarif`), which exits 0 even on errors
 * and reports them as error-level results in its own output log.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { repoRoot } from './paths';

const multitoolFolder = path.join(repoRoot, 'node_modules', '@microsoft', 'sarif-multitool-linux');

/** The schema's error messages for a log (empty when valid). */
export function sarifSchemaErrors(log: unknown): string[] {
  const schema = JSON.parse(fs.readFileSync(path.join(multitoolFolder, 'sarif-2.1.0.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** Where the Multitool binary is, or why it cannot run here (then tests skip with the reason). */
export const multitoolMissing: string | false = fs.existsSync(path.join(multitoolFolder, 'Sarif.Multitool')) ? false : `SARIF Multitool not installed in ${multitoolFolder}`;

/** The Multitool's error- and warning-level findings on a SARIF file, as `level ruleId: message` lines. */
export function multitoolFindings(sarifFile: string): string[] {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sxs-sarif-validate-'));
  try {
    const out = path.join(folder, 'validation.sarif');
    execFileSync(path.join(multitoolFolder, 'Sarif.Multitool'), ['validate', sarifFile, '-o', out, '--log', 'ForceOverwrite', '--rule-kind', 'Gh;Ghas;Sarif', '--level', 'Error;Warning'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const log = JSON.parse(fs.readFileSync(out, 'utf8')) as { runs: { results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[] }[] };
    return log.runs.flatMap((run) => run.results ?? []).map((result) => `${result.level ?? 'warning'} ${result.ruleId}: ${result.message.text ?? `${result.message.id} ${result.message.arguments?.join(' ')}`}`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
