// A small cart and its offers (满减, 每满减, 阶梯满减, 折扣, coupons) → the priced order: what each
// offer took off, the offers skipped with their reasons, each line's payable, and a coupon's diagnosis.
import {
  diagnoseCoupon,
  formatYuan,
  type Offer,
  type Order,
  parseYuan,
  type PriceResult,
  safePriceOrder,
} from 'tiantian-support/money';
import type { Locale } from 'tiantian-support';
import { $, beijingTime, el, fillSelect, locale } from './dom.js';
import { fill, UI } from './text.js';

type Named = Record<Locale, string>;

const SHOPS: Record<string, Named> = {
  'shop-a': { 'zh-CN': '茶具店', en: 'Teaware shop', es: 'Tienda de teteras' },
  'shop-b': { 'zh-CN': '茶叶店', en: 'Tea shop', es: 'Tienda de té' },
};

/** The cart as it starts: sku, shop, unit price in fen, quantity, and the product's name. */
const CART = [
  {
    sku: 'tea-cup',
    shopId: 'shop-a',
    unitPrice: 8900,
    quantity: 2,
    name: { 'zh-CN': '青瓷茶杯', en: 'Celadon tea cup', es: 'Taza de celadón' },
  },
  {
    sku: 'teapot',
    shopId: 'shop-a',
    unitPrice: 16800,
    quantity: 1,
    name: { 'zh-CN': '紫砂壶', en: 'Yixing teapot', es: 'Tetera de Yixing' },
  },
  {
    sku: 'tea-leaf',
    shopId: 'shop-b',
    unitPrice: 5990,
    quantity: 3,
    name: { 'zh-CN': '龙井 250g', en: 'Longjing tea 250 g', es: 'Té Longjing 250 g' },
  },
] as const satisfies readonly {
  sku: string;
  shopId: string;
  unitPrice: number;
  quantity: number;
  name: Named;
}[];

/** The offers of the cart: one of each kind, two coupons that do not stack and one long expired. */
const OFFERS: readonly Offer[] = [
  { id: 'leaf-95', kind: 'discount', scope: { level: 'item', skus: ['tea-leaf'] }, percent: 95 },
  {
    id: 'a-300-30',
    kind: 'threshold',
    scope: { level: 'shop', shopId: 'shop-a' },
    threshold: 30000,
    off: 3000,
  },
  {
    id: 'b-every-100-10',
    kind: 'every',
    scope: { level: 'shop', shopId: 'shop-b' },
    every: 10000,
    off: 1000,
    cap: 3000,
  },
  {
    id: 'cross-tiers',
    kind: 'tiers',
    scope: { level: 'platform' },
    tiers: [
      { threshold: 20000, off: 2000 },
      { threshold: 40000, off: 5000 },
    ],
  },
  {
    id: 'coupon-5',
    kind: 'coupon',
    scope: { level: 'platform' },
    threshold: 0,
    off: 500,
    exclusive: 'coupon',
  },
  {
    id: 'coupon-a-500-50',
    kind: 'coupon',
    scope: { level: 'shop', shopId: 'shop-a' },
    threshold: 50000,
    off: 5000,
    exclusive: 'coupon',
  },
  {
    id: 'coupon-618',
    kind: 'coupon',
    scope: { level: 'platform' },
    threshold: 10000,
    off: 2000,
    validTo: new Date('2025-06-20T23:59:59+08:00'),
  },
];

const productName = (sku: string, loc: Locale) => CART.find((line) => line.sku === sku)?.name[loc] ?? sku;

