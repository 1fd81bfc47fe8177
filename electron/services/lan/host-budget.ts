import type { AbortSignalLike } from '../../../shared/api/abort';

/** Why a host's work was cut short. */
export type BudgetEnd = 'cancelled' | 'deadline' | 'first-reply';

export interface HostBudget {
  signal: AbortSignal;
  /** The host gave a complete reply: from now on only the host deadline applies. */
  proven: () => void;
  /** A port answered with a refusal: the host is alive and quick (a tarpit accepts everything), so the wait restarts. */
  refused: () => void;
  /** A connection was accepted. */
  opened: () => void;
  /** Accepted a connection but gave no complete reply within the first-reply budget: worth a second, longer pass. */
  slow: () => boolean;
  done: () => void;
}

/**
 * One host's time: the scan's cancel signal, the host deadline, and the first-reply budget (a host that accepts but
 * never answers — a tarpit, a slow drip — may not hold the scan). Refusals restart the first-reply wait: a rig whose
 * GPU miner listens on the tenth port probed has refused nine quickly, and must not lose its budget to them.
 */
export function hostBudget(parent: AbortSignalLike | undefined, deadlineMs: number, firstReplyMs: number): HostBudget {
  const controller = new AbortController();
  let ended: BudgetEnd | null = null;
  let accepted = false;
  const end = (why: BudgetEnd): void => {
    ended ??= why;
    controller.abort();
  };
  const deadline = setTimeout(() => end('deadline'), deadlineMs);
  const wait = Math.min(firstReplyMs, deadlineMs);
  let firstReply: ReturnType<typeof setTimeout> | undefined = setTimeout(() => end('first-reply'), wait);
  const onAbort = (): void => end('cancelled');
  if (parent?.aborted) end('cancelled');
  parent?.addEventListener('abort', onAbort, { once: true });
  const proven = (): void => {
    clearTimeout(firstReply);
    firstReply = undefined;
  };
  return {
    signal: controller.signal,
    proven,
    refused: () => {
      if (firstReply === undefined || controller.signal.aborted) return;
      clearTimeout(firstReply);
      firstReply = setTimeout(() => end('first-reply'), wait);
    },
    opened: () => {
      accepted = true;
    },
    slow: () => ended === 'first-reply' && accepted,
    done: () => {
      clearTimeout(deadline);
      proven();
      parent?.removeEventListener('abort', onAbort);
    },
  };
}
