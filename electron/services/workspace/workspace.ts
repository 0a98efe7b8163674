/**
 * The start screen's view of the disk: the workbooks opened recently (remembered in a small JSON file) and the
 * workbooks in the documents folder, where new workbooks are created. Shared by the Electron app and browser mode;
 * each passes its own folder and recent-list file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Language } from '../../../shared/domain/languages';
import { buildTemplate } from '../../../shared/templates';
import { writeFileAtomic } from '../documents/files';
import { createWorkbook, FILE_EXTENSION, newId } from '../store';

export interface WorkspaceOptions {
  /** Where new workbooks go, and whose workbooks the start screen lists. */
  readonly documentsDir: string;
  /** The recent-workbooks list; a damaged or missing file just means an empty list. */
  readonly recentFile: string;
}

export interface WorkbookEntry {
  readonly file: string;
  readonly name: string;
  readonly folder: string;
  /** ISO time of the last change, or null when the file is gone (a recent entry on a removed USB stick). */
  readonly modified: string | null;
}

export interface NewWorkbook {
  readonly templateId: string;
  readonly language: Language;
  readonly title: string;
  readonly client: string;
}

const RECENT_LIMIT = 10;
const RecentSchema = z.object({ recent: z.array(z.string()).max(100) });

export interface Workspace {
  readonly documentsDir: string;
  recent(): WorkbookEntry[];
  inFolder(): WorkbookEntry[];
  remember(file: string): void;
  create(input: NewWorkbook, today?: string): string;
}

export function createWorkspace(options: WorkspaceOptions): Workspace {
  const readRecent = (): string[] => {
    try {
      return RecentSchema.parse(JSON.parse(readFileSync(options.recentFile, 'utf8'))).recent;
    } catch {
      return [];
    }
  };
  return {
    documentsDir: options.documentsDir,
    recent: () => readRecent().map(entry),
    inFolder() {
      if (!existsSync(options.documentsDir)) return [];
      return readdirSync(options.documentsDir)
        .filter((name) => name.endsWith(FILE_EXTENSION) && !name.startsWith('.'))
        .map((name) => entry(join(options.documentsDir, name)))
        .sort((a, b) => (b.modified ?? '').localeCompare(a.modified ?? ''));
    },
    remember(file) {
      const absolute = resolve(file);
      const recent = [absolute, ...readRecent().filter((f) => f !== absolute)].slice(0, RECENT_LIMIT);
      try {
        mkdirSync(dirname(options.recentFile), { recursive: true });
        writeFileAtomic(options.recentFile, JSON.stringify({ recent }, null, 2));
      } catch (error) {
        // The list is a convenience: failing to write it must not fail opening the workbook.
        console.error(`engagebook: cannot update ${options.recentFile}: ${(error as Error).message}`);
      }
    },
    create(input, today = new Date().toISOString().slice(0, 10)) {
      mkdirSync(options.documentsDir, { recursive: true });
      const file = freeName(options.documentsDir, input.title);
      createWorkbook(
        file,
        buildTemplate(input.templateId, { language: input.language, newId, title: input.title, client: input.client, today }),
      );
      return file;
    },
  };
}

function entry(file: string): WorkbookEntry {
  let modified: string | null = null;
  try {
    modified = statSync(file).mtime.toISOString();
  } catch {
    // gone: listed, greyed out by the UI
  }
  return { file, name: basename(file, FILE_EXTENSION), folder: dirname(file), modified };
}

/** A file name from the title that works on every OS, numbered when taken: "Acme support (2).engagement". */
export function freeName(dir: string, title: string): string {
  const stem =
    title
      .normalize('NFC')
      // Characters Windows forbids in names, and control characters.
      .replace(/[<>:"/\\|?*]/g, ' ')
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 80)
      .trim() || 'Workbook';
  for (let n = 1; ; n++) {
    const file = join(dir, `${stem}${n === 1 ? '' : ` (${n})`}${FILE_EXTENSION}`);
    if (!existsSync(file)) return file;
  }
}
