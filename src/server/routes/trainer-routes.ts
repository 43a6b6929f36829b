// The trainer's side: publish scenarios, and the dashboard (members, attempts, dimension
// averages, choice statistics) with CSV exports. Everything needs the cohort's trainer key.
import type { FastifyInstance } from 'fastify';
import { API } from '../../contract/endpoints.ts';
import { DIMENSION_IDS } from '../../core/schemas/rubric.ts';
import type { AppDeps } from '../app-deps.ts';
import { notFound, unprocessable } from '../http/api-error.ts';
import { attempts, choiceStatistics, cohortSummary, dimensionAverages, members } from '../dashboard/dashboard.ts';
import { toCsv } from '../dashboard/csv.ts';
import { route } from './route.ts';

const CSV_PAGE = 500;

export function trainerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db, scenarios, rubric, config, checker } = deps;

  route(app, deps, API.trainerCohort, async ({ caller }) => {
    const summary = await cohortSummary(db, caller.cohortId);
    if (!summary) throw notFound('the cohort no longer exists');
    return summary;
  });

  route(app, deps, API.publishScenario, async ({ caller, body, reply }) => {
    // Checked, bounded and best-pathed under the current rubric (the one new runs are scored
    // under), in the checking worker: a story that never settles is refused there, within limits.
    const checked = await checker.checkPublished(body.language, body.source, deps.library, rubric, config.maxExploreStates);
    if (!checked.ok) throw unprocessable(checked.reason, { diagnostics: checked.diagnostics });
    const { bundle, report, reads } = checked;
    const known = await scenarios.accessible(caller.cohortId, bundle.contentHash);
    await scenarios.publish(caller.cohortId, { bundle, bestPath: report.bestPath, reads });
    void reply.code(known?.source === 'cohort' ? 200 : 201);
    return {
      contentHash: bundle.contentHash, scenarioId: bundle.meta.id, language: bundle.language, title: bundle.meta.title,
      rubricVersion: bundle.rubricVersion, warnings: report.warnings, endings: report.endings,
      bestOverall: report.bestOverall, bestPath: report.bestPath,
    };
  }, { fastify: { bodyLimit: config.scenarioBodyLimit } });

  route(app, deps, API.publishedScenarios, async ({ caller }) => ({ scenarios: await scenarios.published(caller.cohortId) }));

  route(app, deps, API.members, async ({ caller }) => ({ members: await members(db, caller.cohortId) }));

  route(app, deps, API.membersCsv, async ({ caller }) => {
    const rows = (await members(db, caller.cohortId)).map((m) => [
      m.traineeId, m.displayName, m.joinedAt, m.attempts, m.examAttempts, m.bestOverall, m.averageOverall, m.lastAttemptAt, m.abandonedExams, m.repeats,
    ]);
    // New columns go last, so a spreadsheet built on the earlier export keeps its references.
    return toCsv(
      ['trainee_id', 'display_name', 'joined_at', 'attempts', 'exam_attempts', 'best_overall', 'average_overall', 'last_attempt_at', 'abandoned_exams', 'repeats'], rows,
    );
  });

  route(app, deps, API.cohortAttempts, async ({ caller, query }) => attempts(db, caller.cohortId, query, query.limit, query.before));

  route(app, deps, API.attemptsCsv, async ({ caller, query }) => {
    const rows: Array<Array<string | number | null>> = [];
    let before: number | undefined;
    for (;;) {
      const page = await attempts(db, caller.cohortId, query, CSV_PAGE, before);
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
    return toCsv([
      'attempt_id', 'submitted_at', 'trainee_id', 'display_name', 'scenario_id', 'language', 'content_hash', 'mode',
      'outcome', 'overall', ...DIMENSION_IDS, 'simulated_seconds', 'techniques', 'faults', 'choices', 'seed',
      // New columns go last, so a spreadsheet built on the earlier export keeps its references.
      'status', 'red_lines', 'rubric_version', 'repeat_of',
    ], rows);
  });

  route(app, deps, API.dimensions, async ({ caller, query }) => dimensionAverages(db, caller.cohortId, query));

  route(app, deps, API.choices, async ({ caller, params: { scenarioId }, query }) =>
    ({ scenarioId, versions: await choiceStatistics(db, caller.cohortId, scenarioId, query.mode, query.contentHash) }));
}
