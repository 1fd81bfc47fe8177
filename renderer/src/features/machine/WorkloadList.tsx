import type { WorkloadCategory, WorkloadResult } from '../../../../shared/judge/verdict';
import { VerdictBadge } from '../../components/VerdictBadge';

const TITLES: Array<[WorkloadCategory, string]> = [
  ['image', 'Image generation'],
  ['speech', 'Speech to text'],
  ['finetune', 'Fine-tuning'],
  ['training', 'Training'],
  ['render', '3D rendering'],
  ['rental', 'Rent it out'],
];

export function WorkloadList({ workloads, selected, onSelect }: { workloads: WorkloadResult[]; selected: string | null; onSelect: (id: string) => void }) {
  return (
    <div className="workloads">
      {TITLES.map(([category, title]) => {
        const items = workloads.filter((w) => w.category === category);
        if (items.length === 0) return null;
        return (
          <section key={category} aria-label={title}>
            <h4>{title}</h4>
            <ul>
              {items.map((w) => (
                <li key={w.id}>
                  <button type="button" className={`row ${selected === w.id ? 'selected' : ''}`} aria-pressed={selected === w.id} onClick={() => onSelect(w.id)}>
                    <VerdictBadge verdict={w.verdict} />
                    <span className="label">{w.label}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
