// One flat config for the whole workspace; each package runs `eslint .` and finds it here.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import i18next from 'eslint-plugin-i18next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const appsImports = {
  group: ['**/apps/**', '@dvc/portal', '@dvc/storybook'],
  message: 'packages/ must not import from apps/',
};

const reactAndDomImports = {
  group: [
    'react',
    'react-dom',
    'react/*',
    'react-dom/*',
    'react-i18next',
    '@dvc/ui',
    '@dvc/ui/*',
    '@dvc/i18n/react',
    '@radix-ui/*',
  ],
  message: '@dvc/vn and the flow engine run on servers and in browsers alike: no React, no DOM',
};

const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
].map((name) => ({ name, message: '@dvc/vn and the flow engine must not touch the DOM' }));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/storybook-static/**',
      '**/.react-router/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '**/coverage/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Packages never reach into the apps.
    files: ['packages/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [appsImports] }] },
  },
  {
    // @dvc/vn and the flow engine run anywhere: no React, no DOM. (This entry repeats the
    // apps rule: in a flat config the later setting of a rule replaces the earlier one.)
    files: ['packages/vn/src/**/*.ts', 'packages/flows/src/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [appsImports, reactAndDomImports] }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    // Every visible string comes from @dvc/i18n. JSX text that is a literal fails (the
    // plugin), and so does a literal in a child expression or in an attribute people read or
    // hear (the selectors below: direct positions only, so `t('key')` and class names pass).
    // Stories and tests may hold sample text.
    files: ['packages/ui/src/**/*.tsx', 'packages/flows/src/**/*.tsx', 'apps/portal/app/**/*.tsx'],
    ignores: ['**/*.stories.tsx', '**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-text-only',
          // Punctuation, symbols, digits and HTML entities alone are not words to translate.
          words: { exclude: [/^(?:[\p{P}\p{S}\p{N}\s]|&[a-zA-Z]+;|&#x?[0-9a-fA-F]+;)+$/u] },
        },
      ],
      'no-restricted-syntax': ['error', ...literalTextSelectors()],
    },
  },
  prettier,
);

/**
 * `no-restricted-syntax` entries for literal words a user would read or hear: in a JSX child
 * expression (`{'Gửi'}`, `{busy ? 'Đang gửi' : label}`) or in a text attribute (`aria-label`,
 * `alt`, `title`, `placeholder`, `label`), as a string or the branch of a `?:` or `&&`.
 */
function literalTextSelectors() {
  const word = String.raw`/[A-Za-z\u00C0-\u1EF9]/`;
  const literals = [
    `> Literal[value=${word}]`,
    `> :matches(ConditionalExpression, LogicalExpression) > Literal[value=${word}]`,
    `> TemplateLiteral > TemplateElement[value.raw=${word}]`,
    `> :matches(ConditionalExpression, LogicalExpression) > TemplateLiteral > TemplateElement[value.raw=${word}]`,
  ];
  const textAttribute =
    'JSXAttribute[name.name=/^(alt|title|placeholder|label|aria-label|aria-description|aria-roledescription|aria-valuetext)$/]';
  const message =
    'Visible text must come from @dvc/i18n (a catalog key through t()), not a literal.';
  return [
    ...literals.map((tail) => ({
      selector: `:matches(JSXElement, JSXFragment) > JSXExpressionContainer ${tail}`,
      message,
    })),
    { selector: `${textAttribute} > Literal[value=${word}]`, message },
    ...literals.map((tail) => ({
      selector: `${textAttribute} > JSXExpressionContainer ${tail}`,
      message,
    })),
  ];
}
