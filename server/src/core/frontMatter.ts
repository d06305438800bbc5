/**
 * The YAML front matter: found by its delimiters (leniently: trailing spaces and CRLF occur in
 * real files), parsed by js-yaml's safe loader, with the localization keys picked out. (js-yaml
 * directly, not a front-matter package: those reach for Node's `Buffer`, absent in a web worker.)
 */
import { safeLoad } from 'js-yaml';
import { detached } from './detached';
import type { FrontMatter, LocalizationKeys } from './model';

// Sticky, so it matches at `lastIndex` (after a BOM too); a `^` would only ever match at 0.
const OPENING = /---[ \t]*(?:\r\n|\n|\r)/y;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/gm;

const KEY_NAMES: Record<keyof LocalizationKeys, string> = {
  contentLocale: 'ms.contentlocale',
  translationType: 'ms.translationtype',
  locFileId: 'ms.locfileid',
  sourceGitCommit: 'ms.sourcegitcommit',
  openLocFileHash: 'ms.openlocfilehash',
  lastHandoff: 'ms.lasthandoff',
  assetId: 'ms.assetid',
};

/** The front matter starting at `start` (0, or 1 after a byte-order mark), or undefined. */
export function readFrontMatter(text: string, start: number): FrontMatter | undefined {
  OPENING.lastIndex = start;
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const contentStart = start + opening[0].length;
  CLOSING.lastIndex = contentStart;
  const closing = CLOSING.exec(text);
  if (!closing) return undefined;
  const contentRange = { start: contentStart, end: closing.index };
  // A copy: the front matter is kept from version to version, its values sliced from this string.
  const yaml = detached(text.slice(contentRange.start, contentRange.end));
  const { data, error } = parseYaml(yaml);
  return {
    range: { start, end: closing.index + closing[0].length },
    contentRange,
    data,
    error,
    keys: data ? localizationKeys(data) : {},
  };
}

function parseYaml(yaml: string): { data: Record<string, unknown> | undefined; error: string | undefined } {
  try {
    // The line break stands for the opening `---`, so js-yaml's line numbers are the file's.
    const data = safeLoad(`\n${yaml}`);
    return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, error: undefined };
  } catch (error) {
    return { data: undefined, error: error instanceof Error ? error.message : String(error) };
  }
}

function localizationKeys(data: Record<string, unknown>): LocalizationKeys {
  const keys: Record<string, string> = {};
  for (const [property, yamlKey] of Object.entries(KEY_NAMES)) {
    const value = data[yamlKey];
    if (value === undefined || value === null) continue;
    keys[property] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  }
  return keys;
}
