// Q5 误拍商品退款 (the guide's 四、常见问题解决方案速查表) as a decision over whether the order shipped.
import { TiantianError } from '../shared/errors.js';
import type { LocalizedText } from '../shared/locale.js';

/**
 * The decision of `cancelOrReturn`: cancel the order directly before shipment, or go through the
 * return process after it.
 *
 * @example
 * const { action, steps } = cancelOrReturn({ shipped: false });
 */
export interface CancelOrReturnDecision {
  readonly action: 'cancel-order' | 'return-process';
  readonly steps: readonly LocalizedText[];
}

const CANCEL_STEPS: readonly LocalizedText[] = [
  {
    'zh-CN': '在发货前可直接取消订单',
    en: 'Before shipment you can cancel the order directly',
    es: 'Antes del envío puedes cancelar el pedido directamente',
  },
  {
    'zh-CN': '在订单详情点击“取消订单”,款项原路退回',
    en: "Tap “Cancel order” in the order's details; the money goes back to the original payment method",
    es: 'Pulsa «Cancelar pedido» en el detalle; el dinero vuelve al medio de pago original',
  },
];

const RETURN_STEPS: readonly LocalizedText[] = [
  {
    'zh-CN': '已发货则需按退货流程处理',
    en: 'Once shipped, it goes through the return process',
    es: 'Si ya se envió, se tramita con el proceso de devolución',
  },
  {
    'zh-CN': '发起退货申请,获取寄回地址',
    en: 'Open a return request and get the return address',
    es: 'Abre una solicitud de devolución y obtén la dirección de envío',
  },
  {
    'zh-CN': '寄回商品并填写运单号,在退款详情查询退款进度',
    en: 'Send the item back, enter the tracking number, and follow the refund status',
    es: 'Devuelve el artículo, indica el número de seguimiento y consulta el estado del reembolso',
  },
];

/**
 * Decides Q5 (误拍商品退款): “在发货前可直接取消订单,已发货则需按退货流程处理”.
 *
 * @param input - `shipped`: whether the order has shipped (发货)
 * @returns `cancel-order` before shipment, `return-process` after, with the steps
 * @throws {TiantianError} `'invalid_argument'` when `shipped` is not a boolean
 * @example
 * cancelOrReturn({ shipped: false }).action; //=> 'cancel-order'
 * cancelOrReturn({ shipped: true }).action; //=> 'return-process'
 */
export function cancelOrReturn(input: { readonly shipped: boolean }): CancelOrReturnDecision {
  if (typeof input !== 'object' || input === null || typeof input.shipped !== 'boolean') {
    throw new TiantianError('invalid_argument', 'cancelOrReturn expects { shipped: boolean }', {
      path: ['shipped'],
    });
  }
  return input.shipped
    ? { action: 'return-process', steps: RETURN_STEPS }
    : { action: 'cancel-order', steps: CANCEL_STEPS };
}
