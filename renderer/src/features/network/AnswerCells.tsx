import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanDevice } from '../../../../shared/lan/lan-device';
import { VerdictBadge } from '../../components/VerdictBadge';
import { rowAnswer } from './row-answer';

/** A miner row's AI answer in one word and what its power could host instead. */
export function AnswerCells({ device }: { device: LanDevice }) {
  const { t } = useTranslation();
  const answer = useMemo(() => rowAnswer(device), [device]);
  const hosts = answer.hosts;
  return (
    <>
      <td>
        <VerdictBadge verdict={answer.verdict} />
      </td>
      <td className="small">{hosts === null ? '—' : hosts.count > 0 ? t('network.table.hostsValue', { count: hosts.count, name: hosts.name }) : t('network.table.hostsNone', { name: hosts.name })}</td>
    </>
  );
}
