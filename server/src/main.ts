/**
 * Node entry of the language server: `node server/out/server.js --stdio` (or `--node-ipc`,
 * as the client starts it). The transport is chosen by vscode-languageserver from argv.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
