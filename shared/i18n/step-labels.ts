/**
 * Undo-step labels in the UI language. A workbook stores each step's label in one text column (history.label). Files
 * written before labels were translatable hold an English sentence there; newer ones hold a structured label: a
 * message key and its parameters, encoded as MARKER + JSON.stringify([key, params]). No DB migration is needed: the
 * column stays text, and describeStep tells the two apart by the marker.
 *
 * Why the marker is safe: every plain label ever stored starts with a fixed English word chosen by the app ("Add",
 * "Set", "Paste", "Rename", …), never with user text, so none starts with U+0001 (a control character nobody types).
 * Parameters (titles, names) sit inside the JSON, where any character is escaped. A parameter may be a list of message
 * keys (the scope fields an edit changed): each is shown in the UI language, joined by commas.
 */
import type { MessageKey, MessageParams } from './messages';
import { translator } from './messages';
import { en } from './locales/en';

const MARKER = '\u0001';

/** A step message key (`step.*`), with or without its plural suffix. */
export type StepKey =
  Extract<MessageKey, `step.${string}`> extends infer K
    ? K extends `${infer Base}_one` | `${infer Base}_other`
      ? Base
      : K
    : never;

/** A label's parameters: text and numbers as they are, lists of message keys translated one by one. */
export type StepParams = Readonly<Record<string, string | number | readonly string[]>>;

/** The stored text of a structured step label. */
export function stepLabel(key: StepKey, params: StepParams = {}): string {
  return MARKER + JSON.stringify([key, params]);
}

/** The key and parameters of a stored label, or null for a plain (old) label or one that does not parse. */
export function parseStepLabel(stored: string): { key: string; params: StepParams } | null {
  if (!stored.startsWith(MARKER)) return null;
  try {
    const parsed: unknown = JSON.parse(stored.slice(MARKER.length));
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') return null;
    const params: unknown = parsed[1] ?? {};
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
    return { key: parsed[0], params: params as StepParams };
  } catch {
    return null;
  }
}

/** What describeStep needs of a translator: the shared `translator(language)` or the page's i18next `t`. */
export type StepTranslate = (key: MessageKey, params: MessageParams) => string;

const known = (key: string) => key in en || `${key}_one` in en;

/**
 * A stored label as text in the language of `t`: plain labels as they are; structured ones translated (with plurals
 * through `count`). A key this version does not know (a file from a newer version) is shown as its key with its
 * parameters, so the step is still recognisable.
 */
export function describeStep(stored: string, t: StepTranslate = translator('en')): string {
  const label = parseStepLabel(stored);
  if (!label) return stored.startsWith(MARKER) ? stored.slice(MARKER.length) : stored;
  // A file is outside input: whatever a parameter holds, it becomes text rather than an exception.
  const text = (value: unknown): string | number =>
    Array.isArray(value)
      ? value.map((k) => (typeof k === 'string' && known(k) ? t(k as MessageKey, {}) : String(k))).join(', ')
      : typeof value === 'number'
        ? value
        : String(value);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(label.params)) params[name] = text(value);
  if (!known(label.key)) {
    const values = Object.values(params).map(String);
    return values.length > 0 ? `${label.key} (${values.join(', ')})` : label.key;
  }
  return t(label.key as MessageKey, params);
}
