import meta, { Default } from '../../stories/sale-screen.stories.js';
import { screenshots, storyTemplate } from './support/screens.js';

/** Waits until the screen shows its first sale (the memory source answers in a microtask). */
async function loaded(frame: HTMLElement): Promise<void> {
  const screen = frame.querySelector('sale-screen')!;
  for (let tries = 0; screen.getAttribute('aria-busy') !== 'false'; tries += 1) {
    if (tries > 100) throw new Error('<sale-screen> never finished loading.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('visual: <sale-screen>', () => {
  screenshots([{ name: 'sale-screen', template: storyTemplate(meta, Default), prepare: loaded }]);
});
