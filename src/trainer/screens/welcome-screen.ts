// The signed-out page: create a cohort, or sign in with a trainer key kept from before.
import type { Translator } from '../i18n/translate.ts';
import { fillWith, h, uid } from '../../ui-kit/dom.ts';
import { icon } from '../ui/icons.ts';

export interface WelcomeActions {
  create(name: string, passMark: number): Promise<string | null>;
  signIn(key: string): Promise<string | null>;
}

export class WelcomeScreen {
  readonly el = h('div', { class: 'welcome' });
  private name = '';
  private passMark = '60';
  private key = '';
  private creating = false;
  private signingIn = false;
  private createError: string | null = null;
  private signInError: string | null;

  /** `notice`: why the trainer is here again (the saved key stopped working). */
  constructor(private readonly t: () => Translator, private readonly actions: WelcomeActions, notice: string | null = null) {
    this.signInError = notice;
  }

  focusTitle(): void {
    this.el.querySelector<HTMLElement>('h1')?.focus();
  }

  render(): void {
    const t = this.t();
    fillWith(this.el,
      h('header', { class: 'welcome-head' },
        h('h1', { tabindex: -1 }, t('welcome.title')),
        h('p', { class: 'lead' }, t('welcome.sub'))),
      h('div', { class: 'welcome-grid' }, this.createForm(t), this.signInForm(t)));
  }

  private createForm(t: Translator): HTMLElement {
    const nameId = uid('cohort-name');
    const markId = uid('pass-mark');
    const markHint = uid('pass-mark-hint');
    const errorId = uid('create-error');
    const name = h('input', {
      id: nameId, name: 'cohort-name', class: 'input', type: 'text', maxlength: 100, autocomplete: 'off', required: true,
      placeholder: t('create.name-placeholder'), 'aria-invalid': this.createError ? 'true' : null,
      'aria-describedby': this.createError ? errorId : null, disabled: this.creating,
    });
    name.value = this.name;
    name.addEventListener('input', () => { this.name = name.value; });
    const mark = h('input', {
      id: markId, name: 'pass-mark', class: 'input input--narrow', type: 'number', min: 0, max: 100, step: 1, inputmode: 'numeric',
      'aria-describedby': markHint, disabled: this.creating,
    });
    mark.value = this.passMark;
    mark.addEventListener('input', () => { this.passMark = mark.value; });
    const form = h('form', { class: 'card-block welcome-card', novalidate: true, 'aria-labelledby': `${nameId}-title` },
      h('div', { class: 'welcome-icon' }, icon('plus')),
      h('h2', { id: `${nameId}-title` }, t('create.title')),
      h('p', { class: 'card-sub' }, t('create.sub')),
      h('div', { class: 'field' }, h('label', { for: nameId }, t('create.name')), name),
      h('div', { class: 'field' },
        h('label', { for: markId }, t('create.pass-mark')), mark,
        h('p', { id: markHint, class: 'hint' }, t('create.pass-mark-hint'))),
      this.createError ? h('p', { id: errorId, class: 'form-error', role: 'alert' }, icon('alert'), this.createError) : null,
      h('div', { class: 'actions' }, h('button', {
        type: 'submit', class: 'button button--primary', disabled: this.creating, 'aria-busy': this.creating ? 'true' : null, 'data-action': 'create',
      }, this.creating ? h('span', { class: 'spinner spinner--light', 'aria-hidden': 'true' }) : icon('plus'), t(this.creating ? 'create.busy' : 'create.submit'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.create();
    });
    return form;
  }

  private signInForm(t: Translator): HTMLElement {
    const keyId = uid('trainer-key');
    const hintId = uid('key-hint');
    const errorId = uid('signin-error');
    const key = h('input', {
      id: keyId, name: 'trainer-key', class: 'input input--mono', type: 'password', autocomplete: 'off', spellcheck: 'false',
      'aria-describedby': this.signInError ? `${hintId} ${errorId}` : hintId, 'aria-invalid': this.signInError ? 'true' : null,
      placeholder: 'trk_…', disabled: this.signingIn,
    });
    key.value = this.key;
    key.addEventListener('input', () => { this.key = key.value; });
    const form = h('form', { class: 'card-block welcome-card', novalidate: true, 'aria-labelledby': `${keyId}-title` },
      h('div', { class: 'welcome-icon welcome-icon--key' }, icon('key')),
      h('h2', { id: `${keyId}-title` }, t('signin.title')),
      h('p', { class: 'card-sub' }, t('signin.sub')),
      h('div', { class: 'field' },
        h('label', { for: keyId }, t('signin.key')), key,
        h('p', { id: hintId, class: 'hint' }, t('signin.key-hint'))),
      this.signInError ? h('p', { id: errorId, class: 'form-error', role: 'alert' }, icon('alert'), this.signInError) : null,
      h('p', { class: 'note-box' }, icon('warning'), t('signin.remember')),
      h('div', { class: 'actions' }, h('button', {
        type: 'submit', class: 'button button--primary', disabled: this.signingIn, 'aria-busy': this.signingIn ? 'true' : null, 'data-action': 'sign-in',
      }, this.signingIn ? h('span', { class: 'spinner spinner--light', 'aria-hidden': 'true' }) : icon('key'), t(this.signingIn ? 'signin.busy' : 'signin.submit'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.signIn();
    });
    return form;
  }

  private async create(): Promise<void> {
    const t = this.t();
    const mark = Number(this.passMark.trim() === '' ? '60' : this.passMark);
    if (this.name.trim() === '') this.createError = t('create.name-missing');
    else if (!Number.isInteger(mark) || mark < 0 || mark > 100) this.createError = t('create.pass-mark-bad');
    else this.createError = null;
    if (this.createError) {
      this.render();
      this.el.querySelector<HTMLElement>(this.name.trim() === '' ? 'input[name="cohort-name"]' : 'input[name="pass-mark"]')?.focus();
      return;
    }
    this.creating = true;
    this.render();
    this.createError = await this.actions.create(this.name.trim(), mark);
    this.creating = false;
    if (this.createError !== null && this.el.isConnected) {
      this.render();
      this.el.querySelector<HTMLElement>('input[name="cohort-name"]')?.focus();
    }
  }

  private async signIn(): Promise<void> {
    this.signingIn = true;
    this.signInError = null;
    this.render();
    this.signInError = await this.actions.signIn(this.key);
    this.signingIn = false;
    if (this.signInError !== null && this.el.isConnected) {
      this.render();
      this.el.querySelector<HTMLElement>('input[name="trainer-key"]')?.focus();
    }
  }
}
