// The Stage port implemented with Phaser: one game for the whole visit, whose canvas moves into
// whichever screen shows the stage and sleeps while no screen does. Loaded lazily, so the
// scenario list appears before Phaser's chunk has arrived.
import Phaser from 'phaser';
import { STAGE_SIZE, PALETTE } from '../asset-keys.ts';
import { StageScene } from '../scenes/stage-scene.ts';
import type { Stage, StageView } from './stage-view.ts';

export function createPhaserStage(): Stage {
  const host = document.createElement('div');
  host.className = 'stage-canvas';
  const scene = new StageScene();
  // Whether the drawing has caught up with the last view, readable from the page (tests wait for it).
  scene.onRest = (atRest) => {
    host.dataset.settled = String(atRest);
  };
  let parent: HTMLElement | null = null;
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    banner: false,
    parent: host,
    width: STAGE_SIZE.width,
    height: STAGE_SIZE.height,
    backgroundColor: PALETTE.night,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    // The DOM owns the keyboard (number keys pick replies) and all pointer input.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    audio: { noAudio: true },
    render: { antialias: true },
    scene: [scene],
  });
  // refresh() alone scales to the parent size Phaser last measured; read the new size first, or a
  // slot that shrinks (a notice appearing above it) leaves the canvas at its old size, cropped.
  const fit = (): void => {
    game.scale.getParentBounds();
    game.scale.refresh();
  };
  const resize = new ResizeObserver(fit);
  resize.observe(host);
  return {
    attach(next) {
      if (parent !== next) {
        next.appendChild(host);
        parent = next;
      }
      host.hidden = false;
      game.loop.wake();
      fit();
    },
    detach() {
      host.hidden = true;
      game.loop.sleep();
    },
    show(view: StageView) {
      // What the canvas shows, readable from the page (the canvas itself cannot be read).
      host.dataset.meters = view.meters ? 'shown' : 'hidden';
      scene.apply(view);
    },
  };
}
