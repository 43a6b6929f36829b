// The customer's head and shoulders, drawn with Phaser Graphics in a local frame whose origin is
// the centre of the face. Layers are separate so blinking and talking redraw only the eyes or
// the mouth.
import type Phaser from 'phaser';
import type { Expression } from '../../core/persona/customer-state.ts';
import { faceOf, type FaceGeometry } from './face-geometry.ts';
import type { PersonaLook } from './persona-look.ts';
import { arcPoints, mirror, mix, quad, shade, type Point } from './shapes.ts';
import { fillPoly, strokePoly } from './vectors.ts';

const HEAD_RX = 60;
const HEAD_RY = 74;
const EYE_X = 26;
const EYE_Y = -4;
const MOUTH_Y = 42;
const LIP = 0xa4504c;
const MOUTH_INSIDE = 0x5b1d24;

type G = Phaser.GameObjects.Graphics;

function faceOutline(): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < 48; i += 1) {
    const a = (i / 48) * Math.PI * 2;
    const y = HEAD_RY * Math.sin(a);
    const taper = y > 0 ? 1 - 0.2 * (y / HEAD_RY) ** 2 : 1;
    points.push({ x: HEAD_RX * Math.cos(a) * taper, y });
  }
  return points;
}

export class Portrait {
  readonly root: Phaser.GameObjects.Container;
  private readonly back: G;
  private readonly body: G;
  private readonly head: G;
  private readonly features: G;
  private readonly mouth: G;
  private readonly front: G;
  /** Drawn over the hair: the anger mark must not hide under a fringe. */
  private readonly mark: G;
  private look: PersonaLook | null = null;
  private expression: Expression = 'neutral';
  private bottom = 240;
  /** The scale set by place(), which tweens return to. */
  scale = 1;
  private blinking = false;
  private talk = 0;

  constructor(scene: Phaser.Scene) {
    this.back = scene.add.graphics();
    this.body = scene.add.graphics();
    this.head = scene.add.graphics();
    this.features = scene.add.graphics();
    this.mouth = scene.add.graphics();
    this.front = scene.add.graphics();
    this.mark = scene.add.graphics();
    this.root = scene.add.container(0, 0, [this.back, this.body, this.head, this.features, this.mouth, this.front, this.mark]);
  }

  /** Places the face centre at (x, y) at `scale`; the shoulders reach down to page y `bottomY`. */
  place(x: number, y: number, scale: number, bottomY: number): void {
    this.scale = scale;
    this.root.setPosition(x, y).setScale(scale);
    this.bottom = (bottomY - y) / scale;
    this.redrawAll();
  }

  setLook(look: PersonaLook): void {
    if (this.look && JSON.stringify(this.look) === JSON.stringify(look)) return;
    this.look = look;
    this.redrawAll();
  }

  setExpression(expression: Expression): void {
    if (expression === this.expression) return;
    this.expression = expression;
    this.drawFeatures();
    this.drawMouth();
    this.drawMark();
  }

  setBlink(closed: boolean): void {
    if (closed === this.blinking) return;
    this.blinking = closed;
    this.drawFeatures();
  }

  /** 0 = mouth at rest; higher values open it further while the customer talks. */
  setTalk(amount: number): void {
    if (amount === this.talk) return;
    this.talk = amount;
    this.drawMouth();
  }

  private redrawAll(): void {
    if (!this.look) return;
    this.drawBack(this.look);
    this.drawBody(this.look);
    this.drawHead(this.look);
    this.drawFeatures();
    this.drawMouth();
    this.drawFront(this.look);
    this.drawMark();
  }

