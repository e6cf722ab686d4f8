import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { SkipLink } from './SkipLink.js';

function Page({ href }: { href?: string }) {
  return (
    <>
      <SkipLink href={href} />
      <header>
        <a href="/">Trang chủ</a>
      </header>
      <main id="noi-dung" tabIndex={-1}>
        <h1>Đăng ký khai sinh</h1>
      </main>
    </>
  );
}

describe('SkipLink', () => {
  it('is the first stop of the keyboard and points at #noi-dung by default', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.tab();
    const link = screen.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    expect(link).toHaveFocus();
    expect(link).toHaveAttribute('href', '#noi-dung');
    expect(link).toHaveClass('dvc-skip-link');
  });

  it('points at another target when told', () => {
    render(<Page href="#main" />);
    expect(screen.getByRole('link', { name: /Bỏ qua/ })).toHaveAttribute('href', '#main');
  });

  it('reads its label from the provider and lets a page override it', () => {
    const { unmount } = render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <SkipLink />
      </I18nProvider>,
    );
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    unmount();
    render(<SkipLink>Bỏ qua, đến biểu mẫu</SkipLink>);
    expect(screen.getByRole('link', { name: 'Bỏ qua, đến biểu mẫu' })).toBeInTheDocument();
  });

  it('forwards its ref and merges className and other attributes', () => {
    const ref = { current: null as HTMLAnchorElement | null };
    render(<SkipLink ref={ref} className="extra" data-testid="skip" />);
    expect(ref.current).toBe(screen.getByTestId('skip'));
    expect(ref.current).toHaveClass('dvc-skip-link', 'extra');
  });

  it('is a plain fragment link in the server HTML, so it works without JavaScript', () => {
    const html = renderOnServer(<Page />);
    expect(html).toMatch(
      /^<a href="#noi-dung" class="dvc-skip-link">Bỏ qua, đến nội dung chính<\/a>/,
    );
    expect(html).toContain('id="noi-dung" tabindex="-1"');
  });

  it('has no axe violations', async () => {
    const { container } = render(<Page />);
    await expectNoAxeViolations(container);
  });
});
