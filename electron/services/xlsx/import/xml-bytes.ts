/**
 * The sanitiser's checks and cuts done on an XML part's UTF-8 bytes instead of on a decoded string. A 20,000-row sheet
 * is over 20 MB of XML: decoding it to a string, running the regular expressions over it and encoding it back cost the
 * main thread about a third of a second before the parse worker could start, while Buffer.indexOf finds the few
 * places that matter in a few milliseconds.
 *
 * Every function here gives exactly the answer its regular expression (quoted with it) gives on the decoded text. That
 * holds because the patterns are ASCII and the bytes are valid UTF-8 (the caller makes sure): in UTF-8 an ASCII byte is
 * always that character, never part of another one, so a byte position found here is a character position there.
 */

/** JavaScript's `\s` outside ASCII (no-break space, the Unicode spaces, the byte order mark, …). */
const UNICODE_SPACE = /^\s/;

/** Whether the character starting at byte `at` is one `\s` matches. */
function isSpaceAt(data: Buffer, at: number): boolean {
  const byte = data[at];
  if (byte === undefined) return false;
  if (byte < 0x80) return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
  return UNICODE_SPACE.test(data.toString('utf8', at, Math.min(data.length, at + 4)));
}

/** Whether bytes from `at` spell `word` (upper-case ASCII) in any case. */
function spellsIgnoringCase(data: Buffer, at: number, word: string): boolean {
  if (at + word.length > data.length) return false;
  for (let i = 0; i < word.length; i++) if ((data[at + i]! & 0xdf) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * The text a pattern anchored at the start and reaching at most past the part's second `>` needs: up to and
 * including that `>` (an XML declaration holds one, the root's start tag ends with the next), or all of it.
 */
export function headText(data: Buffer): string {
  const first = data.indexOf(0x3e);
  const second = first === -1 ? -1 : data.indexOf(0x3e, first + 1);
  return data.toString('utf8', 0, second === -1 ? data.length : second + 1);
}

const LT = 0x3c;
const isNameEnd = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/** Whether the bytes from `at` are `word` (ASCII). */
function spells(data: Buffer, at: number, word: string): boolean {
  if (at + word.length > data.length) return false;
  for (let i = 0; i < word.length; i++) if (data[at + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** The elements the sanitiser removes from a sheet (./sanitize.ts, STRIP). */
const STRIPPED = ['dataValidations', 'conditionalFormatting', 'extLst'] as const;

export interface XmlScan {
  /** `/<!DOCTYPE|<!ENTITY/i.test(text)`. */
  readonly documentType: boolean;
  /** How many `<row` and `<c` elements there are: the name ends at a space, `>` or `/`. */
  readonly rows: number;
  readonly cells: number;
  /** Where the first `<dataValidations`, `<conditionalFormatting` or `<extLst` starts; -1 when there is none. */
  readonly firstStripped: number;
}

/**
 * One pass over every `<` of a part, which finds all the sanitiser asks about. Buffer.indexOf of a single byte is a
 * memchr; searching a 20 MB sheet for each of its several multi-byte patterns costs each a full, much slower, scan.
 * `& 0xdf` upper-cases an ASCII letter; no other byte lands on one, so the DTD check ignores case exactly as `/i`.
 */
export function scanXml(data: Buffer): XmlScan {
  let documentType = false;
  let rows = 0;
  let cells = 0;
  let firstStripped = -1;
  const stripped = (at: number) => {
    if (firstStripped === -1) firstStripped = at;
  };
  for (let i = data.indexOf(LT); i !== -1; i = data.indexOf(LT, i + 1)) {
    const next = data[i + 1];
    if (next === 0x63 /* c */) {
      if (isNameEnd(data[i + 2])) cells++;
      else if (spells(data, i + 1, STRIPPED[1])) stripped(i);
    } else if (next === 0x72 /* r */) {
      if (data[i + 2] === 0x6f && data[i + 3] === 0x77 && isNameEnd(data[i + 4])) rows++;
    } else if (next === 0x64 /* d */) {
      if (spells(data, i + 1, STRIPPED[0])) stripped(i);
    } else if (next === 0x65 /* e */) {
      if (spells(data, i + 1, STRIPPED[2])) stripped(i);
    } else if (next === 0x21 /* ! */ && !documentType) {
      documentType = spellsIgnoringCase(data, i + 2, 'DOCTYPE') || spellsIgnoringCase(data, i + 2, 'ENTITY');
    }
  }
  return { documentType, rows, cells, firstStripped };
}

type Range = readonly [start: number, end: number];

/** `data` without the byte ranges, which are in order and do not overlap; `data` itself when there are none. */
function without(data: Buffer, ranges: readonly Range[]): Buffer {
  if (ranges.length === 0) return data;
  const kept: Buffer[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    kept.push(data.subarray(from, start));
    from = end;
  }
  kept.push(data.subarray(from));
  return Buffer.concat(kept);
}

/**
 * `text.replace(/<name[\s>][\s\S]*?<\/name>/g, '')`, searching from `from`: the caller knows there is no match
 * before it (a full search of a large sheet for a long pattern is what this module avoids).
 */
export function withoutElements(data: Buffer, name: string, from = 0): Buffer {
  const open = `<${name}`;
  const close = `</${name}>`;
  const ranges: Range[] = [];
  for (let i = data.indexOf(open, from); i !== -1;) {
    const after = i + open.length;
    if (data[after] !== 0x3e && !isSpaceAt(data, after)) {
      i = data.indexOf(open, i + 1);
      continue;
    }
    const end = data.indexOf(close, after + 1);
    // No end after this start: none after any later start either.
    if (end === -1) break;
    ranges.push([i, end + close.length]);
    i = data.indexOf(open, end + close.length);
  }
  return without(data, ranges);
}

/** `text.replace(/<name[^>]*\/>/g, '')`, searching from `from` (as withoutElements). */
export function withoutEmptyElements(data: Buffer, name: string, from = 0): Buffer {
  const open = `<${name}`;
  const ranges: Range[] = [];
  for (let i = data.indexOf(open, from); i !== -1;) {
    const gt = data.indexOf(0x3e, i + open.length);
    // `[^>]*` cannot pass the first `>`: the match ends there, or there is none from this start.
    if (gt === -1) break;
    if (gt - 1 >= i + open.length && data[gt - 1] === 0x2f) {
      ranges.push([i, gt + 1]);
      i = data.indexOf(open, gt + 1);
    } else i = data.indexOf(open, i + 1);
  }
  return without(data, ranges);
}
