/**
 * pdfmake, set up once: its Roboto fonts (Latin, Greek and Cyrillic) from the virtual file system it ships, so the
 * fonts travel inside any bundle; and no access to URLs or local files, so nothing in a document definition can make
 * it read a file or fetch anything. Loaded only when a PDF is rendered (export/render.ts imports this folder lazily).
 */
import pdfmake from 'pdfmake';
import vfs from 'pdfmake/build/vfs_fonts.js';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT } from './page';

/** The parts of pdfmake's Node API we use; its typings leave out the virtual file system. */
interface Pdfmake {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let ready: Pdfmake | null = null;

function library(): Pdfmake {
  if (ready) return ready;
  const pdf = pdfmake as unknown as Pdfmake;
  pdf.setUrlAccessPolicy(() => false);
  pdf.setLocalAccessPolicy(() => false);
  for (const [name, data] of Object.entries(vfs as Record<string, string>)) {
    pdf.virtualfs.writeFileSync(name, Buffer.from(data, 'base64'));
  }
  pdf.setFonts({
    [FONT]: {
      normal: 'Roboto-Regular.ttf',
      bold: 'Roboto-Medium.ttf',
      italics: 'Roboto-Italic.ttf',
      bolditalics: 'Roboto-MediumItalic.ttf',
    },
  });
  ready = pdf;
  return pdf;
}

export function printPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return library().createPdf(definition).getBuffer();
}
