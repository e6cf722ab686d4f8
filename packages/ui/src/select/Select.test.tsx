import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../form-field/parse-html.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Select } from './Select.js';

const options = [
  { value: '', text: 'Chọn cách nhận kết quả' },
  { value: 'truc-tiep', text: 'Nhận trực tiếp tại bộ phận một cửa' },
  { value: 'buu-dien', text: 'Nhận qua bưu điện' },
  { value: 'truc-tuyen', text: 'Nhận bản điện tử', disabled: true },
];

describe('Select', () => {
  it('is a labelled native select with its options', () => {
    render(<Select name="delivery" label="Cách nhận kết quả" options={options} />);
    const select = screen.getByRole('combobox', { name: 'Cách nhận kết quả' });
    expect(select.tagName).toBe('SELECT');
    expect(select).toHaveAttribute('id', 'delivery');
    expect(screen.getAllByRole('option')).toHaveLength(4);
    expect(screen.getByRole('option', { name: 'Nhận bản điện tử' })).toBeDisabled();
  });

  it('in error, is invalid and described by the hint then the error', () => {
    render(
      <Select
        name="delivery"
        label="Cách nhận"
        options={options}
        hint="Chọn một"
        error="Chọn cách nhận kết quả"
      />,
    );
    const select = screen.getByRole('combobox');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAttribute('aria-describedby', 'delivery-hint delivery-error');
  });

  it('is chosen from the keyboard and posts the chosen value in a plain form', async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="f">
        <Select name="delivery" label="Cách nhận" options={options} />
      </form>,
    );
    await user.tab();
    expect(screen.getByRole('combobox')).toHaveFocus();
    await user.selectOptions(screen.getByRole('combobox'), 'buu-dien');
    expect(new FormData(screen.getByRole<HTMLFormElement>('form')).get('delivery')).toBe(
      'buu-dien',
    );
  });

  it('is a working native select in the server HTML alone, with the default value selected', () => {
    const host = parseHtml(
      renderOnServer(
        <Select name="delivery" label="Cách nhận" options={options} defaultValue="buu-dien" />,
      ),
    );
    const select = host.querySelector<HTMLSelectElement>('select[name="delivery"]');
    expect(select?.value).toBe('buu-dien');
    expect(host.querySelector('label[for="delivery"]')).toHaveTextContent('Cách nhận');
  });

  it('forwards its ref', () => {
    const ref = { current: null as HTMLSelectElement | null };
    render(<Select ref={ref} name="x" label="X" options={options} />);
    expect(ref.current).toBe(screen.getByRole('combobox'));
  });

  it('has no axe violations in any state', async () => {
    const { container } = render(
      <div>
        <Select name="a" label="Cách nhận" options={options} />
        <Select
          name="b"
          label="Cách nhận"
          options={options}
          hint="Chọn một"
          error="Chọn cách nhận"
        />
        <Select name="c" label="Cách nhận" options={options} disabled />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
