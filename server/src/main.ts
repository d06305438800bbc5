/**
 * Node entry of the language server: `node server/out/server.js --stdio` (or `--node-ipc`,
 * as the client starts it). The transport is chosen by vscode-languageserver from argv. The
 * cross-file features read `file:` URIs from the disk and other schemes (virtual workspaces)
 * through the client.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createInterchangeFeature } from './interchangeFeature';
import { nodeTextBuilders } from './nodeTextBuilder';
import { startServer } from './server';
import { clientFileSystem } from './workspace/clientFileSystem';
import { nodeFileSystem } from './workspace/nodeFileSystem';
import { diskOrElse } from './workspace/schemeFileSystem';
import { createWorkspaceFeature } from './workspaceFeature';

const connection = createConnection(ProposedFeatures.all);
const files = diskOrElse(nodeFileSystem, clientFileSystem(connection));
startServer(connection, [createWorkspaceFeature(files), createInterchangeFeature(files)], nodeTextBuilders);
