import type { IssueType } from '../../shared/issue-types.js';
import type { LocalizedText } from '../../shared/locale.js';

/**
 * The guide's four service modules (核心职责四大模块), in the guide's order.
 *
 * @example
 * SERVICE_MODULE_IDS; //=> ['pre-sales', 'after-sales', 'promotions', 'tech-support']
 */
export const SERVICE_MODULE_IDS = ['pre-sales', 'after-sales', 'promotions', 'tech-support'] as const;

/**
 * The id of one of the guide's four service modules.
 *
 * @example
 * const team: ServiceModuleId = 'after-sales';
 */
export type ServiceModuleId = (typeof SERVICE_MODULE_IDS)[number];

/**
 * The ids of the four duties of each module, in the guide's order.
 *
 * @example
 * DUTY_IDS['after-sales'][1]; //=> 'quality-arbitration'
 */
export const DUTY_IDS = {
  'pre-sales': ['product-features', 'promotion-rules', 'stock-updates', 'cross-border-guidance'],
  'after-sales': ['return-guidance', 'quality-arbitration', 'compensation-plans', 'complaint-tracking'],
  promotions: ['promotion-design', 'abnormal-orders', 'member-rights', 'data-reports'],
  'tech-support': ['fault-diagnosis', 'feature-suggestions', 'security', 'multilingual-support'],
} as const satisfies Record<ServiceModuleId, readonly [string, string, string, string]>;

/**
 * The id of a duty, across all modules.
 *
 * @example
 * const duty: DutyId = 'compensation-plans';
 */
export type DutyId = (typeof DUTY_IDS)[ServiceModuleId][number];

/**
 * One duty (职责) of a service module, as the guide words it.
 *
 * @example
 * const duty: ServiceDuty = SERVICE_MODULES[0].duties[0];
 */
export interface ServiceDuty {
  readonly id: DutyId;
  /** The duty's name, e.g. 质量问题仲裁. */
  readonly name: LocalizedText;
  /** What the team does under it, after the guide. */
  readonly description: LocalizedText;
}

/**
 * One of the guide's four service modules with its four duties.
 *
 * @example
 * const team: ServiceModule = SERVICE_MODULES[1];
 * team.name['zh-CN']; //=> '售后支持与纠纷处理'
 */
export interface ServiceModule {
  readonly id: ServiceModuleId;
  readonly name: LocalizedText;
  readonly duties: readonly [ServiceDuty, ServiceDuty, ServiceDuty, ServiceDuty];
}

/**
 * The guide's four service modules (二、淘宝天天特卖客服核心职责详解), each with its four duties.
 *
 * @example
 * SERVICE_MODULES.map((m) => m.name['zh-CN']);
 * //=> ['售前咨询服务', '售后支持与纠纷处理', '活动与优惠信息管理', '技术支持与系统运维']
 */
