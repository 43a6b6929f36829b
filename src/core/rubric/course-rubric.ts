// The course's rubric (shared/training-rubric.md) as data. Bump the version whenever a number,
// an id or a rule changes: stored attempts name the version they were scored under, and every
// version ever shipped stays loadable (rubric-versions.ts) so they replay to their own scores.
import { Rubric, type RubricFault, type RubricTechnique } from '../schemas/rubric.ts';

/** The editions shipped so far; 2.0.0 added red lines, in-context rules and conduct weight 2. */
export type CourseEdition = '1.0.0' | '2.0.0';

/** Faults no good result survives (rubric 2.0.0 on). */
export const RED_LINE_FAULTS = ['privacy-breach', 'false-promise', 'disrespect', 'pressure'] as const;

type Row = [id: string, points: number, en: string, zh: string, summaryEn: string, summaryZh: string];

function techniques(dimension: RubricTechnique['dimension'], rows: Row[]): RubricTechnique[] {
  return rows.map(([id, points, en, zh, summaryEn, summaryZh]) => ({
    id,
    dimension,
    points,
    label: { en, 'zh-CN': zh },
    summary: { en: summaryEn, 'zh-CN': summaryZh },
  }));
}

function faults(dimension: RubricFault['dimension'], rows: Row[]): RubricFault[] {
  return rows.map(([id, penalty, en, zh, summaryEn, summaryZh]) => ({
    id,
    dimension,
    penalty,
    redLine: false,
    label: { en, 'zh-CN': zh },
    summary: { en: summaryEn, 'zh-CN': summaryZh },
  }));
}

