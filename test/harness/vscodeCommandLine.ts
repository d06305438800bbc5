/** Reads the command line that `@vscode/test-electron` passes to a VS Code executable. */

/** The parts of a VS Code command line that the code-server stand-in honours. */
export interface VsCodeCommandLine {
  readonly extensionDevelopmentPaths: readonly string[];
  readonly extensionTestsPath: string | undefined;
  readonly userDataDirectory: string | undefined;
  readonly extensionsDirectory: string | undefined;
  /** Folders and files to open (the arguments that are not flags). */
  readonly pathsToOpen: readonly string[];
}

const flagsWithSeparateValue = new Set(['--extensionDevelopmentPath', '--extensionTestsPath', '--user-data-dir', '--extensions-dir']);

/**
 * Accepts both `--flag=value` and `--flag value` for the flags it knows; other flags (such as
 * `--no-sandbox` or `--disable-updates`, which mean nothing to code-server) are ignored.
 */
export function parseVsCodeCommandLine(argv: readonly string[]): VsCodeCommandLine {
  const values = new Map<string, string[]>();
  const pathsToOpen: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (!argument.startsWith('--')) {
      pathsToOpen.push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    const flag = equals === -1 ? argument : argument.slice(0, equals);
    if (!flagsWithSeparateValue.has(flag)) continue;
    const value = equals === -1 ? argv[++index] : argument.slice(equals + 1);
    if (value === undefined) throw new Error(`${flag} needs a value`);
    values.set(flag, [...(values.get(flag) ?? []), value]);
  }
  const last = (flag: string): string | undefined => values.get(flag)?.at(-1);
  return {
    extensionDevelopmentPaths: values.get('--extensionDevelopmentPath') ?? [],
    extensionTestsPath: last('--extensionTestsPath'),
    userDataDirectory: last('--user-data-dir'),
    extensionsDirectory: last('--extensions-dir'),
    pathsToOpen,
  };
}