export const SERVICE_MODULES: readonly [ServiceModule, ServiceModule, ServiceModule, ServiceModule] = [
  {
    id: 'pre-sales',
    name: { 'zh-CN': '售前咨询服务', en: 'Pre-sales consultation', es: 'Consultas previas a la compra' },
    duties: [
      {
        id: 'product-features',
        name: { 'zh-CN': '商品特性解析', en: 'Product features', es: 'Características del producto' },
        description: {
          'zh-CN': '针对促销商品的技术参数、材质成分、适用场景等问题提供专业解答',
          en: 'Expert answers on the technical specifications, materials and suitable uses of promoted items',
          es: 'Respuestas expertas sobre especificaciones técnicas, materiales y usos de los artículos en promoción',
        },
      },
      {
        id: 'promotion-rules',
        name: { 'zh-CN': '活动规则解读', en: 'Promotion rules', es: 'Reglas de las promociones' },
        description: {
          'zh-CN': '详细说明限时折扣、满减规则、优惠券叠加使用方式等',
          en: 'Explains time-limited discounts, spend-and-save thresholds and how coupons stack',
          es: 'Explica los descuentos por tiempo limitado, los umbrales de gasto y cómo se combinan los cupones',
        },
      },
      {
        id: 'stock-updates',
        name: { 'zh-CN': '库存动态更新', en: 'Stock updates', es: 'Estado de las existencias' },
        description: {
          'zh-CN': '实时查询商品库存状态,预估补货时间',
          en: 'Checks stock in real time and estimates when an item will be restocked',
          es: 'Consulta las existencias en tiempo real y estima cuándo se repondrá un artículo',
        },
      },
      {
        id: 'cross-border-guidance',
        name: {
          'zh-CN': '跨境商品指导',
          en: 'Cross-border guidance',
          es: 'Orientación para compras internacionales',
        },
        description: {
          'zh-CN': '协助国际用户完成关税计算、清关流程等特殊事项',
          en: 'Helps international customers with duty calculation, customs clearance and similar matters',
          es: 'Ayuda a los clientes internacionales con el cálculo de aranceles y el despacho de aduanas',
        },
      },
    ],
  },
  {
    id: 'after-sales',
    name: {
      'zh-CN': '售后支持与纠纷处理',
      en: 'After-sales support and disputes',
      es: 'Posventa y disputas',
    },
    duties: [
      {
        id: 'return-guidance',
        name: { 'zh-CN': '退换货流程指引', en: 'Returns and exchanges', es: 'Devoluciones y cambios' },
        description: {
          'zh-CN': '指导用户完成退货申请、寄回地址获取、退款进度查询等操作',
          en: 'Guides customers through return requests, the return address and refund status',
          es: 'Guía al cliente en la solicitud de devolución, la dirección de envío y el estado del reembolso',
        },
      },
      {
        id: 'quality-arbitration',
        name: { 'zh-CN': '质量问题仲裁', en: 'Quality arbitration', es: 'Arbitraje de calidad' },
        description: {
          'zh-CN': '对商品破损、功能故障等争议进行第三方检测协调',
          en: 'Arranges third-party inspection for disputes over damaged or faulty items',
          es: 'Coordina una inspección independiente en disputas por artículos dañados o defectuosos',
        },
      },
      {
        id: 'compensation-plans',
        name: { 'zh-CN': '赔偿方案制定', en: 'Compensation plans', es: 'Planes de compensación' },
        description: {
          'zh-CN': '根据平台规则协商补偿金额或优惠券发放',
          en: 'Negotiates compensation amounts or coupons under the platform rules',
          es: 'Negocia importes de compensación o cupones según las normas de la plataforma',
        },
      },
      {
        id: 'complaint-tracking',
        name: { 'zh-CN': '投诉记录跟踪', en: 'Complaint tracking', es: 'Seguimiento de reclamaciones' },
        description: {
          'zh-CN': '建立专属档案,持续跟进复杂投诉直至圆满解决',
          en: 'Opens a dedicated case file and follows complex complaints until they are resolved',
          es: 'Abre un expediente propio y sigue las reclamaciones complejas hasta resolverlas',
        },
      },
    ],
  },
  {
    id: 'promotions',
    name: { 'zh-CN': '活动与优惠信息管理', en: 'Promotions and offers', es: 'Promociones y ofertas' },
    duties: [
      {
        id: 'promotion-design',
        name: { 'zh-CN': '促销方案设计', en: 'Promotion design', es: 'Diseño de promociones' },
        description: {
          'zh-CN': '参与制定大促期间的流量分配、价格策略等',
          en: 'Helps plan traffic allocation and pricing for major sales',
          es: 'Participa en la planificación del tráfico y los precios de las grandes rebajas',
        },
      },
      {
        id: 'abnormal-orders',
        name: { 'zh-CN': '异常订单处理', en: 'Abnormal orders', es: 'Pedidos anómalos' },
        description: {
          'zh-CN': '监控异常交易,及时拦截刷单、虚假交易等违规行为',
          en: 'Monitors abnormal transactions and stops fake orders and fraudulent trades',
          es: 'Vigila transacciones anómalas y bloquea pedidos falsos y operaciones fraudulentas',
        },
      },
      {
        id: 'member-rights',
        name: { 'zh-CN': '用户权益保障', en: 'Member benefits', es: 'Derechos de los miembros' },
        description: {
          'zh-CN': '确保会员等级、积分兑换等系统正常运行',
          en: 'Keeps membership levels and points redemption working',
          es: 'Garantiza que los niveles de membresía y el canje de puntos funcionen',
        },
      },
      {
        id: 'data-reports',
        name: { 'zh-CN': '数据报表生成', en: 'Reports', es: 'Informes' },
        description: {
          'zh-CN': '定期输出客服接待量、问题类型分布等运营数据',
          en: 'Publishes regular figures on contact volume and the mix of issue types',
          es: 'Publica cifras periódicas del volumen de contactos y los tipos de incidencia',
        },
      },
    ],
  },
  {
    id: 'tech-support',
    name: {
      'zh-CN': '技术支持与系统运维',
      en: 'Technical support and operations',
      es: 'Soporte técnico y operaciones',
    },
    duties: [
      {
        id: 'fault-diagnosis',
        name: { 'zh-CN': '系统故障排查', en: 'Fault diagnosis', es: 'Diagnóstico de fallos' },
        description: {
          'zh-CN': '协助定位支付失败、页面卡顿等技术问题根源',
          en: 'Helps find the cause of failed payments, slow pages and other technical faults',
          es: 'Ayuda a encontrar la causa de pagos fallidos, páginas lentas y otros fallos técnicos',
        },
      },
      {
        id: 'feature-suggestions',
        name: { 'zh-CN': '功能优化建议', en: 'Feature suggestions', es: 'Sugerencias de mejora' },
        description: {
          'zh-CN': '收集用户反馈推动界面交互改进',
          en: 'Collects customer feedback to improve the interface',
          es: 'Recoge las opiniones de los clientes para mejorar la interfaz',
        },
      },
      {
        id: 'security',
        name: { 'zh-CN': '安全风险防控', en: 'Security', es: 'Seguridad' },
        description: {
          'zh-CN': '识别并阻断恶意攻击、钓鱼网站等网络威胁',
          en: 'Detects and blocks malicious attacks, phishing sites and other online threats',
          es: 'Detecta y bloquea ataques maliciosos, sitios de phishing y otras amenazas',
        },
      },
      {
        id: 'multilingual-support',
        name: { 'zh-CN': '多语言服务支持', en: 'Multilingual support', es: 'Atención multilingüe' },
        description: {
          'zh-CN': '为海外用户提供英文、西班牙语等多语种服务',
          en: 'Serves overseas customers in English, Spanish and other languages',
          es: 'Atiende a los clientes del extranjero en inglés, español y otros idiomas',
        },
      },
    ],
  },
];

