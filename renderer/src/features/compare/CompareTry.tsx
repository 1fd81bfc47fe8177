import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveSubject } from '../../../../shared/compare/resolve-subject';
import { CompareSubjectSchema } from '../../../../shared/compare/subject';
import { ModelTryPanel } from '../machine/ModelTryPanel';
import type { TryTarget } from '../machine/use-model-try';
import type { CompareCandidate } from './candidate';

/** The compared GPUs (one card each; whole rigs and ASICs left out) as "Try a model" targets, on their own hosts. */
function tryTargets(selected: CompareCandidate[]): TryTarget[] {
  return selected.flatMap((c, i) => {
    const parsed = CompareSubjectSchema.safeParse(c.subject);
    if (!parsed.success || parsed.data.kind === 'rig') return [];
    const r = resolveSubject(parsed.data, i);
    return r.device.kind === 'gpu' ? [{ key: c.id, label: c.label, device: r.device, host: r.host }] : [];
  });
}

/** Compare: one set of model, quant and context pickers, answered for every compared GPU side by side. */
export function CompareTry({ selected }: { selected: CompareCandidate[] }) {
  const { t } = useTranslation();
  const targets = useMemo(() => tryTargets(selected), [selected]);
  return targets.length > 0 ? <ModelTryPanel targets={targets} name={t('tryModel.compared')} /> : null;
}
