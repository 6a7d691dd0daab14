/**
 * Where Chromium is and how to start it headless on these machines (root, no
 * network). A copy of tests/support/chromium.mjs's launch logic: src never
 * imports tests. Node only (CLI).
 */
import { existsSync } from 'node:fs';
import { pxError, type PxError } from '../../core/result.ts';

/** Without the background-networking flags Chromium keeps trying to reach hosts it cannot reach. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.CHROME_PATH || '/usr/bin/chromium';
}

export function chromiumMissing(path: string = chromiumPath()): PxError | null {
  if (existsSync(path)) return null;
  return pxError('EXPORT_CHROMIUM_MISSING', `Chromium was not found at ${path}`, 'install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary');
}
