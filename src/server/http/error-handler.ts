// Every failure leaves as JSON { "error": reason }: 4xx for anything the client sent, 500 only
// for the server's own faults (logged, reason withheld).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sqlState } from '../db/database.ts';
import { ApiError } from './api-error.ts';
import { unsupportedMediaTypeReason } from './json-bodies.ts';

function statusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && Number.isInteger(status) ? status : null;
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof ApiError) {
    void reply.code(error.status).headers(error.headers).send({ error: error.message, ...error.details });
    return;
  }
  const status = statusOf(error);
  if (status === 415) {
    void reply.code(415).send({ error: unsupportedMediaTypeReason(request) });
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (status !== null && status >= 400 && status < 500) {
    void reply.code(status).send({ error: message });
    return;
  }
  // A value PostgreSQL refuses (SQLSTATE class 22) is bad input that validation should have caught.
  if (sqlState(error)?.startsWith('22')) {
    request.log.warn({ err: error }, 'input refused by the database');
    void reply.code(400).send({ error: 'invalid input' });
    return;
  }
  request.log.error({ err: error }, 'request failed');
  void reply.code(500).send({ error: 'internal server error' });
}
