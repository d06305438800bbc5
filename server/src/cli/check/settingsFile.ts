/**
 * The `sxs.*` keys of a VS Code `settings.json` (JSONC: comments and trailing commas allowed)
 * as the settings the checks use, so the command line applies what the editor applies. Keys
 * are checked against the extension manifest's configuration schema: a file that does not
 * parse, an unknown `sxs.` key, a value of the wrong type or an unknown code in
 * `sxs.diagnostics.severity` is a `UsageError` naming the file, line and column of each problem.
 * Pure: the text in, settings out.
 */
import Ajv from 'ajv';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type JSONPath, type Node, type ParseError } from 'jsonc-parser';
import { CHECK_CODES } from '../../checks/checkCodes';
import { LineIndex } from '../../core/lineIndex';
import { readSettings, type SxsSettings } from '../../settings';
import { UsageError } from '../subcommand';

/** `contributes.configuration.properties` of the manifest: key → JSON schema. */
export type SettingsSchema = Readonly<Record<string, object>>;

/** Where `[markdown]`-scoped keys live; articles are Markdown, so they apply too, over the plain ones. */
const MARKDOWN_OVERRIDE = '[markdown]';

/** Reads `text` (the content of `file`) into checked settings, or throws a `UsageError` listing every problem. */
export function readSettingsFile(file: string, text: string, schema: SettingsSchema): SxsSettings {
  const lines = new LineIndex(text);
  const at = (offset: number): string => {
    const position = lines.positionAt(offset);
    return `${file}:${position.line + 1}:${position.character + 1}`;
  };
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (errors.length) {
    throw new UsageError(`${errors.map((error) => `${at(error.offset)}: ${describeParseError(error)}`).join('\n')}\n(the file is JSON with comments, as VS Code reads it)`);
  }
  if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) throw new UsageError(`${file}: the settings must be a JSON object`);
  const tree = parseTree(text, [], { allowTrailingComma: true });
  const problems: string[] = [];
  const flat: Record<string, unknown> = {};
  const collect = (object: Record<string, unknown>, prefix: JSONPath): void => {
    for (const [key, setting] of Object.entries(object)) {
      if (!key.startsWith('sxs.')) continue;
      const where = at(nodeAt(tree, [...prefix, key])?.offset ?? 0);
      const problem = checkSetting(key, setting, schema);
      if (problem) problems.push(`${where}: ${problem}`);
      else flat[key] = setting;
    }
  };
  const settings = (value ?? {}) as Record<string, unknown>;
  collect(settings, []);
  const override = settings[MARKDOWN_OVERRIDE];
  if (typeof override === 'object' && override !== null && !Array.isArray(override)) collect(override as Record<string, unknown>, [MARKDOWN_OVERRIDE]);
  if (problems.length) throw new UsageError(problems.join('\n'));
  return readSettings(sectionOf(flat));
}

const ajv = new Ajv({ strict: false, allErrors: true });
const validators = new Map<object, ReturnType<typeof ajv.compile>>();

/** What is wrong with one `sxs.` key and its value, or undefined. */
function checkSetting(key: string, value: unknown, schema: SettingsSchema): string | undefined {
  const property = schema[key];
  if (!property) {
    const known = Object.keys(schema).filter((name) => name.startsWith('sxs.'));
    return `unknown setting '${key}' (known: ${known.join(', ')})`;
  }
  let validate = validators.get(property);
  if (!validate) validators.set(property, (validate = ajv.compile(withoutEditorKeywords(property))));
  if (!validate(value)) {
    const error = validate.errors?.[0];
    const path = error?.instancePath ? `${key}${error.instancePath.replace(/\//g, '.')}` : key;
    const allowed = error?.keyword === 'enum' ? `: one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((entry) => JSON.stringify(entry)).join(', ')}` : '';
    return `'${path}' ${error?.message ?? 'is not valid'}${allowed} (found ${JSON.stringify(value)})`;
  }
  if (key === 'sxs.diagnostics.severity') {
    const unknown = Object.keys(value as object).filter((code) => !(code.replace(/^sxs\./, '') in CHECK_CODES));
    if (unknown.length) return `unknown check code${unknown.length > 1 ? 's' : ''} in '${key}': ${unknown.join(', ')} (the codes are listed in docs/checks/)`;
  }
  return undefined;
}

/** The manifest's property schema without the editor-only annotations ajv does not know. */
function withoutEditorKeywords(property: object): object {
  return Object.fromEntries(Object.entries(property).filter(([keyword]) => !EDITOR_KEYWORDS.has(keyword)));
}

const EDITOR_KEYWORDS = new Set(['markdownDescription', 'markdownEnumDescriptions', 'scope']);

/** Flat keys (`sxs.diagnostics.severity`) as the nested section `readSettings` takes. */
function sectionOf(flat: Record<string, unknown>): Record<string, unknown> {
  const section: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.slice('sxs.'.length).split('.');
    let target = section;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[parts[parts.length - 1]] = value;
  }
  return section;
}

function nodeAt(tree: Node | undefined, path: JSONPath): Node | undefined {
  const node = tree && findNodeAtLocation(tree, path);
  // The key's own node (the property's first child) is where the user looks.
  return node?.parent?.type === 'property' ? node.parent.children?.[0] : node;
}

function describeParseError(error: ParseError): string {
  const words = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
