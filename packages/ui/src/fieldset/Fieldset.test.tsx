import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Fieldset } from './Fieldset.js';

describe('Fieldset', () => {
  it('groups controls under a legend that names the group', () => {
    render(
      <Fieldset legend="Địa chỉ thường trú">
        <label htmlFor="a">Số nhà, đường</label>
        <input id="a" />
      </Fieldset>,
    );
    expect(screen.getByRole('group', { name: 'Địa chỉ thường trú' }).tagName).toBe('FIELDSET');
  });

  it('puts an h1 inside the legend when it is the page heading', () => {
    render(<Fieldset legend="Bạn sinh ngày nào?" isPageHeading />);
    const legend = document.querySelector('legend');
    expect(legend?.querySelector('h1')).toHaveTextContent('Bạn sinh ngày nào?');
    expect(legend).toHaveClass('dvc-fieldset__legend--l');
  });

  it('forwards ref and native attributes', () => {
    const ref = { current: null as HTMLFieldSetElement | null };
    render(<Fieldset ref={ref} legend="Nhóm" disabled aria-describedby="x" />);
    expect(ref.current).toBeDisabled();
    expect(ref.current).toHaveAttribute('aria-describedby', 'x');
  });

  it('renders on the server without warnings', () => {
    const html = renderOnServer(<Fieldset legend="Người yêu cầu">nội dung</Fieldset>);
    expect(html).toContain('<fieldset');
    expect(html).toContain('<legend');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <Fieldset legend="Bạn sinh ngày nào?" isPageHeading>
        <label htmlFor="d">Ngày</label>
        <input id="d" />
      </Fieldset>,
    );
    await expectNoAxeViolations(container);
  });
});
