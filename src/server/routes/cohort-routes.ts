// Creating a cohort (trainer key shown once), joining one (trainee token shown once), and who am I.
import type { FastifyInstance } from 'fastify';
import { API } from '../../contract/endpoints.ts';
import type { AppDeps } from '../app-deps.ts';
import { UNIQUE_VIOLATION, sqlState } from '../db/database.ts';
import { conflict, notFound } from '../http/api-error.ts';
import { likeness, nameForms, type NameForms } from '../http/name-likeness.ts';
import { hashSecret, newId, newJoinCode, newSecret } from '../secrets.ts';
import { route } from './route.ts';

/** Refuses a name that is, or would pass for, a member's: 409 naming the member it is too like. */
function refuseLookalike(name: string, forms: NameForms, members: ReadonlyArray<{ display_name: string }>): void {
  const compared = members.map((m) => ({ name: m.display_name, likeness: likeness(forms, nameForms(m.display_name)) }));
  if (compared.some((m) => m.likeness === 'same')) throw conflict(`"${name}" is already taken in this cohort: choose another display name`);
  const like = compared.find((m) => m.likeness === 'lookalike');
  if (like) throw conflict(`"${name}" is too like the member name “${like.name}”: choose another display name`);
}

export function cohortRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, clock, config } = deps;
  // Tighter than the global limit: these create rows and hand out secrets.
  const createLimit = config.rateLimit ? { fastify: { config: { rateLimit: { max: config.rateLimit.createMax, timeWindow: '1 minute' } } } } : {};

  route(app, deps, API.createCohort, async ({ body, reply }) => {
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
        void reply.code(201);
        return { cohortId: id, name: body.name, joinCode, passMark: body.passMark, trainerKey, createdAt };
      } catch (error) {
        if (sqlState(error) !== UNIQUE_VIOLATION || tries >= 5) throw error; // a join code collided: draw again
      }
    }
  }, createLimit);

  route(app, deps, API.joinCohort, async ({ body, reply }) => {
    const forms = nameForms(body.displayName);
    const token = newSecret('trainee');
    const traineeId = newId();
    const joinedAt = new Date(clock.now()).toISOString();
    const cohort = await db.transaction(async (tx) => {
      // The cohort's row lock queues its joins: two lookalike names sent at once cannot both pass.
      const [found] = await tx.query<{ id: string; name: string }>('SELECT id, name FROM cohorts WHERE join_code = $1 FOR UPDATE', [body.code]);
      if (!found) throw notFound('no cohort has this join code');
      refuseLookalike(body.displayName, forms, await tx.query<{ display_name: string }>('SELECT display_name FROM trainees WHERE cohort_id = $1', [found.id]));
      try {
        await tx.query(
          `INSERT INTO trainees (id, cohort_id, display_name, name_key, token_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6::timestamptz)`,
          [traineeId, found.id, body.displayName, forms.key, hashSecret(token), joinedAt],
        );
      } catch (error) {
        if (sqlState(error) === UNIQUE_VIOLATION) throw conflict(`"${body.displayName}" is already taken in this cohort: choose another display name`);
        throw error;
      }
      return found;
    });
    void reply.code(201);
    return { traineeId, cohortId: cohort.id, cohortName: cohort.name, displayName: body.displayName, token, joinedAt };
  }, createLimit);

  route(app, deps, API.me, async ({ caller }) => {
    const [cohort] = await db.query<{ name: string; pass_mark: number }>('SELECT name, pass_mark FROM cohorts WHERE id = $1', [caller.cohortId]);
    const base = { cohortId: caller.cohortId, cohortName: cohort?.name ?? '', passMark: cohort?.pass_mark ?? 0 };
    return caller.kind === 'trainee'
      ? { role: 'trainee' as const, ...base, traineeId: caller.traineeId, displayName: caller.displayName }
      : { role: 'trainer' as const, ...base };
  });
}
