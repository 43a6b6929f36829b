// Scene keys, the stage's logical size, its palette and font stack, in one place. The CSS in
// ui/styles.css mirrors the palette as custom properties; change both together.
export const SCENES = {
  stage: 'stage',
} as const;

/** The stage is drawn at this logical size and scaled to fit its column. */
export const STAGE_SIZE = { width: 600, height: 800 } as const;

export const FONT_STACK =
  '"Segoe UI", "Helvetica Neue", Roboto, Arial, "Liberation Sans", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const PALETTE = {
  ink: 0x14213d,
  night: 0x0d1a2e,
  nightTop: 0x17305a,
  primary: 0x2a5bd7,
  accent: 0x14b8a6,
  gold: 0xf2b441,
  danger: 0xe4572e,
  ok: 0x2fa36b,
  white: 0xffffff,
  mist: 0xe9eef6,
  trust: 0x3b82f6,
  patience: 0xf59e0b,
  interest: 0xa855f7,
} as const;

export const css = (color: number): string => `#${color.toString(16).padStart(6, '0')}`;
