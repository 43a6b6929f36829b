// Shown once, right after a cohort is created: the code for trainees and the trainer key, with
// a clear warning that the key is never shown again and must be copied now.
import type { CreatedCohort } from '../../contract/cohorts.ts';
import { spacedCode } from '../dashboard/cohort-hero.ts';
import type { Translator } from '../i18n/translate.ts';
import { copyButton } from '../ui/copy-button.ts';
import { fillWith, h, uid } from '../../ui-kit/dom.ts';
import { icon } from '../ui/icons.ts';
import { downloadFile } from '../../ui-kit/download.ts';

export class RevealScreen {
  readonly el = h('div', { class: 'reveal' });
  private confirmed = false;

  constructor(private readonly t: () => Translator, private readonly cohort: CreatedCohort, private readonly onContinue: () => void) {}

  focusTitle(): void {
    this.el.querySelector<HTMLElement>('h1')?.focus();
  }

  render(): void {
    const t = this.t();
    const c = this.cohort;
    const keyId = uid('key');
    const warnId = uid('warn');
    const confirmId = uid('confirm');
    const keyField = h('input', {
      id: keyId, class: 'input input--mono key-field', type: 'text', readonly: true, value: c.trainerKey,
      'aria-describedby': warnId, spellcheck: 'false', 'data-trainer-key': '',
    });
    keyField.addEventListener('focus', () => keyField.select());
    const confirm = h('input', { id: confirmId, type: 'checkbox', checked: this.confirmed });
    const go = h('button', {
      type: 'button', class: 'button button--primary', disabled: !this.confirmed, 'data-action': 'open-dashboard', onclick: () => this.onContinue(),
    }, t('reveal.continue'), icon('chart'));
    confirm.addEventListener('change', () => {
      this.confirmed = confirm.checked;
      go.disabled = !this.confirmed;
    });
    const file = `trainer-key-${c.joinCode}.txt`;
    fillWith(this.el,
      h('section', { class: 'hero hero--reveal' },
        h('div', { class: 'hero-main' },
          h('p', { class: 'eyebrow' }, icon('check', 'icon icon--inline'), t('reveal.eyebrow')),
          h('h1', { class: 'hero-title', tabindex: -1 }, c.name)),
        h('div', { class: 'hero-code' },
          h('span', { class: 'stat-label' }, t('reveal.code-title')),
          h('span', { class: 'join-code join-code--large', 'data-join-code': c.joinCode, 'aria-label': c.joinCode.split('').join(' ') }, spacedCode(c.joinCode)),
          copyButton(t, () => c.joinCode, { className: 'button button--on-dark button--small' }),
          h('span', { class: 'hero-hint' }, t('reveal.code-hint')))),
      h('section', { class: 'card-block key-card', 'aria-labelledby': `${keyId}-title` },
        h('h2', { id: `${keyId}-title` }, icon('key'), t('reveal.key-title')),
        h('div', { id: warnId, class: 'warning', role: 'note' },
          icon('warning'),
          h('div', {},
            h('p', { class: 'warning-title' }, t('reveal.warn-title')),
            h('p', {}, t('reveal.warn-body')))),
        h('div', { class: 'key-row' },
          h('label', { class: 'sr-only', for: keyId }, t('reveal.key-title')),
          keyField,
          copyButton(t, () => c.trainerKey, { className: 'button button--primary' }),
          h('button', {
            type: 'button', class: 'button button--ghost',
            onclick: () => downloadFile(file, t('reveal.file', { name: c.name, code: c.joinCode, key: c.trainerKey }), 'text/plain;charset=utf-8'),
          }, icon('download'), t('reveal.download'))),
        h('div', { class: 'confirm-row' },
          h('label', { class: 'check', for: confirmId }, confirm, h('span', {}, t('reveal.confirm'))),
          go)));
  }
}
