import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { PhaseBanner } from './PhaseBanner.js';

describe('PhaseBanner', () => {
  it.each([
    ['alpha', 'Thử nghiệm'],
    ['beta', 'Beta'],
    ['demo', 'Bản trình diễn'],
  ] as const)('writes the %s phase as text in the tag', (phase, text) => {
    const { container } = render(<PhaseBanner phase={phase} feedbackHref="/gop-y" />);
    expect(container.querySelector('.dvc-phase-banner__tag')).toHaveTextContent(text);
    expect(container.firstChild).toHaveClass(`dvc-phase-banner--${phase}`);
  });

  it('asks for feedback through a plain link reached with Tab', async () => {
    const user = userEvent.setup();
    const { container } = render(<PhaseBanner phase="beta" feedbackHref="/gop-y" />);
    expect(container.querySelector('p')).toHaveTextContent(
      'BetaĐây là dịch vụ mới. Hãy gửi ý kiến góp ý để giúp chúng tôi làm tốt hơn.',
    );
    await user.tab();
    const link = screen.getByRole('link', { name: 'gửi ý kiến góp ý' });
    expect(link).toHaveFocus();
    expect(link).toHaveAttribute('href', '/gop-y');
  });

  it('speaks the language of the provider', () => {
    const { container } = render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <PhaseBanner phase="demo" feedbackHref="/feedback" />
      </I18nProvider>,
    );
    expect(container.querySelector('p')).toHaveTextContent(
      'DemoThis is a new service. Please give your feedback to help us improve it.',
    );
  });

  it('takes its own tag and sentence', () => {
    render(
      <PhaseBanner phase="demo" feedbackHref="/gop-y" tag="Thử">
        Hồ sơ gửi ở đây không được xử lý.
      </PhaseBanner>,
    );
    expect(screen.getByText('Thử')).toBeInTheDocument();
    expect(screen.getByText('Hồ sơ gửi ở đây không được xử lý.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('forwards its ref and merges className', () => {
    const ref = { current: null as HTMLDivElement | null };
    const { container } = render(
      <PhaseBanner ref={ref} className="extra" phase="alpha" feedbackHref="/" />,
    );
    expect(ref.current).toBe(container.firstChild);
    expect(ref.current).toHaveClass('dvc-phase-banner', 'extra');
  });

  it('renders on the server without warnings', () => {
    const html = renderOnServer(<PhaseBanner phase="alpha" feedbackHref="/gop-y" />);
    expect(html).toContain('<strong class="dvc-phase-banner__tag">Thử nghiệm</strong>');
    expect(html).toContain('href="/gop-y"');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <div>
        <PhaseBanner phase="alpha" feedbackHref="/gop-y" />
        <PhaseBanner phase="beta" feedbackHref="/gop-y" />
        <PhaseBanner phase="demo" feedbackHref="/gop-y" />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
