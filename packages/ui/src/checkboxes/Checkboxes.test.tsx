import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../form-field/parse-html.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { TextInput } from '../text-input/TextInput.js';
import { Checkboxes, type CheckboxesItem } from './Checkboxes.js';

const items: CheckboxesItem[] = [
  { value: 'khai-sinh', label: 'Giấy chứng sinh' },
  { value: 'ket-hon', label: 'Giấy chứng nhận kết hôn', hint: 'Nếu cha mẹ đã đăng ký kết hôn' },
  {
    value: 'khac',
    label: 'Giấy tờ khác',
    conditional: <TextInput name="giay-khac" label="Tên giấy tờ" />,
  },
  { value: 'khong', label: 'Không có giấy tờ nào', exclusive: true },
];

function form() {
  return screen.getByRole<HTMLFormElement>('form');
}

describe('Checkboxes', () => {
  it('is a fieldset of native checkboxes with hints and a divider before the exclusive option', () => {
    render(
      <Checkboxes name="docs" legend="Bạn có giấy tờ nào?" hint="Chọn tất cả" items={items} />,
    );
    expect(screen.getByRole('group', { name: 'Bạn có giấy tờ nào?' })).toHaveAccessibleDescription(
      'Chọn tất cả',
    );
    expect(screen.getAllByRole('checkbox').map((c) => c.id)).toEqual([
      'docs',
      'docs-2',
      'docs-3',
      'docs-4',
    ]);
    expect(
      screen.getByRole('checkbox', { name: 'Giấy chứng nhận kết hôn' }),
    ).toHaveAccessibleDescription('Nếu cha mẹ đã đăng ký kết hôn');
    const divider = screen.getByText('hoặc');
    expect(divider.nextElementSibling?.querySelector('input')).toHaveAttribute('value', 'khong');
  });

  it('posts every checked value under the one name, toggled from the keyboard', async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="f">
        <Checkboxes name="docs" legend="Giấy tờ" items={items} />
      </form>,
    );
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    expect(new FormData(form()).getAll('docs')).toEqual(['khai-sinh', 'ket-hon']);
  });

  it('the exclusive option unchecks the others, and the others uncheck it', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <form aria-label="f">
        <Checkboxes name="docs" legend="Giấy tờ" items={items} onValueChange={onValueChange} />
      </form>,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Giấy chứng sinh' }));
    await user.click(screen.getByRole('checkbox', { name: 'Giấy tờ khác' }));
    await user.click(screen.getByRole('checkbox', { name: 'Không có giấy tờ nào' }));
    expect(new FormData(form()).getAll('docs')).toEqual(['khong']);
    expect(onValueChange).toHaveBeenLastCalledWith(['khong']);
    expect(document.getElementById('docs-3-conditional')).not.toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Giấy chứng nhận kết hôn' }));
    expect(new FormData(form()).getAll('docs')).toEqual(['ket-hon']);
    expect(onValueChange).toHaveBeenLastCalledWith(['ket-hon']);
  });

  it('applies the exclusive rule to a controlled value too', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState(['khai-sinh', 'ket-hon']);
      return (
        <Checkboxes
          name="d"
          legend="Giấy tờ"
          items={items}
          value={value}
          onValueChange={setValue}
        />
      );
    }
    render(<Controlled />);
    await user.click(screen.getByRole('checkbox', { name: 'Không có giấy tờ nào' }));
    expect(screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toEqual([
      screen.getByRole('checkbox', { name: 'Không có giấy tờ nào' }),
    ]);
    await user.click(screen.getByRole('checkbox', { name: 'Giấy chứng sinh' }));
    expect(screen.getByRole('checkbox', { name: 'Không có giấy tờ nào' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Giấy chứng sinh' })).toBeChecked();
  });

  it('reveals a nested question when its option is checked', async () => {
    const user = userEvent.setup();
    render(<Checkboxes name="d" legend="Giấy tờ" items={items} />);
    const conditional = document.getElementById('d-3-conditional');
    expect(conditional).not.toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Giấy tờ khác' }));
    expect(conditional).toBeVisible();
  });

  it('without JS, every nested question is in the server HTML and reachable', () => {
    const host = parseHtml(
      renderOnServer(
        <Checkboxes name="d" legend="Giấy tờ" items={items} defaultValue={['khai-sinh']} />,
      ),
    );
    expect(host.querySelector('#d-3-conditional')).not.toHaveAttribute('hidden');
    expect(host.querySelector('input[name="giay-khac"]')).not.toBeNull();
    expect(host.querySelector('#d')?.hasAttribute('checked')).toBe(true);
    expect(host.querySelectorAll('input[type="checkbox"][name="d"]')).toHaveLength(4);
    expect(host.querySelector('[aria-controls]')).toBeNull();
  });

  it('has no axe violations in any state', async () => {
    const { container } = render(
      <div>
        <Checkboxes
          name="a"
          legend="Giấy tờ"
          hint="Chọn tất cả"
          items={items}
          defaultValue={['khac']}
        />
        <Checkboxes name="b" legend="Giấy tờ" error="Chọn ít nhất một" small items={items} />
        <Checkboxes name="c" legend="Không dùng" disabled items={items.slice(0, 2)} />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
