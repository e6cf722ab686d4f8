import type { TagVariant } from '../tag/Tag.js';

const paths: Record<TagVariant, string> = {
  // A hollow circle: a new, not yet handled application.
  neutral: 'M8 2a6 6 0 1 0 0 12A6 6 0 0 0 8 2Zm0 2a4 4 0 1 1 0 8 4 4 0 0 1 0-8Z',
  // A clock: being handled.
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 2a5 5 0 1 1 0 10A5 5 0 0 1 8 3Zm-1 1.5V8.4l3.2 2 1-1.6L9 7.3V4.5H7Z',
  // A tick: done.
  success: 'M6.2 11.6 2.4 7.8l1.4-1.4 2.4 2.4 6-6 1.4 1.4-7.4 7.4Z',
  // An exclamation mark in a triangle: something is asked of the applicant.
  warning: 'M8 1 .5 14.5h15L8 1Zm-1 5h2v4.5H7V6Zm0 5.5h2v2H7v-2Z',
  // A cross in a circle: refused or stopped.
  error:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-2.5 3.1L8 6.6l2.5-2.5 1.4 1.4L9.4 8l2.5 2.5-1.4 1.4L8 9.4l-2.5 2.5-1.4-1.4L6.6 8 4.1 5.5l1.4-1.4Z',
};

/** The decorative icon of a tone; its parent hides it from assistive technology. */
export function StatusIcon({ tone }: { tone: TagVariant }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="currentColor"
      focusable="false"
      aria-hidden="true"
      data-tone={tone}
    >
      <path fillRule="evenodd" d={paths[tone]} />
    </svg>
  );
}
