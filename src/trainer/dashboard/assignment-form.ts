// Assigning a scenario to the cohort: one of the scenarios its trainees can play now, either
// language or one of those it comes in, a due date and time (in the trainer's time zone; a week
// from now at 17:00 to start with) and a pass mark (the cohort's unless changed). What is typed
// survives the card being rebuilt; the server's reason is shown when it refuses.
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { LANGUAGES } from '../../core/schemas/scenario-meta.ts';
import { fillWith, h, uid } from '../../ui-kit/dom.ts';
import { errorText } from '../i18n/error-text.ts';
import { keepingFocus } from '../ui/action-button.ts';
import { icon } from '../ui/icons.ts';
import { cardFrame, stateBody } from '../ui/parts.ts';
import type { Card, DashboardContext } from './dashboard-context.ts';
import { dueFieldTime, dueFieldValue, suggestedDue } from './due-time.ts';
import { scenarioOptions } from './scenario-catalog.ts';

type Field = 'scenario' | 'due' | 'pass-mark';
type LanguageChoice = Language | 'either';

export class AssignmentForm implements Card {
  readonly el = h('div', { class: 'card-slot' });
  private scenario = '';
  private language: LanguageChoice = 'either';
  private due: string | null = null;
  /** What the trainer typed; null until they do (the cohort's pass mark is shown meanwhile). */
  private passMark: string | null = null;
  private busy = false;
  private invalid: { field: Field; message: string } | null = null;
  private refused: unknown = null;

  /** `created` reloads the list of assignments. */
  constructor(private readonly ctx: DashboardContext, private readonly created: () => void) {}

  load(): void {
    // the scenarios come with the dashboard's shared lists
  }

  render(): void {
    keepingFocus(this.el, () => this.build());
  }

  private build(): void {
    const t = this.ctx.t();
    fillWith(this.el, cardFrame({ title: t('assign.title'), sub: t('assign.sub'), icon: 'calendar', className: 'assign-card' },
      h('div', { class: 'card-body' }, stateBody(t, this.ctx.catalogState(), () => this.ctx.reloadScenarios(), () => this.form()))));
  }

  private languagesOf(scenarioId: string): Language[] {
    const catalog = this.ctx.catalogState();
    const list = catalog.status === 'ready' ? catalog.value : [];
    return LANGUAGES.filter((l) => list.some((v) => v.scenarioId === scenarioId && v.language === l));
  }

