// Every fact the money area relies on, each beside the words of its source: the guide, the tax
// documents of the State Council Tariff Commission (国务院关税税则委员会), the Ministry of Finance
// (财政部) and the General Administration of Customs (海关总署), and the two laws that set
// statutory compensation. Rates are exact decimals written as strings, never floats.

/**
 * A legal or guide source: its document number or title and the date from which it applies
 * (a Beijing civil date, `YYYY-MM-DD`).
 *
 * @example
 * const source: MoneySource = { document: '财关税〔2018〕49号', effectiveFrom: '2019-01-01', words: '…' };
 */
export interface MoneySource {
  readonly document: string;
  readonly effectiveFrom: string;
  /** The words of the document that the figure comes from. */
  readonly words: string;
}

/**
 * One regime of cross-border e-commerce retail imports (跨境电商零售进口): its limits in fen and the
 * share of the statutory consumption tax and VAT that is levied within them.
 *
 * @example
 * CBEC_REGIMES[1].singleLimit; //=> 500000
 */
export interface CbecRegime {
  /** The most one transaction may be worth (完税价格, inclusive), in fen. */
  readonly singleLimit: number;
  /** The most one person may buy in a calendar year (inclusive), in fen. */
  readonly annualLimit: number;
  /** The share of the statutory consumption tax and VAT levied, as an exact decimal string. */
  readonly levyShare: string;
  /**
   * Whether one indivisible item above the single limit may still come in as CBEC (paying full
   * statutory taxes and counting toward the annual total), rather than as general trade.
   */
  readonly singleItemAboveLimit: boolean;
  readonly sources: readonly MoneySource[];
}

/**
 * The CBEC regimes, oldest first; the order date picks the last one whose `effectiveFrom` is not
 * after it (in Beijing time).
 *
 * @example
 * CBEC_REGIMES.map((r) => r.sources[0].effectiveFrom); //=> ['2016-04-08', '2019-01-01']
 */
export const CBEC_REGIMES: readonly [CbecRegime, CbecRegime] = [
  {
    singleLimit: 200000,
    annualLimit: 2000000,
    levyShare: '0.7',
    singleItemAboveLimit: false,
    sources: [
      {
        document: '财关税〔2016〕18号',
        effectiveFrom: '2016-04-08',
        words:
          '跨境电子商务零售进口商品的单次交易限值为人民币2000元，个人年度交易限值为人民币20000元。在限值以内进口的跨境电子商务零售进口商品，关税税率暂设为0%；进口环节增值税、消费税取消免征税额，暂按法定应纳税额的70%征收。超过单次限值、累加后超过个人年度限值的单次交易，以及完税价格超过2000元限值的单个不可分割商品，均按照一般贸易方式全额征税。',
      },
    ],
  },
  {
    singleLimit: 500000,
    annualLimit: 2600000,
    levyShare: '0.7',
    singleItemAboveLimit: true,
    sources: [
      {
        document: '财关税〔2018〕49号',
        effectiveFrom: '2019-01-01',
        words:
          '将跨境电子商务零售进口商品的单次交易限值由人民币2000元提高至5000元，年度交易限值由人民币20000元提高至26000元。完税价格超过5000元单次交易限值但低于26000元年度交易限值，且订单下仅一件商品时，可以自跨境电商零售渠道进口，按照货物税率全额征收关税和进口环节增值税、消费税，交易额计入年度交易总额，但年度交易总额超过年度交易限值的，应按一般贸易管理。',
      },
      {
        document: '财关税〔2016〕18号',
        effectiveFrom: '2016-04-08',
        words:
          '跨境电子商务零售进口商品的完税价格为实际交易价格，包括货物零售价格、运费和保险费。在限值以内进口的跨境电子商务零售进口商品，关税税率暂设为0%；进口环节增值税、消费税取消免征税额，暂按法定应纳税额的70%征收。',
      },
    ],
  },
];

/**
 * The consumption-tax (消费税) line for high-end cosmetics (高档化妆品): the rate and the price
 * thresholds, judged on the smallest indivisible piece, before VAT.
 *
 * @example
 * HIGH_END_COSMETICS.percent; //=> '15'
 */
export const HIGH_END_COSMETICS = {
  percent: '15',
  /** 10 yuan per millilitre or gram, in fen. */
  perMlOrGram: 1000,
  /** 15 yuan per piece (片/张), in fen. */
  perPiece: 1500,
  source: {
    document: '财税〔2016〕103号',
    effectiveFrom: '2016-10-01',
    words:
      '高档美容、修饰类化妆品和高档护肤类化妆品是指生产（进口）环节销售（完税）价格（不含增值税）在10元/毫升（克）或15元/片（张）及以上的美容、修饰类化妆品和护肤类化妆品。税率为15%。',
  },
} as const satisfies { percent: string; perMlOrGram: number; perPiece: number; source: MoneySource };

/**
 * The categories of postal articles (行邮税 税目), as in the tariff of imported articles.
 *
 * @example
 * POSTAL_CATEGORIES; //=> [1, 2, 3]
 */
export const POSTAL_CATEGORIES = [1, 2, 3] as const;

/**
 * One schedule of the import tax on articles (进境物品进口税, 行邮税): the rate of each category.
 *
 * @example
 * POSTAL_REGIMES.at(-1)?.percents; //=> ['13', '20', '50']
 */
export interface PostalRegime {
  /** The rates of categories 1, 2 and 3, as exact decimal strings (percent). */
  readonly percents: readonly [string, string, string];
  readonly source: MoneySource;
}

