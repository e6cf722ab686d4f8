import { isLocale, type Locale } from '@dvc/i18n';
import { data, type MiddlewareFunction } from 'react-router';
import { csrfFieldName } from './csrf-field-name.js';
import { getDb } from './db/index.js';
import { contentSecurityPolicy } from './headers.js';
import { prepareServer } from './lifecycle.js';
import { requestStateContext, type RequestState } from './request-context.js';
import { safeEqual, randomToken } from './security/crypto.js';
import { readFormData } from './security/input.js';
import {
  createSession,
  parseCookies,
  readSession,
  serializeCookie,
  sessionCookieName,
  sessionTtlMs,
  touchSession,
} from './security/session.js';

/** The cookie that remembers the language chosen with `?lang=`. */
export const langCookieName = 'lang';
/** Set by server.js from the socket (or a trusted proxy); anything a client sends is replaced. */
export const clientAddressHeader = 'x-dvc-client-address';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The header a script may carry the CSRF token in instead of the form field. */
export const csrfHeaderName = 'x-csrf-token';

/** The page language: `?lang=` (for shared links) wins, then the `lang` cookie, then Vietnamese. */
export function localeFromRequest(request: Request): Locale {
  const fromQuery = new URL(request.url).searchParams.get('lang');
  if (isLocale(fromQuery)) return fromQuery;
  const fromCookie = parseCookies(request.headers.get('cookie')).get(langCookieName);
  return isLocale(fromCookie) ? fromCookie : 'vi';
}

/** Thrown when a form post carries no or the wrong CSRF token: a 403 page, not a 500. */
export function csrfRefusal() {
  return data({ reason: 'csrf' as const }, { status: 403, statusText: 'Forbidden' });
}

/**
 * Root middleware: a nonce per response, the session (created when there is none), the
 * language cookie, and the security headers that depend on the request.
 */
export const requestStateMiddleware: MiddlewareFunction<Response> = async (
  { request, context },
  next,
) => {
  const url = new URL(request.url);
  const secure = url.protocol === 'https:';
  await prepareServer();
  const db = await getDb();
  const cookies = parseCookies(request.headers.get('cookie'));
  const now = new Date();
  let session = await readSession(db, cookies.get(sessionCookieName), now);
  const setCookies: string[] = [];
  if (session) {
    await touchSession(db, session, now);
  } else {
    const created = await createSession(db, { now });
    session = created.session;
    setCookies.push(
      serializeCookie(sessionCookieName, created.token, {
        secure,
        maxAge: sessionTtlMs() / 1000,
      }),
    );
  }
  const fromQuery = url.searchParams.get('lang');
  if (isLocale(fromQuery) && cookies.get(langCookieName) !== fromQuery) {
    setCookies.push(
      serializeCookie(langCookieName, fromQuery, { secure, maxAge: 365 * 24 * 3600 }),
    );
  }
  const state: RequestState = {
    nonce: randomToken(16),
    locale: localeFromRequest(request),
    secure,
    clientAddress: request.headers.get(clientAddressHeader) ?? 'unknown',
    session,
    cookies: setCookies,
  };
  context.set(requestStateContext, state);

  const response = await next();

  for (const cookie of state.cookies) response.headers.append('Set-Cookie', cookie);
  if (!import.meta.env.DEV) {
    response.headers.set('Content-Security-Policy', contentSecurityPolicy(state.nonce, secure));
  }
  response.headers.set('Cache-Control', 'no-store');
  response.headers.append('Vary', 'Cookie');
  return response;
};

/** Refuses every unsafe request whose form lacks this session's CSRF token. */
export const csrfMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  if (!safeMethods.has(request.method.toUpperCase())) {
    const state = context.get(requestStateContext);
    const form = await readFormData(request.clone());
    if (!(form instanceof FormData) && form.code === 'request-too-large') {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
      throw data(
        { reason: 'too-large' as const },
        { status: 413, statusText: 'Payload Too Large' },
      );
    }
    // A script's fetch (the session warning's "continue") may send the token as a header.
    const submitted =
      (form instanceof FormData ? form.get(csrfFieldName) : null) ??
      request.headers.get(csrfHeaderName);
    if (
      !state ||
      typeof submitted !== 'string' ||
      !safeEqual(submitted, state.session.csrf_token)
    ) {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
      throw csrfRefusal();
    }
  }
  return next();
};
