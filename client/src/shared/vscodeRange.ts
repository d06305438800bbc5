/** Protocol ranges (line/character, as the server sends them) as VS Code ranges. */
import * as vscode from 'vscode';

/** A protocol range as a VS Code range. */
export function toRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