/**
 * The postal-tax schedules, oldest first; the order date picks the one in force.
 *
 * @example
 * POSTAL_REGIMES.map((r) => r.source.effectiveFrom); //=> ['2016-04-08', '2018-11-01', '2019-04-09']
 */
export const POSTAL_REGIMES: readonly [PostalRegime, PostalRegime, PostalRegime] = [
  {
    percents: ['15', '30', '60'],
    source: {
      document: '税委会〔2016〕2号',
      effectiveFrom: '2016-04-08',
      words: '进境物品进口税税率调整为15%、30%、60%三档。',
    },
  },
  {
    percents: ['15', '25', '50'],
    source: {
      document: '税委会〔2018〕49号',
      effectiveFrom: '2018-11-01',
      words: '将进境物品进口税税目1、2的税率分别调降为15%、25%，税目3的税率调降为50%。',
    },
  },
  {
    percents: ['13', '20', '50'],
    source: {
      document: '税委会〔2019〕17号',
      effectiveFrom: '2019-04-09',
      words: '将进境物品进口税税目1、2的税率分别调降为13%、20%；税目3的税率为50%。',
    },
  },
];

/**
 * The postal waiver and parcel limits (海关总署公告2010年第43号), in fen.
 *
 * @example
 * POSTAL_LIMITS.waiver; //=> 5000
 */
export const POSTAL_LIMITS = {
  /** A tax of at most 50 yuan is waived. */
  waiver: 5000,
  /** The most one parcel may be worth, from anywhere but Hong Kong, Macao and Taiwan. */
  parcel: 100000,
  /** The most one parcel from Hong Kong, Macao or Taiwan may be worth. */
  parcelHkMacaoTaiwan: 80000,
  source: {
    document: '海关总署公告2010年第43号',
    effectiveFrom: '2010-09-01',
    words:
      '个人邮寄进境物品，海关依法征收进口税，但应征进口税税额在人民币50元（含50元）以下的，海关予以免征。个人寄自或寄往港、澳、台地区的物品，每次限值为800元人民币；寄自或寄往其它国家和地区的物品，每次限值为1000元人民币。个人邮寄进出境物品超出规定限值的，应办理退运手续或者按照货物规定办理通关手续。但邮包内仅有一件物品且不可分割的，虽超出规定限值，经海关审核确属个人自用的，可以按照个人物品规定办理通关手续。',
  },
} as const satisfies {
  waiver: number;
  parcel: number;
  parcelHkMacaoTaiwan: number;
  source: MoneySource;
};

/**
 * Where a postal parcel may come from, for its limit: Hong Kong, Macao, Taiwan (港澳台), or anywhere else.
 *
 * @example
 * PARCEL_ORIGINS; //=> ['hk', 'macao', 'taiwan', 'other']
 */
export const PARCEL_ORIGINS = ['hk', 'macao', 'taiwan', 'other'] as const;

/**
 * The bases of compensation (赔偿/补偿依据) this library computes.
 *
 * @example
 * COMPENSATION_BASES; //=> ['double-shipping', 'fraud', 'food-safety']
 */
export const COMPENSATION_BASES = ['double-shipping', 'fraud', 'food-safety'] as const;

/**
 * The rule of each compensation basis: multipliers and minimum (in fen), with the words of its source.
 *
 * @example
 * COMPENSATION_RULES.fraud.minimum; //=> 50000
 */
export const COMPENSATION_RULES = {
  'double-shipping': {
    multiplier: 2,
    minimum: 0,
    source: {
      document: '天天特卖客服指南 三.4 方案确认',
      effectiveFrom: '2026-01-01',
      words: '我们计划为您补偿双倍运费,您看是否合适?',
    },
  },
  fraud: {
    multiplier: 3,
    minimum: 50000,
    source: {
      document: '中华人民共和国消费者权益保护法 第五十五条',
      effectiveFrom: '2014-03-15',
      words:
        '经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为消费者购买商品的价款或者接受服务的费用的三倍；增加赔偿的金额不足五百元的，为五百元。',
    },
  },
  'food-safety': {
    multiplier: 10,
    lossMultiplier: 3,
    minimum: 100000,
    source: {
      document: '中华人民共和国食品安全法 第一百四十八条',
      effectiveFrom: '2015-10-01',
      words:
        '生产不符合食品安全标准的食品或者经营明知是不符合食品安全标准的食品，消费者除要求赔偿损失外，还可以向生产者或者经营者要求支付价款十倍或者损失三倍的赔偿金；增加赔偿的金额不足一千元的，为一千元。',
    },
  },
} as const;

/**
 * The guide's words on promotions and coupons that the money area answers.
 *
 * @example
 * GUIDE_MONEY_WORDS.coupon; //=> 'Q3:优惠券无法使用 A:检查券有效期及使用门槛,若仍无效可申请人工核销'
 */
export const GUIDE_MONEY_WORDS = {
  promotions: '活动规则解读:详细说明限时折扣、满减规则、优惠券叠加使用方式等',
  importTax: '跨境商品指导:协助国际用户完成关税计算、清关流程等特殊事项',
  compensation: '赔偿方案制定:根据平台规则协商补偿金额或优惠券发放',
  coupon: 'Q3:优惠券无法使用 A:检查券有效期及使用门槛,若仍无效可申请人工核销',
} as const;

/**
 * The largest number of combinations `bestCombination` tries one by one; above it, it searches
 * heuristically and says so.
 *
 * @example
 * EXHAUSTIVE_COMBINATION_LIMIT; //=> 65536
 */
export const EXHAUSTIVE_COMBINATION_LIMIT = 65536;
