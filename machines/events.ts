// The events the dialogue understands: customer intents, entities, buttons, backend outcomes and agent actions.
import type { Intent, Session } from './domain';

/** Intent events are the upper-cased intent names of PRODUCT.md §4 (`enable` → `ENABLE`). */
export type IntentEventType = Uppercase<Intent>;

export const intentEventType = (intent: Intent): IntentEventType => intent.toUpperCase() as IntentEventType;

/** Onboarding steps the customer completes on the shop's own pages (the backend reports them by webhook). */
export const EXTERNAL_STEPS = ['plus', 'realName'] as const;
export type ExternalStep = (typeof EXTERNAL_STEPS)[number];

/** The return reasons offered as buttons; a typed reason is free text and need not be one of them. */
export const RETURN_REASONS = ['not_wanted', 'quality', 'wrong_item', 'other'] as const;
export type ReturnReasonCode = (typeof RETURN_REASONS)[number];

/**
 * Messages outside the 21 intents that still have a clear answer: turning pay-later off, passwords, fees (the help
 * article gives no figures, so the answer says where they are), another phone number, "wait", and a yes with more in
 * it at a confirmation ("好的我先看看": how to go ahead, or not), and at the order list several orders at once or one
 * that is not listed; an angry customer ("太过分了", "this bot is useless") is apologised to and offered a person; at the terms, what
 * they say ("协议内容是什么"); a yes or no button tapped at another step than its own (`staleButton`, dialogs/buttonValue.ts); where the
 * conversation was (`whereWeWere`: the step asks again); a bank card number typed in chat (`cardNumber`).
 */
