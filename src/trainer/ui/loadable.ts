// One piece of remote data and where its loading stands; a newer load makes an older answer
// stale, so filters changed quickly never show an outdated table.
export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous: T | null }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: unknown; previous: T | null };

export class Loadable<T> {
  state: LoadState<T> = { status: 'idle' };
  private seq = 0;

  constructor(private readonly onChange: () => void, private readonly onError: (error: unknown) => void = () => undefined) {}

  get value(): T | null {
    const s = this.state;
    return s.status === 'ready' ? s.value : s.status === 'idle' ? null : s.previous;
  }

  /** A value known without fetching (a request's answer): it also makes any load in flight stale. */
  set(value: T): void {
    this.seq += 1;
    this.state = { status: 'ready', value };
    this.onChange();
  }

  async load(fetcher: () => Promise<T>): Promise<void> {
    const seq = ++this.seq;
    this.state = { status: 'loading', previous: this.value };
    this.onChange();
    try {
      const value = await fetcher();
      if (seq !== this.seq) return;
      this.state = { status: 'ready', value };
    } catch (error) {
      if (seq !== this.seq) return;
      this.state = { status: 'error', error, previous: this.value };
      this.onError(error);
    }
    this.onChange();
  }
}
