// Binds the app to a port; the only module that opens a socket.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from './app.ts';

/** Whether a Host header makes a URL; the app builds each request's URL from it. */
function validHost(host: string | undefined): boolean {
  if (!host) return true;
  try {
    new URL(`http://${host}/`);
    return true;
  } catch {
    return false;
  }
}

/** Listens on `host`:`port` (0 for any free port) and resolves with the server and its URL. */
export function listen(app: App, port: number, host: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    if (!validHost(request.headers.host)) {
      response.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ error: 'the Host header is not a host name; expected host or host:port' }));
      return;
    }
    app.fastPath.serve(request, response, app);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({ server, url: `http://${shownHost}:${address.port}` });
    });
  });
}

/** Stops accepting, lets requests in flight finish for up to `graceMs`, then closes what is left. */
export function close(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
