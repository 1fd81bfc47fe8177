import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JudgeReport } from '../../../../shared/judge/report';
import { useFormat } from '../../i18n/use-format';
import { LlmMatrix } from './LlmMatrix';
import { ReasonPanel } from './ReasonPanel';

/** Large models pooled across the rig's GPUs by layer split. */
export function RigPanel({ rig }: { rig: JudgeReport['rig'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [selected, setSelected] = useState<string | null>(null);
  if (rig.pooled.length === 0) return null;
  return (
    <section className="card rig" aria-label={t('machine.rig.label')}>
      <header>
        <h3>{t('machine.rig.title', { gpus: rig.gpus, vram: fmt.number(rig.totalVramGB, 1) })}</h3>
      </header>
      <p className="muted">{t('machine.rig.note')}</p>
      <div className="judgement">
        <LlmMatrix workloads={rig.pooled} selected={selected} onSelect={setSelected} caption={t('machine.rig.caption')} />
        <ReasonPanel workload={rig.pooled.find((w) => w.id === selected)} />
      </div>
    </section>
  );
}
