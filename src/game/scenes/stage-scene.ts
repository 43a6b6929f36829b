// The conversation stage: the setting for the scenario's channel, the customer with the
// expression the session's state gives, trust/patience/interest meters (coach mode only: in an
// exam a plain line takes their place) and the call timer. It draws the latest StageView and
// eases towards it; it never touches the Session.
import Phaser from 'phaser';
import type { CustomerState } from '../../core/persona/customer-state.ts';
import { FONT_STACK, PALETTE, SCENES, STAGE_SIZE, css } from '../asset-keys.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import { Portrait } from '../portrait/portrait.ts';
import { formatClock } from '../../ui-kit/duration.ts';
import { settingOf, type Setting, type StageView } from '../stage/stage-view.ts';
import {
  COUNTER_TOP, PHONE_CARD, drawOfficeBackdrop, drawOfficeDesk, drawPhoneBackdrop, drawPhoneFrame,
  drawStoreBackdrop, drawStoreCounter,
} from './draw-setting.ts';

const { width: W } = STAGE_SIZE;
const METERS = ['trust', 'patience', 'interest'] as const;
type Meter = (typeof METERS)[number];
const METER_COLOR: Record<Meter, number> = { trust: PALETTE.trust, patience: PALETTE.patience, interest: PALETTE.interest };
const PANEL = { x: 24, y: 680, w: W - 48, h: 100 } as const;

interface MeterParts {
  label: Phaser.GameObjects.Text;
  value: Phaser.GameObjects.Text;
  shown: number;
}

/** Sets `text`, shortened with an ellipsis until it fits `maxWidth`, so long roles never spill. */
function fitText(target: Phaser.GameObjects.Text, text: string, maxWidth: number): void {
  target.setText(text);
  let chars = [...text];
  while (target.width > maxWidth && chars.length > 1) {
    chars = chars.slice(0, -1);
    target.setText(`${chars.join('').trimEnd()}\u2026`);
  }
}

export class StageScene extends Phaser.Scene {
  private view: StageView | null = null;
  private setting: Setting | null = null;
  private bg!: Phaser.GameObjects.Graphics;
  private fg!: Phaser.GameObjects.Graphics;
  private hud!: Phaser.GameObjects.Graphics;
  private bars!: Phaser.GameObjects.Graphics;
  private wave!: Phaser.GameObjects.Graphics;
  private portrait!: Portrait;
  private channelText!: Phaser.GameObjects.Text;
  private statusText!: Phaser.GameObjects.Text;
  private timerText!: Phaser.GameObjects.Text;
  private limitText!: Phaser.GameObjects.Text;
  private nameText!: Phaser.GameObjects.Text;
  private detailText!: Phaser.GameObjects.Text;
  private signText!: Phaser.GameObjects.Text;
  private voiceText!: Phaser.GameObjects.Text;
  private voiceChip!: Phaser.GameObjects.Graphics;
  private examText!: Phaser.GameObjects.Text;
  private meters!: Record<Meter, MeterParts>;
  private shownSeconds = 0;
  private t: Translate = translator('en');
  private atRest: boolean | null = null;
  /** Told when the stage comes to rest (the clock and meters reached the view, no tween running) or leaves it. */
  onRest: ((atRest: boolean) => void) | null = null;

  constructor() {
    super({ key: SCENES.stage });
  }

