import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { ErrorMessage } from './ErrorMessage.js';

describe('ErrorMessage', () => {
  it('is prefixed for screen readers with a visually hidden "Lỗi:"', () => {
    render(<ErrorMessage id="e">Nhập họ và tên</ErrorMessage>);
    const message = document.getElementById('e');
    expect(message).toHaveTextContent('Lỗi: Nhập họ và tên');
    expect(screen.getByText('Lỗi:')).toHaveClass('dvc-visually-hidden');
  });

  it('speaks the provider language and takes an override', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <ErrorMessage id="a">Enter your name</ErrorMessage>
        <ErrorMessage id="b" visuallyHiddenText="Cảnh báo:">
          Kiểm tra lại
        </ErrorMessage>
      </I18nProvider>,
    );
    expect(document.getElementById('a')).toHaveTextContent('Error: Enter your name');
    expect(document.getElementById('b')).toHaveTextContent('Cảnh báo: Kiểm tra lại');
  });

  it('describes the control that references it', () => {
    render(
      <>
        <label htmlFor="n">Họ và tên</label>
        <ErrorMessage id="n-error">Nhập họ và tên</ErrorMessage>
        <input id="n" aria-describedby="n-error" aria-invalid />
      </>,
    );
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Lỗi: Nhập họ và tên');
  });

  it('renders on the server without warnings', () => {
    expect(renderOnServer(<ErrorMessage>Nhập ngày sinh</ErrorMessage>)).toContain('Lỗi:');
  });

  it('has no axe violations', async () => {
    const { container } = render(<ErrorMessage>Nhập ngày sinh</ErrorMessage>);
    await expectNoAxeViolations(container);
  });
});
