import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/net/api-error.ts';
import { errorText } from '../../src/trainer/i18n/error-text.ts';
import { initialLanguage, rememberLanguage } from '../../src/trainer/i18n/language.ts';
import { translator } from '../../src/trainer/i18n/translate.ts';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

describe('the interface language', () => {
  it('prefers the trainer\'s own choice, then the studio\'s, then the game\'s, then the browser\'s', () => {
    const storage = new MemoryStorage();
    expect(initialLanguage(storage, ['en-GB'])).toBe('en');
    expect(initialLanguage(storage, ['zh-Hans-CN', 'en'])).toBe('zh-CN');
    storage.setItem('sales-coach.settings.v1', JSON.stringify({ language: 'zh-CN' }));
    expect(initialLanguage(storage, ['en'])).toBe('zh-CN');
    storage.setItem('sales-coach.authoring-language', 'en');
    expect(initialLanguage(storage, ['zh-CN'])).toBe('en');
    rememberLanguage(storage, 'zh-CN');
    expect(initialLanguage(storage, ['en'])).toBe('zh-CN');
  });

  it('ignores unreadable settings', () => {
    const storage = new MemoryStorage();
    storage.setItem('sales-coach.settings.v1', '{not json');
    storage.setItem('sales-coach.trainer-language', 'fr');
    expect(initialLanguage(storage, ['en'])).toBe('en');
  });
});

describe('error messages for the trainer', () => {
  const t = translator('en');
  const http = (status: number, reason: string, retryAfterSeconds: number | null = null) => new ApiError({ kind: 'http', status, reason, retryAfterSeconds });

  it('shows the server\'s reason verbatim for a refused request', () => {
    expect(errorText(t, http(409, '"Ana" is already taken in this cohort: choose another display name')))
      .toBe('The server refused: "Ana" is already taken in this cohort: choose another display name');
    expect(errorText(translator('zh-CN'), http(400, 'body.name: must not be empty'))).toBe('服务器拒绝了请求：body.name: must not be empty');
  });

  it('tells a wrong key, the wrong kind of key, a rate limit and a server fault apart', () => {
    expect(errorText(t, http(401, 'unknown trainer key or trainee token'))).toBe('The server does not accept this trainer key (unknown trainer key or trainee token).');
    expect(errorText(t, http(403, 'this needs the cohort\'s trainer key'))).toBe('Not allowed with this key: this needs the cohort\'s trainer key');
    expect(errorText(t, http(429, 'Rate limit exceeded', 42))).toBe('Too many requests. Wait 42 seconds and try again.');
    expect(errorText(t, http(503, 'HTTP 503'))).toBe('The server had a problem (HTTP 503). Try again in a moment.');
  });

  it('words a missing connection and a timeout without technical detail', () => {
    expect(errorText(t, new ApiError({ kind: 'network', reason: 'could not reach the server (fetch failed)' }))).toBe('Cannot reach the server. Check the connection and try again.');
    expect(errorText(t, new ApiError({ kind: 'timeout', reason: 'x' }))).toBe('The server took too long to answer. Try again.');
    expect(errorText(t, new Error('boom'))).toBe('Something went wrong: boom');
  });
});