  private drawBack(look: PersonaLook): void {
    const g = this.back.clear();
    g.fillStyle(look.hair, 1);
    if (look.hairStyle === 'long') {
      const pts = [
        ...arcPoints(0, -6, HEAD_RX + 12, HEAD_RY + 14, Math.PI, Math.PI * 2, 24),
        ...quad({ x: HEAD_RX + 12, y: -6 }, { x: 84, y: 70 }, { x: 80, y: 132 }),
        ...quad({ x: 80, y: 132 }, { x: 0, y: 142 }, { x: -80, y: 132 }),
        ...quad({ x: -80, y: 132 }, { x: -84, y: 70 }, { x: -HEAD_RX - 12, y: -6 }),
      ];
      fillPoly(g, pts, true);
    } else if (look.hairStyle === 'bob') {
      fillPoly(g, [
        ...arcPoints(0, -6, HEAD_RX + 12, HEAD_RY + 12, Math.PI, Math.PI * 2, 24),
        ...quad({ x: HEAD_RX + 12, y: -6 }, { x: 78, y: 30 }, { x: 66, y: 46 }),
        { x: -66, y: 46 },
        ...quad({ x: -66, y: 46 }, { x: -78, y: 30 }, { x: -HEAD_RX - 12, y: -6 }),
      ], true);
    } else if (look.hairStyle === 'bun') {
      g.fillCircle(0, -HEAD_RY - 14, 28);
      g.fillStyle(shade(look.hair, 1.25), 1);
      g.fillEllipse(0, -HEAD_RY + 6, 58, 12);
    }
  }

  private drawBody(look: PersonaLook): void {
    const g = this.body.clear();
    const B = this.bottom;
    // Nothing below the frame's bottom edge: shoulders end flat where the card, counter or desk begins.
    const fill = (points: readonly Point[]): void => fillPoly(g, points.map((p) => ({ x: p.x, y: Math.min(p.y, B) })));
    const skinShadow = shade(look.skin, 0.86);
    if (look.outfit === 'hoodie') {
      g.fillStyle(shade(look.outfitColor, 0.75), 1);
      g.fillEllipse(0, 100, 128, 46);
    }
    // neck, darker just under the jaw
    g.fillStyle(skinShadow, 1);
    g.fillRoundedRect(-21, 30, 42, 80, 10);
    g.fillStyle(shade(look.skin, 0.76), 1);
    g.fillEllipse(0, 70, 42, 26);
    const torso: Point[] = [
      { x: -34, y: 92 },
      ...quad({ x: -34, y: 92 }, { x: -72, y: 102 }, { x: -128, y: 124 }),
      ...quad({ x: -128, y: 124 }, { x: -156, y: 136 }, { x: -160, y: 190 }),
      { x: -164, y: B },
      { x: 164, y: B },
      { x: 160, y: 190 },
      ...quad({ x: 160, y: 190 }, { x: 156, y: 136 }, { x: 128, y: 124 }),
      ...quad({ x: 128, y: 124 }, { x: 72, y: 102 }, { x: 34, y: 92 }),
    ];
    g.fillStyle(look.outfitColor, 1);
    fill(torso);
    // soft shading on the shoulders' far sides
    g.fillStyle(shade(look.outfitColor, 0.88), 1);
    fill([{ x: -160, y: 190 }, { x: -164, y: B }, { x: -120, y: B }, { x: -126, y: 180 }]);
    fill([{ x: 160, y: 190 }, { x: 164, y: B }, { x: 120, y: B }, { x: 126, y: 180 }]);

    const open = look.outfit === 'suit' || look.outfit === 'blazer' || look.outfit === 'cardigan';
    if (open) {
      g.fillStyle(look.innerColor, 1);
      fill([{ x: -36, y: 92 }, { x: 36, y: 92 }, { x: 0, y: 182 }]);
      if (look.tie) {
        g.fillStyle(shade(look.innerColor, 0.9), 1);
        g.fillTriangle(-26, 92, -2, 116, -30, 114);
        g.fillTriangle(26, 92, 2, 116, 30, 114);
        const tie = mix(look.outfitColor, 0xb3243b, 0.75);
        g.fillStyle(tie, 1);
        fill([{ x: -8, y: 104 }, { x: 8, y: 104 }, { x: 6, y: 118 }, { x: -6, y: 118 }]);
        fill([{ x: -6, y: 118 }, { x: 6, y: 118 }, { x: 12, y: 176 }, { x: 0, y: 190 }, { x: -12, y: 176 }]);
      } else {
        g.fillStyle(look.skin, 1);
        g.fillTriangle(-18, 92, 18, 92, 0, 122);
        if (look.presentation === 'feminine') {
          g.lineStyle(2, 0xe8c66a, 1);
          strokePoly(g, quad({ x: -20, y: 96 }, { x: 0, y: 128 }, { x: 20, y: 96 }, 10, true));
          g.fillStyle(0xe8c66a, 1);
          g.fillCircle(0, 113, 3.5);
        }
      }
      if (look.outfit === 'cardigan') {
        g.fillStyle(shade(look.outfitColor, 0.7), 1);
        for (const y of [196, 224, 252]) if (y < B - 6) g.fillCircle(0, y, 4);
      } else {
        const lapel = shade(look.outfitColor, 0.78);
        g.fillStyle(lapel, 1);
        fill([{ x: -36, y: 92 }, { x: -2, y: 182 }, { x: -22, y: 150 }, { x: -52, y: 122 }, { x: -44, y: 100 }]);
        fill(mirror([{ x: -36, y: 92 }, { x: -2, y: 182 }, { x: -22, y: 150 }, { x: -52, y: 122 }, { x: -44, y: 100 }]));
        g.fillStyle(shade(look.outfitColor, 1.35), 1);
        if (196 < B - 6) g.fillCircle(0, 200, 4);
      }
    } else if (look.outfit === 'shirt') {
      g.fillStyle(look.skin, 1);
      g.fillTriangle(-16, 92, 16, 92, 0, 118);
      g.fillStyle(shade(look.innerColor, 0.86), 1);
      g.fillTriangle(-30, 88, -4, 118, -34, 112);
      g.fillTriangle(30, 88, 4, 118, 34, 112);
      g.lineStyle(2, shade(look.innerColor, 0.8), 1);
      g.lineBetween(0, 118, 0, B);
      g.fillStyle(shade(look.innerColor, 0.7), 1);
      for (const y of [140, 172, 204, 236]) if (y < B - 6) g.fillCircle(0, y, 3);
    } else {
      // crew neck (sweater) or hoodie
      g.lineStyle(8, shade(look.outfitColor, 0.8), 1);
      strokePoly(g, quad({ x: -34, y: 94 }, { x: 0, y: 118 }, { x: 34, y: 94 }, 12, true));
      if (look.outfit === 'hoodie') {
        g.lineStyle(3, 0xf3f4f6, 1);
        g.lineBetween(-14, 110, -16, 168);
        g.lineBetween(14, 110, 16, 168);
      }
    }
  }

