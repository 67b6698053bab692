/**
 * Each React project (vitest.config.ts: "react", "react18") loads the React its package.json pins,
 * so a silent fallback to the root's React 19 in the "react18" project fails here.
 */
import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { expect, inject, test } from 'vitest';
import { reactMajor } from './react-major.js';

test(`the page runs React ${inject('expectedReactVersion')} and its react-dom`, () => {
  expect(reactVersion).toBe(inject('expectedReactVersion'));
  expect(reactDomVersion).toBe(reactVersion);
  expect(reactMajor).toBe(Number(inject('expectedReactVersion').split('.')[0]));
});
