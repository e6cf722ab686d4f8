import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Tag } from './Tag.js';

describe('Tag', { timeout: 20_000 }, () => {
  it('shows its text and the class of its variant', () => {
    render(<Tag variant="success">Đã duyệt</Tag>);
    const tag = screen.getByText('Đã duyệt').closest('.dvc-tag');
    expect(tag).toHaveClass('dvc-tag', 'dvc-tag--success');
    expect(tag?.tagName).toBe('STRONG');
  });

  it('is neutral by default', () => {
    render(<Tag>Nháp</Tag>);
    expect(screen.getByText('Nháp').closest('.dvc-tag')).toHaveClass('dvc-tag--neutral');
  });

  it('hides its icon from assistive technology so only the text is read', () => {
    const { container } = render(
      <Tag variant="warning" icon={<svg data-testid="icon" />}>
        Cần bổ sung
      </Tag>,
    );
    expect(screen.getByTestId('icon').parentElement).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelector('.dvc-tag')).toHaveTextContent(/^Cần bổ sung$/);
  });

  it('merges a class name, passes other attributes and forwards its ref', () => {
    const ref = { current: null as HTMLElement | null };
    render(
      <Tag ref={ref} className="extra" id="tag-1">
        Mới
      </Tag>,
    );
    expect(ref.current).toHaveClass('dvc-tag', 'extra');
    expect(ref.current).toHaveAttribute('id', 'tag-1');
  });

  it('renders on the server without warnings', () => {
    const html = renderOnServer(<Tag variant="error">Bị từ chối</Tag>);
    expect(html).toContain('dvc-tag--error');
    expect(html).toContain('Bị từ chối');
  });

  it('has no axe violations in any variant', async () => {
    const { container } = render(
      <p>
        <Tag>Nháp</Tag> <Tag variant="info">Đang xử lý</Tag> <Tag variant="success">Xong</Tag>{' '}
        <Tag variant="warning">Cần bổ sung</Tag> <Tag variant="error">Từ chối</Tag>
      </p>,
    );
    await expectNoAxeViolations(container);
  });
});
