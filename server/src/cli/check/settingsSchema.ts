/**
 * The `sxs.*` settings the extension declares (`contributes.configuration.properties` of
 * `package.json`), read from the manifest beside the running code: the same file in the
 * repository, the npm package and the .vsix, so the command line knows every setting the editor does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SettingsSchema } from './settingsFile';

export function manifestSettingsSchema(from: string = __dirname): SettingsSchema {
  for (let folder = from; ; folder = path.dirname(folder)) {
    const file = path.join(folder, 'package.json');
    if (fs.existsSync(file)) {
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; contributes?: { configuration?: { properties?: SettingsSchema } } };
      if (manifest.name === 'sxs-authoring') return manifest.contributes?.configuration?.properties ?? {};
    }
    if (path.dirname(folder) === folder) throw new Error(`the sxs-authoring package.json was not found above ${from}`);
  }
}
