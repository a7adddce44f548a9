// The built-in reply scripts (话术), kept as data apart from the code. `as const` keeps each template's
// literal type, from which the compiler infers its variables (JSON would lose them).
// The first three are the source guide's own (三.4 善用沟通话术模板); the others follow from its other
// advice (三.5 妥善保存沟通证据, 五 建议用户, the channels of 一 and the duties of 二).
import { EMAIL_RESPONSE_HOURS, HOTLINE_NUMBER } from '../channels/data/contact.js';
import { MINIMUM_RESOLUTION } from '../evidence/data.js';
import type { ScriptDefinitions } from './define.js';

/**
 * The ids of the built-in scripts, in the catalog's order: the guide's three first.
 *
 * @example
 * SCRIPT_IDS.slice(0, 3); //=> ['confirm-request', 'progress-inquiry', 'propose-compensation']
 */
export const SCRIPT_IDS = [
  'confirm-request',
  'progress-inquiry',
  'propose-compensation',
  'handoff-greeting',
  'call-recording-notice',
  'request-evidence',
  'email-acknowledgement',
  'apologize-missed-deadline',
  'escalate-to-platform',
  'satisfaction-survey',
  'phishing-warning',
] as const;

/**
 * The id of a built-in script.
 *
 * @example
 * const id: ScriptId = 'propose-compensation';
 */
export type ScriptId = (typeof SCRIPT_IDS)[number];

// In a `/* @__PURE__ */` arrow call: its templates insert HOTLINE_NUMBER, and a bundler cannot tell
// that an imported value is a plain string, so the bare table would stay in every bundle.
const PHISHING_WARNING = /* @__PURE__ */ (() =>
  ({
    title: { 'zh-CN': '防骗提醒', en: 'Fraud and phishing warning', es: 'Aviso de fraude y phishing' },
    description: {
      'zh-CN': '提醒顾客警惕冒充客服与钓鱼网站，并告知官方核实渠道',
      en: 'Warn the customer about people posing as customer service and about phishing sites, and give the official way to check',
      es: 'Advertir al cliente sobre suplantaciones del servicio de atención y sitios de phishing, e indicar la vía oficial para comprobarlo',
    },
    issueTypes: ['security-fraud', 'payment-problem'],
    templates: {
      'zh-CN': `温馨提示：天天特卖客服不会以任何理由向您索要密码或验证码，也不会要求您通过站外链接付款或办理退款。如收到自称客服的电话、短信或链接，请勿点击，谨防钓鱼网站；如有疑问，请拨打官方客服热线${HOTLINE_NUMBER}核实。`,
      en: `Please note: Tiantian Temai customer service will never ask for your password or verification code, or ask you to pay or get a refund through a link outside the app. If someone claiming to be customer service calls, texts or sends you a link, do not click it, as it may lead to a phishing site. If in doubt, call our official hotline, ${HOTLINE_NUMBER}, to check.`,
      es: `Le recordamos que el servicio de atención al cliente de Tiantian Temai nunca le pedirá su contraseña ni sus códigos de verificación, ni le pedirá que pague o tramite un reembolso a través de enlaces externos a la aplicación. Si alguien que dice ser del servicio de atención al cliente le llama, le envía un SMS o un enlace, no lo abra: podría tratarse de un sitio web de phishing. Si tiene dudas, llame a nuestra línea oficial, ${HOTLINE_NUMBER}, para comprobarlo.`,
    },
  }) as const)();

// 三.1 “格式规范要求:图片分辨率建议800×600以上,文件命名格式为“订单号+问题类型”” (the sizes are
// the evidence area's MINIMUM_RESOLUTION). In a `/* @__PURE__ */` arrow call, as PHISHING_WARNING.
const REQUEST_EVIDENCE = /* @__PURE__ */ (() =>
  ({
    title: { 'zh-CN': '索取凭证', en: 'Ask for evidence', es: 'Solicitar pruebas' },
    description: {
      'zh-CN': '请顾客按清单提供处理问题所需的凭证，并说明图片与命名要求',
      en: 'Ask the customer for the evidence the issue needs, with the picture and file-name requirements',
      es: 'Pedir al cliente las pruebas que necesita la incidencia, con los requisitos de imagen y de nombre',
    },
    issueTypes: [
      'evidence-guide',
      'not-as-described',
      'quality-dispute',
      'customs-blocked',
      'payment-problem',
    ],
    templates: {
      'zh-CN': `为了尽快为您处理订单{orderId}的问题，麻烦您提供以下{items, plural, other {#}}项材料：{items:list}。图片分辨率建议在${MINIMUM_RESOLUTION.longSide}×${MINIMUM_RESOLUTION.shortSide}以上，文件请按“订单号+问题类型”命名，感谢您的配合！`,
      en: `To sort out order {orderId} as quickly as possible, could you please send us the following {items, plural, one {item} other {# items}}: {items:list}? Pictures should be at least ${MINIMUM_RESOLUTION.longSide}×${MINIMUM_RESOLUTION.shortSide} pixels, and please name each file “order number+issue type”. Thank you for your help!`,
      es: `Para resolver cuanto antes la incidencia del pedido {orderId}, ¿podría enviarnos {items, plural, one {el siguiente documento} other {los siguientes # documentos}}: {items:list}? Las imágenes deben tener al menos ${MINIMUM_RESOLUTION.longSide}×${MINIMUM_RESOLUTION.shortSide} píxeles y cada archivo debe llamarse «número de pedido+tipo de problema». ¡Gracias por su colaboración!`,
    },
  }) as const)();

