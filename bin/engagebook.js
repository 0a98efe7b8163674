#!/usr/bin/env node
// The `engagebook` command. Runs the CLI bundle out/cli/main.js (scripts/build-cli.js), not the TypeScript sources:
// compiling them through tsx and loading every service on each call made even `--version` take seconds. In a
// checkout the bundle is rebuilt first whenever the sources changed since it was built, so the command is still
// always the code in the checkout.
import { pathToFileURL } from 'node:url';
import { bundleState, cliEntry } from './cli-bundle.js';

// `engagebook show x --json | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const state = bundleState();
if (state !== 'fresh') {
  process.stderr.write(
    `engagebook: ${state === 'missing' ? 'out/cli is not built yet' : 'the sources changed since out/cli was built'}; building it (scripts/build-cli.js)\n`,
  );
  const { buildCli } = await import('../scripts/build-cli.js');
  try {
    await buildCli();
  } catch (error) {
    // esbuild has printed the source errors above; this is the one line that says what failed. Exit 1, as a crash.
    process.stderr.write(`engagebook: cannot build out/cli: ${String(error.message).split('\n')[0].replace(/:$/, '')}\n`);
    process.exit(1);
  }
}
// Unexpected errors print their stack for bug reports; the bundle's source maps make it name the TypeScript sources.
process.setSourceMapsEnabled(true);
const { main } = await import(pathToFileURL(cliEntry()).href);
process.exitCode = await main(process.argv.slice(2));
