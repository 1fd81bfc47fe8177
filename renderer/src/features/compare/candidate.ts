import type { CompareSubject } from '../../../../shared/compare/subject';

/** A device the user can put in a comparison: from the inventory (scan, LAN, hand-added) or the catalogue. */
export interface CompareCandidate {
  id: string;
  label: string;
  subject: CompareSubject;
}
