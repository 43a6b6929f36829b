// Publishing to the cohort: paste Ink or choose an .ink file or a scenario pack; the server
// compiles and checks each scenario and either publishes it or lists its errors by line.
import type { OutcomeKind } from '../../core/story/story-tags.ts';
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';
import { LANGUAGES, type Language } from '../../core/schemas/scenario-meta.ts';
import { isApiError } from '../../net/api-error.ts';
import type { PublishResult } from '../../net/cohort-client.ts';
import { errorText } from '../i18n/error-text.ts';
import { fillWith, h, uid } from '../../ui-kit/dom.ts';
import { shortHash } from '../ui/format.ts';
import { icon } from '../ui/icons.ts';
import { cardFrame, chip } from '../ui/parts.ts';
import { guessLanguage, idOf, readScenarioInput, titleOf, type ScenarioToPublish } from '../publish/scenario-input.ts';
import type { Card, DashboardContext } from './dashboard-context.ts';

type Outcome =
  | { ok: true; result: PublishResult }
  | { ok: false; error: unknown };

interface Attempted {
  scenario: ScenarioToPublish;
  outcome: Outcome;
}

const OWN_FILE = /^stories\/(?!_lib\/)[^/]+\/(en|zh-CN)\.ink$/;

export class PublishCard implements Card {
  readonly el = h('div', { class: 'card-slot' });
  private language: Language;
  private languageChosen = false;
  private source = '';
  private pack: { file: string; scenarios: ScenarioToPublish[] } | null = null;
  private fileNotice: { text: string; error: boolean } | null = null;
  private busy = false;
  private results: Attempted[] = [];
  private resultsEl = h('div');

  constructor(private readonly ctx: DashboardContext) {
    this.language = ctx.t().language;
  }

  load(): void {
    // nothing to fetch: the versions card lists what is published
  }