  private drawHead(look: PersonaLook): void {
    const g = this.head.clear();
    const ear = shade(look.skin, 0.92);
    g.fillStyle(ear, 1);
    g.fillEllipse(-HEAD_RX + 2, 4, 18, 30);
    g.fillEllipse(HEAD_RX - 2, 4, 18, 30);
    g.fillStyle(look.skin, 1);
    fillPoly(g, faceOutline(), true);
    if (look.earrings) {
      g.fillStyle(0xe8c66a, 1);
      g.fillCircle(-HEAD_RX + 2, 22, 4);
      g.fillCircle(HEAD_RX - 2, 22, 4);
    }
  }

  private drawFeatures(): void {
    const look = this.look;
    if (!look) return;
    const f = faceOf(this.expression);
    const g = this.features.clear();
    if (f.flush > 0) {
      g.fillStyle(0xff3b30, 0.2 * f.flush);
      g.fillEllipse(0, -20, 112, 86);
    }
    if (f.blush > 0) {
      g.fillStyle(0xff7b8a, 0.4 * f.blush);
      g.fillEllipse(-36, 22, 26, 13);
      g.fillEllipse(36, 22, 26, 13);
    }
    this.drawEyes(g, f);
    this.drawBrows(g, f, look);
    // nose
    g.lineStyle(3, shade(look.skin, 0.78), 1);
    strokePoly(g, quad({ x: 2, y: 4 }, { x: 9, y: 20 }, { x: -2, y: 24 }, 10, true));
    if (look.glasses) {
      g.lineStyle(3, 0x2b2d33, 1);
      g.strokeRoundedRect(-EYE_X - 18, EYE_Y - 14, 36, 26, 9);
      g.strokeRoundedRect(EYE_X - 18, EYE_Y - 14, 36, 26, 9);
      g.lineBetween(-EYE_X + 18, EYE_Y - 4, EYE_X - 18, EYE_Y - 4);
      g.lineBetween(-EYE_X - 18, EYE_Y - 6, -HEAD_RX + 2, EYE_Y - 10);
      g.lineBetween(EYE_X + 18, EYE_Y - 6, HEAD_RX - 2, EYE_Y - 10);
    }
  }

