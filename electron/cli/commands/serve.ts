/** Browser mode. The API host, the HTTP server and the store are loaded when `serve` runs, not for --help. */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EngagebookError } from '../../../shared/domain/errors';
import { configDir, defaultDocumentsDir, recentFileIn } from '../../services/workspace/locations';
import type { Io } from '../io';

/**
 * The built UI (npm run build:renderer): out/renderer in the package. This module runs from electron/cli/commands
 * (source, tests) or from a chunk in out/cli (the CLI bundle), so it looks for the package root rather than counting
 * folders up from itself.
 */
function uiDir(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'out', 'renderer');
}

export function registerServeCommands(program: Command, io: Io): void {
  program
    .command('serve [file]')
    .description('browser mode: serve the app and its API on 127.0.0.1; the first line printed is the URL to open')
    .option('--port <n>', 'port to listen on (default: a free one)')
    .option(
      '--dir <folder>',
      'documents folder: where new workbooks are created and which the start screen lists',
      defaultDocumentsDir(),
    )
    .option('--dev', "development: also serve the UI's source maps (never in normal use: they hold its whole source)")
    .action(async (file: string | undefined, options: { port?: string; dir: string; dev?: boolean }) => {
      const port = options.port === undefined ? 0 : Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) {
        throw new EngagebookError('invalid-argument', `--port must be a whole number from 0 to 65535; got "${options.port}"`);
      }
      const [{ createWorkspace }, { createHost }, { startBrowserMode }] = await Promise.all([
        import('../../services/workspace/workspace'),
        import('../../services/api/host'),
        import('../../services/server/http'),
      ]);
      const workspace = createWorkspace({ documentsDir: resolve(options.dir), recentFile: recentFileIn(configDir()) });
      const host = createHost({ workspace });
      if (file) host.open(file);
      let server;
      try {
        server = await startBrowserMode(host, { port, staticDir: uiDir(), dev: options.dev === true });
      } catch (error) {
        host.close();
        throw new EngagebookError('io', `cannot listen on 127.0.0.1:${port} (${(error as Error).message})`);
      }
      io.out(server.url);
      io.err('Browser mode: open the address above. Stop with Ctrl+C.');
      const running = server;
      await new Promise<void>((resolve) => {
        const stop = () => void running.close().then(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      host.close();
    });
}
