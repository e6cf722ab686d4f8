import { createReadableStreamFromReadable } from '@react-router/node';
import { isbot } from 'isbot';
import { PassThrough } from 'node:stream';
import type { RenderToPipeableStreamOptions } from 'react-dom/server';
import { renderToPipeableStream } from 'react-dom/server';
import {
  ServerRouter,
  type EntryContext,
  isRouteErrorResponse,
  type HandleErrorFunction,
  type RouterContextProvider,
} from 'react-router';
import tokensCss from '@dvc/tokens/tokens.css?inline';
import uiCss from '@dvc/ui/styles.css?inline';
import portalCss from './portal.css?inline';
import { RequestInfoContext } from './request-info';
import { logError } from './server/log';
import { requestStateContext } from './server/request-context';

export { prepareServer, seedDemoData, shutdownServer } from './server/lifecycle';
export { seedReportYear } from './server/reports/seed-year';
export { benchReports } from './server/reports/bench';

export const streamTimeout = 5_000;

/**
 * The styles every page needs, written into the page's <head> (with the response's nonce):
 * the first paint then waits for no other request, which on a slow network is several round
 * trips that the page's scripts are also queueing for (issue #8). Route-only styles stay links.
 */
const pageStyles = [tokensCss, uiCss, portalCss].join('\n');

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: RouterContextProvider,
) {
  if (request.method.toUpperCase() === 'HEAD') {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }
  const state = loadContext.get(requestStateContext);
  const info = { nonce: state?.nonce, locale: state?.locale, styles: pageStyles };

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get('user-agent');
    const readyOption: keyof RenderToPipeableStreamOptions =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? 'onAllReady' : 'onShellReady';
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => {
      abort();
    }, streamTimeout + 1000);

    const { pipe, abort } = renderToPipeableStream(
      <RequestInfoContext value={info}>
        <ServerRouter context={routerContext} url={request.url} nonce={info.nonce} />
      </RequestInfoContext>,
      {
        nonce: info.nonce,
        [readyOption]() {
          shellRendered = true;
          const body = new PassThrough({
            final(callback) {
              clearTimeout(timeoutId);
              timeoutId = undefined;
              callback();
            },
          });
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
          pipe(body);
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
        },
        onShellError(error: unknown) {
          reject(error instanceof Error ? error : new Error('The page shell failed to render'));
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logError('render', error);
        },
      },
    );
  });
}

/** Errors of loaders and actions, logged without their messages (they may quote input). */
export const handleError: HandleErrorFunction = (error, { request }) => {
  // Not-found and refused requests are answers, not faults.
  if (request.signal.aborted || isRouteErrorResponse(error)) return;
  logError('request', error);
};
