// The one Chromium that the tests, the visual gate, the server's page test and the bench drive:
// Debian's (or CHROME_PATH), headless as root, with nothing reaching for the network (this kind of
// machine has a closed network; without these flags Chromium's background connections are refused
// many at a time).
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Timers at full speed even when the machine is busy with other work (test runs). */
export const fullSpeedArgs = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
