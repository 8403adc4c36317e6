// A typed event bus: modules announce what happened by name, and whoever cares listens, so that
// (say) the actions need not know that the URL, the toolbar and the tabs follow them.

/** No payload for `void` events: `emit('view-changed')`, not `emit('view-changed', undefined)`. */
export type EventArgs<Payload> = [Payload] extends [void] ? [] : [Payload];

export type Listener<Payload> = (...args: EventArgs<Payload>) => void;

export class EventBus<Events extends object> {
  private readonly listeners: { [Name in keyof Events]?: Set<Listener<Events[Name]>> } = {};

  /** Listens to one event; returns the function that stops listening. */
  on<Name extends keyof Events>(name: Name, listener: Listener<Events[Name]>): () => void {
    const set = this.listeners[name] ?? new Set<Listener<Events[Name]>>();
    set.add(listener);
    this.listeners[name] = set;
    return () => set.delete(listener);
  }

  /** Calls the listeners in the order they subscribed; one that throws does not stop the others. */
  emit<Name extends keyof Events>(name: Name, ...args: EventArgs<Events[Name]>): void {
    const errors: unknown[] = [];
    for (const listener of [...(this.listeners[name] ?? [])]) {
      try {
        listener(...args);
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, `${errors.length} listeners of ${String(name)} failed`);
  }
}
