import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../form-field/parse-html.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { CharacterCount, countCharacters } from './CharacterCount.js';

function liveRegion() {
  const region = document.querySelector('[aria-live="polite"]');
  if (!region) throw new Error('no live region');
  return region;
}

function visibleStatus() {
  return document.querySelector('.dvc-character-count__status');
}

describe('countCharacters', () => {
  it('counts NFC code points, not UTF-16 units', () => {
    const nfd = 'Nguyễn Thị Đoàn'.normalize('NFD');
    expect(nfd.length).toBe(19);
    expect(countCharacters(nfd)).toBe(15);
    expect(countCharacters('😀')).toBe(1);
  });
});

describe('CharacterCount', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('updates the visible count on each key but announces only after typing pauses', () => {
    vi.useFakeTimers();
    render(<CharacterCount name="reason" label="Lý do" maxLength={20} />);
    const box = screen.getByRole('textbox');
    /** One key at a time, as a browser reports typing. */
    function typeKeys(text: string) {
      for (const key of text) {
        fireEvent.change(box, { target: { value: (box as HTMLTextAreaElement).value + key } });
        act(() => {
          vi.advanceTimersByTime(150);
        });
      }
    }
    expect(visibleStatus()).toHaveTextContent('Bạn còn 20 ký tự');
    expect(visibleStatus()).toHaveAttribute('aria-hidden', 'true');
    typeKeys('Chào');
    expect(visibleStatus()).toHaveTextContent('Bạn còn 16 ký tự');
    expect(liveRegion()).toBeEmptyDOMElement();
    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(liveRegion()).toBeEmptyDOMElement();
    typeKeys(' bạn');
    act(() => {
      vi.advanceTimersByTime(849);
    });
    expect(liveRegion()).toBeEmptyDOMElement();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(liveRegion()).toHaveTextContent('Bạn còn 12 ký tự');
  });

  it('counts decomposed Vietnamese as NFC characters', () => {
    render(<CharacterCount name="n" label="Họ và tên" maxLength={20} />);
    fireEvent.change(screen.getByRole('textbox'), {
      target: { value: 'Nguyễn Thị Đoàn'.normalize('NFD') },
    });
    expect(visibleStatus()).toHaveTextContent('Bạn còn 5 ký tự');
  });

  it('lets you type past the limit and says how far over, not by colour alone', () => {
    vi.useFakeTimers();
    render(<CharacterCount name="n" label="Lý do" maxLength={5} />);
    const box = screen.getByRole('textbox');
    fireEvent.change(box, { target: { value: 'Mười ký tự' } });
    expect(box).toHaveValue('Mười ký tự');
    expect(box).not.toHaveAttribute('maxlength');
    expect(box).toHaveClass('dvc-input--error');
    expect(visibleStatus()).toHaveTextContent('Bạn đã nhập quá 5 ký tự');
    expect(visibleStatus()).toHaveClass('dvc-character-count__status--over');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(liveRegion()).toHaveTextContent('Bạn đã nhập quá 5 ký tự');
  });

  it('does not announce on load, and describes the textarea with the limit', () => {
    vi.useFakeTimers();
    render(
      <CharacterCount
        name="n"
        label="Lý do"
        hint="Viết ngắn gọn"
        maxLength={200}
        defaultValue="Có"
      />,
    );
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(liveRegion()).toBeEmptyDOMElement();
    expect(visibleStatus()).toHaveTextContent('Bạn còn 198 ký tự');
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription(
      'Viết ngắn gọn Bạn có thể nhập tối đa 200 ký tự',
    );
  });

  it('uses plural-safe English from the provider and per-instance overrides', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <CharacterCount name="a" label="Reason" maxLength={2} defaultValue="x" />
        <CharacterCount name="b" label="Note" maxLength={3} defaultValue="x" />
        <CharacterCount
          name="c"
          label="Other"
          maxLength={3}
          remainingText={(n) => `Còn ${String(n)}`}
        />
      </I18nProvider>,
    );
    const statuses = [...document.querySelectorAll('.dvc-character-count__status')];
    expect(statuses.map((s) => s.textContent)).toEqual([
      'You have 1 character remaining',
      'You have 2 characters remaining',
      'Còn 3',
    ]);
  });

  it('posts its text in a plain form, even over the limit', () => {
    render(
      <form aria-label="f">
        <CharacterCount name="reason" label="Lý do" maxLength={3} />
      </form>,
    );
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'Quá dài' } });
    expect(new FormData(screen.getByRole<HTMLFormElement>('form')).get('reason')).toBe('Quá dài');
  });

  it('without JavaScript, the server HTML states the limit in a static hint', () => {
    const host = parseHtml(
      renderOnServer(<CharacterCount name="reason" label="Lý do" maxLength={200} />),
    );
    const box = host.querySelector('textarea[name="reason"]');
    expect(box).toHaveAttribute('aria-describedby', 'reason-info');
    const info = host.querySelector('#reason-info');
    expect(info).toHaveTextContent('Bạn có thể nhập tối đa 200 ký tự');
    expect(info).not.toHaveClass('dvc-visually-hidden');
    expect(host.querySelector('[aria-live]')).toBeNull();
  });

  it('has no axe violations in any state', async () => {
    const { container } = render(
      <div>
        <CharacterCount name="a" label="Lý do" maxLength={20} />
        <CharacterCount name="b" label="Ghi chú" maxLength={3} defaultValue="Quá dài" />
        <CharacterCount name="c" label="Mô tả" maxLength={10} error="Nhập mô tả" hint="Ngắn gọn" />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
