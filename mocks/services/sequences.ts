import type { StoreTx } from '../db/store';

/** Human-facing numbers, one counter per kind, issued inside the writing transaction. */
const PREFIXES = {
  purchaseAuthorization: 'PA',
  order: 'ORD',
  invoice: 'INV',
  supportCase: 'CASE',
  member: 'MEM',
} as const;
export type NumberKind = keyof typeof PREFIXES;

export const sequenceKey = (kind: NumberKind) => `sequence.${kind}`;

/** The next number of a kind, e.g. `ORD00000042`; ids use the same number in lower case. */
export async function nextNumber(tx: StoreTx, kind: NumberKind): Promise<string> {
  const key = sequenceKey(kind);
  const next = ((await tx.meta.get<number>(key)) ?? 0) + 1;
  await tx.meta.put(key, next);
  return `${PREFIXES[kind]}${String(next).padStart(8, '0')}`;
}

export const idOf = (number: string) => number.toLowerCase();
