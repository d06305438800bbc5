/**
 * Where an exported article's XLIFF goes below the chosen folder: a folder export keeps the
 * articles' subfolders, a single article takes its own name; `.md` becomes `.xlf`. Pure, so it
 * is unit-tested without VS Code.
 */

/** The XLIFF path for `articlePath` (with `/`), relative to the output folder, given the folder that was exported (if any). */
export function xliffFileName(articlePath: string, exportedFolder: string | undefined): string {
  const relative = exportedFolder && articlePath.startsWith(`${exportedFolder.replace(/\/$/, '')}/`) ? articlePath.slice(exportedFolder.replace(/\/$/, '').length + 1) : articlePath.slice(articlePath.lastIndexOf('/') + 1);
  return relative.replace(/\.md$/i, '') + '.xlf';
}
