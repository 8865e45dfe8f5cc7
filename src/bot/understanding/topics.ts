// Questions and complaints with an answer of their own: the topics, goods not received, anger.
import type { Topic } from '../../../machines/events';
import type { Intent } from '../../../machines/domain';
import { CREDIT_REFUSED_STEP, ORDER_LIST, RECEIPT_STEP, SHOP_STEPS, TERMS_STEP } from './steps';

/**
 * A long number labelled as the shop's own (订单号, 快递单号, "order number"): no bank card number, whatever its length.
 */
export const NUMBER_NAMED = /订单号|订单编号|单号|运单|物流|快递|\b(?:order|tracking|parcel) (?:no\.?|number|id)\b/i;

/** The text-message code by the names people give it (动态密码, 短信密码): a code typed after them is the code. */
/**
 * The option not seen at checkout ("在结算页找不到先用后付选项怎么办", "I can't see pay later at checkout"): with pay-later
 * on, the status card's "all set 🎉" was the answer, which does not help. In chat spellings too ("i cant see", "why dont i
 * see", "there's no pay later"): before the login three of them were not understood.
 */
export const OPTION_NOT_SHOWN =
  /(?:结算|支付方式|付款方式).{0,6}没(?:有)?(?:先用后付|这个选项|pay ?later)|(?:找不到|看不到|没看到|看不见|不显示|没显示|没出现|不出现|选不了|不能选|没得选).{0,10}(?:先用后付|这个选项|选项|pay ?later)|(?:先用后付|pay ?later|选项).{0,8}(?:找不到|看不到|没看到|看不见|不显示|没显示|没出现|不出现|选不了|不能选)|\b(?:can['’]?t|cannot|can not|couldn['’]?t|don['’]?t|do not|didn['’]?t|did not)(?: i| we)?(?: even)? (?:see|find|select|choose|pick|get)\b.{0,30}\b(?:pay ?later|option)\b|\bthere(?:['’]?s| is| was) no (?:pay ?later|option)\b|\b(?:pay ?later|option)\b.{0,20}\b(?:not showing|not shown|not appearing|not available|missing|isn['’]?t (?:there|showing|shown|appearing|available)|not there|(?:does ?n['’]?t|does not|won['’]?t|will not) (?:show|appear))\b/i;

export const CODE_CALLED_PASSWORD = /动态密码|短信密码/;

/**
 * The account's phone number changed ("我的手机号换了", "I changed my phone number"): one got a clarifying question, the
 * other was heard as cancel and left the login. Not another number offered (换个手机号: otherPhone), nor a delivery's.
 */
export const PHONE_CHANGED =
  /(?:手机号码?|电话号码?|号码)(?:已经)?(?:换|改|变)(?:了|掉了|过了)|(?:换|改)(?:了)?(?:新)?(?:手机号码?|电话号码?|号码|号)了|换了(?:个|一个)?(?:新)?(?:手机号码?|电话号码?|号码)|(?:原来|以前|之前|旧)的?(?:手机号码?|号码|号)(?:不用了|停(?:机|用)了|注销了|没了|用不了了?)|\b(?:i )?(?:have |'ve )?changed my (?:phone |mobile |cell )?number\b|\bmy (?:phone |mobile |cell )?number (?:has |is )?changed\b|\bnew (?:phone |mobile |cell )?number now\b|\b(?:no longer|don'?t) (?:have|use) (?:my |that |the )?old (?:phone |mobile |cell )?number\b/i;
export const PHONE_CHANGED_UNLESS = /收货|收件|地址|快递|物流|订单|单号|\border|\bdeliver|\baddress|\bparcel|\bpackage/i;

/** The credit limit asked about ("额度是多少", "what is the limit?"): at the terms it got the status card, which has none yet. */
export const CREDIT_LIMIT = /额度|限额|\b(?:credit |spending )?limit\b|\bcredit line\b|\bhow much can i (?:spend|use|borrow)\b|(?:最多)?(?:能|可以)(?:用|花|借)多少/i;
/** The onboarding's steps, where pay-later is not on yet: the limit asked there is not on the status card either. */
export const BEFORE_PAY_LATER_STEPS = new Set([...Object.keys(SHOP_STEPS), CREDIT_REFUSED_STEP, TERMS_STEP]);

/**
 * The money asked back by when with no word for a refund ("钱什么时候退给我", "什么时候把钱还给我"): a refund's timing. Not
 * "钱什么时候还", which is paying.
 */
export const MONEY_BACK_WHEN =
  /钱[^，,。？?]{0,2}(?:多久|多长时间|什么时候|啥时候|哪天|几天)(?:能|会|才|可以)?(?:退|还给我|还回来)|(?:多久|多长时间|什么时候|啥时候|哪天|几天)(?:能|会|才|可以)?把?钱(?:退|还给我|还回来)/;

/**
 * Questions the intents do not cover but that have a clear answer (and "wait", in STEP_ANSWERS). Turning pay-later off
 * ("怎么关闭先用后付") read as enable and started the onboarding, and "我不想用了，怎么关闭" got a clarifying question;
 * "我忘记密码了" got one too. An order or a return named with them is about that order ("先用后付的订单怎么取消"), and a
 * payment password is not the login's: both are left to the intents.
 */
