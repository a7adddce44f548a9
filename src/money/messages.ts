// Internal: the sentences of skipped offers and coupon diagnoses, in every locale.
import type { Locale } from '../shared/locale.js';
import { formatYuan } from './fen.js';

const HOUR = 3_600_000;

/** An instant as `YYYY-MM-DD HH:mm` in Beijing time (UTC+8; China has kept no summer time since 1991). */
export function beijing(at: Date): string {
  return new Date(at.getTime() + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ');
}

type Words = (locale: Locale) => string;
const pick =
  (zh: string, en: string, es: string): Words =>
  (locale) =>
    locale === 'zh-CN' ? zh : locale === 'en' ? en : es;

/** The sentence of each reason an offer does not apply. */
export const say = {
  expired: (at: Date) => {
    const t = beijing(at);
    return pick(`已于北京时间${t}过期`, `expired at ${t} Beijing time`, `caducó el ${t} (hora de Pekín)`);
  },
  notYetValid: (at: Date) => {
    const t = beijing(at);
    return pick(
      `北京时间${t}起才可使用`,
      `valid only from ${t} Beijing time`,
      `válido solo desde el ${t} (hora de Pekín)`,
    );
  },
  outOfScope: () =>
    pick(
      '订单中没有适用此优惠的商品',
      'no line of the order is in its scope',
      'ninguna línea del pedido entra en su ámbito',
    ),
  belowThreshold: (short: number, threshold: number, base: number) => (locale: Locale) => {
    const [s, t, b] = [short, threshold, base].map((fen) => formatYuan(fen, { locale }));
    return pick(
      `还差${s}：门槛${t}，适用商品在前面的优惠之后为${b}`,
      `${s} short of the ${t} threshold: the lines in scope come to ${b} after earlier offers`,
      `faltan ${s} para el umbral de ${t}: las líneas afectadas suman ${b} tras las ofertas anteriores`,
    )(locale);
  },
  excluded: (other: string, group: string) =>
    pick(
      `与${other}同属互斥组“${group}”，不能叠加，已使用更优惠的${other}`,
      `does not stack with ${other} (exclusive group "${group}"), which is used as it saves more`,
      `no se acumula con ${other} (grupo exclusivo "${group}"), que se aplica porque ahorra más`,
    ),
  noSaving: () => pick('已无可减金额', 'nothing is left to take off', 'no queda importe que descontar'),
  notChosen: () =>
    pick(
      '不使用此优惠更划算（或一样）',
      'leaving it out costs less (or the same)',
      'no usarla cuesta menos (o lo mismo)',
    ),
} as const;
