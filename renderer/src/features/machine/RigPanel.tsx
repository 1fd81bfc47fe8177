import { useState } from 'react';
import type { JudgeReport } from '../../../../shared/judge/report';
import { LlmMatrix } from './LlmMatrix';
import { ReasonPanel } from './ReasonPanel';

/** Large models pooled across the rig's GPUs by layer split. */
export function RigPanel({ rig }: { rig: JudgeReport['rig'] }) {
  const [selected, setSelected] = useState<string | null>(null);
  if (rig.pooled.length === 0) return null;
  return (
    <section className="card rig" aria-label="Whole rig">
      <header>
        <h3>Whole rig: {rig.gpus} GPUs, {rig.totalVramGB} GB of VRAM together</h3>
      </header>
      <p className="muted">Models too big for one card can be split by layers across cards (llama.cpp). Only small activations cross PCIe, so x1 risers are fine for this.</p>
      <div className="judgement">
        <LlmMatrix workloads={rig.pooled} selected={selected} onSelect={setSelected} caption="LLM inference across the rig" />
        <ReasonPanel workload={rig.pooled.find((w) => w.id === selected)} />
      </div>
    </section>
  );
}
