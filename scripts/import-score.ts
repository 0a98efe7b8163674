/**
 * `npm run import:score`: reads every fixture of the client-sheet corpus (test/fixtures/clients/) the way the CLI does,
 * prints one line per failing fixture with its first difference, then the pass rate per kind and overall. Exits 1
 * below 100 %, so CI can hold the detector to the corpus.
 */
import { firstDifference, loadCorpus, runFixture, tally, type FixtureScore } from '../test/fixtures/clients/score';

const scores: FixtureScore[] = [];
for (const fixture of loadCorpus()) {
  const difference = firstDifference(fixture.expected, await runFixture(fixture));
  scores.push({ fixture, difference });
  if (difference !== null) console.log(`FAIL ${fixture.id}: ${difference}`);
}
console.log('');
const rows = tally(scores);
for (const { kind, passed, total } of rows) {
  if (total === 0) continue;
  const rate = ((100 * passed) / total).toFixed(0).padStart(3);
  console.log(`${kind.padEnd(17)} ${rate} %  (${passed}/${total})`);
}
const overall = rows.at(-1)!;
process.exitCode = overall.passed === overall.total && overall.total > 0 ? 0 : 1;
