import type { InventoryState } from '../../../shared/api/inventory-schemas';
import { DEFAULT_SITE_NAME, LOCAL_RIG_PREFIX } from '../../../shared/inventory/default-names';

export interface DefaultNames {
  /** The first site's default name, e.g. "Casa". */
  site: string;
  /** The scanned machine's default rig name before its host name, e.g. "Questa macchina · ". */
  localRigPrefix: string;
}

/**
 * Names RigShift gave by default (the first site, this machine's rig) shown in the interface language; names the user
 * typed are left as they are. Display only: edits send the user's own text, and ids are untouched.
 */
export function withDefaultNames(state: InventoryState, names: DefaultNames): InventoryState {
  const { inventory } = state;
  return {
    ...state,
    inventory: {
      ...inventory,
      sites: inventory.sites.map((s) => (s.name === DEFAULT_SITE_NAME ? { ...s, name: names.site } : s)),
      rigs: inventory.rigs.map((r) => (r.name.startsWith(LOCAL_RIG_PREFIX) ? { ...r, name: `${names.localRigPrefix}${r.name.slice(LOCAL_RIG_PREFIX.length)}` } : r)),
    },
  };
}