export const TOPIC_WORDS: Array<{ topic: Topic; words: RegExp; unless?: RegExp }> = [
  // "为什么要我的手机号？安全吗" at the phone step was told it needs a login. In English with chat spellings too ("why do
  // u need my phone number", "why r u asking for my number", "is it safe to give my phone number": not understood).
  {
    topic: 'whyPhone',
    words:
      /(?:为什么|为啥|干嘛|干吗|凭什么)(?:还|非|一定)?(?:要|需要|得)(?:我的?)?(?:手机号|手机|电话)|要(?:我的?)(?:手机号码?|手机|电话号码?)(?:干嘛|干吗|干什么|做什么|有什么用|有啥用)|手机号.{0,4}(?:安全吗|会不会泄露|泄露)|\bwhy (?:(?:do|does|would|should|d) (?:you|u|ya|you guys|u guys|the bot|this bot|it) (?:even )?(?:need|want|require|ask for|ask me for)|(?:are|r) (?:you|u) (?:even )?(?:asking(?: me)? for|requesting|collecting|wanting|needing)|(?:you['’]?re|ur|u['’]?re) (?:asking(?: me)? for|requesting|collecting)|is|(?:do )?(?:you |u )?need) (?:my |ur |your |the |a )?(?:phone|number|mobile|cell)|\bwhat (?:do|does) (?:you|u|it) (?:need|want) (?:my |the )?(?:phone|number|mobile|cell)(?: number)? for\b|\b(?:is it|is this|is that|it['’]?s|its) (?:really |even )?(?:safe|secure|legit|ok|okay) to (?:give|share|send|enter|type|put in|tell)(?: (?:you|u|ur bot|this bot|the bot|it|this))? (?:my |ur |your |the |a )?(?:phone|number|mobile|cell)|\b(?:is|will) my (?:phone |mobile |cell )?(?:number|phone)(?: number)? (?:be )?(?:safe|secure|protected|private|shared|sold|leaked)/i,
  },
  // "怎么还要验证码，我记得不用啊" at the code step got a clarifying question offering to pay an order; "whats the code for?"
  // was told the bot only knows about pay later.
  {
    topic: 'whyCode',
    words:
      /(?:为什么|为啥|干嘛|怎么|咋)(?:还|又)?(?:要|需要|得)(?:输|填|发|收)?(?:个|一个)?(?:短信)?验证码|验证码(?:是)?(?:干嘛|干什么|做什么|有什么用|有啥用|用来干)|(?:能不能|可以|可不可以)不(?:用|要|输|填)(?:短信)?验证码|\bwhy (?:do (?:you|u|i) need|is there|the) (?:a |the |this )?(?:text |sms )?code\b|\b(?:log ?in|sign in) without (?:a |the )?code\b|\bwhat(?:['’]?s| is) (?:the |this |that |a )?(?:text |sms |verification |one[- ]time )?code (?:for|about)\b|\bwhat (?:do|does) (?:i|you|u|it) (?:need|want) (?:the |this |a )?(?:text |sms )?code for\b|\bwhat (?:is|does) (?:this|that) code\b(?! (?:say|number))/i,
  },
  // "那不登录能开吗" got the credit text: logging in is how the bot checks the account; or check it in the shop app.
  {
    topic: 'loginNeeded',
    // "不登录不行吗？" (the phone prompt again, the question ignored), "do I have to log in?".
    words: /不(?:用|要|想)?(?:登录|登陆|登入)(?:的话)?(?:也|就)?(?:能|可以|行|可不可以|能不能)|不(?:登录|登陆|登入)(?:的话)?(?:就)?不(?:行|可以|能)(?:吗|么|嘛|呢)|(?:能|可以)不(?:登录|登陆|登入)|(?:非得|一定要|必须)(?:要)?(?:登录|登陆)|\bwithout (?:logging in|log ?in|signing in|an account)\b|\b(?:skip|avoid) (?:the )?(?:log ?in|logging in|sign ?in)\b|\b(?:do|must) i (?:really |even )?(?:have to|need to|got to) (?:log ?in|login|sign ?in)\b|\bis (?:a |the )?log ?in (?:really )?(?:required|necessary|needed)\b/i,
  },
  // "不想给手机号 你直接查不行吗" got a clarifying question: the number is the login, which is how the bot looks anything up.
  {
    topic: 'loginNeeded',
    words:
      /不(?:想|愿意|要|能|方便)?(?:给|告诉|提供|留)(?:你)?(?:我的)?(?:手机号码?|手机|电话号码?|号码)|(?:你)?直接(?:帮我)?查(?:一?下)?(?:不行吗|不就行了|不可以吗|就行了?|呗)|\bwithout (?:giving|sharing|telling) (?:you )?my (?:phone|number|mobile)\b|\bcan'?t you (?:just )?(?:check|look (?:it )?up)\b/i,
  },
  // A link, page, app or button that does not work ("the link is broken" at the PLUS step, "the app is broken": the
  // classifier's return, "no such orders" or a login to return something; "链接打不开", "app坏了": not understood). Goods
  // that do not work are a return (brokenGoods); the option not seen at checkout is read before the topics. Not a condition
  // ("can i return it if the app is broken"), which is the question it asks.
  {
    topic: 'technicalProblem',
    words:
      /(?:链接|网址|页面|网页|界面|app|应用|软件|按钮|二维码|网站|小程序)(?:也|还是|一直|总是|老是|根本)?(?:打不开|点不开|点不了|按不了|进不去|加载不出来?|加载不了|用不了|没反应|坏了|崩了|闪退|卡住了?|卡死了?|一直转圈|报错|出错了?|白屏|失效了?|无效)|(?:打不开|点不开|进不去)(?:这个|那个)?(?:链接|网址|页面|网页|app|网站)|\b(?:link|url|page|web ?page|site|website|app|application|button|code|qr code|screen)s?\b[^.?!,;]{0,24}?\b(?:broken|not working|(?:does ?n['’]?t|does not|did ?n['’]?t|did not|wo ?n['’]?t|will not) (?:work|open|load)|(?:is ?n['’]?t|is not|are ?n['’]?t|are not) (?:working|loading|opening)|not (?:loading|opening)|keeps? (?:crashing|failing|freezing)|crash(?:es|ed)|(?:is|was) down|gives? (?:me )?an error|shows? an error|(?:is )?blank)\b|\b(?:can['’]?t|cannot|can not|couldn['’]?t|unable to) (?:open|load|click|tap|access|get into)\b[^.?!,;]{0,12}?\b(?:link|url|page|web ?page|site|website|app|button)\b/i,
    unless: /如果|要是|万一|\bif\b|\bin case\b|\bwhat if\b/i,
  },
  // "已经付款的订单能改成先用后付吗" got the FAQ on paying: pay-later is chosen at checkout; a placed order stays as it is.
  {
    topic: 'orderSwitch',
    words:
      /(?:(?:已经|已|之前|以前|刚才|刚刚|刚)(?:付款|付了款|付过款|支付过?|下单|下了单|下过单|买|拍)(?:了|过)?的?(?:订单|东西|商品|单子)|(?:已经|已)(?:下单|下了单|下过单|付款|付了款|付过款)了?)[^。]{0,10}?(?:改|换|转|变|用|选)(?:成|为|用)?(?:先用后付|pay ?later)|(?:订单|这单|那单|这笔|那笔|单子)[^。]{0,8}(?:改成|换成|转成|改用|换用|变成|改为)(?:先用后付|pay ?later)|下了?单(?:以后|之后|后|了)?[^。]{0,6}(?:改成|换成|转成|改用|换用|变成|改为|补选|改选)(?:先用后付|pay ?later)|\b(?:switch|change|convert|move|turn)\b.{0,40}\b(?:order|purchase)\b.{0,30}\bpay ?later\b|\b(?:order|purchase)s?\b[^.?!]{0,30}\balready\b[^.?!]{0,30}\bpay ?later\b|\balready (?:placed|ordered)\b.{0,40}\bpay ?later\b|\balready paid (?:for )?(?:the |my |an |this )?order\b.{0,40}\bpay ?later\b/i,
    unless: /确认收货|退|逾期|\breturn|\brefund|\boverdue/i,
  },
  // "能不能延期几天" got the FAQ on paying: a due date cannot be put off here. "额 我手头紧 能晚几天吗" (nothing to pay
  // named) got a clarifying question.
  {
    topic: 'dueExtension',
    words: /(?:能|可以|能不能|可不可以|可否)(?:再)?(?:晚|拖|缓)(?:个)?(?:几|两|一|三|些)天|手头(?:有点|有些|比较|太|很)?紧|延期|延迟(?:付款|还款|几天)|推迟(?:付款|还款|几天)?|宽限|晚(?:几|两|一)天(?:再)?(?:付|还)|(?:过|晚)几天(?:再)?(?:付|还)|\b(?:extend|postpone|push back|delay)\b.{0,20}\b(?:due|deadline|payment|paying)\b|\bpay (?:it |for it )?(?:a (?:few|couple of) days|a (?:bit|little|week)|(?:\w+ )?days?) later\b|\bpay (?:it )?next (?:week|month)\b|\bmore time to pay\b|\bextension\b/i,
    unless: /订单号|发货|物流|快递|\bdeliver|\bship/i,
  },
  // "我银行卡里没钱了" (a clarifying question) says what "我现在没钱 能晚几天再还吗" asks: the same answer. Not a refund's money,
  // nor whether pay-later can be had without money ("没钱能用先用后付吗").
  {
    topic: 'dueExtension',
    words:
      /(?:银行卡|卡|账户|余额|支付宝|微信|钱包|手里|手上|兜里|身上)(?:里|上)?(?:面)?(?:都|也|现在)?(?:没(?:有)?钱|没余额|余额不足|钱不够)|(?:我|现在|最近|这个月|目前|暂时)(?:现在|最近|暂时|实在|真的)?没(?:有)?钱(?:了|付|还)?|(?:付|还|交)不起|\b(?:i )?(?:have|got) no money\b|\bcan['’]?t afford\b|\b(?:i['’]?m|i am) (?:broke|out of money)\b|\bno money (?:in|on) (?:my )?(?:card|account)\b|\binsufficient (?:funds|balance)\b/i,
    unless: /退|到账|开通|能用|可以用|先用后付|\brefund|\bpay ?later\b|\bcan i use\b/i,
  },
  // "我会被催收吗" (not understood): the article says only that late payment harms credit; the shop's practice is not the
  // chat's to say.
  {
    topic: 'collection',
    words:
      /催收|催债|催款|讨债|追债|要债|爆通讯录|(?:打电话|上门|找上门)(?:来)?催|催(?:我|到)(?:家里?|家人)|\bdebt collect|\bcollectors?\b|\bcollection (?:agenc|call)|\b(?:will|would|do) (?:they|you|the shop) (?:call|chase|harass|hound) (?:me|my family)\b/i,
  },
  // "认证要多久" got the real-name FAQ: it is done on the shop's page; the bot goes on once the shop says so.
  {
    topic: 'realNameTime',
    words: /(?:实名|认证).{0,6}(?:多久|多长时间|多少时间|几天|几分钟|要等多久|什么时候(?:能)?(?:好|通过|完成))|\bhow long\b.{0,30}\b(?:verification|verify|real[- ]?name)\b|\b(?:verification|real[- ]?name)\b.{0,20}\bhow long\b|\bwhen (?:will|does|is|do|can) (?:my |the )?(?:real[- ]?name )?verification\b/i,
  },
  // "PLUS什么时候生效" at the PLUS step got the PLUS explainer: it takes effect once bought.
  {
    topic: 'plusTime',
    words: /(?:plus|会员).{0,6}(?:什么时候|啥时候|多久|多长时间|何时)(?:才|能|才能|会|才会)?(?:生效|好|开通|成功|显示|到账|能用)|\bwhen (?:will|does|is|do) (?:my |the )?plus\b.{0,20}\b(?:active|start|kick in|work|take effect|show)|\bhow long\b.{0,20}\bplus\b.{0,20}\b(?:active|effect|work|show)/i,
  },
  // "需要什么条件 开通要多久" left the second half unanswered, "how long does it take to turn on?" started the login: turning
  // it on has no wait of its own once the conditions are met. After the PLUS and real-name times, which name their step.
  {
    topic: 'enableTime',
    words:
      /(?:开通|开)(?:先用后付|这个|它)?(?:要|需要|得)?(?:等)?(?:多久|多长时间|多少时间|几天|几分钟)|(?:多久|多长时间|几天)(?:才|就)?(?:能|可以|会)?(?:开通|开好|生效)|开通(?:以后|之后|后)(?:多久|多长时间)(?:才|就)?(?:能|可以)?(?:用|生效)|先用后付(?:要|需要)?(?:等)?(?:多久|多长时间)|\bhow long\b.{0,40}\b(?:turn(?:ing)? (?:it |this |pay ?later )?on|enabl(?:e|ing)|activat(?:e|ing|ion)|set(?:ting)? (?:it |pay ?later )?up|to be (?:on|active|enabled))\b|\bhow (?:soon|quickly|fast) (?:can|will|could) i (?:use|have|get|start using) (?:it|pay ?later)\b|\bis (?:it|activation|enabling|turning it on) (?:instant|immediate)\b/i,
    unless: /plus|会员|实名|认证|退|货|验证码|\breal[- ]?name|\bverif|\brefund|\breturn|\bdeliver|\bship|\bparcel|\bcode\b/i,
  },
  // "护照可以吗 我是港澳居民" got a clarifying question: which documents verification takes is on the shop's page.
  {
    topic: 'realNameDocuments',
    words:
      /护照|港澳|台湾居民|台胞证|回乡证|外国人|外籍|永久居留|居住证|\bpassport\b|\bforeign(?:er|ers| national| citizen)\b|\b(?:hong kong|macau|macao|taiwan(?:ese)?) (?:resident|citizen|id|identity card)s?\b|\bnon-?(?:mainland|chinese) (?:resident|citizen)s?\b/i,
  },
  // "plus会员过期了还能用先用后付吗" got the general PLUS explainer: PLUS is needed to turn it on and use it, what a lapse
  // does the terms and the shop say, renewing is the way. Before plusTerms, whose 续费 a lapse may name ("会员到期了没续费").
  {
    topic: 'plusLapsed',
    words:
      /(?:plus|会员).{0,8}(?:过期|到期了|到期以后|到期之后|到期后|失效|没(?:有)?续(?:费)?|不续(?:费)?了|断了|断掉)|\bplus\b.{0,30}\b(?:expire[sd]?|expiring|expiry|lapse[sd]?|lapsing|run(?:s)? out|ran out|not renew(?:ed)?|didn['’]?t renew)\b|\b(?:expired|lapsed) plus\b/i,
  },
  // "plus开了有啥用 除了先用后付" got the general PLUS explainer: the bot knows pay-later's part of PLUS only, the PLUS page the
  // rest. Not its price, its trial, cancelling it (their own topics), nor why it is needed (the step's why).
  {
    topic: 'plusOtherBenefits',
    words:
      /(?:plus|会员).{0,10}(?:有啥用|有什么用|有嘛用|干啥用|什么好处|啥好处|哪些好处|什么权益|啥权益|哪些权益|其他权益|别的权益|其他福利|别的福利|什么福利|啥福利|哪些福利)|(?:除了|除开)先用后付.{0,10}(?:plus|会员)|(?:plus|会员).{0,20}(?:除了|除开)先用后付|\bplus\b.{0,40}\b(?:benefits?|perks?|besides pay ?later|apart from pay ?later|other than pay ?later|what else)\b|\bwhat (?:else )?(?:does|do|will|would|can) (?:the )?plus\b.{0,30}\b(?:give|get|offer|include|do for)\b|\bwhat(?:['’]s| is) (?:the )?(?:point|use) of plus\b/i,
    unless: /多少钱|价格|试用|为什么|为啥|\bcost|\bprice|\btrial\b|\bwhy\b/i,
  },
  // "买多少钱以上的东西才能用" got the checkout how-to: the article gives no minimum; the checkout page shows, for the order,
  // whether the option is offered. Not the limit (an upper one: creditLimit).
  {
    topic: 'minimumAmount',
    words:
      /多少钱以上(?:的)?(?:东西|商品|订单)?(?:才|就)?(?:能|可以)用|(?:最低|最少|起用|起付)(?:消费|金额|订单金额|要花|(?:要)?(?:买|花)?多少钱)|满多少钱?(?:才|就)?(?:能|可以)用|(?:金额|钱)(?:太)?(?:少|小|低)(?:的)?(?:订单|东西)?(?:能|可以)用|\bminimum (?:order|purchase|amount|spend(?:ing)?|price|total|value)\b|\b(?:is there|what(?:['’]s| is)) (?:a |the |any )?minimum\b|\bhow much (?:do|must|should) i (?:have to |need to )?(?:spend|buy)\b.{0,30}\b(?:to use|before|for)\b|\bspend at least\b/i,
  },
  // "plus会员多少钱一年啊？开了能退吗": the second half got the goods' return answer. Cancelling PLUS, a refund of it, its
  // renewal are the PLUS page's (its price alone is the PLUS explainer's, which says where the prices are).
  {
    topic: 'plusTerms',
    words:
      /(?:plus|会员).{0,14}(?:(?:能|可以|能不能|可不可以|怎么|如何)(?:随时)?(?:退(?!货)|取消|退订|关掉|关闭)|退(?:款|钱|费)|自动续费|续费)|(?:退(?:款|钱|费)|(?:怎么|如何|能不能|可以)(?:取消|退订|关闭|关掉))(?:我的)?(?:plus|会员)|\bplus\b.{0,30}\b(?:refund(?:able|ed)?|cancel(?:led|ling|lation)?|unsubscribe|auto-?renew(?:al|s)?|money back)\b|\b(?:refund|cancel|unsubscribe)\b.{0,20}\bplus\b/i,
    unless: /货|商品|东西|订单|先用后付|\border|\bgoods\b|\bitem|pay ?later/i,
  },
  // "那我试用会员行不行" got a clarifying question: whether a trial counts is the PLUS page's to say.
  {
    topic: 'plusTrial',
    words: /试用(?:的)?(?:会员|plus|卡)|(?:会员|plus).{0,4}(?:试用|体验卡|体验版|免费试)|体验(?:会员|卡)|\b(?:plus )?(?:free )?trial\b/i,
  },
  // "退货要运费吗" got the returns' answer, its shipping line only "the shop's rules": said as what it asks, with a person.
  {
    topic: 'returnShipping',
    words:
      /运费|邮费|快递费|寄回(?:去)?(?:的)?(?:钱|费用?)|\b(?:return )?(?:shipping|postage)\b.{0,20}\b(?:cost|fee|pay|free|charge)|\bwho pays\b.{0,20}\b(?:shipping|postage)\b|\b(?:shipping|postage) (?:cost|fee)s?\b/i,
  },
  // "快递员什么时候来取件" got a clarifying question: a return's pick-up follows the shop's return process.
  {
    topic: 'returnPickup',
    words:
      /取件|上门取|(?:快递员|快递小哥|快递|师傅)[^。？?]{0,8}(?:来|上门)(?:取|拿|收)|(?:要|得|需要|是|我)?自己(?:寄|送|邮|拿)回|(?:要|得|需要)(?:我)?寄回去?(?:吗|么|呢)|^(?:请问|那|那我|我)?(?:要|该|应该|得)?(?:怎么|如何|咋)(?:样)?(?:寄|邮)回|(?:退货|寄回|退回)的?地址|\bsend (?:it|them) back (?:myself|my ?self)\b|\b(?:do|will) i (?:have|need) to (?:send|ship|mail|post) (?:it|them) back\b|\bhow do i (?:send|ship|mail|post) (?:it|them) back\b|\bpick(?:ed|s)?[- ]?up\b.{0,30}\b(?:return|the goods|the item|it back|them back)\b|\b(?:return|send(?:ing)? (?:it|them) back)\b.{0,30}\b(?:pick[- ]?up|collect(?:ion|ed)?|courier)\b|\bcourier\b.{0,20}\b(?:collect|pick)/i,
    unless: /取件码|驿站|快递柜|自提|\bpick-?up code\b|\blocker\b/i,
  },
  // "能换货吗？我想换个颜色" at the return's reason got the returns' answer and the wish filed as the reason: an exchange is
  // not done in this chat (the shop's order page, or a person). Not another phone number or account (换个手机号).
  {
    topic: 'exchange',
    words:
      /换货|调换|退换|换(?:一)?(?:个|件|双|台|只|副|款)?(?:别的|其他的?|其它的?)?(?:颜色|尺码|码数|码|大小|型号|款式|尺寸)|换(?:一)?(?:个|件|双|台|只|副)新的|\bexchang(?:e|es|ed|ing)\b|\bswap (?:it|them|the \w+)\b|\ba replacement\b|\ba different (?:colou?r|size|model|style)\b/i,
    unless: /手机|号码|账号|账户|帐号|密码|验证码|支付方式|付款方式|银行卡|汇率|\bphone\b|\baccount\b|\bpayment\b|\bcard\b|\bexchange rate\b/i,
  },
  // "为什么不能退" once a paid order's return was refused got the list again: returns here are of orders not paid yet.
  {
    topic: 'returnWhyNot',
    words:
      /(?:为什么|为啥|怎么|咋|凭什么)(?:就|又|还)?(?:不能|不可以|不让|不给|没法|没办法)(?:我)?(?:申请)?退|(?:为什么|为啥|怎么|咋|凭什么)(?:就|又|还)?退不了|\bwhy (?:can'?t|cannot|can not|couldn'?t) (?:i|we) (?:return|send|refund)|\bwhy (?:won'?t|wont|don'?t|dont) (?:you|u) let me return\b|\bwhy (?:is|are|isn'?t|aren'?t) (?:it|they|this|that|the [a-z ]{1,30}?) (?:not )?returnable\b/i,
    unless: /运费|邮费|验证码|退出|\bshipping\b|\bcode\b/i,
  },
  // "所有商品都能用先用后付吗" at a payment got the checkout how-to: the checkout page shows the option where it can be used.
  // So is a kind of goods named ("can I use it for groceries": not understood), not money matters ("…for free", "…for my order").
  {
    topic: 'eligibleGoods',
    words:
      /(?:所有|全部|每(?:一)?(?:件|个|样)|任何|什么|哪些|哪种|哪类)(?:的)?(?:商品|东西|货)(?:都)?(?:能|可以)(?:用|买)|(?:所有|全部|每(?:一)?(?:件|个|样)|任何|什么|哪些|哪种|哪类)(?:的)?(?:商品|东西|货)(?:都)?支持|先用后付.{0,6}(?:所有|全部|任何|哪些|哪种|哪类)(?:的)?(?:商品|东西)|\b(?:can|could) i use (?:it|pay ?later) (?:for|on) (?:everything|anything|any (?:item|product|goods)|all (?:items|products|goods|purchases))\b|\b(?:can|could|may) (?:i|u|you|we) use (?:it|this|pay ?later) (?:for|on|to buy) (?!(?:free|fees?|interest|plus|membership|bills?|rent|loans?|returns?|refunds?|payments?|overdue|(?:this|that|my|an?) (?:order|payment)|orders?)\b)(?:(?:my|the|a|an|some|buying)\s+)?[a-z]+(?:\s+[a-z]+)?(?:\s+(?:tho|though|too))?\s*[?？!.]*$|\b(?:does|will|can) (?:it|pay ?later) (?:work|be used) (?:for|on|with) (?:everything|anything|all (?:items|products|goods)|any (?:item|product))\b|\bwhich (?:items|products|goods) (?:can|qualify|support|work|are eligible)\b/i,
    unless: /退|换|\breturn|\brefund|\bexchange/i,
  },
  // "退款啥时候到", "钱退到哪里" got the general returns text (at the reason step they were filed as the reason): returned
  // before paying, nothing paid comes back. Only asked (when, where): "我要退款" is a return asked for. So does the money
  // asked back with no word for a refund (MONEY_BACK_WHEN).
  {
    topic: 'refund',
    words: new RegExp(
      `${/(?:退款|退钱|退(?:了|的)?钱|钱[^，,。？?]{0,4}退|款[^，,。？?]{0,4}退)[^，,。？?]{0,8}(?:到账(?:了)?(?:吗|么|没)|到哪|在哪|哪里|哪儿|回哪|去哪|多久|多长时间|什么时候|啥时候|几天|多少天|哪天|原路)|(?:多久|多长时间|什么时候|啥时候|几天|多少天|哪天)[^，,。？?]{0,6}(?:退款|退钱|退完|退回来|退(?:给我|回)?(?:钱|款)|到账)|\brefund\b.{0,30}\b(?:when|how long|where|arrive|back to)\b|\b(?:when|how long|where)\b.{0,40}\b(?:refund|money back)\b/.source}|${MONEY_BACK_WHEN.source}`,
      'i',
    ),
  },
  // "确认收货的话 钱是马上扣吗 还是到截止日才扣" got the order list again, "确认收货以后是立刻付款吗？" the pay FAQ's stock
  // line: the money goes at confirming receipt and paying, not on the due date. Asked as a question, not said ("确认收货 马上
  // 付", a request). Paying by itself is autoPay's.
  {
    topic: 'payAtConfirm',
    words:
      /确认收货[^，,。？?]{0,10}(?:马上|立刻|立即|立马|当场|当时|直接|就)(?:会)?(?:扣|付|支付|划)[^，,。]{0,4}(?:吗|么|嘛|还是|呢|[?？])|(?:钱|款)(?:是|会)?(?:马上|立刻|立即|立马|当场)(?:就)?(?:扣|付|划)[^，,。]{0,12}(?:还是|吗|么)|(?:到|等到)(?:了)?(?:付款)?(?:截止|到期)(?:日|日期|那天|的时候|时)?(?:才|再)(?:扣|付|划)|(?:是|在)(?:确认收货|收货)(?:的时候|时|那一刻|以后|之后|后)(?:就)?(?:扣|付)(?:钱|款)?(?:吗|么|还是)|确认收货(?:就是|就等于|等于|也就是)(?:付款|付钱|扣款|扣钱|支付)|\bconfirm(?:ing)? (?:receipt|delivery)\b.{0,10}\b(?:the same as|means?(?: that)?(?: i)?|equals?) (?:pay|paying|paid|payment|i pay)\b|\b(?:is|does|will|would) (?:the |my )?(?:money|payment|it|amount|charge)\b.{0,20}\b(?:taken|charged|deducted|debited|paid|come out|go out)\b.{0,25}\bwhen (?:i|you) confirm\b|\bconfirm(?:ing)? (?:receipt|delivery)\b.{0,30}\b(?:pay|paid|charged|taken|deducted)\b.{0,15}\b(?:right away|immediately|straight away|at once|right then)\b|\b(?:do|does|will) (?:i|it|you|the money) (?:get )?(?:pay|paid|charged|taken|be taken|be charged)\b.{0,20}\b(?:on|at) the due date\b/i,
    unless: /自动|\bautomatic/i,
  },
  // "付款截止日是怎么算的 收货后几天？" got the pay FAQ's stock line, "how is the due date worked out?" the dates alone: the
  // chat holds no rule or number; each order's own date counts (theirs listed), and where to see it. Not a return's time.
  {
    topic: 'dueDateRule',
    words:
      /(?:截止|到期)(?:日|日期|时间|那天)?(?:是)?(?:怎么|如何|咋|按什么|根据什么|从哪天|从什么时候)(?:算|定|计算|确定|开始算|算起|来的)|(?:截止|到期)(?:日|日期)?(?:是)?(?:收货|签收|下单|发货)(?:后|以后|之后)(?:几天|多少天)|(?:收货|收到货?|到货|签收)(?:以后|之后|后)(?:有|给|留)?(?:几天|多少天|多久|多长时间)(?:内|之内|以内)?(?:要|得|必须|需要)?(?:付|还|确认)?(?:款|钱)?(?:吗|么|呢|[?？]|$)|\bhow (?:is|are) (?:the |my |a )?(?:due dates?|deadlines?) (?:worked out|calculated|set|decided|determined|counted|figured out)\b|\bhow (?:do|does) (?:you|they|the shop|it) (?:work out|calculate|set|decide|determine|count|figure out) (?:the |my )?(?:due dates?|deadlines?)\b|\bhow (?:many days|long)\b.{0,30}\b(?:after|from|once)\b.{0,20}\b(?:delivery|deliver(?:ed|s)?|arriv(?:es|ed|al)|receiv(?:e|ed|ing)|get (?:it|them|the goods))\b|\bwhat (?:decides|determines|sets) the due date\b|\bwhen does the (?:due date|clock|countdown) start\b/i,
    unless: /退|\breturn|\brefund|plus|会员|实名|\breal[- ]?name/i,
  },
  // "到期了会自动扣款吗" was told the bot does not pay for the customer: the article knows no automatic payment, the customer
  // pays in the order by the due date (here too). Before the wrong-charge worries (charges).
  {
    topic: 'autoPay',
    words:
      /自动(?:扣款|扣钱|扣费|付款|支付|还款|扣)|到期(?:了|以后|之后|后)?(?:会|就)?(?:自己|直接|系统)?(?:自动)?扣(?:款|钱|费)|什么时候(?:会)?(?:扣款|扣钱)|\bauto(?:matic(?:ally)?)?[- ]?(?:pay|paid|deduct(?:s|ed|ion)?|debit(?:s|ed)?|charg(?:e|es|ed))\b|\bwhen (?:will|do|does|am) (?:i|it|you|they) (?:be |get )?(?:charged|debited|deducted)\b|\b(?:pa(?:y|id)|charg(?:e|es|ed)|debit(?:s|ed)?|deduct(?:s|ed)?|tak(?:e|es|en))\b.{0,16}\bautomatically\b/i,
    unless: /乱|多扣|错|重复|两次|\btwice\b|\bwrong|\bmistake|\bdouble/i,
  },
  // "能分期吗" got the fees' "no figures here", which answers no yes-or-no: pay-later is one payment by the due date.
  {
    topic: 'instalments',
    words: /分期|分(?:几|两|三|多)(?:次|期|个月)(?:付|还)|\binstal?lments?\b|\bsplit (?:the |my |it into )?(?:payments?|bill)\b|\bpay (?:it )?in (?:parts|instal?lments)\b/i,
  },
  // "我手机号忘了绑的哪个了" got a clarifying question: the number of the shop account, which the bot cannot look up.
  {
    topic: 'phoneForgotten',
    words:
      /(?:手机号码?|电话号码?|号码)[^，,。？?]{0,6}忘(?:了|记了?)|忘(?:了|记了?)[^，,。？?]{0,6}(?:哪个号|手机号|号码|绑的|绑定)|(?:绑|绑定|注册)(?:的|了)?(?:是)?哪个(?:手机)?(?:号|手机)|\b(?:forgot|forget|don'?t (?:know|remember)|can'?t remember)\b.{0,20}\b(?:which|what) (?:phone |mobile )?(?:number|phone)\b|\bwhich (?:phone |mobile )?number (?:is|was|did i) (?:linked|registered|bound|tied|use|used)\b/i,
    unless: /密码|验证码|\bpassword|\bcode\b|订单号|单号|\border/i,
  },
  // "刚才那个号也能开吗" (after a refusal, or with another account in mind): a clarifying question. Each account is checked
  // by itself, once logged in with it. Before otherPhone, which only takes the new number.
  {
    topic: 'otherAccount',
    words:
      /(?:刚才|刚刚|之前|上一个|上个|另一个|另外一个|另外的|别的|其他|其它|我(?:老婆|老公|家人|妈妈?|爸爸?|朋友)的?)(?:那个|的)?(?:手机号码?|号码?|账号|账户)[^，,。？?]{0,6}(?:能|可以|能不能|可不可以|行不行|有没有资格)(?:开|开通|用)|\b(?:my )?(?:other|another|previous|the other|that other|my (?:wife|husband|partner|friend)'?s?) (?:account|number|phone number)\b.{0,24}\b(?:enable|get it|get pay ?later|use it|qualify|eligible|turn (?:it )?on)\b/i,
  },
  // "验货期是几天" got the pay text: the article gives no figure; the order's due date is what counts.
  {
    topic: 'inspectionPeriod',
    words:
      /验货期|验货(?:的)?(?:时间|期限|天数)|(?:验货|检查|试用)(?:期)?(?:有|是)?(?:多久|几天|多长时间|多少天)|退货期(?:限)?(?:有|是)?(?:多久|几天|多长时间|多少天)|(?:几天|多少天|多久)(?:之内|以内|内)(?:可以|能|要|得)?(?:退|验|检查|确认)|\binspection (?:period|window|time)\b|\bhow (?:long|many days) (?:do i have |have i got )?to (?:inspect|check|try|decide)\b/i,
  },
  // "那我一直不确认收货会怎样" got the pay text: the due date still comes, and late payment hurts credit. After autoPay
  // ("不确认收货会自动扣款吗" is about the money taken).
  {
    topic: 'notConfirming',
    words:
      /(?:不|没|没有)(?:去)?(?:点)?确认收货(?:的话)?[^，,。]{0,6}(?:会怎样|会怎么样|会咋样|怎么办|咋办|会如何|什么后果|会有什么|行不行|可以吗|行吗|会不会|会被)|\b(?:don'?t|do not|never|didn'?t|did not)\b.{0,10}\bconfirm (?:the )?(?:receipt|delivery)\b/i,
  },
  // "逾期会罚钱吗" got the pay text: the article gives no penalty or figure, only that late payment hurts credit; the terms
  // and the order say the rest. Interest and named fees (罚息, 滞纳金, 逾期费) stay the fees' answer.
  {
    topic: 'overdueCharges',
    words:
      /(?:逾期|晚付|晚还|迟付|迟还|超期|过期|没按时|不按时|没及时|晚了)[^，,。？?]{0,10}罚(?!息)|罚(?:钱|款|金)|\b(?:late|overdue|miss(?:ed)? (?:the )?(?:due date|deadline))\b.{0,30}\b(?:fines?|fined|penalt(?:y|ies)|penali[sz]ed)\b|\b(?:fines?|fined|penalt(?:y|ies)|penali[sz]ed)\b.{0,30}\b(?:late|overdue|miss(?:ed)? (?:the )?(?:due date|deadline))\b/i,
    unless: /plus|会员|退货|\breturn/i,
  },
  // "能提前还吗" got the pay text: nothing waits for the due date, the goods in and wanted, it can be paid.
  {
    topic: 'earlyPayment',
    words:
      /提前(?:还|付|支付|结清|还清|付清)|(?:早点|早些|早一点)(?:还|付)(?:钱|款|清)?(?:吗|么|嘛|行不行|可以吗|可不可以|$)|\b(?:pay|repay|settle)\b.{0,24}\b(?:early|earlier|ahead of (?:time|the due date)|before (?:the |it'?s )?due(?: date)?)\b/i,
    unless: /没(?:有)?(?:收到|到货)|还没到|还在路上|\bnot (?:arrived|received)\b/i,
  },
  // "逾期会影响我的征信吗" got the credit eligibility text.
  { topic: 'overdueCredit', words: /逾期.{0,8}(?:征信|信用)|(?:征信|信用).{0,8}逾期|\blate payments?\b.{0,20}\bcredit\b/i },
  {
    topic: 'disable',
    words:
      /(?:关闭|关掉|停用|注销|解除|取消|退订|不想用)了?.{0,3}(?:先用后付|pay ?later)|(?:先用后付|pay ?later).{0,6}(?:关闭|关掉|停用|注销|解除|取消|退订)|(?:先用后付|pay ?later)(?:这个|功能|服务)?我?(?:不想要|不要|不想用|不用)了|(?:开通|开)(?:了|以后|之后|后).{0,6}(?:关闭|关掉|停用|取消|关(?=吗|么|不|[?？]|$))|不想(?:再)?用了?.{0,6}(?:关闭|关掉|停用|注销|取消掉?)|^(?:那)?(?:我)?(?:要|该)?(?:怎么|如何|咋)(?:样)?(?:才能)?(?:关闭|关掉|停用)(?:它|这个|掉)?(?:呢|啊|呀)?[?？]*$|\b(?:turn|switch) (?:it |pay ?later )?off\b|\b(?:disable|deactivate)\b/i,
    unless: /订单|退货|退款|\border|\breturn|\brefund/i,
  },
  // Worries about being charged wrongly ("会不会乱扣钱", "我很担心会扣错钱"): nothing is taken without the customer
  // confirming (twice read as nothing clear, it handed the customer over).
  {
    topic: 'charges',
    // Taken without asking too ("会不会偷偷扣我钱", "will you take money without asking?": the fees' disclaimer, or not understood).
    words: /(?:乱|多|错|重复|自动)扣|扣(?:错|多|了两次)|扣钱|乱收费|什么时候扣款|\bwhen (?:will|do|does|am) (?:i|it|you|they) (?:be |get )?charg|\bcharged? (?:me )?(?:twice|wrongly|by mistake|without)\b|\bovercharg|\bdouble charg|偷偷(?:地|的)?(?:扣|划|收)|背着我(?:扣|划|收)|私自(?:扣|划)|(?:不经|没经|未经)(?:过)?(?:我的?)?(?:同意|允许|确认)[^，,。？?]{0,6}(?:扣|划|收)|\b(?:take|taking|took|deduct(?:ing)?|withdraw(?:ing)?|pull(?:ing)?|charg(?:e|ing))\b[^.?!]{0,30}\bwithout (?:asking|permission|my (?:permission|consent|ok|okay|approval)|telling me|(?:me )?knowing|(?:my )?confirm(?:ing|ation))\b|\bsecretly (?:take|charge|deduct|debit)/i,
  },
  // 动态密码 / 短信密码 are common names for the text-message code itself (resent at the code step).
  { topic: 'password', words: /密码|password|passcode/i, unless: new RegExp(`支付密码|付款密码|payment password|${CODE_CALLED_PASSWORD.source}`, 'i') },
  // Money owed for the service by the month or the year, or for having it at all ("每个月要交钱吗", "开通后要交钱吗", "do I
  // have to pay every month?"): not understood, or the FAQ on paying an order. Not when it is due ("每个月几号交钱").
  {
    topic: 'fees',
    words:
      /(?:每个?月|每年|按月|按年|每期)(?:都)?(?:要|需要|得|会|还要)?(?:交|缴|付|扣|收)(?:钱|费)|(?:开通|开|用|使用)(?:了|后|以后|之后)?(?:先用后付|这个|它)?(?:还)?(?:要|需要|得)(?:另外)?(?:交|缴)(?:钱|费)|要不要(?:交|缴)(?:钱|费)|\b(?:pay|charged?|billed?)\b.{0,12}\b(?:every|each|per|a) (?:month|year)\b|\bmonthly (?:charge|cost|payment|subscription)\b|手续费|服务费|年费|月费|滞纳金|违约金|罚息|逾期费|利息|利率|费用|收费|收不收钱|要钱吗|要(?:不要)?钱(?:不|么|嘛|没)?[?？]*$|要不要钱|收钱不|花钱不|免费|分期|(?:开通|使用|用)(?:先用后付)?(?:要|需要|得)(?:花)?多少钱|\bfees?\b|\binterest\b|\binstal?lments?\b|\bis (?:it|there) (?:a )?(?:free|charge|cost)\b|\bfree of charge\b|\bdoes it cost\b|\bany (?:charges?|costs?)\b/i,
    unless: /PLUS|会员|运费|退款|shipping|delivery/i,
  },
  {
    topic: 'otherPhone',
    words:
      /换(?:个|一个)?(?:手机号码?|手机|电话号码?|号码)|用(?:别的|另一个|其他)的?(?:手机|电话)号?|(?:手机|电话)?号码(?:填|输|写|发)?错了|(?:手机|电话)号(?:填|输|写|发)?错了|换(?:个|一个)号|(?:another|different|other|wrong) phone(?: number)?|(?:another|a different|the wrong|wrong) number|change (?:my |the )?(?:phone )?number/i,
    unless: /单号|订单|\border/i,
  },
];

/**
 * Characters of which every match of TOPIC_WORDS' `words` holds at least one (a Latin letter for the English ones): each
 * alternative of each pattern consumes one of them (checked with a parse of the patterns, not only by eye). Words without
 * any ("你好", "谢谢", "需要什么条件", a phone number) skip the ~30 patterns, most of a message's regular expressions, which
 * inside the server are evicted from the processor's caches between turns (docs/performance.md, "Eighteenth pass"). A new
 * topic whose words need none of these characters must add one of its own here, or it is never read: test/bot/topicKeys.test.ts
 * parses every pattern and fails on such a topic.
 */
export const TOPIC_KEYS =
  /[东久之乱二交付体余债停催先免关内几分划利单取台号员哪商回地外天实宽寄密居师年应延忘快截手扣护按换推提支收早晚月服期检款每永注港满滞爆电界登直确程笔续缴网罚自花解订认讨试调账货费起软运违追退通逾邮钱链长门间页额验]|[a-z]/i;

/** The first of TOPIC_WORDS the words ask about. */
export const topicOf = (words: string): Topic | undefined =>
  TOPIC_KEYS.test(words) ? TOPIC_WORDS.find((t) => t.words.test(words) && !t.unless?.test(words))?.topic : undefined;

/**
 * Goods that did not come, or were signed for by someone else, where the orders are at hand (the list, paying for one):
 * not to be confirmed (only "confirm receipt and pay" was offered for them). Not when the words ask for a return or say
 * the goods are broken (that is a return), nor about a code, an invoice, a coupon or money.
 */
export const NOT_RECEIVED =
  /(?:没|没有|未)(?:收到|拿到|到货|送到|到)|(?:没|没有)(?:看到|见到|找到)(?:货|包裹|快递|东西)|放(?:在)?门口.*(?:没|不见)|签收了?但|被(?:人)?(?:签收|拿走)|\b(?:did ?n'?t|did not|never)(?: even| ever)? (?:get|receive|arrive|come)|\bnever(?: even| ever)? (?:arrived|came|got|received)\b|\b(?:has ?n'?t|has not|have ?n'?t|have not) (?:arrived|come|received|got(?:ten)?)|\bnot (?:arrived|delivered|received)\b/i;
export const NOT_RECEIVED_UNLESS =
  /退|坏|破|不想要|不要了|不喜欢|(?:能|可以)(?:先|提前)?(?:付|还)|验证码|短信|密码|发票|券|红包|积分|(?:钱|款)(?:还|一直)?(?:没|未)|(?:没|未)(?:收到|到)(?:的)?(?:钱|款)|到账|\breturn|\bbroken|\bcode\b|\binvoice|\bcoupon|\bdiscount|\brefund|\bmoney|\d/i;
export const NOT_RECEIVED_STEPS = new Set([ORDER_LIST, RECEIPT_STEP]);
/**
 * Goods of the customer's own by a general name ("我的快递", "my package"): said not received away from the list, with their
 * orders at hand, they are those orders (an order named by its title is too). Not "我的东西": things that have not come
 * may be anything, and the list shows where each order is.
 */
export const OWN_GOODS =
  /我的(?:货|包裹|快递|订单|商品)|(?:货|包裹|快递|商品)(?:我)?(?:一直|根本|压根|还|都)*(?:没|没有|未)|\bmy (?:package|parcel|order|goods|stuff|delivery|item|things|purchase)s?\b/i;

/**
 * Anger or a complaint about the service or the bot ("太过分了", "凭什么算我逾期", "this bot is useless"): an apology and the way
 * to a person beat a clarifying question offering "bye". Only when nothing more specific is asked ("太过分了，我要退货"
 * starts the return): the classifier unsure, or hearing small talk or help.
 */
export const COMPLAINT_WORDS =
  /太过分|太坑|坑人|坑爹|骗人|骗子|垃圾|破机器人|破系统|破玩意|破网站|破软件|破平台|破\s?app|什么破|这么麻烦|太麻烦了|麻烦死|浪费(?:我的?)?时间|什么都不懂|听不懂人话|气死|烦死|无语|凭什么|\buseless\b|\bstupid\b|\bterrible\b|\bridiculous\b|\bworst\b|\bscam\b|\bangry\b|\bfed up\b/i;
export const BESIDE_A_COMPLAINT = new Set<Intent>(['greeting', 'goodbye', 'thanks', 'affirm', 'deny', 'help', 'out_of_scope']);
