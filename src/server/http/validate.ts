// Parses request input with a zod schema; a mismatch becomes 400 naming the first bad field.
import type { z } from 'zod';
import { badRequest } from './api-error.ts';

export function validate<S extends z.ZodType>(schema: S, input: unknown, where: 'body' | 'query' | 'path'): z.infer<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? `${where}.${issue.path.map(String).join('.')}` : where;
  throw badRequest(`${field}: ${issue?.message ?? 'invalid'}`);
}
