#!/usr/bin/env node
// The `parallax` command. TypeScript sources run through tsx, so the CLI and
// the browser share src/core unchanged, with no build step. main() handles
// every error a command throws; the handlers here catch what escapes it (a
// failed import of the sources, an error in a callback) so that nothing ever
// ends in a bare Node stack trace.
import { register } from 'tsx/esm/api';

function internal(e) {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  process.stderr.write(`error[INTERNAL]: ${detail.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')} — please report this (run with PARALLAX_DEBUG=1 for the details)\n`);
  if (process.env.PARALLAX_DEBUG === '1' && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exit(1);
}
process.on('uncaughtException', internal);
process.on('unhandledRejection', internal);
// `parallax import x --json | head`: the reader left; stop quietly, as cat does.
process.stdout.on('error', (e) => (e.code === 'EPIPE' ? process.exit(0) : internal(e)));

try {
  register();
  const { main } = await import('./main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  internal(e);
}
