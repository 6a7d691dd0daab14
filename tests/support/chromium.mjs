// Where Chromium is and how to start it on these machines (root, no network).
import { existsSync } from 'node:fs';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

/** A message, not a stack trace, when the browser the tests need is missing. */
export function chromiumProblem() {
  const p = chromiumPath();
  if (existsSync(p)) return null;
  return `Chromium not found at ${p}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.`;
}
