// Text normalization for the FAQ resolver: the same bytes in, the same string out, in every
// JavaScript engine (no Intl.Segmenter, no locale-dependent case mapping).

/**
 * Traditional → Simplified pairs for the characters that matter in this domain (orders, shipping,
 * refunds, coupons, customs, accounts, and the everyday words around them), written as
 * "繁简" pairs separated by spaces. Not a general converter: a few hundred characters on purpose.
 */
const TRADITIONAL_PAIRS =
  '發发 貨货 運运 費费 訂订 單单 購购 買买 賣卖 錢钱 優优 關关 稅税 賠赔 償偿 質质 問问 題题 轉转 換换 ' +
  '帳账 賬账 號号 碼码 護护 險险 詐诈 騙骗 盜盗 釣钓 魚鱼 網网 頁页 閃闪 頓顿 載载 開开 機机 壞坏 損损 ' +
  '裝装 價价 積积 會会 員员 級级 兌兑 禮礼 贈赠 資资 訊讯 圖图 顏颜 與与 實实 樣样 遞递 達达 時时 間间 ' +
  '過过 還还 沒没 這这 個个 麼么 為为 說说 話话 請请 讓让 嗎吗 們们 東东 點点 鐘钟 邊边 後后 裡里 裏里 ' +
  '著着 對对 應应 該该 給给 幫帮 電电 線线 聯联 繫系 係系 絡络 郵邮 評评 論论 議议 滿满 減减 額额 據据 ' +
  '證证 錄录 檔档 憑凭 紀纪 處处 擬拟 進进 際际 國国 檢检 驗验 測测 報报 舉举 詢询 諮咨 規规 則则 動动 ' +
  '劃划 啟启 齊齐 補补 庫库 調调 參参 數数 適适 場场 產产 廠厂 標标 準准 類类 種种 雙双 戶户 餘余 辦办 ' +
  '務务 專专 屬属 蹤踪 紛纷 訴诉 體体 軟软 統统 錯错 誤误 異异 無无 顯显 敗败 筆笔 複复 擊击 惡恶 釋释 ' +
  '構构 稱称 書书 區区 島岛 倉仓 儲储 廣广 臺台 灣湾 門门 來来 見见 經经 將将 從从 寫写 讀读 認认 識识 ' +
  '計计 設设 選选 擇择 愛爱 樂乐 歡欢 氣气 飛飞 紅红 綠绿 藍蓝 黃黄 舊旧 長长 寬宽 輕轻 褲裤 襪袜 鏡镜 ' +
  '錶表 紙纸 盤盘 鍋锅 腦脑 視视 燈灯 齡龄 歲岁 聽听 詩诗 講讲 譯译 語语 陽阳 週周 幾几 鐵铁 車车 醫医 ' +
  '藥药 隻只 條条 隊队 內内 頭头 臉脸 兩两 萬万 億亿 當当 夠够 歸归 衛卫 態态 鬆松 緊紧 總总 結结 斷断 ' +
  '續续 繼继 響响 嚴严 廢废 罰罚 緩缓 遲迟 確确 覺觉 顧顾 導导 預预 約约 範范 圍围 團团 輸输 節节 慶庆 ' +
  '搶抢 殺杀 領领 隨随 獎奖 勵励 簽签 權权 張张 閱阅 傳传 匯汇 賺赚 寶宝 貝贝 親亲 謝谢 尋寻 漲涨 虧亏 ' +
  '貴贵 鮮鲜 獲获 審审 鑒鉴 鑑鉴 詳详 細细 覆复 復复 熱热 凍冻 濕湿 乾干 淨净 髒脏 爛烂 傷伤 靜静 煩烦 ' +
  '罵骂 擾扰 陸陆 滯滞 鄉乡 鎮镇 縣县 櫃柜 於于 妳你 您您 甚什 麽么 兒儿 樣样 臺台 銷销 鏈链 鎖锁 ' +
  '驟骤 驗验 製制 卻却 隱隐 私私 視视 頻频 響响 邏逻 輯辑 蓋盖 戲戏 協协 助助 廳厅 館馆 歷历 曆历 ' +
  '嗎吗 囉啰 嘛嘛 這这 麼么 說说 給给 寄寄 單单 帶带 壓压 衝冲 漢汉 貨货 賠赔 險险 暫暂 現现 顆颗 ' +
  '試试 們们 縮缩 滾滚 彈弹 當当 極极 熱热 瀏浏 覽览 碼码 儀仪 錄录 綁绑 戶户 盜盗 竊窃 惡恶 偽伪 冒冒 ' +
  '詳详 層层 聲声 錄录 攝摄 龍龙 學学 習习 讚赞 謊谎 騙骗 誰谁 談谈 問问 題题 訴诉 牆墙 銀银 鍵键 盤盘';

