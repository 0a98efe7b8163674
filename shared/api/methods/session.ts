/** Session and start screen: what is open, the templates, recent workbooks, creating and opening workbooks. */
import { z } from 'zod';
import { DocId, Language, method, plainText } from './common';

const WorkbookEntrySchema = z.object({
  /** Opaque, valid until the next workspace.list: the UI opens a workbook by key, never by path. */
  key: z.string(),
  name: z.string(),
  /** Shown so people can tell two "Acme" workbooks apart; never sent back. */
  folder: z.string(),
  modified: z.string().nullable(),
});

const Opened = z.object({ docId: DocId, name: z.string() });

export const sessionMethods = {
  'session.info': method(
    z.object({}).strict(),
    z.object({
      documents: z.array(Opened),
      language: Language,
      /** True where the host can show a native open dialog (the desktop app); browser mode lists the folder instead. */
      canChooseFiles: z.boolean(),
    }),
  ),
  'templates.list': method(
    z.object({}).strict(),
    z.array(z.object({ id: z.string(), name: z.record(z.string(), z.string()), description: z.record(z.string(), z.string()) })),
  ),
  'workspace.list': method(
    z.object({}).strict(),
    z.object({ recent: z.array(WorkbookEntrySchema), folder: z.string(), inFolder: z.array(WorkbookEntrySchema) }),
  ),
  'document.create': method(
    z
      .object({
        templateId: z.string().min(1).max(100),
        language: Language,
        title: plainText(z.string().trim().min(1).max(200)),
        client: plainText(z.string().max(500)),
      })
      .strict(),
    Opened,
  ),
  'document.open': method(z.object({ key: z.string().min(1).max(100) }).strict(), Opened),
  /** Shows the native open dialog (desktop only); null when the person cancels. */
  'document.choose': method(z.object({}).strict(), Opened.nullable()),
  /**
   * The UI is done with a document (it went back to the start screen): the host releases the file. The id stays
   * valid; using it again reopens the file.
   */
  'document.close': method(z.object({ docId: DocId }).strict(), z.object({})),
} as const;
