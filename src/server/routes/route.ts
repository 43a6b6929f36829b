// Registers one endpoint of the contract's table (src/contract/endpoints.ts) on Fastify: at its
// method and path, with the caller its `auth` asks for (401/403 otherwise), then its path,
// query and body validated by its schemas in that order (400 naming the first bad field), and a
// handler whose answer has the contract's type. A file answer goes out with its type and name.
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { isFileAnswer, type AnswerOf, type Auth, type Endpoint, type Parsed } from '../../contract/endpoint.ts';
import type { AppDeps } from '../app-deps.ts';
import { authenticate, requireTrainee, requireTrainer, type Caller, type TraineeCaller, type TrainerCaller } from '../http/auth.ts';
import { requireCreationKey } from '../http/creation-key.ts';
import { validate } from '../http/validate.ts';

type CallerFor<A extends Auth> =
  A extends 'trainee' ? TraineeCaller : A extends 'trainer' ? TrainerCaller : A extends 'member' ? Caller : null;

export interface RouteInput<E extends Endpoint> {
  request: FastifyRequest;
  reply: FastifyReply;
  caller: CallerFor<E['auth']>;
  params: Parsed<E['params']>;
  query: Parsed<E['query']>;
  body: Parsed<E['body']>;
}

export interface RouteOptions {
  /** Fastify's own route options: a tighter rate limit, a larger body limit. */
  fastify?: RouteShorthandOptions;
  /** Runs once the caller is known and before the request is validated (the per-trainee rate limit). */
  afterAuth?: ((request: FastifyRequest) => Promise<void>) | null;
}

async function callerFor(auth: Auth, deps: AppDeps, request: FastifyRequest): Promise<Caller | null> {
  switch (auth) {
    case 'none': return null;
    case 'creation-key': requireCreationKey(deps.config.cohortCreationKey, request); return null;
    case 'member': return authenticate(deps.db, request);
    case 'trainee': return requireTrainee(deps.db, request);
    case 'trainer': return requireTrainer(deps.db, request);
  }
}

export function route<E extends Endpoint>(
  app: FastifyInstance, deps: AppDeps, endpoint: E, handler: (input: RouteInput<E>) => Promise<AnswerOf<E>>, options: RouteOptions = {},
): void {
  const { answer } = endpoint;
  app.route({
    ...options.fastify,
    method: endpoint.method,
    url: endpoint.path,
    handler: async (request, reply) => {
      const caller = await callerFor(endpoint.auth, deps, request);
      await options.afterAuth?.(request);
      const input = {
        request, reply, caller,
        params: endpoint.params && validate(endpoint.params, request.params, 'path'),
        query: endpoint.query && validate(endpoint.query, request.query, 'query'),
        body: endpoint.body && validate(endpoint.body, request.body, 'body'),
      } as RouteInput<E>;
      const result = await handler(input);
      if (!isFileAnswer(answer)) return result;
      return reply.header('Content-Type', answer.contentType).header('Content-Disposition', `attachment; filename="${answer.file}"`).send(result);
    },
  });
}
