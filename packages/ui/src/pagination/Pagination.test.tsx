import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Pagination } from './Pagination.js';
import { paginationItems, type PaginationItem } from './pagination-items.js';

const hrefFor = (p: number) => `/ho-so?trang=${String(p)}`;

function show(items: PaginationItem[]): string {
  return items.map((i) => (i.type === 'page' ? String(i.page) : '…')).join(' ');
}

describe('paginationItems', () => {
  it('lists first, last, current and neighbours, with an ellipsis for longer gaps', () => {
    expect(show(paginationItems(1, 1))).toBe('1');
    expect(show(paginationItems(1, 5))).toBe('1 2 … 5');
    expect(show(paginationItems(3, 5))).toBe('1 2 3 4 5');
    expect(show(paginationItems(5, 10))).toBe('1 … 4 5 6 … 10');
    expect(show(paginationItems(10, 10))).toBe('1 … 9 10');
    expect(show(paginationItems(4, 10))).toBe('1 2 3 4 5 … 10');
  });

  it('keeps its promises for any page of any length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (a, b) => {
        const count = Math.max(a, b);
        const page = Math.min(a, b);
        const items = paginationItems(page, count);
        const pages = items.flatMap((i) => (i.type === 'page' ? [i.page] : []));
        // ascending, no duplicates, first/current/last present, at most 7 entries
        expect(pages).toEqual([...new Set(pages)].sort((x, y) => x - y));
        expect(pages).toContain(1);
        expect(pages).toContain(page);
        expect(pages).toContain(count);
        expect(items.length).toBeLessThanOrEqual(7);
        // an ellipsis always stands for at least two missing pages, never at an end
        items.forEach((item, index) => {
          if (item.type !== 'ellipsis') return;
          const before = items[index - 1];
          const after = items[index + 1];
          expect(before?.type).toBe('page');
          expect(after?.type).toBe('page');
          if (before?.type === 'page' && after?.type === 'page') {
            expect(after.page - before.page).toBeGreaterThanOrEqual(3);
          }
        });
        // without an ellipsis the pages run on without a gap
        if (!items.some((i) => i.type === 'ellipsis')) expect(pages).toHaveLength(count);
      }),
    );
  });
});

describe('Pagination', () => {
  it('is a navigation landmark named "Phân trang"', () => {
    render(<Pagination page={5} pageCount={10} hrefFor={hrefFor} />);
    expect(screen.getByRole('navigation', { name: 'Phân trang' })).toBeInTheDocument();
  });

  it('names each number "Trang N" and marks the current page', () => {
    render(<Pagination page={5} pageCount={10} hrefFor={hrefFor} />);
    const nav = screen.getByRole('navigation');
    const numbers = within(within(nav).getByRole('list')).getAllByRole('link');
    expect(numbers.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Trang 1',
      'Trang 4',
      'Trang 5',
      'Trang 6',
      'Trang 10',
    ]);
    const current = screen.getByRole('link', { name: 'Trang 5' });
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(current).toHaveAttribute('href', '/ho-so?trang=5');
    expect(screen.getByRole('link', { name: 'Trang 4' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getAllByText('…')).toHaveLength(2);
  });

  it('links to the previous and next pages, in keyboard order', async () => {
    const user = userEvent.setup();
    render(<Pagination page={2} pageCount={3} hrefFor={hrefFor} />);
    await user.tab();
    const previous = screen.getByRole('link', { name: 'Trang trước' });
    expect(previous).toHaveFocus();
    expect(previous).toHaveAttribute('href', '/ho-so?trang=1');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Trang 1' })).toHaveFocus();
    await user.tab();
    await user.tab();
    await user.tab();
    const next = screen.getByRole('link', { name: 'Trang sau' });
    expect(next).toHaveFocus();
    expect(next).toHaveAttribute('href', '/ho-so?trang=3');
  });

  it('leaves out "Trang trước" on the first page and "Trang sau" on the last', () => {
    const { rerender } = render(<Pagination page={1} pageCount={4} hrefFor={hrefFor} />);
    expect(screen.queryByRole('link', { name: 'Trang trước' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Trang sau' })).toBeInTheDocument();
    rerender(<Pagination page={4} pageCount={4} hrefFor={hrefFor} />);
    expect(screen.queryByRole('link', { name: 'Trang sau' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Trang trước' })).toBeInTheDocument();
  });

  it('renders nothing when there is only one page, and clamps a page out of range', () => {
    const { container, rerender } = render(<Pagination page={1} pageCount={1} hrefFor={hrefFor} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<Pagination page={99} pageCount={3} hrefFor={hrefFor} />);
    expect(screen.getByRole('link', { name: 'Trang 3' })).toHaveAttribute('aria-current', 'page');
  });

  it('speaks the language of the provider, and takes overrides', () => {
    const { unmount } = render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <Pagination page={2} pageCount={3} hrefFor={hrefFor} />
      </I18nProvider>,
    );
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Page 2' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Previous' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Next' })).toBeInTheDocument();
    unmount();
    render(
      <Pagination
        page={2}
        pageCount={3}
        hrefFor={hrefFor}
        label="Trang kết quả"
        previousLabel="Kết quả trước"
        nextLabel="Kết quả sau"
        pageLabel={(p) => `Trang kết quả ${String(p)}`}
      />,
    );
    expect(screen.getByRole('navigation', { name: 'Trang kết quả' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kết quả trước' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kết quả sau' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Trang kết quả 3' })).toBeInTheDocument();
  });

  it('forwards its ref to the nav and merges className', () => {
    const ref = { current: null as HTMLElement | null };
    render(<Pagination ref={ref} className="extra" page={1} pageCount={2} hrefFor={hrefFor} />);
    expect(ref.current).toBe(screen.getByRole('navigation'));
    expect(ref.current).toHaveClass('dvc-pagination', 'extra');
  });

  it('renders on the server as plain links', () => {
    const html = renderOnServer(<Pagination page={5} pageCount={10} hrefFor={hrefFor} />);
    expect(html).toContain('<nav aria-label="Phân trang"');
    expect(html).toContain('href="/ho-so?trang=4" rel="prev"');
    expect(html).toContain('aria-label="Trang 5" aria-current="page"');
  });

  it('has no axe violations on the first, a middle and the last page', async () => {
    const { container } = render(
      <div>
        <Pagination page={1} pageCount={10} hrefFor={hrefFor} aria-label="Phân trang 1" />
        <Pagination page={5} pageCount={10} hrefFor={hrefFor} aria-label="Phân trang 2" />
        <Pagination page={10} pageCount={10} hrefFor={hrefFor} aria-label="Phân trang 3" />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
