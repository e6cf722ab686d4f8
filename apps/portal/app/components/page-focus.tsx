/**
 * Where focus goes after a page change, so that a keyboard or screen reader user starts on the
 * new page's content: the error summary when the page came back with errors, else the page's
 * <h1>. A heading gets tabindex -1 only while it has focus (as GOV.UK does), so it never
 * becomes a Tab stop.
 */
export function focusPageStart(): void {
  const main = document.getElementById('noi-dung');
  if (!main) return;
  const target =
    main.querySelector<HTMLElement>('.dvc-error-summary') ??
    main.querySelector<HTMLElement>('h1');
  if (!target || target.contains(document.activeElement)) return;
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener(
      'blur',
      () => {
        target.removeAttribute('tabindex');
      },
      { once: true },
    );
  }
  target.focus();
}

/**
 * The same move for a page change that loads a whole new document: the service flows post
 * plain HTML forms and follow plain links, so that they work without JavaScript. It runs as
 * soon as the content is parsed (before the scripts load, on a slow phone too), and only when
 * the person came from another page of this portal by a link or a form: a page opened from
 * outside, typed, bookmarked or reloaded starts at the top, where the skip link is.
 */
const script = `(function(){try{var n=performance.getEntriesByType('navigation')[0];if(n&&n.type!=='navigate')return;var r=document.referrer;if(!r||new URL(r).origin!==location.origin)return;var a=document.activeElement;if(a&&a!==document.body)return;var m=document.getElementById('noi-dung');if(!m)return;var t=m.querySelector('.dvc-error-summary')||m.querySelector('h1');if(!t)return;if(!t.hasAttribute('tabindex')){t.setAttribute('tabindex','-1');t.addEventListener('blur',function(){t.removeAttribute('tabindex')},{once:true})}t.focus()}catch(e){}})();`;

/** Render after the page content and before the scripts; `nonce` is the page's CSP nonce. */
export function DocumentPageChangeFocus({ nonce }: { nonce?: string | undefined }) {
  return (
    <script
      nonce={nonce}
      suppressHydrationWarning
      // A constant: nothing from the request is in it.
      dangerouslySetInnerHTML={{ __html: script }}
    />
  );
}
