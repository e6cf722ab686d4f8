import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../form-field/parse-html.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { TextInput } from '../text-input/TextInput.js';
import { ErrorSummary } from './ErrorSummary.js';

const errors = [
  { fieldId: 'full-name', text: 'Nhập họ và tên' },
  { fieldId: 'sex', text: 'Chọn giới tính' },
];

function Page() {
  return (
    <>
      <ErrorSummary errors={errors} />
      <TextInput name="full-name" label="Họ và tên" error="Nhập họ và tên" />
      <fieldset>
        <legend>Giới tính</legend>
        <input type="radio" id="sex" name="sex" value="nam" aria-label="Nam" />
      </fieldset>
    </>
  );
}

const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('ErrorSummary', () => {
  it('renders on the server as a titled list of plain #id links, without role alert', () => {
    const html = renderOnServer(<Page />);
    const host = parseHtml(html);
    const summary = host.querySelector('.dvc-error-summary');
    expect(summary).not.toHaveAttribute('role');
    expect(summary).toHaveAttribute('tabindex', '-1');
    expect(summary?.querySelector('h2')).toHaveTextContent('Có lỗi cần sửa');
    const links = [...(summary?.querySelectorAll('a') ?? [])];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#full-name', '#sex']);
    expect(host.querySelector('#full-name')?.tagName).toBe('INPUT');
  });

  it('carries autofocus in server HTML, so it takes focus without JavaScript, unless told not to', () => {
    const focused = parseHtml(renderOnServer(<ErrorSummary errors={errors} />));
    expect(focused.querySelector('.dvc-error-summary')).toHaveAttribute('autofocus');
    const unfocused = parseHtml(
      renderOnServer(<ErrorSummary errors={errors} focusOnMount={false} />),
    );
    expect(unfocused.querySelector('.dvc-error-summary')).not.toHaveAttribute('autofocus');
  });

  it('lists a problem of the whole form as text, beside the links to fields', () => {
    render(
      <ErrorSummary
        errors={[
          { text: 'Phiên làm việc đã hết hạn' },
          { fieldId: 'full-name', text: 'Nhập họ và tên' },
        ]}
        focusOnMount={false}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Phiên làm việc đã hết hạn');
    expect(items[0]?.querySelector('a')).toBeNull();
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#full-name']);
  });

  it('takes focus when the page is hydrated but is not an alert', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderOnServer(<Page />);
    document.body.append(container);
    const errorsLogged = vi.spyOn(console, 'error');
    await act(async () => {
      hydrateRoot(container, <Page />);
      await Promise.resolve();
    });
    const summary = container.querySelector('.dvc-error-summary');
    expect(summary).toHaveFocus();
    expect(summary).not.toHaveAttribute('role');
    expect(errorsLogged).not.toHaveBeenCalled();
    container.remove();
  });

  it('is an alert that takes focus when it appears after load', async () => {
    const user = userEvent.setup();
    function Later() {
      const [shown, setShown] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setShown(true)}>
            Kiểm tra
          </button>
          {shown && <ErrorSummary errors={errors} />}
        </>
      );
    }
    render(<Later />);
    await user.click(screen.getByRole('button'));
    const alert = screen.getByRole('alert', { name: 'Có lỗi cần sửa' });
    expect(alert).toHaveFocus();
  });

  it('moves focus to the field and scrolls its label into view, from the keyboard', async () => {
    const user = userEvent.setup();
    render(<Page />);
    expect(screen.getByRole('heading', { name: 'Có lỗi cần sửa' }).parentElement).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Nhập họ và tên' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Họ và tên' })).toHaveFocus();
    expect(scrolled).toEqual([document.querySelector('label[for="full-name"]')]);
  });

  it('scrolls the legend into view for a field inside a fieldset', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('link', { name: 'Chọn giới tính' }));
    expect(screen.getByRole('radio', { name: 'Nam' })).toHaveFocus();
    expect(scrolled).toEqual([document.querySelector('legend')]);
  });

  it('leaves the plain fragment link alone when the field is not on the page', async () => {
    const user = userEvent.setup();
    render(
      <ErrorSummary errors={[{ fieldId: 'missing', text: 'Lỗi khác' }]} focusOnMount={false} />,
    );
    const link = screen.getByRole('link');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(document.body).toHaveFocus();
    await user.tab();
    expect(link).toHaveFocus();
  });

  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('speaks the provider language and takes a title override', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <ErrorSummary errors={errors} focusOnMount={false} />
        <ErrorSummary errors={errors} focusOnMount={false} title="Kiểm tra lại" id="second" />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kiểm tra lại' })).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = render(<Page />);
    await expectNoAxeViolations(container);
  });
});
