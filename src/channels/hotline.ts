import { describeValue } from '../shared/assert.js';
import { TiantianError } from '../shared/errors.js';
import type { LocalizedText } from '../shared/locale.js';
import { BEIJING_AREA_CODE, HOTLINE_NUMBER } from './data/contact.js';

/**
 * Where a caller dials the hotline from.
 *
 * @example
 * const caller: HotlineCaller = { phone: 'landline', callerInBeijing: false };
 */
export interface HotlineCaller {
  /** A fixed line (固定电话) or a mobile phone. */
  readonly phone: 'landline' | 'mobile';
  /** Whether the caller is in Beijing (the hotline's area). */
  readonly callerInBeijing: boolean;
}

/**
 * The digits to dial, why, and whether the guide states it.
 *
 * @example
 * const dial: HotlineDialing = hotlineDialString({ phone: 'landline', callerInBeijing: true });
 */
export interface HotlineDialing {
  readonly digits: string;
  readonly note: LocalizedText;
  /** True when the guide states this case; false when it is the library's advice. */
  readonly statedByGuide: boolean;
}

/**
 * The digits to dial for the hotline (`HOTLINE_NUMBER`), after the guide's note “首次拨号需注意区分固定电话
 * 区号,北京地区可直拨,其他地区需加拨区号”: a landline in Beijing dials the number; a landline elsewhere
 * adds Beijing's area code (`BEIJING_AREA_CODE`, 010) before it. The guide says nothing about mobile
 * phones: the library gives the number with the area code (`statedByGuide: false`), because a mobile phone in mainland China can always
 * dial a fixed-line number with its area code, wherever it is, while the bare number reaches
 * Beijing only from a Beijing mobile.
 *
 * @param caller - the kind of phone and whether the caller is in Beijing
 * @returns `{ digits, note, statedByGuide }`
 * @throws {TiantianError} `'invalid_argument'` for a caller that is not as described
 * @example
 * hotlineDialString({ phone: 'landline', callerInBeijing: true }).digits === HOTLINE_NUMBER; //=> true
 * hotlineDialString({ phone: 'landline', callerInBeijing: false }).digits === `010${HOTLINE_NUMBER}`; //=> true
 * hotlineDialString({ phone: 'mobile', callerInBeijing: true }).statedByGuide; //=> false
 */
export function hotlineDialString(caller: HotlineCaller): HotlineDialing {
  if (typeof caller !== 'object' || caller === null) {
    throw new TiantianError(
      'invalid_argument',
      `caller must be { phone: 'landline' | 'mobile', callerInBeijing: boolean }, got ${describeValue(caller)}`,
    );
  }
  if (caller.phone !== 'landline' && caller.phone !== 'mobile') {
    throw new TiantianError(
      'invalid_argument',
      `caller.phone must be 'landline' or 'mobile', got ${describeValue(caller.phone)}`,
      { path: ['phone'] },
    );
  }
  if (typeof caller.callerInBeijing !== 'boolean') {
    throw new TiantianError(
      'invalid_argument',
      `caller.callerInBeijing must be a boolean, got ${describeValue(caller.callerInBeijing)}`,
      { path: ['callerInBeijing'] },
    );
  }
  if (caller.phone === 'mobile') {
    return {
      digits: `${BEIJING_AREA_CODE}${HOTLINE_NUMBER}`,
      statedByGuide: false,
      note: {
        'zh-CN': `指南未说明手机拨号方式;手机在任何地区加拨北京区号${BEIJING_AREA_CODE}均可接通`,
        en: `The guide does not cover mobile phones; with Beijing’s area code ${BEIJING_AREA_CODE} a mobile gets through from anywhere`,
        es: `La guía no habla de móviles; con el prefijo de Pekín ${BEIJING_AREA_CODE} un móvil llama desde cualquier lugar`,
      },
    };
  }
  if (caller.callerInBeijing) {
    return {
      digits: HOTLINE_NUMBER,
      statedByGuide: true,
      note: {
        'zh-CN': '北京地区固定电话可直拨',
        en: 'A landline in Beijing dials the number directly',
        es: 'Un fijo de Pekín marca el número directamente',
      },
    };
  }
  return {
    digits: `${BEIJING_AREA_CODE}${HOTLINE_NUMBER}`,
    statedByGuide: true,
    note: {
      'zh-CN': `其他地区固定电话需加拨区号(北京区号${BEIJING_AREA_CODE})`,
      en: `A landline outside Beijing adds the area code (Beijing, ${BEIJING_AREA_CODE})`,
      es: `Un fijo fuera de Pekín añade el prefijo (Pekín, ${BEIJING_AREA_CODE})`,
    },
  };
}
