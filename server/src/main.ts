/**
 * Node entry of the language server: `node server/out/server.js --stdio` (or `--node-ipc`,
 * as the client starts it). The transport is chosen by vscode-languageserver from argv. The
 * cross-file features read the disk, so this entry is where they get the Node file system.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { nodeFileSystem } from './workspace/nodeFileSystem';
import { createInterchangeFeature } from './interchangeFeature';
import { createWorkspaceFeature } from './workspaceFeature';

startServer(createConnection(ProposedFeatures.all), [createWorkspaceFeature(nodeFileSystem), createInterchangeFeature(nodeFileSystem)]);
