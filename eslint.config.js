import fs from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = fs
  .readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** No file in src/ imports the embedded backend (main.tsx's one dynamic import is the exception). */
const noMocks = {
  group: ['@mocks/*', '**/mocks/**', '../mocks/*'],
  message: 'src/ never imports mocks/: the production bundle must not contain the mock backend.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-real',
      'node_modules',
      'public/mockServiceWorker.js',
      'coverage',
      'test-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAnyKeyword', message: 'No `any`: parse with a schema or use `unknown`.' },
      ],
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noMocks] }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAnyKeyword', message: 'No `any`: parse with a schema or use `unknown`.' },
        {
          selector: 'ImportExpression[source.value=/mocks/]',
          message: 'Only src/main.tsx may import mocks/.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|\\.\\./|@/domain/)',
              message: 'src/domain imports nothing but itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noMocks,
            {
              group: ['@/features/*', '@/app/*', '@/components/*'],
              message: 'src/api holds the contract and the client only.',
            },
          ],
        },
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noMocks,
            {
              group: ['@/features/*', `!@/features/${feature}`, '@/app/*'],
              message:
                'A feature never imports another feature or the app; compose them in src/app.',
            },
            { group: ['../*'], message: 'Reach outside the feature through @/ paths.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['mocks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@/(?!domain/|api/[\\w-]+/schemas$|api/common/errors$)',
              message: 'mocks/ may import only src/domain and the API schemas.',
            },
          ],
        },
      ],
    },
  },
);
