// A small static file server for dist/, bound to loopback only. Used by
// `./tasks serve` and by the browser tests, which also read its request log.
//
//   node www/tools/serve.mjs DIR [PORT]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pem': 'text/plain; charset=utf-8',
};

// The same policy as the page's <meta> tag, sent as a header as a real
// static host should.
export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Serves `dir` on 127.0.0.1:`port` (0 = any free port). Resolves to
 *  { server, url, requests } where requests lists every path asked for. */
export function serve(dir, port = 0) {
  const root = resolve(dir);
  const requests = [];
  const server = createServer(async (request, response) => {
    requests.push(request.url);
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw new Error('outside');
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      // As a static host serves files (nginx's validators): the browser
      // keeps them and asks each time whether they changed, so a reload
      // after a rebuild gets the new files, and one without gets a 304 and
      // the kept copy.
      const etag = `"${Math.floor(info.mtimeMs).toString(16)}-${info.size.toString(16)}"`;
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
        etag,
        'last-modified': info.mtime.toUTCString(),
      };
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, headers);
        response.end();
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      done({ server, url: `http://127.0.0.1:${server.address().port}/`, requests });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`certdoctor: serving ${dir} at ${url}`);
}
