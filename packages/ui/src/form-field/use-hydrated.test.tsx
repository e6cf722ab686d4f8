import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { parseHtml } from './parse-html.js';
import { useHydrated } from './use-hydrated.js';

function Probe() {
  const hydrated = useHydrated();
  return <p data-hydrated={String(hydrated)}>{hydrated ? 'có JavaScript' : 'không JavaScript'}</p>;
}

describe('useHydrated', () => {
  it('is false in server HTML, so the no-JavaScript version is what is sent', () => {
    const host = parseHtml(renderOnServer(<Probe />));
    expect(host.querySelector('p')).toHaveAttribute('data-hydrated', 'false');
  });

  it('is true when the browser renders the component itself', () => {
    render(<Probe />);
    expect(screen.getByText('có JavaScript')).toHaveAttribute('data-hydrated', 'true');
  });

  it('hydrates server HTML without a mismatch, then switches on', async () => {
    const seen: string[] = [];
    function Recording() {
      const hydrated = useHydrated();
      seen.push(String(hydrated));
      return <Probe />;
    }
    const container = document.createElement('div');
    container.innerHTML = renderOnServer(<Recording />);
    document.body.append(container);
    seen.length = 0;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const recoverable = vi.fn();
    try {
      const root = await act(() =>
        hydrateRoot(container, <Recording />, { onRecoverableError: recoverable }),
      );
      expect(seen[0]).toBe('false');
      expect(seen.at(-1)).toBe('true');
      expect(container.querySelector('p')).toHaveAttribute('data-hydrated', 'true');
      expect(recoverable).not.toHaveBeenCalled();
      expect(errors).not.toHaveBeenCalled();
      act(() => {
        root.unmount();
      });
    } finally {
      errors.mockRestore();
      container.remove();
    }
  });
});
