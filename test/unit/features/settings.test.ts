/** The `sxs` settings as users write them, and what the server makes of them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, readSettings, severityOf } from '../../../server/src/settings';

describe('settings', () => {
  it('no section: the defaults (5 MB, no units in the outline, the table severities)', () => {
    assert.deepEqual(readSettings(undefined), DEFAULT_SETTINGS);
    assert.equal(DEFAULT_SETTINGS.maxFileSize, 5 * 1024 * 1024);
    assert.equal(severityOf('inline-code', DEFAULT_SETTINGS), 'error');
    assert.equal(severityOf('unchanged', DEFAULT_SETTINGS), 'information');
  });

  it('severities by code, with or without the sxs. prefix, `info` accepted, nonsense ignored', () => {
    const settings = readSettings({ diagnostics: { severity: { unchanged: 'off', 'sxs.id-order': 'Error', emphasis: 'info', numbers: 'loud', urls: 3 } } });
    assert.deepEqual(settings.severity, { unchanged: 'off', 'id-order': 'error', emphasis: 'information' });
    assert.equal(severityOf('numbers', settings), 'warning');
    assert.equal(severityOf('an-unknown-code', settings), 'warning');
  });

  it('file size in megabytes; a wrong value keeps the default', () => {
    assert.equal(readSettings({ maxFileSize: 0.5 }).maxFileSize, 512 * 1024);
    assert.equal(readSettings({ maxFileSize: -1 }).maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(readSettings({ maxFileSize: '10' }).maxFileSize, DEFAULT_SETTINGS.maxFileSize);
  });

  it('outline units on request', () => {
    assert.equal(readSettings({ outline: { showUnits: true } }).outlineShowUnits, true);
    assert.equal(readSettings({ outline: { showUnits: 'yes' } }).outlineShowUnits, false);
  });
});