/** An offer in the locale's words: where it applies, what it takes off, and its limits. */
function describeOffer(offer: Offer, loc: Locale): string {
  const t = UI[loc];
  const yuan = (fen: number) => formatYuan(fen, { locale: loc });
  const scope = offer.scope;
  const where =
    scope.level === 'item'
      ? `${t.scopeItem} ${scope.skus.map((sku) => productName(sku, loc)).join(loc === 'zh-CN' ? '、' : ', ')}`
      : scope.level === 'shop'
        ? `${t.scopeShop} ${SHOPS[scope.shopId]?.[loc] ?? scope.shopId}`
        : t.scopePlatform;
  let what: string;
  switch (offer.kind) {
    case 'threshold':
      what = fill(t.threshold, { threshold: yuan(offer.threshold), off: yuan(offer.off) });
      break;
    case 'every':
      what = fill(offer.cap === undefined ? t.every : t.everyCap, {
        every: yuan(offer.every),
        off: yuan(offer.off),
        cap: yuan(offer.cap ?? 0),
      });
      break;
    case 'tiers':
      what = offer.tiers
        .map((tier) => fill(t.tier, { threshold: yuan(tier.threshold), off: yuan(tier.off) }))
        .join(' / ');
      break;
    case 'discount':
      what = fill(t.discount, { percent: offer.percent });
      break;
    case 'coupon':
      what =
        offer.threshold === 0
          ? fill(t.couponFree, { off: yuan(offer.off) })
          : fill(t.coupon, { threshold: yuan(offer.threshold), off: yuan(offer.off) });
  }
  const limits = [
    ...(offer.validTo ? [fill(t.validTo, { date: beijingTime(offer.validTo, loc) })] : []),
    ...(offer.exclusive ? [t.exclusive] : []),
  ];
  return `${where}: ${what}${limits.length > 0 ? ` (${limits.join('; ')})` : ''}`;
}

/** Builds the cart's inputs and the offers' check boxes once; their labels follow the locale. */
export function initPricing(onChange: () => void): void {
  const rows = CART.map((line) =>
    el(
      'tr',
      {},
      el('td', { 'data-sku': line.sku }),
      el('td', { 'data-shop': line.shopId }),
      el(
        'td',
        {},
        el('input', {
          id: `price-${line.sku}`,
          class: 'amount',
          inputmode: 'decimal',
          value: (line.unitPrice / 100).toFixed(2),
        }),
      ),
      el(
        'td',
        {},
        el('input', {
          id: `qty-${line.sku}`,
          class: 'quantity',
          type: 'number',
          min: '1',
          max: '99',
          value: String(line.quantity),
        }),
      ),
    ),
  );
  $('cart-body').replaceChildren(...rows);
  $('offer-list').replaceChildren(
    ...OFFERS.map((offer) =>
      el(
        'div',
        {},
        el('input', { type: 'checkbox', id: `offer-${offer.id}`, value: offer.id, checked: '' }),
        el('label', { for: `offer-${offer.id}`, 'data-offer': offer.id }),
      ),
    ),
  );
  for (const input of document.querySelectorAll('#cart-body input, #offer-list input'))
    input.addEventListener('input', onChange);
  $('coupon').addEventListener('change', onChange);
}

function chosenOffers(): Offer[] {
  return OFFERS.filter((offer) => $<HTMLInputElement>(`offer-${offer.id}`).checked);
}

/** The cart as typed, or the sentences saying which price could not be read. */
function readCart(loc: Locale): { order: Order } | { errors: string[] } {
  const errors: string[] = [];
  const lines = CART.map((line) => {
    const price = parseYuan($<HTMLInputElement>(`price-${line.sku}`).value);
    if (!price.success)
      errors.push(
        fill(UI[loc].badPrice, { product: line.name[loc], message: price.error.issues[0]?.message ?? '' }),
      );
    return {
      sku: line.sku,
      shopId: line.shopId,
      unitPrice: price.success ? price.data : 0,
      quantity: Number($<HTMLInputElement>(`qty-${line.sku}`).value),
    };
  });
  return errors.length > 0 ? { errors } : { order: { lines } };
}

