// A @web/test-runner command that turns forced-colors (Windows High Contrast) emulation on or off.
// The stock emulateMedia command drops `forcedColors` for the Chrome launcher, so tests of
// forced-colors styles call this one: executeServerCommand('emulate-forced-colors', { active }).
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      // puppeteer's emulateMediaFeatures rejects `forced-colors`, so speak CDP directly.
      // The override lives as long as its CDP session, so keep one session per page.
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