  private drawMark(): void {
    const g = this.mark.clear();
    if (this.expression !== 'angry') return;
    g.lineStyle(5, 0xd62d20, 1);
    const cx = 70;
    const cy = -62;
    for (const [dx, dy] of [[-1, -1], [1, -1], [-1, 1], [1, 1]] as const) {
      strokePoly(g, quad({ x: cx + dx * 3, y: cy + dy * 11 }, { x: cx + dx * 4, y: cy + dy * 4 }, { x: cx + dx * 11, y: cy + dy * 3 }, 6, true));
    }
  }

  private drawEyes(g: G, f: FaceGeometry): void {
    const dark = 0x2a1d17;
    for (const side of [-1, 1]) {
      const cx = side * EYE_X;
      const cy = EYE_Y;
      if (this.blinking) {
        g.lineStyle(3, dark, 1);
        strokePoly(g, quad({ x: cx - 11, y: cy + 1 }, { x: cx, y: cy + 5 }, { x: cx + 11, y: cy + 1 }, 8, true));
        continue;
      }
      if (f.eyeSmile) {
        g.lineStyle(4, dark, 1);
        strokePoly(g, quad({ x: cx - 11, y: cy + 3 }, { x: cx, y: cy - 9 }, { x: cx + 11, y: cy + 3 }, 10, true));
        continue;
      }
      const h = 15 * f.eyeOpen;
      g.fillStyle(0xffffff, 1);
      g.fillEllipse(cx, cy, 23, h);
      g.fillStyle(0x3b2a20, 1);
      g.fillEllipse(cx, cy, 13, Math.min(13, h));
      g.fillStyle(0x120c0a, 1);
      g.fillEllipse(cx, cy, 6, Math.min(6, h * 0.6));
      g.fillStyle(0xffffff, 1);
      g.fillCircle(cx + 3, cy - Math.min(3, h / 4), 2);
      // upper lid
      g.lineStyle(3, dark, 1);
      strokePoly(g, arcPoints(cx, cy, 12, h / 2 + 1, Math.PI * 1.05, Math.PI * 1.95, 12));
    }
  }

  private drawBrows(g: G, f: FaceGeometry, look: PersonaLook): void {
    const brow = look.age >= 62 ? shade(look.hair, 0.7) : shade(look.hair, 0.85);
    g.lineStyle(5, brow, 1);
    const base = EYE_Y - 22;
    for (const [side, shape] of [[-1, f.browLeft], [1, f.browRight]] as const) {
      const outer = { x: side * 42, y: base - shape.lift };
      const inner = { x: side * 12, y: base - shape.lift + shape.tilt };
      const ctrl = { x: side * 27, y: Math.min(outer.y, inner.y) - 4 };
      strokePoly(g, quad(outer, ctrl, inner, 10, true));
    }
  }

  private drawMouth(): void {
    if (!this.look) return;
    const f = faceOf(this.expression);
    const g = this.mouth.clear();
    const open = Math.min(1, f.mouthOpen + this.talk);
    const w = f.mouthWidth / 2 + (this.talk > 0 ? 2 : 0);
    const c = f.mouthCurve;
    const left = { x: -w, y: MOUTH_Y - c * 6 + f.mouthSkew / 2 };
    const right = { x: w, y: MOUTH_Y - c * 6 - f.mouthSkew / 2 };
    const mid = MOUTH_Y + c * 10;
    if (open <= 0.05) {
      g.lineStyle(4, LIP, 1);
      strokePoly(g, quad(left, { x: 0, y: mid }, right, 14, true));
      return;
    }
    const upper = quad(left, { x: 0, y: mid - open * 8 }, right, 14, true);
    const lower = quad(right, { x: 0, y: mid + open * 24 }, left, 14, false);
    g.fillStyle(MOUTH_INSIDE, 1);
    fillPoly(g, [...upper, ...lower], true);
    if (f.teeth) {
      g.fillStyle(0xffffff, 1);
      if (this.expression === 'angry') {
        const inner = quad(left, { x: 0, y: mid + open * 8 }, right, 14, false);
        fillPoly(g, [...upper, ...inner.reverse()], true);
      } else {
        const band = quad(right, { x: 0, y: mid - open * 8 + 10 }, left, 14, false);
        fillPoly(g, [...upper, ...band], true);
      }
    }
    g.lineStyle(3, LIP, 1);
    strokePoly(g, [...upper, ...lower], true);
  }

