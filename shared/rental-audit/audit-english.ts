import { inEnglish } from '../text/english-templates';
import type { Message } from '../text/message';
import type { RigAudit } from './audit';

const worded = (m: Message) => ({ ...m, text: inEnglish(m) });

/** A rig audit with each message's English beside its code: what the CLI's --json and the reports carry. */
export function auditInEnglish(a: RigAudit) {
  return {
    ...a,
    message: worded(a.message),
    fixes: a.fixes.map((f) => ({ ...f, message: worded(f.message) })),
    platforms: a.platforms.map((p) => ({
      ...p,
      message: worded(p.message),
      fixes: p.fixes.map((f) => ({ ...f, message: worded(f.message) })),
      results: p.results.map((r) => ({ ...r, message: worded(r.message), fix: r.fix ? { ...r.fix, message: worded(r.fix.message) } : null })),
    })),
  };
}
