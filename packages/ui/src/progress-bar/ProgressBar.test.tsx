import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { ProgressBar } from './ProgressBar.js';

const live = () => document.querySelector('[aria-live="polite"]');

describe('ProgressBar', { timeout: 20_000 }, () => {
  it('is a native progress element named by its label, with the value as text', () => {
    render(<ProgressBar label="Tải lên giấy chứng sinh" value={45} />);
    const bar = screen.getByRole('progressbar', { name: 'Tải lên giấy chứng sinh' });
    expect(bar.tagName).toBe('PROGRESS');
    expect(bar).toHaveAttribute('value', '45');
    expect(bar).toHaveAttribute('aria-valuetext', '45 %');
    expect(screen.getByText('45 %')).toHaveAttribute('aria-hidden', 'true');
  });

  it('announces politely only when a step is passed and when done, not on every change', () => {
    const { rerender } = render(<ProgressBar label="Tải lên" value={3} />);
    expect(live()).toHaveTextContent(/^$/);
    rerender(<ProgressBar label="Tải lên" value={7} />);
    expect(live()).toHaveTextContent(/^$/);
    rerender(<ProgressBar label="Tải lên" value={12} />);
    expect(live()).toHaveTextContent('Tải lên: 10 %');
    rerender(<ProgressBar label="Tải lên" value={19} />);
    expect(live()).toHaveTextContent('Tải lên: 10 %');
    rerender(<ProgressBar label="Tải lên" value={47} />);
    expect(live()).toHaveTextContent('Tải lên: 40 %');
    rerender(<ProgressBar label="Tải lên" value={100} />);
    expect(live()).toHaveTextContent('Tải lên: Đã xong');
  });

  it('uses the step a page asks for and works with another max', () => {
    const { rerender } = render(<ProgressBar value={0} max={4} announceEvery={25} />);
    rerender(<ProgressBar value={1} max={4} announceEvery={25} />);
    expect(live()).toHaveTextContent('Tiến độ: 25 %');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '25 %');
  });

  it('is indeterminate without a value and shows no number', () => {
    render(<ProgressBar label="Đang chuẩn bị" />);
    const bar = screen.getByRole('progressbar', { name: 'Đang chuẩn bị' });
    expect(bar).not.toHaveAttribute('value');
    expect(bar).not.toHaveAttribute('aria-valuetext');
  });

  it('speaks English under an English provider', () => {
    const ui = (value: number) => (
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <ProgressBar value={value} />
      </I18nProvider>
    );
    const { rerender } = render(ui(5));
    expect(screen.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute(
      'aria-valuetext',
      '5%',
    );
    rerender(ui(100));
    expect(live()).toHaveTextContent('Progress: Complete');
  });

  it('renders on the server without warnings as a labelled native progress', () => {
    const html = renderOnServer(<ProgressBar label="Tải lên" value={45} />);
    expect(html).toMatch(/<label[^>]*for="[^"]+"/);
    expect(html).toMatch(/<progress[^>]*value="45"/);
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <ProgressBar label="Tải lên" value={45} />
        <ProgressBar label="Đang chuẩn bị" />
      </main>,
    );
    await expectNoAxeViolations(container);
  });
});
