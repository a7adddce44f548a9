// The facts of the cases area, each beside the words of its source: the guide's case file and
// record rules, and the laws behind the legal clocks. The 7-day return itself is `/sla`'s
// RETURN_WINDOW_LAW (the same counting serves the refund and 三包 here).

/**
 * What the source guide says about case files and records.
 *
 * @example
 * GUIDE_CASE_WORDS.caseFile; //=> '投诉记录跟踪:建立专属档案,持续跟进复杂投诉直至圆满解决'
 */
export const GUIDE_CASE_WORDS = {
  caseFile: '投诉记录跟踪:建立专属档案,持续跟进复杂投诉直至圆满解决',
  chatRecords: '文字存档:在线聊天记录需完整保存至少1个月',
  thirdParty: '第三方见证:重大纠纷可邀请平台监察部门介入',
  blockchain: '区块链存证:重要沟通记录上链确保不可篡改',
} as const;

/**
 * The seller's refund after a no-reason return: within 7 days of receiving the returned goods.
 *
 * @example
 * SELLER_REFUND.days; //=> 7
 */
export const SELLER_REFUND = {
  // Checked 2026-12-02 against the law's text in LawRefBook/Laws (commit 2f4c5c2),
  // 民法商法/消费者权益保护法(2013-10-25).md: art. 25, third paragraph, word for word.
  days: 7,
  source: '中华人民共和国消费者权益保护法 第二十五条',
  words: '经营者应当自收到退回商品之日起七日内返还消费者支付的商品价款。',
} as const;

/**
 * 三包 (repair, replacement, return) for goods in the catalogue of 《部分商品修理更换退货责任规定》:
 * within 7 days a performance fault gives the choice of return, exchange or repair (art. 9); within
 * 15 days, of exchange or repair (art. 10).
 *
 * Checked 2026-12-02: articles 9 and 10 and their words as three independent pages quote them
 * (uianet.net/dictionary/b2535463.html, crsrw.com/falvjiangtang/111959.html,
 * bjxgfjob.com/changshi/434061.html); no official text was at hand.
 *
 * @example
 * THREE_GUARANTEES.map((rule) => rule.days); //=> [7, 15]
 */
export const THREE_GUARANTEES = [
  {
    id: 'three-guarantees-return',
    days: 7,
    source: '部分商品修理更换退货责任规定 第九条',
    words: '产品自售出之日起7日内，发生性能故障，消费者可以选择退货、换货或修理。',
  },
  {
    id: 'three-guarantees-exchange',
    days: 15,
    source: '部分商品修理更换退货责任规定 第十条',
    words: '产品自售出之日起15日内，发生性能故障，消费者可选择换货或者修理。',
  },
] as const;

/**
 * 人民法院在线诉讼规则 (in force 2021-08-01), art. 16: data stored on a blockchain and verified is
 * presumed unaltered after it was put on chain; what happened before is judged separately (art. 18).
 * Checked 2026-12-02 against the text in LawRefBook/Laws (commit 2f4c5c2),
 * 司法解释/人民法院在线诉讼规则(2021-06-16).md: art. 16 word for word, arts. 17–18, and art. 39
 * (in force 2021-08-01).
 *
 * @example
 * ONLINE_LITIGATION_RULES.source; //=> '人民法院在线诉讼规则 第十六条至第十八条'
 */
export const ONLINE_LITIGATION_RULES = {
  source: '人民法院在线诉讼规则 第十六条至第十八条',
  inForce: '2021-08-01',
  words:
    '当事人作为证据提交的电子数据系通过区块链技术存储，并经技术核验一致的，人民法院可以认定该电子数据上链后未经篡改，但有相反证据足以推翻的除外。',
} as const;
