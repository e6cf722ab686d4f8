// The portal's production server: built client files, security headers, the React Router
// request handler, an access log without personal data. Runs the database migrations and
// gives an empty database its demo profiles before it listens.
//   PORT (3000), HOST (127.0.0.1), DATABASE_URL (else PGlite in PGLITE_DIR, default
//   data/pglite; "memory://" for a throwaway one), TRUST_PROXY=1 behind a TLS proxy.
import {
  createReadableStreamFromReadable,
  writeReadableStreamToWritable,
} from '@react-router/node';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequestHandler } from 'react-router';
import {
  accessLogLine,
  baseSecurityHeaders,
  clientAddress,
  createRoutePatternMatcher,
  isSecureRequest,
  requestUrl,
  serveStatic,
} from './server/http.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const buildDir = resolve(here, process.env.PORTAL_BUILD_DIR ?? 'build');
const clientDir = `${buildDir}/client`;
const build = await import(pathToFileURL(`${buildDir}/server/index.js`).href);
const trustProxy = ['1', 'true', 'yes'].includes((process.env.TRUST_PROXY ?? '').toLowerCase());
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
/** The largest request body accepted at all; forms set their own, smaller limits. */
const maxBodyBytes = 16 * 1024 * 1024;
const clientAddressHeader = 'x-dvc-client-address';

const handleRequest = createRequestHandler(build, process.env.NODE_ENV ?? 'production');
const routePattern = createRoutePatternMatcher(build.routes);

const prepared = await build.entry.module.prepareServer();
console.log(
  `Database ready (${prepared.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}` +
    `${prepared.seededProfiles ? `, demo data added: ${prepared.seededProfiles} profiles, ${prepared.seededApplications} applications` : ''})`,
);

function toFetchRequest(req, res) {
  const url = requestUrl(req, trustProxy);
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i];
    if (name.toLowerCase() === clientAddressHeader) continue;
    headers.append(name, req.rawHeaders[i + 1]);
  }
  headers.set(clientAddressHeader, clientAddress(req, trustProxy));
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: createReadableStreamFromReadable(req), duplex: 'half' } : {}),
  });
}

async function sendResponse(res, response) {
  const headers = {};
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue;
    headers[name] = value;
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  res.writeHead(response.status, response.statusText || undefined, headers);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

const server = createServer(async (req, res) => {
  const started = performance.now();
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  let route = '(static)';
  res.on('finish', () => {
    console.log(
      accessLogLine({
        method: req.method,
        route,
        status: res.statusCode,
        ms: performance.now() - started,
      }),
    );
  });
  for (const [name, value] of Object.entries(
    baseSecurityHeaders({ secure: isSecureRequest(req, trustProxy) }),
  )) {
    res.setHeader(name, value);
  }
  try {
    if (pathname.startsWith('/assets/') || pathname === '/favicon.svg') {
      route = pathname.startsWith('/assets/') ? '/assets/*' : pathname;
      if (serveStatic(clientDir, req, res, pathname)) return;
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    route = routePattern(pathname);
    if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) {
      res.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
      res.end('Payload too large');
      req.resume();
      return;
    }
    const response = await handleRequest(toFetchRequest(req, res));
    await sendResponse(res, response);
  } catch (error) {
    console.error(`Request failed: ${error instanceof Error ? error.name : typeof error}`);
    if (!res.headersSent) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal server error');
    } else {
      res.destroy();
    }
  }
});

server.listen(port, host, () => {
  console.log(`The portal is listening on http://${host}:${port}/`);
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  server.close();
  server.closeAllConnections?.();
  try {
    await build.entry.module.shutdownServer();
  } finally {
    process.exit(0);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