  render(): void {
    const t = this.ctx.t();
    const languageId = uid('pub-language');
    const sourceId = uid('pub-source');
    const fileInput = h('input', { type: 'file', accept: '.ink,.json,text/plain,application/json', class: 'sr-only', tabindex: -1, 'aria-hidden': 'true', 'data-role': 'file' });
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (file) void this.readFile(file);
      fileInput.value = '';
    });
    const language = h('select', { id: languageId, class: 'select', 'data-role': 'language', disabled: this.pack !== null || this.busy },
      ...LANGUAGES.map((l) => h('option', { value: l, selected: l === this.language }, t(`scenario-language.${l}`))));
    language.addEventListener('change', () => {
      this.language = language.value === 'zh-CN' ? 'zh-CN' : 'en';
      this.languageChosen = true;
    });
    const chooser = h('button', { type: 'button', class: 'button button--ghost', disabled: this.busy, onclick: () => fileInput.click() }, icon('upload'), t('pub.file'));
    const notice = this.fileNotice ? h('p', { class: `file-notice${this.fileNotice.error ? ' file-notice--error' : ''}`, role: this.fileNotice.error ? 'alert' : 'status' }, this.fileNotice.text) : null;

    let input: HTMLElement;
    if (this.pack) {
      const pack = this.pack;
      input = h('div', { class: 'pack' },
        h('p', { class: 'pack-title' }, icon('file'), t.count('pub.pack', pack.scenarios.length, { file: pack.file })),
        h('ul', { class: 'pack-list' }, ...pack.scenarios.map((s) => h('li', {},
          t('pub.pack-item', { title: s.title ?? s.id ?? '?', language: t(`scenario-language.${s.language}`) })))),
        h('button', { type: 'button', class: 'button button--ghost button--small', disabled: this.busy, onclick: () => this.clear() }, t('pub.clear')));
    } else {
      const area = h('textarea', {
        id: sourceId, class: 'source', rows: 14, spellcheck: 'false', autocomplete: 'off', 'data-role': 'source',
        placeholder: t('pub.placeholder'), disabled: this.busy,
      });
      area.value = this.source;
      area.addEventListener('input', () => {
        this.source = area.value;
        if (!this.languageChosen && this.source.trim() !== '') {
          this.language = guessLanguage(this.source);
          language.value = this.language;
        }
      });
      input = h('div', { class: 'field' }, h('label', { for: sourceId }, t('pub.source')), area);
    }
    const publish = h('button', { type: 'submit', class: 'button button--primary', disabled: this.busy, 'aria-busy': this.busy ? 'true' : null },
      this.busy ? h('span', { class: 'spinner spinner--light', 'aria-hidden': 'true' }) : icon('upload'), this.busy ? t('pub.busy') : t('pub.submit'));
    const form = h('form', { class: 'publish-form', novalidate: true },
      h('div', { class: 'publish-row' },
        h('div', { class: 'field field--inline' }, h('label', { for: languageId }, t('pub.language')), language),
        h('div', { class: 'file-pick' }, chooser, h('span', { class: 'hint' }, t('pub.file-hint')), fileInput)),
      notice,
      input,
      h('div', { class: 'actions' }, publish));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.publish();
    });
    this.resultsEl = h('div', { class: 'publish-results', 'aria-live': 'polite' });
    fillWith(this.el, cardFrame({ title: t('pub.title'), sub: t('pub.sub'), icon: 'upload', className: 'publish-card' }, h('div', { class: 'card-body' }, form, this.resultsEl)));
    this.renderResults();
  }

  private clear(): void {
    this.pack = null;
    this.fileNotice = null;
    this.results = [];
    this.render();
  }

  private async readFile(file: File): Promise<void> {
    const t = this.ctx.t();
    const text = await file.text();
    const read = readScenarioInput(text, file.name);
    this.results = [];
    if (read.kind === 'invalid') {
      this.fileNotice = { text: t('pub.bad-file', { reason: read.reason }), error: true };
    } else if (read.kind === 'pack') {
      this.pack = { file: file.name, scenarios: read.scenarios };
      this.fileNotice = null;
    } else {
      this.pack = null;
      this.source = read.source;
      this.language = read.language ?? guessLanguage(read.source);
      this.languageChosen = read.language !== null;
      this.fileNotice = { text: t('pub.loaded', { file: file.name }), error: false };
    }
    this.render();
  }

  private async publish(): Promise<void> {
    const t = this.ctx.t();
    let scenarios: ScenarioToPublish[];
    if (this.pack) {
      scenarios = this.pack.scenarios;
    } else {
      const read = readScenarioInput(this.source);
      if (read.kind === 'invalid' || this.source.trim() === '') {
        this.fileNotice = { text: this.source.trim() === '' ? t('pub.empty') : t('pub.bad-file', { reason: read.kind === 'invalid' ? read.reason : '' }), error: true };
        this.render();
        return;
      }
      if (read.kind === 'pack') {
        scenarios = read.scenarios;
      } else {
        scenarios = [{ language: this.language, source: read.source, title: titleOf(read.source), id: idOf(read.source) }];
      }
    }
    this.busy = true;
    this.fileNotice = null;
    this.results = [];
    this.render();
    for (const scenario of scenarios) {
      let outcome: Outcome;
      try {
        outcome = { ok: true, result: await this.ctx.client.publishScenario({ language: scenario.language, source: scenario.source }) };
      } catch (error) {
        this.ctx.failed(error);
        outcome = { ok: false, error };
      }
      this.results.push({ scenario, outcome });
      this.renderResults();
    }
    this.busy = false;
    const published = this.results.filter((r) => r.outcome.ok).length;
    if (published > 0) this.ctx.published();
    this.render();
    const first = this.resultsEl.querySelector<HTMLElement>('.result');
    first?.focus();
  }

  private renderResults(): void {
    fillWith(this.resultsEl, ...this.results.map((r) => this.result(r)));
  }

  private result({ scenario, outcome }: Attempted): HTMLElement {
    const t = this.ctx.t();
    if (outcome.ok) {
      const s = outcome.result.scenario;
      return h('div', { class: 'result result--ok', tabindex: -1, 'data-result': 'published' },
        h('p', { class: 'result-title' }, icon('check'), t(outcome.result.created ? 'pub.published' : 'pub.republished', { title: s.title })),
        h('p', { class: 'result-line' }, t('pub.details', { id: s.scenarioId, language: t(`scenario-language.${s.language}`), hash: shortHash(s.contentHash) })),
        h('p', { class: 'result-line' },
          s.bestOverall === null ? null : t('pub.best', { n: s.bestOverall }),
          s.bestOverall === null ? null : ' · ',
          t('pub.endings', { list: s.endings.map((e) => t(`outcome.${e}` as `outcome.${OutcomeKind}`)).join(', ') })),
        s.warnings.length === 0 ? null : h('div', { class: 'result-warnings' },
          h('p', { class: 'result-sub' }, t('pub.warnings')), this.diagnostics(s.warnings, scenario.source)));
    }
    const reason = isApiError(outcome.error) && outcome.error.kind === 'http' && outcome.error.status === 422
      ? t('pub.refused', { reason: outcome.error.reason })
      : errorText(t, outcome.error);
    const diagnostics = isApiError(outcome.error) ? outcome.error.diagnostics : [];
    return h('div', { class: 'result result--error', tabindex: -1, role: 'alert', 'data-result': 'refused' },
      h('p', { class: 'result-title' }, icon('alert'),
        h('span', {}, scenario.title ?? scenario.id ? `${scenario.title ?? scenario.id} · ` : '', reason)),
      diagnostics.length === 0 ? null : this.diagnostics(diagnostics, scenario.source));
  }

  private diagnostics(list: Diagnostic[], source: string): HTMLElement {
    const t = this.ctx.t();
    const lines = source.split(/\r?\n/);
    return h('ul', { class: 'diagnostics' }, ...list.map((d) => {
      const own = OWN_FILE.test(d.file);
      const excerpt = own && d.line !== null ? lines[d.line - 1] : undefined;
      return h('li', { class: `diagnostic diagnostic--${d.severity}`, 'data-line': d.line ?? '' },
        h('span', { class: 'diagnostic-where' }, d.line === null ? t('pub.whole-file') : t('pub.line', { n: d.line })),
        h('div', { class: 'diagnostic-body' },
          h('p', { class: 'diagnostic-message' }, own ? null : chip(d.file.replace(/^stories\//, ''), 'quiet'), own ? null : ' ', d.message),
          excerpt === undefined || excerpt.trim() === '' ? null : h('code', { class: 'diagnostic-excerpt' }, excerpt.trim()),
          h('span', { class: 'diagnostic-code' }, d.code)));
    }));
  }
}
