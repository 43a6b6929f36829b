// The authoring page's Web Worker: compiles and checks a scenario off the main thread. It is the
// only place in the browser that loads the Ink compiler.
import { checkSource, compileSource } from './check-in-worker.ts';
import type { CheckRequest, CheckResponse } from './check-protocol.ts';

const post = (message: CheckResponse): void => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const { id, source, language } = event.data;
  try {
    const outline = compileSource(source, language);
    post({ type: 'compiled', id, diagnostics: outline.diagnostics, knots: outline.knots });
    const { report, bundle } = checkSource(source, language, (states) => post({ type: 'progress', id, states }));
    post({ type: 'checked', id, report, bundle });
  } catch (error) {
    post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
});
