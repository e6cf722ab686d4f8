import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import type { InputHTMLAttributes } from 'react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import {
  FormField,
  joinIds,
  useFormField,
  type FieldControlProps,
  type FormFieldOptions,
} from './FormField.js';
import { parseHtml } from './parse-html.js';

type DemoProps = FieldControlProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'> & { options?: FormFieldOptions };

/** The smallest control built the way the kit's inputs are: useFormField + FormField. */
function Demo({ options, ...props }: DemoProps) {
  const { field, control, rest } = useFormField(props, options);
  return (
    <FormField {...field}>
      <input {...control} {...rest} />
    </FormField>
  );
}

describe('FormField', () => {
  it('names the control with a <label for> and gives the hint and error their ids', () => {
    render(
      <FormField
        label="Họ và tên"
        hint="Như trên căn cước"
        error="Nhập họ và tên"
        controlId="ho-ten"
        hintId="ho-ten-hint"
        errorId="ho-ten-error"
      >
        <input id="ho-ten" />
      </FormField>,
    );
    const label = screen.getByText('Họ và tên').closest('label');
    expect(label).toHaveAttribute('for', 'ho-ten');
    expect(screen.getByRole('textbox', { name: 'Họ và tên' })).toBeInTheDocument();
    expect(screen.getByText('Như trên căn cước')).toHaveAttribute('id', 'ho-ten-hint');
    expect(screen.getByText('Nhập họ và tên', { exact: false })).toHaveAttribute(
      'id',
      'ho-ten-error',
    );
  });

  it('renders label, hint, error, then the control, and marks the group only in error', () => {
    const { container, rerender } = render(
      <FormField label="Email" hint="Để nhận biên nhận" controlId="e" hintId="e-h" errorId="e-e">
        <input id="e" />
      </FormField>,
    );
    const group = container.firstElementChild;
    expect(group).toHaveClass('dvc-form-group');
    expect(group).not.toHaveClass('dvc-form-group--error');
    expect(document.getElementById('e-e')).toBeNull();
    rerender(
      <FormField
        label="Email"
        hint="Để nhận biên nhận"
        error="Nhập email"
        formGroupClassName="extra"
        controlId="e"
        hintId="e-h"
        errorId="e-e"
      >
        <input id="e" />
      </FormField>,
    );
    expect(group).toHaveClass('dvc-form-group', 'dvc-form-group--error', 'extra');
    const children = [...(group?.children ?? [])];
    expect(children.map((el) => el.id)).toEqual(['', 'e-h', 'e-e', 'e']);
    expect(children[0]).toHaveTextContent('Email');
  });

  it('wraps the label in an h1 when the question is the page heading', () => {
    render(
      <FormField label="Số điện thoại" isPageHeading controlId="p" hintId="p-h" errorId="p-e">
        <input id="p" />
      </FormField>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Số điện thoại' })).toBeInTheDocument();
  });
});

describe('useFormField', () => {
  it('gives the control its id (else its name) and no aria-invalid or description without them', () => {
    render(
      <>
        <Demo name="ho-ten" label="Họ và tên" />
        <Demo name="email" id="email-2" label="Email" />
      </>,
    );
    const name = screen.getByRole('textbox', { name: 'Họ và tên' });
    expect(name).toHaveAttribute('id', 'ho-ten');
    expect(name).toHaveAttribute('name', 'ho-ten');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(name).not.toHaveAttribute('aria-describedby');
    expect(name).toHaveClass('dvc-input');
    expect(name).not.toHaveClass('dvc-input--error');
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveAttribute('id', 'email-2');
    expect(email).toHaveAttribute('name', 'email');
  });

  it('describes the control by the hint then the error, then its own and the caller’s ids', () => {
    render(
      <>
        <p id="caller">Thêm</p>
        <p id="q-own">Riêng</p>
        <Demo
          name="q"
          label="Câu hỏi"
          hint="Gợi ý"
          error="Lỗi cần sửa"
          aria-describedby="caller"
          options={{ describedBy: (id) => `${id}-own` }}
        />
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Câu hỏi' });
    expect(input).toHaveAttribute('aria-describedby', 'q-hint q-error q-own caller');
    expect(input).toHaveAccessibleDescription('Gợi ý Lỗi: Lỗi cần sửa Riêng Thêm');
  });

  it('is invalid only with an error, or when the control says so', () => {
    const { rerender } = render(<Demo name="q" label="Câu hỏi" hint="Gợi ý" />);
    const input = screen.getByRole('textbox');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAttribute('aria-describedby', 'q-hint');
    rerender(<Demo name="q" label="Câu hỏi" hint="Gợi ý" error="Sửa đi" />);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveClass('dvc-input', 'dvc-input--error');
    rerender(<Demo name="q" label="Câu hỏi" options={{ invalid: true }} />);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).not.toHaveClass('dvc-input--error');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('puts the shared class first, then the control’s, the error’s and the caller’s', () => {
    render(
      <Demo
        name="q"
        label="Câu hỏi"
        error="Sửa đi"
        className="mine"
        options={{ controlClass: 'dvc-select' }}
      />,
    );
    expect(screen.getByRole('textbox').className).toBe(
      'dvc-input dvc-select dvc-input--error mine',
    );
  });

  it('keeps the field’s text props off the control and passes the rest through', () => {
    render(
      <Demo
        name="q"
        label="Câu hỏi"
        hint="Gợi ý"
        labelSize="l"
        formGroupClassName="group"
        autoComplete="name"
        placeholder="x"
      />,
    );
    const input = screen.getByRole('textbox');
    for (const attribute of ['label', 'hint', 'labelsize', 'formgroupclassname']) {
      expect(input).not.toHaveAttribute(attribute);
    }
    expect(input).toHaveAttribute('autocomplete', 'name');
    expect(input).toHaveAttribute('placeholder', 'x');
    expect(input.closest('.dvc-form-group')).toHaveClass('group');
  });

  it('prefixes the error for screen readers, in the reader’s language', () => {
    const { unmount } = render(<Demo name="q" label="Câu hỏi" error="Nhập câu trả lời" />);
    const error = document.getElementById('q-error');
    expect(error?.querySelector('.dvc-visually-hidden')).toHaveTextContent('Lỗi:');
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Lỗi: Nhập câu trả lời');
    unmount();
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <Demo name="q" label="Question" error="Enter an answer" />
      </I18nProvider>,
    );
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Error: Enter an answer');
  });

  it('generates a valid, distinct id when there is neither id nor name', () => {
    function Nameless({ label }: { label: string }) {
      const { field, control } = useFormField({ label, name: undefined as unknown as string });
      return (
        <FormField {...field}>
          <input {...control} />
        </FormField>
      );
    }
    render(
      <>
        <Nameless label="Một" />
        <Nameless label="Hai" />
      </>,
    );
    const one = screen.getByRole('textbox', { name: 'Một' });
    const two = screen.getByRole('textbox', { name: 'Hai' });
    expect(one.id).toMatch(/^dvc[a-zA-Z0-9_-]+$/u);
    expect(two.id).toMatch(/^dvc[a-zA-Z0-9_-]+$/u);
    expect(one.id).not.toBe(two.id);
  });

  it('wires the same ids in server HTML, without JavaScript', () => {
    const host = parseHtml(
      renderOnServer(<Demo name="so-nha" label="Số nhà" hint="Ví dụ: 12" error="Nhập số nhà" />),
    );
    const input = host.querySelector('input');
    expect(host.querySelector('label')).toHaveAttribute('for', 'so-nha');
    expect(input).toHaveAttribute('id', 'so-nha');
    expect(input).toHaveAttribute('aria-describedby', 'so-nha-hint so-nha-error');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(host.querySelector('#so-nha-error')).toHaveTextContent('Lỗi: Nhập số nhà');
  });

  it('has no axe violations with and without an error', async () => {
    const { container } = render(
      <>
        <Demo name="a" label="Họ và tên" hint="Như trên căn cước" />
        <Demo name="b" label="Email" hint="Để nhận biên nhận" error="Nhập email" />
      </>,
    );
    await expectNoAxeViolations(container);
  });
});

describe('joinIds', () => {
  it('joins the ids given, in order, and gives undefined for none', () => {
    expect(joinIds('a-hint', false, undefined, 'a-error', null, 'x')).toBe('a-hint a-error x');
    expect(joinIds(false, undefined, null)).toBeUndefined();
    expect(joinIds('')).toBeUndefined();
  });
});
