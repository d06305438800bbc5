/** The import report in lines a person reads (command line, editor output). */
import type { ImportReport } from './xliffImport';

/** One summary line, then one line per unit rejected or skipped, then notes. */
export function formatImportReport(path: string, report: ImportReport, dryRun = false): string[] {
  const verb = dryRun ? 'would import' : 'imported';
  const lines = [
    `${path}: ${verb} ${report.imported.length} unit(s); ${report.unchanged} unchanged, ${report.untranslated} untranslated, ${report.rejected.length} rejected, ${report.skipped.length} skipped`,
  ];
  for (const unit of report.rejected) lines.push(`  rejected ${unit.unitId}: ${unit.reason}`);
  for (const unit of report.skipped) lines.push(`  skipped ${unit.unitId}: ${unit.reason}`);
  if (report.notInFile.length) lines.push(`  not in the file (added since the export): ${report.notInFile.join(', ')}`);
  for (const note of report.notes) lines.push(`  note: ${note}`);
  return lines;
}
