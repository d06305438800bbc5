/**
 * `npm start`: the packaged extension in a real VS Code (code-server) on 127.0.0.1, with the
 * sample articles as the workspace. Prints the URL to open in a browser and runs until Ctrl-C.
 * The extension is reinstalled from the fresh .vsix at each start; user settings and state
 * persist in .vscode-test/start/. Port: SXS_PORT, else 8080, else any free one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installExtensionIntoCodeServer, quietWorkbenchSettings, RunningCodeServer, startCodeServer, writeUserSettings } from '../test/harness/codeServer';
import { findFreeLoopbackPort, isLoopbackPortFree } from '../test/harness/freePort';
import { openPersistentRunDirectory } from '../test/harness/runDirectory';
import { packagedExtensionFile, repositoryRoot, samplesFolder } from '../test/harness/toolPaths';

async function main(): Promise<void> {
  const vsix = packagedExtensionFile();
  const runDirectory = openPersistentRunDirectory('start');
  // First start only: later the user's own settings win.
  if (!fs.existsSync(path.join(runDirectory.userDataDirectory, 'User', 'settings.json'))) writeUserSettings(runDirectory, quietWorkbenchSettings);
  installExtensionIntoCodeServer(runDirectory, vsix);

  let codeServer: RunningCodeServer | undefined;
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping code-server…');
    await codeServer?.stop();
    fs.rmSync(runDirectory.temporaryDirectory, { recursive: true, force: true });
    process.exit(0);
  };
  // Installed before code-server starts, so Ctrl-C during start-up stops it too.
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  const preferredPort = Number(process.env.SXS_PORT ?? 8080);
  const port = (await isLoopbackPortFree(preferredPort)) ? preferredPort : await findFreeLoopbackPort();
  codeServer = await startCodeServer({ runDirectory, workspaceFolder: samplesFolder, smokeTestDriver: false, port });

  console.log(`\nSxS Localized Authoring (${path.basename(vsix)}) is running in VS Code (code-server) with the sample articles:\n`);
  console.log(`    ${codeServer.workspaceUrl()}\n`);
  console.log(`Open that URL in a browser on this machine. Log: ${path.relative(repositoryRoot, runDirectory.codeServerLogFile)}. Ctrl-C stops it.`);
  // code-server runs detached; stay alive (and stop it) until interrupted.
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
