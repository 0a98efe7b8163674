// Builds the page once for a run that includes end-to-end tests, instead of once per file: files run two at a time,
// and two builds into the same out/renderer would race.
import { buildRenderer } from './browser';
import { BUILT_FLAG } from './e2e-harness';

export default function setup(): void {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run');
  if (filters.length > 0 && !filters.some((filter) => filter.includes('e2e'))) return;
  buildRenderer();
  process.env[BUILT_FLAG] = '1';
}
