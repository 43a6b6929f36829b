// Main-thread side of the checking worker. The newest request wins: a check still running when
// the trainer types again is stopped (the worker is replaced), since its answer is already stale.
import type { ScenarioReport } from '../../toolchain/check-scenario.ts';
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import type { SourcePoint } from '../../toolchain/compile.ts';
import type { CheckRequest, CheckResponse } from './check-protocol.ts';

export interface CheckHandlers {
  onCompiled?: (diagnostics: Diagnostic[], knots: SourcePoint[]) => void;
  onProgress?: (states: number) => void;
}

export interface CheckAnswer {
  report: ScenarioReport;
  bundle: ScenarioBundle | null;
}

export class SupersededError extends Error {
  constructor() {
    super('a newer check replaced this one');
    this.name = 'SupersededError';
  }
}

interface Pending {
  id: number;
  handlers: CheckHandlers;
  resolve: (answer: CheckAnswer) => void;
  reject: (error: Error) => void;
}

export class CheckerClient {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private nextId = 1;

  constructor(private readonly createWorker: () => Worker) {}

  check(source: string, language: Language, handlers: CheckHandlers = {}): Promise<CheckAnswer> {
    if (this.pending) {
      // The worker is busy with a stale source and cannot be interrupted: replace it.
      this.pending.reject(new SupersededError());
      this.pending = null;
      this.worker?.terminate();
      this.worker = null;
    }
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<CheckAnswer>((resolve, reject) => {
      this.pending = { id, handlers, resolve, reject };
      const request: CheckRequest = { id, source, language };
      worker.postMessage(request);
    });
  }

  dispose(): void {
    this.pending?.reject(new SupersededError());
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.addEventListener('message', (event: MessageEvent<CheckResponse>) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      const pending = this.pending;
      this.pending = null;
      this.worker?.terminate();
      this.worker = null;
      pending?.reject(new Error(event.message || 'the checking worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private receive(message: CheckResponse): void {
    const pending = this.pending;
    if (!pending || pending.id !== message.id) return;
    if (message.type === 'compiled') pending.handlers.onCompiled?.(message.diagnostics, message.knots);
    else if (message.type === 'progress') pending.handlers.onProgress?.(message.states);
    else {
      this.pending = null;
      if (message.type === 'checked') pending.resolve({ report: message.report, bundle: message.bundle });
      else pending.reject(new Error(message.message));
    }
  }
}
