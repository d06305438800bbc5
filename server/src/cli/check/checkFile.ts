/**
 * Reads and checks one file: what a worker thread does per file. Files too large to hold as
 * a string, binary files and text that is not UTF-8 become a problem naming the file, never an
 * exception.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SxsSettings } from '../../settings';
import { decodeArticle } from './decodeArticle';
import { fileFindings, type FileReport } from './fileFindings';
import type { WorkspaceChecker } from './workspaceChecks';

/** The report of a file, or why it could not be checked. */
export type FileOutcome = { readonly report: FileReport } | { readonly problem: string };

/**
 * The largest file read (256 MiB). Above `sxs.maxFileSize` only the structure checks run; this
 * limit keeps the text well below what a JavaScript string can hold.
 */
export const MAX_READ_BYTES = 256 * 1024 * 1024;

/** `relativePath`: the path reports show (relative to the repository root, `/` separators). */
export function checkFile(absolutePath: string, relativePath: string, settings: SxsSettings, workspace?: WorkspaceChecker): FileOutcome {
  let bytes: Buffer;
  try {
    const size = fs.statSync(absolutePath).size;
    if (size > MAX_READ_BYTES) return { problem: `${relativePath}: skipped, ${(size / 2 ** 20).toFixed(0)} MB is more than the ${MAX_READ_BYTES / 2 ** 20} MB a file may have` };
    bytes = fs.readFileSync(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: `${relativePath}: cannot read the file (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error))})` };
  }
  const decoded = decodeArticle(bytes);
  if ('refused' in decoded) return { problem: `${relativePath}: ${decoded.refused}` };
  const text = decoded.text;
  return { report: fileFindings(relativePath, pathToFileURL(absolutePath).href, text, settings, workspace && ((model, locale) => workspace(absolutePath, text, model, locale))) };
}

/** A report path: relative to the root, with `/` on every platform. */
export function reportPath(root: string, absolutePath: string): string {
  return path.relative(root, absolutePath).split(path.sep).join('/');
}
