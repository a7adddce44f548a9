// The FAQ resolver's lexicons: words that carry no topic, greetings, and the negations that turn
// what follows into something the customer does not want. Data only; analyze.ts reads them.

/** Characters with no topic of their own (particles, pronouns); they still count inside bigrams. */
export const STOP_CHARACTERS = '的了吗呢啊吧呀哦嘛么我你他她它们是在有和就都也很这那个一啥嗯哎噢喔哇诶';

/** Greetings and fillers: their characters produce no feature at all. */
export const FILLER_WORDS: readonly string[] = [
  '你好',
  '您好',
  '请问',
  '在吗',
  '谢谢',
  '麻烦',
  '哈哈',
  '亲亲',
  // The shop's own name (天天特卖) is context in every message, not a question about its rules.
  '天天',
  '特卖',
];

/** English and Spanish function words and greetings, dropped. */
export const STOP_WORDS: readonly string[] = (
  'a an the i me my mine you your we our it its is are was were be been am do does did to of in on at for ' +
  'and or but with this that these those there here what which who how why when can could would should will ' +
  'just so if as by from about into than then them they he she his her have has had get got im ive id please ' +
  'hello hi hey thanks thank ok okay whats hows wheres whos ' +
  // Having bought is the context of nearly every question, not a mistaken order.
  'bought purchased compre ' +
  'el la los las un una unos unas de del al y o que en es son mi mis tu su por para con se lo le me te como ' +
  'cual cuando donde este esta esto ese esa muy ya hay estoy soy fue ha he hola gracias favor ' +
  'tengo tiene tienes puedo puede mucho mucha muchos muchas'
).split(' ');

/**
 * Volitional negations: what follows is something the customer does NOT want (不想退款了). Not
 * 没/不 alone: 没发货 and 用不了 are the very symptoms the FAQ answers.
 */
export const NEGATION_CUES: readonly string[] = [
  '不需要',
  '不打算',
  '没必要',
  '不想',
  '不要',
  '不用',
  '无需',
  '不必',
];

/** Latin negators that, before a word of wanting ({@link LATIN_WANTS}), negate what follows. */
export const LATIN_NEGATORS: readonly string[] = ['dont', 'not', 'no', 'never', 'nunca'];

/** Latin words of wanting or needing. */
export const LATIN_WANTS: readonly string[] = ['want', 'need', 'quiero', 'necesito', 'longer'];

/**
 * Words that make a clause a question: in a long message, the question clause is weighted above
 * the context around it ("I sent the boots back…, so where is my refund?").
 */
export const QUESTION_CUES: readonly string[] = [
  '吗',
  '呢',
  '么',
  '怎么',
  '咋',
  '如何',
  '能不能',
  '能否',
  '可不可以',
  '可以',
  '什么时候',
  '啥时候',
  '几时',
  '多久',
  '哪',
  '为什么',
  '为啥',
  '是不是',
  '有没有',
  '点解',
  '点算',
  '点样',
  '咩',
  'where',
  'how',
  'when',
  'why',
  'what',
  'can',
  'could',
  'is',
  'does',
  'do',
  'will',
  'which',
  'who',
  'donde',
  'como',
  'cuando',
  'que',
  'puedo',
  'cual',
];