  create(): void {
    const text = (size: number, color: string, bold = false): Phaser.GameObjects.Text =>
      this.add.text(0, 0, '', { fontFamily: FONT_STACK, fontSize: `${size}px`, color, fontStyle: bold ? 'bold' : 'normal', resolution: 2 });
    this.bg = this.add.graphics();
    this.signText = text(22, '#ffffff', true).setOrigin(0, 0.5).setPosition(96, 135);
    this.portrait = new Portrait(this);
    this.fg = this.add.graphics();
    this.hud = this.add.graphics();
    this.bars = this.add.graphics();
    this.wave = this.add.graphics();
    this.channelText = text(15, '#ffffff', true).setOrigin(0, 0.5);
    this.statusText = text(15, '#ffffff', true).setOrigin(1, 0.5);
    this.timerText = text(58, '#ffffff', true).setOrigin(0.5, 0.5);
    this.limitText = text(16, '#9fb3d1').setOrigin(0.5, 0.5);
    this.nameText = text(26, '#ffffff', true).setOrigin(0.5, 0.5);
    this.detailText = text(16, '#9fb3d1').setOrigin(0.5, 0.5);
    this.voiceChip = this.add.graphics();
    this.voiceText = text(16, css(PALETTE.ink), true).setOrigin(0.5, 0.5);
    this.examText = text(16, '#ffffff', true).setOrigin(0.5, 0.5).setPosition(PANEL.x + PANEL.w / 2, PANEL.y + PANEL.h / 2);
    const meter = (): MeterParts => ({ label: text(15, '#ffffff', true).setOrigin(0, 0.5), value: text(15, '#ffffff', true).setOrigin(1, 0.5), shown: -1 });
    this.meters = { trust: meter(), patience: meter(), interest: meter() };
    if (this.view) this.apply(this.view);
  }

  /** Shows a new snapshot; called by the DOM side whenever the session moves. */
  apply(view: StageView): void {
    const previous = this.view;
    this.view = view;
    this.rest(false);
    if (!this.bg) return;
    this.t = translator(view.language);
    const setting = settingOf(view.channel);
    const lookChanged = !previous || JSON.stringify(previous.look) !== JSON.stringify(view.look);
    // A new run (play again, or another scenario) starts from its own values instead of
    // easing down from where the last one ended.
    const fresh = !previous || view.seconds < previous.seconds || (previous.phase !== view.phase && previous.phase !== 'call');
    const changed = setting !== this.setting || lookChanged;
    if (changed) {
      this.setting = setting;
      this.layout(view);
    }
    if (changed || fresh) {
      this.shownSeconds = view.seconds;
      for (const m of METERS) this.meters[m].shown = view.customer?.[m] ?? 0;
    } else if (previous?.customer && view.customer && view.meters) {
      this.popDeltas(previous.customer, view.customer);
    }
    if (previous && previous.expression !== view.expression) this.bounce();
    this.portrait.setExpression(view.expression);
    this.relabel(view);
  }

  update(time: number, delta: number): void {
    const view = this.view;
    if (!view || !this.setting) return;
    let moved = false;
    // The timer runs up to the simulated time of the latest line instead of jumping to it.
    if (this.shownSeconds !== view.seconds) {
      const step = Math.max(6, Math.abs(view.seconds - this.shownSeconds) * 2.5) * (delta / 1000);
      this.shownSeconds = this.shownSeconds < view.seconds
        ? Math.min(view.seconds, this.shownSeconds + step)
        : Math.max(view.seconds, this.shownSeconds - step);
      moved = true;
    }
    for (const m of METERS) {
      const parts = this.meters[m];
      const target = view.customer?.[m] ?? 0;
      if (parts.shown !== target) {
        const step = Math.max(20, Math.abs(target - parts.shown) * 4) * (delta / 1000);
        parts.shown = parts.shown < target ? Math.min(target, parts.shown + step) : Math.max(target, parts.shown - step);
        moved = true;
      }
    }
    if (moved) this.drawGauges(view);
    this.rest(!moved && this.tweens.getTweens().length === 0);
    const blink = time % 4200 < 130 || (time % 11000 > 5200 && time % 11000 < 5330);
    this.portrait.setBlink(blink);
    const talking = view.speaking === 'customer';
    this.portrait.setTalk(talking ? [0.12, 0.3, 0.2, 0.05][Math.floor(time / 110) % 4] ?? 0 : 0);
    if (this.setting === 'phone') this.drawWave(time, view.speaking);
  }

