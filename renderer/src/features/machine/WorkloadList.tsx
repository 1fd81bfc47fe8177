import { useWording } from '../../i18n/use-wording';
import { useTranslation } from 'react-i18next';
import type { WorkloadCategory, WorkloadResult } from '../../../../shared/judge/verdict';
import { VerdictMark } from '../../components/VerdictBadge';

/** The non-LLM categories, in display order (LLMs have their own matrix). */
const CATEGORIES = ['image', 'speech', 'finetune', 'training', 'render', 'rental'] as const satisfies readonly WorkloadCategory[];

export function WorkloadList({ workloads, selected, onSelect }: { workloads: WorkloadResult[]; selected: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const wording = useWording();
  return (
    <div className="workloads">
      {CATEGORIES.map((category) => {
        const items = workloads.filter((w) => w.category === category);
        if (items.length === 0) return null;
        const title = t(`machine.workloads.${category}`);
        return (
          <section key={category} aria-label={title}>
            <h4>{title}</h4>
            <ul>
              {items.map((w) => (
                <li key={w.id}>
                  <button type="button" className={`row ${selected === w.id ? 'selected' : ''}`} aria-pressed={selected === w.id} onClick={() => onSelect(w.id)}>
                    <VerdictMark verdict={w.verdict} text={t(`common.verdict.${w.verdict}`)} />
                    <span className="label">{wording.workloadName(w)}</span>
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
