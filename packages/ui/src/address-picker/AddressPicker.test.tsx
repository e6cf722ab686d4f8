import { act, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { AddressPicker } from './AddressPicker.js';

function serverForm(html: string): HTMLFormElement {
  const form = document.createElement('form');
  form.innerHTML = html;
  return form;
}

describe('AddressPicker', { timeout: 40_000 }, () => {
  it('renders native selects on the server, listing the chosen province’s communes, with a reload button', () => {
    const html = renderOnServer(
      <AddressPicker
        name="address"
        defaultValue={{ province: '19', commune: '01843', street: 'Tổ 5' }}
      />,
    );
    const form = serverForm(html);
    const selects = form.querySelectorAll('select');
    expect(selects).toHaveLength(2);
    expect(selects[0]?.options).toHaveLength(35);
    expect(selects[1]?.options).toHaveLength(93);
    const reload = form.querySelector('button[type="submit"]');
    expect(reload).toHaveTextContent('Chọn');
    expect(reload).toHaveAttribute('name', 'address.action');
    expect(reload).toHaveAttribute('formnovalidate');
    const data = new FormData(form);
    expect(data.get('address.province')).toBe('19');
    expect(data.get('address.commune')).toBe('01843');
    expect(data.get('address.street')).toBe('Tổ 5');
  });

  it('keeps the province and street chosen before the scripts arrived, through later changes', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const container = document.createElement('div');
    container.innerHTML = renderOnServer(<AddressPicker name="address" onChange={onChange} />);
    document.body.append(container);
    // The person uses the server's plain controls while the page is still loading.
    const province = container.querySelector<HTMLSelectElement>('select[name="address.province"]');
    const street = container.querySelector<HTMLInputElement>('input[name="address.street"]');
    if (!province || !street) throw new Error('no server controls');
    province.value = '19';
    street.value = 'Thôn Pác Ngòi';
    await act(async () => {
      hydrateRoot(container, <AddressPicker name="address" onChange={onChange} />);
      await Promise.resolve();
    });
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ province: '19', street: 'Thôn Pác Ngòi' }),
    );
    // A later change (a commune chosen) re-renders the picker: nothing typed early is lost.
    const commune = screen.getByRole('combobox', { name: 'Xã, phường, đặc khu' });
    expect(commune).toBeEnabled();
    await user.type(commune, 'bac kan');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByRole('textbox', { name: /số nhà/iu })).toHaveValue('Thôn Pác Ngòi');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ province: '19', commune: '01843', street: 'Thôn Pác Ngòi' }),
    );
    container.remove();
  });

  it('disables the commune list on the server until a province is chosen', () => {
    const form = serverForm(renderOnServer(<AddressPicker name="address" />));
    expect(form.querySelectorAll('select')[1]).toBeDisabled();
    expect(form.textContent).toContain('Hãy chọn tỉnh, thành phố trước.');
  });

  it('is a fieldset: province, then that province’s communes, then the street line', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <form aria-label="Hồ sơ">
        <AddressPicker name="address" onChange={onChange} />
      </form>,
    );
    expect(screen.getByRole('group', { name: 'Địa chỉ' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chọn' })).not.toBeInTheDocument();
    const commune = screen.getByRole('combobox', { name: 'Xã, phường, đặc khu' });
    expect(commune).toBeDisabled();

    await user.type(screen.getByRole('combobox', { name: 'Tỉnh, thành phố' }), 'thai nguyen');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(commune).toBeEnabled();
    await user.type(commune, 'bac can');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(commune).toHaveValue('Phường Bắc Kạn');
    await user.type(screen.getByRole('textbox', { name: 'Số nhà, tên đường, thôn/xóm' }), 'Tổ 5');

    const data = new FormData(screen.getByRole<HTMLFormElement>('form'));
    expect(data.get('address.province')).toBe('19');
    expect(data.get('address.commune')).toBe('01843');
    expect(data.get('address.street')).toBe('Tổ 5');
    expect(onChange).toHaveBeenLastCalledWith({ province: '19', commune: '01843', street: 'Tổ 5' });
  });

  it('clears the commune when the province changes', async () => {
    const user = userEvent.setup();
    render(<AddressPicker name="address" defaultValue={{ province: '19', commune: '01843' }} />);
    const province = screen.getByRole('combobox', { name: 'Tỉnh, thành phố' });
    await user.clear(province);
    await user.type(province, 'cao bang');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByRole('combobox', { name: 'Xã, phường, đặc khu' })).toHaveValue('');
  });

  it('maps an address from older papers through the given function and fills the picker', async () => {
    const user = userEvent.setup();
    const mapOldAddress = vi.fn(() => Promise.resolve([{ code: '01906', provinceCode: '19' }]));
    render(<AddressPicker name="address" mapOldAddress={mapOldAddress} />);
    await user.click(screen.getByText('Địa chỉ trên giấy tờ cũ?'));
    await user.type(screen.getByRole('textbox', { name: 'Tỉnh, thành phố (cũ)' }), 'Bắc Kạn');
    await user.type(screen.getByRole('textbox', { name: 'Quận, huyện, thị xã (cũ)' }), 'Ba Bể');
    await user.type(
      screen.getByRole('textbox', { name: 'Xã, phường, thị trấn (cũ)' }),
      'Thượng Giáo',
    );
    await user.click(screen.getByRole('button', { name: 'Tìm địa chỉ mới' }));
    expect(mapOldAddress).toHaveBeenCalledWith({
      province: 'Bắc Kạn',
      district: 'Ba Bể',
      ward: 'Thượng Giáo',
    });
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent(
        'Đã điền địa chỉ mới: Xã Ba Bể, Thái Nguyên. Hãy kiểm tra lại.',
      );
    });
    expect(screen.getByRole('combobox', { name: 'Tỉnh, thành phố' })).toHaveValue('Thái Nguyên');
    expect(screen.getByRole('combobox', { name: 'Xã, phường, đặc khu' })).toHaveValue('Xã Ba Bể');
  });

  it('says so when the old address is not found', async () => {
    const user = userEvent.setup();
    render(<AddressPicker name="address" mapOldAddress={() => []} />);
    await user.click(screen.getByText('Địa chỉ trên giấy tờ cũ?'));
    await user.click(screen.getByRole('button', { name: 'Tìm địa chỉ mới' }));
    expect(await screen.findByText(/Không tìm thấy địa chỉ mới tương ứng/u)).toBeVisible();
  });

  it('posts the old address with a submit button when there is no JavaScript', () => {
    const form = serverForm(
      renderOnServer(<AddressPicker name="address" mapOldAddress={() => []} />),
    );
    const find = [...form.querySelectorAll('button')].find(
      (b) => b.textContent === 'Tìm địa chỉ mới',
    );
    expect(find).toHaveAttribute('type', 'submit');
    expect(find).toHaveAttribute('value', 'map-old');
    expect(form.querySelector('input[name="address.oldDistrict"]')).not.toBeNull();
  });

  it('has no axe violations on the server and in the browser with the helper open', async () => {
    const user = userEvent.setup();
    const server = serverForm(
      renderOnServer(<AddressPicker name="address" mapOldAddress={() => []} />),
    );
    document.body.append(server);
    await expectNoAxeViolations(server);
    server.remove();
    const { container } = render(
      <AddressPicker
        name="address"
        defaultValue={{ province: '19' }}
        errors={{ commune: 'Hãy chọn xã, phường', street: 'Hãy nhập số nhà, tên đường' }}
        mapOldAddress={() => []}
      />,
    );
    await user.click(screen.getByText('Địa chỉ trên giấy tờ cũ?'));
    await expectNoAxeViolations(container);
  });
});
