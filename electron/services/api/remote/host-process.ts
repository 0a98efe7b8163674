/**
 * Entry of the host process. In the desktop app, main starts it with Electron's `utilityProcess.fork` (bundled as
 * out/main/host.cjs), so SQLite, Excel parsing and long imports never run on the thread that draws the windows: a
 * locked file or a 20,000-row import can keep this process busy, never the UI. In plain Node it runs under
 * `child_process.fork` (the tests), through the same protocol.
 *
 * It is started with one argument, `--engagebook-host=<JSON>` (protocol.ts, HostStartOptionsSchema), and serves until
 * its parent goes away.
 */
import { portToParent } from './port';
import { describeIssue, HostStartOptionsSchema, START_OPTIONS_PREFIX } from './protocol';
import { serveHost } from './serve-host';

function startOptions() {
  const argument = process.argv.find((a) => a.startsWith(START_OPTIONS_PREFIX));
  if (!argument) return fatal(`start me with ${START_OPTIONS_PREFIX}<JSON options>`);
  let json: unknown;
  try {
    json = JSON.parse(argument.slice(START_OPTIONS_PREFIX.length));
  } catch (error) {
    return fatal(`the start-up options are not JSON: ${(error as Error).message}`);
  }
  const options = HostStartOptionsSchema.safeParse(json);
  return options.success ? options.data : fatal(`bad start-up options: ${describeIssue(options.error)}`);
}

/** A process that cannot serve says why and exits non-zero; main shows the reason and decides about restarting. */
function fatal(message: string): never {
  console.error(`engagebook host process: ${message}`);
  process.exit(2);
}

const port = portToParent() ?? fatal('no parent to serve: start me from the app (utilityProcess) or with child_process.fork');
const host = serveHost(port, startOptions());
// Under child_process.fork the IPC channel closing means the parent is gone; Electron ends utility processes itself.
process.on('disconnect', () => {
  host.close();
  process.exit(0);
});