export const TOPICS = [
  'disable', 'password', 'fees', 'otherPhone', 'wait', 'hesitantYes', 'oneOrderAtATime', 'orderNotListed', 'complaint', 'terms',
  'anotherOrderNext', 'nothingToPay', 'nothingToReturn', 'notReceived', 'reasonNeeded',
  // Two orders' requests in one message before their list ("pay for my earbuds and also return the rice cooker"): the first
  // goes ahead, the other right after it.
  'ordersInTurn',
  'whereIsCode', 'amountDue', 'languageSwitched', 'charges', 'staleButton', 'dueDate', 'alreadyPaid', 'orderProblem', 'botIdentity', 'phoneOnly', 'whyPhone', 'whyCode', 'overdueCredit', 'stepDoneAlready', 'returnInstead',
  'whereWeWere', 'cardNumber',
  // A shop-page step the customer asked the bot to do for them (it cannot); a picture or file sent, which the chat cannot
  // read, or one said to be an identity document (never to be sent here).
  'onlyOnShopPage', 'attachment', 'idDocument',
  // Of the orders: whether a return or the like hurts their credit (late payment does), where goods on their way are.
  'creditImpact', 'delivery',
  // Goods said to have arrived that the backend still shows on their way: the tracking may lag; later, or a person.
  'arrivedInTransit',
  // A means of payment named ("用微信付款"): the chat cannot choose one; said before the payment goes on as asked.
  'paymentMeans',
  // With pay-later on, the option not seen at checkout: what to check, and a person.
  'optionNotShown',
  // PLUS named done at real-name verification (the step after it): it is, and real-name verification is what is left.
  'plusDoneAlready',
  // Real-name verification named done at the PLUS step (it is checked only once PLUS is active): PLUS is what is left.
  'realNameAfterPlus',
  // Why this step, the other one being done ("我已经是PLUS会员了 为什么还要认证"): both are conditions, each its own.
  'bothConditions',
  // The account's phone number changed ("我的手机号换了"): the bot cannot change it; log in with the one it uses now, or a person.
  'phoneChanged',
  // The limit asked at the terms ("额度是多少"): set when pay-later is turned on; where to see it.
  'creditLimit',
  // Enabling and the orders asked in one message: enabling first, the orders to ask for after it.
  'ordersAfterEnabling',
  // Withdrawing a return request already submitted ("能撤销退货吗"): not possible in this chat; a person.
  'returnWithdrawal',
  // After a refused credit check: why, with credit that seems good ("我信用一直挺好的"), and when to try again (no period known).
  'creditWhy', 'creditRetry',
  // Asked to delete their records ("帮我删除我的聊天记录"): a colleague does it (said before the handover); whether pay-later
  // can be had without logging in; a due date asked to be put off (not here: late payment hurts credit; a person); how
  // long real-name verification takes (on the shop's page; the bot goes on once the shop says it is done).
  'deleteData', 'loginNeeded', 'dueExtension', 'realNameTime',
  // When PLUS takes effect ("PLUS什么时候生效"): as soon as it is bought on the shop's page; the bot goes on once told.
  'plusTime',
  // Of the orders: how a return requested is going, or its refund (the shop is on it; nothing paid, nothing to refund);
  // when goods on their way are paid (once they arrive); a debt disputed ("我根本没用过 怎么就欠钱了": a person); whether
  // credit is hurt, asked outside returns (late payment is; an overdue order named).
  'returnStatus', 'payOnArrival', 'debtDisputed', 'creditRecord',
  // A return's reason said with a complaint ("左耳没声音，你们怎么搞的"): a word of regret before its confirmation.
  'reasonUpset',
  // What the article does not hold, said as such with where to look: an order already placed or paid switched to pay-later
  // (it is chosen at checkout); PLUS's price, cancelling or a refund of it, and a trial membership (the PLUS page decides);
  // another credit product or a comparison with one (not this bot's; what pay-later is); which means a payment takes the
  // money from (the shop account's, unseen here); a return's shipping fee and the courier's pick-up (the shop's return
  // rules and process); documents other than the resident ID card for real-name verification (the shop's page).
  'orderSwitch', 'plusTerms', 'plusTrial', 'otherProducts', 'paymentSource', 'returnShipping', 'returnPickup', 'realNameDocuments',
  // What to do now ("然后呢", "what now?"): the step the customer is at, said again with a line before it.
  'whatNow',
  // Going to do a shop-page step now ("好的我马上去买会员"): go ahead (not "take your time"), and how the step goes on.
  'goingNow',
  // Gibberish at the return's reason step ("阿巴阿巴", "asdfgh", "。。。"): not understood as a reason, the reasons again.
  'reasonUnclear',
  // Goods not wanted said at their payment ("不想要了"): not paid; returning them is offered instead.
  'returnIfUnwanted',
  // A fault feared at the payment ("怕用两天就坏了", "万一坏了怎么办"; it went to the return as a fault): no rush to pay, the goods
  // can be tried before confirming, returned if something is wrong; the payment kept.
  'faultWorry',
  // An ok with nothing to thank for ("好的 知道了": it got "不客气！"): a short ok back. A lead-in to a question ("就是我想问下":
  // it got "你好！😊"): the question asked for.
  'acknowledged', 'questionComing',
  // Whether the customer's own orders are overdue, and for how long ("我是不是逾期了", "逾期了几天了"): which, since when, what
  // being late does; none, when none is.
  'overdueStatus',
  // What the article does not say, answered within it: no automatic payment (the customer pays by the due date, here
  // too); instalments (pay-later is one payment by the due date; instalment products are another thing).
  'autoPay', 'instalments',
  // Which phone number the shop account uses, forgotten (the bot cannot look it up: the shop's account settings show
  // it); whether another account ("刚才那个号") can have it (each is checked by itself, logged in with it).
  'phoneForgotten', 'otherAccount',
  // Of returns, asked at the return or after it (they got the general returns text, or were filed as the reason): a refund's
  // timing or where it goes (returned before paying, nothing paid comes back); the reason to change (at the return, just
  // the new one; once filed, the shop's order page or a person); goods on their way, which can go back before they arrive.
  'refund', 'reasonChange', 'reasonChangeFiled', 'returnInTransit',
  // A return's confirmation called wrong, what is wrong unsaid ("不对 不是这个": it took the return back): the reason step
  // again, said how to give another reason, name the goods meant, or keep the order.
  'returnWhatWrong',
  // How long the inspection period is (the article gives no figure: the order's due date is what counts), and never
  // confirming receipt (the due date still comes; late payment hurts credit).
  'inspectionPeriod', 'notConfirming',
  // How long turning it on takes ("开通要多久": it started the login): no wait of its own once the conditions are met; the
  // shop-page steps take what the shop takes.
  'enableTime',
  // PLUS or real-name verification said had, away from their steps ("PLUS我有了，实名怎么弄": it explained how to buy PLUS):
  // no question about it; the account shows it, or will once logged in.
  'plusSaidActive', 'realNameSaidDone',
  // A plain yes to the order list asking which order to pay or return, when it cannot choose (several to pay; a return,
  // which needs its order and a reason): which orders can be, and how to pick one (the list came again without a word).
  'whichOrder',
  // Whether the bot is still there ("在吗", "still there?", "hello?"): it is, and the step in a line (it got "你好！😊").
  'stillThere',
  // Whether anyone is there at all ("有人吗", "anyone there?", "hello??"): the guide bot is, a person on request (it handed
  // the customer over at once). Laughter ("哈哈", "lol"): a smile back, no misunderstanding (two handed them over).
  'anyoneThere', 'laughter',
  // A person asked to approve a return or hurry it, at the return ("can a human approve this faster?": read as a person, the
  // reason beside it lost): it is filed here and the shop reviews it; a colleague cannot make that faster.
  'returnSpeedUp',
  // Of paying: a penalty for paying late ("逾期会罚钱吗": the article gives no figure; late payment hurts credit, the terms
  // and the order say the rest), paying before the due date ("能提前还吗": once the goods are in, any time), whether the
  // order being paid is paid ("付了没" at its confirmation: its status), and an order number typed before the login
  // ("订单号 2026… 还没到": no phone number; looked at once logged in).
  'overdueCharges', 'earlyPayment', 'orderPaidYet', 'orderNumberBeforeLogin',
  // Whether a person is needed, asked ("do i need to talk to someone?", "需要找人工吗": the classifier's human handed the
  // customer over): no, it is done here; a colleague whenever they like.
  'personNeeded',
  // A link, page, app or button that does not work ("the link is broken", "链接打不开": one was a return): a word of regret,
  // and trying again (at a shop-page step, its link below) or a colleague.
  'technicalProblem',
  // A fault of an order's goods said with whether they can go back ("耳机坏了能退吗？": the general returns' answer, or the
  // order only asked about): yes, before that order's return is confirmed with the fault as its reason.
  'returnPossible',
  // An exchange asked for ("能换货吗？我想换个颜色": filed as a return's reason): not done in this chat; the shop's order page
  // or a person. Why an order cannot go back here ("为什么不能退" after a paid one was refused: the list again): returns here
  // are of orders not paid yet; paid ones go to the shop's after-sales or a person. Whether all goods can be bought with
  // pay-later ("所有商品都能用先用后付吗": the checkout how-to): the checkout page shows the option where it can.
  'exchange', 'returnWhyNot', 'eligibleGoods',
  // Said to be overdue oneself, with the credit asked ("我好像逾期了怎么办 会不会上征信啊": the pay FAQ's "pay before the due
  // date" and the credit check's eligibility text): what being late does, paying now helps; theirs named, or a login to find
  // it. Whether paying an overdue order now is still in time ("现在付 还来得及吗": "pay before the due date"): yes, pay it now.
  // The same said with no word of credit ("我好像逾期了怎么办", "I think I'm overdue, what do I do?": the pay FAQ's "pay before
  // the due date"), before the login: the same answer, the credit bureau unsaid.
  'overdueWorry', 'overdueWhatNow', 'stillInTime',
  // Whether the login is safe or the bot the shop's own, at the login ("短信说验证码不要告诉别人，能告诉你吗": a complaint's
  // apology; "你是真的京东客服吗": "你好！😊"): the shop's own assistant, the code logs in only here, never to a caller. Why
  // an ID number is not sent in chat ("为什么身份证不能在这里发？": not understood): only on the shop's page.
  'loginSafety', 'idNotInChat',
  // How long to wait, asked where the login is paused ("要等多久才能再试？": not understood): at most the pause, then again.
  'loginPauseWait',
  // Why it is paused, asked there ("为啥这样": a yes, handed over; "为什么": the status, the phone step): too many wrong
  // codes, paused for the account's safety, and for how long.
  'loginPauseWhy',
  // How many digits the code has, at the code step ("验证码是6位数吗": not understood): 6, in the text just sent.
  'codeLength',
  // Whether personal details are safe here ("先用后付安全吗 会不会泄露我的信息": what pay-later is and the credit text): what the
  // chat asks for (the phone and its code, never a password or an ID number) and where real-name verification is done.
  'privacy',
  // Pay-later for a family member ("我想给我爸开通": the phone prompt; "帮我妈开通一下 她手机号138…": the number dropped, the
  // customer's own asked for): it is on the member's own account, their phone's code and their own verification, best done
  // together. `familyLogin`: with the member's number, the login that follows is said to be theirs. `familyPhoneAway`: the
  // code on a phone not at hand ("验证码在她手机上 她不在身边": not understood): it goes nowhere else; later, or by themselves.
  'forFamily', 'familyLogin', 'familyPhoneAway',
  // Told of being overdue by a text or a call ("收到短信说我逾期了"): the overdue status, and with nothing overdue a warning
  // against scams (it said only "none overdue"). Collection asked of ("我会被催收吗": not understood): the article says only
  // that late payment harms credit; the chat cannot speak for the shop's practice; a person.
  'overdueMessage', 'collection',
  // Which phone number is meant, asked at the phone step ("手机号是什么意思 是我的手机号码吗": what pay-later is): the
  // mobile number of their shop account.
  'phoneMeant',
  // The login refused or questioned when the status was asked ("不想登录，直接告诉我为什么没有": "好的，已取消。" alone): why
  // the option may not show in general, where to check, and that a login checks their own account.
  'statusWithoutLogin',
  // At the PLUS step, its cost weighed ("PLUS会员要花钱吗？我不想花钱": the PLUS explainer, pointing at the plans): it is paid,
  // pay-later cannot be had without it, and not buying it now is as fine (暂不开通 beside the shop's link).
  'plusCostReluctance',
  // At the PLUS step, a charge asked of nothing named ("每个月要交钱吗": pay-later's fees alone): PLUS's price is on its page,
  // and pay-later's fees are as the checkout and the terms say.
  'plusOrPayLaterFees',
  // Where pay-later is ("先用后付在哪里": it started the login): the checkout's payment options once on, where to check it.
  'wherePayLater',
  // At the terms, whether to turn it on or what it gives ("你觉得我该开吗？", "开了有什么好处": not understood, twice a
  // person): up to the customer, what it gives, and the one thing to keep in mind; the terms kept.
  'enableBenefits',
  // Who writes and why, from a customer who does not know they asked ("who is this? I didn't ask for anything"): the bot,
  // and what customer service asked it to help with when an agent handed them on (the task kept).
  'whoAsked',
  // Paying or returning refused away from a payment or a return ("i don't want to pay", "先别付": read as paying, one went to
  // the earbuds' payment): the order stays as it is; paid before its due date if the goods are fine, else returned.
  'orderStaysAsIs',
  // The goods said to be fine, alone, at a return's reason ("其实挺好的", "actually they're fine": filed as the reason): whether
  // to keep the order instead, the return kept until the customer says so.
  'goodsFineAfterAll',
  // Whether to turn it on, asked at the terms ("你觉得我该开吗？"): up to the customer, then what it gives (enableBenefits, which a
  // question about what it gives gets alone: "开了有什么好处" opened with "I won't decide for you").
  'enableAdvice',
  // Of the credit limit, with pay-later on and the limit known: raising it or why it is low ("能提额吗", "额度怎么这么低":
  // set by the shop's assessment, not raised in chat; a person), and a purchase's amount over it or within it ("8000块的手机
  // 额度够吗": over, pay-later may not be offered for it at checkout; within, the checkout page decides). Not known (before
  // the login, or before pay-later is on), creditLimit answers.
  'limitRaise', 'limitOver', 'limitWithin',
  // Whether pay-later affects a mortgage or a loan ("会影响我房贷吗": not understood; "会不会影响我贷款买房" went to the orders):
  // paying on time keeps the credit record good, paying late harms it; how a lender weighs it the chat cannot say.
  'loanImpact',
  // Whether having it unused costs anything ("开了不用会扣钱吗": "I never pay for you"): turning it on costs nothing, and only an
  // order placed with it is paid; the fees' answer after it.
  'unusedCost',
  // Goods come but not tried, asked whether to pay right away ("耳机到了 但是还没试 要马上付吗": the FAQ on paying): no rush,
  // try them, pay by the due date (the orders' dates when known) or return them. The sum of the order being paid for, asked
  // at its confirmation ("付多少": it left for the list): that order's amount, the confirmation kept.
  'tryBeforePaying', 'orderAmount',
  // Of the orders to pay: which is due first ("哪个最先到期": it was read as thanks, or paying), and what a named order's due
  // date passing does ("耳机到期不确认会怎样": it asked what to do with the earbuds): overdue, the credit record, pay or return first.
  'dueFirst', 'missedDueDate',
  // When an order's money goes ("确认收货的话 钱是马上扣吗 还是到截止日才扣", "is the money taken when I confirm receipt?": the
  // list again, or the pay FAQ's stock line): at confirming receipt and paying, by the customer's own doing, not on the due
  // date. How the due date is worked out ("付款截止日是怎么算的 收货后几天？"): no rule or number the chat holds; each order's
  // own date counts (theirs listed when known), and where to see it.
  'payAtConfirm', 'dueDateRule',
  // How to pay the order at its confirmation ("how do i pay, with which card?": the checkout's steps, which are about buying):
  // confirming receipt pays it, with the shop account's means, which the chat neither sees nor chooses.
  'howToPayOrder',
  // A call asked for ("call me please", "给我回个电话"; a number with it started the login and sent a code): the bot cannot
  // phone; a person here, or the login to go on.
  'callBack',
  // The shop's places the bot sends customers to, asked where or what they are ("支付管理在哪": the login began; "结算页是什么
  // 意思 在哪找": not understood): what each is and how to get there, the step kept.
  'placePaymentManagement', 'placeCheckoutPage', 'placeOrderDetails', 'placeAccountSettings',
  // A request said in anger at the system ("你们这破系统 垃圾 快点给我开通！！": it went ahead without a word): a short line of
  // regret before the request is done.
  'requestUpset',
  // Of PLUS beyond its step, asked specifically (they got the general PLUS explainer): PLUS lapsed ("plus会员过期了还能用先用
  // 后付吗": PLUS is needed to turn it on and use it; what a lapse does the terms and the shop say; renewing), and what else
  // PLUS gives ("plus开了有啥用 除了先用后付": the bot knows only pay-later's part; the PLUS page the rest).
  'plusLapsed', 'plusOtherBenefits',
  // A minimum order amount asked ("买多少钱以上的东西才能用": the checkout how-to): the article gives none; the checkout page
  // shows whether the option is offered for the order.
  'minimumAmount',
] as const;
export type Topic = (typeof TOPICS)[number];

