import '@dvc/tokens/tokens.css';
import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect, useMemo, type ReactNode } from 'react';
import './preview.css';

// Component CSS straight from the sources, so a designer sees a change without a rebuild.
import.meta.glob('../../../packages/ui/src/**/*.css', { eager: true });

/** The locale the stories start in; the test run sets it to check every story in each locale. */
const initialLocale = import.meta.env.VITE_STORY_LOCALE === 'en' ? 'en' : 'vi';

function LocaleFrame({ lng, children }: { lng: string; children: ReactNode }) {
  const i18n = useMemo(() => createI18n({ lng }), [lng]);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n]);
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}

const withLocale: Decorator = (Story, context) => (
  <LocaleFrame lng={String(context.globals.locale ?? initialLocale)}>
    <Story />
  </LocaleFrame>
);

const preview: Preview = {
  decorators: [withLocale],
  initialGlobals: { locale: initialLocale },
  globalTypes: {
    locale: {
      description: 'Ngôn ngữ / Language',
      toolbar: {
        title: 'Ngôn ngữ',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    layout: 'padded',
    a11y: {
      // Any axe violation fails the story's test in the vitest run.
      test: 'error',
      options: {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      },
    },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
