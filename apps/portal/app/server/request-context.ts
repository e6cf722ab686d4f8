import type { Locale } from '@dvc/i18n';
import { createContext, type RouterContextProvider } from 'react-router';
import type { Session } from './db/schema.js';

/** What the root middleware learns about a request, for loaders, actions and rendering. */
export interface RequestState {
  /** The Content Security Policy nonce of this response: the only scripts that may run. */
  nonce: string;
  locale: Locale;
  /** True when the browser reached us over TLS (directly or through a trusted proxy). */
  secure: boolean;
  /** The client's address, for rate limits only (never logged or stored as is). */
  clientAddress: string;
  session: Session;
  /** Set-Cookie values to add to the response. */
  cookies: string[];
}

export const requestStateContext = createContext<RequestState | null>(null);

/** The request's state; throws if the root middleware did not run (a programming error). */
export function getRequestState(context: Readonly<RouterContextProvider>): RequestState {
  const state = context.get(requestStateContext);
  if (!state) throw new Error('The root middleware has not run for this request');
  return state;
}
