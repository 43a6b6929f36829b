import { describe, expect, it } from 'vitest';
import { countByStatus, standing, type CountedExams } from '../../../src/server/assignments/assignment-status.ts';

const DUE = '2026-12-01T00:00:00.000Z';
const BEFORE_DUE = Date.parse('2026-11-20T00:00:00.000Z');
const AFTER_DUE = Date.parse('2026-12-02T00:00:00.000Z');
const nothing: CountedExams = { finished: 0, best: null, passedAt: null, examOpen: false };

describe('a member\'s standing on an assignment', () => {
  it('has not started with no counted exam and none open', () => {
    expect(standing(nothing, DUE, BEFORE_DUE)).toEqual({ status: 'not-started', best: null, passedAt: null, late: false });
  });

  it('is in progress while an exam of it is open, also after failed ones', () => {
    expect(standing({ ...nothing, examOpen: true }, DUE, BEFORE_DUE).status).toBe('in-progress');
    expect(standing({ finished: 2, best: 40, passedAt: null, examOpen: true }, DUE, BEFORE_DUE)).toMatchObject({ status: 'in-progress', best: 40 });
  });

  it('has failed with finished exams none of which reached the pass mark', () => {
    expect(standing({ finished: 1, best: 40, passedAt: null, examOpen: false }, DUE, BEFORE_DUE)).toMatchObject({ status: 'failed', best: 40 });
  });

  it('has passed for good once one exam reached the pass mark, whatever is open or failed since', () => {
    const passed = { finished: 3, best: 90, passedAt: '2026-11-21T10:00:00.000Z', examOpen: true };
    expect(standing(passed, DUE, AFTER_DUE)).toEqual({ status: 'passed', best: 90, passedAt: passed.passedAt, late: false });
  });

  it('is late when it passed after the due date, or has not passed and the due date has gone', () => {
    expect(standing({ finished: 1, best: 80, passedAt: '2026-12-01T00:00:00.001Z', examOpen: false }, DUE, AFTER_DUE).late).toBe(true);
    expect(standing({ finished: 1, best: 80, passedAt: DUE, examOpen: false }, DUE, AFTER_DUE).late).toBe(false);
    expect(standing(nothing, DUE, AFTER_DUE).late).toBe(true);
    expect(standing({ ...nothing, examOpen: true }, DUE, AFTER_DUE).late).toBe(true);
  });

  it('counts members per status, with every status present', () => {
    expect(countByStatus([])).toEqual({ 'not-started': 0, 'in-progress': 0, failed: 0, passed: 0 });
    expect(countByStatus([{ status: 'passed' }, { status: 'failed' }, { status: 'passed' }])).toEqual({ 'not-started': 0, 'in-progress': 0, failed: 1, passed: 2 });
  });
});
