// The words for scoring evidence, in English and Simplified Chinese, shared by the game's
// debrief, coach notes and replay and the Studio's play-test (evidence-words.ts picks among them).
import { translationOf, type Catalogue } from './translate.ts';

const en = {
  'reason.technique': '{item}',
  'reason.fault': '{item}',
  'reason.red-line': '{item} (red line)',
  'reason.tag-points': 'scenario marking',
  'reason.need-revealed': 'revealed need: {item}',
  'reason.objection-resolved': 'resolved objection: {item}',
  'reason.objection-left-open': 'objection left open: {item}',
  'reason.close-after-signal': 'closed after a buying signal',
  'reason.close-before-signal': 'closed before any buying signal',
  'reason.win-after-signal-close': 'won after a signal-led close',
  'reason.credit-cancelled': 'no credit for {item}: the same reply committed a fault',
  'reason.technique-before-need': 'no credit for {item}: no need had been found yet',
  // For the scenario's author: the kind of tag and the ids they wrote.
  'author.technique': 'technique: {item}',
  'author.fault': 'fault: {item}',
  'author.tag-points': 'tag "{tag}"',
} as const;

const zh = translationOf(en, {
  'reason.technique': '{item}',
  'reason.fault': '{item}',
  'reason.red-line': '{item}（红线）',
  'reason.tag-points': '场景评分',
  'reason.need-revealed': '挖掘到需求：{item}',
  'reason.objection-resolved': '化解异议：{item}',
  'reason.objection-left-open': '异议未解决：{item}',
  'reason.close-after-signal': '在购买信号出现后促成',
  'reason.close-before-signal': '在购买信号出现前促成',
  'reason.win-after-signal-close': '信号出现后促成并成交',
  'reason.credit-cancelled': '{item}不得分：这句回答同时犯了错误',
  'reason.technique-before-need': '{item}不得分：此时还没有发现任何需求',
  'author.technique': '技巧：{item}',
  'author.fault': '错误：{item}',
  'author.tag-points': '标签 "{tag}"',
});

export const EVIDENCE_STRINGS: Catalogue<typeof en> = { en, 'zh-CN': zh };
export type EvidenceKey = keyof typeof en;
