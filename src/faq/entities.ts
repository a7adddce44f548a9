// Entities a bot needs from a customer's message: order numbers, tracking numbers, amounts and how
// long something has lasted. Each pattern is linear (no nested quantifier) and the text is capped.

/**
 * An amount of money named in the text (¥12.5, 30元, 50块), in whole fen (分).
 *
 * @example
 * const amount: MoneyMention = { text: '¥12.50', fen: 1250 };
 */
export interface MoneyMention {
  readonly text: string;
  readonly fen: number;
}

/**
 * A duration named in the text (三天了, 48小时, a week), as an amount of a unit.
 *
 * @example
 * const duration: DurationMention = { text: '三天了', amount: 3, unit: 'day' };
 */
export interface DurationMention {
  readonly text: string;
  readonly amount: number;
  readonly unit: 'hour' | 'day' | 'week' | 'month';
}

/**
 * What `extractEntities` finds, each list in the order of the text.
 *
 * @example
 * const { orderIds } = extractEntities('订单号 3287711520094561234');
 */
export interface FaqEntities {
  /** Order numbers (订单号): 15 to 20 digits after 订单号, 订单编号, 订单, order or pedido. */
  readonly orderIds: readonly string[];
  /** Tracking numbers (运单号): after 运单号/快递单号/物流单号/tracking, or carrier-prefixed (SF…, JD…, YT…). */
  readonly trackingNumbers: readonly string[];
  readonly amounts: readonly MoneyMention[];
  readonly durations: readonly DurationMention[];
}

/** The most characters looked at (a chat message; the rest is ignored). */
const MAX_TEXT = 4096;

const ORDER =
  /(?:订单编号|订单号码|订单号|订单|order(?: ?(?:number|no\.?|id|#))?|pedido(?: ?(?:n[uú]mero|no\.?|#))?)[^\d\n]{0,6}?(\d{15,20})(?!\d)/giu;
const TRACKING_CUE =
  /(?:运单号|快递单号|物流单号|单号|tracking(?: number| no\.?| #)?|n[uú]mero de seguimiento|seguimiento)[^A-Za-z0-9\n]{0,4}([A-Za-z]{0,4}\d{8,20})(?![A-Za-z0-9])/giu;
const TRACKING_PREFIXED = /(?<![A-Za-z0-9])((?:SF|JD|YT|ZTO|YD|JT|EMS|LP)\d{10,18})(?![A-Za-z0-9])/gu;
const MONEY =
  /(?:[¥￥](?: ?)(\d{1,9})(?:\.(\d{1,2}))?|(\d{1,9})(?:\.(\d{1,2}))? ?(?:元|块钱|块|rmb|yuan|yuanes))/giu;
const DURATION_ZH =
  /(\d{1,4}|[零一二两三四五六七八九十]{1,3}|半)(?: ?)(?:个)?(小时|钟头|天|日|周|星期|礼拜|个?月)(?:了|多)?/gu;
const DURATION_LATIN =
  /\b(\d{1,4}|an?|one|two|three|four|five|six|seven|ten|un[ao]?|dos|tres|cuatro|cinco)\s(hours?|days?|weeks?|months?|horas?|d[ií]as?|semanas?|mes(?:es)?)\b/giu;
const LATIN_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  una: 1,
  uno: 1,
  two: 2,
  dos: 2,
  three: 3,
  tres: 3,
  four: 4,
  cuatro: 4,
  five: 5,
  cinco: 5,
  six: 6,
  seven: 7,
  ten: 10,
};

const DIGITS = '零一二三四五六七八九';

function chineseDigit(ch: string | undefined): number {
  if (ch === undefined) return 0;
  return ch === '两' ? 2 : Math.max(0, DIGITS.indexOf(ch));
}

/** 3 → 3, 五 → 5, 十二 → 12, 二十 → 20, 半 → 0.5. */
function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '半') return 0.5;
  const ten = text.indexOf('十');
  if (ten < 0) return chineseDigit(text[0]);
  return (ten === 0 ? 1 : chineseDigit(text[0])) * 10 + chineseDigit(text[ten + 1]);
}

function unitOf(word: string): DurationMention['unit'] {
  const w = word.toLowerCase();
  if (w.startsWith('hour') || w.startsWith('hora') || w === '小时' || w === '钟头') return 'hour';
  if (w.startsWith('week') || w.startsWith('semana') || w === '周' || w === '星期' || w === '礼拜')
    return 'week';
  if (w.startsWith('month') || w.startsWith('mes') || w.endsWith('月')) return 'month';
  return 'day';
}

/**
 * Finds the entities a bot or an agent needs in a customer's message: order numbers (订单号,
 * 15–20 digits after 订单号/订单编号/order/pedido), tracking numbers (运单号), amounts (¥, 元, 块,
 * in fen) and durations (三天了, 48小时, a week). Never throws for a string; other values give
 * empty lists. Only the first 4096 characters are read.
 *
 * @param text - the customer's message
 * @returns the entities, each list in the order of the text
 * @example
 * extractEntities('订单号 3287711520094561234，商家说48小时发货，现在都五天了').orderIds; //=> ['3287711520094561234']
 * extractEntities('订单号 3287711520094561234，商家说48小时发货，现在都五天了').durations.map((d) => d.text); //=> ['48小时', '五天了']
 * extractEntities('退了¥12.50').amounts; //=> [{ text: '¥12.50', fen: 1250 }]
 */
export function extractEntities(text: string): FaqEntities {
  if (typeof text !== 'string') return { orderIds: [], trackingNumbers: [], amounts: [], durations: [] };
  const t = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const orderIds = [...t.matchAll(ORDER)].map((m) => m[1] as string);
  const tracking = [...t.matchAll(TRACKING_CUE), ...t.matchAll(TRACKING_PREFIXED)]
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    .map((m) => (m[1] as string).toUpperCase())
    .filter((id) => !orderIds.includes(id));
  const amounts = [...t.matchAll(MONEY)].map((m) => {
    const whole = Number(m[1] ?? m[3]);
    const cents = (m[2] ?? m[4] ?? '').padEnd(2, '0');
    return { text: m[0].trim(), fen: whole * 100 + Number(cents) };
  });
  const durations = [...t.matchAll(DURATION_ZH), ...t.matchAll(DURATION_LATIN)]
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    .map((m) => {
      const count = m[1] as string;
      const amount = /^[a-z]+$/i.test(count)
        ? (LATIN_NUMBERS[count.toLowerCase()] ?? 1)
        : chineseNumber(count);
      return { text: m[0], amount, unit: unitOf(m[2] as string) };
    });
  return { orderIds: [...new Set(orderIds)], trackingNumbers: [...new Set(tracking)], amounts, durations };
}
