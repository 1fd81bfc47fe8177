import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hostBudget } from '../../../electron/services/lan/host-budget';

describe('one host\'s time budget', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('drops a host with no complete reply by the first-reply budget, and calls it slow only if it accepted a connection', () => {
    const silent = hostBudget(undefined, 5000, 600);
    vi.advanceTimersByTime(600);
    expect(silent.signal.aborted).toBe(true);
    expect(silent.slow()).toBe(false);
    const tarpit = hostBudget(undefined, 5000, 600);
    tarpit.opened();
    vi.advanceTimersByTime(600);
    expect(tarpit.slow()).toBe(true);
    silent.done();
    tarpit.done();
  });

  it('restarts the first-reply wait on each refused port (nine closed ports before the GPU miner\'s)', () => {
    const budget = hostBudget(undefined, 5000, 600);
    for (let port = 0; port < 9; port += 1) {
      vi.advanceTimersByTime(500);
      budget.refused();
    }
    expect(budget.signal.aborted).toBe(false);
    budget.opened();
    budget.proven();
    vi.advanceTimersByTime(400);
    expect(budget.signal.aborted).toBe(false); // proven: only the host deadline is left
    vi.advanceTimersByTime(100);
    expect(budget.signal.aborted).toBe(true);
    expect(budget.slow()).toBe(false); // ended by the deadline, not the first-reply budget
    budget.done();
  });

  it('is cancelled by the scan\'s signal, and a cancelled host is not slow', () => {
    const scan = new AbortController();
    const budget = hostBudget(scan.signal, 5000, 600);
    budget.opened();
    scan.abort();
    expect(budget.signal.aborted).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(budget.slow()).toBe(false);
    budget.done();
  });
});
