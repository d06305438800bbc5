/**
 * How a unit status looks wherever it is shown (Segments view, Go to Segment, status bar
 * tooltip): a codicon in a theme colour, and a name.
 */
import * as vscode from 'vscode';
import type { UnitStatus } from '../../../server/src/protocol';

const icons: Record<UnitStatus, { readonly icon: string; readonly color: string }> = {
  ok: { icon: 'pass', color: 'testing.iconPassed' },
  finding: { icon: 'warning', color: 'problemsWarningIcon.foreground' },
  empty: { icon: 'circle-large-outline', color: 'charts.orange' },
  stale: { icon: 'history', color: 'charts.yellow' },
  unchanged: { icon: 'copy', color: 'charts.blue' },
  broken: { icon: 'error', color: 'problemsErrorIcon.foreground' },
};

/** The icon of a status, coloured by the theme. */
export function statusIcon(status: UnitStatus): vscode.ThemeIcon {
  return new vscode.ThemeIcon(icons[status].icon, new vscode.ThemeColor(icons[status].color));
}

/** The codicon id of a status, for `$(id)` in labels that take no ThemeIcon. */
export function statusCodicon(status: UnitStatus): string {
  return icons[status].icon;
}

/** The name of a status, in the UI language. */
export function statusLabel(status: UnitStatus): string {
  switch (status) {
    case 'ok':
      return vscode.l10n.t('OK');
    case 'finding':
      return vscode.l10n.t('findings');
    case 'empty':
      return vscode.l10n.t('empty');
    case 'stale':
      return vscode.l10n.t('English changed');
    case 'unchanged':
      return vscode.l10n.t('same as English');
    case 'broken':
      return vscode.l10n.t('broken markup');
  }
}

/** `1 unit`, `27 units`. */
export function unitCountText(count: number): string {
  return count === 1 ? vscode.l10n.t('1 unit') : vscode.l10n.t('{0} units', count);
}

/** `1 finding`, `3 findings`. */
export function findingCountText(count: number): string {
  return count === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', count);
}
