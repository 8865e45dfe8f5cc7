// Canonical form of an utterance for the classifier and for comparing corpora: width, case, script and digits folded.

/**
 * Traditional → simplified for the characters customers of this shop actually type; a full conversion table
 * (opencc) would be 1 MB of data for a handful of benefits, and the character n-grams absorb the rest.
 */
const TRADITIONAL = '後麼麽開認證貨還訂單說幫謝嗎這個們問題關閉戶實會員費錢時間沒與為條樣號碼務電話辦請讓給對錯見準備資權態進過買賣來裡經驗帳賬額餘狀況處種類應該當選擇結頁據記錄評級維護換無價從頭設轉機聽氣險興識夠絡團購運輸數標廣詢啓啟註冊補歷專業隊讀寫體';
const SIMPLIFIED = '后么么开认证货还订单说帮谢吗这个们问题关闭户实会员费钱时间没与为条样号码务电话办请让给对错见准备资权态进过买卖来里经验帐账额余状况处种类应该当选择结页据记录评级维护换无价从头设转机听气险兴识够络团购运输数标广询启启注册补历专业队读写体';

const toSimplified = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) toSimplified.set(TRADITIONAL[i], SIMPLIFIED[i]);

/** Four or more digits are an entity (phone, code, order number), never a word: they become one placeholder. */
const DIGIT_RUN = /\d{4,}/g;
/** Apostrophes join English contractions ("what's" → "whats") instead of splitting them. */
const APOSTROPHE = /['’`]/g;
/** Everything that is not a letter, digit, emoji/symbol or the "+" of "T+0" separates words. */
const SEPARATOR = /[^\p{L}\p{N}\p{So}+#]+/gu;

export function normalizeText(text: string): string {
  let folded = '';
  // NFKC folds full-width letters, digits and punctuation (ＰＬＵＳ, ？) into their ASCII forms.
  for (const ch of text.normalize('NFKC').toLowerCase()) folded += toSimplified.get(ch) ?? ch;
  return folded.replace(APOSTROPHE, '').replace(DIGIT_RUN, '#').replace(SEPARATOR, ' ').trim();
}
