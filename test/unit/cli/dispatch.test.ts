/** `sxs SUBCOMMAND`: help, unknown commands and errors as one line with exit code 2. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dispatch } from '../../../server/src/cli/dispatch';
import { parseOptions, UsageError, type Subcommand } from '../../../server/src/cli/subcommand';
import { captureIo } from './captureIo';

const echo: Subcommand = {
  name: 'echo',
  summary: 'prints its arguments',
  usage: 'usage: sxs echo [--loud] WORD…',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { loud: { type: 'boolean' } });
    if (positionals.includes('fail')) throw new UsageError('cannot echo fail');
    if (positionals.includes('crash')) throw new Error('ENOENT: no such file or directory, open \'x\'');
    io.stdout(`${values.loud ? positionals.join(' ').toUpperCase() : positionals.join(' ')}\n`);
    return 0;
  },
};

describe('sxs dispatcher', () => {
  it('runs the named subcommand with the arguments after its name', async () => {
    const io = captureIo();
    assert.equal(await dispatch(['echo', '--loud', 'hi', 'there'], io, [echo]), 0);
    assert.deepEqual(io.out, ['HI THERE\n']);
  });

  it('lists the subcommands for --help (exit 0) and with no argument (exit 2, on stderr)', async () => {
    const help = captureIo();
    assert.equal(await dispatch(['--help'], help, [echo]), 0);
    assert.match(help.out.join(''), /^usage: sxs <command>[\s\S]*echo {2}prints its arguments/);
    const bare = captureIo();
    assert.equal(await dispatch([], bare, [echo]), 2);
    assert.match(bare.err.join(''), /echo {2}prints its arguments/);
  });

  it('prints a subcommand’s usage for NAME --help and help NAME', async () => {
    for (const args of [['echo', '--help'], ['help', 'echo']]) {
      const io = captureIo();
      assert.equal(await dispatch(args, io, [echo]), 0);
      assert.equal(io.out.join(''), 'usage: sxs echo [--loud] WORD…\n');
    }
  });

  it('names an unknown command and an unknown option, with exit code 2 and no stack trace', async () => {
    const unknown = captureIo();
    assert.equal(await dispatch(['ehco'], unknown, [echo]), 2);
    assert.match(unknown.err.join(''), /^sxs: unknown command 'ehco'/);
    const option = captureIo();
    assert.equal(await dispatch(['echo', '--quiet'], option, [echo]), 2);
    assert.match(option.err.join(''), /^sxs echo: Unknown option '--quiet'\n\nusage: sxs echo/);
  });

  it('turns usage errors and other exceptions into one line each', async () => {
    const usage = captureIo();
    assert.equal(await dispatch(['echo', 'fail'], usage, [echo]), 2);
    assert.equal(usage.err.join(''), 'sxs echo: cannot echo fail\n');
    const crash = captureIo();
    assert.equal(await dispatch(['echo', 'crash'], crash, [echo]), 2);
    assert.equal(crash.err.join(''), "sxs echo: ENOENT: no such file or directory, open 'x'\n");
    assert.doesNotMatch(crash.err.join(''), /\n\s+at /);
  });
});
