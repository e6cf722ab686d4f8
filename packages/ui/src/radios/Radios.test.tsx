import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../form-field/parse-html.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { TextInput } from '../text-input/TextInput.js';
import { Radios, type RadiosItem } from './Radios.js';

const items: RadiosItem[] = [
  { value: 'ban-than', label: 'Bản thân' },
  { value: 'cha-me', label: 'Cha hoặc mẹ', hint: 'Người có tên trong giấy khai sinh' },
  {
    value: 'khac',
    label: 'Người khác',
    conditional: <TextInput name="quan-he" label="Quan hệ với người được khai sinh" />,
  },
];

describe('Radios', () => {
  it('is a fieldset of native radios named by the legend, with per-option hints', () => {
    render(<Radios name="requester" legend="Bạn là ai?" hint="Chọn một" items={items} />);
    const group = screen.getByRole('group', { name: 'Bạn là ai?' });
    expect(group).toHaveAccessibleDescription('Chọn một');
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.id)).toEqual(['requester', 'requester-2', 'requester-3']);
    expect(screen.getByRole('radio', { name: 'Cha hoặc mẹ' })).toHaveAccessibleDescription(
      'Người có tên trong giấy khai sinh',
    );
  });

  it('moves between options with the arrow keys and posts the chosen value', async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="f">
        <Radios name="requester" legend="Bạn là ai?" items={items.slice(0, 2)} />
      </form>,
    );
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Bản thân' })).toHaveFocus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Cha hoặc mẹ' })).toBeChecked();
    const data = new FormData(screen.getByRole<HTMLFormElement>('form'));
    expect(data.getAll('requester')).toEqual(['cha-me']);
  });

  it('reveals the nested question only for the checked option, with JS', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Radios name="r" legend="Bạn là ai?" items={items} onValueChange={onValueChange} />);
    const conditional = document.getElementById('r-3-conditional');
    expect(conditional).not.toBeVisible();
    const other = screen.getByRole('radio', { name: 'Người khác' });
    expect(other).toHaveAttribute('aria-controls', 'r-3-conditional');
    await user.click(other);
    expect(conditional).toBeVisible();
    expect(onValueChange).toHaveBeenLastCalledWith('khac');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Quan hệ với người được khai sinh' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'Bản thân' }));
    expect(conditional).not.toBeVisible();
  });

  it('without JS, renders every nested question reachable and the checked option checked', () => {
    const host = parseHtml(
      renderOnServer(
        <Radios
          name="r"
          legend="Bạn là ai?"
          items={items}
          defaultValue="cha-me"
          error="Chọn một"
        />,
      ),
    );
    expect(host.querySelector('#r-3-conditional')).not.toHaveAttribute('hidden');
    expect(host.querySelector('input[name="quan-he"]')).not.toBeNull();
    expect(host.querySelector<HTMLInputElement>('#r-2')?.hasAttribute('checked')).toBe(true);
    expect([...host.querySelectorAll('input[type="radio"][name="r"]')]).toHaveLength(3);
    expect(host.querySelector('fieldset')).toHaveAttribute('aria-describedby', 'r-error');
  });

  it('supports a controlled value', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <Radios name="r" legend="Ai?" items={items} value="ban-than" onValueChange={onValueChange} />,
    );
    await user.click(screen.getByRole('radio', { name: 'Cha hoặc mẹ' }));
    expect(onValueChange).toHaveBeenCalledWith('cha-me');
    expect(screen.getByRole('radio', { name: 'Bản thân' })).toBeChecked();
  });

  it('shows a divider in the provider language', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <Radios
          name="r"
          legend="Who?"
          inline
          small
          items={[
            { value: 'a', label: 'Me' },
            { value: 'b', label: 'Someone else', dividerBefore: true },
          ]}
        />
      </I18nProvider>,
    );
    expect(screen.getByText('or')).toHaveClass('dvc-radios__divider');
    expect(document.querySelector('.dvc-radios')).toHaveClass(
      'dvc-radios--inline',
      'dvc-radios--small',
    );
  });

  it('has no axe violations in any state', async () => {
    const { container } = render(
      <div>
        <Radios name="a" legend="Bạn là ai?" hint="Chọn một" items={items} defaultValue="khac" />
        <Radios
          name="b"
          legend="Giới tính"
          error="Chọn giới tính"
          inline
          items={items.slice(0, 2)}
        />
        <Radios name="c" legend="Không dùng" disabled items={items.slice(0, 2)} isPageHeading />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
