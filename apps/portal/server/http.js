// Pieces of the production server (server.js), kept apart so that they can be tested
// without a build: static files, security headers, request conversion and the access log.
import { createReadStream, statSync } from 'node:fs';
import { extname, normalize, resolve, sep } from 'node:path';
import { matchRoutes } from 'react-router';

/** Headers every response carries, pages, assets and errors alike. */
export function baseSecurityHeaders({ secure }) {
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    // A page whose CSP the app did not set (it sets one with a nonce on every page it
    // renders) may still load its own styles and images, but runs no script at all.
    'Content-Security-Policy':
      "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  };
  if (secure) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}

/** True when the request reached us over TLS, directly or (if trusted) through a proxy. */
export function isSecureRequest(req, trustProxy) {
  if (req.socket?.encrypted) return true;
  if (!trustProxy) return false;
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim()
    .toLowerCase();
  return forwarded === 'https';
}

/** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddress(req, trustProxy) {
  if (trustProxy) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')[0]
      ?.trim();
    if (forwarded) return forwarded;
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

/** The absolute URL of a request, as the React Router handler needs it. */
export function requestUrl(req, trustProxy) {
  const protocol = isSecureRequest(req, trustProxy) ? 'https' : 'http';
  const forwardedHost = trustProxy
    ? String(req.headers['x-forwarded-host'] ?? '')
        .split(',')[0]
        ?.trim()
    : '';
  const host = forwardedHost || req.headers.host || 'localhost';
  return new URL(req.url ?? '/', `${protocol}://${host}`);
}

const contentTypes = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The file under `root` a URL path names, or null: never a folder, never outside `root`,
 * never a dot-file.
 */
export function staticFilePath(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const file = resolve(base, `.${normalize(`/${decoded}`)}`);
  if (!file.startsWith(base + sep)) return null;
  if (
    file
      .slice(base.length)
      .split(sep)
      .some((part) => part.startsWith('.'))
  )
    return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Compressed copies the build writes beside a file (vite.config.ts), best first. */
const precompressed = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

/** True when an Accept-Encoding header accepts `coding` (named, not refused with q=0). */
export function acceptsEncoding(header, coding) {
  return String(header ?? '')
    .toLowerCase()
    .split(',')
    .some((part) => {
      const [name, ...params] = part.split(';').map((p) => p.trim());
      if (name !== coding) return false;
      const q = params.find((p) => p.startsWith('q='));
      return !q || Number(q.slice(2)) > 0;
    });
}

/**
 * The file to send for `file` and the request's Accept-Encoding: its brotli or gzip copy
 * when the build wrote one and the client takes it (a slow phone network gets the script at
 * a third of its size), else the file itself.
 */
export function encodedFile(file, acceptEncoding) {
  for (const [coding, suffix] of precompressed) {
    if (!acceptsEncoding(acceptEncoding, coding)) continue;
    try {
      if (statSync(file + suffix).isFile()) return { path: file + suffix, encoding: coding };
    } catch {
      // No such copy: try the next.
    }
  }
  return { path: file, encoding: null };
}

/**
 * Serves a built client file for GET and HEAD, compressed when the build wrote a compressed
 * copy the client accepts. Hashed files under /assets are cached for a year; the rest
 * (favicon) for an hour. Returns false when there is no such file.
 */
export function serveStatic(root, req, res, pathname) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const file = staticFilePath(root, pathname);
  if (!file) return false;
  const sent = encodedFile(file, req.headers['accept-encoding']);
  const size = statSync(sent.path).size;
  res.statusCode = 200;
  res.setHeader(
    'Content-Type',
    contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
  );
  if (sent.encoding) res.setHeader('Content-Encoding', sent.encoding);
  if (sent.encoding || encodedFile(file, 'br, gzip').encoding) {
    res.setHeader('Vary', 'Accept-Encoding');
  }
  res.setHeader('Content-Length', size);
  res.setHeader(
    'Cache-Control',
    pathname.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=3600',
  );
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  createReadStream(sent.path)
    .on('error', () => res.destroy())
    .pipe(res);
  return true;
}

/**
 * Finds route patterns ("/ho-so/:code") for the log from the build's flat route manifest,
 * so that the log never holds the actual path (which may carry a code) or a query string.
 */
export function createRoutePatternMatcher(manifest) {
  const byParent = new Map();
  for (const route of Object.values(manifest)) {
    const list = byParent.get(route.parentId) ?? [];
    list.push(route);
    byParent.set(route.parentId, list);
  }
  const tree = (parentId) =>
    (byParent.get(parentId) ?? []).map((route) => ({
      id: route.id,
      path: route.path,
      index: route.index,
      caseSensitive: route.caseSensitive,
      children: route.index ? undefined : tree(route.id),
    }));
  const routes = tree(undefined);
  return (pathname) => {
    const dataRequest = pathname.endsWith('.data');
    const path = dataRequest
      ? pathname.slice(0, -'.data'.length).replace(/\/_root$/u, '/')
      : pathname;
    const matches = matchRoutes(routes, path || '/');
    if (!matches) return '(no route)';
    const pattern = `/${matches
      .map((m) => m.route.path ?? '')
      .filter(Boolean)
      .join('/')}`.replace(/\/+/gu, '/');
    return dataRequest ? `${pattern} (data)` : pattern;
  };
}

/** One access-log line: method, route pattern, status, duration. Nothing a person typed. */
export function accessLogLine({ method, route, status, ms }) {
  return `${method} ${route} ${status} ${ms.toFixed(1)}ms`;
}
