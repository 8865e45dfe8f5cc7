// Everything the bot says in Simplified Chinese, keyed by message id; its keys define the catalog every locale must fill.

export const zhCN = {
  // Welcome and the short "what next" when the welcome step is reached again.
  'welcome.greeting':
    '你好，我是先用后付小助手 👋\n\n我可以给你讲讲先用后付是什么，一步步帮你开通，也能帮你查看先用后付订单、确认收货付款或申请退货。\n\n现在就开始开通吗？',
  'welcome.again': '还有什么可以帮你的？',

  // Button labels for intents (clarifying questions may offer any of them).
  'intent.greeting': '打个招呼',
  'intent.what_is': '先用后付是什么',
  'intent.requirements': '开通条件',
  'intent.enable': '开通先用后付',
  'intent.status': '我的开通进度',
  'intent.plus': 'PLUS会员',
  'intent.real_name': '实名认证',
  'intent.credit': '信用要求',
  'intent.checkout': '结算时怎么用',
  'intent.pay': '确认收货并付款',
  'intent.return': '退货退款',
  'intent.orders': '我的订单',
  'intent.human': '转人工客服',
  'intent.help': '你能帮我做什么',
  'intent.cancel': '取消',
  'intent.restart': '重新开始',
  'intent.affirm': '好的',
  'intent.deny': '不用了',
  'intent.thanks': '谢谢',
  'intent.goodbye': '再见',
  'intent.out_of_scope': '其他问题',

  // Other button labels.
  'button.retry': '再试一次',
  'button.resendOtp': '重新发送验证码',
  'button.notNow': '先不用了',
  'button.toAgent': '联系人工客服',
  'button.openPlus': '去开通PLUS会员',
  'button.plusDone': '我已开通好了',
  'button.openRealName': '去实名认证',
  'button.realNameDone': '我已认证好了',
  'button.acceptTerms': '同意并开通',
  'button.declineTerms': '暂不开通',
  'button.howToUse': '看看怎么用',
  'button.gotIt': '明白了',
  'button.openShop': '去商城逛逛',
  'button.payOrder': '确认收货并付款 · {title}',
  'button.returnOrder': '申请退货 · {title}',
  'button.confirmPay': '确认收货并付款',
  'button.submitReturn': '提交退货申请',
  'button.keepOrder': '不退了',

  // Login (phone number + one-time code; never a password).
  'prompt.awaitingPhone':
    '请发送你商城账号绑定的手机号，我会给它发一条短信验证码。\n\n登录只需要手机号和验证码，我绝不会问你要密码。',
  'prompt.awaitingOtp': '请把收到的短信验证码发给我。没收到的话，可以点「重新发送验证码」。',
  'prompt.blocked': '尝试的次数有点多，为了账户安全，这里的登录先暂停了。要我请人工客服来帮你吗？',

  // What a failed backend call offers to try again.
  'retry.sendCode': '验证码没能发出去。要我再发一次吗？',
  'retry.loadAccount': '要我再查一次你的账户吗？',
  'retry.enable': '要我再试一次开通吗？',
  'retry.loadOrders': '要我再查一次订单吗？',
  'retry.pay': '要我再提交一次确认收货和付款吗？',
  'retry.return': '要我再提交一次退货申请吗？',

  // Onboarding steps.
  'prompt.awaitingPlus':
    '开通先用后付需要先成为PLUS会员。点下面的按钮，在商城页面选一个会员套餐开通：\n\n👉 {url}\n\n办好后回来点「我已开通好了」；商城通知我之后，我也会自动接着往下走。',
  'prompt.awaitingRealName':
    '为了交易安全，账号需要完成实名认证。请在商城的认证页面完成（不要在聊天里发送身份证号）：\n\n👉 {url}\n\n完成后点「我已认证好了」，或者等我收到商城的通知自动继续。',
  'prompt.creditRefused':
    '抱歉，根据目前的信用评估，你的账户暂时还不能开通先用后付。\n\n保持良好的信用记录（比如按时还款）会有帮助，之后可以在「我的京东 > 账户设置 > 支付管理」再看看。需要人工客服帮你看看吗？',
  'prompt.confirmingTerms':
    '条件都满足了：PLUS会员 ✅ 实名认证 ✅ 信用 ✅\n\n开通前说明一下：用先用后付下单，商品照常发货；收到后满意就确认收货并付款，请按时付款，逾期会影响你的信用记录。现在开通吗？',
  'prompt.enabled': '你的先用后付已经开通了 🎉',
  'prompt.enabled.limit': '当前额度：{limit}。',
  'prompt.enabled.next': '下次购物时，在结算页就能选它。要看看具体怎么用吗？',

  // Purchase part.
  'prompt.menu': '接下来想做什么？可以看看结算时怎么用先用后付，或者查看你的先用后付订单。',
  'orders.header': '你的先用后付订单：',
  'orders.line': '{index}. {title} · {amount} · {status}',
  'orders.due': ' · 付款截止 {date}',
  'orders.overdueReminder': '⚠️ 有订单已经逾期了，请尽快付款，逾期会影响你的信用记录。',
  'prompt.orderInQuestion': '「{title}」（{status}）想怎么处理？',
  'orders.pick': '想处理哪一笔？',
  'orders.nothingToDo': '目前没有需要你处理的订单。',
  'orders.empty': '你还没有先用后付订单。',
  'orders.empty.next': '要看看结算时怎么选用它吗？',
  'orders.empty.notEnabled': '你还没有开通先用后付，所以还没有这类订单。要现在开通吗？',
  'orderStatus.in_transit': '运输中',
  'orderStatus.delivered': '已送达，待确认收货',
  'orderStatus.paid': '已付款',
  'orderStatus.return_requested': '退货申请中',
  'orderStatus.overdue': '已逾期，待付款',
  'order.fallbackTitle': '这笔订单',
  'prompt.confirmingReceipt': '确认已经收到「{title}」并付款 {amount} 吗？确认后这笔订单就完成付款了。',
  'prompt.awaitingReturnReason': '「{title}」想退的原因是什么？选一个就好。',
  'prompt.awaitingReturnReason.other': '好的，请简单说说「{title}」想退的原因，比如哪里不满意，我会写进退货申请里。',
  'prompt.confirmingReturn': '要为「{title}」提交退货退款申请吗？原因：{reason}。',
  'returnReason.not_wanted': '不想要了',
  'returnReason.quality': '质量问题',
  'returnReason.wrong_item': '发错货了',
  'returnReason.other': '其他原因',

  // Interruptions.
  'prompt.clarifying': '抱歉，我没太明白。可以换个说法，或者从下面选一个。',
  'prompt.handoff': '{lead}我已经请人工客服过来了，请稍等，有什么直接在这里留言，同事都能看到。同事接手后我就不说话了；在那之前想回到我这里，说「取消」就行。',
  'handoff.lead.customer_request': '好的。',
  'handoff.lead.not_understood': '抱歉，我一直没能理解你的意思。',
  'handoff.lead.credit_refused': '信用评估的情况，同事可以帮你进一步了解。',
  'handoff.lead.login_blocked': '登录的问题，我请同事来帮你。',
  'handoff.lead.complaint': '真的很抱歉，我没能帮你解决好。',

  // Notices: things said once, in the turn they happened.
  'notice.greeting': '你好！😊',
  'notice.thanks': '不客气！',
  'notice.goodbye': '再见！之后有需要随时回来，我会从刚才的地方接着帮你。',
  'notice.help':
    '我可以帮你：\n\n- 了解先用后付是什么、开通需要什么条件\n- 一步步开通：登录 → PLUS会员 → 实名认证 → 信用评估 → 开通\n- 看看结算时怎么选先用后付\n- 查看先用后付订单，确认收货付款或申请退货\n- 转人工客服\n\n随时可以说「进度」「取消」「重新开始」。',
  'notice.cancelled': '好的，已取消。',
  'notice.loggedOut': '已退出登录 👋 这个对话里不会再显示你的账户信息，需要时再登录就行。',
  'notice.notLoggedIn': '你现在没有登录，不用退出。',
  'notice.restarted': '好的，我们从头开始。',
  'notice.outOfScope': '抱歉，这个我帮不上忙，我只负责先用后付相关的问题。',
  'notice.clarify': '我不太确定你的意思，是想问下面这些吗？',
  'notice.statusNeedsLogin': '要查看你的开通进度，需要先登录一下。',
  'notice.needsLogin.orders': '要查看你的先用后付订单，需要先登录一下。',
  'notice.needsLogin.pay': '要帮你确认收货付款，需要先登录一下，这样我才能找到你的订单。',
  'notice.needsLogin.return': '要帮你申请退货，需要先登录一下，这样我才能找到你的订单。',
  'notice.phoneFirst': '先发手机号给我，我再给这个号码发验证码。',
  'notice.invalidPhone': '这个号码好像不太对，请发送11位手机号。',
  'notice.invalidCode': '验证码格式好像不对，请再核对一下短信。',
  'notice.otpSent': '验证码已发送到 {phone}。',
  'notice.wrongCode.some': '验证码不对，还可以再试 {attempts} 次。',
  'notice.wrongCode.last': '验证码不对，还剩最后一次机会。',
  'notice.backendFailed.timeout': '抱歉，系统响应太慢，这次没有成功。',
  'notice.backendFailed.unavailable': '抱歉，服务暂时不可用。',
  'notice.backendFailed.bad_response': '抱歉，系统返回的结果有点异常。',
  'notice.backendFailed.unauthorized': '抱歉，你的登录已经过期了，需要重新登录。',
  'notice.backendFailed.server_error': '抱歉，系统出了点问题。',
  'notice.backendFailed.unknown': '抱歉，刚才出了点意外。',
  'notice.notDoneLoginFirst.pay': '这笔付款还没有完成。重新登录后，我会再请你确认一次。',
  'notice.notDoneLoginFirst.return': '退货申请还没有提交。重新登录后，我会再请你确认一次。',
  'notice.leftAsIs.pay': '好的，这笔先不付款。',
  'notice.leftAsIs.return': '好的，不退了，订单保持原样。',
  'notice.stepNotDoneYet.plus': '我这边还没看到你的PLUS会员生效。如果刚办好，稍等一会儿再点一次；确定已经是会员的话，说「转人工」，同事帮你核实。',
  'notice.stepNotDoneYet.realName': '我这边还没看到实名认证完成。如果刚提交，稍等一会儿再点一次；确定已经认证过的话，说「转人工」，同事帮你核实。',
  'notice.stepDone.plus': 'PLUS会员已经生效 ✅',
  'notice.stepDone.plus.next': 'PLUS会员已经生效 ✅ 接下来是实名认证。',
  'notice.stepDone.realName': '实名认证已经完成 ✅',
  'notice.termsDeclined': '好的，先不开通。想开通的时候随时告诉我。',
  'notice.notEligible': '这次没能开通，账户还有条件没满足。我再帮你核对一下。',
  'notice.orderPaid': '已确认收货，「{title}」付款完成 ✅',
  'notice.returnRequested': '已为「{title}」提交退货退款申请，请留意后续通知。',
  'notice.orderActionInvalid': '「{title}」现在不能这样操作（{status}）。',
  'notice.orderActionInvalid.pay.in_transit': '「{title}」还在路上，收到货以后才能确认收货并付款。',
  'notice.orderActionInvalid.pay.paid': '「{title}」已经付过款了，不用再付。',
  'notice.orderActionInvalid.pay.return_requested': '「{title}」已经申请了退货，不需要付款。',
  'notice.orderActionInvalid.return.paid': '「{title}」已经付款完成，在这里没法再申请退货。有售后问题的话，说「转人工」找同事帮你。',
  'notice.orderActionInvalid.return.overdue': '「{title}」已经逾期了，在这里没法申请退货。请尽快付款，以免影响信用；商品有问题的话，说「转人工」找同事帮你。',
  'notice.orderActionInvalid.return.return_requested': '「{title}」已经申请过退货了，正在处理中。',
  'notice.orderActionInvalid.unknown': '这笔订单现在不能这样操作。',
  'notice.nothingToDo': '「{title}」{status}，现在没有需要处理的。',
  'notice.chooseOrder': '请先从列表里选一笔订单。',
  'notice.agentReleased': '我回来了 👋 我们接着来。',
  'notice.alreadyWithAgent': '正在为你转接人工客服，请稍等，你说的话客服都能看到。不想等了的话，说「取消」就回到我这里。',
  'button.withdrawHandoff': '不用人工了',
  'notice.handoffWithdrawn': '好的，不转人工了，我们接着来。',
  'notice.idNumberNotHere': '请不要在聊天里发送身份证号：我用不到它，我们保存的对话记录里也会把它隐去。实名认证请在商城的认证页面完成。',
  'notice.loginBlocked': '验证码错误次数太多，登录已暂停。可以找人工客服帮忙，或稍后再试。',
  'notice.resumeFailed': '抱歉，系统更新后我没能接上刚才的进度。我们从你还没完成的那一步继续吧。',

  // Questions outside the intents (machines/events.ts TOPICS).
  'topic.disable': '先用后付开通以后，我这里没法帮你关闭。需要关闭的话，可以请人工客服处理，说「转人工」就行。',
  'topic.password': '在这里登录不用密码，只要手机号和短信验证码。我绝不会问你要密码，也请不要在聊天里发送任何密码。',
  'topic.fees': '费用、利息和分期这些，以商城结算页和开通协议里的说明为准，我这里查不到具体数字。想确认的话，可以转人工客服。',
  'topic.otherPhone': '想换个手机号的话，直接把新号码发给我，我会给它发验证码。',
  'topic.complaint': '抱歉让你不愉快了 🙏 遇到了什么问题？直接告诉我，我尽量帮你解决；想找人工客服的话，说「转人工」就行。',
  'topic.terms': '开通前要知道的就是这几点：用先用后付下单，商品照常发货；收到后满意再确认收货并付款；请按时付款，逾期会影响信用记录。完整的服务协议以商城开通页面上的为准。',
  'topic.wait': '好的，不着急，准备好了随时继续。',
  'topic.oneOrderAtATime': '一次处理一笔就好：先从下面选一笔，处理完再选下一笔。',
  'topic.anotherOrderNext': '好的，一笔一笔来：先把这一笔办完，再从订单列表里选另一笔。',
  'topic.whereIsCode': '验证码在你手机收到的短信里，我这边看不到 🙂 把短信里的6位数字发给我就行；没收到的话，可以点「重新发送验证码」。',
  'topic.nothingToPay': '现在没有需要付款的订单 👍 每一笔的情况见下面的列表。',
  'topic.nothingToReturn': '现在没有可以申请退货的订单，每一笔的情况见下面的列表；哪一笔有问题的话，可以找人工客服。',
  'topic.notReceived': '还没收到货的话，先不要确认收货 🙏 运输中的订单到了再处理；如果显示已签收但你没拿到，说「转人工」，同事帮你查物流、处理售后。',
  'topic.reasonNeeded': '用一两句话说说退货的原因就行，比如「尺码不合适」「左耳没声音」，也可以点下面的原因；不想退了的话，说「不退了」。',
  'topic.orderNotListed': '你的先用后付订单里没有这一笔，请从下面的列表里选。',
  'topic.hesitantYes': '要继续的话，请点下面的确认按钮；先不处理的话，点另一个按钮或者说「先不用了」就好。',

  // FAQ answers.
  'faq.what_is':
    '先用后付是一种信用支付方式：下单时在结算页选它，商品照常发货。收到后你有一段时间验货，满意就确认收货再付款；不满意可以申请退货退款。',
  'faq.requirements':
    '开通需要满足三个条件：\n\n1. 是PLUS会员\n2. 信用记录良好\n3. 账号已实名认证\n\n想知道自己有没有资格，可以去「我的京东 > 账户设置 > 支付管理」看看。',
  'faq.plus':
    'PLUS是商城的付费会员服务，先用后付是它的会员权益之一，所以要先成为PLUS会员才能开通。还不是会员的话，在首页顶部菜单点「PLUS会员」进入会员中心：各个套餐的价格和权益都在那里，选一个购买就行。',
  'faq.real_name':
    '为了交易安全，开通先用后付必须先完成实名认证，不认证就没法开通。认证在商城自己的页面上完成，身份信息只交给商城，我在聊天里不会收集，也请不要在这里发送身份证号。',
  'faq.credit':
    '商城会根据你的账户和交易记录评估信用，记录良好更容易获得资格；具体的评估结果和原因我这边看不到。平时按时付款、保持良好记录会有帮助，情况变了以后可以再来试试；想了解原因的话，可以找人工客服。开通后也请按时付款，逾期会影响信用记录，可能让你没法继续使用。',
  'faq.checkout':
    '结算时这样用：\n\n1. 选好商品，去结算\n2. 在结算页的支付方式里选「先用后付」\n3. 按提示提交订单\n\n商品照常发货。收到后满意就确认收货并付款；不满意可以申请退货退款。',
  'faq.enable': '开通分几步：登录 → 开通PLUS会员 → 实名认证 → 信用评估 → 确认开通。我可以一步步带你完成。',
  'faq.status': '想看自己是否已开通，可以去「我的京东 > 账户设置 > 支付管理」，也可以让我帮你查。',
  'faq.pay':
    '收到商品后，满意就确认收货并付款，每笔订单都有付款截止日期。逾期没付会影响你的信用记录，信用变差可能就用不了先用后付了，所以记得按时付款。',
  'faq.return':
    '收到的商品不满意，可以申请退货退款：在订单里选「申请退货」，说明原因再确认提交就行。退款进度和运费按商城的退货规则处理，可以在订单详情里查看，有疑问也可以找人工客服。',
  'faq.orders': '登录后，我可以帮你查看先用后付订单，确认收货付款或者申请退货。',

  // The status checklist card.
  'status.title': '你的先用后付进度',
  'status.summary': '{title}：{items}',
  'status.item.login': '已登录',
  'status.item.plus': 'PLUS会员',
  'status.item.realName': '实名认证',
  'status.item.credit': '信用符合要求',
  'status.item.payLater': '先用后付已开通',
  'status.value.yes': '是',
  'status.value.no': '还没有',
  'status.value.unknown': '待确认',
  'status.next.login': '下一步：登录。',
  'status.next.plus': '下一步：开通PLUS会员。',
  'status.next.realName': '下一步：实名认证。',
  'status.next.credit': '信用评估暂未通过，保持良好的信用记录会有帮助。',
  'status.next.payLater': '下一步：确认并开通先用后付。',
  'status.next.allDone': '全部就绪，结算时就能选先用后付 🎉',
};

export type MessageId = keyof typeof zhCN;
/** A locale's catalog: exactly the ids of the Chinese one, each with its text. */
export type Catalog = Record<MessageId, string>;
