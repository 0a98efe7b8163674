import { basename } from 'node:path';
import { ApiError } from '../../../../shared/api/errors';
import { listTemplates } from '../../../../shared/templates';
import { FILE_EXTENSION } from '../../store';
import type { WorkbookEntry } from '../../workspace/workspace';
import type { sessionMethods } from '../../../../shared/api/methods/session';
import { requireWorkspace, type Handlers, type HostContext } from './types';

/** The methods this module implements: exactly those of the contract's session module. */
type SessionMethod = keyof typeof sessionMethods;

const opened = (ctx: HostContext, file: string) => ({ docId: ctx.open(file), name: basename(file, FILE_EXTENSION) });

export function sessionHandlers(ctx: HostContext): Handlers<SessionMethod> {
  const workspace = () => requireWorkspace(ctx);
  const listed = (e: WorkbookEntry) => ({ key: ctx.keyFor(e.file), name: e.name, folder: e.folder, modified: e.modified });
  return {
    'session.info': () => ({
      documents: ctx.list().map(({ docId, file }) => ({ docId, name: basename(file, FILE_EXTENSION) })),
      language: ctx.language,
      canChooseFiles: ctx.chooseFile !== undefined,
    }),
    'templates.list': () => listTemplates().map((t) => ({ id: t.id, name: { ...t.name }, description: { ...t.description } })),
    'workspace.list': () => {
      const ws = ctx.workspace;
      return {
        recent: ws ? ws.recent().map(listed) : [],
        folder: ws?.documentsDir ?? '',
        inFolder: ws ? ws.inFolder().map(listed) : [],
      };
    },
    'document.create': (input) => opened(ctx, workspace().create(input)),
    'document.open': ({ key }) => opened(ctx, ctx.fileForKey(key)),
    'document.close': ({ docId }) => {
      ctx.close(docId);
      return {};
    },
    'document.choose': async () => {
      if (!ctx.chooseFile) throw new ApiError('invalid-argument', 'this session cannot show an open dialog');
      const file = await ctx.chooseFile();
      return file ? opened(ctx, file) : null;
    },
  };
}
