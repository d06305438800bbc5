/**
 * `node:assert/strict` in the web worker extension host, where Node's own is missing: the
 * browser port of the same module (npm `assert`), its strict mode. buildWebSuite.ts maps the
 * import here.
 */
import { strict } from 'assert';

export = strict;