  private form(): HTMLElement {
    const t = this.ctx.t();
    const catalog = this.ctx.catalogState();
    const options = scenarioOptions(catalog.status === 'ready' ? catalog.value : [], t.language);
    if (this.scenario !== '' && !options.some((o) => o.id === this.scenario)) this.scenario = '';
    const languages = this.scenario === '' ? [...LANGUAGES] : this.languagesOf(this.scenario);
    if (this.language !== 'either' && !languages.includes(this.language)) this.language = 'either';
    const cohortMark = this.ctx.summary()?.passMark;
    const due = this.due ?? dueFieldValue(suggestedDue(this.ctx.clock.now()));
    const ids = { scenario: uid('assign-scenario'), language: uid('assign-language'), due: uid('assign-due'), mark: uid('assign-mark'), markHint: uid('assign-mark-hint'), error: uid('assign-error') };
    const invalid = (field: Field) => this.invalid?.field === field;
    const described = (field: Field, hint?: string) => [hint, invalid(field) ? ids.error : null].filter(Boolean).join(' ') || null;

    const scenario = h('select', {
      id: ids.scenario, class: 'select', name: 'scenario', 'data-focus-key': 'assign-scenario', disabled: this.busy,
      'aria-invalid': invalid('scenario') ? 'true' : null, 'aria-describedby': described('scenario'),
    },
    h('option', { value: '', selected: this.scenario === '' }, t('assign.pick')),
    ...options.map((o) => h('option', { value: o.id, selected: o.id === this.scenario }, o.title)));
    scenario.addEventListener('change', () => {
      this.scenario = scenario.value;
      if (this.invalid?.field === 'scenario') this.invalid = null;
      this.render();
    });
    const language = h('select', { id: ids.language, class: 'select', name: 'language', 'data-focus-key': 'assign-language', disabled: this.busy },
      h('option', { value: 'either', selected: this.language === 'either' }, t('assign.either')),
      ...languages.map((l) => h('option', { value: l, selected: l === this.language }, t(`assign.language-${l}`))));
    language.addEventListener('change', () => {
      this.language = language.value === 'en' || language.value === 'zh-CN' ? language.value : 'either';
    });
    const dueInput = h('input', {
      id: ids.due, class: 'input', type: 'datetime-local', name: 'due', value: due, required: true, 'data-focus-key': 'assign-due', disabled: this.busy,
      'aria-invalid': invalid('due') ? 'true' : null, 'aria-describedby': described('due'),
    });
    dueInput.addEventListener('input', () => {
      this.due = dueInput.value;
    });
    const markInput = h('input', {
      id: ids.mark, class: 'input input--narrow', type: 'number', name: 'pass-mark', min: 0, max: 100, step: 1, inputmode: 'numeric',
      value: this.passMark ?? (cohortMark === undefined ? '' : String(cohortMark)), 'data-focus-key': 'assign-mark', disabled: this.busy,
      'aria-invalid': invalid('pass-mark') ? 'true' : null, 'aria-describedby': described('pass-mark', ids.markHint),
    });
    markInput.addEventListener('input', () => {
      this.passMark = markInput.value;
    });
    const submit = h('button', {
      type: 'submit', class: 'button button--primary', 'data-action': 'create-assignment', 'data-focus-key': 'assign-submit',
      'aria-busy': this.busy ? 'true' : null, 'aria-disabled': this.busy ? 'true' : null,
    }, this.busy ? h('span', { class: 'spinner spinner--light', 'aria-hidden': 'true' }) : icon('plus'), this.busy ? t('assign.busy') : t('assign.submit'));
    const error = this.invalid ? h('p', { id: ids.error, class: 'form-error', role: 'alert' }, icon('alert'), this.invalid.message)
      : this.refused !== null ? h('p', { id: ids.error, class: 'form-error', role: 'alert' }, icon('alert'), errorText(t, this.refused)) : null;
    const form = h('form', { class: 'assign-form', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: ids.scenario }, t('assign.scenario')), scenario),
      h('div', { class: 'field' }, h('label', { for: ids.language }, t('assign.language')), language),
      h('div', { class: 'field-row' },
        h('div', { class: 'field' }, h('label', { for: ids.due }, t('assign.due')), dueInput),
        h('div', { class: 'field' }, h('label', { for: ids.mark }, t('assign.pass-mark')), markInput)),
      h('p', { id: ids.markHint, class: 'hint' }, cohortMark === undefined ? t('assign.pass-mark-hint-none') : t('assign.pass-mark-hint', { n: cohortMark })),
      error,
      h('div', { class: 'actions' }, submit));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit(dueInput.value, markInput.value);
    });
    return form;
  }

  private fail(field: Field, message: string): void {
    this.invalid = { field, message };
    this.refused = null;
    this.render();
    this.el.querySelector<HTMLElement>(`[data-focus-key="assign-${field === 'pass-mark' ? 'mark' : field}"]`)?.focus();
  }

  private async submit(dueValue: string, markValue: string): Promise<void> {
    if (this.busy) return;
    const t = this.ctx.t();
    if (this.scenario === '') return this.fail('scenario', t('assign.scenario-missing'));
    const dueAt = dueFieldTime(dueValue);
    if (dueAt === null) return this.fail('due', t('assign.due-missing'));
    if (dueAt <= this.ctx.clock.now()) return this.fail('due', t('assign.due-past'));
    const mark = markValue.trim();
    if (mark !== '' && !/^\d{1,3}$/.test(mark)) return this.fail('pass-mark', t('assign.pass-mark-bad'));
    if (mark !== '' && Number(mark) > 100) return this.fail('pass-mark', t('assign.pass-mark-bad'));
    this.invalid = null;
    this.refused = null;
    this.busy = true;
    this.render();
    const title = scenarioOptions(this.ctx.versions(), t.language).find((o) => o.id === this.scenario)?.title ?? this.scenario;
    try {
      await this.ctx.client.createAssignment({
        scenarioId: this.scenario,
        ...(this.language === 'either' ? {} : { language: this.language }),
        dueAt: new Date(dueAt).toISOString(),
        ...(mark === '' ? {} : { passMark: Number(mark) }),
      });
      this.ctx.announce(t('assign.created', { title }));
      this.scenario = '';
      this.language = 'either';
      this.due = null;
      this.passMark = null;
      this.created();
    } catch (error) {
      this.refused = error;
      this.ctx.failed(error);
    } finally {
      this.busy = false;
      this.render();
    }
  }
}
