import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../ui/src/state/bus.ts';

interface TestEvents {
  saved: { id: string; count: number };
  cleared: void;
}

describe('the typed event bus', () => {
  it('delivers each event to the listeners of that name only, with its payload', () => {
    const bus = new EventBus<TestEvents>();
    const saved: { id: string; count: number }[] = [];
    let cleared = 0;
    bus.on('saved', (payload) => saved.push(payload));
    bus.on('cleared', () => cleared++);
    bus.emit('saved', { id: 'zone:108廊带', count: 2 });
    expect(saved).toEqual([{ id: 'zone:108廊带', count: 2 }]);
    expect(cleared).toBe(0);
    bus.emit('cleared');
    expect(cleared).toBe(1);
    expect(saved).toHaveLength(1);
  });

  it('calls listeners in the order they subscribed, and stops calling one that unsubscribed', () => {
    const bus = new EventBus<TestEvents>();
    const calls: string[] = [];
    bus.on('cleared', () => calls.push('first'));
    const stop = bus.on('cleared', () => calls.push('second'));
    bus.on('cleared', () => calls.push('third'));
    bus.emit('cleared');
    stop();
    bus.emit('cleared');
    expect(calls).toEqual(['first', 'second', 'third', 'first', 'third']);
  });

  it('does nothing for an event nobody listens to', () => {
    const bus = new EventBus<TestEvents>();
    expect(() => bus.emit('saved', { id: 'x', count: 0 })).not.toThrow();
  });

  it('runs every listener even when one throws, then throws what failed', () => {
    const bus = new EventBus<TestEvents>();
    const calls: string[] = [];
    bus.on('cleared', () => {
      throw new Error('legend failed');
    });
    bus.on('cleared', () => calls.push('url synced'));
    expect(() => bus.emit('cleared')).toThrow('legend failed');
    expect(calls).toEqual(['url synced']);
    bus.on('cleared', () => {
      throw new Error('panel failed');
    });
    expect(() => bus.emit('cleared')).toThrow(AggregateError);
  });

  it('delivers an event to the listeners there when it was emitted, not to ones added meanwhile', () => {
    const bus = new EventBus<TestEvents>();
    const calls: string[] = [];
    const stop = bus.on('cleared', () => {
      calls.push('once');
      stop();
      bus.on('cleared', () => calls.push('added later'));
    });
    bus.on('cleared', () => calls.push('always'));
    bus.emit('cleared');
    expect(calls).toEqual(['once', 'always']);
    bus.emit('cleared');
    expect(calls).toEqual(['once', 'always', 'always', 'added later']);
  });
});