  private rest(atRest: boolean): void {
    if (atRest === this.atRest) return;
    this.atRest = atRest;
    this.onRest?.(atRest);
  }

  private layout(view: StageView): void {
    const bg = this.bg.clear();
    const fg = this.fg.clear();
    const setting = this.setting;
    if (setting === 'phone') {
      drawPhoneBackdrop(bg, view.look.backdrop);
      this.portrait.place(W / 2, PHONE_CARD.y + 146, 1.08, PHONE_CARD.y + PHONE_CARD.h);
      drawPhoneFrame(fg);
    } else if (setting === 'store') {
      drawStoreBackdrop(bg);
      this.portrait.place(W / 2, 318, 1.12, COUNTER_TOP);
      drawStoreCounter(fg);
    } else {
      drawOfficeBackdrop(bg);
      this.portrait.place(W / 2, 330, 1.08, COUNTER_TOP);
      drawOfficeDesk(fg);
    }
    this.portrait.setLook(view.look);
    this.signText.setVisible(setting === 'store');
    const dark = setting === 'phone';
    const sub = dark ? '#9fb3d1' : '#5b6b82';
    this.nameText.setColor(dark ? '#ffffff' : css(PALETTE.ink));
    this.detailText.setColor(sub);
    this.limitText.setColor(sub);
    this.timerText.setColor(dark ? '#ffffff' : css(PALETTE.ink));
    this.timerText.setFontSize(dark ? 58 : 20);
    if (dark) {
      this.timerText.setOrigin(0.5, 0.5).setPosition(W / 2, 112);
      this.limitText.setOrigin(0.5, 0.5).setPosition(W / 2, 160).setFontSize(16);
      this.nameText.setPosition(W / 2, 600);
      this.detailText.setPosition(W / 2, 632);
    } else {
      this.timerText.setOrigin(1, 0.5).setPosition(W - 40, 74);
      this.limitText.setOrigin(1, 0.5).setPosition(W - 40, 74).setFontSize(14);
      this.nameText.setPosition(W / 2, COUNTER_TOP + 46);
      this.detailText.setPosition(W / 2, COUNTER_TOP + 78);
    }
    this.wave.clear();
  }

  private relabel(view: StageView): void {
    const t = this.t;
    const phone = this.setting === 'phone';
    this.channelText.setText(t(`channel.${view.channel}`));
    this.signText.setText(`5G  ${t('stage.store-sign')}`);
    const status = view.phase === 'briefing'
      ? t(phone ? 'stage.ready' : 'stage.ready-visit')
      : view.phase === 'call' ? t(phone ? 'stage.connected' : 'stage.in-person') : t(phone ? 'stage.ended' : 'stage.ended-visit');
    this.statusText.setText(status);
    fitText(this.nameText, view.name, 500);
    fitText(this.detailText, view.detail, 500);
    for (const m of METERS) {
      this.meters[m].label.setText(t(`meter.${m}`)).setVisible(view.meters);
      this.meters[m].value.setVisible(view.meters);
    }
    this.examText.setText(t('stage.no-meters')).setVisible(!view.meters);
    this.drawHud(view);
    this.drawGauges(view);
    this.drawVoice(view);
  }

