/**
 * The `sxs.*` settings the language server reads, their defaults, and how a raw configuration
 * object from the client becomes a checked settings value. Pure: the server fetches the raw
 * object through `workspace/configuration`; features receive the checked value.
 */
import { CHECK_CODES } from './checks/checkCodes';
import type { Severity } from './checks/finding';

/** A severity a user may choose for a code; `off` hides the code. */
export type SeveritySetting = Severity | 'off';

/** The settings of one document (settings may differ per workspace folder). */
export interface SxsSettings {
  /** Code → chosen severity; codes not listed keep their default from `CHECK_CODES`. */
  readonly severity: Readonly<Record<string, SeveritySetting>>;
  /** Above this size (in UTF-16 code units, about bytes), only structure checks run. */
  readonly maxFileSize: number;
  /** Whether the outline lists the units under each heading. */
  readonly outlineShowUnits: boolean;
  /** TMX files whose entries join the translation memory (`sxs.translationMemory.files`), as written. */
  readonly translationMemoryFiles: readonly string[];
}

/** Default for `sxs.maxFileSize`, in megabytes. */
export const DEFAULT_MAX_FILE_SIZE_MB = 5;

/** The settings when the client sends none. */
export const DEFAULT_SETTINGS: SxsSettings = {
  severity: {},
  maxFileSize: DEFAULT_MAX_FILE_SIZE_MB * 1024 * 1024,
  outlineShowUnits: false,
  translationMemoryFiles: [],
};

const SEVERITY_SETTINGS: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

/**
 * Reads the `sxs` section of the configuration. Anything of the wrong type is ignored, so a
 * typo in settings.json never stops the server.
 */
export function readSettings(section: unknown): SxsSettings {
  const raw = isObject(section) ? section : {};
  const diagnostics = isObject(raw.diagnostics) ? raw.diagnostics : {};
  const outline = isObject(raw.outline) ? raw.outline : {};
  const severity: Record<string, SeveritySetting> = {};
  if (isObject(diagnostics.severity)) {
    for (const [code, value] of Object.entries(diagnostics.severity)) {
      const normalized = typeof value === 'string' ? value.toLowerCase() : '';
      // `info` is what users type; the LSP word is `information`.
      const chosen = normalized === 'info' ? 'information' : normalized;
      if (SEVERITY_SETTINGS.has(chosen)) severity[stripSourcePrefix(code)] = chosen as SeveritySetting;
    }
  }
  const megabytes = typeof raw.maxFileSize === 'number' && Number.isFinite(raw.maxFileSize) && raw.maxFileSize > 0 ? raw.maxFileSize : DEFAULT_MAX_FILE_SIZE_MB;
  return {
    severity,
    maxFileSize: Math.round(megabytes * 1024 * 1024),
    outlineShowUnits: typeof outline.showUnits === 'boolean' ? outline.showUnits : DEFAULT_SETTINGS.outlineShowUnits,
    translationMemoryFiles: isObject(raw.translationMemory) && Array.isArray(raw.translationMemory.files) ? raw.translationMemory.files.filter((file): file is string => typeof file === 'string' && file.trim() !== '') : [],
  };
}

/** The severity of a code under these settings: the user's choice, else the table's default. */
export function severityOf(code: string, settings: SxsSettings): SeveritySetting {
  return severitiesOf(settings)(code);
}

const severityTables = new WeakMap<SxsSettings, (code: string) => SeveritySetting>();

/**
 * `severityOf` for one settings value, each code's answer remembered: the diagnostics of a large
 * article ask it for tens of thousands of findings per version, and a property lookup by a
 * varying key on the settings and the code table costs many times a `Map` hit.
 */
export function severitiesOf(settings: SxsSettings): (code: string) => SeveritySetting {
  let table = severityTables.get(settings);
  if (!table) {
    const known = new Map<string, SeveritySetting>();
    table = (code) => {
      let severity = known.get(code);
      if (severity === undefined) {
        severity = settings.severity[code] ?? (CHECK_CODES as Record<string, { severity: Severity } | undefined>)[code]?.severity ?? 'warning';
        known.set(code, severity);
      }
      return severity;
    };
    severityTables.set(settings, table);
  }
  return table;
}

/** `sxs.link-target` and `link-target` name the same code in settings. */
function stripSourcePrefix(code: string): string {
  return code.startsWith('sxs.') ? code.slice(4) : code;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
