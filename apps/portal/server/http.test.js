import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  acceptsEncoding,
  accessLogLine,
  baseSecurityHeaders,
  clientAddress,
  createRoutePatternMatcher,
  encodedFile,
  isSecureRequest,
  requestUrl,
  staticFilePath,
} from './http.js';

function fakeRequest({ headers = {}, encrypted = false, remoteAddress = '192.0.2.1', url = '/' }) {
  return { headers, url, socket: { encrypted, remoteAddress } };
}

describe('security headers', () => {
  it('are sent on every response, HSTS only over TLS', () => {
    const plain = baseSecurityHeaders({ secure: false });
    expect(plain['X-Content-Type-Options']).toBe('nosniff');
    expect(plain['Referrer-Policy']).toBe('same-origin');
    expect(plain['Permissions-Policy']).toContain('geolocation=()');
    expect(plain['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(plain['Content-Security-Policy']).toContain("script-src 'none'");
    expect(plain['Strict-Transport-Security']).toBeUndefined();
    expect(baseSecurityHeaders({ secure: true })['Strict-Transport-Security']).toMatch(
      /^max-age=\d+/u,
    );
  });
});

describe('behind a proxy', () => {
  const proxied = fakeRequest({
    headers: {
      'x-forwarded-proto': 'https',
      'x-forwarded-for': '203.0.113.9, 10.0.0.1',
      'x-forwarded-host': 'dichvucong.example.vn',
      host: '127.0.0.1:3000',
    },
    url: '/tra-cuu?x=1',
  });

  it('believes X-Forwarded-* only with TRUST_PROXY', () => {
    expect(isSecureRequest(proxied, false)).toBe(false);
    expect(isSecureRequest(proxied, true)).toBe(true);
    expect(clientAddress(proxied, false)).toBe('192.0.2.1');
    expect(clientAddress(proxied, true)).toBe('203.0.113.9');
    expect(requestUrl(proxied, false).href).toBe('http://127.0.0.1:3000/tra-cuu?x=1');
    expect(requestUrl(proxied, true).href).toBe('https://dichvucong.example.vn/tra-cuu?x=1');
  });

  it('treats a TLS socket as secure without any proxy', () => {
    expect(isSecureRequest(fakeRequest({ encrypted: true }), false)).toBe(true);
  });
});

describe('static files', () => {
  const root = mkdtempSync(join(tmpdir(), 'portal-static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'export {};');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  writeFileSync(join(tmpdir(), 'outside-portal.txt'), 'no');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves files under the root only', () => {
    expect(staticFilePath(root, '/assets/app-1234.js')).toBe(join(root, 'assets', 'app-1234.js'));
    expect(staticFilePath(root, '/assets/../../outside-portal.txt')).toBeNull();
    expect(staticFilePath(root, '/assets/%2e%2e/%2e%2e/outside-portal.txt')).toBeNull();
    expect(staticFilePath(root, '/assets/%00.js')).toBeNull();
    expect(staticFilePath(root, '/assets/%E0%A4%A')).toBeNull();
    expect(staticFilePath(root, '/.env')).toBeNull();
    expect(staticFilePath(root, '/assets')).toBeNull();
    expect(staticFilePath(root, '/assets/missing.js')).toBeNull();
  });

  it("sends the build's brotli or gzip copy only to a client that takes it", () => {
    const file = join(root, 'assets', 'app-1234.js');
    writeFileSync(`${file}.gz`, 'gzip bytes');
    writeFileSync(`${file}.br`, 'brotli bytes');
    expect(encodedFile(file, 'gzip, deflate, br')).toEqual({ path: `${file}.br`, encoding: 'br' });
    // Chromium over plain HTTP offers no brotli.
    expect(encodedFile(file, 'gzip, deflate')).toEqual({ path: `${file}.gz`, encoding: 'gzip' });
    expect(encodedFile(file, 'br;q=0, gzip;q=0.5')).toEqual({
      path: `${file}.gz`,
      encoding: 'gzip',
    });
    expect(encodedFile(file, undefined)).toEqual({ path: file, encoding: null });
    expect(encodedFile(file, 'identity')).toEqual({ path: file, encoding: null });
    rmSync(`${file}.br`);
    expect(encodedFile(file, 'br')).toEqual({ path: file, encoding: null });
    expect(acceptsEncoding('GZip;q=1', 'gzip')).toBe(true);
    expect(acceptsEncoding('gzip;q=0', 'gzip')).toBe(false);
  });
});

describe('the access log', () => {
  const manifest = {
    root: { id: 'root', path: '' },
    'routes/home': { id: 'routes/home', parentId: 'root', index: true },
    'routes/lookup': { id: 'routes/lookup', parentId: 'root', path: 'tra-cuu' },
    'routes/receipt': { id: 'routes/receipt', parentId: 'root', path: 'ho-so/:code' },
    'routes/not-found': { id: 'routes/not-found', parentId: 'root', path: '*' },
  };
  const pattern = createRoutePatternMatcher(manifest);

  it('names the route pattern, never the path a person reached', () => {
    expect(pattern('/')).toBe('/');
    expect(pattern('/tra-cuu')).toBe('/tra-cuu');
    expect(pattern('/ho-so/HS-2026-7K3M9Q2XDA')).toBe('/ho-so/:code');
    expect(pattern('/ho-so/HS-2026-7K3M9Q2XDA.data')).toBe('/ho-so/:code (data)');
    expect(pattern('/_root.data')).toBe('/ (data)');
    expect(pattern('/019085001234')).toBe('/*');
  });

  it('is method, route, status and duration only', () => {
    expect(accessLogLine({ method: 'POST', route: '/tra-cuu', status: 429, ms: 12.345 })).toBe(
      'POST /tra-cuu 429 12.3ms',
    );
  });
});