export function buildCourseRubric(edition: CourseEdition): Rubric {
  const v2 = edition !== '1.0.0';
  const rubric = Rubric.parse({
    version: edition,
    dimensions: [
      { id: 'opening', weight: 1, label: { en: 'Opening', 'zh-CN': '开场白' },
        summary: { en: 'Earn the next minute: identify yourself, confirm the person, ask leave, give a reason to listen.', 'zh-CN': '赢得对方继续听下去：自报家门、确认身份、征得同意，并给出值得一听的理由。' } },
      { id: 'discovery', weight: 2, label: { en: 'Need discovery', 'zh-CN': '挖掘需求' },
        summary: { en: 'Ask before you pitch; uncover the needs the customer has not said aloud.', 'zh-CN': '先问后讲，找出客户没有说出口的需求。' } },
      { id: 'presentation', weight: 1, label: { en: 'Presentation', 'zh-CN': '产品介绍' },
        summary: { en: 'Tie features to the needs you found, with evidence.', 'zh-CN': '把产品特点与已发现的需求挂钩，并拿出证据。' } },
      { id: 'objections', weight: 2, label: { en: 'Objection handling', 'zh-CN': '异议处理' },
        summary: { en: 'Hear the objection out, classify it, answer it and check the customer is satisfied.', 'zh-CN': '听完异议、判断类型、给出解决办法，并确认客户满意。' } },
      { id: 'closing', weight: 2, label: { en: 'Closing', 'zh-CN': '促成交易' },
        summary: { en: 'Read buying signals and close when one shows, with a technique that fits.', 'zh-CN': '识别购买信号，在信号出现时用合适的方法促成。' } },
      { id: 'follow-up', weight: 1, label: { en: 'Follow-up', 'zh-CN': '结束与回访' },
        summary: { en: 'End cleanly: thank, confirm what was agreed, set the next step.', 'zh-CN': '专业地结束：致谢、确认约定、明确下一步。' } },
      { id: 'conduct', weight: v2 ? 2 : 1, label: { en: 'Conduct', 'zh-CN': '职业操守' },
        summary: { en: 'Confident, honest, respectful; no pressure, no false promises, personal data protected.', 'zh-CN': '自信、诚实、尊重客户；不施压、不虚假承诺、保护个人信息。' } },
    ],
    techniques: [
      ...techniques('opening', [
        ['opener-standard', 2, 'Standard opener', '标准开场白', 'Greeting, company, department and name, a free call, the right person confirmed, leave to go on.', '问候、公司、部门、姓名，说明通话免费，确认对方身份，请示能否继续。'],
        ['opener-interest', 2, 'Arouse interest', '引起兴趣', 'Open with something the customer gains, inside thirty seconds.', '三十秒内说出客户能得到的好处。'],
        ['opener-please', 2, 'Please the customer', '赞美客户', 'Open with sincere appreciation, such as thanks for years of loyalty.', '以真诚的赞美开场，例如感谢多年的支持。'],
        ['opener-trust', 2, 'Build trust', '建立信任', 'Open with a credential or shared reference that makes you credible.', '以资质或共同的联系开场，让对方信任你。'],
        ['opener-curiosity', 2, 'Spark curiosity', '激发好奇', 'Open with a question or fact the customer wants answered.', '以一个让客户想知道答案的问题或事实开场。'],
        ['store-greet', 2, 'Greet and ask purpose', '主动问候，询问来意', 'In the store: greet first, smile, ask what brings the visitor in.', '营业厅里：先问候、微笑，询问客户来办什么业务。'],
        ['store-leaflet', 2, 'Offer the leaflet', '递送新业务宣传单', 'Hand over the new-service leaflet while serving the visitor.', '办理业务时递上新业务宣传单。'],
        ['store-experience', 2, 'Invite to the experience area', '引导至体验区', 'Walk the visitor to the experience area to try the product.', '引导客户到体验区亲自试用。'],
        ['store-handover', 2, 'Clean handover', '顺畅交接', 'Hand the visitor to a colleague with their need already explained.', '把客户交给同事时先说清客户的需求。'],
      ]),
      ...techniques('discovery', [
        ['open-question', 2, 'Open question', '开放式提问', 'Ask a question the customer answers in their own words.', '提出让客户用自己的话回答的问题。'],
        ['active-listening', 2, 'Paraphrase', '复述', 'Say back what the customer said, to show you heard it.', '复述客户的话，表明你在认真倾听。'],
        ['summarise', 2, 'Summarise', '总结', 'Sum up the needs heard so far and get agreement.', '总结已了解的需求并得到客户认同。'],
        ['four-layer-permission', 2, 'Four-layer: permission', '四层提问：请示层', 'Ask leave before asking questions.', '提问之前先征得同意。'],
        ['four-layer-information', 2, 'Four-layer: information', '四层提问：信息层', 'Collect facts about current use.', '了解客户当前使用情况的事实。'],
        ['four-layer-problem', 2, 'Four-layer: problem', '四层提问：问题层', 'Ask what does not work for the customer.', '询问客户遇到的问题和不满。'],
        ['four-layer-solution', 2, 'Four-layer: solution', '四层提问：解决问题层', 'Ask what a fix would be worth to the customer.', '询问解决问题对客户意味着什么。'],
        ['spin-situation', 2, 'SPIN: situation', 'SPIN：背景问题', 'Ask about the customer\'s situation.', '了解客户的背景情况。'],
        ['spin-problem', 2, 'SPIN: problem', 'SPIN：难点问题', 'Find the difficulty or dissatisfaction, without hurting self-respect or privacy.', '找出困难与不满，且不伤及自尊和隐私。'],
        ['spin-implication', 2, 'SPIN: implication', 'SPIN：暗示问题', 'Make the cost of the difficulty visible, turning a small problem into a big one.', '让客户看到难点带来的后果，把小问题放大。'],
        ['spin-need-payoff', 2, 'SPIN: need-payoff', 'SPIN：需求效益问题', 'Let the customer say what a solution would be worth.', '让客户自己说出解决方案的价值。'],
        ['find-decision-maker', 2, 'Map decision-maker, influencer, user', '找到决策者、影响者、使用者', 'Find out who decides, who influences and who uses.', '弄清谁决策、谁影响、谁使用。'],
      ]),
      ...techniques('presentation', [
        ['fabe', 3, 'FABE', 'FABE法则', 'Feature, advantage, benefit, evidence, tied to a stated need.', '特征、优势、利益、证据，并与客户说出的需求挂钩。'],
        ['present-experience', 2, 'Experience method', '体验介绍法', 'Let the customer try the product.', '让客户亲自体验产品。'],
        ['present-comparison', 2, 'Comparison method', '对比介绍法', 'Compare with the current service using figures.', '用数据与现有服务作对比。'],
        ['present-main-secondary', 2, 'Main and secondary', '主次介绍法', 'Lead with what matters most to this customer.', '先讲对客户最重要的，再讲次要的。'],
        ['present-testimonial', 2, 'Customer testimonial', '客户见证法', 'Cite a similar customer\'s result.', '举出类似客户的使用成果。'],
      ]),
      ...techniques('objections', [
        ['lscpa-listen', 2, 'LSCPA: listen', 'LSCPA：倾听', 'Let the customer finish the objection.', '让客户把异议说完。'],
        ['lscpa-share', 2, 'LSCPA: share', 'LSCPA：分担', 'Acknowledge the feeling behind the objection.', '认同客户异议背后的感受。'],
        ['lscpa-clarify', 2, 'LSCPA: clarify', 'LSCPA：澄清', 'Find the real cause and class of the objection.', '弄清异议的真实原因和类型。'],
        ['lscpa-present', 2, 'LSCPA: present', 'LSCPA：陈述', 'Offer the fix that answers that cause.', '提出针对原因的解决方案。'],
        ['lscpa-ask', 2, 'LSCPA: ask', 'LSCPA：要求', 'Check the customer is satisfied with the answer.', '确认客户对解决方案满意。'],
        ['objection-preempt', 2, 'Pre-empt the objection', '提前异议处理法', 'Answer a likely objection before it is raised.', '在客户提出之前先化解可能的异议。'],
        ['objection-guide', 2, 'Guide', '引导法', 'Lead the customer to a different view with questions.', '用提问引导客户换个角度看问题。'],
        ['objection-empathy', 2, 'Empathy', '同理法', 'Stand in the customer\'s shoes before answering.', '先站在客户角度，再作回应。'],
        ['objection-humour', 2, 'Humour', '幽默法', 'Ease the tension with light humour, never at the customer\'s cost.', '用轻松的幽默缓和气氛，但不拿客户开玩笑。'],
        ['reverse-question', 2, 'Reverse question', '反问转化', 'Turn the objection into a need: which matters more to you?', '把异议转化为需求：哪一点对您更重要？'],
        ['price-daily-split', 2, 'Split the price by day', '价格分解到每天', 'Break a monthly fee into a daily figure.', '把月费分解成每天的费用。'],
        ['coverage-evidence', 2, 'Show coverage evidence', '出示覆盖证据', 'Answer a coverage doubt with the map, a test or a site fix.', '用覆盖图、测速或基站优化回应覆盖疑虑。'],
        ['retention-offer', 2, 'Loyalty offer', '挽留优惠', 'Offer what a loyal customer is entitled to instead of letting them go.', '向老客户提供应有的挽留方案，而不是任其离开。'],
      ]),
      ...techniques('closing', [
        ['close-direct', 2, 'Direct close', '直接促成法', 'Ask for the order plainly.', '直接请客户下单。'],
        ['close-urgency', 2, 'Urgency close', '危机促成法', 'Name a real deadline or limited offer.', '说明真实的截止时间或限量优惠。'],
        ['close-either-or', 2, 'Either-or close', '二选一法', 'Offer two yeses: today or tomorrow, this plan or that.', '给出两个都是"同意"的选项：今天还是明天，这个还是那个。'],
        ['close-experience', 2, 'Experience close', '体验促成法', 'Close on what the customer has just tried.', '以客户刚体验过的效果促成。'],
        ['close-trial', 2, 'Small-trial close', '少量试用法', 'Propose a small or free trial first.', '先提议小量或免费试用。'],
        ['close-testimonial', 2, 'Testimonial close', '客户见证促成法', 'Close on what a similar customer chose.', '以相似客户的选择促成。'],
        ['incentive', 1, 'Short incentive', '限时激励', 'A first month free or a limited gift, to tip the decision.', '首月免费或限量赠品，帮助客户下决心。'],
      ]),
      ...techniques('follow-up', [
        ['confirm-agreement', 2, 'Confirm the agreement', '确认约定', 'Thank the customer and restate what was agreed.', '致谢并复述双方的约定。'],
        ['follow-up-plan', 2, 'Follow-up plan', '跟进计划', 'Proposal within 24 hours, a call within 3 days, a case after 7 days.', '24小时内发方案，3天内回电，7天后分享案例。'],
        ['after-sale-care', 2, 'After-sale care', '售后关怀', 'A dedicated service channel, usage reminders, referral and renewal offers.', '专属服务渠道、使用提醒、转介绍与续约优惠。'],
      ]),
      ...techniques('conduct', [
        ['respect-time', 2, 'Respect the customer\'s time', '尊重客户时间', 'Offer to call back when it suits the customer.', '主动提出在客户方便时再联系。'],
        ['protect-privacy', 2, 'Protect personal data', '保护个人信息', 'Verify identity properly and never expose personal data.', '规范核实身份，绝不泄露个人信息。'],
        ['honest-answer', 2, 'Honest answer', '如实回答', 'Say plainly what the product cannot do.', '坦诚说明产品做不到的地方。'],
      ]),
    ],
    faults: [
      ...faults('opening', [
        ['forbidden-opener', 3, 'Forbidden opener phrase', '开场白禁用语', 'A phrase the course bans, such as asking whether the customer has a minute to be sold to.', '课程禁止的开场用语，例如"打扰一下，耽误您几分钟"之类。'],
        ['skip-identity-check', 2, 'Skipped identity check', '未确认对方身份', 'Went on without confirming who is on the line.', '未确认对方身份就往下说。'],
      ]),
      ...faults('discovery', [
        ['premature-pitch', 3, 'Pitch before discovery', '未了解需求就推销', 'Pitched a product before asking a single need question.', '还没问任何需求问题就开始推销。'],
        ['intrusive-question', 2, 'Intrusive question', '冒犯性提问', 'A question that hurts self-respect or pries into private life.', '伤及自尊或打探隐私的问题。'],
        ['interrupt', 2, 'Interrupted the customer', '打断客户', 'Cut the customer off instead of listening.', '打断客户而不是倾听。'],
      ]),
      ...faults('presentation', [
        ['feature-dump', 2, 'Feature dump', '罗列功能', 'Listed features with no link to the customer\'s needs.', '罗列功能，却与客户需求无关。'],
        ['jargon', 1, 'Jargon', '术语堆砌', 'Used technical terms the customer did not follow.', '使用客户听不懂的术语。'],
      ]),
      ...faults('objections', [
        ['argue', 3, 'Argued with the customer', '与客户争辩', 'Told the customer they are wrong.', '直接说客户是错的。'],
        ['ignore-objection', 3, 'Ignored the objection', '回避异议', 'Talked past the objection.', '对异议避而不答。'],
      ]),
      ...faults('closing', [
        ['premature-close', 2, 'Closed before any buying signal', '在购买信号出现前促成', 'Asked for the order before the customer showed any buying signal.', '客户尚未发出任何购买信号就要求成交。'],
        ['no-close', 2, 'Never asked', '没有提出成交', 'Let a clear buying signal pass without asking for the order.', '明显的购买信号出现了却没有提出成交。'],
      ]),
      ...faults('follow-up', [
        ['no-next-step', 2, 'No next step', '没有明确下一步', 'Ended without a confirmed next step.', '结束时没有确认下一步。'],
      ]),
      ...faults('conduct', [
        ['pressure', 3, 'High pressure', '强行推销', 'Pushed after the customer said no; over-selling.', '客户拒绝后仍强行推销。'],
        ['false-promise', 4, 'False promise', '虚假承诺', 'Promised what the product or the company cannot deliver.', '承诺了产品或公司做不到的事。'],
        ['privacy-breach', 4, 'Personal data exposed', '泄露个人信息', 'Read out or asked for personal data without need, against the Personal Information Protection Law.', '无必要地读出或索取个人信息，违反个人信息保护法。'],
        ['disrespect', 3, 'Disrespect', '不尊重客户', 'Belittled the customer, or made things hard for them.', '轻视客户或为难客户。'],
        ['badmouth-competitor', 2, 'Badmouthed a competitor', '诋毁竞争对手', 'Ran down a competitor instead of showing your own value.', '贬低竞争对手，而不是展示自身价值。'],
      ]),
    ],
    rules: {
      needRevealed: 3,
      objectionResolved: 3,
      objectionLeftOpen: 2,
      closeAfterSignal: 3,
      closeBeforeSignal: 3,
      winAfterSignalClose: 3,
      ...(v2 ? { redLineCap: 40, inContext: true } : { inContext: false }),
    },
  });
  if (v2) for (const fault of rubric.faults) fault.redLine = (RED_LINE_FAULTS as readonly string[]).includes(fault.id);
  return rubric;
}

/** The rubric new runs are scored under. */
export const courseRubric: Rubric = buildCourseRubric('2.0.0');

export const CLOSE_TECHNIQUES = [
  'close-direct',
  'close-urgency',
  'close-either-or',
  'close-experience',
  'close-trial',
  'close-testimonial',
] as const;
