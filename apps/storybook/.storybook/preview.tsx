// The tokens stylesheet also carries the @font-face rules of the self-hosted Be Vietnam Pro
// (Vietnamese and Latin woff2 from @dvc/tokens/fonts), so this one import loads the fonts.
import '@dvc/tokens/tokens.css';
import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { findTheme, themes } from '@dvc/tokens';
import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect, useMemo, type ReactNode } from 'react';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import './preview.css';

// Component CSS straight from the sources, so a designer sees a change without a rebuild.
import.meta.glob('../../../packages/ui/src/**/*.css', { eager: true });

/** The locale the stories start in; each test project sets it to check every story in each locale. */
const initialLocale =
  (globalThis as { __DVC_STORY_LOCALE__?: string }).__DVC_STORY_LOCALE__ === 'en' ? 'en' : 'vi';

/** Zoom levels a designer checks: WCAG 1.4.4 asks for 200 %, 1.4.10 reflow for 400 %. */
const zoomLevels = [100, 200, 400] as const;

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

function ThemeFrame({
  theme,
  zoom,
  children,
}: {
  theme: string;
  zoom: number;
  children: ReactNode;
}) {
  useEffect(() => {
    // On <html> too, so the page background and anything portalled to <body> (dialogs) follow.
    document.documentElement.dataset.dvcTheme = theme;
  }, [theme]);
  return (
    <div
      data-dvc-theme={theme}
      className="dvc-story-frame"
      // CSS zoom lays the story out in a box of 1/zoom the width and scales it up, so text
      // and layout reflow as under browser zoom (media queries do not change, though).
      style={zoom === 100 ? undefined : { zoom: zoom / 100 }}
    >
      {children}
    </div>
  );
}

const withThemeAndZoom: Decorator = (Story, context) => {
  const theme = findTheme(String(context.globals.theme))?.id ?? 'default';
  const zoom = Number(context.globals.zoom);
  return (
    <ThemeFrame theme={theme} zoom={zoomLevels.some((level) => level === zoom) ? zoom : 100}>
      <Story />
    </ThemeFrame>
  );
};

const preview: Preview = {
  decorators: [withLocale, withThemeAndZoom],
  initialGlobals: { locale: initialLocale, theme: 'default', zoom: '100' },
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
    theme: {
      description: 'Giao diện / Theme',
      toolbar: {
        title: 'Giao diện',
        icon: 'paintbrush',
        items: themes.map((theme) => ({
          value: theme.id,
          title: theme.label.vi,
          right: theme.label.vi === theme.label.en ? undefined : theme.label.en,
        })),
        dynamicTitle: true,
      },
    },
    zoom: {
      description: 'Thu phóng / Zoom',
      toolbar: {
        title: 'Thu phóng',
        icon: 'zoom',
        items: zoomLevels.map((level) => ({ value: String(level), title: `${level} %` })),
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    layout: 'padded',
    viewport: {
      options: {
        mobile360: {
          name: 'Điện thoại 360 × 640',
          styles: { width: '360px', height: '640px' },
          type: 'mobile',
        },
        mobile414: {
          name: 'Điện thoại 414 × 896',
          styles: { width: '414px', height: '896px' },
          type: 'mobile',
        },
        ...MINIMAL_VIEWPORTS,
      },
    },
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
