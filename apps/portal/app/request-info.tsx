import type { Locale } from '@dvc/i18n';
import { createContext, useContext } from 'react';

export interface RequestInfo {
  /** The Content Security Policy nonce of this response (server render only). */
  nonce?: string | undefined;
  locale?: Locale | undefined;
  /** The styles every page needs, inlined in <head> by the root layout (server render only). */
  styles?: string | undefined;
}

/**
 * Given by entry.server to the whole server render, so that even an error page rendered
 * without any loader data has the right nonce and language. Empty in the browser.
 */
export const RequestInfoContext = createContext<RequestInfo>({});

export function useRequestInfo(): RequestInfo {
  return useContext(RequestInfoContext);
}