/** What a customer may type in chat that the bot never wants: it is masked in the records, and they are told not to. */
export const SECRET_KINDS = ['idNumber', 'cardNumber', 'password'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export type DialogueEvent =
  /**
   * `question`: the words asked ("逾期会怎样？") rather than asked for ("我要付款"). `fromAgent`: handed on by a support agent
   * (a release's or a hand-in's intent), not said by the customer: a task to take up, which the customer should hear why.
   * `guessed`: read from the words by a rule where the classifier was below its threshold to act ("东西什么时候到" as the
   * orders): acted on, but no goal a new login leads to (it replaced the customer's step).
   */
  | { type: IntentEventType; question?: boolean; fromAgent?: true; guessed?: true }
  /**
   * Pay-later wanted again with a shop-page step said done away from the onboarding ("暂不开通", then "我已经实名认证好了"):
   * the recheck says that step is not done yet when it is not, as the step's own "done" does.
   */
  | { type: 'ENABLE'; claimed: ExternalStep }
  /**
   * A return asked for with its reason and no order chosen ("我要退货，尺码太大" with two orders that can go back): the
   * return of the order chosen next takes that reason (it was asked again); at a payment, this order's.
   */
  | { type: 'RETURN'; reason: string }
  /**
   * `confirmed`: more than a bare yes or no, the step's own words ("提交退货申请", a button's label typed) or its own button
   * tapped ("不退了"): under a clarifying question they still answer the step below it.
   */
  | { type: 'AFFIRM' | 'DENY'; confirmed: true }
  /**
   * `paid`: PLUS said paid for at its step ("PLUS开了 扣了我99块钱"): checked as "done" is; not active yet, the customer is
   * told it may take a moment to show and not to buy it again (the step's usual line pointed at buying it).
   */
  | { type: 'AFFIRM'; paid: true }
  /** `complaint`: a complaint lodged in so many words ("我要投诉"): the person takes it as one. */
  | { type: 'HUMAN'; complaint: true }
  /**
   * `paid`: a person asked for with PLUS said paid for at its step ("我付了钱但是页面卡住了 到底开成功没有 我要找人"): the
   * person is told it is that payment to check.
   */
  | { type: 'HUMAN'; paid: true }
  /** The message held no intent the bot is sure of; `candidates` become clarifying buttons. */
  | { type: 'UNCLEAR'; candidates: Intent[] }
  /**
   * `goal`: what was asked with the number ("13800000005 我要退耳机"), or what the login just offered was for (the overdue
   * worry's 登录查看并付款), where the login then leads. `phoneDigest`: the number's keyed digest (src/bot/phoneDigests.ts),
   * added by the turn: what the dialogue keeps of it after the login.
   */
  | { type: 'PHONE_RECEIVED'; phone: string; goal?: 'orders' | 'pay' | 'return'; phoneDigest?: string }
  | { type: 'OTP_RECEIVED'; code: string }
  /** An ID card number typed in chat: never used (real-name verification happens on the shop's page). */
  | { type: 'ID_NUMBER_RECEIVED' }
  /**
   * More than one kind of secret typed in one message ("身份证110…，卡号6222…，密码是…"): one warning names them all (it
   * warned of the password alone). One kind alone keeps its own answer (ID_NUMBER_RECEIVED, the password and card topics).
   */
  | { type: 'SECRETS_SHARED'; shared: SecretKind[] }
  /**
   * Digits that are neither a valid phone number nor a one-time code. `digits`: they were typed as a mobile number (at
   * the phone step, after a phone label, or beginning with 13-19), and had this many: the answer says what is wrong.
   */
  | { type: 'NUMBER_INVALID'; digits?: number }
  | { type: 'OTP_RESEND_REQUESTED' }
  | { type: 'RETRY' }
  /**
   * `orderId`: the listed order the question names ("鞋子能退吗" of paid shoes), answered of that order alone. `inDays`: how
   * many days from now the customer asks to pay ("能下周再付吗": 7), for the answer to set against the due date.
   */
  | { type: 'TOPIC_ASKED'; topic: Topic; orderId?: string; inDays?: number }
  /**
   * A question about paying, returns or checkout said beside a request ("我要开通，顺便问下逾期会怎样"): answered where the
   * customer is, before the request is taken; asked alone, the intent's own event answers it (and may go on to the orders).
   */
  | { type: 'FAQ_ASKED'; topic: Intent }
  | { type: 'ORDER_PAY_CHOSEN'; orderId: string }
  /**
   * `reason`: the one given before, when the customer takes up again a return they took back at its confirmation ("还是退吧"),
   * or the one said with the request ("我要退货，耳机左耳没声音").
   */
  | { type: 'ORDER_RETURN_CHOSEN'; orderId: string; reason?: string }
  /** The customer named a listed order in words without saying what to do with it. */
  | { type: 'ORDER_MENTIONED'; orderId: string }
  | { type: 'RETURN_REASON_GIVEN'; reason: string }
  /** The backend reports that the customer finished a step on the shop's pages. */
  | { type: 'BACKEND_STEP_COMPLETED'; step: ExternalStep }
  /**
   * The customer writes at a shop-page step after a pause (src/bot/dialogueTurn.ts): the step may have been done meanwhile
   * where the backend's notice did not reach this conversation. Read again quietly.
   */
  | { type: 'RESUMED_AFTER_PAUSE' }
  /**
   * A support agent hands the customer (back) to the bot, optionally at an intent, and with `session` logged in to the
   * account the agent verified (a customer whose login was blocked, say): a login under way ends with it. `notTaken`: no
   * agent had taken the conversation (it was still waiting in the queue): the customer is told no colleague could take it.
   * `unanswered`: still waiting too, but released with an account the agent verified: nobody is said to have helped.
   * `loggedInAs`: the masked phone number of the `session`'s account, told with the release (when the backend gave it).
   */
  | { type: 'AGENT_RELEASED'; intent?: Intent; session?: Session; notTaken?: boolean; unanswered?: boolean; loggedInAs?: string }
  /**
   * The customer takes a request for a person back (cancel, restart) before any agent has taken the conversation; or,
   * `agentAway`, the agent who took it stopped writing long ago and it comes back to the bot.
   */
  | { type: 'HANDOFF_WITHDRAWN'; agentAway?: boolean }
  /** A support agent passes an already verified account session. */
  | { type: 'SESSION_PROVIDED'; session: Session }
  /** The customer logs out ("退出登录", "switch account"): the session and all it brought are forgotten. */
  | { type: 'LOGOUT' };

export type DialogueEventType = DialogueEvent['type'];
