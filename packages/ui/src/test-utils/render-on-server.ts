import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, vi } from 'vitest';

/** Renders on the server, fails on any React warning, and returns the HTML. */
export function renderOnServer(element: ReactElement): string {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const html = renderToString(element);
    expect(errors.mock.calls).toEqual([]);
    return html;
  } finally {
    errors.mockRestore();
  }
}
