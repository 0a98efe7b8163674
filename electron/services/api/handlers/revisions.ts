/**
 * Revisions and compare for the page. Revisions sit outside undo history and are not records: an answer carries the
 * whole list, and the host forgets the document's kept snapshot (its revisions changed though no record did), so the
 * page's next load lists them too.
 */
import type { CompareSide, revisionMethods } from '../../../../shared/api/methods/revisions';
import { diffContents } from '../../../../shared/compare/diff';
import { contentOf } from '../../../../shared/domain/canonical';
import { fingerprint } from '../../fingerprint';
import type { Content } from '../../../../shared/domain/document';
import { buildTemplate } from '../../../../shared/templates';
import { contentAt, readComparableFile } from '../../compare/sides';
import { createRevision, newId, readContent, readDocument, readRevisionHistory, setRevisionStatus } from '../../store';
import type { Transfers } from '../transfers';
import type { Handlers, HostContext } from './types';

type RevisionMethod = keyof typeof revisionMethods;

export function revisionHandlers(ctx: HostContext, transfers: Transfers<unknown>): Handlers<RevisionMethod> {
  const list = (docId: string) => {
    const { db } = ctx.workbook(docId);
    return db.transaction(() => ({ revisions: readRevisionHistory(db), currentFingerprint: fingerprint(readContent(db)) }))();
  };
  const changed = (docId: string) => {
    ctx.revisionsChanged(docId);
    return list(docId);
  };
  const side = (docId: string, chosen: CompareSide): Content => {
    switch (chosen.kind) {
      case 'current':
        return readContent(ctx.workbook(docId).db);
      case 'revision':
        return contentAt(readDocument(ctx.workbook(docId)), chosen.revision);
      case 'template': {
        const { language } = readContent(ctx.workbook(docId).db);
        return buildTemplate(chosen.templateId, { language, newId, today: new Date().toISOString().slice(0, 10) });
      }
      case 'upload': {
        const { name, file } = transfers.takeUpload(chosen.uploadId);
        try {
          return contentOf(readComparableFile(file, name));
        } finally {
          transfers.removeFile(file);
        }
      }
    }
  };

  return {
    'revision.list': ({ docId }) => list(docId),
    'revision.create': ({ docId, label, supersedes }) => {
      const created = createRevision(ctx.workbook(docId).db, label, 'draft', supersedes === undefined ? {} : { supersedes });
      return { ...changed(docId), created: created.id };
    },
    'revision.setStatus': ({ docId, revision, status }) => {
      setRevisionStatus(ctx.workbook(docId).db, revision, status);
      return changed(docId);
    },
    'compare.run': ({ docId, before, after }) => {
      const newer = side(docId, after);
      return { ...diffContents(side(docId, before), newer), after: newer };
    },
  };
}
