import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../form-field/parse-html.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { DateInput, dateInputFieldId, type DateInputValue } from './DateInput.js';

describe('DateInput', () => {
  it('asks for day, month and year in three labelled numeric text fields inside a fieldset', () => {
    render(<DateInput name="dob" legend="Ngày sinh" hint="Ví dụ: 27 3 2007" />);
    const group = screen.getByRole('group', { name: 'Ngày sinh' });
    expect(group.tagName).toBe('FIELDSET');
    expect(group).toHaveAccessibleDescription('Ví dụ: 27 3 2007');
    const fields = screen.getAllByRole('textbox');
    expect(fields.map((f) => f.getAttribute('name'))).toEqual(['dob-day', 'dob-month', 'dob-year']);
    expect(fields.map((f) => f.id)).toEqual(['dob-day', 'dob-month', 'dob-year']);
    for (const field of fields) {
      expect(field).toHaveAttribute('type', 'text');
      expect(field).toHaveAttribute('inputmode', 'numeric');
    }
    expect(screen.getByRole('textbox', { name: 'Tháng' })).toBe(fields[1]);
  });

  it('renders only the fields the precision needs', () => {
    const { rerender } = render(<DateInput name="d" legend="Năm sinh" precision="year" />);
    expect(screen.getAllByRole('textbox').map((f) => f.getAttribute('name'))).toEqual(['d-year']);
    rerender(<DateInput name="d" legend="Tháng năm" precision="month-year" />);
    expect(screen.getAllByRole('textbox').map((f) => f.getAttribute('name'))).toEqual([
      'd-month',
      'd-year',
    ]);
  });

  it('highlights only the fields in error and describes the group with the error', () => {
    render(
      <DateInput
        name="dob"
        legend="Ngày sinh"
        hint="Ví dụ: 27 3 2007"
        error="Ngày sinh phải có tháng"
        errorFields={['month']}
      />,
    );
    expect(screen.getByRole('group')).toHaveAttribute('aria-describedby', 'dob-hint dob-error');
    expect(screen.getByRole('textbox', { name: 'Ngày' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox', { name: 'Tháng' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Tháng' })).toHaveClass('dvc-input--error');
    expect(screen.getByRole('textbox', { name: 'Năm' })).not.toHaveClass('dvc-input--error');
    expect(dateInputFieldId('dob', ['month', 'year'])).toBe('dob-month');
    expect(dateInputFieldId('dob', [], 'month-year')).toBe('dob-month');
  });

  it('highlights every field when the error names none', () => {
    render(<DateInput name="dob" legend="Ngày sinh" error="Nhập ngày sinh" />);
    for (const field of screen.getAllByRole('textbox')) {
      expect(field).toHaveAttribute('aria-invalid', 'true');
    }
  });

  it('is filled from the keyboard in order and posts three named values', async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="f">
        <DateInput name="dob" legend="Ngày sinh" autoCompleteBirthday />
      </form>,
    );
    await user.tab();
    await user.keyboard('27');
    await user.tab();
    await user.keyboard('3');
    await user.tab();
    await user.keyboard(' 2007 ');
    await user.tab();
    const data = new FormData(screen.getByRole<HTMLFormElement>('form'));
    expect([...data.entries()]).toEqual([
      ['dob-day', '27'],
      ['dob-month', '3'],
      ['dob-year', '2007'],
    ]);
    expect(screen.getByRole('textbox', { name: 'Năm' })).toHaveAttribute(
      'autocomplete',
      'bday-year',
    );
  });

  it('reports all parts to a controlled owner', async () => {
    const user = userEvent.setup();
    const seen: DateInputValue[] = [];
    function Controlled() {
      const [value, setValue] = useState<DateInputValue>({ day: '1' });
      return (
        <DateInput
          name="d"
          legend="Ngày"
          value={value}
          onValueChange={(next) => {
            seen.push(next);
            setValue(next);
          }}
        />
      );
    }
    render(<Controlled />);
    await user.type(screen.getByRole('textbox', { name: 'Tháng' }), '7');
    expect(seen.at(-1)).toEqual({ day: '1', month: '7' });
  });

  it('renders working native fields with their values in the server HTML alone', () => {
    const host = parseHtml(
      renderOnServer(
        <DateInput
          name="dob"
          legend="Ngày sinh"
          defaultValue={{ day: '27', month: '3', year: '2007' }}
          error="Năm sinh phải là năm trong quá khứ"
          errorFields={['year']}
          isPageHeading
        />,
      ),
    );
    expect(host.querySelector('legend h1')).toHaveTextContent('Ngày sinh');
    const inputs = [...host.querySelectorAll('input')];
    expect(inputs.map((i) => [i.name, i.getAttribute('value')])).toEqual([
      ['dob-day', '27'],
      ['dob-month', '3'],
      ['dob-year', '2007'],
    ]);
    expect(host.querySelector('label[for="dob-year"]')).toHaveTextContent('Năm');
  });

  it('labels fields in the provider language and takes overrides', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <DateInput name="d" legend="Date of birth" fieldLabels={{ year: 'Year (4 digits)' }} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('textbox').map((f) => f.id)).toEqual(['d-day', 'd-month', 'd-year']);
    expect(screen.getByRole('textbox', { name: 'Day' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Year (4 digits)' })).toBeInTheDocument();
  });

  it('forwards its ref to the fieldset', () => {
    const ref = { current: null as HTMLFieldSetElement | null };
    render(<DateInput ref={ref} name="d" legend="Ngày" disabled />);
    expect(ref.current?.tagName).toBe('FIELDSET');
    expect(screen.getByRole('textbox', { name: 'Ngày' })).toBeDisabled();
  });

  it('has no axe violations in any state', async () => {
    const { container } = render(
      <div>
        <DateInput name="a" legend="Ngày sinh" hint="Ví dụ: 27 3 2007" />
        <DateInput name="b" legend="Ngày cấp" error="Nhập tháng" errorFields={['month']} />
        <DateInput name="c" legend="Năm sinh của mẹ" precision="year" />
        <DateInput name="e" legend="Ngày cư trú" disabled isPageHeading />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
