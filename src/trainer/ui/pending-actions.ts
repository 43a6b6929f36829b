// The requests a card's buttons started (remove a member, retire a version, hide a scenario…),
// each under a key: which are running, so its button shows busy however often the card is
// rebuilt meanwhile, and the error the last one ended with, so the server's reason stays next to
// the button until it is tried again. A second press while one runs is ignored.
export class PendingActions {
  private readonly running = new Set<string>();
  private readonly errors = new Map<string, unknown>();

  /** `changed` rebuilds what shows the buttons; `failed` hears every error (a 401 signs out). */
  constructor(private readonly changed: () => void, private readonly failed: (error: unknown) => void = () => undefined) {}

  isBusy(key: string): boolean {
    return this.running.has(key);
  }

  errorOf(key: string): unknown {
    return this.errors.get(key);
  }

  hasError(key: string): boolean {
    return this.errors.has(key);
  }

  clearError(key: string): void {
    if (this.errors.delete(key)) this.changed();
  }

  /** Runs `action` under `key`; true when it succeeded, false when it failed or one was already running. */
  async run(key: string, action: () => Promise<void>): Promise<boolean> {
    if (this.running.has(key)) return false;
    this.running.add(key);
    this.errors.delete(key);
    this.changed();
    try {
      await action();
      return true;
    } catch (error) {
      this.errors.set(key, error);
      this.failed(error);
      return false;
    } finally {
      this.running.delete(key);
      this.changed();
    }
  }
}
