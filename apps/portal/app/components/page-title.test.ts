import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from './ErrorSummary';
import { pageTitle } from './page-title';
import { TableRegion } from './TableRegion';

describe('pageTitle', () => {
  it('names the page, then the portal, in the page language', () => {
    expect(pageTitle('vi', 'Tra cứu hồ sơ')).toBe(
      'Tra cứu hồ sơ – Cổng dịch vụ công (bản trình diễn)',
    );
    expect(pageTitle('en', 'Track an application')).toBe(
      'Track an application – Public services portal (demo)',
    );
  });

  it('starts with the error count when the form came back with errors', () => {
    expect(pageTitle('vi', 'Tra cứu hồ sơ', { errors: 2 })).toBe(
      'Lỗi (2): Tra cứu hồ sơ – Cổng dịch vụ công (bản trình diễn)',
    );
    expect(pageTitle('en', 'Sign in', { errors: 1 })).toMatch(/^Error \(1\): Sign in – /u);
    expect(pageTitle('vi', 'Tra cứu hồ sơ', { errors: 0 })).not.toMatch(/Lỗi/u);
  });

  it('takes another name after the page (a service) and composes decomposed text', () => {
    const decomposed = 'Đăng ký khai sinh'.normalize('NFD');
    const title = pageTitle('vi', 'Trẻ có sinh ra ở Việt Nam không?', {
      errors: 1,
      site: decomposed,
    });
    expect(title).toBe('Lỗi (1): Trẻ có sinh ra ở Việt Nam không? – Đăng ký khai sinh');
    expect(title).toBe(title.normalize('NFC'));
  });

  it('falls back to Vietnamese for an unknown language', () => {
    expect(pageTitle('fr', 'X')).toBe('X – Cổng dịch vụ công (bản trình diễn)');
  });
});

describe('ErrorSummary, rendered on the server', () => {
  const render = (messages: Parameters<typeof ErrorSummary>[0]['messages']) =>
    renderToString(
      createElement(I18nProvider, {
        i18n: createI18n({ lng: 'vi' }),
        children: createElement(ErrorSummary, { messages }),
      }),
    );

  it('takes focus without JavaScript (autofocus), is focusable, and is an alert', () => {
    const html = render([
      { fieldId: 'code', message: 'Nhập mã hồ sơ' },
      { fieldId: null, message: 'Không gửi được' },
    ]);
    expect(html).toContain('autofocus=""');
    expect(html).toContain('tabindex="-1"');
    expect(html).toContain('role="alert"');
    expect(html).toContain('<a href="#code">Nhập mã hồ sơ</a>');
    expect(html).toContain('<li>Không gửi được</li>');
  });

  it('renders nothing without messages', () => {
    expect(render([])).toBe('');
  });
});

describe('TableRegion', () => {
  it('is a focusable region named by its heading', () => {
    const html = renderToString(
      createElement(TableRegion, { labelledBy: 'applications-title', children: 'x' }),
    );
    expect(html).toBe(
      '<div class="portal-table-wrap" role="region" aria-labelledby="applications-title" tabindex="0">x</div>',
    );
  });
});
