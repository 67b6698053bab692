// Stands in for storybook/test when the visual gate imports the stories (see
// web-test-runner.visual.config.mjs): the gate renders their args and never runs their play
// functions, so only `fn` (used in args) does something, and the rest say they are not available.
const notInTheGate = (name: string) => () => {
  throw new Error(
    `storybook/test's ${name} is not available in the visual gate (play functions do not run).`,
  );
};

export const fn = () => () => {};
export const expect = notInTheGate('expect');
export const spyOn = notInTheGate('spyOn');
export const userEvent = new Proxy({}, { get: (_target, key) => notInTheGate(`userEvent.${String(key)}`) });
export const waitFor = notInTheGate('waitFor');
export const within = notInTheGate('within');
