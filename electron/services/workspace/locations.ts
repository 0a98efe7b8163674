/**
 * Where browser mode keeps its small state when no Electron `userData` folder exists: the recent-workbooks list in
 * the platform's per-user config folder, new workbooks in Documents/Engagebook. ENGAGEBOOK_HOME overrides the
 * config folder (tests, portable installs).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function configDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.ENGAGEBOOK_HOME) return env.ENGAGEBOOK_HOME;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Engagebook');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Engagebook');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'engagebook');
}

export const defaultDocumentsDir = (): string => join(homedir(), 'Documents', 'Engagebook');
export const recentFileIn = (dir: string): string => join(dir, 'recent.json');
