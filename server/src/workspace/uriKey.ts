/**
 * URIs as map keys. The client and the file system spell the same file differently
 * (`file:///c%3A/Docs/a%20b.md` from VS Code, `file:///C:/Docs/a%20b.md` from Node), so the index
 * compares decoded URIs with a lower-case drive letter and hands back the spelling it listed.
 */

/** The comparable form of a URI: percent-decoding undone, Windows drive letter lower-cased. */
export function uriKey(uri: string): string {
  let key = uri;
  if (key.includes('%')) {
    try {
      key = decodeURIComponent(key);
    } catch {
      // A stray `%` that is no escape: compare the URI as written.
    }
  }
  const drive = /^file:\/\/\/([A-Z]):/.exec(key);
  return drive ? `file:///${drive[1].toLowerCase()}:${key.slice(drive[0].length)}` : key;
}

/** Index of the first path segment of a URI key split on `/` (after scheme and authority). */
export const FIRST_PATH_SEGMENT = 3;
