/**
 * What packing and unpacking a snapshot agree on without sending it: for each phase, its matrix's columns in order and
 * its vocabulary's codes in order, with each code's bit. Both sides derive it from the same records.
 */
import type { DocumentRecords } from '../domain/records';

export interface PackingPlan {
  /** Party ids of the matrix's columns, in column order, and each one's column. */
  readonly columns: readonly string[];
  readonly columnOf: ReadonlyMap<string, number>;
  /** Role codes of the matrix's vocabulary, in its order: bit i is codes[i]. */
  readonly codes: readonly string[];
  readonly bits: ReadonlyMap<string, number>;
  /** The codes a number stands for; one frozen array per number, shared by every cell that holds it. */
  decode(mask: number): readonly string[];
}

/** A number holds 31 role bits safely (bitwise operators work on 32-bit integers with a sign). */
const MAX_BITS = 31;

const byKey =
  <T extends { position: string }>(id: (item: T) => string) =>
  (a: T, b: T) =>
    a.position < b.position ? -1 : a.position > b.position ? 1 : id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0;

export function columnsAndCodes(records: Pick<DocumentRecords, 'matrices' | 'matrixParties' | 'phases' | 'roles'>): {
  forPhase(phaseId: string): PackingPlan;
} {
  const empty = plan([], []);
  const plans = new Map<string, PackingPlan>();
  for (const matrix of records.matrices) {
    const columns = records.matrixParties
      .filter((c) => c.matrixId === matrix.id)
      .sort(byKey((c) => c.partyId))
      .map((c) => c.partyId);
    const codes = records.roles
      .filter((r) => r.vocabularyId === matrix.vocabularyId)
      .sort(byKey((r) => r.code))
      .map((r) => r.code)
      .slice(0, MAX_BITS);
    plans.set(matrix.id, plan(columns, codes));
  }
  const matrixOf = new Map(records.phases.map((p) => [p.id, p.matrixId]));
  return { forPhase: (phaseId) => plans.get(matrixOf.get(phaseId) ?? '') ?? empty };
}

function plan(columns: readonly string[], codes: readonly string[]): PackingPlan {
  const decoded = new Map<number, readonly string[]>();
  return {
    columns,
    columnOf: new Map(columns.map((party, column) => [party, column])),
    codes,
    bits: new Map(codes.map((code, bit) => [code, bit])),
    decode(mask) {
      let roles = decoded.get(mask);
      if (!roles) decoded.set(mask, (roles = Object.freeze(codes.filter((_, bit) => mask & (1 << bit)))));
      return roles;
    },
  };
}
