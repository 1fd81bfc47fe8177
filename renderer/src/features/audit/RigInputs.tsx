import { useTranslation } from 'react-i18next';
import { noUserInputs, type AuditUserInputs } from '../../../../shared/rental-audit/rig';
import { EditableNumber } from '../../components/EditableText';

const FIELDS = [
  { key: 'downlinkMbps', label: 'audit.downlink', max: 100_000 },
  { key: 'uplinkMbps', label: 'audit.uplink', max: 100_000 },
  { key: 'uptimePercent', label: 'audit.uptime', max: 100 },
] as const;

/** What only the user can say about a rig: its line's speeds and how much of the time it will be online. */
export function RigInputs({ rigName, inputs = noUserInputs, onChange }: { rigName: string; inputs?: AuditUserInputs; onChange: (next: AuditUserInputs) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="audit-inputs">
      <legend>{t('audit.inputs')}</legend>
      {FIELDS.map((f) => (
        <label key={f.key} className="inline-field">
          {t(f.label)}
          <EditableNumber value={inputs[f.key]} label={t('audit.inputLabel', { field: t(f.label), rig: rigName })} min={0} max={f.max} onCommit={(v) => onChange({ ...inputs, [f.key]: v })} />
        </label>
      ))}
    </fieldset>
  );
}
