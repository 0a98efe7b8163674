/**
 * Rows that would not fit on a page. pdfmake keeps a table row on one page when asked to (we ask: a row split over two
 * pages is hard to read), but it cannot print an unbreakable row taller than a page and drops what does not fit. So a
 * cell's text is packed into pieces of at most MAX_PIECE_HEIGHT (estimated), and a row whose text needs more than one
 * piece becomes several rows, each small enough to move to the next page whole. Nothing is cut: every character lands
 * in one of the pieces. Ordinary rows are one piece.
 */
import type { Content } from 'pdfmake/interfaces';
import { COLOR } from './page';

/** A run of text in a cell: an optional bold prefix ("Customer: ") and the text, at a size, perhaps muted. */
export interface Block {
  readonly prefix?: string;
  readonly text: string;
  readonly size: number;
  readonly muted?: boolean;
}

/** Well under a landscape page's table area (about 430 pt below the repeated header), with room for the estimate's error. */
const MAX_PIECE_HEIGHT = 200;
/** Roboto's narrower glyphs are about 0.42 em wide: counting with them overestimates what fits on a line, never less. */
const NARROW_EM = 0.42;
const LINE_HEIGHT = 1.2;

const perLine = (width: number, size: number) => Math.max(1, Math.floor(width / (size * NARROW_EM)));
const maxLines = (size: number) => Math.max(1, Math.floor(MAX_PIECE_HEIGHT / (size * LINE_HEIGHT)));

function lines(block: Block, width: number): number {
  const chars = perLine(width, block.size);
  return `${block.prefix ?? ''}${block.text}`.split('\n').reduce((n, p) => n + Math.max(1, Math.ceil(p.length / chars)), 0);
}

/** Where `text` must be cut so that the part before fits in `budget` lines of `chars` characters (at a space if it can). */
function cutPoint(text: string, chars: number, budget: number): number {
  let position = 0;
  let used = 0;
  while (position < text.length) {
    const newline = text.indexOf('\n', position);
    const end = newline === -1 ? text.length : newline;
    const need = Math.max(1, Math.ceil((end - position) / chars));
    if (used + need > budget) {
      const room = (budget - used) * chars;
      let cut = position + room;
      const space = text.lastIndexOf(' ', cut);
      if (space > position + room / 2) cut = space + 1;
      return cut;
    }
    used += need;
    position = newline === -1 ? text.length : newline + 1;
  }
  return text.length;
}

/** Splits one block that is taller than a piece into blocks that each fit. The prefix stays with the first part. */
function splitBlock(block: Block, width: number): Block[] {
  const chars = perLine(width, block.size);
  const budget = maxLines(block.size);
  const parts: Block[] = [];
  let rest = block.text;
  let prefix = block.prefix ?? '';
  while (rest.length > 0) {
    // Always move on by at least one character, whatever the estimate says.
    const cut = Math.max(1, cutPoint(prefix + rest, chars, budget) - prefix.length);
    parts.push({ ...(prefix && { prefix }), text: rest.slice(0, cut), size: block.size, ...(block.muted && { muted: true }) });
    rest = rest.slice(cut);
    prefix = '';
  }
  return parts;
}

/** The blocks of one cell, packed into pieces of at most MAX_PIECE_HEIGHT each (one piece for an ordinary cell). */
export function pieces(blocks: readonly Block[], width: number): Block[][] {
  const packed: Block[][] = [];
  let current: Block[] = [];
  let used = 0;
  for (const block of blocks) {
    const parts = lines(block, width) * block.size * LINE_HEIGHT > MAX_PIECE_HEIGHT ? splitBlock(block, width) : [block];
    for (const part of parts) {
      const height = lines(part, width) * part.size * LINE_HEIGHT;
      if (current.length > 0 && used + height > MAX_PIECE_HEIGHT) {
        packed.push(current);
        current = [];
        used = 0;
      }
      current.push(part);
      used += height;
    }
  }
  if (current.length > 0) packed.push(current);
  return packed;
}

/** A piece as pdfmake inline text: blocks on their own lines, prefixes bold. `base` is the cell's own font size. */
export function pieceContent(piece: readonly Block[], base: number): string | { text: Content[] } {
  if (piece.length === 1 && !piece[0]!.prefix && !piece[0]!.muted && piece[0]!.size === base) return piece[0]!.text;
  const inlines: Content[] = [];
  piece.forEach((block, i) => {
    const style = {
      ...(block.size !== base && { fontSize: block.size }),
      ...(block.muted && { color: COLOR.muted, italics: true }),
    };
    if (i > 0) inlines.push('\n');
    if (block.prefix) inlines.push({ text: block.prefix, bold: true, ...style });
    inlines.push({ text: block.text, ...style });
  });
  return { text: inlines };
}
