import { validateCitizenId } from '@dvc/vn';
import { fireEvent, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../form-field/parse-html.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { CitizenIdInput, formatCitizenId } from './CitizenIdInput.js';

// 001: Hà Nội, 0: male born in the 1900s, 85: 1985.
const id = '001085012345';

describe('formatCitizenId', () => {
  it('groups 12 digits 4-4-4 and leaves anything else as typed', () => {
    expect(formatCitizenId('001085012345')).toBe('0010 8501 2345');
    expect(formatCitizenId(' 0010.8501-2345 ')).toBe('0010 8501 2345');
    expect(formatCitizenId('12345')).toBe('12345');
  });
});

describe('CitizenIdInput', () => {
  it('is a numeric text input with autocomplete off and a default hint', () => {
    render(<CitizenIdInput name="cccd" label="Số định danh cá nhân" />);
    const input = screen.getByRole('textbox', { name: 'Số định danh cá nhân' });
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveAccessibleDescription(
      'Gồm 12 chữ số, in trên thẻ căn cước hoặc căn cước công dân',
    );
  });

  it('does not reformat while typing, groups on blur, and the server reads digits back', async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="f">
        <CitizenIdInput name="cccd" label="Số định danh cá nhân" />
      </form>,
    );
    const input = screen.getByRole('textbox');
    await user.type(input, id);
    expect(input).toHaveValue(id);
    await user.tab();
    expect(input).toHaveValue('0010 8501 2345');
    const posted = new FormData(screen.getByRole<HTMLFormElement>('form')).get('cccd');
    expect(posted).toBe('0010 8501 2345');
    const checked = validateCitizenId(posted);
    expect(checked.ok && checked.value).toBe(id);
  });

  it('shows a non-blocking warning after blur when sex or birth year disagree', async () => {
    const user = userEvent.setup();
    render(<CitizenIdInput name="cccd" label="Số định danh" sex="female" birthYear={1990} />);
    const input = screen.getByRole('textbox');
    await user.type(input, id);
    expect(document.querySelector('.dvc-citizen-id-input__warning')).toBeNull();
    await user.tab();
    const warnings = [...document.querySelectorAll('.dvc-citizen-id-input__warning')];
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toHaveTextContent('1985');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input.getAttribute('aria-describedby')).toBe('cccd-hint cccd-warning');
    expect(document.getElementById('cccd-warning')).toHaveAttribute('aria-live', 'polite');
    expect(input).toHaveAccessibleDescription(/Lưu ý: Giới tính trong số định danh/);
  });

  it('shows no warning when the answers agree', () => {
    render(<CitizenIdInput name="c" label="Số" sex="male" birthYear={1985} defaultValue={id} />);
    expect(document.querySelector('.dvc-citizen-id-input__warning')).toBeNull();
  });

  it('keeps what was typed when it is not 12 digits', () => {
    render(<CitizenIdInput name="c" label="Số" />);
    const input = screen.getByRole('textbox');
    fireEvent.change(input, { target: { value: '0010 85' } });
    fireEvent.blur(input);
    expect(input).toHaveValue('0010 85');
  });

  it('renders the warning and a working native input in the server HTML', () => {
    const host = parseHtml(
      renderOnServer(<CitizenIdInput name="cccd" label="Số" sex="female" defaultValue={id} />),
    );
    expect(host.querySelector('input[name="cccd"]')).toHaveAttribute('value', id);
    expect(host.querySelector('.dvc-citizen-id-input__warning')).toHaveTextContent('Giới tính');
  });

  it('has no axe violations in any state', async () => {
    const { container } = render(
      <div>
        <CitizenIdInput name="a" label="Số định danh" />
        <CitizenIdInput name="b" label="Số định danh" error="Nhập đủ 12 chữ số" />
        <CitizenIdInput name="c" label="Số định danh" sex="female" defaultValue={id} />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
