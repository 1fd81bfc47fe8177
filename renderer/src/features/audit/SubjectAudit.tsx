import type { Inventory } from '../../../../shared/inventory/schema';
import type { RentalAuditHook } from '../../state/use-rental-audit';
import type { Subject } from '../earnings/subjects';
import { RentalAuditSection } from './RentalAuditSection';
import { useReadiness } from './use-readiness';

/** The rigs an Earnings subject covers: the rig itself, a site's rigs, or all of them. */
const rigIdsOf = (subject: Subject, inventory: Inventory): string[] | null =>
  subject.kind === 'rig' ? [subject.id] : subject.kind === 'site' ? inventory.rigs.filter((r) => r.siteId === subject.id).map((r) => r.id) : subject.kind === 'all' ? null : [];

/** Earnings' rental audit: the same as the Plan's, for the chosen hardware's rigs. */
export function SubjectAudit({ subject, inventory, hook }: { subject: Subject; inventory: Inventory; hook: RentalAuditHook }) {
  const all = useReadiness(inventory, hook.settings);
  const ids = rigIdsOf(subject, inventory);
  const readiness = ids === null ? all : all.filter((r) => ids.includes(r.audit.rigId));
  if (readiness.length === 0) return null;
  return <RentalAuditSection readiness={readiness} hook={hook} />;
}
