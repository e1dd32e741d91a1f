// How this project starts Chromium, for the browser tests and the benchmark alike: Debian's
// /usr/bin/chromium or CHROME_PATH, never a downloaded browser, with the flags that keep a headless
// run quiet on a closed network (no background requests, no updates, no sync).

/** The Chromium binary to drive. */
export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Launch flags; `--no-sandbox` because CI runs as root. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
