// Waits for the page to be still before a screenshot or an accessibility check, by state rather
// than by the clock: no CSS animation or transition running (endless ones, such as a spinner,
// aside), the conversation's transcript no longer scrolling, and a stage on screen drawn at rest
// (its clock and meters caught up with the last view: data-settled on .stage-canvas).
import type { Page } from 'playwright-core';

/** What still moves, in words; empty once the page is still. Runs in the page. */
function stillMoving(): string[] {
  const moving: string[] = [];
  for (const a of document.getAnimations()) {
    if (a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity) {
      const target = a.effect instanceof KeyframeEffect ? a.effect.target : null;
      moving.push(`animation ${(a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? ''} on ${target?.className ?? '?'}`);
    }
  }
  // A smooth scroll runs without an Animation object: the transcript is still once its scroll
  // position is where it was at the previous look.
  const transcript = document.querySelector('#screen .transcript');
  const seen = window as unknown as { lastTranscriptScroll?: string };
  const scroll = transcript instanceof HTMLElement ? `${transcript.scrollTop}/${transcript.scrollHeight}` : '';
  if (scroll !== (seen.lastTranscriptScroll ?? '')) moving.push(`transcript scrolling (${scroll})`);
  seen.lastTranscriptScroll = scroll;
  const stage = document.querySelector('.stage-slot .stage-canvas');
  if (stage instanceof HTMLElement && !stage.hidden && stage.dataset.settled !== 'true') moving.push(`stage settled=${stage.dataset.settled ?? 'unset'}`);
  return moving;
}

export async function settled(page: Page): Promise<void> {
  // The transcript counts as still only after two looks in this wait agree.
  await page.evaluate(() => {
    delete (window as unknown as { lastTranscriptScroll?: string }).lastTranscriptScroll;
  });
  // Polled through evaluate, not waitForFunction: that one evaluates its text inside the page,
  // which a Content-Security-Policy without 'unsafe-eval' (the cohort server's) refuses.
  const look = (): Promise<string[]> => page.evaluate(`(${stillMoving.toString()})()`) as Promise<string[]>;
  const deadline = Date.now() + 30_000;
  let moving = await look();
  while (moving.length > 0) {
    if (Date.now() > deadline) throw new Error(`the page did not come to rest: ${JSON.stringify(moving)}`);
    await page.waitForTimeout(50);
    moving = await look();
  }
}
