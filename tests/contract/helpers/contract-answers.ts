// Holds the server's answers to the contract (src/contract): a successful answer must be read by
// its endpoint's schema exactly as sent — no field the contract does not describe (the schema
// would drop it), none it would have to fill in (a default); a failure must be `{ error }`; a file
// must come with its type and name. Server tests run every answer they get through it.
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { isFileAnswer, type Endpoint } from '../../../src/contract/endpoint.ts';
import { ENDPOINTS } from '../../../src/contract/endpoints.ts';
import { ErrorBody } from '../../../src/contract/errors.ts';

const pathPattern = (path: string): RegExp => new RegExp(`^${path.replace(/\./g, '\\.').replace(/:[A-Za-z]+/g, '[^/]+')}$`);
const PATTERNS = new Map(ENDPOINTS.map((e) => [e, pathPattern(e.path)]));

/** The contract's endpoint a request goes to, or null when it names none. */
export function endpointOf(method: string, url: string): Endpoint | null {
  const path = new URL(url, 'http://server.test').pathname;
  return ENDPOINTS.find((e) => e.method === method && PATTERNS.get(e)!.test(path)) ?? null;
}

/** Where two JSON values first differ, as a path into them. */
function firstDifference(read: unknown, sent: unknown, at = 'body'): string {
  if (typeof read !== 'object' || typeof sent !== 'object' || read === null || sent === null) return at;
  const keys = new Set([...Object.keys(read), ...Object.keys(sent)]);
  for (const key of keys) {
    const a = (read as Record<string, unknown>)[key];
    const b = (sent as Record<string, unknown>)[key];
    if (!(key in read)) return `${at}.${key} (sent, not in the contract)`;
    if (!(key in sent)) return `${at}.${key} (in the contract, not sent)`;
    if (!isDeepStrictEqual(a, b)) return firstDifference(a, b, `${at}.${key}`);
  }
  return at;
}

/** Why `body` is not exactly what `schema` describes, or null when it is. */
export function answerMismatch(schema: z.ZodType, body: unknown): string | null {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return parsed.error.issues.map((i) => `${['body', ...i.path.map(String)].join('.')}: ${i.message}`).join('; ');
  return isDeepStrictEqual(parsed.data, body) ? null : `the contract reads it otherwise at ${firstDifference(parsed.data, body)}`;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  text: string;
}

/** Why the server's answer to `method url` breaks the contract, or null (also for a path the contract does not have). */
export function contractMismatch(method: string, url: string, answer: Answer): string | null {
  const endpoint = endpointOf(method, url);
  if (!endpoint) return null;
  const { status, headers, text } = answer;
  const type = String(headers['content-type'] ?? '');
  if (status < 400 && isFileAnswer(endpoint.answer)) {
    if (type !== endpoint.answer.contentType) return `Content-Type "${type}", not "${endpoint.answer.contentType}"`;
    const disposition = String(headers['content-disposition'] ?? '');
    return disposition === `attachment; filename="${endpoint.answer.file}"` ? null : `Content-Disposition "${disposition}"`;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `a ${status} that is not JSON: ${text.slice(0, 80)}`;
  }
  if (isFileAnswer(endpoint.answer)) return answerMismatch(ErrorBody, body);
  if (status < 400) return answerMismatch(endpoint.answer, body);
  // A failure is `{ error }`; one the answer's schema reads too (503 from /api/ready) it must read exactly.
  return answerMismatch(ErrorBody, body) ?? (endpoint.answer.safeParse(body).success ? answerMismatch(endpoint.answer, body) : null);
}
