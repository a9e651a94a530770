import * as fsp from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { respondToAppRequest, type AppRouteFolders } from '../../electron/main/app-routes';

export interface AppServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the app origin over http://127.0.0.1:<random port> through the same routes as Electron's app:// handler. */
export async function startAppServer(folders: AppRouteFolders): Promise<AppServer> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    respondToAppRequest(request.method ?? 'GET', pathname, folders, fsp).then(
      (reply) => response.writeHead(reply.status, reply.headers).end(reply.body),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
