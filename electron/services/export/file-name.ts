/** The default name of an exported file: `<title>-<revision>[-<matrix>].<ext>`, safe on every file system. */
import { slug } from '../documents/csv-files';

export function exportFileName(parts: { title: string; revision: string; matrix?: string }, extension: string): string {
  const words = [slug(parts.title, 'engagement'), slug(parts.revision, 'draft')];
  if (parts.matrix !== undefined) words.push(slug(parts.matrix));
  return `${words.join('-')}.${extension}`;
}
