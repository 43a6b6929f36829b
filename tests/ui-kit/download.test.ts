// @vitest-environment happy-dom
// Every page saves files the same way: a temporary link to a blob, clicked and removed, its URL
// revoked once the browser has had time to read it.
import { resolveObjectURL } from 'node:buffer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile, REVOKE_AFTER_MS } from '../../src/ui-kit/download.ts';

function clickedLinks(): HTMLAnchorElement[] {
  const links: HTMLAnchorElement[] = [];
  document.addEventListener('click', (event) => {
    if (event.target instanceof HTMLAnchorElement) {
      links.push(event.target);
      event.preventDefault();
    }
  }, { capture: true });
  return links;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('downloadFile', () => {
  it('hands text to the browser under the file name and type given, and leaves no link behind', async () => {
    const links = clickedLinks();
    downloadFile('cafe-wifi.en.ink', '# title: Café\nHello?', 'text/plain;charset=utf-8');
    expect(links).toHaveLength(1);
    const link = links[0]!;
    expect(link.download).toBe('cafe-wifi.en.ink');
    expect(link.isConnected).toBe(false);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    const blob = resolveObjectURL(link.href);
    expect(blob?.type).toBe('text/plain;charset=utf-8');
    expect(await blob?.text()).toBe('# title: Café\nHello?');
  });

  it('hands bytes over unchanged', async () => {
    const links = clickedLinks();
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
    downloadFile('attempts.xlsx', bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const blob = resolveObjectURL(links[0]!.href);
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(bytes);
  });

  it('revokes the blob\'s URL only after the browser has had time to read it', () => {
    vi.useFakeTimers();
    const links = clickedLinks();
    downloadFile('backup.json', '{}', 'application/json');
    const url = links[0]!.href;
    vi.advanceTimersByTime(REVOKE_AFTER_MS - 1);
    expect(resolveObjectURL(url)).toBeDefined();
    vi.advanceTimersByTime(1);
    expect(resolveObjectURL(url)).toBeUndefined();
  });
});
