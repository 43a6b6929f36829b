// What one endpoint of the cohort API is: its method, its path (`:name` for a path parameter),
// who may call it, and the zod schemas of its request parts and of its answer. The server
// registers and validates its routes from these, the typed client builds its calls from them,
// and a test holds docs/api.md to them.
import { z } from 'zod';

export type Method = 'GET' | 'POST';

/**
 * Who may call it (the secret decides the cohort, so no endpoint takes a cohort id):
 * - `none`: anyone;
 * - `creation-key`: anyone, or only holders of the server's cohort creation key when it has one;
 * - `trainee`: a trainee's token; `trainer`: the cohort's trainer key; `member`: either.
 */
export type Auth = 'none' | 'creation-key' | 'trainee' | 'trainer' | 'member';

/** An answer that is a file to download (the CSV exports) rather than JSON. */
export interface FileAnswer {
  readonly file: string;
  readonly contentType: string;
}

export interface Endpoint {
  readonly method: Method;
  readonly path: `/api/${string}`;
  readonly auth: Auth;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** The schema of a successful answer, or the file it downloads. */
  readonly answer: z.ZodType | FileAnswer;
}

/** Keeps the literal types of an endpoint's fields, so that both sides get its exact schemas. */
export const endpoint = <const E extends Endpoint>(e: E): E => e;

export const isFileAnswer = (answer: Endpoint['answer']): answer is FileAnswer => !(answer instanceof z.ZodType);

/** What the server sends (and the client reads) on success: the schema's output, or the file's text. */
export type AnswerOf<E extends Endpoint> = E['answer'] extends z.ZodType ? z.infer<E['answer']> : string;

/** A request part as the server has it after validation (defaults filled in, text normalised). */
export type Parsed<S> = S extends z.ZodType ? z.infer<S> : undefined;

/** The endpoint's path with its `:name` parameters filled in, each percent-encoded. */
export function pathOf(e: Endpoint, params: Readonly<Record<string, string>> = {}): string {
  return e.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${e.method} ${e.path} needs the path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
