// What every failed call answers: JSON `{ error }` with the reason, sometimes with more fields
// (a refused publish adds the checker's `diagnostics`). Other fields pass through untouched.
import { z } from 'zod';
import { Diagnostic } from '../core/schemas/diagnostic.ts';

export const ErrorBody = z.looseObject({ error: z.string() });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The diagnostics of a 422 from publishing: the scenario checker's errors, with their lines. */
export const ErrorDiagnostics = z.array(Diagnostic);
