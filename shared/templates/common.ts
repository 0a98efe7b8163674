/** What every template shares: options, the id source, and an empty workbook to fill. */
import { FORMAT, type Content } from '../domain/document';
import type { Language } from '../domain/languages';

/** Makes a fresh unique id; the store passes a random one, tests may pass a counter. */
export type IdSource = () => string;

export interface NewWorkbookOptions {
  readonly language: Language;
  readonly newId: IdSource;
  readonly title?: string;
  readonly client?: string;
  readonly preparedBy?: string;
  /** Today's date (YYYY-MM-DD), used as the proposal date; passed in so templates stay pure. */
  readonly today?: string;
}

export function emptyContent(options: NewWorkbookOptions, title: string): Content {
  return {
    format: FORMAT,
    id: options.newId(),
    title: options.title ?? title,
    client: options.client ?? '',
    preparedBy: options.preparedBy ?? '',
    language: options.language,
    dates: { proposal: options.today ?? null, start: null, end: null },
    parties: [],
    vocabularies: [],
    matrices: [],
    scope: null,
    signatories: [],
  };
}
