/**
 * The open document in the page: one store outside the components. It loads the document once, as records, into the
 * shared document model, and from then on applies the records each edit answers with (and those other windows' edits
 * announce) instead of reloading; it reloads only for another program's change or a change it missed. Findings are
 * kept current by checking what each change touched. Edits are sent one at a time, in order; a cell edit paints
 * before the host answers and is rolled back if the host refuses it.
 *
 * Components read it with useSyncExternalStore (`subscribe`, `getState`); the state object and everything in it keep
 * their identity until something in them changes.
 */
import type { ApiClient, ArgsOf, MethodName, ResultOf } from '../../../shared/api/contract';
import type { HostEvent } from '../../../shared/api/events';
import { unpackGrouped } from '../../../shared/api/snapshot';
import type { Content, RevisionSummary } from '../../../shared/domain/document';
import type { Language } from '../../../shared/domain/languages';
import type { CellRecord, RecordChange } from '../../../shared/domain/records';
import { normalizeRoleCodes } from '../../../shared/domain/vocabulary';
import { DocumentModel } from '../../../shared/model/document-model';
import { FindingsIndex, type Finding } from '../../../shared/rules';
import { Overlay } from './overlay';
import { Sequencer, type Accepted } from './sequencer';

export interface HistoryLabels {
  readonly undo: string | null;
  readonly redo: string | null;
}

export interface DocumentState {
  readonly content: Content;
  /** Null while the rules run for the first time after a load (they run after the grid is painted). */
  readonly findings: readonly Finding[] | null;
  readonly history: HistoryLabels;
  readonly revisions: readonly RevisionSummary[];
}

/** The methods that edit a document: their answers carry the records they wrote and the change number. */
type EditAnswer = { changed: boolean; changes: RecordChange[]; seq: number; history: HistoryLabels };
export type EditMethod = {
  [M in MethodName]: ResultOf<M> extends EditAnswer ? M : never;
}[MethodName];

/**
 * Resolves once the page has painted its next frame — or after a moment where frames are not coming (a hidden tab
 * paints none) — and at once where there is no page, as in tests.
 */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return resolve();
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(fallback), resolve()), 0));
  });

/** How long an early change waits for the one before it before the page gives up and reloads. */
const GAP_PATIENCE_MS = 1_000;

export class DocumentStore {
  private model: DocumentModel | null = null;
  private findings: FindingsIndex | null = null;
  private state: DocumentState | null = null;
  private history: HistoryLabels = { undo: null, redo: null };
  private revisions: readonly RevisionSummary[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly order = new Sequencer();
  private readonly overlay = new Overlay();
  private queue: Promise<unknown> = Promise.resolve();
  private reloading: Promise<void> | null = null;
  private gapTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly api: ApiClient,
    readonly docId: string,
    private language: Language,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): DocumentState | null => this.state;

  /** Loads (or reloads) the whole document; `asked`: a snapshot already on its way (the page asks early). */
  load(asked?: Promise<ResultOf<'document.snapshot'>>): Promise<void> {
    this.reloading ??= this.fetch(asked).finally(() => (this.reloading = null));
    return this.reloading;
  }

  /** Messages follow the UI's language. */
  setLanguage(language: Language): void {
    if (language === this.language) return;
    this.language = language;
    if (this.model) this.findings = new FindingsIndex(this.model, language);
    this.publish();
  }

  /**
   * What the host announced: revisions taken as they are; a change applied if it follows on, held if it came early,
   * else a reload.
   */
  hostEvent(event: HostEvent): void {
    if (event.type === 'revisions' && event.docId === this.docId) return this.setRevisions(event.revisions);
    if (event.type !== 'changed' || event.docId !== this.docId) return;
    const changes = event.external ? null : (event.changes ?? null);
    // Before the first load there is nothing to apply it to: the load decides whether it came before or after.
    if (!this.model) return this.order.hold(event.seq, changes);
    if (event.history && event.seq > this.order.seq) this.history = event.history;
    this.settle(this.order.accept(event.seq, changes));
    this.publish();
  }

