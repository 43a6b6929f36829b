// Creating a cohort (trainer key shown once), joining one (trainee token shown once), and who am I.
import type { FastifyInstance } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { AppDeps } from '../app-deps.ts';
import { UNIQUE_VIOLATION, sqlState } from '../db/database.ts';
import { conflict, forbidden, notFound, unauthorized } from '../http/api-error.ts';
import { CreateCohortBody, JoinCohortBody } from '../http/api-schemas.ts';
import { authenticate, bearer } from '../http/auth.ts';
import { validate } from '../http/validate.ts';
import { hashSecret, newId, newJoinCode, newSecret } from '../secrets.ts';

const nameKey = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

export function cohortRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, clock, config } = deps;
  // Tighter than the global limit: these create rows and hand out secrets.
  const createLimit = config.rateLimit ? { rateLimit: { max: config.rateLimit.createMax, timeWindow: '1 minute' } } : undefined;

  app.post('/api/cohorts', createLimit ? { config: createLimit } : {}, async (request, reply) => {
    if (config.cohortCreationKey !== null) {
      const given = bearer(request);
      if (given === null) throw unauthorized('creating a cohort needs the server\'s cohort creation key as a bearer token');
      const ok = timingSafeEqual(Buffer.from(hashSecret(given), 'hex'), Buffer.from(hashSecret(config.cohortCreationKey), 'hex'));
      if (!ok) throw forbidden('wrong cohort creation key');
    }
    const body = validate(CreateCohortBody, request.body, 'body');
    const trainerKey = newSecret('trainer');
    const id = newId();
    const createdAt = new Date(clock.now()).toISOString();
    for (let tries = 0; ; tries++) {
      const joinCode = newJoinCode();
      try {
        await db.query(
          `INSERT INTO cohorts (id, name, join_code, trainer_key_hash, pass_mark, created_at) VALUES ($1, $2, $3, $4, $5, $6::timestamptz)`,
          [id, body.name, joinCode, hashSecret(trainerKey), body.passMark, createdAt],
        );
        return reply.code(201).send({ cohortId: id, name: body.name, joinCode, passMark: body.passMark, trainerKey, createdAt });
      } catch (error) {
        if (sqlState(error) !== UNIQUE_VIOLATION || tries >= 5) throw error; // a join code collided: draw again
      }
    }
  });

  app.post('/api/cohorts/join', createLimit ? { config: createLimit } : {}, async (request, reply) => {
    const body = validate(JoinCohortBody, request.body, 'body');
    const [cohort] = await db.query<{ id: string; name: string }>('SELECT id, name FROM cohorts WHERE join_code = $1', [body.code]);
    if (!cohort) throw notFound('no cohort has this join code');
    const token = newSecret('trainee');
    const traineeId = newId();
    const joinedAt = new Date(clock.now()).toISOString();
    try {
      await db.query(
        `INSERT INTO trainees (id, cohort_id, display_name, name_key, token_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6::timestamptz)`,
        [traineeId, cohort.id, body.displayName, nameKey(body.displayName), hashSecret(token), joinedAt],
      );
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION) throw conflict(`"${body.displayName}" is already taken in this cohort: choose another display name`);
      throw error;
    }
    return reply.code(201).send({ traineeId, cohortId: cohort.id, cohortName: cohort.name, displayName: body.displayName, token, joinedAt });
  });

  app.get('/api/me', async (request) => {
    const caller = await authenticate(db, request);
    const [cohort] = await db.query<{ name: string; pass_mark: number }>('SELECT name, pass_mark FROM cohorts WHERE id = $1', [caller.cohortId]);
    const base = { role: caller.kind, cohortId: caller.cohortId, cohortName: cohort?.name ?? '', passMark: cohort?.pass_mark ?? 0 };
    return caller.kind === 'trainee' ? { ...base, traineeId: caller.traineeId, displayName: caller.displayName } : base;
  });
}
