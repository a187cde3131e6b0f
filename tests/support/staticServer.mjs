// A tiny static file server for tests that must change what the server sends while a browser
// is using the app (for example a new sw.js to simulate a release). Serves one directory with
// an SPA fallback to index.html, no caching by the browser's HTTP cache, on 127.0.0.1 and a port
// the operating system picks. Plain JavaScript so any Node tool can use it.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types by file extension. */
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A running server.
 * @typedef {object} StaticServer
 * @property {string} origin The origin it answers on, e.g. http://127.0.0.1:40123.
 * @property {string} root The directory it serves.
 * @property {import('node:http').Server} server The underlying Node server.
 */

/**
 * The content type for a file name.
 * @param {string} file
 * @returns {string}
 */
export function contentTypeFor(file) {
  return (
    /** @type {Record<string, string>} */ (contentTypes)[extname(file).toLowerCase()] ??
    'application/octet-stream'
  );
}

/**
 * The file a URL path names inside root, or undefined when it would leave root.
 * @param {string} root
 * @param {string} pathname
 * @returns {string | undefined}
 */
function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, decoded));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/**
 * Reads a file when it exists and is a regular file.
 * @param {string} file
 * @returns {Promise<Buffer | undefined>}
 */
async function readIfFile(file) {
  try {
    if (!(await stat(file)).isFile()) return undefined;
    return await readFile(file);
  } catch {
    return undefined;
  }
}

/**
 * Starts serving a directory. Files are read on every request, so changing a file changes
 * what the next request gets. Paths with no file and no extension get index.html (the SPA
 * fallback); other missing files get 404.
 * @param {string} directory The directory to serve.
 * @returns {Promise<StaticServer>}
 */
export async function start(directory) {
  const root = resolve(directory);
  const server = createServer((request, response) => {
    void (async () => {
      const method = request.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const requested = fileFor(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      let file = requested;
      let body = requested ? await readIfFile(requested) : undefined;
      if (!body && requested && extname(pathname) === '') {
        file = join(root, 'index.html');
        body = await readIfFile(file);
      }
      if (!body || !file) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Not found');
        return;
      }
      response.writeHead(200, {
        'Content-Type': contentTypeFor(file),
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
      });
      response.end(method === 'HEAD' ? undefined : body);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', rejectListen);
      resolveListen(undefined);
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The server has no TCP address.');
  return { origin: `http://127.0.0.1:${address.port}`, root, server };
}

/**
 * Stops a server started by start(), closing any open connections.
 * @param {StaticServer} running
 * @returns {Promise<void>}
 */
export async function stop(running) {
  await new Promise((resolveClose, rejectClose) => {
    running.server.close((error) => (error ? rejectClose(error) : resolveClose(undefined)));
    running.server.closeAllConnections();
  });
}
