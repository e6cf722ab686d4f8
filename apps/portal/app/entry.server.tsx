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
import { RequestInfoContext } from './request-info';
import { logError } from './server/log';
import { requestStateContext } from './server/request-context';

export { prepareServer, seedDemoData, shutdownServer } from './server/lifecycle';
export { seedReportYear } from './server/reports/seed-year';
export { benchReports } from './server/reports/bench';

export const streamTimeout = 5_000;

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
  const info = { nonce: state?.nonce, locale: state?.locale };

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
