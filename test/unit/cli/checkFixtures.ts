/** Articles and reports for the `sxs check` unit tests. */
import { DEFAULT_SETTINGS, type SxsSettings } from '../../../server/src/settings';
import type { CheckReport } from '../../../server/src/cli/check/checkReport';
import { fileFindings } from '../../../server/src/cli/check/fileFindings';
import { sxsUnit as unit } from '../../support/sxsUnit';

/** A French article with an error (changed inline code) on line 4 and a warning (id order) later. */
export const DEFECTIVE_ARTICLE = [
  '---',
  'ms.contentlocale: fr-FR',
  '---',
  `# ${unit('f9f29-101', 'Résoudre les erreurs', 'Troubleshoot errors')}`,
  '',
  unit('f9f29-103', 'Exécutez `Get-Foo`.', 'Run `Get-Bar`.'),
  '',
  unit('f9f29-102', 'Bien.', 'Good.'),
  '',
].join('\n');

export const CLEAN_ARTICLE = `${unit('f9f29-101', 'Bonjour.', 'Hello.')}\n`;

/** A report of the given articles as `sxs check` would make it, rooted at `/repo`. */
export function reportOf(articles: Record<string, string>, settings: SxsSettings = DEFAULT_SETTINGS, problems: string[] = []): CheckReport {
  return {
    root: '/repo',
    files: Object.entries(articles).map(([path, text]) => fileFindings(path, `file:///repo/${path}`, text, settings)),
    problems,
    notices: [],
  };
}
