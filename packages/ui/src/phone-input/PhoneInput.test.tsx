import { validatePhone } from '@dvc/vn';
import { fireEvent, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../form-field/parse-html.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { PhoneInput } from './PhoneInput.js';

describe('PhoneInput', () => {
  it('is a tel input with the tel keypad and autocomplete', () => {
    render(<PhoneInput name="phone" label="Số điện thoại" />);
    const input = screen.getByRole('textbox', { name: 'Số điện thoại' });
    expect(input).toHaveAttribute('type', 'tel');
    expect(input).toHaveAttribute('inputmode', 'tel');
    expect(input).toHaveAttribute('autocomplete', 'tel');
  });

  it('accepts +84 and dots, formats on blur only, and posts text the server can normalise', async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="f">
        <PhoneInput name="phone" label="Số điện thoại" />
      </form>,
    );
    const input = screen.getByRole('textbox');
    await user.type(input, '+84 912.345.678');
    expect(input).toHaveValue('+84 912.345.678');
    await user.tab();
    expect(input).toHaveValue('0912 345 678');
    const posted = new FormData(screen.getByRole<HTMLFormElement>('form')).get('phone');
    const checked = validatePhone(posted);
    expect(checked.ok && checked.value).toBe('0912345678');
  });

  it('leaves an invalid number as typed for the error message to explain', () => {
    render(<PhoneInput name="p" label="Số điện thoại" />);
    const input = screen.getByRole('textbox');
    fireEvent.change(input, { target: { value: '0112 34' } });
    fireEvent.blur(input);
    expect(input).toHaveValue('0112 34');
  });

  it('is a working native tel input in the server HTML alone', () => {
    const host = parseHtml(
      renderOnServer(<PhoneInput name="phone" label="Số điện thoại" hint="Ví dụ: 0912 345 678" />),
    );
    const input = host.querySelector('input[name="phone"]');
    expect(input).toHaveAttribute('type', 'tel');
    expect(input).toHaveAttribute('aria-describedby', 'phone-hint');
  });

  it('has no axe violations in any state', async () => {
    const { container } = render(
      <div>
        <PhoneInput name="a" label="Số điện thoại" hint="Ví dụ: 0912 345 678" />
        <PhoneInput name="b" label="Số điện thoại" error="Nhập số điện thoại gồm 10 chữ số" />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
