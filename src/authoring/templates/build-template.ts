// Turns one setting's words into a complete starter scenario: front matter, an opening with a
// right and a wrong first move, discovery, a presentation that raises the objection, a right and a
// wrong answer, a close, and the wrap-up that confirms the agreement. Every template passes the
// checker as it is (the "guessable" warning included), and its comments teach the format.
//
// The replies are the trainee's own words, of about the same length at each decision (the longest
// at most 1.3 times the shortest). Which one is right is spread over the lengths: in each template
// the right reply is the longer one at some decisions and the shorter at others, arranged so that
// always taking the longest reply, or always the shortest, loses the customer on the way.
import type { Channel, Language } from '../../core/schemas/scenario-meta.ts';

export interface Move {
  /** What the trainee says, word for word (the button text): never a stage direction or a technique name. */
  say: string;
  /** The customer's answer. */
  reply: string;
  tip: string;
}

export interface TemplateWords {
  channel: Channel;
  title: string;
  product: string;
  persona: string;
  personaRole: string;
  personaStyle: 'driver' | 'expressive' | 'amiable' | 'analytical';
  goal: string;
  brief: string[];
  need: { id: string; description: string };
  objection: { id: string; class: string; description: string };
  scene: string;
  greeting: string;
  openRight: Move & { technique: string };
  openWrong: Move & { fault: string };
  ask: Move;
  pitchEarly: Move;
  present: Move;
  answer: Move & { technique: string };
  signal: string;
  /** The tempting wrong answer to the objection, tagged with the fault it really commits; the customer walks away. */
  answerWrong: Move & { fault: 'argue' | 'badmouth-competitor' | 'false-promise' };
  close: Move & { outcome: 'sale' | 'meeting' };
  /** After the yes: thank, restate the agreement, name the next step (`after-sale-care` or `follow-up-plan`). */
  confirm: Move & { technique: 'after-sale-care' | 'follow-up-plan' };
  /** The warm goodbye that restates nothing and names no next step (`no-next-step`). */
  rushOff: Move;
  followUp: Move;
}

export interface Comments {
  frontMatter: string;
  mood: string;
  opening: string;
  choice: string;
  /** How to write replies: the trainee's words, even lengths, the right one not always the longest. */
  replies: string;
  /** Faults cancel a reply's credit; red lines cap the overall. */
  faults: string;
  discovery: string;
  presentation: string;
  objection: string;
  close: string;
  confirm: string;
}

export interface ScenarioTemplate {
  channel: Channel;
  language: Language;
  title: string;
  source: string;
}

export function templateId(channel: Channel): string {
  return `${channel}-draft`;
}

export function buildTemplate(language: Language, w: TemplateWords, c: Comments): ScenarioTemplate {
  const n = w.need.id;
  const o = w.objection.id;
  const lines = [
    `// ${c.frontMatter}`,
    `# id: ${templateId(w.channel)}`,
    `# title: ${w.title}`,
    `# channel: ${w.channel}`,
    `# product: ${w.product}`,
    '# difficulty: 1',
    `# persona: ${w.persona}`,
    `# persona-role: ${w.personaRole}`,
    `# persona-style: ${w.personaStyle}`,
    `# goal: ${w.goal}`,
    ...w.brief.map((b) => `# brief: ${b}`),
    `# need: ${n}, ${w.need.description}`,
    `# objection: ${o}, ${w.objection.class}, ${w.objection.description}`,
    'INCLUDE ../_lib/customer.ink',
    '',
    `// ${c.mood}`,
    '~ trust = 40',
    '~ patience = 60',
    '~ interest = 30',
    '',
    `${w.scene} # speaker: narrator`,
    w.greeting,
    '-> opening',
    '',
    '=== opening ===',
    `// ${c.opening}`,
    `// ${c.choice}`,
    `// ${c.replies}`,
    `// ${c.faults}`,
    `* [${w.openRight.say} #technique: ${w.openRight.technique} #tip: ${w.openRight.tip}]`,
    '  ~ shift(trust, 10)',
    `  ${w.openRight.reply}`,
    '  -> discovery',
    `* [${w.openWrong.say} #fault: ${w.openWrong.fault} #tip: ${w.openWrong.tip}]`,
    '  ~ shift(patience, -30)',
    `  ${w.openWrong.reply} # outcome: hang-up`,
    '  -> END',
    '',
    '=== discovery ===',
    `// ${c.discovery}`,
    `* [${w.ask.say} #discovery: +1 #technique: open-question #tip: ${w.ask.tip}]`,
    '  ~ shift(interest, 15)',
    `  ${w.ask.reply} # reveals: ${n}`,
    '  -> presentation',
    `* [${w.pitchEarly.say} #fault: premature-pitch #tip: ${w.pitchEarly.tip}]`,
    '  ~ shift(patience, -20)',
    `  ${w.pitchEarly.reply}`,
    '  -> presentation',
    '',
    '=== presentation ===',
    `// ${c.presentation}`,
    `* [${w.present.say} #technique: fabe #tip: ${w.present.tip}]`,
    `  ${w.present.reply} # raises: ${o}`,
    '  -> objection',
    '',
    '=== objection ===',
    `// ${c.objection}`,
    `* [${w.answer.say} #technique: ${w.answer.technique} #tip: ${w.answer.tip}]`,
    '  ~ shift(trust, 10)',
    `  ${w.answer.reply} # resolved: ${o}`,
    `  ${w.signal} # signal: verbal`,
    '  -> close',
    `* [${w.answerWrong.say} #fault: ${w.answerWrong.fault} #tip: ${w.answerWrong.tip}]`,
    '  ~ shift(trust, -20)',
    `  ${w.answerWrong.reply} # outcome: no-sale`,
    '  -> END',
    '',
    '=== close ===',
    `// ${c.close}`,
    `* [${w.close.say} #close: close-either-or #tip: ${w.close.tip}]`,
    `  ${w.close.reply}`,
    '  -> confirm',
    `* [${w.followUp.say} #technique: follow-up-plan #tip: ${w.followUp.tip}]`,
    `  ${w.followUp.reply} # outcome: follow-up`,
    '  -> END',
    '',
    '=== confirm ===',
    `// ${c.confirm}`,
    `* [${w.confirm.say} #technique: confirm-agreement #technique: ${w.confirm.technique} #tip: ${w.confirm.tip}]`,
    '  ~ shift(trust, 5)',
    `  ${w.confirm.reply} # outcome: ${w.close.outcome}`,
    '  -> END',
    `* [${w.rushOff.say} #fault: no-next-step #tip: ${w.rushOff.tip}]`,
    `  ${w.rushOff.reply} # outcome: ${w.close.outcome}`,
    '  -> END',
    '',
  ];
  return { channel: w.channel, language, title: w.title, source: lines.join('\n') };
}
