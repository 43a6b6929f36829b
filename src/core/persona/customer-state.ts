// The customer's state as the scene shows it: trust, patience and interest read from the Ink
// variables of the same names, and the expression they add up to.
import { z } from 'zod';

export const CustomerState = z.object({
  trust: z.number().min(0).max(100),
  patience: z.number().min(0).max(100),
  interest: z.number().min(0).max(100),
});
export type CustomerState = z.infer<typeof CustomerState>;

export const CUSTOMER_VARIABLES = ['trust', 'patience', 'interest'] as const;

export const EXPRESSIONS = ['delighted', 'interested', 'neutral', 'doubtful', 'irritated', 'angry'] as const;
export type Expression = (typeof EXPRESSIONS)[number];

const clamp = (n: number): number => Math.min(100, Math.max(0, Math.round(n)));

/** Reads the three variables; a missing or non-numeric one reads as 50 and is reported. */
export function readCustomerState(read: (name: string) => unknown): { state: CustomerState; missing: string[] } {
  const missing: string[] = [];
  const value = (name: (typeof CUSTOMER_VARIABLES)[number]): number => {
    const v = read(name);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      missing.push(name);
      return 50;
    }
    return clamp(v);
  };
  return { state: { trust: value('trust'), patience: value('patience'), interest: value('interest') }, missing };
}

/** Patience dominates: an impatient customer looks it whatever their trust. */
export function expressionOf(state: CustomerState): Expression {
  if (state.patience <= 15) return 'angry';
  if (state.patience <= 35 || state.trust <= 20) return 'irritated';
  if (state.trust < 40) return 'doubtful';
  if (state.trust >= 70 && state.interest >= 70) return 'delighted';
  if (state.interest >= 55) return 'interested';
  return 'neutral';
}
