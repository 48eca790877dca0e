// A tiny static server for the built app (dist/), used by the browser tests and the benchmark.
// Unknown paths get index.html, as the app routes in the browser, but a missing file (a name
// with one of the build's extensions) gets a 404. Binds to 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompress, gzip, constants } from 'node:zlib';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';

const root = normalize(process.argv[2] || 'dist');
const port = Number(process.argv[3] || 4173);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

// Text and wasm are sent compressed, as any real static host does; compressed once, cached.
// Compressed off the event loop (zlib's thread pool): brotli at its best quality takes seconds
// for the app's larger modules, and the server answers other requests meanwhile.
const asset = /\.(wasm|js|css|json|svg|ico|png|map)$/;
const compressible = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.json']);
const codecs = [
  ['br', (b) => promisify(brotliCompress)(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })],
  ['gzip', (b) => promisify(gzip)(b, { level: 9 })],
];
const cache = new Map();
async function encode(path, body, accept) {
  if (!compressible.has(extname(path))) return [body, null];
  for (const [name, fn] of codecs) {
    if (!accept.includes(name)) continue;
    const key = `${name}:${path}:${createHash('sha1').update(body).digest('hex')}`;
    if (!cache.has(key)) cache.set(key, fn(body));
    return [await cache.get(key), name];
  }
  return [body, null];
}

async function file(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : null;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const clean = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  const found = (await file(join(root, clean))) || (asset.test(clean) ? null : join(root, 'index.html'));
  if (!found) {
    // A file of the build that is not there (another build's chunk): never index.html in its
    // place, which the browser would try to run as a module or compile as WebAssembly.
    res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-cache' });
    res.end('not found');
    return;
  }
  try {
    const [body, encoding] = await encode(found, await readFile(found), req.headers['accept-encoding'] || '');
    const headers = {
      'content-type': types[extname(found)] || 'application/octet-stream',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
    };
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(body);
  } catch (e) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(e));
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