function renderPrice(result: PriceResult, loc: Locale): Node[] {
  const t = UI[loc];
  const yuan = (fen: number) => formatYuan(fen, { locale: loc });
  const byId = (id: string) => OFFERS.find((offer) => offer.id === id);
  const name = (id: string) => {
    const offer = byId(id);
    return offer ? describeOffer(offer, loc) : id;
  };
  return [
    el(
      'p',
      { class: 'totals' },
      `${t.original} `,
      el('span', { id: 'price-original' }, yuan(result.original)),
      ` − ${t.saved} `,
      el('span', { id: 'price-saved' }, yuan(result.saved)),
      ` = ${t.payable} `,
      el('strong', { id: 'payable' }, yuan(result.payable)),
    ),
    el('h4', {}, t.applied),
    el(
      'ul',
      { id: 'applied' },
      ...result.applied.map((a) =>
        el(
          'li',
          { 'data-offer': a.offerId, 'data-saved': String(a.saved) },
          `${name(a.offerId)} −${yuan(a.saved)}`,
        ),
      ),
    ),
    el('h4', {}, t.skipped),
    el(
      'ul',
      { id: 'skipped' },
      ...result.skipped.map((s) =>
        el('li', { 'data-offer': s.offerId, 'data-code': s.code }, `${name(s.offerId)} — ${s.message}`),
      ),
    ),
    el('h4', {}, t.linePayable),
    el(
      'table',
      { id: 'line-payables' },
      el(
        'tbody',
        {},
        ...result.lines.map((line) =>
          el(
            'tr',
            { 'data-sku': line.sku, 'data-payable': String(line.payable) },
            el('td', {}, productName(line.sku, loc)),
            el('td', {}, yuan(line.original)),
            el('td', {}, yuan(line.payable)),
          ),
        ),
      ),
    ),
  ];
}

function renderDiagnosis(order: Order, offers: readonly Offer[], loc: Locale): Node[] {
  const t = UI[loc];
  const coupon = OFFERS.find((offer) => offer.id === $<HTMLSelectElement>('coupon').value);
  if (!coupon) return [];
  const others = offers.filter((offer) => offer.id !== coupon.id);
  const diagnosis = diagnoseCoupon(order, coupon, { offers: others, locale: loc });
  if (diagnosis.usable)
    return [
      el(
        'p',
        { class: 'ok', id: 'coupon-verdict' },
        fill(t.usable, { amount: formatYuan(diagnosis.saves, { locale: loc }) }),
      ),
      el('p', { class: 'muted' }, t.writeOff),
    ];
  return [
    el('p', { class: 'bad', id: 'coupon-verdict' }, t.unusable),
    el(
      'ul',
      { id: 'coupon-reasons' },
      ...diagnosis.reasons.map((reason) =>
        el('li', { 'data-code': reason.code, 'data-short-by': String(reason.shortBy ?? '') }, reason.message),
      ),
    ),
  ];
}

/** Puts the cart's and the offers' labels in the page's locale. */
export function localizePricing(): void {
  const loc = locale();
  const t = UI[loc];
  for (const cell of document.querySelectorAll<HTMLElement>('#cart-body [data-sku]'))
    cell.textContent = productName(cell.dataset.sku ?? '', loc);
  for (const cell of document.querySelectorAll<HTMLElement>('#cart-body [data-shop]'))
    cell.textContent = SHOPS[cell.dataset.shop ?? '']?.[loc] ?? '';
  for (const line of CART) {
    $(`price-${line.sku}`).setAttribute('aria-label', `${t.unitPrice}: ${line.name[loc]}`);
    $(`qty-${line.sku}`).setAttribute('aria-label', `${t.quantity}: ${line.name[loc]}`);
  }
  for (const label of document.querySelectorAll<HTMLElement>('#offer-list label')) {
    const offer = OFFERS.find((o) => o.id === label.dataset.offer);
    if (offer) label.textContent = describeOffer(offer, loc);
  }
  fillSelect(
    $<HTMLSelectElement>('coupon'),
    OFFERS.filter((offer) => offer.kind === 'coupon').map((offer) => [offer.id, describeOffer(offer, loc)]),
  );
}

/** Prices the cart as it is now and diagnoses the chosen coupon. */
export function updatePricing(): void {
  const loc = locale();
  const cart = readCart(loc);
  if ('errors' in cart) {
    $('price').replaceChildren(el('ul', { class: 'bad' }, ...cart.errors.map((e) => el('li', {}, e))));
    $('diagnosis').replaceChildren();
    return;
  }
  const offers = chosenOffers();
  const result = safePriceOrder(cart.order, offers, { locale: loc });
  if (!result.success) {
    $('price').replaceChildren(
      el('ul', { class: 'bad' }, ...result.error.issues.map((issue) => el('li', {}, issue.message))),
    );
    $('diagnosis').replaceChildren();
    return;
  }
  $('price').replaceChildren(...renderPrice(result.data, loc));
  $('diagnosis').replaceChildren(...renderDiagnosis(cart.order, offers, loc));
}
