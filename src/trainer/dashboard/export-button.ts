// A button that downloads one of the server's CSV exports, keeping its bytes (and so its
// byte-order mark) exactly as sent.
import type { Download } from '../../net/http-transport.ts';
import { errorText } from '../i18n/error-text.ts';
import { h } from '../../ui-kit/dom.ts';
import { icon } from '../ui/icons.ts';
import { downloadFile } from '../../ui-kit/download.ts';
import type { DashboardContext } from './dashboard-context.ts';

export function exportButton(ctx: DashboardContext, label: string, name: string, fetch: () => Promise<Download>): HTMLButtonElement {
  const t = ctx.t();
  const text = h('span', {}, label);
  const button = h('button', { type: 'button', class: 'button button--ghost button--small', 'data-export': name }, icon('download'), text);
  button.addEventListener('click', () => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    text.textContent = t('export.busy');
    fetch().then((file) => {
      downloadFile(file.filename, file.bytes, file.contentType);
      ctx.announce(t('export.done', { file: file.filename }));
    }, (error: unknown) => {
      ctx.failed(error);
      ctx.announce(errorText(t, error));
    }).finally(() => {
      button.disabled = false;
      button.removeAttribute('aria-busy');
      text.textContent = label;
    });
  });
  return button;
}
