#!/usr/bin/env node
// The `engagebook` command. Runs the TypeScript sources directly through tsx, so the CLI is always the code in the
// checkout: there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
// `engagebook show x --json | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
