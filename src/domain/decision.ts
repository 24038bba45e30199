/**
 * The answer of every `canX(...)` rule: allowed, or refused with a stable reason code that the
 * UI translates and the backend turns into its error code (SPEC §9.2, "every action says why not").
 */
export type Decision<Reason extends string = string> = { ok: true } | { ok: false; reason: Reason };

export const allowed = { ok: true } as const;

export function refused<Reason extends string>(reason: Reason): { ok: false; reason: Reason } {
  return { ok: false, reason };
}
