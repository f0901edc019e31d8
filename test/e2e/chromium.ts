// How every browser run starts Debian's Chromium: the e2e harness and the bench (scripts/bench/browser.ts).

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Chromium as root on a closed network: no sandbox, no background calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
