// ESLint: TypeScript rules plus the Lit, web-component and Lit accessibility plugins.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'storybook-static/',
      'reports/',
      'node_modules/',
      'tmp/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  lit.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    // Node scripts and configs: the few Node globals they use.
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: { URL: 'readonly', Buffer: 'readonly', console: 'readonly', process: 'readonly' },
    },
  },
  {
    // The demo backend (server/) and its tests run on Node 20, which has fetch and the URL classes.
    files: ['server/**/*.mjs'],
    languageOptions: {
      globals: {
        fetch: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        performance: 'readonly',
        AbortController: 'readonly',
      },
    },
  },
  {
    // The demo is plain browser JavaScript.
    files: ['demo/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        customElements: 'readonly',
        window: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  {
    // TypeScript already reports undefined names, with the DOM types in view.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Tests may reach into shadow roots and cast freely to feed elements bad data on purpose.
    files: ['test/**/*.ts', 'bench/**/*', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // chai assertions such as `expect(x).to.be.true` are property reads.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
