// Chinese spelling variants the FAQ resolver folds away: Traditional characters and the typos
// customers make. Data only; normalize.ts builds its tables from them.

/**
 * Traditional → Simplified pairs for the characters that matter in this domain (orders, shipping,
 * refunds, coupons, customs, accounts, and the everyday words around them), written as
 * "繁简" pairs separated by spaces. Not a general converter: a few hundred characters on purpose.
 */
export const TRADITIONAL_PAIRS =
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

/**
 * Cantonese written forms → their Mandarin counterparts, as "粤普" pairs: 冇货 reads as 没货, 收咗
 * as 收了, 唔见 as 不见 (嘅 的, 咗 了, 唔 不, 喺 在, 冇 没, 嚟 来, 俾/畀 给, 佢 他, 哋 们, 啲 些, 睇 看,
 * 咩 什, 嗰 那, 搵/揾 找, 攞 拿, 揀 选, 仲 还).
 */
export const CANTONESE_PAIRS =
  '嘅的 咗了 唔不 喺在 冇没 嚟来 俾给 畀给 佢他 啲些 睇看 咩什 嗰那 搵找 揾找 攞拿 揀选 仲还 ' +
  '哋们 啱对 冚全 揸拿 嚿块 攰累 餸菜 靚好';

/** Cantonese characters that are two Mandarin ones, as the character then its two (嘢 东西, 咁 这么). */
export const CANTONESE_EXPANSIONS = '嘢东西 咁这么 乜什么';

/** Common confusions in customers' typing, applied unconditionally (the wrong character is rare otherwise). */
export const TYPO_PAIRS = '劵券 欵款 帐账 緃纵 冩写 呌叫';

/**
 * Typos of a pinyin keyboard that are real characters, so only wrong beside their neighbour:
 * the second character of each pair is replaced (清官 qīngguān → 清关, 赔尝 → 赔偿, 积份 → 积分),
 * and Cantonese words, whose both characters may be replaced (几多 → 多少, 呢个 → 这个).
 */
export const TYPO_BIGRAMS =
  '清官清关 海官海关 报官报关 赔尝赔偿 补尝补偿 赔赏赔偿 积份积分 物留物流 快第快递 发贷发货 退贷退货 ' +
  '换贷换货 到贷到货 缺贷缺货 投述投诉 关锐关税 税废税费 密玛密码 验正验证 登陆登录 付欵付款 优慧优惠 寄失寄丢 ' +
  '快地快递 物硫物流 订丹订单 ' +
  // Cantonese words, after the characters are folded (唔 → 不): both characters may change.
  '但系但是 不系不是 就系就是 都系都是 真系真是 即系即是 几多多少 呢个这个 呢件这件 呢款这款 呢度这里 ' +
  '呢些这些 呢张这张 边度哪里 边个哪个 点样怎样 点算怎么 几好挺好 整坏弄坏 同埋以及 定系还是 给钱付钱 ' +
  '么耐么久 好耐好久 几耐多久 点解为何 未到没到 张相照片';

/**
 * 卷 is a real character (卷发棒, 卷纸) but customers type it for 券 (优惠卷, 领卷): replaced only
 * next to a coupon context.
 */
export const JUAN_BEFORE = '惠领用张个有满减红包';
/** The characters after 卷 that make it 券 (用不了, 码, 子). */
export const JUAN_AFTER = '用不没无过码子';
