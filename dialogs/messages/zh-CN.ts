// Everything the bot says in Simplified Chinese, keyed by message id; its keys define the catalog every locale must fill.

export const zhCN = {
  // Welcome and the short "what next" when the welcome step is reached again.
  'welcome.greeting':
    '你好，我是先用后付小助手 👋\n\n我可以给你讲讲先用后付是什么，一步步帮你开通，也能帮你查看先用后付订单、确认收货付款或申请退货。\n\n现在就开始开通吗？',
  'welcome.again': '还有什么可以帮你的？',
  // A first turn that is not the whole welcome (a picture, a question): the greeting opens it, and the welcome asks plainly.
  'welcome.hello': '你好，我是先用后付小助手 👋',
  'welcome.first': '有什么可以帮你的？',
  // After the customer was asked what their question is: the welcome's buttons, without asking again.
  'welcome.orTap': '也可以点下面的常见问题：',

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
  'prompt.blocked':
    '验证码连着输错了几次，为了账户安全，这次登录先停下了。想再试的话，说「开通」，重新输入手机号，我给你发新的验证码。也可以请人工客服来帮你，要吗？',
  'prompt.blocked.again': '或者，要我请人工客服来帮你吗？',
  // After the locked number's notice, which said the backend's minutes: none of its own.
  'prompt.numberLocked.told': '到时说「开通」，重新输入这个号码就行。现在也可以换一个手机号登录，或者要我请人工客服来帮你吗？',
  'prompt.numberLocked':
    '这个号码的验证码错误次数太多，暂时不能用它登录。现在可以换一个手机号登录，或者过一会儿说「开通」再用它试。也可以请人工客服来帮你，要吗？',

  // What a failed backend call offers to try again.
  'retry.sendCode': '验证码没能发出去。要我再发一次吗？',
  'retry.loadAccount': '要我再查一次你的账户吗？',
  'retry.enable': '要我再试一次开通吗？',
  'retry.loadOrders': '要我再查一次订单吗？',
  'retry.pay': '要我查一下吗？还没付上的话我再提交一次，已经付过的不会重复付款。',
  'retry.return': '要我查一下吗？还没提交上的话我再提交一次退货申请。',

  // Onboarding steps.
  'prompt.awaitingPlus':
    '开通先用后付需要先成为PLUS会员。点下面的按钮，在商城页面选一个会员套餐开通：\n\n👉 {url}\n\n办好后回来点「我已开通好了」；商城通知我之后，我也会自动接着往下走。',
  'prompt.awaitingRealName':
    '为了交易安全，账号需要完成实名认证。请在商城的认证页面完成（不要在聊天里发送身份证号）：\n\n👉 {url}\n\n完成后点「我已认证好了」，或者等我收到商城的通知自动继续。',
  'prompt.awaitingPlus.again': '要开通PLUS会员，点下面的「去开通PLUS会员」就行；办好后点「我已开通好了」，我接着往下走。',
  'prompt.awaitingRealName.again': '要做实名认证，点下面的「去实名认证」就行；完成后点「我已认证好了」，我接着往下走。',
  'prompt.awaitingPlus.waiting': '在商城页面开通好PLUS会员后，点「我已开通好了」；不点也行，商城一通知我，我就自动接着往下走。',
  'prompt.awaitingPlus.paidNotSeen': '过几分钟再点「我已开通好了」看看；不点也行，商城一通知我，我就自动接着往下走。',
  'prompt.awaitingRealName.waiting': '在商城页面完成认证后，点「我已认证好了」；不点也行，商城一通知我，我就自动接着往下走。',
  'prompt.awaitingPlus.either': '想看看价格，就点「去开通PLUS会员」，买好后点「我已开通好了」；先不开的话，点「暂不开通」。',
  'prompt.creditRefused':
    '抱歉，根据目前的信用评估，你的账户暂时还不能开通先用后付。\n\n保持良好的信用记录（比如按时还款）会有帮助，之后可以再去「我的京东 > 账户设置 > 支付管理」查看。需要人工客服帮你看看吗？',
  // After something answered at the refusal, which was said in full when it came: the refusal in a line.
  'prompt.creditRefused.again': '你的账户暂时还不能开通先用后付。需要人工客服帮你看看吗？',
  'prompt.creditRefused.afterAgent':
    '你的账户暂时还不能开通先用后付。保持良好的信用记录（比如按时还款）会有帮助，之后可以再去「我的京东 > 账户设置 > 支付管理」查看。还有别的想了解的，直接问我就行。',
  'prompt.confirmingTerms':
    '条件都满足了：PLUS会员 ✅ 实名认证 ✅ 信用 ✅\n\n开通前说明一下：用先用后付下单，商品照常发货；收到后满意就确认收货并付款，请按时付款，逾期会影响你的信用记录。现在开通吗？',
  // After something answered at the terms, which were said in full when the step came: the step in a line.
  'prompt.confirmingTerms.again': '要开通的话，点「同意并开通」；先不开，点「暂不开通」。还有疑问可以接着问我。',
  'prompt.confirmingTerms.waiting': '好的，不着急，慢慢考虑：你决定之前不会开通。有疑问随时问我，下面的按钮一直都在。',
  'prompt.enabled': '你的先用后付已经开通了 🎉',
  'prompt.enabled.limit': '当前额度：{limit}。',
  'prompt.enabled.next': '下次购物时，在结算页就能选它。要看看具体怎么用吗？',
  'prompt.enabled.owed': '有订单现在就该付了，要先看看你的订单吗？',
  'prompt.enabled.disputed': '你说这笔账有疑问，先让同事帮你核实一下吧：点「转人工客服」。也可以先看看你的订单。',
  // After an answer at the step, where it was said already that pay-later is on: what next, with no 🎉 again.
  'prompt.enabled.again.owed': '要先看看你的订单吗？还有别的想问的，也可以接着问。',
  'prompt.enabled.again.next': '要看看结算时怎么用吗？还有别的想问的，也可以接着问。',
  'prompt.checkoutGuide.unknown': '结算页要开通了先用后付才会出现这个选项。要我帮你查查开通了没有吗？没开通的话，我带你开通。',
  'prompt.checkoutGuide.notEnabled': '不过你还没开通先用后付，结算页暂时不会出现这个选项。要现在开通吗？',
  'prompt.checkoutGuide.again': '还想看结算步骤的话，点「结算时怎么用」。',
  'prompt.checkoutGuide.again.notYet': '想开通的话点「开通先用后付」；还想看结算步骤，就点「结算时怎么用」。',
  'prompt.checkoutGuide.refused': '不过根据目前的信用评估，你的账户暂时还不能开通先用后付，结算页不会出现这个选项。想了解具体情况，可以请人工客服帮你看看。',
  'prompt.checkoutGuide.again.refused': '还想看结算步骤的话，点「结算时怎么用」；信用评估的情况，可以点「联系人工客服」问问同事。',
  'prompt.checkoutGuide.limit': '你现在的先用后付额度是 {limit}。一单能不能用先用后付，以结算页上显示的为准。',

  // Purchase part.
  'prompt.menu': '接下来想做什么？可以看看结算时怎么用先用后付，或者查看你的先用后付订单。',
  'orders.header': '你的先用后付订单：',
  'orders.line': '{index}. {title} · {amount} · {status}',
  'orders.due': ' · 付款截止 {date}',
  'orders.overdueReminder': '⚠️ 有订单已经逾期了，请尽快付款，逾期会影响你的信用记录。',
  'prompt.orderInQuestion': '「{title}」（{status}）想怎么处理？',
  'orders.pick': '想处理哪一笔？',
  'orders.pick.pay': '想处理哪一笔？要付的那笔，点它的「确认收货并付款」，或者直接说商品名。',
  'orders.pick.return': '想处理哪一笔？要退的那笔，点它的「申请退货」，或者直接说商品名。',
  'orders.nothingToDo': '目前没有需要你处理的订单。',
  // After an answer about one order, at a list with nothing to do: the rest, not a second ending.
  'orders.nothingToDo.others': '其他订单现在也都不用你处理。',
  // After an answer at the list ("谢谢啦", "能分期吗"), which was shown already: a line, the buttons stay.
  'orders.again': '想处理哪一笔订单，点下面对应的按钮，或者直接告诉我是哪件商品就行。',
  'orders.empty': '你还没有先用后付订单。',
  'orders.empty.next': '要看看结算时怎么选用它吗？',
  'orders.empty.notEnabled': '你还没有开通先用后付，所以还没有这类订单。要现在开通吗？',
  'orders.empty.again': '想看结算时怎么选用先用后付，点「结算时怎么用」。',
  'orders.empty.again.notEnabled': '想开通的话，点「开通先用后付」。',
  'orders.empty.refused': '根据目前的信用评估，你的账户暂时还不能开通先用后付，所以还没有这类订单。想了解具体情况，可以请人工客服帮你看看。',
  'orders.empty.again.refused': '信用评估的情况，可以点「联系人工客服」问问同事。',
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
  'prompt.handoff.queue.none': '现在前面没有人在排队，同事一空下来就先接你。',
  'prompt.handoff.queue.one': '你前面还有 1 位顾客在等。',
  'prompt.handoff.queue.many': '你前面还有 {ahead} 位顾客在等。',
  'handoff.lead.customer_request': '好的。',
  'handoff.lead.not_understood': '抱歉，我一直没能理解你的意思。',
  'handoff.lead.credit_refused': '信用评估的情况，同事可以帮你进一步了解。',
  'handoff.lead.login_blocked': '登录的问题，交给同事来帮你吧。',
  'handoff.lead.complaint': '真的很抱歉，我没能帮你解决好。',
  'handoff.lead.plus_payment': '好的，PLUS这笔付款交给同事帮你核实。',

  // Notices: things said once, in the turn they happened.
  'notice.greeting': '你好！😊',
  'notice.thanks': '不客气！',
  'notice.goodbye': '再见！之后有需要随时回来，我会从刚才的地方接着帮你。',
  'notice.help':
    '我可以帮你：\n\n- 了解先用后付是什么、开通需要什么条件\n- 一步步开通：登录 → PLUS会员 → 实名认证 → 信用评估 → 开通\n- 看看结算时怎么选先用后付\n- 查看先用后付订单，确认收货付款或申请退货\n- 转人工客服\n\n随时可以说「进度」「取消」「重新开始」。',
  'notice.cancelled': '好的，已取消。',
  'notice.agentAway': '同事好像暂时离开了，我先回来继续帮你 🙂 你刚才说的话都记录下来了；还需要人工的话，随时说「转人工」。',
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
  // {what}: one of the notice.invalidPhone.* below, what is wrong with the number typed.
  'notice.invalidPhone': '{what}大陆手机号是 1 开头的 11 位数字，第二位是 3 到 9（比如 138xxxxxxxx，中间有空格也没关系），请核对后再发一次。',
  'notice.invalidPhone.again': '{what}大陆手机号是 1 开头的 11 位数字，第二位是 3 到 9（比如 138xxxxxxxx，中间有空格也没关系），请核对后再发一次。登录遇到困难的话，也可以找人工客服帮你。',
  'notice.invalidPhone.oneTooMany': '这个号码是 12 位，好像多打了一位。',
  'notice.invalidPhone.oneShort': '这个号码只有 10 位，好像少打了一位。',
  'notice.invalidPhone.length': '这个号码是 {digits} 位。',
  'notice.invalidPhone.notMobile': '这个号码不是有效的大陆手机号。',
  'notice.invalidPhone.unclear': '这个号码好像不太对。',
  'notice.invalidCode': '验证码是6位数字，你发的位数对不上，麻烦再核对一下短信哦。',
  'notice.otpSent': '验证码已发送到 {phone}。',
  'notice.otpSent.again':
    '已重新发送验证码到 {phone}。还是没收到的话：先看看号码对不对；短信有时要等一分钟左右才到，也可能被手机当成垃圾短信拦截了。号码不对的话，直接发新的手机号给我就行。',
  // A code asked for again within a minute of the last (none sent): when it went, to wait and use the latest text, and
  // when a new one may be asked for ({when} and {again} are the lines below).
  'notice.codeSentLately': '{when}已经把验证码发到 {phone} 了。短信有时要一分钟左右才能收到，请稍等一下，并以最新收到的那条为准。{again}',
  'notice.codeSentLately.secondsAgo': '{seconds} 秒前',
  'notice.codeSentLately.justNow': '刚刚',
  'notice.codeSentLately.askIn': '{seconds} 秒后还没收到的话，可以再点「重新发送验证码」。',
  'notice.codeSentLately.askSoon': '稍等一会儿还没收到的话，可以再点「重新发送验证码」。',
  'notice.codeNotNeeded': '你已经登录了，现在不需要验证码。',
  'notice.wrongCode.some': '验证码不对，还可以再试 {attempts} 次。',
  'notice.wrongCode.last': '验证码不对，还剩最后一次机会。',
  'notice.backendFailed.timeout': '抱歉，系统响应太慢，我这边没等到结果。',
  'notice.backendFailed.unavailable': '抱歉，服务暂时不可用。',
  'notice.backendFailed.bad_response': '抱歉，系统返回的结果有点异常。',
  'notice.backendFailed.unauthorized': '抱歉，你的登录已经过期了，需要重新登录。',
  'notice.backendFailed.server_error': '抱歉，系统出了点问题。',
  'notice.backendFailed.unknown': '抱歉，刚才出了点意外。',
  'notice.outcomeUnknown.pay': '抱歉，系统没给我明确的结果，我还不确定「{title}」的付款有没有完成。',
  'notice.outcomeUnknown.return': '抱歉，系统没给我明确的结果，我还不确定「{title}」的退货申请有没有提交成功。',
  'notice.notDoneLoginFirst.pay': '这笔付款还没有完成。重新登录后，我会再请你确认一次。',
  'notice.notDoneLoginFirst.return': '退货申请还没有提交。重新登录后，我会再请你确认一次。',
  'notice.leftAsIs.pay': '好的，这笔先不付款。',
  'notice.leftAsIs.return': '好的，不退了，订单保持原样。',
  'notice.leftAsIs.offer': '好的。',
  'notice.phoneLocked': '这个号码的验证码错误次数太多了，为了账户安全，先暂停用它登录，{minutes} 分钟后可以再试。',
  'notice.phoneLocked.soon': '这个号码的验证码错误次数太多了，为了账户安全，先暂停用它登录，1 分钟后可以再试。',
  'notice.phoneLocked.later': '这个号码的验证码错误次数太多了，为了账户安全，先暂停用它登录，最多 15 分钟后可以再试。',
  'notice.stepNotDoneYet.plus': '抱歉，我这边还没看到你的PLUS会员生效。请看看会员是不是用这个账号买的；刚办好的话，稍等一会儿再点一次。确定已经是会员的话，说「转人工」，同事帮你核实。',
  'notice.stepNotDoneYet.plus.paid':
    '我这边暂时还没看到你的PLUS会员生效：刚付完款的话，有时要过一会儿才会显示出来。请先别再买一次，免得重复付款。想让同事帮你核实这笔付款，说「转人工」就行。',
  'notice.stepNotDoneYet.realName': '抱歉，我这边还没看到实名认证完成。请看看是不是用这个账号在商城的认证页面提交的；刚提交的话，稍等一会儿再点一次。确定已经认证过的话，说「转人工」，同事帮你核实。',
  'notice.stepDone.plus': 'PLUS会员已经生效 ✅',
  'notice.stepDone.plus.next': 'PLUS会员已经生效 ✅ 接下来是实名认证。',
  'notice.stepDone.realName': '实名认证已经完成 ✅',
  'notice.termsDeclined': '好的，先不开通。想开通的时候随时告诉我。',
  // "Not now" at the PLUS or the real-name step: that step waits, and saying 开通 comes back to it.
  'notice.termsDeclined.plus': '好的，PLUS会员不着急办。之后想继续，随时跟我说「开通」，我们从这一步接着来。',
  'notice.termsDeclined.realName': '好的，实名认证不着急做。之后想继续，随时跟我说「开通」，我们从这一步接着来。',
  'notice.notEligible': '这次没能开通，账户还有条件没满足。我再帮你核对一下。',
  'notice.payLaterAlreadyOn': '你的先用后付之前就已经开通了，不用再开一次～',
  'notice.orderPaid': '已确认收货，「{title}」付款完成 ✅',
  'notice.orderPaidBefore': '「{title}」这笔之前已经付过了，这次没有再扣款。',
  'notice.returnRequested': '已为「{title}」提交退货退款申请，请留意后续通知。',
  'notice.orderActionInvalid': '「{title}」现在不能这样操作（{status}）。',
  'notice.orderActionInvalid.pay.in_transit': '「{title}」还在路上，收到货以后才能确认收货并付款。',
  'notice.orderActionInvalid.pay.paid': '「{title}」已经付过款了，不用再付。',
  'notice.orderActionInvalid.pay.return_requested': '「{title}」已经申请了退货，不需要付款。',
  'notice.orderActionInvalid.return.paid': '「{title}」已经付款完成，在这里没法再申请退货。有售后问题的话，说「转人工」找同事帮你。',
  'notice.orderActionInvalid.return.overdue': '「{title}」已经逾期了，在这里没法申请退货。请尽快付款，以免影响信用；商品有问题的话，说「转人工」找同事帮你。',
  'notice.orderActionInvalid.return.return_requested': '「{title}」已经申请过退货了，正在处理中。',
  'notice.orderActionInvalid.unknown': '这笔订单现在不能这样操作。',
  'notice.nothingToDo': '「{title}」{status}，现在没有需要处理的；有售后问题的话，说「转人工」找同事帮你。',
  'notice.chooseOrder': '请先从列表里选一笔订单。',
  'notice.agentReleased': '客服那边已经处理好了，接下来由我接着帮你 👋',
  'notice.agentReleased.loggedIn': '客服那边已经处理好了，接下来由我接着帮你 👋 你现在已登录 {phone} 这个账号。',
  // With the request the agent handed on ({why}: "客服让我接着帮你处理订单。"), in one message.
  'notice.agentReleased.handedOn': '又是我啦 👋 {why}',
  // Released from the queue with an account the agent verified, nobody having written here: nobody is said to have helped.
  'notice.agentReleased.unanswered': '接下来我这边接着帮你 👋',
  'notice.agentReleased.unanswered.loggedIn': '接下来我这边接着帮你 👋 你现在已登录 {phone} 这个账号。',
  'notice.agentReleased.notTaken': '抱歉，这次没有同事能接上 🙏 我继续帮你；想再找人工的话，随时说「转人工」。',
  'notice.alreadyWithAgent': '正在为你转接人工客服，请稍等，你说的话客服都能看到。不想等了的话，说「取消」就回到我这里。',
  'notice.alreadyWithAgent.next': '正在为你转接人工客服，下一位就是你，请稍等；你说的话客服都能看到。不想等了的话，说「取消」就回到我这里。',
  'notice.alreadyWithAgent.ahead': '正在为你转接人工客服，你前面还有 {ahead} 位顾客在等，请稍等；你说的话客服都能看到。不想等了的话，说「取消」就回到我这里。',
  'notice.alreadyWithAgent.aheadOne': '正在为你转接人工客服，你前面还有 1 位顾客在等，请稍等；你说的话客服都能看到。不想等了的话，说「取消」就回到我这里。',
  'notice.alreadyWithAgent.longWait': '让你久等了，真抱歉，你已经等了 {minutes} 分钟。',
  'notice.alreadyWithAgent.complaint': '你的投诉我已经记下了，接手的同事一来就能看到。',
  'button.withdrawHandoff': '不用人工了',
  'notice.handoffWithdrawn': '好的，不转人工了，我们接着来。',
  // After the warning about a password or an ID number typed while waiting: no word of it being passed on.
  'notice.alreadyWithAgent.holdOn': '同事马上就来，请再稍等一下；想回到我这里的话，说「取消」就行。',
  'notice.alreadyWithAgent.again': '收到，已经转给客服同事了，请再稍等一下。',
  // A login code typed while waiting for a person: codes are only for the login step, and never for anyone else.
  'notice.codeNotToShare': '验证码只在登录那一步、我向你要的时候才需要填哦；现在不用发，也请不要把它告诉任何人。',
  // Before an agent's first message: the customer knows a person is writing now, and why the bot goes quiet.
  'notice.agentJoined': '人工客服已接入，接下来由同事为你服务。',
  // The name agent messages are sent under (the bot's account speaks for them); with the agent's name when the desk gives it.
  'agent.senderName': '人工客服',
  'agent.senderName.named': '人工客服（{agent}）',
  'notice.agentAskedToEnable': '客服让我接着帮你开通先用后付，我们先登录一下。',
  // The first line of a hand-in (POST /api/agent/handoffs, dialogs/handIn.ts): why the bot writes to a customer who said
  // nothing to it yet. Enable without an account has its own (notice.agentAskedToEnable).
  'notice.handedIn.what_is': '客服让我给你介绍一下先用后付。',
  'notice.handedIn.requirements': '客服让我给你讲讲开通先用后付要满足哪些条件。',
  'notice.handedIn.enable': '客服让我接着帮你开通先用后付。',
  'notice.handedIn.status': '客服让我帮你看看先用后付开通到哪一步了。',
  'notice.handedIn.plus': '客服让我给你讲讲PLUS会员。',
  'notice.handedIn.real_name': '客服让我给你讲讲实名认证。',
  'notice.handedIn.credit': '客服让我给你讲讲信用评估。',
  'notice.handedIn.checkout': '客服让我告诉你结算时怎么选先用后付。',
  'notice.handedIn.pay': '客服让我接着帮你确认收货、付款。',
  'notice.handedIn.return': '客服让我接着帮你办理退货。',
  'notice.handedIn.orders': '客服让我接着帮你处理订单。',
  'notice.handedIn.help': '客服让我接着帮你。',
  'notice.handedIn.loggedIn': '{why}你现在已登录 {phone} 这个账号。',
  // What the agent reads for a button the customer tapped while handed over (src/handoff/observer.ts).
  'handoff.tapped': '（点了「{label}」）',
  'handoff.tapped.unknown': '（点了一个按钮）',
  'notice.idNumberNotHere': '请不要在聊天里发送身份证号：我用不到它，我们保存的对话记录里也会把它隐去。实名认证请在商城的认证页面完成。',
  // The code's check failed: not a wrong code; the code is not kept, so the customer sends it again.
  'notice.codeNotChecked.unavailable':
    '抱歉，账户服务暂时连不上，你的验证码没能核对，不是你输错了。请稍等一会儿，再把同一个验证码发给我；要是那时它已经用不了，点「重新发送验证码」换个新的。',
  'notice.codeNotChecked.other':
    '抱歉，系统这次没能核对你的验证码，不是你输错了。请稍等一会儿，再把同一个验证码发给我；要是那时它已经用不了，点「重新发送验证码」换个新的。',
  'notice.typeCodeAgain': '好的，请把短信里的验证码再输入一次发给我。收不到或者用不了的话，可以点「重新发送验证码」。',
  'notice.alreadyLoggedIn': '你已经用这个号码（{phone}）登录了，不用再登录一次。要换别的账号的话，先说「重新开始」，再发那个手机号。',
  'notice.secretsShared': '你发来了{items}。请不要在聊天里发送这些信息：办理先用后付用不到它们，我也绝不会向你要。我们保存的对话记录里已经把它们隐去了。',
  'secret.idNumber': '身份证号',
  'secret.cardNumber': '银行卡号',
  'secret.password': '密码',
  'list.separator': '、',
  'list.and': '和',
  'notice.loginBlocked': '那次登录因为验证码错误次数太多已经停下了，不能再核对它的验证码：说「开通」重新登录，我会发新的验证码；也可以找人工客服帮忙。',
  'notice.resumeFailed': '抱歉，系统更新后我没能接上刚才的进度。我们从你还没完成的那一步继续吧。',

  // Questions outside the intents (machines/events.ts TOPICS).
  'topic.plusDoneAlready': 'PLUS会员已经生效了 ✅ 这一步完成了，现在还差实名认证。',
  'topic.realNameAfterPlus': '实名认证要等PLUS会员开通以后才会查看，到时候我们再确认。现在还差的是开通PLUS会员。',
  'topic.bothConditions': 'PLUS会员和实名认证是两个独立的开通条件，先用后付两个都需要，有了其中一个也代替不了另一个哦。所以这一步还是要完成的，办好以后我接着帮你往下走。',
  'topic.phoneChanged': '我这边没法修改账号绑定的手机号。请用你商城账号现在绑定的号码登录；如果那个号码已经用不了，同事可以帮你处理。',
  'topic.creditLimit': '开通前我这边还看不到你的额度，也没有一个固定的数字可以告诉你。开通后我会告诉你当前额度，也可以到「我的京东 > 账户设置 > 支付管理」看看。',
  'topic.creditLimit.known': '你现在的先用后付额度是 {limit}。每一单能不能用先用后付，以结算页上显示的为准。',
  'topic.creditLimit.logIn': '你的额度要登录以后我才看得到 🙂 登录一下（发我你商城账号绑定的手机号就行），我就告诉你现在的额度。',
  'topic.creditLimit.afterLogin': '你的额度要登录以后我才看得到，登录好了我就告诉你现在的额度。',
  'topic.limitRaise': '你现在的额度是 {limit}。额度是商城根据对你的评估给的，我在聊天里没法帮你提高，也说不准以后会不会调整 🙏 想问问有没有办法提额，可以找人工客服。',
  'topic.limitRaise.notEnabled': '额度要开通先用后付以后才有，是商城根据对你的评估给的，我在聊天里没法调整 🙏 想问问额度的事，可以找人工客服。',
  'topic.limitRaise.logIn': '额度是商城根据对你的评估给的，我在聊天里没法帮你提高 🙏 登录以后我可以告诉你现在的额度；想问问有没有办法提额，可以找人工客服。',
  'topic.limitOver': '你现在的先用后付额度是 {limit}，这一单超出了额度，所以结算时可能不会给它提供先用后付。额度是商城根据对你的评估给的，我在聊天里没法提高 🙏 想问问有没有办法提额，可以找人工客服。',
  'topic.limitWithin': '你现在的先用后付额度是 {limit}，这个金额没有超出 👍 不过这一单最后能不能用先用后付，以结算页上显示的为准。',
  'button.logInToSeeLimit': '登录查看额度',
  'topic.loanImpact':
    '能确定的是：按时付款，你的信用记录就能保持良好；逾期没付会损害信用记录。银行等机构办房贷、贷款时怎么看这些记录，会不会报送央行征信，我这里没有相关说明，以服务协议和放贷机构的说明为准 🙏 想问清楚的话，同事可以帮你看看。',
  'topic.unusedCost': '在这里开通不用付钱，开了不用也不会扣钱：只有你在结算页选了先用后付下单，收到货以后确认收货并付款，才付那一单的钱。',
  'topic.creditWhy':
    '信用评估是商城自己做的：信用记录好的用户更容易通过，但不代表一定能通过；评估看了哪些、为什么是这个结果，我这边看不到。想弄清楚原因的话，可以请人工客服帮你看看。',
  'topic.creditRetry':
    '多久之后能再试，我这边没有具体的时间说明，也查不到。平时按时付款、保持良好的信用记录会有帮助；过一段时间可以去「我的京东 > 账户设置 > 支付管理」看看有没有资格，想问清楚的话也可以找人工客服。',
  'topic.ordersAfterEnabling': '好的，我们先开通先用后付；开通好以后说「我的订单」，我就给你看订单。',
  'topic.optionNotShown': '你的先用后付已经开通了。结算页还是看不到这个选项的话，可以先到「我的京东 > 账户设置 > 支付管理」看看它的状态，再重新进一次结算页；还不行的话，同事可以帮你查查原因。',
  'topic.wherePayLater':
    '先用后付开通以后，下单时在结算页的支付方式里就能看到它，选它再提交订单就行。自己有没有开通、有没有资格，可以在「我的京东 > 账户设置 > 支付管理」里查看。',
  'topic.wherePayLater.offer': '要我帮你查一下，或者现在就开通吗？',
  'topic.wherePayLater.on':
    '你的先用后付就在结算页：下单时在支付方式里选「先用后付」，再提交订单就行。开通状态也可以在「我的京东 > 账户设置 > 支付管理」里看。',
  // The shop's places the bot sends customers to: what each is and how to get there (the bot's own paths, no more).
  'topic.placePaymentManagement':
    '「支付管理」是商城App账户设置里的一项，先用后付有没有开通、有没有资格，都能在那里看到。去的路是：打开商城App，进「我的京东」，点「账户设置」，再点「支付管理」。',
  'topic.placeCheckoutPage':
    '结算页就是选好商品、去结算时打开的那一页：在这里选支付方式，再提交订单。先用后付开通以后，就在它的支付方式里。',
  'topic.placeOrderDetails':
    '订单详情是商城App里每笔订单自己的页面，物流进度、付款截止日期和付款记录都在上面。打开商城App，在「我的京东」里找到你的订单，点开那一笔就是。在这里说「我的订单」，我也能给你看。',
  'topic.placeAccountSettings':
    '「我的京东」是商城App里你自己的账户页，「账户设置」就在里面：绑定的手机号能在那里看到，「支付管理」也从那里进。打开商城App，进「我的京东」就能找到。',
  'topic.disable': '先用后付开通以后，我这里没法帮你关闭。需要关闭的话，可以请人工客服处理，说「转人工」就行。',
  'topic.disable.notOnYet': '开通以后想关闭的话，我这里关不了，到时候找人工客服帮你处理就行。',
  'topic.password': '在这里登录不用密码，只要手机号和短信验证码。我绝不会问你要密码，也请不要在聊天里发送任何密码。',
  'topic.fees': '费用和利息这些，以商城结算页和开通协议里的说明为准，我这里查不到具体数字。想确认的话，可以转人工客服。',
  'topic.otherPhone': '想换个手机号的话，直接把新号码发给我，我会给它发验证码。',
  'topic.complaint': '抱歉让你不愉快了 🙏 遇到了什么问题？直接告诉我，我尽量帮你解决；想找人工客服的话，说「转人工」就行。',
  'topic.terms':
    '开通要同意的是先用后付的服务协议，这几条是它的要点摘要：用先用后付下单，商品照常发货；收到后满意再确认收货并付款；请按时付款，逾期会影响信用记录。协议全文我在聊天里调不出来 🙏 想先看全文的话，点下面的按钮问问同事。不用急：你点「同意并开通」之前不会开通，看完了随时回来接着办。',
  'topic.wait': '好的，不着急，准备好了随时继续。',
  'topic.oneOrderAtATime': '一次处理一笔就好：先从下面选一笔，处理完再选下一笔。',
  'topic.ordersInTurn': '好的，一笔一笔来：先办前一笔，办完我马上带你办后一笔。',
  'topic.anotherOrderNext': '好的，一笔一笔来：先把这一笔办完，再从订单列表里选另一笔。',
  'topic.codeLength': '验证码是6位数字，就在刚发到 {phone} 的那条短信里 🙂 把这6位数字直接发给我就行。',
  'topic.whereIsCode': '验证码在你手机收到的短信里，我这边看不到 🙂 把短信里的6位数字发给我就行；没收到的话，可以点「重新发送验证码」。',
  'topic.amountDue': '现在要付的一共 {total}（{count} 笔）：\n\n{lines}',
  'topic.amountDue.coming': '「{titles}」还在路上，到货以后才有付款截止日期，满意的话那时再确认收货并付款。',
  'topic.languageSwitched': '好的，接下来用中文和你说。',
  'topic.dueDate': '付款截止日期：\n\n{lines}\n\n收到货满意的话，在截止日期前确认收货并付款就行；运输中的订单收到货以后再付。',
  'topic.dueDate.line': '· 「{title}」{amount}，{date} 前付款',
  'topic.dueDate.overdueLine': '· 「{title}」{amount}，截止 {date}，已经逾期了，请尽快付款',
  'topic.dueFirst': '最先到期的是这一笔：\n\n{lines}',
  'topic.missedDueDate':
    '「{title}」要是 {date} 前还没付款，就会逾期：逾期会影响你在商城的信用记录，信用变差可能就用不了先用后付了。所以在 {date} 之前，满意就确认收货并付款；不想要的话，就申请退货。',
  'topic.alreadyPaid': '如果你已经在别处付过了，订单状态可能要过一会儿才更新，这里暂时还显示待付款；请先别重复付款。过一段时间还显示没付的话，说「转人工」，同事帮你核对。',
  'topic.returnInstead': '商品有问题的话，这笔先不付款，可以改为退货退款。',
  'topic.returnWithdrawal': '已经提交的退货申请，在聊天里没法撤销。可以在商城App里打开这笔订单，看看能不能取消退货申请；也可以点「转人工客服」，同事帮你处理。',
  'topic.orderProblem': '商品有问题的话：还没付款、也没逾期的订单，可以在这里申请退货；已经付款或者已经逾期的订单，需要人工客服来处理，说「转人工」就行。',
  'topic.whoAsked': '我是商城的先用后付智能助手，不是真人。有先用后付的问题随时找我；想找人工客服的话，说「转人工」就行。',
  'topic.whoAsked.handedIn': '我是商城的先用后付智能助手，不是真人。{why}我们可以在这里接着来；想找人工客服的话，说「转人工」就行。',
  'topic.botIdentity': '我是先用后付的智能助手，不是真人。想找人工客服的话，说「转人工」就行。',
  'topic.phoneOnly': '登录只用手机号和短信验证码，不用邮箱。请发送你商城账号绑定的11位手机号。',
  'topic.whyCode': '这是用短信发到你登录手机号上的一次性验证码：在这里输入它，就能确认这个号码是你本人的，别人拿到你的号码也登录不了。它只在这里输入，不要告诉其他任何人；它只能用一次，我不会保存。我也绝不会问你要密码。',
  'topic.whyPhone': '手机号只用来登录你的商城账号：我会给它发一条短信验证码，确认是你本人在操作，登录以后我才能查你的账户。聊天里的手机号会打码保存，我也不会问你要密码。',
  'topic.overdueCredit':
    '逾期没付会影响你在商城的信用记录，信用变差可能就用不了先用后付了。会不会报送央行征信，我这里没有相关说明，以服务协议为准。按时付款就没有影响；已经逾期的订单，尽快付款就好。',
  'topic.creditImpact': '影响信用记录的是逾期付款：收到货后，在付款截止日期前确认收货并付款就好。退货会不会有别的影响，我这里没有相关说明，以商城的规则为准；想确认的话，说「转人工」问问同事。',
  'topic.returnStatus': '「{titles}」的退货申请已经提交，商城正在处理，有结果会通知你。这笔用的是先用后付，你还没付过款，所以不涉及退款。有其他问题的话，可以找人工客服。',
  'topic.returnSpeedUp': '退货申请在这里提交就行，由商城按退货规则审核；人工客服也没法替你批准或加快审核，有其他问题的话可以找他们。提交以后，有结果会通知你。',
  'topic.payOnArrival': '「{titles}」还在路上，现在不用付 👍 到货以后才有付款截止日期：满意的话，在那之前确认收货并付款就行；不想要了也可以申请退货。',
  'topic.debtDisputed': '抱歉让你着急了 🙏 这笔账有疑问的话，需要同事帮你核实订单是谁下的、怎么来的，我这里查证不了。点「转人工客服」，同事来帮你处理。',
  'topic.creditRecord': '影响信用记录的是逾期付款：收到货后，在付款截止日期前确认收货并付款，就不会有影响。',
  'topic.credit.overdue': '你的「{titles}」已经逾期了，尽快付款吧，免得继续影响信用记录。',
  // A lamp paid after its due date: what the late days may have left, hedged as the article allows; paying now stops more.
  'topic.credit.paidLate':
    '「{titles}」是过了付款截止日期才付的：逾期的那几天，可能已经在你的信用记录里留下了影响，有没有、怎么记，我这里查不到，以开通协议和商城的说明为准 🙏 现在付清了，就不会再继续逾期下去；以后的订单在截止日期前付款就好。',
  'topic.overdueCharges':
    '逾期要不要另外交钱、交多少，我这里查不到具体数字，没法给你准话 🙏 这个以你开通时同意的协议和商城结算页上的说明为准。能确定的是：逾期没付会影响你的信用记录，信用变差可能就用不了先用后付了。',
  'topic.earlyPayment':
    '可以，不用等到截止日期 👍 收到货、检查满意以后，随时都能确认收货并付款；还在运输中的订单，要等收到货以后再付。想付的话说「我的订单」，我帮你确认收货并付款；每笔的截止日期在商城App的订单详情里也能看到。',
  'topic.orderPaidYet':
    '「{title}」现在还没有付款，订单显示：{status}。如果你已经在商城App或别处付过了，状态可能要过一会儿才更新，请先别重复付款；过一段时间还显示没付的话，说「转人工」，同事帮你核对。',
  'topic.orderPaidYet.paid': '「{title}」已经付过款了 ✅ 不用再付。',
  'topic.orderNumberBeforeLogin': '这串数字看起来是订单号，不是手机号 😊 我记下了，登录以后就帮你看这笔订单。',
  'topic.delivery': '「{titles}」还在路上 🚚 到货以后，满意再确认收货并付款，不想要了也可以申请退货。物流进度可以在商城App的订单详情里查看。',
  'topic.arrivedInTransit': '系统里「{titles}」还显示在运输中，可能是物流信息还没更新 🙏 稍等一会儿再来确认收货试试；要是一直不对，点「转人工客服」，同事帮你查。',
  'topic.delivery.none': '物流进度可以在商城App的订单详情里查看。先用后付的订单到货以后，满意再确认收货并付款。',
  'topic.delivery.and': '」「',
  'topic.stepDoneAlready': '对，那一步已经完成了 ✅ 现在只差最后一步：确认开通。',
  'topic.staleButton': '那个按钮是前面一步的，我没有按它来处理。我们现在在这一步：',
  'topic.charges': '用先用后付下的订单，只有你确认收货并付款时才付款（在商城App里，或者在这里让我帮你确认）；没有你的确认，我不会替你付。如果发现扣款不对，说「转人工」，同事帮你核查。',
  'topic.nothingToPay': '现在没有需要付款的订单 👍 每一笔的情况见下面的列表。',
  'topic.nothingToPay.coming': '现在没有需要付款的订单 👍 「{titles}」还在路上，到货以后确认收货时再付款就行。',
  'topic.nothingToPay.noOrders': '你还没有先用后付订单，所以现在没有要付的钱 👍',
  'topic.nothingToReturn': '现在没有能在这里申请退货的订单：这里只能退还没付款、也没逾期的订单。每一笔的情况见下面的列表；哪一笔有问题的话，可以找人工客服。',
  'topic.notReceived': '没收到货的话，先别确认收货，也不用付款 🙏 还在路上的订单等到了再处理；如果显示已签收或已逾期，但你其实没拿到货，点「转人工客服」，同事帮你查物流、核实逾期的问题。',
  'topic.reasonUpset': '遇到这种情况确实闹心，给你添麻烦了，抱歉 🙏',
  'topic.requestUpset': '抱歉让你烦心了 🙏 我们这就来办。',
  'topic.plusLapsed':
    '先用后付是PLUS会员的权益：开通和使用它，都要有PLUS会员身份。会员过期以后先用后付还能不能接着用，我这边没法确定，以开通协议和商城的说明为准 🙏 想继续用的话，稳妥的办法是在PLUS会员中心续费；续好以后告诉我，我帮你看看账户的状态。',
  'topic.plusOtherBenefits':
    'PLUS会员的权益里，我能讲的只有先用后付这一项：下单时先不用付钱，收到货满意了再确认收货付款。其他权益我这边不清楚 🙏 在首页顶部菜单点「PLUS会员」，进会员中心就能看到完整的权益介绍。',
  'topic.minimumAmount':
    '要买到多少钱以上才能用，我这里没有可以告诉你的标准 🙏 下单时看结算页就知道：支付方式里有「先用后付」，这笔订单就能用；没有的话，这笔暂时用不了。',
  'topic.reasonNeeded': '用一两句话说说退货的原因就行，比如「尺码不合适」「左耳没声音」，也可以点下面的原因；不想退了的话，说「不退了」。',
  'topic.orderNotListed': '你的先用后付订单里没有这一笔，请从下面的列表里选。',
  'topic.orderNotListed.nothingToDo': '你的先用后付订单里没有这一笔。',
  'topic.hesitantYes': '要继续的话，请点下面的确认按钮；先不处理的话，点另一个按钮或者说「先不用了」就好。',
  'topic.whereWeWere': '我们刚才说到这一步 👇',
  'topic.whatNow': '现在要做的是这一步 👇',
  'topic.acknowledged': '好的 👌',
  'topic.questionComing': '请问你想了解什么？直接问我就行。',
  'topic.overdueStatus': '已经逾期的订单：\n\n{lines}\n\n逾期没付会影响你的信用记录，信用变差可能就用不了先用后付了，所以越早付款越好。在这里就可以确认收货并付款。',
  'topic.overdueStatus.line': '· 「{title}」{amount}，付款截止 {date}，已经逾期 {days} 天',
  'topic.overdueStatus.line.oneDay': '· 「{title}」{amount}，付款截止 {date}，已经逾期 1 天',
  'topic.overdueStatus.line.undated': '· 「{title}」{amount}，付款截止 {date}，已经逾期',
  'topic.overdueStatus.none': '你现在没有逾期的订单 👍 收到货满意的话，在付款截止日期前确认收货并付款就行。',
  'topic.overdueStatus.notEnabled': '你还没有开通先用后付，所以没有先用后付的订单，也就没有逾期的 👍',
  'topic.overdueWorry':
    '别着急 🙏 逾期没付会影响你在商城的信用记录，信用变差可能就用不了先用后付了；会不会报送央行征信，我这里没有相关说明，以服务协议为准。现在最管用的，就是尽快把逾期的那笔付掉，越早付影响越小。',
  // Said to be overdue with no word of credit ("我好像逾期了怎么办"): the same, the credit bureau unsaid as it was not asked.
  'topic.overdueWhatNow':
    '别着急 🙏 逾期没付会影响你在商城的信用记录，信用变差可能就用不了先用后付了。现在最管用的，就是尽快把逾期的那笔付掉，越早付影响越小。',
  'topic.overdueWorry.theirs': '你逾期的是「{titles}」，在这里就能确认收货并付款。',
  'topic.overdueWorry.logIn': '登录一下，我帮你找到逾期的那笔，在这里就能确认收货并付款 👇',
  'topic.overdueWorry.afterLogin': '登录以后，我帮你找到逾期的那笔，在这里就能确认收货并付款。',
  'button.logInToPay': '登录查看并付款',
  'topic.stillInTime': '来得及，现在就能付 👍「{titles}」已经过了付款截止日期，算是逾期了；现在付清，就不会再继续逾期下去，越早付影响越小。',
  'topic.autoPay':
    '我这里没有到期自动扣款的说明：先用后付是你收到货、满意以后，自己确认收货并付款，记得在付款截止日期前付。可以在商城的订单页付，也可以在这里让我帮你确认收货并付款，说「我的订单」就行。',
  'topic.instalments':
    '先用后付不是分期：收到货满意以后，在付款截止日期前把这笔订单一次付清就行。分期付款是另外的产品，不在我这里办理，它的费用我也查不到。',
  'topic.phoneForgotten':
    '登录要用你商城账号绑定的手机号。是哪个号我这边查不到 🙏 可以在商城App的「我的京东 > 账户设置」里看看绑定的手机号，或者把你常用的号码发给我试试，我会给它发验证码。',
  'topic.otherAccount':
    '能不能开通是每个账号分开看的：要看那个账号自己的PLUS会员、实名认证和信用情况，这个账号的结果不代表那个。想查的话，先说「重新开始」，再用那个账号的手机号登录，我帮你看看。',
  'topic.otherAccount.notLoggedIn':
    '能不能开通是每个账号分开看的：要看那个账号自己的PLUS会员、实名认证和信用情况。想查哪个，就把那个账号绑定的手机号发给我，登录以后我帮你看看。',
  'topic.refund':
    '用先用后付的订单，是在付款前申请退货的：你还没付过钱，所以没有钱要退回来，也不用等退款到账 🙂 退货申请提交以后由商城处理，通过了这笔就不用再付，进度以商城App里这笔订单的信息为准。',
  'topic.reasonChange': '可以改 👌 直接告诉我新的原因就行，比如「尺码不对」，也可以点下面的原因。',
  'topic.returnWhatWrong': '好的，我们重新来 👌 原因不对的话，直接说新的原因，或点下面的原因；要退的不是这件商品，告诉我是哪一件就行；不想退了，点「不退了」。',
  'topic.reasonChangeFiled':
    '退货申请提交以后，原因在这里就改不了了 🙏 可以在商城App里打开这笔订单的退货详情看看；需要修改的话，同事可以帮你处理。',
  'topic.returnInTransit': '「{titles}」还在路上，现在也能申请退货，不用等到货 👌 想退的话，告诉我退哪一笔就行。',
  'topic.returnPossible': '可以退 👌 还没付款的订单，在这里就能申请退货退款。',
  'topic.exchange': '换货（比如换颜色、换尺码）在这里办不了 🙏 可以在商城App里这笔订单的页面申请，或者找人工客服帮你。在这里能办的，是还没付款订单的退货退款。',
  'topic.returnWhyNot':
    '在这里能申请退货的，是还没付款、也没过付款截止日期的订单：先用后付是先收货验货，不满意就在付款前退 🙂 已经付过款的订单，售后请到商城App里这笔订单的页面申请，或者找人工客服帮你。',
  'topic.returnWhyNot.asked': '「{title}」已经付过款了，没法在这里申请退货 🙏',
  'topic.returnWhyNot.paid':
    '因为「{titles}」已经付过款了 🙏 在这里申请退货，只适用于还没付款的订单：先收货验货，不满意就在付款前退。付过款的要退，请到商城App里这笔订单的页面申请售后，或者找人工客服帮你。',
  'topic.eligibleGoods':
    '不一定每件商品都能用 🙂 结算页会告诉你：选好商品去结算，支付方式里有「先用后付」就能选；没有的话，这些商品暂时用不了。',
  'topic.inspectionPeriod':
    '验货期具体有几天，我这里没有准确的天数 🙏 收到货以后先检查：满意就确认收货并付款，不满意就申请退货退款，都在这笔订单的付款截止日期前处理就好。每笔的截止日期可以在商城App的订单详情里看，登录以后问我「哪天要付款」也行。',
  'topic.notConfirming':
    '不确认收货，这笔也不会就不用付了 🙏 收到货以后有一段时间验货：满意就确认收货并付款，不满意就申请退货退款。到了付款截止日期还没付，就算逾期，会影响信用记录。截止日期从哪天算起、会不会自动确认收货，我这里没法确定，以商城App里这笔订单上的日期和规则为准。',
  'topic.goingNow': '好的，去吧，我在这儿等你。',
  'topic.reasonUnclear': '抱歉，这句我没看懂，不像是退货的原因。',
  'topic.orderStaysAsIs': '好的，没问题，订单先保持原样 👌 东西满意的话，在到期日前确认收货并付款就行；不满意的话，也可以申请退货退款。',
  'topic.goodsFineAfterAll': '东西没问题就好 😊 那要不要留着这单、不退了？点下面的「不退了」就行。',
  'topic.returnIfUnwanted': '好的，这笔先不付款。不想要的话，可以改为退货退款。',
  'topic.faultWorry':
    '担心质量的话，先不用急着付：在付款截止日期前确认就行，这段时间可以先用用看。满意再确认收货并付款，有问题可以改为退货退款。付款以后还能不能退，我这里没法确定，以商城App里这笔订单上的说明为准。',
  // Goods come but not tried yet, asked whether to pay now ("耳机到了 但是还没试 要马上付吗"): no rush; the due dates follow.
  'topic.tryBeforePaying': '不用马上付 👍 东西到了可以先试一试：满意的话，在付款截止日期前确认收货并付款就行；不满意，可以申请退货退款。',
  'topic.tryBeforePaying.dates': '你的付款截止日期：\n\n{lines}',
  'topic.tryBeforePaying.unknown': '每一笔的付款截止日期，在商城App的订单详情里能看到，登录以后问我也行。',
  'topic.payAtConfirm':
    '确认收货并付款，就是在那一刻把这笔付掉，不会等到截止日期再扣 👌 付款要你自己确认，我不会替你付；截止日期只是最晚要付的那天，收到货满意了，在它之前哪天确认都行。这笔钱从哪个支付方式走、付款记录是什么样，我这里看不到，可以在商城App的订单详情里查看。',
  'topic.dueDateRule':
    '付款截止日期具体怎么算、收货后留几天，我这里没有准确的规则，没法给你一个天数 🙏 每笔订单以它上面写的付款截止日期为准，在商城App的订单详情里能看到；在那天之前确认收货并付款，就不算逾期。',
  'topic.dueDateRule.yours': '你现在要付的订单：\n\n{lines}',
  'topic.orderAmount': '「{title}」要付 {amount}。',
  'topic.cardNumber': '请不要在聊天里发送银行卡号 🙏 我用不到它：在这里确认收货并付款不需要卡号。你发的号码在我们保存的对话记录里会被隐去。',
  'topic.onlyOnShopPage': '这一步我没法替你完成 🙏 要你本人在商城自己的页面上操作，你的信息只交给商城。点下面的链接去办，办好了告诉我一声，我接着帮你。',
  'topic.attachment': '我在这个聊天里看不了图片和文件 🙏 请直接打字告诉我你想办什么、遇到了什么问题。',
  'topic.idDocument': '请不要在聊天里发送身份证或其他证件的照片 🙏 我看不了图片，也用不到证件：实名认证请在商城自己的认证页面上完成。',
  'topic.deleteData': '删除聊天记录或个人信息，要由同事来处理，我这边删不了。另外，你在聊天里发的手机号都是打码保存的。',
  'topic.loginNeeded': '在这里开通需要先登录：这样我才能查你的账户，看看还差哪一步。不想在这里登录的话，也可以自己在商城App里打开「我的京东 > 账户设置 > 支付管理」看看。',
  // Who the bot is first; the code only where the login asks for it (dialogs/notices.ts loginSafety).
  'topic.loginSafety': '放心，我是商城自己的先用后付助手 🙂 不过我是自动回复的机器人，不是真人客服；想找真人的话，说「转人工」就行。',
  'topic.loginSafety.noSecrets': '在这个聊天里，我不会问你要密码、银行卡号或身份证号。',
  'topic.loginSafety.phone':
    '登录只用手机号和短信验证码：验证码会发到你自己的手机上，只在这个聊天里输入。有人打电话或发消息找你要验证码，哪怕自称客服，也不要给。',
  'topic.loginSafety.code':
    '验证码只用来在这个聊天里，登录接收它的那个手机号的商城账号，在这里输入就和在商城App里输入一样。短信说「不要告诉别人」，是说不要给打电话或发消息来要验证码的人，哪怕对方自称客服。身份证号也不要在聊天里发，只在商城的认证页面上填。',
  'topic.loginPauseWait': '不用等：说「开通」，重新输入手机号，我再给你发新的验证码。只有验证码一直输错，这个号码才会暂停登录，最多 {minutes} 分钟。',
  'topic.loginPauseWhy':
    '因为验证码连着输错了好几次，为了保护你的账户安全，那次登录先停下了。想再试的话，说「开通」，重新输入手机号，就会收到新的验证码。',
  // Asked at a locked number: the backend's minutes as said when the lock was told, else the longest wait; why it is locked.
  'topic.loginPauseWait.locked': '刚才提示的是这个号码 {minutes} 分钟后可以再试，从那时算起，时间到了就能再用它登录。',
  'topic.loginPauseWait.locked.soon': '刚才提示的是这个号码 1 分钟后就可以再试，时间到了就能再用它登录。',
  'topic.loginPauseWait.locked.unknown': '这个号码最多暂停 {minutes} 分钟，时间到了就能再用它登录。',
  'topic.loginPauseWhy.locked':
    '因为这个号码的验证码错误次数太多了，为了保护账户安全，先暂停用它登录一会儿。暂停的只是这个号码，别的手机号不受影响。',
  'topic.idNotInChat':
    '身份证号只在商城自己的实名认证页面上填写，直接交给商城核验。聊天里没法做实名认证，发在这里也用不上，反而多一处可能泄露的地方，所以请不要在这里发。',
  'topic.phoneMeant': '对，就是你的手机号码：你在商城注册或登录账号用的那个11位手机号。我会往这个号码发一条短信验证码。',
  'topic.privacy':
    '在这个聊天里，我只会在登录时问你手机号和短信验证码，绝不会问密码、银行卡号或身份证号；你发的手机号在对话记录里也是打码保存的。实名认证在商城自己的认证页面上完成，证件信息直接交给商城，不经过这个聊天。',
  'topic.forFamily':
    '先用后付是开在每个人自己的账号上的：给家人开通，要用家人自己的商城账号。登录用的是对方的手机号，验证码会发到对方手机上；实名认证也要对方本人来做。所以最好你们在一起操作。',
  'topic.forFamily.notLoggedIn': '对方在身边的话，把对方商城账号的手机号发给我，我们从登录开始。',
  'topic.forFamily.loggedIn': '你现在登录的是你自己的账号；要给对方开通，先说「重新开始」，再用对方的手机号登录。',
  'topic.familyLogin':
    '好的，先说清楚：先用后付是开在每个人自己的账号上的。下面用你发的号码登录，登录的就是家人自己的商城账号：验证码会发到对方手机上，实名认证也要对方本人来做，所以最好你们在一起操作。',
  'topic.familyPhoneAway':
    '验证码只会发到登录用的那个手机号上，我没法改发到别的手机 🙏 对方不在身边的话，可以等你们在一起的时候再来，或者请对方自己在商城App里开通。现在先不登录的话，点「取消」就行。',
  'topic.overdueMessage':
    '如果是短信或电话说你逾期了，而这里查不到逾期的订单，要小心可能是诈骗：不要点短信里的链接，也不要按对方说的转账或付款。订单有没有逾期，以商城App里自己的订单页为准。',
  'topic.collection':
    '会不会催收、怎么催收，我这里没有这方面的信息，也没法替商城回答 🙏 能确定的是：逾期没付会影响你的信用记录，越早付清影响越小。想了解具体情况，同事可以帮你看看。',
  'topic.collection.overdue': '「{titles}」现在已经逾期，在这里就能确认收货并付款。',
  'topic.statusWithoutLogin':
    '不登录我查不到你的账户，先说说一般情况：结算页要出现先用后付，需要是PLUS会员、完成了实名认证、信用评估通过，并且已经开通，少一项就看不到。你也可以在商城App「我的京东 > 账户设置 > 支付管理」里自己看看。登录以后，我能直接帮你查是差哪一项。',
  'button.logInToCheck': '登录帮我查',
  'topic.personNeeded': '不需要找人哦，在这里我就能一步步帮你办好。之后不管什么时候想找同事帮忙，说「转人工」就行。',
  'topic.technicalProblem': '抱歉，给你添麻烦了 🙏 可能只是暂时的问题，请稍后再试一次；还是不行的话，同事可以帮你看看。',
  'topic.technicalProblem.shopStep': '抱歉，给你添麻烦了 🙏 请用下面的按钮重新打开页面试试；还是打不开的话，同事可以帮你看看。',
  'topic.dueExtension': '付款截止日期在这里没法延后 🙏 逾期没付会影响你的信用记录，所以最好在截止日期前确认收货并付款。确实有困难的话，同事可以帮你看看。',
  'topic.plusTime': 'PLUS会员在商城的PLUS页面购买，多久生效看商城那边，我这边没有具体时间。商城一通知我生效了，我就接着帮你往下走；你买好了也可以直接告诉我。',
  'topic.realNameTime': '实名认证是在商城自己的页面上完成的，要多久看商城那边的审核，我这边没有具体时间。商城那边一确认完成，我就接着帮你往下走；你办好了也可以直接告诉我。',
  'topic.enableTime':
    '开通本身不用等：PLUS会员、实名认证、良好的信用记录这三个条件都满足后，在这里确认开通就马上生效，下次购物在结算页就能选。要花时间的只是还没满足的条件：PLUS会员和实名认证都在商城自己的页面上办，多久办好看商城那边。',
  'topic.plusSaidActive': '好的，PLUS会员是开通条件之一 👍 登录以后我会在你的账户里确认。',
  'topic.plusSaidActive.seen': '对，你账户里的PLUS会员已经生效了 ✅',
  'topic.plusSaidActive.notSeen': '你的账户里暂时还看不到生效的PLUS会员。商城那边显示生效以后，跟我说「开通先用后付」，我再帮你查一次。',
  'topic.realNameSaidDone': '好的，实名认证是开通条件之一 👍 登录以后我会在你的账户里确认。',
  'topic.realNameSaidDone.seen': '对，你的账户已经完成实名认证了 ✅',
  'topic.realNameSaidDone.notSeen': '你的账户里暂时还看不到实名认证完成。商城那边显示完成以后，跟我说「开通先用后付」，我再帮你查一次。',
  'topic.whichOrder': '你说的是哪一笔？点下面对应的按钮，或者直接说商品名。',
  'topic.whichOrder.pay': '要付哪一笔呢？现在可以付款的有「{titles}」：点它的「确认收货并付款」，或者直接说商品名。',
  'topic.whichOrder.return': '要退哪一笔呢？可以退的有「{titles}」：点它的「申请退货」，或者直接说商品名，接着我会问你退货原因。',
  'topic.stillThere': '在的 😊',
  'topic.anyoneThere': '在的！我是先用后付的智能助手，有什么想问的直接跟我说就行。想找人工客服的话，点下面的按钮。',
  'topic.laughter': '哈哈 😄',
  'topic.paymentMeans':
    '在聊天里我没法替你选付款方式 🙏 想自己选用什么付的话，可以到商城App里打开这笔订单去付款。',
  'topic.dueExtension.overdue':
    '「{titles}」的付款截止日期已经过了，现在已经逾期 🙏 截止日期在这里没法延后；逾期会影响信用记录，越早付款影响越小。现在就可以确认收货并付款；确实有困难的话，同事可以帮你看看。',
  'topic.dueExtension.inTime': '可以的 😊 在付款截止日期前，什么时候付都行：\n\n{lines}\n\n只是别过了这个日期：过期没付就算逾期，会影响你的信用记录。',
  'topic.dueExtension.dateUnknown': '在订单的付款截止日期前，什么时候付都行 😊 过了这个日期还没付就算逾期，会影响你的信用记录。截止日期本身在这里没法延后；确实有困难的话，同事可以帮你看看。',
  'topic.howToPayOrder': '付「{title}」（{amount}）只要确认收货并付款就行：东西没问题的话，在 {date} 前点下面的「确认收货并付款」。',
  'topic.howToPayOrder.undated': '付「{title}」（{amount}）只要确认收货并付款就行：东西没问题的话，点下面的「确认收货并付款」。',
  'topic.callBack':
    '抱歉，我没法打电话 🙏 只能在这里文字帮你。想找人工的话，点下面的按钮，同事会在这里回复你；想自己接着办先用后付的话，用手机号和短信验证码登录就可以。',
  'topic.orderSwitch':
    '先用后付是下单时选的付款方式：在结算页的支付方式里选「先用后付」，再提交订单。已经下单或者已经付过款的订单，没法再改成先用后付；下次买东西时在结算页选它就行。',
  'topic.plusTerms':
    'PLUS会员的价格和套餐，以及开通以后能不能退、怎么取消，都以商城PLUS会员中心页面上的说明为准，我这边查不到这些。在首页顶部菜单点「PLUS会员」就能进会员中心查看。',
  'topic.plusCostReluctance':
    '是的，PLUS会员是付费的，各个套餐的价格都在PLUS会员页面上。先用后付是PLUS会员的权益，没有PLUS会员就开通不了先用后付。不想花这笔钱也没关系，可以先不开，以后想开了随时来找我。',
  'topic.plusOrPayLaterFees':
    '如果说的是PLUS会员：它是付费会员，各个套餐的价格和收费方式，都以PLUS会员页面上的说明为准。如果说的是先用后付本身：费用、利息这些以商城结算页和开通协议里的说明为准，我这里查不到具体数字。',
  'topic.enableAdvice': '开不开由你自己决定，我不替你拿主意。',
  'topic.enableBenefits':
    '先用后付能给你的是：下单时先不用付钱，商品照常发货；收到后有一段时间验货，满意了再确认收货付款，不满意可以申请退货退款。要注意的是按时付款，逾期会影响你的信用记录。',
  'topic.plusTrial':
    '试用或体验类的会员算不算PLUS会员、能不能用来开通先用后付，以商城PLUS会员页面上的说明为准，我这边没法确定。开通先用后付要的是PLUS会员身份：在会员中心开好以后告诉我，我帮你看下一步。',
  'topic.otherProducts':
    '其他的信用或支付产品不归我管，我没法帮你比较，也办理不了 🙏 我能讲的是先用后付：它是一种信用支付方式，下单时在结算页选它，商品照常发货；收到后满意再确认收货并付款，不满意可以申请退货退款。',
  'topic.paymentSource':
    '钱是在你确认收货并付款的时候付的。用哪种方式付，我在聊天里看不到，也没法替你选 🙏 想自己挑的话，可以到商城App里打开这笔订单去付款，付款页面上能看到可以用的方式。',
  'topic.returnShipping':
    '退货要不要运费、运费谁出，要看商城的退货规则和这件商品的售后说明，我这边查不到具体规定 🙏 用先用后付的订单，不满意可以在付款前就申请退货退款。运费想先问清楚的话，同事可以帮你确认。',
  'topic.returnPickup':
    '退货的商品怎么寄回、快递员什么时候上门取件，都按商城的退货流程来安排，我这边看不到，也约不了取件时间 🙏 提交退货申请以后，以商城App里这笔订单的退货信息为准；有问题的话，同事可以帮你看看。',
  'topic.realNameDocuments':
    '实名认证能用哪些证件（比如护照，或者港澳台居民的证件），以商城认证页面上的说明为准，我这边没有这方面的信息 🙏 可以打开认证页面看看支持哪些方式；不确定的话，同事可以帮你确认。请不要在聊天里发送证件号码。',

  // FAQ answers.
  'faq.what_is':
    '先用后付是一种信用支付方式：下单时在结算页选它，商品照常发货。收到后你有一段时间验货，满意就确认收货再付款；不满意可以申请退货退款。',
  'faq.requirements':
    '开通需要满足三个条件：\n\n1. 是PLUS会员\n2. 信用记录良好\n3. 账号已实名认证\n\n想知道自己有没有资格，可以去「我的京东 > 账户设置 > 支付管理」看看。',
  'faq.requirements.met': '开通需要三个条件：PLUS会员、实名认证、良好的信用记录。你的账号三个都已经满足了：PLUS ✅ 实名 ✅ 信用 ✅',
  'faq.plus':
    'PLUS是商城的付费会员服务，先用后付是它的会员权益之一，所以要先成为PLUS会员才能开通。还不是会员的话，在首页顶部菜单点「PLUS会员」进入会员中心：各个套餐的价格和权益都在那里，选一个购买就行。',
  'faq.plus.atStep':
    'PLUS是商城的付费会员服务，先用后付是它的会员权益之一，所以要先成为PLUS会员才能开通。点下面的「去开通PLUS会员」就能打开购买页面：各个套餐的价格和权益都在那里，选一个购买就行。',
  'faq.real_name':
    '为了交易安全，开通先用后付必须先完成实名认证，不认证就没法开通。认证在商城自己的页面上完成，身份信息只交给商城，我在聊天里不会收集，也请不要在这里发送身份证号。',
  'faq.real_name.atStep':
    '为了交易安全，开通先用后付要先完成实名认证。认证在商城自己的认证页面上完成：身份信息在那里填写，不要发到聊天里。具体要用哪种证件、要不要拍照或刷脸，以认证页面上的说明为准，我这边没有这些信息 🙏',
  'faq.credit.passed':
    '信用评估是开通条件之一：商城会评估你的信用记录，良好的更容易获得资格。你的账户这一项已经通过了 ✅ 具体看哪些记录、会不会查央行征信，我这里没有相关说明，以服务协议为准。开通后请按时付款，逾期会影响信用记录。',
  'faq.credit':
    '商城会评估你的信用，信用记录良好更容易获得资格；评估的具体细节和原因，我这边看不到。平时按时付款、保持良好记录会有帮助，情况变了以后可以再来试试；想了解原因的话，可以找人工客服。开通后也请按时付款，逾期会影响信用记录，可能让你没法继续使用。',
  'faq.checkout':
    '结算时这样用：\n\n1. 选好商品，去结算\n2. 在结算页的支付方式里选「先用后付」\n3. 按提示提交订单\n\n商品照常发货。收到后满意就确认收货并付款；不满意可以申请退货退款。',
  'faq.enable': '开通分几步：登录 → 开通PLUS会员 → 实名认证 → 信用评估 → 确认开通。我可以一步步带你完成。',
  'faq.enable.beforePerson': '开通分几步：登录 → 开通PLUS会员 → 实名认证 → 信用评估 → 确认开通。',
  'faq.status': '想知道自己有没有先用后付的权限，可以去「我的京东 > 账户设置 > 支付管理」看看，也可以让我帮你查。',
  'faq.pay':
    '收到商品后，满意就确认收货并付款。逾期没付会影响你的信用记录，信用变差可能就用不了先用后付了，所以记得在截止日期前付款。',
  'faq.pay.overdue':
    '逾期没付会影响你的信用记录，信用变差可能就用不了先用后付了。你的「{titles}」付款截止日期已经过了，现在已经逾期，请尽快付款，越早付影响越小。在这里就可以确认收货并付款。',
  'faq.return':
    '收到的商品不满意，可以在付款前申请退货退款：在订单里选「申请退货」，说明原因再确认提交就行。已经付款的订单在这里没法申请，售后问题请找人工客服。退款和运费怎么处理，以商城的退货规则为准。',
  'faq.orders': '登录后，我可以帮你查看先用后付订单，确认收货付款或者申请退货。',

  // The status checklist card.
  'status.lead': '这是你现在的进度 👇',
  'status.title': '你的先用后付进度',
  'status.summary': '{title}：{items}',
  'status.item.login': '已登录',
  'status.item.plus': 'PLUS会员',
  'status.item.realName': '实名认证',
  'status.item.credit': '信用符合要求',
  'status.item.payLater': '先用后付已开通',
  'status.item.login.no': '未登录',
  'status.item.plus.no': '还不是PLUS会员',
  'status.item.realName.no': '未实名认证',
  'status.item.credit.no': '信用暂不符合要求',
  'status.item.payLater.no': '先用后付未开通',
  'status.value.yes': '是',
  'status.value.no': '还没有',
  'status.value.unknown': '待确认',
  'status.next.login': '下一步：登录。',
  'status.next.plus': '下一步：开通PLUS会员。',
  'status.next.realName': '下一步：实名认证。',
  'status.next.credit': '信用评估暂未通过，保持良好的信用记录会有帮助。',
  'status.next.payLater': '下一步：确认并开通先用后付。',
  'status.owed': '现在要付的订单：{count} 笔，共 {total}。',
  'status.owed.overdue': '现在要付的订单：{count} 笔，共 {total}，其中有已经逾期的，请尽快付款。',
  'status.owed.coming': '还在路上的订单：{count} 笔，到货以后再付。',
  'status.next.allDone': '全部就绪，结算时就能选先用后付 🎉',
};

export type MessageId = keyof typeof zhCN;
/** A locale's catalog: exactly the ids of the Chinese one, each with its text. */
export type Catalog = Record<MessageId, string>;
