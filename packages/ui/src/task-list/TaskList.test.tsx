import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { TaskList, type TaskListSection } from './TaskList.js';

const sections: TaskListSection[] = [
  {
    title: 'Thông tin hồ sơ',
    items: [
      { id: 'nguoi-yeu-cau', title: 'Người yêu cầu', href: '/nguoi-yeu-cau', status: 'completed' },
      {
        id: 'tre',
        title: 'Thông tin của trẻ',
        href: '/tre',
        hint: 'Họ tên, ngày sinh, nơi sinh',
        status: 'inProgress',
      },
      { id: 'cha-me', title: 'Cha và mẹ', href: '/cha-me', status: 'notStarted' },
    ],
  },
  {
    title: 'Gửi hồ sơ',
    items: [{ id: 'gui', title: 'Kiểm tra và gửi', href: '/gui', status: 'cannotStart' }],
  },
];

describe('TaskList', { timeout: 20_000 }, () => {
  it('groups tasks under section headings in lists', () => {
    render(<TaskList sections={sections} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Thông tin hồ sơ' })).toBeInTheDocument();
    const lists = screen.getAllByRole('list');
    expect(lists).toHaveLength(2);
    expect(lists[0]?.querySelectorAll('li')).toHaveLength(3);
  });

  it('describes each task link by its hint and status', () => {
    render(<TaskList sections={sections} />);
    expect(screen.getByRole('link', { name: 'Người yêu cầu' })).toHaveAccessibleDescription(
      'Đã xong',
    );
    expect(screen.getByRole('link', { name: 'Thông tin của trẻ' })).toHaveAccessibleDescription(
      'Họ tên, ngày sinh, nơi sinh Đang làm',
    );
    expect(screen.getByRole('link', { name: 'Cha và mẹ' })).toHaveAccessibleDescription(
      'Chưa bắt đầu',
    );
  });

  it('shows a task that cannot start yet as plain text, not a link', () => {
    render(<TaskList sections={sections} />);
    expect(screen.queryByRole('link', { name: 'Kiểm tra và gửi' })).toBeNull();
    expect(screen.getByText('Kiểm tra và gửi')).toBeInTheDocument();
    expect(screen.getByText('Chưa thể bắt đầu')).toBeInTheDocument();
  });

  it('reaches the startable tasks with Tab, in order, skipping the one that cannot start', async () => {
    const user = userEvent.setup();
    render(<TaskList sections={sections} />);
    const names: (string | null)[] = [];
    for (let i = 0; i < 3; i += 1) {
      await user.tab();
      names.push(document.activeElement?.textContent ?? null);
    }
    expect(names).toEqual(['Người yêu cầu', 'Thông tin của trẻ', 'Cha và mẹ']);
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('speaks English and takes per-list and per-task overrides', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <TaskList
          statusLabels={{ completed: 'Checked' }}
          sections={[
            {
              items: [
                { id: 'a', title: 'A', href: '#a', status: 'notStarted' },
                { id: 'b', title: 'B', href: '#b', status: 'completed' },
                { id: 'c', title: 'C', href: '#c', status: 'inProgress', statusText: 'Half way' },
              ],
            },
          ]}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('link', { name: 'A' })).toHaveAccessibleDescription('Not yet started');
    expect(screen.getByRole('link', { name: 'B' })).toHaveAccessibleDescription('Checked');
    expect(screen.getByRole('link', { name: 'C' })).toHaveAccessibleDescription('Half way');
  });

  it('renders on the server without warnings, with working links', () => {
    const html = renderOnServer(<TaskList sections={sections} />);
    expect(html).toContain('href="/tre"');
    expect(html).toContain('aria-describedby=');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <TaskList sections={sections} />
      </main>,
    );
    await expectNoAxeViolations(container);
  });
});