// 一.3 “平均响应时效为24-48小时,复杂问题可能延长至72小时” (the hours are the channels' EMAIL_RESPONSE_HOURS).
const EMAIL_ACKNOWLEDGEMENT = /* @__PURE__ */ (() =>
  ({
    title: { 'zh-CN': '邮件回执', en: 'Email acknowledgement', es: 'Acuse de recibo del correo' },
    description: {
      'zh-CN': `确认已收到顾客邮件，并告知答复时效（${EMAIL_RESPONSE_HOURS.earliest}-${EMAIL_RESPONSE_HOURS.typical}小时，复杂问题${EMAIL_RESPONSE_HOURS.complex}小时）`,
      en: `Confirm an email was received and say when to expect an answer (${EMAIL_RESPONSE_HOURS.earliest} to ${EMAIL_RESPONSE_HOURS.typical} hours, ${EMAIL_RESPONSE_HOURS.complex} for complex cases)`,
      es: `Confirmar la recepción de un correo e indicar el plazo de respuesta (${EMAIL_RESPONSE_HOURS.earliest} a ${EMAIL_RESPONSE_HOURS.typical} horas, ${EMAIL_RESPONSE_HOURS.complex} en casos complejos)`,
    },
    issueTypes: ['logistics-delay', 'complaint-followup', 'feedback'],
    templates: {
      'zh-CN': `您好，关于订单{orderId}的邮件我们已经收到。{complexity, select, standard {我们通常会在${EMAIL_RESPONSE_HOURS.earliest}-${EMAIL_RESPONSE_HOURS.typical}小时内给您答复} complex {由于问题较为复杂，我们将在${EMAIL_RESPONSE_HOURS.complex}小时内给您答复}}，请留意邮箱。感谢您的耐心等待！`,
      en: `Thank you for your email about order {orderId}, which we have received. {complexity, select, standard {We usually reply within ${EMAIL_RESPONSE_HOURS.earliest} to ${EMAIL_RESPONSE_HOURS.typical} hours} complex {As your case needs a closer look, we will reply within ${EMAIL_RESPONSE_HOURS.complex} hours}}, so please keep an eye on your inbox. Thank you for your patience.`,
      es: `Gracias por su correo sobre el pedido {orderId}, que ya hemos recibido. {complexity, select, standard {Normalmente respondemos en un plazo de ${EMAIL_RESPONSE_HOURS.earliest} a ${EMAIL_RESPONSE_HOURS.typical} horas} complex {Como su caso requiere un análisis más detallado, le responderemos en un plazo de ${EMAIL_RESPONSE_HOURS.complex} horas}}, así que le rogamos que esté atento a su bandeja de entrada. Gracias por su paciencia.`,
    },
  }) as const)();

/**
 * The built-in scripts: title, description, the issue types they answer, and the template in
 * zh-CN (polite 您), en and es (usted).
 *
 * @example
 * SCRIPT_CATALOG['confirm-request'].templates['zh-CN']; //=> '请问您需要办理退货还是换货呢？'
 */
