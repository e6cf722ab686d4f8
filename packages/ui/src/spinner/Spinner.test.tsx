import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Spinner } from './Spinner.js';

describe('Spinner', { timeout: 20_000 }, () => {
  it('is a status whose text says what is happening, with the circle hidden', () => {
    const { container } = render(<Spinner />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Đang tải, vui lòng chờ');
    expect(screen.getByText('Đang tải, vui lòng chờ')).toHaveClass('dvc-visually-hidden');
    expect(container.querySelector('.dvc-spinner__circle')).toHaveAttribute('aria-hidden', 'true');
  });

  it('can show its label, take a custom one, and speak English', () => {
    const { unmount } = render(<Spinner labelVisible label="Đang tìm hồ sơ" />);
    expect(screen.getByText('Đang tìm hồ sơ')).toHaveClass('dvc-spinner__label');
    unmount();
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <Spinner />
      </I18nProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading, please wait');
  });

  it('stops turning when reduced motion is asked for', () => {
    const css = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'spinner.css'), 'utf8');
    const reduced = /@media \(prefers-reduced-motion: reduce\) \{([^@]*)\}/.exec(css)?.[1] ?? '';
    expect(reduced).toMatch(/\.dvc-spinner__circle\s*\{[^}]*animation:\s*none/);
  });

  it('forwards its ref, merges a class name and applies the size', () => {
    const ref = { current: null as HTMLSpanElement | null };
    render(<Spinner ref={ref} size="large" className="extra" />);
    expect(ref.current).toHaveClass('dvc-spinner', 'dvc-spinner--large', 'extra');
  });

  it('renders on the server without warnings', () => {
    expect(renderOnServer(<Spinner />)).toContain('role="status"');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <Spinner />
        <Spinner labelVisible size="small" />
      </main>,
    );
    await expectNoAxeViolations(container);
  });
});
