import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { hydrateRoot, type Root } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Accordion, type AccordionSection } from './Accordion.js';

const sections: AccordionSection[] = [
  {
    heading: 'Giấy tờ cần chuẩn bị',
    summary: 'Bản chính và bản sao',
    content: <p>Giấy chứng sinh bản chính.</p>,
  },
  { heading: 'Lệ phí', content: <p>Miễn lệ phí khi đăng ký đúng hạn.</p> },
  { heading: 'Thời hạn giải quyết', content: <p>Ngay trong ngày làm việc.</p> },
];

describe('Accordion', () => {
  it('server HTML shows every section open under a plain heading, with no buttons', () => {
    const html = renderOnServer(<Accordion id="ho-so" sections={sections} headingLevel={3} />);
    const page = document.createElement('div');
    page.innerHTML = html;
    expect(page.querySelectorAll('button')).toHaveLength(0);
    expect(page.querySelectorAll('[hidden]')).toHaveLength(0);
    expect([...page.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Giấy tờ cần chuẩn bị',
      'Lệ phí',
      'Thời hạn giải quyết',
    ]);
    expect(page).toHaveTextContent('Giấy chứng sinh bản chính.');
    expect(page).toHaveTextContent('Ngay trong ngày làm việc.');
    expect(page).toHaveTextContent('Bản chính và bản sao');
  });

  it('hydrates the server HTML without a mismatch, then collapses into buttons', () => {
    const element = <Accordion id="ho-so" sections={sections} />;
    const html = renderOnServer(element);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let root: Root | undefined;
    act(() => {
      root = hydrateRoot(container, element);
    });
    expect(errors.mock.calls).toEqual([]);
    errors.mockRestore();
    const buttons = within(container).getAllByRole('button');
    expect(buttons).toHaveLength(4);
    expect(within(container).getByText('Giấy chứng sinh bản chính.')).not.toBeVisible();
    act(() => {
      root?.unmount();
    });
    container.remove();
  });

  it('makes each heading a collapsed button that controls its content', () => {
    render(<Accordion sections={sections} />);
    const button = screen.getByRole('button', { name: 'Lệ phí, Mở mục này' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button.closest('h2')).not.toBeNull();
    const content = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(content).toHaveTextContent('Miễn lệ phí khi đăng ký đúng hạn.');
    expect(content).not.toBeVisible();
  });

  it('includes the summary in the button name', () => {
    render(<Accordion sections={sections} />);
    expect(
      screen.getByRole('button', {
        name: 'Giấy tờ cần chuẩn bị, Bản chính và bản sao, Mở mục này',
      }),
    ).toBeInTheDocument();
  });

  it('opens and closes a section with Enter and Space, keeping focus', async () => {
    const user = userEvent.setup();
    render(<Accordion sections={sections} />);
    await user.tab();
    await user.tab();
    const first = screen.getByRole('button', { name: /^Giấy tờ cần chuẩn bị/ });
    expect(first).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(first).toHaveAttribute('aria-expanded', 'true');
    expect(first).toHaveAccessibleName('Giấy tờ cần chuẩn bị, Bản chính và bản sao, Đóng mục này');
    expect(screen.getByText('Giấy chứng sinh bản chính.')).toBeVisible();
    expect(first).toHaveFocus();
    await user.keyboard(' ');
    expect(first).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Giấy chứng sinh bản chính.')).not.toBeVisible();
  });

  it('keeps every section button in the tab order, and moves with arrows, Home and End', async () => {
    const user = userEvent.setup();
    render(<Accordion sections={sections} />);
    const [, first, second, third] = screen.getAllByRole('button');
    await user.tab();
    await user.tab();
    expect(first).toHaveFocus();
    await user.tab();
    expect(second).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(third).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(third).toHaveFocus();
    await user.keyboard('{Home}');
    expect(first).toHaveFocus();
    await user.keyboard('{End}');
    expect(third).toHaveFocus();
  });

  it('opens and closes every section with "Mở tất cả" / "Đóng tất cả"', async () => {
    const user = userEvent.setup();
    render(<Accordion sections={sections} />);
    const all = screen.getByRole('button', { name: 'Mở tất cả' });
    expect(all).toHaveAttribute('aria-expanded', 'false');
    await user.click(all);
    expect(all).toHaveAccessibleName('Đóng tất cả');
    expect(all).toHaveAttribute('aria-expanded', 'true');
    for (const button of screen.getAllByRole('button', { name: /Đóng mục này$/ })) {
      expect(button).toHaveAttribute('aria-expanded', 'true');
    }
    expect(screen.getByText('Ngay trong ngày làm việc.')).toBeVisible();
    await user.click(all);
    expect(all).toHaveAccessibleName('Mở tất cả');
    expect(screen.getByText('Ngay trong ngày làm việc.')).not.toBeVisible();
  });

  it('"Mở tất cả" turns into "Đóng tất cả" once the last closed section is opened by hand', async () => {
    const user = userEvent.setup();
    render(<Accordion sections={sections.map((s, i) => ({ ...s, defaultOpen: i !== 1 }))} />);
    expect(screen.getByText('Giấy chứng sinh bản chính.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /^Lệ phí/ }));
    expect(screen.getByRole('button', { name: 'Đóng tất cả' })).toBeInTheDocument();
  });

  it('uses the heading level it is given', () => {
    render(<Accordion sections={sections} headingLevel={4} />);
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(3);
  });

  it('speaks the language of the provider, and takes overrides', () => {
    const { unmount } = render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <Accordion
          sections={[
            { heading: 'Fees', content: 'None' },
            { heading: 'Time', content: '1 day' },
          ]}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Show all sections' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fees, Show this section' })).toBeInTheDocument();
    unmount();
    render(
      <Accordion
        sections={sections}
        showAllLabel="Xem hết"
        showSectionLabel="Xem"
        thisSectionLabel="phần này"
      />,
    );
    expect(screen.getByRole('button', { name: 'Xem hết' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lệ phí, Xem phần này' })).toBeInTheDocument();
  });

  it('forwards its ref and merges className and id', () => {
    const ref = { current: null as HTMLDivElement | null };
    render(<Accordion ref={ref} id="thu-tuc" className="extra" sections={sections} />);
    expect(ref.current).toHaveClass('dvc-accordion', 'extra');
    expect(ref.current).toHaveAttribute('id', 'thu-tuc');
    expect(screen.getByRole('button', { name: /^Lệ phí/ })).toHaveAttribute(
      'aria-controls',
      'thu-tuc-content-2',
    );
  });

  it('has no axe violations closed, open, and in the server HTML', async () => {
    const user = userEvent.setup();
    const { container } = render(<Accordion sections={sections} />);
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Mở tất cả' }));
    await expectNoAxeViolations(container);
    const page = document.createElement('div');
    page.innerHTML = renderOnServer(<Accordion sections={sections} />);
    document.body.append(page);
    await expectNoAxeViolations(page);
    page.remove();
  });
});