  private drawFront(look: PersonaLook): void {
    const g = this.front.clear();
    g.fillStyle(look.hair, 1);
    const cap = (rx: number, ry: number, hairline: Point[]): void => {
      fillPoly(g, [...arcPoints(0, -4, rx, ry, Math.PI, Math.PI * 2, 28), ...hairline], true);
    };
    const R = HEAD_RX + 6;
    switch (look.hairStyle) {
      case 'short':
        cap(R, HEAD_RY + 8, [
          { x: R - 4, y: -2 }, ...quad({ x: 56, y: -8 }, { x: 52, y: -44 }, { x: 0, y: -46 }),
          ...quad({ x: 0, y: -46 }, { x: -52, y: -44 }, { x: -56, y: -8 }), { x: -R + 4, y: -2 },
        ]);
        break;
      case 'side-part':
        cap(R, HEAD_RY + 9, [
          { x: R - 4, y: -4 }, ...quad({ x: 56, y: -12 }, { x: 48, y: -56 }, { x: 18, y: -56 }),
          ...quad({ x: 18, y: -56 }, { x: -30, y: -50 }, { x: -56, y: -22 }), { x: -R + 3, y: -2 },
        ]);
        g.lineStyle(2, shade(look.hair, 1.5), 0.6);
        strokePoly(g, quad({ x: 20, y: -80 }, { x: 24, y: -66 }, { x: 18, y: -56 }, 6, true));
        break;
      case 'crop':
        cap(R - 3, HEAD_RY + 5, [
          { x: R - 6, y: -14 }, ...quad({ x: 54, y: -24 }, { x: 40, y: -54 }, { x: 0, y: -54 }),
          ...quad({ x: 0, y: -54 }, { x: -40, y: -54 }, { x: -54, y: -24 }), { x: -R + 6, y: -14 },
        ]);
        break;
      case 'receding':
        cap(R - 2, HEAD_RY + 4, [
          { x: R - 6, y: 0 }, ...quad({ x: 58, y: -20 }, { x: 44, y: -70 }, { x: 0, y: -70 }),
          ...quad({ x: 0, y: -70 }, { x: -44, y: -70 }, { x: -58, y: -20 }), { x: -R + 6, y: 0 },
        ]);
        break;
      case 'bob':
        cap(R + 4, HEAD_RY + 10, [
          { x: R + 4, y: -4 }, ...quad({ x: R + 8, y: 24 }, { x: R + 10, y: 40 }, { x: 56, y: 44 }),
          { x: 50, y: -8 }, ...quad({ x: 50, y: -8 }, { x: 30, y: -40 }, { x: 0, y: -36 }),
          ...quad({ x: 0, y: -36 }, { x: -34, y: -40 }, { x: -50, y: -8 }), { x: -56, y: 44 },
          ...quad({ x: -R - 10, y: 40 }, { x: -R - 8, y: 24 }, { x: -R - 4, y: -4 }),
        ]);
        break;
      case 'long':
        cap(R + 4, HEAD_RY + 10, [
          { x: R + 4, y: -4 }, ...quad({ x: R + 6, y: 40 }, { x: R + 2, y: 84 }, { x: 52, y: 86 }),
          ...quad({ x: 52, y: 86 }, { x: 56, y: 20 }, { x: 48, y: -22 }),
          ...quad({ x: 48, y: -22 }, { x: 26, y: -60 }, { x: 2, y: -60 }),
          ...quad({ x: -2, y: -60 }, { x: -26, y: -60 }, { x: -48, y: -22 }),
          ...quad({ x: -48, y: -22 }, { x: -56, y: 20 }, { x: -52, y: 86 }),
          ...quad({ x: -R - 2, y: 84 }, { x: -R - 6, y: 40 }, { x: -R - 4, y: -4 }),
        ]);
        break;
      case 'bun':
        cap(R, HEAD_RY + 8, [
          { x: R - 4, y: -2 }, ...quad({ x: 56, y: -10 }, { x: 44, y: -50 }, { x: 0, y: -52 }),
          ...quad({ x: 0, y: -52 }, { x: -44, y: -50 }, { x: -56, y: -10 }), { x: -R + 4, y: -2 },
        ]);
        break;
    }
    // a highlight that keeps flat-coloured hair from reading as a helmet
    g.lineStyle(3, shade(look.hair, look.age >= 62 ? 1.08 : 1.6), 0.5);
    strokePoly(g, arcPoints(-6, -8, R - 14, HEAD_RY - 4, Math.PI * 1.2, Math.PI * 1.45, 8));
  }
}
