// The check every server test's answers go through (helpers/contract-answers.ts) refuses what the
// contract does not describe exactly, and the endpoint table's paths fill in and match as routes.
import { describe, expect, it } from 'vitest';
import { pathOf } from '../../src/contract/endpoint.ts';
import { API } from '../../src/contract/endpoints.ts';
import { Member } from '../../src/contract/trainer-dashboard.ts';
import { answerMismatch, contractMismatch, endpointOf } from './helpers/contract-answers.ts';

const member = {
  traineeId: 't-1', displayName: 'Li Wei', joinedAt: '2026-11-18T12:00:00.000Z', attempts: 2, examAttempts: 1, abandonedExams: 0,
  bestOverall: 70, averageOverall: 70, lastAttemptAt: '2026-11-18T12:05:00.000Z', repeats: 1,
};
const json = (body: unknown, status = 200) => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, text: JSON.stringify(body) });

describe('holding an answer to its schema', () => {
  it('accepts an answer exactly as the contract describes it', () => {
    expect(answerMismatch(Member, member)).toBeNull();
    expect(contractMismatch('GET', '/api/trainer/members', json({ members: [member] }))).toBeNull();
  });

  it('refuses a field the contract does not describe, one it would fill in, and a wrong type', () => {
    expect(answerMismatch(Member, { ...member, email: 'li@example.com' })).toBe('the contract reads it otherwise at body.email (sent, not in the contract)');
    const { repeats: _repeats, ...older } = member;
    expect(answerMismatch(Member, older)).toBe('the contract reads it otherwise at body.repeats (in the contract, not sent)');
    expect(answerMismatch(Member, { ...member, attempts: '2' })).toMatch(/^body\.attempts: /);
    expect(contractMismatch('GET', '/api/trainer/members?x=1', json({ members: [{ ...member, email: 'x' }] })))
      .toBe('the contract reads it otherwise at body.members.0.email (sent, not in the contract)');
  });

  it('wants a failure as { error }, and a file with its type and name', () => {
    expect(contractMismatch('GET', '/api/me', json({ error: 'unknown trainer key or trainee token' }, 401))).toBeNull();
    expect(contractMismatch('GET', '/api/me', json({ message: 'nope' }, 401))).toMatch(/^body\.error: /);
    expect(contractMismatch('GET', '/api/ready', json({ ready: false, error: 'the database refused a write' }, 503))).toBeNull();
    expect(contractMismatch('GET', '/api/ready', json({ ready: false, error: 'late', extra: 1 }, 503))).toMatch(/body\.extra/);
    const csv = { status: 200, text: '\uFEFFa\r\n', headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="members.csv"' } };
    expect(contractMismatch('GET', '/api/trainer/members.csv', csv)).toBeNull();
    expect(contractMismatch('GET', '/api/trainer/members.csv', { ...csv, headers: { ...csv.headers, 'content-disposition': 'inline' } })).toBe('Content-Disposition "inline"');
  });

  it('leaves alone what the contract has no endpoint for', () => {
    expect(contractMismatch('GET', '/index.html', { status: 200, headers: {}, text: '<!doctype html>' })).toBeNull();
    expect(endpointOf('POST', '/api/me')).toBeNull();
  });
});

describe('endpoint paths', () => {
  it('fills in path parameters, percent-encoded, and matches them back as routes', () => {
    expect(pathOf(API.choices, { scenarioId: 'a b/c' })).toBe('/api/trainer/scenarios/a%20b%2Fc/choices');
    expect(() => pathOf(API.choices)).toThrow('needs the path parameter scenarioId');
    expect(endpointOf('GET', pathOf(API.choices, { scenarioId: 'tiny' }))).toBe(API.choices);
    expect(endpointOf('GET', `/api/scenarios/${'a'.repeat(64)}`)).toBe(API.scenarioVersion);
    expect(endpointOf('GET', '/api/trainer/members.csv')).toBe(API.membersCsv);
    expect(endpointOf('GET', '/api/trainer/membersXcsv')).toBeNull();
  });
});