  /**
   * Sends an edit after the ones before it and applies what it wrote. `optimistic`: the records it is expected to
   * write, shown at once and rolled back if the host refuses.
   */
  edit<M extends EditMethod>(method: M, args: ArgsOf<M>, optimistic: readonly RecordChange[] = []): Promise<ResultOf<M>> {
    if (optimistic.length > 0) {
      this.overlay.hold(optimistic, (change) => this.present(change));
      this.applyNow(optimistic);
      this.publish();
    }
    const task = this.queue.then(async () => {
      // A keypress paints first: starting a request costs the page a millisecond or two it would take from that frame.
      if (optimistic.length > 0) await afterPaint();
      try {
        const result = (await this.api(method, args)) as ResultOf<M> & EditAnswer;
        if (result.seq > this.order.seq) this.history = result.history;
        this.settle(this.order.accept(result.seq, result.changes));
        return result;
      } finally {
        this.applyNow(this.overlay.release(optimistic));
        this.publish();
      }
    });
    this.queue = task.catch(() => undefined);
    return task;
  }

  /**
   * The revisions the host answered a revision call with. Revisions are not records and no edit carries them, so the
   * page takes the list the revision methods answer with instead of reloading the document.
   */
  setRevisions(revisions: readonly RevisionSummary[]): void {
    this.revisions = revisions;
    this.publish();
  }

  /** Sets a cell's roles (and keeps its note), painting at once. */
  setRoles(matrixId: string, activityId: string, partyId: string, roles: string[]): Promise<ResultOf<'cell.set'>> {
    const model = this.loaded();
    const vocabularyId = model.matrixView(matrixId)?.vocabularyId;
    const vocabulary = vocabularyId === undefined ? undefined : model.vocabulary(vocabularyId);
    const ordered = vocabulary ? normalizeRoleCodes(vocabulary, roles) : roles;
    const before = model.cellRecord(activityId, partyId);
    const after: CellRecord | null =
      ordered.length === 0 && !before?.note ? null : { activityId, partyId, roles: ordered, note: before?.note ?? null };
    const optimistic: RecordChange = { table: 'cells', key: [activityId, partyId], value: after };
    return this.edit('cell.set', { docId: this.docId, matrixId, activityId, partyId, roles }, [optimistic]);
  }

  private async fetch(asked?: Promise<ResultOf<'document.snapshot'>>): Promise<void> {
    const snapshot = await (asked ?? this.api('document.snapshot', { docId: this.docId }));
    const { records, cells } = unpackGrouped(snapshot.records);
    this.model = DocumentModel.fromGrouped(records, cells);
    this.history = snapshot.history;
    this.revisions = snapshot.revisions;
    // Edits still on their way stay painted on top of what was loaded.
    this.model.apply(this.overlay.rebase((change) => this.present(change)));
    this.findings = null;
    this.state = null;
    this.settle(this.order.reset(snapshot.seq));
    this.publish();
    // The first check of a large workbook takes a while: paint the grid first, then check.
    const model = this.model;
    void afterPaint().then(() => {
      if (this.model !== model) return;
      this.findings = new FindingsIndex(model, this.language);
      this.publish();
    });
  }

  private settle(accepted: Accepted): void {
    for (const batch of accepted.apply) this.applyNow(this.overlay.filter(batch));
    clearTimeout(this.gapTimer);
    if (accepted.reload) void this.load();
    else if (accepted.waiting) this.gapTimer = setTimeout(() => void this.load(), GAP_PATIENCE_MS);
  }

  private applyNow(changes: readonly RecordChange[]): void {
    if (changes.length === 0 || !this.model) return;
    const touched = this.model.apply(changes);
    this.findings?.update(touched);
  }

  /** The record a change would replace, as a change: what a rollback restores. */
  private present(change: RecordChange): RecordChange {
    if (change.table !== 'cells') throw new Error(`optimistic edits are for cells, not ${change.table}`);
    const [activityId, partyId] = change.key;
    return { table: 'cells', key: change.key, value: this.loaded().cellRecord(activityId, partyId) };
  }

  private loaded(): DocumentModel {
    if (!this.model) throw new Error('the document is not loaded yet');
    return this.model;
  }

  private publish(): void {
    if (!this.model) return;
    const content = this.model.content();
    const findings = this.findings?.list() ?? null;
    const previous = this.state;
    const same =
      previous?.content === content &&
      previous.findings === findings &&
      previous.history === this.history &&
      previous.revisions === this.revisions;
    if (same) return;
    this.state = { content, findings, history: this.history, revisions: this.revisions };
    this.listeners.forEach((listener) => listener());
  }
}
