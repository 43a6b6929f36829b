// Assignments: the trainer makes, lists (with completion per member) and removes them; a trainee
// reads the open ones with their own standing. A new assignment names a scenario the cohort's
// trainees can play now and a due date still to come.
import type { FastifyInstance } from 'fastify';
import { API } from '../../contract/endpoints.ts';
import type { AppDeps } from '../app-deps.ts';
import { AssignmentStore } from '../assignments/assignment-store.ts';
import { notFound, unprocessable } from '../http/api-error.ts';
import { route } from './route.ts';

export function assignmentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, scenarios, clock } = deps;
  const store = new AssignmentStore(db, scenarios);
  const now = (): string => new Date(clock.now()).toISOString();

  route(app, deps, API.createAssignment, async ({ caller, body, reply }) => {
    const due = Date.parse(body.dueAt);
    if (due <= clock.now()) throw unprocessable(`the due date ${body.dueAt} has already passed: choose a time still to come`);
    const language = body.language ?? null;
    const playable = (await scenarios.current(caller.cohortId))
      .some((v) => v.scenarioId === body.scenarioId && (language === null || v.language === language));
    if (!playable) {
      throw unprocessable(`scenario "${body.scenarioId}"${language === null ? '' : ` in ${language}`} is not one this cohort can play now`);
    }
    const [cohort] = await db.query<{ pass_mark: number }>('SELECT pass_mark FROM cohorts WHERE id = $1', [caller.cohortId]);
    if (!cohort) throw notFound('the cohort no longer exists');
    const assignment = await store.create(caller.cohortId, {
      scenarioId: body.scenarioId, language, dueAt: new Date(due).toISOString(), passMark: body.passMark ?? cohort.pass_mark,
    }, now());
    void reply.code(201);
    return assignment;
  });

  route(app, deps, API.assignments, async ({ caller }) => ({ assignments: await store.progress(caller.cohortId, clock.now()) }));

  route(app, deps, API.removeAssignment, async ({ caller, params: { assignmentId } }) => {
    if (!await store.remove(caller.cohortId, assignmentId, now())) throw notFound('no such assignment in this cohort');
    return { removed: true as const };
  });

  route(app, deps, API.myAssignments, async ({ caller }) =>
    ({ assignments: await store.mine(caller.cohortId, caller.traineeId, clock.now()) }));
}