  private drawHud(view: StageView): void {
    const g = this.hud.clear();
    const phone = this.setting === 'phone';
    const chip = (x: number, y: number, w: number, color: number, alpha: number): void => {
      g.fillStyle(color, alpha);
      g.fillRoundedRect(x, y - 17, w, 34, 17);
    };
    const channelW = this.channelText.width + 40;
    chip(24, 36, channelW, phone ? 0xffffff : PALETTE.ink, phone ? 0.12 : 0.88);
    this.channelText.setPosition(44, 36);
    const dot = view.phase === 'call' ? PALETTE.ok : view.phase === 'ended' ? PALETTE.danger : PALETTE.gold;
    const statusW = this.statusText.width + 54;
    chip(W - 24 - statusW, 36, statusW, phone ? 0xffffff : PALETTE.ink, phone ? 0.12 : 0.88);
    g.fillStyle(dot, 1);
    g.fillCircle(W - 24 - statusW + 22, 36, 6);
    this.statusText.setPosition(W - 40, 36);
    // name plate on the counter or desk
    if (!phone) {
      const w = Math.max(this.nameText.width, this.detailText.width) + 56;
      g.fillStyle(0x000000, 0.16);
      g.fillRoundedRect(W / 2 - w / 2 + 3, COUNTER_TOP + 22, w, 78, 14);
      g.fillStyle(0xffffff, 1);
      g.fillRoundedRect(W / 2 - w / 2, COUNTER_TOP + 18, w, 78, 14);
    }
    // meters panel (in an exam, the line saying why there are none)
    g.fillStyle(0xffffff, phone ? 0.08 : 0.94);
    if (view.meters) g.fillRoundedRect(PANEL.x, PANEL.y, PANEL.w, PANEL.h, 18);
    else g.fillRoundedRect(PANEL.x + PANEL.w / 2 - this.examText.width / 2 - 24, PANEL.y + PANEL.h / 2 - 22, this.examText.width + 48, 44, 22);
    this.examText.setColor(phone ? '#dbe6f5' : css(PALETTE.ink));
    for (const m of METERS) {
      this.meters[m].label.setColor(phone ? '#dbe6f5' : css(PALETTE.ink));
      this.meters[m].value.setColor(phone ? '#ffffff' : css(PALETTE.ink));
    }
  }

  /** The clock and the meter bars share one Graphics, so they are redrawn together. */
  private drawGauges(view: StageView): void {
    const phone = this.setting === 'phone';
    const seconds = Math.floor(this.shownSeconds);
    const limit = view.timeLimit;
    const over = limit !== null && seconds > limit;
    const clock = formatClock(seconds);
    const g = this.bars;
    if (phone) {
      this.timerText.setText(clock);
      this.timerText.setColor(over ? '#ff8a7a' : '#ffffff');
      this.limitText.setText(limit === null ? '' : over ? this.t('stage.over-limit') : this.t('stage.limit', { time: formatClock(limit) }));
    } else {
      this.timerText.setText(limit === null ? clock : `${clock} / ${formatClock(limit)}`);
      this.timerText.setColor(over ? css(PALETTE.danger) : css(PALETTE.ink));
      this.limitText.setText('');
    }
    g.clear();
    if (limit !== null) {
      const ratio = Math.min(1, this.shownSeconds / limit);
      const color = ratio >= 1 ? PALETTE.danger : ratio >= 0.8 ? PALETTE.gold : PALETTE.accent;
      if (phone) {
        g.fillStyle(0xffffff, 0.14);
        g.fillRoundedRect(170, 184, 260, 6, 3);
        g.fillStyle(color, 1);
        if (ratio > 0) g.fillRoundedRect(170, 184, Math.max(6, 260 * ratio), 6, 3);
      } else {
        const w = this.timerText.width + 36;
        g.fillStyle(0xffffff, 0.94);
        g.fillRoundedRect(W - 24 - w, 58, w, 38, 12);
        g.fillStyle(0xdfe4ec, 1);
        g.fillRoundedRect(W - 24 - w + 12, 88, w - 24, 4, 2);
        g.fillStyle(color, 1);
        if (ratio > 0) g.fillRoundedRect(W - 24 - w + 12, 88, Math.max(4, (w - 24) * ratio), 4, 2);
      }
    } else if (!phone) {
      const w = this.timerText.width + 36;
      g.fillStyle(0xffffff, 0.94);
      g.fillRoundedRect(W - 24 - w, 56, w, 36, 12);
    }
    if (view.meters) this.drawMeterBars(g);
  }

