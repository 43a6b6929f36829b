// The three places a conversation happens, drawn with Phaser Graphics at the stage's logical
// size: a phone call, a shop counter and a client's office. Backdrops go behind the customer,
// furniture in front.
import type Phaser from 'phaser';
import { PALETTE, STAGE_SIZE } from '../asset-keys.ts';
import { arcPoints, quad, shade } from '../portrait/shapes.ts';
import { fillPoly, strokePoly } from '../portrait/vectors.ts';

type G = Phaser.GameObjects.Graphics;
const { width: W, height: H } = STAGE_SIZE;

export const PHONE_CARD = { x: 80, y: 206, w: 440, h: 360, r: 28 } as const;
export const COUNTER_TOP = 566;

/** A brand mark: a rounded square with three signal arcs. */
function brandMark(g: G, x: number, y: number, size: number, color: number, ink: number): void {
  g.fillStyle(color, 1);
  g.fillRoundedRect(x, y, size, size, size * 0.24);
  g.lineStyle(size * 0.09, ink, 1);
  const cx = x + size * 0.3;
  const cy = y + size * 0.72;
  for (const r of [0.22, 0.4, 0.58]) strokePoly(g, arcPoints(cx, cy, size * r, size * r, -Math.PI / 2, 0, 10));
  g.fillStyle(ink, 1);
  g.fillCircle(cx, cy, size * 0.07);
}

export function drawPhoneBackdrop(g: G, backdrop: number): void {
  g.fillGradientStyle(PALETTE.nightTop, PALETTE.nightTop, PALETTE.night, PALETTE.night, 1, 1, 1, 1);
  g.fillRect(0, 0, W, H);
  // faint signal rings behind the call card
  for (const [r, a] of [[250, 0.05], [320, 0.04], [390, 0.03]] as const) {
    g.lineStyle(2, 0xffffff, a);
    g.strokeCircle(W / 2, PHONE_CARD.y + PHONE_CARD.h / 2, r);
  }
  const c = PHONE_CARD;
  g.fillStyle(0x000000, 0.25);
  g.fillRoundedRect(c.x + 4, c.y + 10, c.w, c.h, c.r);
  // Solid fills only: a gradient on a rounded rect splits along its triangles in WebGL.
  g.fillStyle(backdrop, 1);
  g.fillRoundedRect(c.x, c.y, c.w, c.h, c.r);
  g.fillStyle(0xffffff, 0.35);
  g.fillCircle(W / 2, c.y + 150, 150);
  g.fillStyle(0xffffff, 0.25);
  g.fillCircle(W / 2, c.y + 150, 110);
}

export function drawPhoneFrame(g: G): void {
  const c = PHONE_CARD;
  g.lineStyle(3, 0xffffff, 0.18);
  g.strokeRoundedRect(c.x, c.y, c.w, c.h, c.r);
}

export function drawStoreBackdrop(g: G): void {
  g.fillGradientStyle(0xf6f1ea, 0xf6f1ea, 0xe9e0d4, 0xe9e0d4, 1, 1, 1, 1);
  g.fillRect(0, 0, W, H);
  // brand fascia along the top of the back wall (its words are Phaser Text, see StageScene)
  g.fillStyle(PALETTE.primary, 1);
  g.fillRect(0, 104, W, 60);
  g.fillStyle(shade(PALETTE.primary, 0.8), 1);
  g.fillRect(0, 160, W, 6);
  brandMark(g, 36, 112, 44, 0xffffff, PALETTE.primary);
  // queue-number display above the counter
  g.fillStyle(0x1f2430, 1);
  g.fillRoundedRect(W / 2 - 58, 180, 116, 30, 8);
  g.fillStyle(0x34d399, 1);
  for (let i = 0; i < 4; i += 1) g.fillRoundedRect(W / 2 - 44 + i * 24, 188, 16, 14, 3);
  // display shelves with handsets on both sides
  for (const side of [0, 1]) {
    const x0 = side === 0 ? 18 : W - 18 - 150;
    for (const y of [212, 312, 412]) {
      g.fillStyle(0xffffff, 1);
      g.fillRect(x0, y + 62, 150, 8);
      g.fillStyle(0xd8cdbf, 1);
      g.fillRect(x0, y + 70, 150, 4);
      for (let i = 0; i < 4; i += 1) {
        const px = x0 + 10 + i * 36;
        g.fillStyle(0x1f2430, 1);
        g.fillRoundedRect(px, y + 6, 26, 54, 5);
        const screen = [0x5b8def, 0x25c2a0, 0xf59e0b, 0xa855f7][(i + side + y / 100) % 4] ?? 0x5b8def;
        g.fillStyle(screen, 1);
        g.fillRoundedRect(px + 3, y + 10, 20, 44, 3);
        g.fillStyle(0xffffff, 0.28);
        g.fillRoundedRect(px + 3, y + 10, 20, 14, 3);
      }
    }
  }
}