/** Common confusions in customers' typing, applied unconditionally (the wrong character is rare otherwise). */
const TYPO_PAIRS = '劵券 欵款 帐账 緃纵 冩写 呌叫';

/**
 * Typos of a pinyin keyboard that are real characters, so only wrong beside their neighbour:
 * the second character of each pair is replaced (清官 qīngguān → 清关, 赔尝 → 赔偿, 积份 → 积分).
 */
const TYPO_BIGRAMS =
  '清官清关 海官海关 报官报关 赔尝赔偿 补尝补偿 赔赏赔偿 积份积分 物留物流 快第快递 发贷发货 退贷退货 ' +
  '换贷换货 到贷到货 缺贷缺货 投述投诉 关锐关税 税废税费 密玛密码 验正验证 登陆登录 付欵付款 优慧优惠';

/** Special table values: 0 = separator; JOIN = dropped inside a word (apostrophe, combining mark); NFKC = needs NFKC first. */
const SEPARATOR = 0;
const JOIN = 1;
const NEEDS_NFKC = 2;

/** The CJK range the resolver indexes (Extension A and the Unified Ideographs). */
export const CJK_START = 0x3400;
export const CJK_END = 0x9fff;

/**
 * One table for every UTF-16 code unit: what it becomes (lower case, Simplified, typo fixed,
 * accent folded, full width → ASCII), or SEPARATOR. Built once, on first use.
 */
let table: Uint16Array | undefined;

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) t[c] = c;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  // Full-width digits and letters (NFKC would do the same).
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = c - 0xff10 + 0x30;
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xff21 + 0x61;
  for (let c = 0xff41; c <= 0xff5a; c++) t[c] = c - 0xff41 + 0x61;
  for (let c = CJK_START; c <= CJK_END; c++) if (c < 0x4dc0 || c >= 0x4e00) t[c] = c;
  t[0x27] = JOIN;
  t[0x2019] = JOIN;
  for (let c = 0x300; c <= 0x36f; c++) t[c] = JOIN;
  // Compatibility characters NFKC turns into letters, digits or ideographs.
  for (const [from, to] of [
    [0x2460, 0x24ff], // circled numbers and letters
    [0x2e80, 0x2fdf], // CJK radicals, Kangxi radicals
    [0x3200, 0x33ff], // enclosed CJK, CJK compatibility
    [0xf900, 0xfaff], // CJK compatibility ideographs
    [0xfb00, 0xfb4f], // ligatures (ﬁ)
  ] as const) {
    for (let c = from; c <= to; c++) t[c] = NEEDS_NFKC;
  }
  for (const [letters, base] of [
    ['áàäâãå', 'a'],
    ['éèëê', 'e'],
    ['íìïî', 'i'],
    ['óòöôõ', 'o'],
    ['úùüû', 'u'],
    ['ñ', 'n'],
    ['ç', 'c'],
    ['ýÿ', 'y'],
  ] as const) {
    for (const ch of letters) {
      t[ch.charCodeAt(0)] = base.charCodeAt(0);
      t[ch.toUpperCase().charCodeAt(0)] = base.charCodeAt(0);
    }
  }
  for (const pairs of [TRADITIONAL_PAIRS, TYPO_PAIRS]) {
    for (const pair of pairs.split(' ')) {
      if (pair.length === 2 && pair[0] !== pair[1]) t[pair.charCodeAt(0)] = pair.charCodeAt(1);
    }
  }
  return t;
}

/** Key (first << 16 | wrong second) → the right second character. */
const TYPO_FIXES = new Map<number, number>();
/** Per UTF-16 code: 1 when it is the wrong second character of some pair. */
let typoSecond: Uint8Array | undefined;

function typoTables(): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (const pair of TYPO_BIGRAMS.split(' ')) {
    TYPO_FIXES.set((pair.charCodeAt(0) << 16) | pair.charCodeAt(1), pair.charCodeAt(3));
    flags[pair.charCodeAt(1)] = 1;
  }
  return flags;
}