/**
 * Which module and duty owns an issue type, and why.
 *
 * @example
 * const owner: IssueOwner = ISSUE_TYPE_OWNERS['coupon-unusable'];
 */
export interface IssueOwner {
  readonly module: ServiceModuleId;
  readonly duty: DutyId;
  /** Why this team owns it, in words a reviewer can check against the guide. */
  readonly rationale: string;
}

/**
 * The owning module and duty of every {@link IssueType}.
 *
 * @example
 * ISSUE_TYPE_OWNERS['quality-dispute']; //=> { module: 'after-sales', duty: 'quality-arbitration', rationale: '…' }
 */
export const ISSUE_TYPE_OWNERS: Readonly<Record<IssueType, IssueOwner>> = {
  'paid-not-shipped': {
    module: 'after-sales',
    duty: 'compensation-plans',
    rationale: 'Q1: past the promised time the customer may claim double compensation (双倍赔偿).',
  },
  'not-as-described': {
    module: 'after-sales',
    duty: 'return-guidance',
    rationale: 'Q2: photograph the item, then file a return with comparison pictures.',
  },
  'coupon-unusable': {
    module: 'pre-sales',
    duty: 'promotion-rules',
    rationale: 'Q3: validity and threshold are coupon rules (优惠券叠加使用方式), then manual write-off.',
  },
  'customs-blocked': {
    module: 'pre-sales',
    duty: 'cross-border-guidance',
    rationale: 'Q4: customs clearance (清关流程) is the cross-border guidance duty.',
  },
  'mistaken-order': {
    module: 'after-sales',
    duty: 'return-guidance',
    rationale: 'Q5: cancel before shipment, otherwise the return process.',
  },
  'payment-problem': {
    module: 'tech-support',
    duty: 'fault-diagnosis',
    rationale: 'The guide names 支付失败 under 系统故障排查.',
  },
  'logistics-delay': {
    module: 'after-sales',
    duty: 'complaint-tracking',
    rationale: 'The channel table files it as a complaint (物流延迟投诉); complaints are tracked.',
  },
  'quality-dispute': {
    module: 'after-sales',
    duty: 'quality-arbitration',
    rationale: '质量问题仲裁: damage and faults, with third-party inspection.',
  },
  'return-exchange': {
    module: 'after-sales',
    duty: 'return-guidance',
    rationale: '退换货流程指引: return request, return address, refund status.',
  },
  'contact-human': {
    module: 'after-sales',
    duty: 'complaint-tracking',
    rationale: 'A person takes the case and keeps a file on it (建立专属档案).',
  },
  'complaint-followup': {
    module: 'after-sales',
    duty: 'complaint-tracking',
    rationale: '投诉记录跟踪: follow complex complaints until resolved.',
  },
  compensation: {
    module: 'after-sales',
    duty: 'compensation-plans',
    rationale: '赔偿方案制定: compensation amounts or coupons under platform rules.',
  },
  'stock-restock': {
    module: 'pre-sales',
    duty: 'stock-updates',
    rationale: '库存动态更新: stock status and restock estimates.',
  },
  'promotion-rules': {
    module: 'pre-sales',
    duty: 'promotion-rules',
    rationale: '活动规则解读: discounts, thresholds, stacking.',
  },
  'product-info': {
    module: 'pre-sales',
    duty: 'product-features',
    rationale: '商品特性解析: specifications, materials, uses.',
  },
  'cross-border-tax': {
    module: 'pre-sales',
    duty: 'cross-border-guidance',
    rationale: '跨境商品指导: duty calculation (关税计算).',
  },
  'membership-points': {
    module: 'promotions',
    duty: 'member-rights',
    rationale: '用户权益保障: membership levels and points redemption.',
  },
  'tech-issue': {
    module: 'tech-support',
    duty: 'fault-diagnosis',
    rationale: '系统故障排查: slow pages and other faults.',
  },
  'security-fraud': {
    module: 'tech-support',
    duty: 'security',
    rationale: '安全风险防控: phishing and attacks; fake orders also reach 异常订单处理.',
  },
  'evidence-guide': {
    module: 'after-sales',
    duty: 'quality-arbitration',
    rationale: 'Evidence (凭证) decides disputes and third-party inspection.',
  },
  feedback: {
    module: 'tech-support',
    duty: 'feature-suggestions',
    rationale: '功能优化建议: collect feedback to improve the interface.',
  },
};

/**
 * The module that owns an issue type, with the duty that applies.
 *
 * @param issueType - the issue type
 * @returns the module and the duty object
 * @example
 * const { module, duty } = serviceModuleFor('membership-points');
 * module.name['zh-CN']; //=> '活动与优惠信息管理'
 * duty.name['zh-CN']; //=> '用户权益保障'
 */
export function serviceModuleFor(issueType: IssueType): {
  module: ServiceModule;
  duty: ServiceDuty;
  rationale: string;
} {
  const owner = ISSUE_TYPE_OWNERS[issueType];
  const module = SERVICE_MODULES.find((m) => m.id === owner.module)!;
  const duty = module.duties.find((d) => d.id === owner.duty)!;
  return { module, duty, rationale: owner.rationale };
}
