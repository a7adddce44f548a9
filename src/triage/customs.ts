// Q4 跨境商品清关受阻 (the guide's 四、常见问题解决方案速查表): the documents to provide.
import type { LocalizedText } from '../shared/locale.js';

/**
 * A document customs may ask for. `source` says where the guide names it: `'Q4'` (购买发票、成分证明)
 * or `'evidence-checklist'` (必备材料清单: 订单截图、支付凭证).
 *
 * @example
 * const doc: CustomsDocument = customsDocuments().documents[0];
 */
export interface CustomsDocument {
  readonly id: 'purchase-invoice' | 'ingredient-proof' | 'order-screenshot' | 'payment-proof';
  readonly name: LocalizedText;
  readonly source: 'Q4' | 'evidence-checklist';
}

/**
 * The answer of `customsDocuments`: the documents to provide, then what customer service does.
 *
 * @example
 * const { documents, nextStep } = customsDocuments();
 */
export interface CustomsDocumentsAnswer {
  readonly documents: readonly CustomsDocument[];
  /** 客服协助联系海关: customer service helps contact customs. */
  readonly nextStep: LocalizedText;
}

const CUSTOMS_DOCUMENTS: readonly CustomsDocument[] = [
  {
    id: 'purchase-invoice',
    name: { 'zh-CN': '购买发票', en: 'Purchase invoice', es: 'Factura de compra' },
    source: 'Q4',
  },
  {
    id: 'ingredient-proof',
    name: { 'zh-CN': '成分证明', en: 'Proof of ingredients', es: 'Certificado de composición' },
    source: 'Q4',
  },
  {
    id: 'order-screenshot',
    name: { 'zh-CN': '订单截图', en: 'Order screenshot', es: 'Captura del pedido' },
    source: 'evidence-checklist',
  },
  {
    id: 'payment-proof',
    name: { 'zh-CN': '支付凭证', en: 'Payment receipt', es: 'Comprobante de pago' },
    source: 'evidence-checklist',
  },
];

/**
 * Answers Q4 (跨境商品清关受阻): “提供购买发票、成分证明等材料,客服协助联系海关”. The guide's two
 * documents come first; with `includeSupporting` (the default) the order screenshot and payment
 * receipt from the guide's evidence checklist follow, since customs checks the purchase.
 *
 * @param options - `includeSupporting`: add the checklist's order screenshot and payment receipt
 * @returns the documents, in order, and `nextStep` (客服协助联系海关)
 * @example
 * customsDocuments().documents.map((d) => d.name['zh-CN']); //=> ['购买发票', '成分证明', '订单截图', '支付凭证']
 * customsDocuments({ includeSupporting: false }).documents.length; //=> 2
 */
export function customsDocuments(
  options: { readonly includeSupporting?: boolean } = {},
): CustomsDocumentsAnswer {
  const all = options.includeSupporting ?? true;
  return {
    documents: all ? CUSTOMS_DOCUMENTS : CUSTOMS_DOCUMENTS.filter((doc) => doc.source === 'Q4'),
    nextStep: {
      'zh-CN': '客服协助联系海关',
      en: 'Customer service helps you contact customs',
      es: 'Atención al cliente te ayuda a contactar con la aduana',
    },
  };
}
