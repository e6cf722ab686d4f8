import { communes, communesOf, provinces } from '@dvc/vn/places';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { hydrateRoot, type Root } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Combobox, type ComboboxOption } from './Combobox.js';

const provinceOptions: ComboboxOption[] = provinces.map((p) => ({ value: p.code, label: p.name }));
const thaiNguyenCommunes: ComboboxOption[] = communesOf('19').map((c) => ({
  value: c.code,
  label: c.name,
}));
const allCommunes: ComboboxOption[] = communes.map((c) => ({
  value: c.code,
  label: `${c.name}, ${c.provinceName}`,
}));

function inForm(element: React.ReactElement) {
  render(<form aria-label="Biểu mẫu">{element}</form>);
  return screen.getByRole<HTMLFormElement>('form');
}

function status(container: HTMLElement = document.body): string {
  return container.querySelector('[aria-live]')?.textContent ?? '';
}

describe('Combobox', () => {
  it('renders a native select with every option on the server, so it works without JavaScript', () => {
    const html = renderOnServer(
      <Combobox
        label="Tỉnh, thành phố"
        name="province"
        options={provinceOptions}
        defaultValue="19"
      />,
    );
    expect(html).not.toContain('role="combobox"');
    const form = document.createElement('form');
    form.innerHTML = html;
    const select = form.querySelector('select');
    expect(select).toHaveAttribute('name', 'province');
    expect(select?.options).toHaveLength(provinceOptions.length + 1);
    expect(select?.options[0]).toHaveTextContent('Chọn');
    expect(new FormData(form).get('province')).toBe('19');
    expect(within(form).getByLabelText('Tỉnh, thành phố')).toBe(select);
  });

  it('can render an input with a datalist instead, which also sends the code', () => {
    const html = renderOnServer(
      <Combobox
        label="Xã, phường"
        name="commune"
        options={allCommunes}
        fallback="datalist"
        defaultValue="01843"
      />,
    );
    const form = document.createElement('form');
    form.innerHTML = html;
    const input = form.querySelector('input');
    expect(input).toHaveAttribute('list', form.querySelector('datalist')?.id);
    expect(form.querySelectorAll('datalist option')).toHaveLength(3321);
    expect(new FormData(form).get('commune')).toBe('01843');
  });

  it('becomes an ARIA combobox in the browser, with a hidden input carrying the value', () => {
    const form = inForm(
      <Combobox
        label="Tỉnh, thành phố"
        name="province"
        options={provinceOptions}
        defaultValue="19"
      />,
    );
    const input = screen.getByRole('combobox', { name: 'Tỉnh, thành phố' });
    expect(input).toHaveValue('Thái Nguyên');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
    expect(list).toHaveAttribute('role', 'listbox');
    expect(form.querySelector('select')).toBeNull();
    expect(new FormData(form).get('province')).toBe('19');
  });

  it('finds names typed without marks, and spelling variants', async () => {
    const user = userEvent.setup();
    render(<Combobox label="Tỉnh, thành phố" name="province" options={provinceOptions} />);
    const input = screen.getByRole('combobox');
    await user.type(input, 'thai nguyen');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Thái Nguyên');

    await user.clear(input);
    render(<Combobox label="Xã, phường" name="commune" options={thaiNguyenCommunes} />);
    const commune = screen.getByRole('combobox', { name: 'Xã, phường' });
    await user.type(commune, 'bac can');
    const listbox = screen.getByRole('listbox', { name: 'Xã, phường' });
    expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('Phường Bắc Kạn');
  });

  it('announces the number of results politely', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <Combobox label="Xã, phường" name="commune" options={thaiNguyenCommunes} />,
    );
    const input = screen.getByRole('combobox');
    await user.type(input, 'phuong');
    const count = screen.getAllByRole('option').length;
    expect(count).toBeGreaterThan(1);
    expect(status(container)).toBe(`Có ${String(count)} kết quả`);
    expect(container.querySelector('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    await user.clear(input);
    await user.type(input, 'zzzz');
    expect(status(container)).toBe(
      'Không có kết quả. Hãy thử gõ tên khác, có dấu hoặc không dấu đều được.',
    );
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('follows the APG keys: Down, Up, Home, End, Enter and Escape', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const form = inForm(
      <Combobox
        label="Tỉnh, thành phố"
        name="province"
        options={provinceOptions}
        onValueChange={onValueChange}
      />,
    );
    const input = screen.getByRole('combobox');
    await user.tab();
    expect(input).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(34);
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[2]?.id);
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await user.keyboard('{End}');
    expect(input).toHaveAttribute('aria-activedescendant', options[33]?.id);
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options[33]?.id);
    await user.keyboard('{Home}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(input).toHaveValue(provinceOptions[1]?.label);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    expect(new FormData(form).get('province')).toBe(provinceOptions[1]?.value);
    expect(onValueChange).toHaveBeenCalledWith(provinceOptions[1]?.value, provinceOptions[1]);

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue(provinceOptions[1]?.label);
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(new FormData(form).get('province')).toBe('');
  });

  it('lets Enter submit the form when no option is active', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: React.FormEvent) => {
      event.preventDefault();
    });
    render(
      <form onSubmit={onSubmit}>
        <Combobox label="Tỉnh" name="province" options={provinceOptions} defaultValue="01" />
        <button type="submit">Gửi</button>
      </form>,
    );
    await user.click(screen.getByRole('combobox'));
    await user.keyboard('{Escape}{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('chooses with the mouse and keeps focus in the input', async () => {
    const user = userEvent.setup();
    render(<Combobox label="Xã, phường" name="commune" options={thaiNguyenCommunes} />);
    const input = screen.getByRole('combobox');
    await user.type(input, 'ba be');
    await user.click(screen.getByRole('option', { name: 'Xã Ba Bể' }));
    expect(input).toHaveValue('Xã Ba Bể');
    expect(input).toHaveFocus();
    expect(document.querySelector('input[type="hidden"]')).toHaveValue('01906');
  });

  it('puts back the chosen label when typed text matching no option is left', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Combobox label="Tỉnh" name="province" options={provinceOptions} defaultValue="19" />
        <button type="button">Sau</button>
      </>,
    );
    const input = screen.getByRole('combobox');
    await user.clear(input);
    await user.type(input, 'khong co');
    await user.tab();
    expect(input).toHaveValue('Thái Nguyên');
    await user.clear(input);
    await user.type(input, 'cao bang');
    await user.tab();
    expect(input).toHaveValue('Cao Bằng');
    expect(document.querySelector('input[type="hidden"]')).toHaveValue('04');
  });

  it(
    'renders at most 50 options over the 3,321 communes and says how many matched',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      const { container } = render(
        <Combobox label="Xã, phường" name="commune" options={allCommunes} />,
      );
      const input = screen.getByRole('combobox');
      await user.click(input);
      expect(screen.getAllByRole('option')).toHaveLength(50);
      await user.type(input, 'xa');
      expect(screen.getAllByRole('option')).toHaveLength(50);
      expect(status(container)).toMatch(/^Có \d+ kết quả, hiển thị 50 kết quả đầu\./u);
      await user.type(input, ' ba be');
      expect(screen.getAllByRole('option')[0]).toHaveTextContent('Xã Ba Bể, Thái Nguyên');
    },
  );

  it('waits for an IME to finish composing before searching', () => {
    render(<Combobox label="Tỉnh" name="province" options={provinceOptions} />);
    const input = screen.getByRole('combobox');
    fireEvent.compositionStart(input);
    fireEvent.change(input, { target: { value: 'Cao Bă' } });
    expect(input).toHaveValue('Cao Bă');
    expect(screen.getAllByRole('option')).toHaveLength(34);
    fireEvent.keyDown(input, { key: 'ArrowDown', isComposing: true });
    expect(input).not.toHaveAttribute('aria-activedescendant');
    fireEvent.change(input, { target: { value: 'Cao Bằ' } });
    fireEvent.compositionEnd(input);
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('Cao Bằng');
  });

  it('keeps a choice made in the native select before the page hydrated', async () => {
    const element = (
      <form aria-label="Địa chỉ">
        <Combobox label="Tỉnh, thành phố" name="province" options={provinceOptions} />
      </form>
    );
    const container = document.createElement('div');
    container.innerHTML = renderOnServer(element);
    document.body.append(container);
    const select = container.querySelector('select');
    if (!select) throw new Error('no select');
    select.value = '19';
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let root: Root | undefined;
    await act(async () => {
      root = hydrateRoot(container, element);
      await Promise.resolve();
    });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(screen.getByRole('combobox')).toHaveValue('Thái Nguyên');
    const form = container.querySelector('form');
    if (!form) throw new Error('no form');
    expect(new FormData(form).get('province')).toBe('19');
    act(() => {
      root?.unmount();
    });
    container.remove();
  });

  it('ties hint and error to the input', () => {
    render(
      <Combobox
        label="Tỉnh"
        name="province"
        options={provinceOptions}
        hint="Nơi bạn đang sống"
        error="Hãy chọn tỉnh, thành phố"
      />,
    );
    const input = screen.getByRole('combobox');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining('Nơi bạn đang sống Hãy chọn tỉnh, thành phố') as string,
    );
  });

  it('has no axe violations closed, open with an active option, and as a server select', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <Combobox label="Tỉnh" name="province" options={provinceOptions} hint="Nơi bạn đang sống" />,
    );
    await expectNoAxeViolations(container);
    await user.type(screen.getByRole('combobox'), 'ha');
    await user.keyboard('{ArrowDown}');
    await expectNoAxeViolations(container);
    const server = document.createElement('div');
    server.innerHTML = renderOnServer(
      <Combobox label="Tỉnh" name="province" options={provinceOptions} error="Hãy chọn" />,
    );
    document.body.append(server);
    await expectNoAxeViolations(server);
    server.remove();
  });
});
