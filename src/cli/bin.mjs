#!/usr/bin/env node
// The `parallax` command. TypeScript sources run through tsx, so the CLI and
// the browser share src/core unchanged, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
