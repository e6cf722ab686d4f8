import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { ChoiceList, choiceId, type ChoiceItem, type ChoiceListBaseProps } from './ChoiceList.js';
import { parseHtml } from './parse-html.js';

const documents: ChoiceItem[] = [
  { value: 'cccd', label: 'Căn cước', hint: 'Còn hạn sử dụng' },
  {
    value: 'ho-chieu',
    label: 'Hộ chiếu',
    conditional: <p>Mang theo bản chính khi đến nhận kết quả.</p>,
  },
  { value: 'khong', label: 'Không có giấy tờ nào', exclusive: true },
];

type ListProps = Omit<ChoiceListBaseProps, 'items'> & {
  kind?: 'radio' | 'checkbox';
  items?: ChoiceItem[];
  checkedValues?: string[];
  defaultCheckedValues?: string[];
  onCheckedChange?: (values: string[]) => void;
};

function List({
  kind = 'checkbox',
  items = documents,
  checkedValues,
  defaultCheckedValues = [],
  onCheckedChange,
  ...rest
}: ListProps) {
  return (
    <ChoiceList
      kind={kind}
      dividerDefault="hoặc"
      items={items}
      checkedValues={checkedValues}
      defaultCheckedValues={defaultCheckedValues}
      onCheckedChange={onCheckedChange}
      {...rest}
    />
  );
}

const checked = () =>
  screen
    .getAllByRole<HTMLInputElement>('checkbox')
    .filter((box) => box.checked)
    .map((box) => box.value);

describe('choiceId', () => {
  it('gives the first option the base id, so an error-summary link to #id reaches it', () => {
    expect([0, 1, 2].map((index) => choiceId('giay-to', index))).toEqual([
      'giay-to',
      'giay-to-2',
      'giay-to-3',
    ]);
  });
});

describe('ChoiceList', () => {
  it('is a fieldset named by its legend and described by the hint then the error', () => {
    render(
      <List
        name="giay-to"
        legend="Bạn có giấy tờ nào?"
        hint="Chọn tất cả giấy tờ bạn có"
        error="Chọn ít nhất một giấy tờ"
        aria-describedby="caller"
      />,
    );
    const group = screen.getByRole('group', { name: 'Bạn có giấy tờ nào?' });
    expect(group).toHaveAttribute('aria-describedby', 'giay-to-hint giay-to-error caller');
    expect(group.closest('.dvc-form-group')).toHaveClass('dvc-form-group--error');
    expect(document.getElementById('giay-to-error')).toHaveTextContent(
      'Lỗi: Chọn ít nhất một giấy tờ',
    );
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((box) => box.id)).toEqual(['giay-to', 'giay-to-2', 'giay-to-3']);
    expect(boxes.every((box) => box.getAttribute('name') === 'giay-to')).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Căn cước' })).toHaveAccessibleDescription(
      'Còn hạn sử dụng',
    );
  });

  it('is not marked in error without an error, and uses the id given over the name', () => {
    render(<List name="giay-to" id="q1" legend="Bạn có giấy tờ nào?" />);
    const group = screen.getByRole('group');
    expect(group).not.toHaveAttribute('aria-describedby');
    expect(group.closest('.dvc-form-group')).not.toHaveClass('dvc-form-group--error');
    expect(screen.getAllByRole('checkbox').map((box) => box.id)).toEqual(['q1', 'q1-2', 'q1-3']);
  });

  it('shows a divider before an exclusive option, with the override text', () => {
    render(<List name="g" legend="Giấy tờ" dividerText="or" />);
    expect(screen.getByText('or')).toHaveClass('dvc-checkboxes__divider');
    expect(screen.queryByText('hoặc')).toBeNull();
  });

  it('unchecks the others when the exclusive option is checked, and the reverse', async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    render(<List name="g" legend="Giấy tờ" onCheckedChange={onCheckedChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Căn cước' }));
    await user.click(screen.getByRole('checkbox', { name: 'Hộ chiếu' }));
    expect(checked()).toEqual(['cccd', 'ho-chieu']);
    await user.click(screen.getByRole('checkbox', { name: 'Không có giấy tờ nào' }));
    expect(checked()).toEqual(['khong']);
    expect(onCheckedChange).toHaveBeenLastCalledWith(['khong']);
    // From the keyboard: Space on a focused option.
    screen.getByRole('checkbox', { name: 'Căn cước' }).focus();
    await user.keyboard(' ');
    expect(checked()).toEqual(['cccd']);
    expect(onCheckedChange).toHaveBeenLastCalledWith(['cccd']);
  });

  it('reports the same rule to a controlled owner, who holds the state', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [values, setValues] = useState(['cccd']);
      return <List name="g" legend="Giấy tờ" checkedValues={values} onCheckedChange={setValues} />;
    }
    render(<Controlled />);
    await user.click(screen.getByRole('checkbox', { name: 'Không có giấy tờ nào' }));
    expect(checked()).toEqual(['khong']);
    await user.click(screen.getByRole('checkbox', { name: 'Hộ chiếu' }));
    expect(checked()).toEqual(['ho-chieu']);
    await user.click(screen.getByRole('checkbox', { name: 'Hộ chiếu' }));
    expect(checked()).toEqual([]);
  });

  it('reveals a nested question under its checked option once JavaScript runs', async () => {
    const user = userEvent.setup();
    render(<List kind="radio" name="r" legend="Giấy tờ" items={documents.slice(0, 2)} />);
    const passport = screen.getByRole('radio', { name: 'Hộ chiếu' });
    const conditional = document.getElementById('r-2-conditional');
    expect(passport).toHaveAttribute('aria-controls', 'r-2-conditional');
    expect(conditional).not.toBeVisible();
    await user.click(passport);
    expect(conditional).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Căn cước' }));
    expect(conditional).not.toBeVisible();
  });

  it('sends every nested question visible and no aria-controls in server HTML', () => {
    const host = parseHtml(
      renderOnServer(<List kind="radio" name="r" legend="Giấy tờ" items={documents} />),
    );
    const conditional = host.querySelector('#r-2-conditional');
    expect(conditional).not.toBeNull();
    expect(conditional).not.toHaveAttribute('hidden');
    expect(host.querySelector('[aria-controls]')).toBeNull();
    expect(host.querySelectorAll('input[type="radio"][name="r"]')).toHaveLength(3);
  });

  it('has no axe violations, with and without an error', async () => {
    const { container } = render(
      <>
        <List name="a" legend="Giấy tờ" hint="Chọn tất cả" />
        <List kind="radio" name="b" legend="Giấy tờ" error="Chọn một giấy tờ" />
      </>,
    );
    await expectNoAxeViolations(container);
  });
});