export function drawStoreCounter(g: G): void {
  const top = COUNTER_TOP;
  g.fillStyle(0x000000, 0.12);
  g.fillRect(0, top - 6, W, 8);
  g.fillStyle(0xfbfbfb, 1);
  g.fillRect(0, top, W, 22);
  g.fillStyle(shade(PALETTE.primary, 0.95), 1);
  g.fillRect(0, top + 22, W, H - top - 22);
  g.fillStyle(PALETTE.accent, 1);
  g.fillRect(0, top + 22, W, 6);
  // leaflet stand on the left, payment terminal on the right
  g.fillStyle(0xffffff, 1);
  g.fillRect(44, top - 70, 70, 72);
  g.fillStyle(PALETTE.accent, 1);
  g.fillRect(50, top - 64, 58, 24);
  g.fillStyle(0xd5dbe5, 1);
  g.fillRect(50, top - 34, 58, 6);
  g.fillRect(50, top - 22, 40, 6);
  g.fillStyle(0x2a2f3a, 1);
  g.fillRoundedRect(474, top - 46, 80, 50, 8);
  g.fillStyle(0x9ad1ff, 1);
  g.fillRoundedRect(482, top - 40, 64, 22, 4);
  g.fillStyle(0x4b5262, 1);
  for (let i = 0; i < 3; i += 1) g.fillRect(484 + i * 22, top - 12, 16, 8);
}

export function drawOfficeBackdrop(g: G): void {
  g.fillGradientStyle(0xeef1f5, 0xeef1f5, 0xdfe4ea, 0xdfe4ea, 1, 1, 1, 1);
  g.fillRect(0, 0, W, H);
  const win = { x: 48, y: 92, w: W - 96, h: 360 };
  g.fillGradientStyle(0x8fc0ec, 0x8fc0ec, 0xdcecf9, 0xdcecf9, 1, 1, 1, 1);
  g.fillRect(win.x, win.y, win.w, win.h);
  // skyline
  const towers = [[60, 210], [110, 150], [150, 240], [200, 120], [260, 190], [320, 100], [370, 170], [420, 230], [470, 140]] as const;
  towers.forEach(([x, h], i) => {
    const color = i % 2 === 0 ? 0x7d97b6 : 0x91a9c4;
    g.fillStyle(color, 1);
    const w = 46;
    g.fillRect(win.x + x - 20, win.y + win.h - h, w, h);
    g.fillStyle(0xe8f1fb, 0.55);
    for (let wy = win.y + win.h - h + 12; wy < win.y + win.h - 8; wy += 18) {
      for (let wx = 6; wx < w - 6; wx += 12) g.fillRect(win.x + x - 20 + wx, wy, 6, 8);
    }
  });
  // window frame and mullions
  g.lineStyle(10, 0xf8fafc, 1);
  g.strokeRect(win.x, win.y, win.w, win.h);
  g.lineStyle(6, 0xf8fafc, 1);
  g.lineBetween(win.x + win.w / 3, win.y, win.x + win.w / 3, win.y + win.h);
  g.lineBetween(win.x + (2 * win.w) / 3, win.y, win.x + (2 * win.w) / 3, win.y + win.h);
  // plant in the corner
  g.fillStyle(0x8a5a44, 1);
  g.fillRoundedRect(490, 470, 64, 70, 10);
  g.fillStyle(0x3f8f5a, 1);
  for (const [x, y, w, h] of [[500, 420, 40, 80], [530, 410, 36, 90], [512, 380, 34, 90], [548, 440, 30, 70], [480, 450, 30, 60]] as const) {
    g.fillEllipse(x + 8, y + 10, w, h);
  }
}

export function drawOfficeDesk(g: G): void {
  const top = COUNTER_TOP;
  g.fillStyle(0x000000, 0.14);
  g.fillRect(0, top - 4, W, 8);
  g.fillStyle(0x8a6a4f, 1);
  g.fillRect(0, top, W, 26);
  g.fillStyle(0x6b4f3a, 1);
  g.fillRect(0, top + 26, W, H - top - 26);
  // laptop lid seen from the visitor's side, coffee cup
  g.fillStyle(0xc7ccd4, 1);
  fillPoly(g, [{ x: 60, y: top + 4 }, { x: 200, y: top + 4 }, { x: 188, y: top - 88 }, { x: 72, y: top - 88 }], true);
  g.fillStyle(0xe6e9ee, 1);
  g.fillCircle(130, top - 44, 10);
  g.fillStyle(0xffffff, 1);
  g.fillRoundedRect(440, top - 44, 40, 46, 6);
  g.lineStyle(5, 0xffffff, 1);
  strokePoly(g, quad({ x: 480, y: top - 34 }, { x: 498, y: top - 24 }, { x: 480, y: top - 12 }, 8, true));
  g.fillStyle(PALETTE.primary, 1);
  g.fillRect(440, top - 30, 40, 8);
}
