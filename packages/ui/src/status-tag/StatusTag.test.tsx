import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { StatusTag } from './StatusTag.js';
import { applicationStatuses, findApplicationStatus } from './statuses.js';

const vietnamese = [
  'Mới đăng ký',
  'Được tiếp nhận',
  'Không được tiếp nhận',
  'Đang xử lý',
  'Yêu cầu bổ sung giấy tờ',
  'Yêu cầu thực hiện nghĩa vụ tài chính',
  'Công dân yêu cầu rút hồ sơ',
  'Dừng xử lý',
  'Đã xử lý xong',
  'Đã trả kết quả',
];

describe('applicationStatuses', () => {
  it('lists the ten statuses numbered 1 to 10 with unique ids', () => {
    expect(applicationStatuses.map((s) => s.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(applicationStatuses.map((s) => s.id)).size).toBe(10);
  });

  it('finds a status by id or by number, and nothing for an unknown one', () => {
    expect(findApplicationStatus('received')?.code).toBe(2);
    expect(findApplicationStatus(9)?.id).toBe('processed');
    expect(findApplicationStatus(11)).toBeUndefined();
  });
});

describe('StatusTag', { timeout: 20_000 }, () => {
  it('labels each status in Vietnamese, by number, with text and a hidden icon', () => {
    const { container } = render(
      <p>
        {applicationStatuses.map((s) => (
          <StatusTag key={s.id} status={s.code} />
        ))}
      </p>,
    );
    const tags = [...container.querySelectorAll('.dvc-tag')];
    expect(tags.map((tag) => tag.textContent)).toEqual(vietnamese);
    for (const tag of tags) {
      const icon = tag.querySelector('svg');
      expect(icon).not.toBeNull();
      expect(icon?.closest('[aria-hidden="true"]')).not.toBeNull();
    }
  });

  it('uses the tone of the status and a different icon for each tone', () => {
    const { rerender } = render(<StatusTag status="notReceived" />);
    expect(screen.getByText('Không được tiếp nhận').closest('.dvc-tag')).toHaveClass(
      'dvc-tag--error',
    );
    const errorIcon = document.querySelector('svg path')?.getAttribute('d');
    rerender(<StatusTag status="resultReturned" />);
    expect(screen.getByText('Đã trả kết quả').closest('.dvc-tag')).toHaveClass('dvc-tag--success');
    expect(document.querySelector('svg path')?.getAttribute('d')).not.toBe(errorIcon);
  });

  it('speaks English under an English provider', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <StatusTag status="supplementRequested" />
      </I18nProvider>,
    );
    expect(screen.getByText('More documents requested')).toBeInTheDocument();
  });

  it('lets a page override the label', () => {
    render(<StatusTag status={4} label="Đang thẩm định" />);
    expect(screen.getByText('Đang thẩm định')).toBeInTheDocument();
    expect(screen.queryByText('Đang xử lý')).not.toBeInTheDocument();
  });

  it('refuses an unknown status instead of showing a blank tag', () => {
    const quiet = () => undefined;
    const original = console.error;
    console.error = quiet;
    try {
      expect(() => render(<StatusTag status={42} />)).toThrow(/Unknown application status/);
    } finally {
      console.error = original;
    }
  });

  it('renders on the server without warnings', () => {
    const html = renderOnServer(<StatusTag status="processing" />);
    expect(html).toContain('Đang xử lý');
    expect(html).toContain('aria-hidden="true"');
  });

  it('has no axe violations for any status', async () => {
    const { container } = render(
      <ul>
        {applicationStatuses.map((s) => (
          <li key={s.id}>
            <StatusTag status={s.id} />
          </li>
        ))}
      </ul>,
    );
    await expectNoAxeViolations(container);
  });
});
