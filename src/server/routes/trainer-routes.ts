// The trainer's side: publish scenarios, and the dashboard (members, attempts, dimension
// averages, choice statistics) with CSV exports. Everything needs the cohort's trainer key.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { DIMENSION_IDS } from '../../core/schemas/rubric.ts';
import type { AppDeps } from '../app-deps.ts';
import { notFound, unprocessable } from '../http/api-error.ts';
import { AttemptsQuery, ChoicesQuery, DimensionsQuery, PublishScenarioBody, ScenarioParams } from '../http/api-schemas.ts';
import { requireTrainer } from '../http/auth.ts';
import { validate } from '../http/validate.ts';
import { attempts, choiceStatistics, cohortSummary, dimensionAverages, members } from '../dashboard/dashboard.ts';
import { toCsv } from '../dashboard/csv.ts';

const CSV_PAGE = 500;

function sendCsv(reply: FastifyReply, name: string, csv: string): FastifyReply {
  return reply
    .header('Content-Type', 'text/csv; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${name}"`)
    .send(csv);
}

export function trainerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, scenarios, rubric, config, checker } = deps;

  app.get('/api/trainer/cohort', async (request) => {
    const trainer = await requireTrainer(db, request);
    const summary = await cohortSummary(db, trainer.cohortId);
    if (!summary) throw notFound('the cohort no longer exists');
    return summary;
  });

  app.post('/api/trainer/scenarios', { bodyLimit: config.scenarioBodyLimit }, async (request, reply) => {
    const trainer = await requireTrainer(db, request);
    const body = validate(PublishScenarioBody, request.body, 'body');
    // Checked, bounded and best-pathed under the current rubric (the one new runs are scored
    // under), in the checking worker: a story that never settles is refused there, within limits.
    const checked = await checker.checkPublished(body.language, body.source, deps.library, rubric, config.maxExploreStates);
    if (!checked.ok) throw unprocessable(checked.reason, { diagnostics: checked.diagnostics });
    const { bundle, report, reads } = checked;
    const known = await scenarios.accessible(trainer.cohortId, bundle.contentHash);
    await scenarios.publish(trainer.cohortId, { bundle, bestPath: report.bestPath, reads });
    return reply.code(known?.source === 'cohort' ? 200 : 201).send({
      contentHash: bundle.contentHash, scenarioId: bundle.meta.id, language: bundle.language, title: bundle.meta.title,
      rubricVersion: bundle.rubricVersion, warnings: report.warnings, endings: report.endings,
      bestOverall: report.bestOverall, bestPath: report.bestPath,
    });
  });

  app.get('/api/trainer/scenarios', async (request) => {
    const trainer = await requireTrainer(db, request);
    return { scenarios: await scenarios.published(trainer.cohortId) };
  });

  app.get('/api/trainer/members', async (request) => {
    const trainer = await requireTrainer(db, request);
    return { members: await members(db, trainer.cohortId) };
  });

  app.get('/api/trainer/members.csv', async (request, reply) => {
    const trainer = await requireTrainer(db, request);
    const rows = (await members(db, trainer.cohortId)).map((m) => [
      m.traineeId, m.displayName, m.joinedAt, m.attempts, m.examAttempts, m.bestOverall, m.averageOverall, m.lastAttemptAt, m.abandonedExams, m.repeats,
    ]);
    // New columns go last, so a spreadsheet built on the earlier export keeps its references.
    return sendCsv(reply, 'members.csv', toCsv(
      ['trainee_id', 'display_name', 'joined_at', 'attempts', 'exam_attempts', 'best_overall', 'average_overall', 'last_attempt_at', 'abandoned_exams', 'repeats'], rows,
    ));
  });

  app.get('/api/trainer/attempts', async (request) => {
    const trainer = await requireTrainer(db, request);
    const q = validate(AttemptsQuery, request.query, 'query');
    return attempts(db, trainer.cohortId, q, q.limit, q.before);
  });

  app.get('/api/trainer/attempts.csv', async (request, reply) => {
    const trainer = await requireTrainer(db, request);
    const q = validate(AttemptsQuery, request.query, 'query');
    const rows: Array<Array<string | number | null>> = [];
    let before: number | undefined;
    for (;;) {
      const page = await attempts(db, trainer.cohortId, q, CSV_PAGE, before);
      for (const a of page.attempts) {
        rows.push([
          a.attemptId, a.submittedAt, a.traineeId, a.displayName, a.scenarioId, a.language, a.contentHash, a.mode,
          a.outcome, a.overall, ...DIMENSION_IDS.map((d) => a.scores[d] ?? null), a.simulatedSeconds,
          a.techniques.join(' '), a.faults.join(' '), a.choices.join(' '), a.seed,
          a.status, a.redLines.join(' '), a.rubricVersion, a.repeatOf,
        ]);
      }
      if (page.next === null) break;
      before = page.next;
    }
    return sendCsv(reply, 'attempts.csv', toCsv([
      'attempt_id', 'submitted_at', 'trainee_id', 'display_name', 'scenario_id', 'language', 'content_hash', 'mode',
      'outcome', 'overall', ...DIMENSION_IDS, 'simulated_seconds', 'techniques', 'faults', 'choices', 'seed',
      // New columns go last, so a spreadsheet built on the earlier export keeps its references.
      'status', 'red_lines', 'rubric_version', 'repeat_of',
    ], rows));
  });

  app.get('/api/trainer/dimensions', async (request) => {
    const trainer = await requireTrainer(db, request);
    const q = validate(DimensionsQuery, request.query, 'query');
    return dimensionAverages(db, trainer.cohortId, q);
  });

  app.get('/api/trainer/scenarios/:scenarioId/choices', async (request) => {
    const trainer = await requireTrainer(db, request);
    const { scenarioId } = validate(ScenarioParams, request.params, 'path');
    const q = validate(ChoicesQuery, request.query, 'query');
    return { scenarioId, versions: await choiceStatistics(db, trainer.cohortId, scenarioId, q.mode, q.contentHash) };
  });
}
