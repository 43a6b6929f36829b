// Trainer text reaches the page only as text: no module of the authoring page parses HTML.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('the authoring page source', () => {
  it('never hands a string to an HTML parser', () => {
    const offenders = files('src/authoring').flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|srcdoc/.test(code) ? [file] : [];
    });
    expect(offenders).toEqual([]);
    expect(files('src/authoring').length).toBeGreaterThan(10);
  });
});