export const SCRIPT_CATALOG = {
  // 三.4 确认需求：“请问您需要办理退货还是换货呢?”
  'confirm-request': {
    title: { 'zh-CN': '确认需求', en: 'Confirm the request', es: 'Confirmar la solicitud' },
    description: {
      'zh-CN': '问清顾客要退货还是换货，再按对应流程处理',
      en: 'Ask whether the customer wants a return or an exchange before starting either process',
      es: 'Preguntar si el cliente quiere una devolución o un cambio antes de iniciar el trámite',
    },
    issueTypes: ['return-exchange', 'not-as-described', 'mistaken-order'],
    templates: {
      'zh-CN': '请问您需要办理退货还是换货呢？',
      en: 'Would you like to return the item or exchange it?',
      es: '¿Desea devolver el artículo o prefiere cambiarlo?',
    },
  },
  // 三.4 进度询问：“目前我们正在核实物流信息,请问是否方便留下最新联系方式?”
  'progress-inquiry': {
    title: { 'zh-CN': '进度询问', en: 'Progress update', es: 'Consulta de seguimiento' },
    description: {
      'zh-CN': '告知正在核实物流，并请顾客留下最新联系方式',
      en: 'Say the shipment is being checked and ask for up-to-date contact details',
      es: 'Indicar que se está verificando el envío y pedir datos de contacto actualizados',
    },
    issueTypes: ['logistics-delay', 'paid-not-shipped', 'customs-blocked', 'complaint-followup'],
    templates: {
      'zh-CN': '目前我们正在核实物流信息，请问是否方便留下最新联系方式？',
      en: 'We are currently checking the shipping information. Would you mind leaving us your latest contact details?',
      es: 'En este momento estamos verificando la información del envío. ¿Podría dejarnos sus datos de contacto actualizados?',
    },
  },
  // 三.4 方案确认：“我们计划为您补偿双倍运费,您看是否合适?”
  'propose-compensation': {
    title: { 'zh-CN': '方案确认', en: 'Propose compensation', es: 'Proponer una compensación' },
    description: {
      'zh-CN': '提出补偿双倍运费的方案，并征求顾客同意',
      en: 'Offer double the shipping fee as compensation and ask whether the customer agrees',
      es: 'Ofrecer el doble de los gastos de envío como compensación y preguntar si el cliente está de acuerdo',
    },
    issueTypes: ['compensation', 'paid-not-shipped', 'logistics-delay'],
    templates: {
      'zh-CN': '我们计划为您补偿双倍运费（{amount:yuan}），您看是否合适？',
      en: 'We would like to compensate you with double the shipping fee ({amount:yuan}). Would that be acceptable to you?',
      es: 'Como compensación, le proponemos abonarle el doble de los gastos de envío ({amount:yuan}). ¿Le parece bien?',
    },
  },
  // 一.1 “若需转接人工服务,请在对话框内输入‘转人工’或‘人工客服’,等待系统分配客服人员即可”
  'handoff-greeting': {
    title: { 'zh-CN': '转人工问候', en: 'Greeting after hand-off', es: 'Saludo tras la transferencia' },
    description: {
      'zh-CN': '顾客从智能客服转接人工后，人工客服的第一句话',
      en: 'The first message of a human agent after the chatbot hands the customer over',
      es: 'El primer mensaje del agente cuando el asistente virtual le transfiere al cliente',
    },
    issueTypes: ['contact-human'],
    templates: {
      'zh-CN':
        '您好，我是人工客服{agentName}，很高兴为您服务！您与智能客服的对话记录我已经看到了，请问还有什么需要补充的吗？',
      en: 'Hello, this is {agentName} from customer service, and I’m happy to help. I’ve read your conversation with our virtual assistant. Is there anything you’d like to add?',
      es: 'Hola, le atiende {agentName}, del servicio de atención al cliente. Ya he leído su conversación con nuestro asistente virtual. ¿Hay algo más que quiera añadir?',
    },
  },
  // 三.5 “录音记录:电话沟通时应提前告知对方进行录音”
  'call-recording-notice': {
    title: { 'zh-CN': '录音告知', en: 'Call recording notice', es: 'Aviso de grabación' },
    description: {
      'zh-CN': '电话沟通开始前，告知对方本次通话将被录音',
      en: 'Tell the customer, before the conversation starts, that the call is recorded',
      es: 'Avisar al cliente, antes de empezar, de que la llamada se graba',
    },
    issueTypes: ['payment-problem', 'quality-dispute', 'complaint-followup'],
    templates: {
      'zh-CN': '您好，我是天天特卖客服{agentName}。为了保障您的权益，本次通话将全程录音，请您知悉。',
      en: 'Hello, this is {agentName} from Tiantian Temai customer service. Please be aware that this call will be recorded to protect your rights.',
      es: 'Hola, le atiende {agentName}, del servicio de atención al cliente de Tiantian Temai. Le informamos de que esta llamada será grabada para proteger sus derechos.',
    },
  },
  // 三.1 “必备材料清单:订单截图、支付凭证、商品实物照片、聊天记录截屏”; the caller passes the
  // checklist of the issue (the evidence module's), this module does not import it.
  'request-evidence': REQUEST_EVIDENCE,
  // 一.3 “平均响应时效为24-48小时,复杂问题可能延长至72小时”
  'email-acknowledgement': EMAIL_ACKNOWLEDGEMENT,
  // A reply later than the channel's promise (2小时内, 1小时内, 24-48小时) deserves an apology and a new time.
  'apologize-missed-deadline': {
    title: { 'zh-CN': '超时致歉', en: 'Apology for a late reply', es: 'Disculpa por el retraso' },
    description: {
      'zh-CN': '未能在承诺时效内答复时致歉，并给出新的答复时间（北京时间）',
      en: 'Apologize for missing the promised response time and give a new time (Beijing time)',
      es: 'Disculparse por no responder en el plazo prometido y dar una nueva hora (hora de Pekín)',
    },
    issueTypes: ['complaint-followup', 'logistics-delay', 'paid-not-shipped'],
    templates: {
      'zh-CN':
        '非常抱歉，我们没能按承诺在{promised:within}答复您，耽误了您的时间。我们会在北京时间{deadline:date} {deadline:time}前给您明确答复，再次向您致歉！',
      en: 'We are very sorry that we did not get back to you {promised:within} as promised. We will give you a clear answer by {deadline:time} on {deadline:date} (Beijing time). Once again, please accept our apologies.',
      es: 'Lamentamos mucho no haberle respondido {promised:within}, tal como nos habíamos comprometido. Le daremos una respuesta definitiva antes del {deadline:date}, {deadline:time} (hora de Pekín). Una vez más, le pedimos disculpas.',
    },
  },
  // 三.5 “第三方见证:重大纠纷可邀请平台监察部门介入”
  'escalate-to-platform': {
    title: { 'zh-CN': '平台介入', en: 'Escalate to the platform', es: 'Escalar a la plataforma' },
    description: {
      'zh-CN': '重大纠纷时告知顾客已邀请平台监察部门介入，并给出工单号与联系时效',
      en: 'Tell the customer a major dispute has been escalated to the platform’s monitoring department, with the case number and when they will hear back',
      es: 'Informar al cliente de que una disputa importante se ha escalado al departamento de supervisión de la plataforma, con el número de caso y el plazo',
    },
    issueTypes: ['quality-dispute', 'complaint-followup', 'compensation', 'not-as-described'],
    templates: {
      'zh-CN':
        '非常理解您的心情。鉴于本次纠纷较为重大，我们已邀请平台监察部门介入处理，工单号为{caseId}。监察部门的工作人员会在{window:within}与您联系，请保持电话畅通。',
      en: 'I completely understand how you feel. As this is a major dispute, we have asked the platform’s monitoring department to step in (case number {caseId}). A member of that team will contact you {window:within}, so please keep your phone nearby.',
      es: 'Entiendo perfectamente cómo se siente. Al tratarse de una disputa importante, hemos solicitado la intervención del departamento de supervisión de la plataforma (número de caso: {caseId}). Un miembro de ese equipo se pondrá en contacto con usted {window:within}, así que le rogamos que tenga el teléfono a mano.',
    },
  },
  // 五 “参与客服满意度调查推动服务质量提升”
  'satisfaction-survey': {
    title: { 'zh-CN': '满意度邀请', en: 'Satisfaction survey', es: 'Encuesta de satisfacción' },
    description: {
      'zh-CN': '问题处理完毕后，邀请顾客参与客服满意度调查',
      en: 'Once the issue is solved, invite the customer to a satisfaction survey',
      es: 'Una vez resuelta la incidencia, invitar al cliente a una encuesta de satisfacción',
    },
    issueTypes: ['feedback'],
    templates: {
      'zh-CN':
        '感谢您的耐心与支持！如果方便的话，诚邀您参与客服满意度调查，您的反馈将帮助我们不断提升服务质量：{surveyUrl}',
      en: 'Thank you for your patience and support. If you have a moment, we would love you to take our customer satisfaction survey; your feedback helps us keep improving our service: {surveyUrl}',
      es: 'Gracias por su paciencia y su confianza. Si dispone de un momento, le invitamos a participar en nuestra encuesta de satisfacción; su opinión nos ayuda a seguir mejorando nuestro servicio: {surveyUrl}',
    },
  },
  // 二.4 “安全风险防控:识别并阻断恶意攻击、钓鱼网站等网络威胁”; 一.2 the only hotline is HOTLINE_NUMBER.
  'phishing-warning': PHISHING_WARNING,
} as const satisfies { readonly [Id in ScriptId]: ScriptDefinitions[string] };
