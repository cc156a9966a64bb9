// Finds the system Chromium for browser tests. Playwright's own browser downloads do not work on
// machines without internet access, so the tests drive the Debian package (or CHROME_PATH).
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path) => path && existsSync(path));
}

export const INSTALL_HELP = `No Chromium found for the browser tests.
Install it, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install chromium
  or point CHROME_PATH at any Chromium or Chrome binary:  CHROME_PATH=/path/to/chrome npm test`;
