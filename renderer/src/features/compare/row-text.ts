import { algorithmName } from '../../../../shared/catalogue/algorithm-name';
import type { TFunction } from 'i18next';
import { joulesPerHash } from '../../../../shared/compare/asic-efficiency';
import { genWidth, roundTo, type Cell, type DisplayRow } from '../../../../shared/compare/display-rows';
import type { PcieLinkRow } from '../../../../shared/compare/schema';
import type { Format } from '../../i18n/use-format';

export interface RowText {
  label: (row: DisplayRow) => string;
  cell: (cell: Cell) => string;
}

/**
 * Words the comparison's rows in the UI language. Numbers keep the CLI's rounding and, like it, no thousands separator
 * ("3250 W"), with the locale's decimal separator ("35,58 TFLOPS" in Italian). `money` writes an amount in the
 * comparison's currency.
 */
export function rowText(t: TFunction, fmt: Format, money: (value: number) => string): RowText {
  const plain = (value: number, digits: number): string => fmt.editable(roundTo(value, digits));
  const pcie = (link: PcieLinkRow): string => {
    const now = genWidth(link.gen, link.width);
    if (link.origin === 'catalogue') return t('compare.cells.pcieCatalogue', { link: now });
    if (link.maxGen === null && link.maxWidth === null) return t('compare.cells.pcieDetected', { link: now });
    return t('compare.cells.pcieMax', { link: now, max: genWidth(link.maxGen, link.maxWidth) });
  };
  const rescaled = (text: string, yes: boolean | undefined): string => (yes ? t('compare.cells.rescaled', { value: text }) : text);
  const cell = (c: Cell): string => {
    switch (c.type) {
      case 'na':
        return t('compare.cells.na');
      case 'unknown':
        return t('compare.cells.unknown');
      case 'notEstimated':
        return t('compare.cells.notEstimated');
      case 'notProjected':
        return t('compare.cells.notProjected');
      case 'notMeasured':
        return t('compare.cells.notMeasured');
      case 'measured': {
        const values = { value: plain(c.value, 2), date: fmt.day(c.day), model: c.model, quant: c.quant };
        return c.estimate === null ? t('compare.cells.measuredNoEstimate', values) : t('compare.cells.measured', { ...values, estimate: plain(c.estimate, 2) });
      }
      case 'hardware':
        return t(`compare.cells.${c.hardware}`);
      case 'count':
        return plain(c.value, 0);
      case 'speed': {
        const text = t('compare.cells.speed', { value: plain(c.value, 2), low: plain(c.low, 2), high: plain(c.high, 2) });
        return rescaled(c.extrapolated ? t('compare.cells.extrapolated', { value: text }) : text, c.rescaled);
      }
      case 'quantity': {
        const text = t(`compare.units.${c.unit}`, { value: plain(c.value, c.digits) });
        return rescaled(c.detected ? t('compare.cells.detected', { value: text }) : text, c.rescaled);
      }
      case 'matrix': {
        const units = c.none ? t('compare.cells.matrixNone') : c.units;
        return c.fp16Tflops === null ? units : t('compare.cells.matrixTflops', { units, tflops: plain(c.fp16Tflops, 1) });
      }
      case 'pcie':
        return pcie(c.link);
      case 'algorithm':
        return algorithmName(c.algorithm);
      case 'hashrate':
        return fmt.hashrate(c.hashesPerSecond);
      case 'energy': {
        const { value, unit } = joulesPerHash(c.joulesPerTerahash);
        return t('compare.units.energy', { value: fmt.editable(value), unit });
      }
      case 'age':
        return t('compare.cells.age', { count: c.years, year: String(c.releaseYear) });
      case 'moneyPerDay':
        return t(c.wouldNotList ? 'compare.cells.perDayNotListed' : 'compare.cells.perDay', { value: money(c.value) });
      case 'summary':
        return t('compare.cells.summary', { yes: plain(c.yes, 0), limited: plain(c.limited, 0), no: plain(c.no, 0) });
    }
  };
  return {
    label: (row) => t(`compare.rows.${row.label}`, { workload: row.workload ?? '' }),
    cell,
  };
}