  private drawMeterBars(g: Phaser.GameObjects.Graphics): void {
    const phone = this.setting === 'phone';
    const gap = 22;
    const colW = (PANEL.w - 40 - gap * 2) / 3;
    METERS.forEach((m, i) => {
      const x = PANEL.x + 20 + i * (colW + gap);
      const parts = this.meters[m];
      const known = this.view?.customer != null;
      const value = known ? Math.round(parts.shown) : 0;
      parts.label.setPosition(x, PANEL.y + 30);
      parts.value.setPosition(x + colW, PANEL.y + 30).setText(known ? String(value) : '\u2013');
      g.fillStyle(phone ? 0xffffff : 0xe3e8f0, phone ? 0.14 : 1);
      g.fillRoundedRect(x, PANEL.y + 58, colW, 14, 7);
      g.fillStyle(METER_COLOR[m], 1);
      if (value > 0) g.fillRoundedRect(x, PANEL.y + 58, Math.max(14, (colW * value) / 100), 14, 7);
    });
  }

  /** Another party on the line or at the counter: a speech chip with their name over the scene. */
  private drawVoice(view: StageView): void {
    const g = this.voiceChip.clear();
    if (!view.voice) {
      this.voiceText.setVisible(false);
      return;
    }
    fitText(this.voiceText, view.voice, 360);
    const y = this.setting === 'phone' ? PHONE_CARD.y + 26 : 236;
    const w = this.voiceText.width + 40;
    g.fillStyle(0x000000, 0.18);
    g.fillRoundedRect(W / 2 - w / 2 + 2, y - 17 + 3, w, 34, 17);
    g.fillStyle(0xfff1cc, 1);
    g.fillRoundedRect(W / 2 - w / 2, y - 17, w, 34, 17);
    g.fillTriangle(W / 2 - 8, y + 16, W / 2 + 8, y + 16, W / 2, y + 26);
    this.voiceText.setPosition(W / 2, y).setVisible(true);
  }

  private popDeltas(before: CustomerState, after: CustomerState): void {
    const gap = 22;
    const colW = (PANEL.w - 40 - gap * 2) / 3;
    METERS.forEach((m, i) => {
      const d = Math.round(after[m] - before[m]);
      if (d === 0) return;
      const x = PANEL.x + 20 + i * (colW + gap) + colW / 2;
      const label = this.add.text(x, PANEL.y + 30, d > 0 ? `+${d}` : `\u2212${-d}`, {
        fontFamily: FONT_STACK, fontSize: '18px', fontStyle: 'bold', resolution: 2,
        color: d > 0 ? '#22c55e' : '#ef4444', stroke: '#ffffff', strokeThickness: this.setting === 'phone' ? 0 : 4,
      }).setOrigin(0.5, 0.5);
      this.tweens.add({ targets: label, y: PANEL.y - 6, alpha: 0, duration: 1400, ease: 'Cubic.easeOut', onComplete: () => label.destroy() });
    });
  }

  private bounce(): void {
    const root = this.portrait.root;
    const base = this.portrait.scale;
    this.tweens.killTweensOf(root);
    root.setScale(base);
    this.tweens.add({ targets: root, scaleX: base * 1.03, scaleY: base * 1.03, duration: 140, yoyo: true, ease: 'Sine.easeOut' });
  }

  private drawWave(time: number, speaking: StageView['speaking']): void {
    const g = this.wave.clear();
    const n = 21;
    const y = 664;
    const color = speaking === 'customer' ? PALETTE.accent : speaking === 'trainee' ? 0x7aa2ff : speaking === 'other' ? PALETTE.gold : 0xffffff;
    g.fillStyle(color, speaking ? 0.95 : 0.25);
    for (let i = 0; i < n; i += 1) {
      const x = W / 2 + (i - (n - 1) / 2) * 9;
      const h = speaking ? 4 + Math.abs(Math.sin(time / 120 + i * 0.9) * Math.cos(time / 310 + i * 0.4)) * 18 : 4;
      g.fillRoundedRect(x - 2.5, y - h / 2, 5, h, 2.5);
    }
  }
}
