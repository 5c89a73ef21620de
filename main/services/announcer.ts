/** Tells every listener a service's whole state after each change: how main announces a collection. */
export class Announcer<T> {
  private readonly listeners = new Set<(value: T) => void>();

  constructor(private readonly current: () => T) {}

  /** Tells every listener the state as it is now (also after its file was replaced from outside). */
  announce(): void {
    const value = this.current();
    for (const listener of this.listeners) listener(value);
  }

  /** Hears the whole state after every change; answers how to stop. */
  onChange(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
