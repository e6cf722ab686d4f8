import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { ProgressIndicator } from './ProgressIndicator.js';

describe('ProgressIndicator', { timeout: 20_000 }, () => {
  it('says which step of how many, as plain text and not a progressbar', () => {
    const { container } = render(<ProgressIndicator current={2} total={5} />);
    expect(container.textContent).toBe('Bước 2 trên 5');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(container.querySelector('[aria-live], [role="status"]')).toBeNull();
  });

  it('reads the step name after the count, in order', () => {
    const { container } = render(
      <ProgressIndicator current={3} total={5} stepName="Thông tin cha mẹ" />,
    );
    expect(container.textContent).toBe('Bước 3 trên 5: Thông tin cha mẹ');
  });

  it('speaks English, and lets a page override the text', () => {
    const { container, unmount } = render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <ProgressIndicator current={1} total={4} />
      </I18nProvider>,
    );
    expect(container.textContent).toBe('Step 1 of 4');
    unmount();
    const other = render(
      <ProgressIndicator current={4} total={4} text="Trang {{current}}/{{total}}" />,
    );
    expect(other.container.textContent).toBe('Trang 4/4');
  });

  it('refuses a step outside the range instead of showing a wrong count', () => {
    expect(() => renderOnServer(<ProgressIndicator current={6} total={5} />)).toThrow(RangeError);
    expect(() => renderOnServer(<ProgressIndicator current={0} total={5} />)).toThrow(RangeError);
  });

  it('forwards its ref and merges a class name', () => {
    const ref = { current: null as HTMLParagraphElement | null };
    render(<ProgressIndicator ref={ref} current={1} total={2} className="extra" />);
    expect(ref.current?.tagName).toBe('P');
    expect(ref.current).toHaveClass('dvc-progress-indicator', 'extra');
  });

  it('renders on the server without warnings', () => {
    expect(renderOnServer(<ProgressIndicator current={2} total={5} />)).toContain('Bước 2 trên 5');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <ProgressIndicator current={2} total={5} stepName="Thông tin người yêu cầu" />
        <h1>Thông tin người yêu cầu</h1>
      </main>,
    );
    await expectNoAxeViolations(container);
  });
});
