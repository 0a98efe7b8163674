/**
 * Workload: how many roles each party holds in each phase of one matrix, the numbers behind the heat map in the UI.
 *
 * Pure and DOM-free so the same figures can be tested here and reused by the CLI or an export later. A cell that holds
 * several roles ("A/R") counts once for each of them: the question is how much each party carries, not how many cells
 * it touches.
 */
import type { Content, Matrix } from './document';
import { findRole } from './vocabulary';

/** Role code → how many cells hold it. Only codes with a count above zero are present. */
export type RoleCounts = Readonly<Record<string, number>>;

export interface WorkloadCell {
  readonly partyId: string;
  readonly counts: RoleCounts;
  /** The sum of `counts`. */
  readonly total: number;
}

export interface WorkloadRow {
  readonly phaseId: string;
  readonly phaseTitle: string;
  /** One per matrix column, in `partyIds` order. */
  readonly cells: readonly WorkloadCell[];
}

export interface Workload {
  readonly matrixId: string;
  readonly partyIds: readonly string[];
  /**
   * The codes that may appear in `counts`, in display order: the vocabulary's roles first, then any code found in the
   * matrix that the vocabulary does not know (the rules flag those; hiding them here would understate the load).
   */
  readonly roleCodes: readonly string[];
  readonly rows: readonly WorkloadRow[];
  /** Per party over all phases, in `partyIds` order. */
  readonly totals: readonly WorkloadCell[];
  /** The largest phase × party total (0 for an empty matrix): the top of the heat scale. Totals are not part of it. */
  readonly max: number;
}

export interface WorkloadOptions {
  /** Count only this role code (compared as the vocabulary compares codes: case-insensitively). */
  readonly role?: string | null;
}

/**
 * Counts roles per phase and party. Cells of parties that are not columns of the matrix are left out, because the
 * matrix does not show them; a code repeated within one cell counts once.
 */
export function computeWorkload(doc: Pick<Content, 'vocabularies'>, matrix: Matrix, options: WorkloadOptions = {}): Workload {
  const vocabulary = doc.vocabularies.find((v) => v.id === matrix.vocabularyId);
  const canonical = (code: string) => (vocabulary && findRole(vocabulary, code)?.code) ?? code.trim();
  const only = options.role ? canonical(options.role) : null;
  const columns = new Set(matrix.partyIds);
  const known = vocabulary?.roles.map((r) => r.code) ?? [];
  const unknown = new Set<string>();

  const add = (into: Map<string, Map<string, number>>, partyId: string, code: string) => {
    const counts = into.get(partyId) ?? new Map<string, number>();
    counts.set(code, (counts.get(code) ?? 0) + 1);
    into.set(partyId, counts);
  };
  const overall = new Map<string, Map<string, number>>();
  const perPhase = matrix.phases.map((phase) => {
    const counted = new Map<string, Map<string, number>>();
    for (const activity of phase.activities) {
      for (const cell of activity.cells) {
        if (!columns.has(cell.partyId)) continue;
        for (const code of new Set(cell.roles.map(canonical))) {
          if (code === '' || (only !== null && code !== only)) continue;
          if (!known.includes(code)) unknown.add(code);
          add(counted, cell.partyId, code);
          add(overall, cell.partyId, code);
        }
      }
    }
    return { phase, counted };
  });

  const roleCodes = [...known, ...[...unknown].sort()];
  const toCell = (partyId: string, counted: Map<string, number> | undefined): WorkloadCell => {
    // Built in roleCodes order so that iterating `counts` reads the same way as the legend.
    const counts: Record<string, number> = {};
    let total = 0;
    for (const code of roleCodes) {
      const n = counted?.get(code) ?? 0;
      if (n > 0) {
        counts[code] = n;
        total += n;
      }
    }
    return { partyId, counts, total };
  };

  const rows = perPhase.map(({ phase, counted }) => ({
    phaseId: phase.id,
    phaseTitle: phase.title,
    cells: matrix.partyIds.map((id) => toCell(id, counted.get(id))),
  }));
  return {
    matrixId: matrix.id,
    partyIds: [...matrix.partyIds],
    roleCodes,
    rows,
    totals: matrix.partyIds.map((id) => toCell(id, overall.get(id))),
    max: Math.max(0, ...rows.flatMap((r) => r.cells.map((c) => c.total))),
  };
}

/** White, where nothing is assigned. */
const HEAT_LOW = [0xff, 0xff, 0xff] as const;
/**
 * The busiest cell's colour. Chosen light enough that HEAT_TEXT on it still reaches WCAG AA (4.9:1): with one text
 * colour for every shade there is no point on the scale where the text becomes hard to read.
 */
const HEAT_HIGH = [0x5b, 0x9b, 0xd5] as const;
/** The text colour the heat scale is designed for. */
export const HEAT_TEXT = '#1f2a37';
/** Any non-zero cell gets at least this much colour, so "1" is visibly different from "0". */
const HEAT_FLOOR = 0.15;

/** The background for a cell holding `value` roles when the busiest cell holds `max`: white at 0, HEAT_HIGH at max. */
export function heatColor(value: number, max: number): string {
  const share = max > 0 && value > 0 ? HEAT_FLOOR + (1 - HEAT_FLOOR) * Math.min(1, value / max) : 0;
  // Channels fall monotonically from white towards HEAT_HIGH, so luminance (and hence contrast) never dips below HEAT_HIGH's.
  const channel = (i: 0 | 1 | 2) => Math.round(HEAT_LOW[i] + (HEAT_HIGH[i] - HEAT_LOW[i]) * share);
  return `#${[channel(0), channel(1), channel(2)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