const JUAN = '卷'.charCodeAt(0);
const QUAN = '券'.charCodeAt(0);
/**
 * 卷 is a real character (卷发棒, 卷纸) but customers type it for 券 (优惠卷, 领卷): replaced only
 * next to a coupon context.
 */
const JUAN_BEFORE = new Set([...'惠领用张个有满减红包'].map((c) => c.charCodeAt(0)));
const JUAN_AFTER = new Set([...'用不没无过码子'].map((c) => c.charCodeAt(0)));

/**
 * The default cap on the analyzed text, in characters after normalization. A longer text is
 * analyzed from its beginning (customers state the issue first). The raw input is first cut to
 * four times this length, so a 1 MB string costs no more than a short one.
 *
 * @example
 * resolveFaq(longText, { maxQueryLength: DEFAULT_MAX_QUERY_LENGTH * 2 });
 */
export const DEFAULT_MAX_QUERY_LENGTH = 512;

/**
 * Normalizes `text` into `out` as UTF-16 codes: CJK ideographs and `a-z0-9`, runs of anything else
 * as one space (0x20), no leading or trailing space. Returns the length.
 */
export function normalizeInto(text: string, maxLength: number, out: Uint16Array): number {
  table ??= buildTable();
  const t = table;
  const limit = Math.min(maxLength, out.length);
  let source = text.length > maxLength * 4 ? text.slice(0, maxLength * 4) : text;
  let n = 0;
  let pendingSpace = false;
  let sawJuan = false;
  let nfkcDone = false;
  for (let i = 0; i < source.length && n < limit; i++) {
    const mapped = t[source.charCodeAt(i)] as number;
    if (mapped > NEEDS_NFKC) {
      if (pendingSpace && n > 0) out[n++] = 0x20;
      pendingSpace = false;
      if (n < limit) out[n++] = mapped;
      if (mapped === JUAN) sawJuan = true;
    } else if (mapped === SEPARATOR) {
      pendingSpace = true;
    } else if (mapped === NEEDS_NFKC && !nfkcDone) {
      // Rare: restart once on the NFKC form (which has no such characters left, or keeps them as separators).
      nfkcDone = true;
      source = source.normalize('NFKC');
      n = 0;
      pendingSpace = false;
      sawJuan = false;
      i = -1;
    } else if (mapped === NEEDS_NFKC) {
      pendingSpace = true;
    }
  }
  typoSecond ??= typoTables();
  for (let i = 1; i < n; i++) {
    const c = out[i] as number;
    if (typoSecond[c] === 1) out[i] = TYPO_FIXES.get(((out[i - 1] as number) << 16) | c) ?? c;
  }
  if (sawJuan) {
    for (let i = 0; i < n; i++) {
      if (out[i] !== JUAN) continue;
      if (JUAN_BEFORE.has(out[i - 1] ?? 0) || JUAN_AFTER.has(out[i + 1] ?? 0)) out[i] = QUAN;
    }
  }
  return n;
}

let scratch = new Uint16Array(DEFAULT_MAX_QUERY_LENGTH);

/**
 * Normalizes customer text for matching: lower case, full width → half width, Traditional →
 * Simplified for the domain's characters, common typo confusions (卷/劵→券, 欵→款, 帐→账, and by
 * their neighbour 清官→清关, 赔尝→赔偿, 积份→积分, 发贷→发货, 登陆→登录), accents
 * folded, and every other character (punctuation, emoji, controls, lone surrogates) turned into a
 * single space. Compatibility characters (①, ㈱, ﬁ) go through NFKC. Never throws for a string.
 *
 * @param text - any string
 * @param maxLength - the cap on the result's length (default `DEFAULT_MAX_QUERY_LENGTH`, 512)
 * @returns the normalized text: CJK characters, `a-z0-9` words, single spaces
 * @example
 * normalizeFaqText('優惠卷 用不了！！😭'); //=> '优惠券 用不了'
 */
export function normalizeFaqText(text: string, maxLength: number = DEFAULT_MAX_QUERY_LENGTH): string {
  if (scratch.length < maxLength) scratch = new Uint16Array(maxLength);
  const n = normalizeInto(text, maxLength, scratch);
  let result = '';
  for (let i = 0; i < n; i += 1024) {
    result += String.fromCharCode(...scratch.subarray(i, Math.min(n, i + 1024)));
  }
  return result;
}
