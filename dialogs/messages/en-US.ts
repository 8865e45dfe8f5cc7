// Everything the bot says in English, with exactly the message ids of the Chinese catalog.
import type { Catalog } from './zh-CN';

export const enUS: Catalog = {
  'welcome.greeting':
    "Hi, I'm the 先用后付 (Use first, pay later) assistant 👋\n\nI can explain what it is, walk you through turning it on, and help with your pay later orders: confirm receipt and pay, or ask for a return.\n\nShall we get it turned on?",
  'welcome.again': 'What else can I help you with?',
  'welcome.hello': "Hi, I'm the 先用后付 (Use first, pay later) assistant 👋",
  'welcome.first': 'What can I help you with?',
  'welcome.orTap': 'Or tap one of these:',

  'intent.greeting': 'Say hello',
  'intent.what_is': 'What is it?',
  'intent.requirements': 'Requirements',
  'intent.enable': 'Turn it on',
  'intent.status': 'My progress',
  'intent.plus': 'PLUS membership',
  'intent.real_name': 'Real-name verification',
  'intent.credit': 'Credit',
  'intent.checkout': 'Using it at checkout',
  'intent.pay': 'Confirm receipt & pay',
  'intent.return': 'Returns & refunds',
  'intent.orders': 'My orders',
  'intent.human': 'Talk to a person',
  'intent.help': 'What can you do?',
  'intent.cancel': 'Cancel',
  'intent.restart': 'Start over',
  'intent.affirm': 'Yes',
  'intent.deny': 'No, thanks',
  'intent.thanks': 'Thanks',
  'intent.goodbye': 'Bye',
  'intent.out_of_scope': 'Something else',

  'button.retry': 'Try again',
  'button.resendOtp': 'Send a new code',
  'button.notNow': 'Not now',
  'button.toAgent': 'Talk to a person',
  'button.openPlus': 'Get PLUS',
  'button.plusDone': "I've done it",
  'button.openRealName': 'Get verified',
  'button.realNameDone': "I've done it",
  'button.acceptTerms': 'Agree and turn on',
  'button.declineTerms': 'Not now',
  'button.howToUse': 'Show me how',
  'button.gotIt': 'Got it',
  'button.openShop': 'Go shopping',
  'button.payOrder': 'Confirm receipt & pay · {title}',
  'button.returnOrder': 'Return · {title}',
  'button.confirmPay': 'Confirm receipt & pay',
  'button.submitReturn': 'Request the return',
  'button.keepOrder': 'Keep it',

  'prompt.awaitingPhone':
    "Please send the phone number of your shop account. I'll text it a one-time code.\n\nThat's all it takes: I will never ask for your password.",
  'prompt.awaitingOtp': "Please send me the code from the text message. Didn't get it? Tap \"Send a new code\".",
  'prompt.blocked':
    "That code was wrong a few times in a row, so I've stopped this login to keep your account safe. To try again, say \"turn it on\" and enter your phone number, and I'll send a new code. Or shall I ask a colleague to help?",
  'prompt.blocked.again': 'Or shall I ask a colleague to help?',
  // After the locked number's notice, which said the backend's minutes: none of its own.
  'prompt.numberLocked.told':
    'When the time is up, just say "turn it on" and enter the number again. You can also log in with another phone number now, or shall I ask a colleague to help?',
  'prompt.numberLocked':
    'Logging in with that number is paused for a while after too many wrong codes. You can log in with another phone number now, or try this one later by saying "turn it on". Or shall I ask a colleague to help?',

  'retry.sendCode': "The code didn't go out. Shall I try sending it again?",
  'retry.loadAccount': 'Shall I check your account again?',
  'retry.enable': 'Shall I try turning it on again?',
  'retry.loadOrders': 'Shall I look up your orders again?',
  'retry.pay': "Shall I check? If it hasn't gone through, I'll send it again; an order already paid is not paid twice.",
  'retry.return': "Shall I check? If the return hasn't gone through, I'll send the request again.",

  'prompt.awaitingPlus':
    "Use first, pay later needs a PLUS membership. Tap below to pick a plan on the shop's page:\n\n👉 {url}\n\nWhen you're done, come back and tap \"I've done it\". If the shop tells me first, I'll carry on by myself.",
  'prompt.awaitingRealName':
    "For safe payments, your account needs real-name verification. Please do it on the shop's page (never send your ID number in the chat):\n\n👉 {url}\n\nThen tap \"I've done it\", or wait: I'll carry on once the shop tells me.",
  'prompt.awaitingPlus.again': 'To get PLUS, tap "Get PLUS" below; once you have it, tap "I\'ve done it" and I\'ll carry on.',
  'prompt.awaitingRealName.again': 'To get verified, tap "Get verified" below; once it\'s done, tap "I\'ve done it" and I\'ll carry on.',
  'prompt.awaitingPlus.either': 'To see the prices, tap "Get PLUS", then "I\'ve done it" once you\'ve bought it; to leave it for now, tap "Not now".',
  'prompt.awaitingPlus.waiting': 'Once PLUS is active, tap "I\'ve done it". Or don\'t: as soon as the shop tells me, I\'ll carry on by myself.',
  'prompt.awaitingPlus.paidNotSeen': 'Tap "I\'ve done it" again in a few minutes. Or don\'t: as soon as the shop tells me, I\'ll carry on by myself.',
  'prompt.awaitingRealName.waiting': 'Once you\'re verified, tap "I\'ve done it". Or don\'t: as soon as the shop tells me, I\'ll carry on by myself.',
  'prompt.creditRefused':
    "Sorry, based on the current credit assessment your account can't turn it on yet.\n\nA good credit record (paying on time, for example) helps; you can check again later under 我的京东 > 账户设置 > 支付管理 (My JD > Account settings > Payment management). Would you like a colleague to look into it?",
  'prompt.creditRefused.again': "Your account can't turn on pay later yet. Would you like a colleague to look into it?",
  'prompt.creditRefused.afterAgent':
    "Your account can't turn on pay later yet. A good credit record (paying on time, for example) helps; you can check again later under 我的京东 > 账户设置 > 支付管理 (My JD > Account settings > Payment management). Anything else, just ask me.",
  'prompt.confirmingTerms':
    "You meet every condition: PLUS ✅ real-name ✅ credit ✅\n\nBefore I turn it on: orders ship as usual; if you're happy with the goods, confirm receipt and pay on time, because late payment hurts your credit record. Turn it on now?",
  'prompt.confirmingTerms.again': 'To turn it on, tap "Agree and turn on"; if not now, tap "Not now". Feel free to ask me anything else first.',
  'prompt.confirmingTerms.waiting': "Sure, take your time: nothing is turned on until you decide. Ask me anything in the meantime; the buttons below stay here.",
  'prompt.enabled': 'Use first, pay later is on 🎉',
  'prompt.enabled.limit': 'Your limit: {limit}.',
  'prompt.enabled.next': 'Next time you shop, pick it on the checkout page. Want to see how?',
  'prompt.enabled.owed': 'You have an order to pay now. Shall we look at your orders first?',
  'prompt.enabled.disputed': 'You said this bill looks wrong, so let a colleague check it with you first: tap "Talk to a person". You can also look at your orders.',
  'prompt.enabled.again.owed': 'Shall we look at your orders? Or ask me anything else.',
  'prompt.enabled.again.next': 'Want to see how to use it at checkout? Or ask me anything else.',
  'prompt.checkoutGuide.unknown': 'The option only shows at checkout once pay later is turned on. Shall I check whether yours is? If it is not, I will help you turn it on.',
  'prompt.checkoutGuide.notEnabled': "Pay later isn't on for your account yet, though, so the option won't show at checkout for now. Shall we turn it on?",
  'prompt.checkoutGuide.again': 'To see the checkout steps again, tap "Using it at checkout".',
  'prompt.checkoutGuide.again.notYet': 'To turn it on, tap "Turn it on"; to see the checkout steps again, tap "Using it at checkout".',
  'prompt.checkoutGuide.refused': "Based on the current credit assessment, though, your account can't turn on pay later for now, so the option won't show at checkout. A colleague can look into it with you if you'd like.",
  'prompt.checkoutGuide.again.refused': 'To see the checkout steps again, tap "Using it at checkout"; about the credit assessment, tap "Talk to a person".',
  'prompt.checkoutGuide.limit': 'Your pay later limit is {limit} right now. Whether an order can use pay later is up to the checkout page.',

  'prompt.menu': "What's next? I can show you how to use it at checkout, or look up your pay later orders.",
  'orders.header': 'Your pay later orders:',
  'orders.line': '{index}. {title} · {amount} · {status}',
  'orders.due': ' · due {date}',
  'orders.overdueReminder': '⚠️ An order is overdue. Please pay soon: late payment hurts your credit record.',
  'prompt.orderInQuestion': '"{title}" ({status}): what would you like to do with it?',
  'orders.pick': 'Which one would you like to handle?',
  'orders.pick.pay': 'Which one would you like to handle? For the one to pay, tap its "Confirm receipt & pay", or just say what it is.',
  'orders.pick.return': 'Which one would you like to handle? For the one to return, tap its "Return", or just say what it is.',
  'orders.nothingToDo': 'Nothing needs your attention right now.',
  'orders.nothingToDo.others': 'None of your other orders needs anything from you right now.',
  'orders.again': 'To handle one of your orders, tap its button below, or just tell me which one.',
  'orders.empty': "You don't have any pay later orders yet.",
  'orders.empty.next': 'Want to see how to choose it at checkout?',
  'orders.empty.notEnabled': "You haven't turned on pay later yet, so there are no such orders. Shall we turn it on now?",
  'orders.empty.again': 'To see how to choose pay later at checkout, tap "Using it at checkout".',
  'orders.empty.again.notEnabled': 'To turn it on, tap "Turn it on".',
  'orders.empty.refused': "Based on the current credit assessment, your account can't turn on pay later for now, so there are no such orders. A colleague can look into it with you if you'd like.",
  'orders.empty.again.refused': 'About the credit assessment, tap "Talk to a person".',
  'orderStatus.in_transit': 'on its way',
  'orderStatus.delivered': 'delivered, waiting for your confirmation',
  'orderStatus.paid': 'paid',
  'orderStatus.return_requested': 'return requested',
  'orderStatus.overdue': 'overdue, please pay',
  'order.fallbackTitle': 'this order',
  'prompt.confirmingReceipt': 'Did you receive "{title}" and want to pay {amount} now? Confirming completes the payment.',
  'prompt.awaitingReturnReason': 'Why would you like to return "{title}"? Just pick one.',
  'prompt.awaitingReturnReason.other': 'Sure: in a few words, why are you returning "{title}"? What isn\'t right with it? I\'ll add it to the return request.',
  'prompt.confirmingReturn': 'Request a return and refund for "{title}"? Reason: {reason}.',
  'returnReason.not_wanted': "Don't want it",
  'returnReason.quality': 'Quality problem',
  'returnReason.wrong_item': 'Wrong item',
  'returnReason.other': 'Other reason',

  'prompt.clarifying': "Sorry, I didn't quite get that. Try saying it another way, or pick one below.",
  'prompt.handoff':
    '{lead} I\'ve asked a colleague to join; they\'ll be with you shortly and will see what you write here. Once they\'re here I\'ll stay quiet; until then, say "cancel" to come back to me.',
  'prompt.handoff.queue.none': 'Nobody is ahead of you in the queue: the first colleague free will take your chat.',
  'prompt.handoff.queue.one': 'One customer is ahead of you in the queue.',
  'prompt.handoff.queue.many': '{ahead} customers are ahead of you in the queue.',
  'handoff.lead.customer_request': 'Sure.',
  'handoff.lead.not_understood': "Sorry, I keep missing what you mean.",
  'handoff.lead.credit_refused': 'A colleague can tell you more about the credit assessment.',
  'handoff.lead.login_blocked': "Let's get you help with logging in.",
  'handoff.lead.complaint': "I'm really sorry I haven't been able to sort this out.",
  'handoff.lead.plus_payment': "Sure, a colleague will check that PLUS payment for you.",

  'notice.greeting': 'Hello! 😊',
  'notice.thanks': "You're welcome!",
  'notice.goodbye': "Bye! Come back any time; I'll pick up where we left off.",
  'notice.help':
    'I can help you:\n\n- understand what Use first, pay later is and what it needs\n- turn it on step by step: log in → PLUS → real-name verification → credit → turn on\n- see how to choose it at checkout\n- see your pay later orders, confirm receipt and pay, or ask for a return\n- talk to a person\n\nAny time, say "status", "cancel" or "start over".',
  'notice.cancelled': 'OK, cancelled.',
  'notice.agentAway': "It looks like my colleague had to step away, so I'm back to help 🙂 What you wrote is kept; to reach a person again, just say \"agent\".",
  'notice.loggedOut': "You're logged out 👋 Your account details won't show in this chat any more; log in again whenever you need to.",
  'notice.notLoggedIn': "You're not logged in, so there's nothing to log out of.",
  'notice.restarted': "OK, let's start over.",
  'notice.outOfScope': "Sorry, I can't help with that: I only know about Use first, pay later (先用后付).",
  'notice.clarify': 'I\'m not sure what you mean. Is it one of these?',
  'notice.statusNeedsLogin': 'To check your progress, please log in first.',
  'notice.needsLogin.orders': 'To show your pay later orders, I need you to log in first.',
  'notice.needsLogin.pay': 'To confirm receipt and pay, I need you to log in first, so that I can find your order.',
  'notice.needsLogin.return': 'To ask for a return, I need you to log in first, so that I can find your order.',
  'notice.phoneFirst': "Your phone number first, please; then I'll send a code to it.",
  // {what}: one of the notice.invalidPhone.* below, what is wrong with the number typed.
  'notice.invalidPhone':
    '{what} A mainland China mobile number has 11 digits and starts with 1 and then 3 to 9, like 138xxxxxxxx (spaces are fine). Please check it and send it again.',
  'notice.invalidPhone.again':
    '{what} A mainland China mobile number has 11 digits and starts with 1 and then 3 to 9, like 138xxxxxxxx (spaces are fine). Please check it and send it again. If logging in is giving you trouble, an agent can help too.',
  'notice.invalidPhone.oneTooMany': 'That number has 12 digits: one too many, it seems.',
  'notice.invalidPhone.oneShort': 'That number has only 10 digits: one is missing, it seems.',
  'notice.invalidPhone.length': 'That number has {digits} digits.',
  'notice.invalidPhone.notMobile': "That isn't a valid mainland China mobile number.",
  'notice.invalidPhone.unclear': "That number doesn't look right.",
  'notice.invalidCode': "The code has 6 digits, and that one doesn't. Please check the text message.",
  'notice.otpSent': 'I sent a code to {phone}.',
  'notice.otpSent.again':
    "I sent a code to {phone} again. Still nothing? Check that the number is right; a text can take a minute to arrive, or your phone may have filtered it as spam. If the number is wrong, just send me the right one.",
  'notice.codeSentLately':
    'I sent a code to {phone} {when}. Texts can take up to a minute to arrive, so please give it a moment, and use the latest one you get. {again}',
  'notice.codeSentLately.secondsAgo': '{seconds} seconds ago',
  'notice.codeSentLately.justNow': 'just a moment ago',
  'notice.codeSentLately.askIn': 'If it still hasn\'t come, you can tap "Send a new code" again in {seconds} seconds.',
  'notice.codeSentLately.askSoon': 'If it still hasn\'t come in a little while, tap "Send a new code" again.',
  'notice.codeNotNeeded': "You're already logged in, so no code is needed now.",
  'notice.wrongCode.some': "That code isn't right. You have {attempts} more tries.",
  'notice.wrongCode.last': "That code isn't right. You have one last try.",
  'notice.backendFailed.timeout': 'Sorry, the system took too long to answer, so I didn\'t get a result.',
  'notice.backendFailed.unavailable': 'Sorry, the service is unavailable right now.',
  'notice.backendFailed.bad_response': 'Sorry, the system gave an unexpected answer.',
  'notice.backendFailed.unauthorized': 'Sorry, your login has expired. Please log in again.',
  'notice.backendFailed.server_error': 'Sorry, something went wrong on our side.',
  'notice.backendFailed.unknown': 'Sorry, something unexpected happened.',
  'notice.outcomeUnknown.pay': 'Sorry, the system didn\'t give me a clear answer, so I\'m not sure yet whether "{title}" was paid.',
  'notice.outcomeUnknown.return': 'Sorry, the system didn\'t give me a clear answer, so I\'m not sure yet whether the return for "{title}" was filed.',
  'notice.notDoneLoginFirst.pay': "The payment hasn't gone through. Once you've logged in again, I'll ask you to confirm it once more.",
  'notice.notDoneLoginFirst.return': "The return hasn't been filed. Once you've logged in again, I'll ask you to confirm it once more.",
  'notice.leftAsIs.pay': 'OK, this one stays unpaid for now.',
  'notice.leftAsIs.return': 'OK, no return: the order stays as it is.',
  'notice.leftAsIs.offer': 'OK.',
  'notice.phoneLocked': 'There have been too many wrong codes for this number, so for your security its login is paused. You can try again in {minutes} minutes.',
  'notice.phoneLocked.soon': 'There have been too many wrong codes for this number, so for your security its login is paused. You can try again in a minute.',
  'notice.phoneLocked.later': 'There have been too many wrong codes for this number, so for your security its login is paused for up to 15 minutes.',
  'notice.stepNotDoneYet.plus': "Sorry, I can't see your PLUS membership yet. Check that it was bought with this account; if you just finished, give it a moment and tap again. If you're sure you're a member, say \"agent\" and a colleague will check.",
  'notice.stepNotDoneYet.plus.paid':
    "I can't see your PLUS membership active yet: right after paying, it can take a little while to show. Please don't buy it again, so you aren't charged twice. To have a colleague check the payment, just say \"agent\".",
  'notice.stepNotDoneYet.realName': "Sorry, I can't see your verification yet. Check that it was done for this account on the shop's verification page; if you just finished, give it a moment and tap again. If you're sure it's done, say \"agent\" and a colleague will check.",
  'notice.stepDone.plus': 'PLUS is active ✅',
  'notice.stepDone.plus.next': 'PLUS is active ✅ Next: real-name verification.',
  'notice.stepDone.realName': 'Real-name verification is done ✅',
  'notice.termsDeclined': "No problem, I'll leave it off for now. Whenever you're ready, just tell me.",
  'notice.termsDeclined.plus': "No problem, PLUS can wait. When you're ready, just say \"turn it on\" and we'll carry on from there.",
  'notice.termsDeclined.realName': "No problem, verification can wait. When you're ready, just say \"turn it on\" and we'll carry on from there.",
  'notice.notEligible': "It couldn't be turned on: a condition isn't met yet. Let me check your account again.",
  'notice.payLaterAlreadyOn': "Good news: Use first, pay later is already on for your account, so there's nothing to turn on.",
  'notice.orderPaid': 'Receipt confirmed and "{title}" is paid ✅',
  'notice.orderPaidBefore': '"{title}" had already been paid, so nothing was charged this time.',
  'notice.returnRequested': 'Return and refund requested for "{title}". Watch for updates.',
  'notice.orderActionInvalid': '"{title}" can\'t be handled that way right now ({status}).',
  'notice.orderActionInvalid.pay.in_transit': '"{title}" is still on its way: you can confirm receipt and pay once it has arrived.',
  'notice.orderActionInvalid.pay.paid': '"{title}" is paid already; there is nothing more to pay.',
  'notice.orderActionInvalid.pay.return_requested': '"{title}" is being returned, so there is nothing to pay.',
  'notice.orderActionInvalid.return.paid': '"{title}" is paid, so I can\'t start a return for it here. For after-sales help, say "agent".',
  'notice.orderActionInvalid.return.overdue': '"{title}" is overdue, so I can\'t start a return for it here. Please pay it soon to protect your credit; if something is wrong with it, say "agent".',
  'notice.orderActionInvalid.return.return_requested': '"{title}" already has a return request; it is being handled.',
  'notice.orderActionInvalid.unknown': "That order can't be handled that way right now.",
  'notice.nothingToDo': '"{title}" ({status}): there is nothing to do for it right now; for after-sales help, say "agent".',
  'notice.chooseOrder': 'Please pick an order from the list first.',
  'notice.agentReleased': "Customer service has finished helping you, so I'll take it from here 👋",
  'notice.agentReleased.loggedIn': "Customer service has finished helping you, so I'll take it from here 👋 You're logged in as {phone} now.",
  // With the request the agent handed on ({why}: "Customer service asked me to help you with your orders."), in one message.
  'notice.agentReleased.handedOn': "It's me again 👋 {why}",
  // Released from the queue with an account the agent verified, nobody having written here: nobody is said to have helped.
  'notice.agentReleased.unanswered': "I'll carry on helping you from here 👋",
  'notice.agentReleased.unanswered.loggedIn': "I'll carry on helping you from here 👋 You're logged in as {phone} now.",
  'notice.agentReleased.notTaken': "Sorry, no colleague could take your chat this time 🙏 I can keep helping you; to try a person again, just say \"agent\".",
  'notice.alreadyWithAgent': 'A colleague is on the way; please hold on. They will see what you write here. To come back to me instead, say "cancel".',
  'notice.alreadyWithAgent.next': 'You are next in line for a colleague; please hold on. They will see what you write here. To come back to me instead, say "cancel".',
  'notice.alreadyWithAgent.ahead': 'A colleague is on the way: {ahead} customers are ahead of you; please hold on. They will see what you write here. To come back to me instead, say "cancel".',
  'notice.alreadyWithAgent.aheadOne': 'A colleague is on the way: one customer is ahead of you; please hold on. They will see what you write here. To come back to me instead, say "cancel".',
  'notice.alreadyWithAgent.longWait': 'Sorry to keep you waiting so long: it has been {minutes} minutes.',
  'notice.alreadyWithAgent.complaint': "I've noted your complaint: the colleague who takes your chat will see it straight away.",
  'button.withdrawHandoff': 'Never mind',
  'notice.handoffWithdrawn': "OK, no colleague then. Let's carry on.",
  // After the warning about a password or an ID number typed while waiting: no word of it being passed on.
  'notice.alreadyWithAgent.holdOn': 'A colleague will be with you soon, please hold on. To come back to me instead, say "cancel".',
  'notice.alreadyWithAgent.again': "Got it, that's passed on to the colleague. Please hold on a little longer.",
  'notice.codeNotToShare': "Text-message codes are only needed at the login step, when I ask for one, so there's no need to send it now. Please never share a code with anyone.",
  'notice.agentJoined': 'A customer service colleague has joined.',
  'agent.senderName': 'Customer service',
  'agent.senderName.named': 'Customer service ({agent})',
  'notice.agentAskedToEnable': "Customer service asked me to help you turn on pay later. Let's get you logged in first.",
  // The first line of a hand-in (POST /api/agent/handoffs, dialogs/handIn.ts): why the bot writes to a customer who said
  // nothing to it yet. Enable without an account has its own (notice.agentAskedToEnable).
  'notice.handedIn.what_is': 'Customer service asked me to tell you about pay later.',
  'notice.handedIn.requirements': 'Customer service asked me to go over what you need to turn on pay later.',
  'notice.handedIn.enable': 'Customer service asked me to help you turn on pay later.',
  'notice.handedIn.status': 'Customer service asked me to check how far along you are with turning on pay later.',
  'notice.handedIn.plus': 'Customer service asked me to tell you about PLUS membership.',
  'notice.handedIn.real_name': 'Customer service asked me to tell you about real-name verification.',
  'notice.handedIn.credit': 'Customer service asked me to tell you about the credit check.',
  'notice.handedIn.checkout': 'Customer service asked me to show you how to choose pay later at checkout.',
  'notice.handedIn.pay': 'Customer service asked me to help you confirm receipt and pay.',
  'notice.handedIn.return': 'Customer service asked me to help you with your return.',
  'notice.handedIn.orders': 'Customer service asked me to help you with your orders.',
  'notice.handedIn.help': 'Customer service asked me to help you from here.',
  'notice.handedIn.loggedIn': "{why} You're logged in as {phone}.",
  // What the agent reads for a button the customer tapped while handed over (src/handoff/observer.ts).
  'handoff.tapped': '(tapped "{label}")',
  'handoff.tapped.unknown': '(tapped a button)',
  'notice.idNumberNotHere': "Please don't send your ID number in chat: I have no use for it, and it's masked in the conversation record we keep. Real-name verification happens on the shop's own page.",
  'notice.codeNotChecked.unavailable':
    "Sorry, the account service can't be reached right now, so I couldn't check your code. You didn't type it wrong. Please send me the same code again in a moment; if it no longer works by then, tap \"Send a new code\" for a fresh one.",
  'notice.codeNotChecked.other':
    "Sorry, the system couldn't check your code this time. You didn't type it wrong. Please send me the same code again in a moment; if it no longer works by then, tap \"Send a new code\" for a fresh one.",
  'notice.typeCodeAgain': 'Sure: please type the code from the text message again. If it didn\'t arrive or no longer works, tap "Send a new code".',
  'notice.alreadyLoggedIn': "You're already logged in with this number ({phone}), so there's no need to log in again. To use another account, say \"restart\" first, then send its phone number.",
  'notice.secretsShared': "You sent your {items}. Please don't send these in chat: pay later needs none of them, and I'll never ask you for them. They are masked in the conversation record we keep.",
  'secret.idNumber': 'ID number',
  'secret.cardNumber': 'bank card number',
  'secret.password': 'password',
  'list.separator': ', ',
  'list.and': ' and ',
  'notice.loginBlocked':
    'That login was stopped after too many wrong codes, so its code can\'t be checked any more: say "turn it on" to start again with a new code, or a colleague can help you now.',
  'notice.resumeFailed': "Sorry, I lost track of where we were after an update. Let's pick up from your first unfinished step.",

  'topic.plusDoneAlready': "Your PLUS membership is already active ✅ That step is done; what's left now is real-name verification.",
  'topic.realNameAfterPlus': "Real-name verification is checked once PLUS is active, so we'll come to it after. What's left right now is the PLUS membership.",
  'topic.bothConditions': "PLUS membership and real-name verification are two separate conditions, and pay later needs both: having one doesn't replace the other. So this step is still needed; once it's done, I'll take you on from there.",
  'topic.phoneChanged': "I can't change the phone number on your account from here. Please log in with the number your shop account uses now; if you can't use that number any more, a colleague can help.",
  'topic.creditLimit': "I can't see a limit before pay later is on, and there's no fixed figure I could give you. Once it's on I'll tell you your limit, and you can also look under 我的京东 > 账户设置 > 支付管理 (My JD > Account settings > Payment management).",
  'topic.creditLimit.known': 'Your pay later limit is {limit} right now. Whether pay later is offered for a particular order is up to the checkout page.',
  'topic.creditLimit.logIn': "I can only see your limit once you've logged in 🙂 Log in (just send me the phone number of your shop account) and I'll tell you your current limit.",
  'topic.creditLimit.afterLogin': "I can only see your limit once you've logged in; as soon as you are, I'll tell you your current limit.",
  'topic.limitRaise': "Your limit is {limit} right now. The shop sets it from its assessment of your account; I can't raise it in this chat, and I can't say whether it will change 🙏 If you'd like to ask about a higher limit, a colleague can help.",
  'topic.limitRaise.notEnabled': "A limit comes once pay later is on; the shop sets it from its assessment of your account, and I can't change it in this chat 🙏 If you'd like to ask about it, a colleague can help.",
  'topic.limitRaise.logIn': "The shop sets your limit from its assessment of your account; I can't raise it in this chat 🙏 Once you've logged in I can tell you your current limit; to ask about a higher one, a colleague can help.",
  'topic.limitOver': "Your pay later limit is {limit} right now, and this purchase is over it, so pay later may not be offered for it at checkout. The shop sets the limit from its assessment of your account; I can't raise it in this chat 🙏 If you'd like to ask about a higher limit, a colleague can help.",
  'topic.limitWithin': 'Your pay later limit is {limit} right now, and that amount is within it 👍 Whether pay later is offered for that order in the end is up to the checkout page.',
  'button.logInToSeeLimit': 'Log in to see my limit',
  'topic.loanImpact':
    "What I can say for sure: paying on time keeps your credit record good, and paying late harms it. How banks or other lenders weigh such records for a mortgage or a loan, or whether anything is reported to the central bank's credit reference, isn't covered in what I have; the service agreement and the lender decide 🙏 If you'd like it checked, a colleague can look into it.",
  'topic.unusedCost': "Turning it on here costs nothing, and having it unused costs nothing either: you only pay for an order you place with pay later at checkout, once the goods arrive and you confirm receipt and pay.",
  'topic.creditWhy':
    "The credit assessment is the shop's own: a good credit record makes you more likely to qualify, but it's no guarantee. I can't see the details of the check or why it came out as it did; a colleague can look into that with you.",
  'topic.creditRetry':
    "I don't have a set time before you can try again, and I can't look one up either. Paying on time and keeping a good credit record helps; check again later under 我的京东 > 账户设置 > 支付管理 (My JD > Account settings > Payment management), or ask a colleague to look into it.",
  'topic.ordersAfterEnabling': "Sure: let's turn pay later on first. Once it's on, say \"my orders\" and I'll show them to you.",
  'topic.optionNotShown': "Pay later is on for your account. If the checkout page still doesn't show it, check its status under 我的京东 > 账户设置 > 支付管理 (My JD > Account settings > Payment management), then open the checkout page again; if it's still missing, a colleague can look into why.",
  'topic.wherePayLater':
    "Once pay later is on, it shows among the payment options on the checkout page when you order: choose it, then place the order. Whether you have it, or can get it, shows under 我的京东 > 账户设置 > 支付管理 (My JD > Account settings > Payment management).",
  'topic.wherePayLater.offer': 'Shall I check for you, or turn it on now?',
  'topic.wherePayLater.on':
    "Yours is on the checkout page: when you order, choose pay later among the payment options, then place the order. Its status also shows under 我的京东 > 账户设置 > 支付管理 (My JD > Account settings > Payment management).",
  // The shop's places the bot sends customers to: what each is and how to get there (the bot's own paths, no more).
  'topic.placePaymentManagement':
    "支付管理 (Payment management) is part of your account settings in the shop app: it shows whether pay later is on, or whether you can get it. To get there, open the shop app and go to 我的京东 > 账户设置 > 支付管理 (My JD > Account settings > Payment management).",
  'topic.placeCheckoutPage':
    "The checkout page (结算页) is the page that opens when you've picked your goods and go to checkout: it's where you choose how to pay, then submit the order. Once pay later is on, it's among the payment options there.",
  'topic.placeOrderDetails':
    'Order details (订单详情) is each order\'s own page in the shop app: its delivery progress, due date and payment record are there. Open the shop app, find your orders under 我的京东 (My JD) and tap the one you want. Or say "my orders" here and I\'ll show you yours.',
  'topic.placeAccountSettings':
    "我的京东 (My JD) is your own account page in the shop app, and 账户设置 (Account settings) is inside it: the phone number linked to your account shows there, and 支付管理 (Payment management) is reached from there too. Open the shop app and go to 我的京东 (My JD) to find it.",
  'topic.disable': 'I can\'t turn pay later off from here. If you\'d like it turned off, a colleague can do it: just say "agent".',
  'topic.disable.notOnYet': "If you want it off once it's on, I can't do that from here, but a colleague can take care of it for you then.",
  'topic.password': "Logging in here needs no password: only your phone number and a text-message code. I'll never ask for a password, so please don't send one in chat.",
  'topic.fees': 'Fees and interest are set out on the shop\'s checkout page and in the service terms; I don\'t have the figures here. A colleague can confirm them for you: just say "agent".',
  'topic.otherPhone': "To use another phone number, just send it to me and I'll text it a code.",
  'topic.complaint': 'I\'m sorry this has been frustrating 🙏 Tell me what went wrong and I\'ll do my best to sort it out; to talk to a person instead, say "agent".',
  'topic.terms':
    'What you agree to is the pay later service agreement, and these points are its summary: orders placed with it ship as usual; once the goods arrive and you are happy, you confirm receipt and pay; please pay on time, as late payment hurts your credit record. I can\'t bring up the full agreement in this chat 🙏 To read it in full first, tap the button below to ask a colleague. No rush: nothing is turned on until you tap "Agree and turn on", so come back whenever you\'re ready.',
  'topic.wait': "Sure, take your time. I'm here when you're ready.",
  'topic.oneOrderAtATime': "Let's take them one at a time: pick one below, then the next.",
  'topic.ordersInTurn': "Sure, one at a time: we'll do the first, and right after it I'll take you to the second.",
  'topic.anotherOrderNext': "Sure, one at a time: let's finish this one first, then pick the other from your orders.",
  'topic.codeLength': "It's a 6-digit number, in the text message I just sent to {phone} 🙂 Just type those 6 digits here.",
  'topic.whereIsCode': "The code is in the text message sent to your phone; I can't see it 🙂 Just send me its 6 digits, or tap \"Send a new code\" if it hasn't come.",
  'topic.amountDue': 'Orders to pay now: {count}, {total} in all:\n\n{lines}',
  'topic.amountDue.coming': '"{titles}" is still on its way: it gets a due date once it arrives, and you pay for it then, if you\'re happy with it.',
  'topic.languageSwitched': "Sure, I'll go on in English.",
  'topic.dueDate': 'When to pay:\n\n{lines}\n\nIf you are happy with the goods, confirm receipt and pay by that date; orders on their way need nothing yet: you pay for one after it arrives, if you\'re happy with it.',
  'topic.dueDate.line': '· "{title}" {amount}, by {date}',
  'topic.dueDate.overdueLine': '· "{title}" {amount}, was due {date} and is overdue: please pay soon',
  'topic.dueFirst': 'The one due first:\n\n{lines}',
  'topic.missedDueDate':
    'If "{title}" isn\'t paid by {date}, it becomes overdue: that hurts your credit record with the shop, and poor credit may cost you pay later. So before {date}, either confirm receipt and pay, or, if you don\'t want it, ask to return it.',
  'topic.alreadyPaid': "If you've already paid somewhere else, the order may take a while to show it and still reads as unpaid here; please don't pay twice. If it still shows unpaid later, say \"agent\" and a colleague will check.",
  'topic.returnInstead': "If something's wrong with it, don't pay for it: you can return it instead.",
  'topic.returnWithdrawal': "A return request that's already been submitted can't be withdrawn here in the chat. You can open the order in the shop app and see whether the return can be cancelled there, or tap \"Talk to a person\" and a colleague will help.",
  'topic.orderProblem': 'If something is wrong with the goods: an order not yet paid and not overdue can be returned here; a paid or overdue one needs a person, just say "agent".',
  'topic.whoAsked':
    "I'm the shop's pay later assistant, a bot, not a person. I'm here whenever you need help with pay later; if you'd rather talk to a person, just say \"agent\".",
  'topic.whoAsked.handedIn':
    "I'm the shop's pay later assistant, a bot. {why} We can carry on right here; if you'd rather talk to a person, just say \"agent\".",
  'topic.botIdentity': 'I\'m the pay later assistant, a bot, not a person. If you\'d like a person, just say "agent".',
  'topic.phoneOnly': 'Logging in uses your phone number and a text-message code only, not e-mail. Please send the 11-digit mobile number of your shop account.',
  'topic.whyCode': "It's a one-time code sent by text message to the phone number you log in with: typing it here shows that number is yours, so nobody else can log in with it. Type it only here and never share it with anyone else; it works once and I don't keep it. I'll never ask for a password.",
  'topic.whyPhone': "Your phone number is only for logging in to your shop account: I send it a text-message code to check it's really you, and once you're logged in I can look at your account. Numbers in this chat are stored masked, and I'll never ask for a password.",
  'topic.overdueCredit':
    "Paying late hurts your credit record with the shop, and poor credit may stop you using pay later. I can't say whether it's reported to the central bank's credit system; the service terms cover that. Paying on time does it no harm; an overdue order is best paid soon.",
  'topic.creditImpact': "What hurts your credit record is paying late: once the goods arrive, confirm receipt and pay before the due date. I have nothing that says more about returns; the shop's rules apply. To be sure, say \"agent\" and ask a colleague.",
  'topic.returnStatus': '"{titles}": your return request is in and the shop is processing it; you\'ll hear when there\'s an outcome. It\'s a pay later order you haven\'t paid for, so there\'s no money to refund. For anything else about it, a colleague can help.',
  'topic.returnSpeedUp':
    "A return is requested right here in the chat, and the shop reviews it under its return rules; a colleague can't approve it or make that go faster, though one can help with anything else about it. Once it's filed, you'll hear when there's an outcome.",
  'topic.payOnArrival': '"{titles}" is still on its way, so there\'s nothing to pay yet 👍 It gets a due date once it arrives: if you\'re happy with it, confirm receipt and pay by then; if not, you can ask to return it.',
  'topic.debtDisputed': 'Sorry for the worry 🙏 If something about this bill looks wrong, a colleague needs to check the order and where it came from; I can\'t verify that here. Tap "Talk to a person" and they\'ll take it from there.',
  'topic.creditRecord': 'What hurts your credit record is paying late: once the goods arrive, confirm receipt and pay before the due date, and it does no harm.',
  'topic.credit.overdue': '"{titles}" is overdue: please pay it soon so it doesn\'t keep hurting your credit record.',
  'topic.credit.paidLate':
    '"{titles}" was paid after its due date: the days it was late may already have left a mark on your credit record. Whether they did, and how, I can\'t see here; the pay later terms and the shop have the details 🙏 Now that it\'s paid, it won\'t stay overdue any longer; pay later orders by their due date and you\'re fine.',
  'topic.overdueCharges':
    "Whether paying late costs anything extra, and how much: I don't have those figures, so I can't tell you for sure 🙏 The pay later agreement you accept with the shop and the checkout page are what decide it. What is certain: an overdue payment hurts your credit record, and with poor credit you may lose pay later.",
  'topic.earlyPayment':
    "Yes, no need to wait for the due date 👍 Once the goods are in and you're happy with them, you can confirm receipt and pay any time; an order still on its way is paid once it has arrived. To pay, say \"my orders\" and I'll confirm receipt and pay with you; each order's due date is also in its details in the shop's app.",
  'topic.orderPaidYet':
    'Not yet: "{title}" shows as {status}. If you\'ve already paid in the shop\'s app or elsewhere, the order may take a while to show it; please don\'t pay twice. If it still shows unpaid later, say "agent" and a colleague will check.',
  'topic.orderPaidYet.paid': '"{title}" is paid already ✅ Nothing more to pay.',
  'topic.orderNumberBeforeLogin': "That looks like an order number, not a phone number 😊 I've noted it: once you're logged in, I'll look at that order with you.",
  'topic.delivery': '"{titles}": still on its way 🚚 Once it arrives, confirm receipt and pay if you\'re happy with it; if you don\'t want it, you can also ask to return it. You can follow the delivery in the order details in the shop app.',
  'topic.arrivedInTransit': '"{titles}" still shows as on its way on our side: the tracking may not have caught up yet 🙏 Please try confirming receipt again a little later; if it stays wrong, tap "Talk to a person" and a colleague will check.',
  'topic.delivery.none': "You can follow a delivery in the order details in the shop app. A pay later order is paid once it has arrived and you're happy with it.",
  'topic.delivery.and': '", "',
  'topic.stepDoneAlready': "Yes, that step is done ✅ Only the last one is left: confirming.",
  'topic.staleButton': "That button was from an earlier step, so I didn't act on it. Here's where we are now:",
  'topic.charges': "With pay later, an order is paid only when you confirm receipt and pay it (in the shop app, or here with me); I never pay without your confirmation. If a charge looks wrong, say \"agent\" and a colleague will check it.",
  'topic.nothingToPay': 'Nothing to pay right now 👍 Each order\'s status is in the list below.',
  'topic.nothingToPay.coming': 'Nothing to pay right now 👍 "{titles}" is still on its way: you pay for it once it has arrived and you confirm receipt.',
  'topic.nothingToPay.noOrders': "You don't have any pay later orders yet, so there's nothing to pay 👍",
  'topic.nothingToReturn':
    "None of your orders can be returned here: returns in this chat are for orders you haven't paid yet and that aren't overdue. Each one's status is in the list below; if one has a problem, an agent can help.",
  'topic.notReceived': 'If the goods haven\'t reached you, please don\'t confirm receipt or pay for them 🙏 An order on its way can wait until it arrives; if one shows as delivered or overdue but you never got it, tap "Talk to a person" and a colleague will look into the delivery and the overdue status with you.',
  'topic.reasonUpset': "That's frustrating, sorry for the trouble 🙏",
  'topic.requestUpset': "Sorry this has been so frustrating 🙏 Let's get it done.",
  'topic.plusLapsed':
    "Pay later is a PLUS member benefit, so you need PLUS to turn it on and to use it. What happens to pay later once PLUS has lapsed I can't say for sure: the terms and the shop decide that 🙏 To keep using it, the safe way is to renew PLUS in the PLUS member center; tell me once it's renewed and I'll check your account.",
  'topic.plusOtherBenefits':
    "Of PLUS's benefits, pay later is the only one I can speak to: you order without paying first, and pay once the goods have come and you're happy with them. I don't know the other benefits 🙏 Tap \"PLUS会员\" (PLUS) in the top menu of the home page to see them all in the member center.",
  'topic.minimumAmount':
    "I don't have a minimum amount to give you 🙏 The checkout page shows it for each order: if \"pay later\" is among the payment options, you can use it for that order; if not, it isn't offered for that one.",
  'topic.reasonNeeded': 'A few words on why it goes back are enough, like "wrong size" or "the left earbud is silent", or tap a reason below. To keep it, say "keep it".',
  'topic.orderNotListed': "That order isn't among your pay later orders. Please pick one from the list below.",
  'topic.orderNotListed.nothingToDo': "That order isn't among your pay later orders.",
  'topic.hesitantYes': 'If you want to go ahead, tap the confirm button below. If not, tap the other button or say "not now".',
  'topic.whereWeWere': "Here's where we were 👇",
  'topic.whatNow': "Here's what to do now 👇",
  'topic.acknowledged': 'OK 👌',
  'topic.questionComing': 'Sure, what would you like to know? Just ask.',
  'topic.overdueStatus':
    'Overdue:\n\n{lines}\n\nPaying late hurts your credit record, and with poor credit you may lose pay later, so the sooner you pay the better. You can confirm receipt and pay right here.',
  'topic.overdueStatus.line': '· "{title}", {amount}, due {date}: {days} days overdue',
  'topic.overdueStatus.line.oneDay': '· "{title}", {amount}, due {date}: 1 day overdue',
  'topic.overdueStatus.line.undated': '· "{title}", {amount}, due {date}: overdue',
  'topic.overdueStatus.none': "You have no overdue orders 👍 Once goods arrive and you're happy with them, confirm receipt and pay before the due date.",
  'topic.overdueStatus.notEnabled': "Pay later isn't on for your account yet, so there are no pay later orders, and nothing overdue 👍",
  'topic.overdueWorry':
    "Don't panic 🙏 Paying late hurts your credit record with the shop, and poor credit may stop you using pay later. I can't say whether it's reported to the central bank's credit system; the service terms cover that. What helps most now is paying the overdue order soon: the sooner, the less harm it does.",
  'topic.overdueWhatNow':
    "Don't panic 🙏 Paying late hurts your credit record with the shop, and poor credit may stop you using pay later. What helps most now is paying the overdue order soon: the sooner, the less harm it does.",
  'topic.overdueWorry.theirs': 'The overdue one is "{titles}": you can confirm receipt and pay it right here.',
  'topic.overdueWorry.logIn': "Log in and I'll find the overdue order for you; you can confirm receipt and pay it right here 👇",
  'topic.overdueWorry.afterLogin': "Once you're logged in, I'll find the overdue order, and you can confirm receipt and pay it right here.",
  'button.logInToPay': 'Log in to see and pay',
  'topic.stillInTime':
    'Yes, you can pay it right now 👍 "{titles}" is past its due date, so it is overdue already; paying it now stops it staying overdue, and the sooner the better.',
  'topic.autoPay':
    "I have nothing saying the money is taken automatically at the due date: with pay later you pay yourself, by confirming receipt and paying once the goods arrive and you're happy with them, before the due date. You can do that on the order page in the shop, or right here with me: just say \"my orders\".",
  'topic.instalments':
    "Pay later isn't an instalment plan: once the goods arrive and you're happy with them, you pay the order in one go before the due date. Instalment payments are a separate product I can't set up here, and I don't have their fees.",
  'topic.phoneForgotten':
    "To log in, use the phone number linked to your shop account. I can't look up which one that is 🙏 You can see it in the shop app under 我的京东 > 账户设置 (My JD > Account settings), or send me the number you usually use and I'll text it a code.",
  'topic.otherAccount':
    "Each account is checked on its own: that account's own PLUS membership, real-name verification and credit decide, not this one's. To check it, say \"restart\" first, then log in with that account's phone number.",
  'topic.otherAccount.notLoggedIn':
    "Each account is checked on its own: its own PLUS membership, real-name verification and credit decide. To check one, send me the phone number linked to it and I'll look once you're logged in.",
  'topic.refund':
    "With pay later you return goods before paying, so you haven't paid anything: there's no money to come back and no refund to wait for 🙂 Once you request the return, the shop handles it; when it's accepted, you don't pay for that order. Its progress shows on the order in the shop app.",
  'topic.reasonChange': 'Sure 👌 Just tell me the new reason, e.g. "wrong size", or pick one below.',
  'topic.returnWhatWrong': "OK, let's fix it 👌 If the reason is wrong, just tell me the right one or pick one below; if it's a different item you want to return, tell me which one; to keep it, tap \"Keep it\".",
  'topic.reasonChangeFiled':
    "Once a return is requested, its reason can't be changed here 🙏 Have a look at the return details of that order in the shop app; if it needs changing, a colleague can help.",
  'topic.returnInTransit': "\"{titles}\" is still on its way, and you can already request a return without waiting for it to arrive 👌 If you'd like to, just tell me which order to return.",
  'topic.returnPossible': "Yes, you can 👌 An order you haven't paid for yet can be returned right here.",
  'topic.exchange':
    "Exchanges (another colour or size, say) can't be done in this chat 🙏 You can ask for one on the order's page in the shop app, or talk to a person. What I can do here is a return and refund for an order you haven't paid yet.",
  'topic.returnWhyNot':
    "Returns here are for orders you haven't paid yet and that aren't past their due date: with pay later you check the goods first, and send them back before paying if you're not happy 🙂 For an order you've already paid, ask for after-sales help on its page in the shop app, or talk to a person.",
  'topic.returnWhyNot.asked': '"{title}" is already paid, so I can\'t start a return for it in this chat 🙏',
  'topic.returnWhyNot.paid':
    "Because \"{titles}\" is already paid 🙏 Returns here are for orders you haven't paid yet: you check the goods first, and send them back before paying if you're not happy. To return a paid order, ask for after-sales help on its page in the shop app, or talk to a person.",
  'topic.eligibleGoods':
    "Not necessarily every item 🙂 The checkout page tells you: pick your goods and go to checkout; if 先用后付 (pay later) is among the payment options, you can use it; if not, it isn't available for those goods.",
  'topic.inspectionPeriod':
    "I don't have the exact number of days of the inspection period 🙏 Check the goods when they arrive: if you're happy, confirm receipt and pay; if not, request a return and refund, either way before the order's payment due date. Each order's due date is in its details in the shop app, or log in and ask me \"when is it due?\".",
  'topic.notConfirming':
    "Not confirming receipt doesn't mean you don't have to pay 🙏 Once the goods arrive you have some time to check them: if you're happy, confirm receipt and pay; if not, request a return and refund. An order still unpaid after its payment due date is overdue, which hurts your credit record. When the due date counts from, and whether receipt is ever confirmed automatically, I can't say for sure: the date and the rules on the order in the shop app are what count.",
  'topic.goingNow': "Great, go ahead. I'll be right here.",
  'topic.reasonUnclear': "Sorry, I couldn't make that out as a reason for the return.",
  'topic.orderStaysAsIs': "OK, no problem: the order stays as it is 👌 If you're happy with the goods, confirm receipt and pay before the due date; if not, you can ask to return them instead.",
  'topic.goodsFineAfterAll': 'Glad to hear they\'re fine 😊 Would you rather keep the order than return it? Just tap "Keep it" below.',
  'topic.returnIfUnwanted': "OK, no payment for it then. If you don't want it, you can return it instead.",
  'topic.faultWorry':
    "If you're worried about it, there's no rush to pay: confirming before the due date is enough, so try it out first. Happy with it? Confirm receipt and pay. Something wrong? Return it instead. Whether it can still go back once paid, I can't say for sure: the rules on the order in the shop app decide.",
  // Goods come but not tried yet, asked whether to pay now: no rush; the due dates follow.
  'topic.tryBeforePaying': "No need to pay right away 👍 Try them out first: if you're happy, confirm receipt and pay by the due date; if not, you can request a return and refund.",
  'topic.tryBeforePaying.dates': 'Your due dates:\n\n{lines}',
  'topic.tryBeforePaying.unknown': "Each order's due date shows on it in the shop app; once you're logged in, you can ask me too.",
  'topic.payAtConfirm':
    "Confirming receipt and paying is the payment itself: the order is paid at that moment, not later on the due date 👌 It only happens when you confirm it; I never pay for you. The due date is just the last day to pay, so once you're happy with the goods, any day before it is fine. Which way it was paid, and the payment record, I can't see here: the order details in the shop app show them.",
  'topic.dueDateRule':
    "I don't have the exact rule for how the due date is set or how many days you get after delivery, so I can't give you a number 🙏 Each order's own due date is what counts, and the order details in the shop app show it. Confirm receipt and pay by that date and it isn't late.",
  'topic.dueDateRule.yours': 'Your orders to pay now:\n\n{lines}',
  'topic.orderAmount': '"{title}" comes to {amount}.',
  'topic.cardNumber': "Please don't send your bank card number in chat 🙏 I have no use for it: confirming receipt and paying here needs no card number. The number you sent is masked in the conversation record we keep.",
  'topic.onlyOnShopPage': "I can't do this step for you 🙏 You do it yourself on the shop's own page, so your details go only to the shop. Use the link below, and tell me when it's done: I'll carry on from there.",
  'topic.attachment': "I can't open pictures or files in this chat 🙏 Please type what you'd like to do, or what went wrong.",
  'topic.idDocument': "Please don't send photos of your ID card or other documents in chat 🙏 I can't open pictures and have no use for them: real-name verification happens on the shop's own page.",
  'topic.deleteData': "Deleting chat records or personal details is done by a colleague; I can't delete them myself. Phone numbers you send in this chat are stored masked.",
  'topic.loginNeeded': "To turn it on here you need to log in first, so I can check your account and see what's left to do. If you'd rather not log in here, you can check yourself in the shop app under 我的京东 > 账户设置 > 支付管理 (My JD > Account settings > Payment management).",
  'topic.loginSafety':
    "Don't worry, I'm the shop's own pay later assistant 🙂 I'm an automated assistant, a bot, not a person: if you'd like a person, just say \"agent\".",
  'topic.loginSafety.noSecrets': "In this chat I'll never ask for a password, a bank card number or an ID number.",
  'topic.loginSafety.phone':
    "Logging in takes only your phone number and a text-message code: the code goes to your own phone and is typed only here in this chat. If anyone calls or messages you asking for the code, even saying they're the shop, don't give it to them.",
  'topic.loginSafety.code':
    "The code only logs in to the shop account of the phone number it was sent to, here in this chat, just like typing it into the shop app. \"Don't share it\" means: never give a code to anyone who calls or messages you for it, even if they say they're the shop. And ID numbers never go in chat, only on the shop's own verification page.",
  'topic.loginPauseWait':
    "No need to wait: say \"turn it on\", enter your phone number again, and I'll send you a new code. Only if the codes keep being wrong is the number itself paused, for up to {minutes} minutes.",
  'topic.loginPauseWhy':
    "The code was entered wrong several times in a row, so I stopped that login to keep your account safe. To try again, say \"turn it on\" and enter your phone number: you'll get a new code.",
  // Asked at a locked number: the backend's minutes as said when the lock was told, else the longest wait; why it is locked.
  'topic.loginPauseWait.locked':
    'When it was paused, this number could try again in {minutes} minutes, counting from then. Once that time is up, you can log in with it again.',
  'topic.loginPauseWait.locked.soon': 'When it was paused, this number could try again in a minute. Once that time is up, you can log in with it again.',
  'topic.loginPauseWait.locked.unknown': 'A number is paused for {minutes} minutes at most; once that time is up, you can log in with it again.',
  'topic.loginPauseWhy.locked':
    "Too many wrong codes were entered for this number, so to keep your account safe, logging in with it is paused for a while. Only this number is paused: other phone numbers aren't affected.",
  'topic.idNotInChat':
    "Your ID number goes only into the shop's own verification page, which passes it straight to the shop to check. Verification can't be done in chat, so an ID number sent here is of no use and just one more place it could leak. Please don't send it here.",
  'topic.phoneMeant': "Yes, your own mobile number: the 11-digit number you use for your shop account. I'll send a text-message code to it.",
  'topic.privacy':
    "In this chat I only ask for your phone number and the text-message code when you log in, never a password, a bank card number or an ID number, and phone numbers you send are stored masked in the chat record. Real-name verification is done on the shop's own verification page, so your ID details go straight to the shop, not through this chat.",
  'topic.forFamily':
    "Pay later goes on each person's own account, so for a family member it's turned on in their own shop account: logging in uses their phone number, the code goes to their phone, and real-name verification has to be done by them in person. So it's best to do it together.",
  'topic.forFamily.notLoggedIn': "If they're with you, send me the phone number of their shop account and we'll start with the login.",
  'topic.forFamily.loggedIn': "You're logged in to your own account now; to turn it on for them, say \"restart\", then log in with their phone number.",
  'topic.familyLogin':
    "Sure, just so it's clear: pay later goes on each person's own account. I'll log in with the number you sent, which means your family member's own shop account: the code goes to their phone, and real-name verification has to be done by them in person, so it's best to do it together.",
  'topic.familyPhoneAway':
    "The code only ever goes to the phone number being logged in with; I can't send it to another phone 🙏 If they're not with you, come back when you're together, or they can turn it on themselves in the shop app. To leave the login for now, tap \"Cancel\".",
  'topic.overdueMessage':
    "If a text or a call says you're overdue but no overdue order shows here, be careful: it may be a scam. Don't click links in the message, and don't transfer or pay money as they ask. Whether an order is overdue is shown on the orders page of the shop's own app.",
  'topic.collection':
    "Whether or how overdue payments are collected, I have no information on, and I can't speak for the shop on it 🙏 What's certain: paying late hurts your credit record, and the sooner it's paid, the less it hurts. A colleague can tell you more.",
  'topic.collection.overdue': '"{titles}" is overdue now; you can confirm receipt and pay it right here.',
  'topic.statusWithoutLogin':
    "Without a login I can't see your account, so here's the general picture: pay later shows at checkout only when you're a PLUS member, real-name verified, pass the credit check and have it turned on; if any one is missing, it won't show. You can check yourself in the shop app under 我的京东 > 账户设置 > 支付管理 (My JD > Account settings > Payment management). If you log in, I can check exactly what's missing for you.",
  'button.logInToCheck': 'Log in and check',
  'topic.personNeeded': "No, you don't need to talk to anyone: I can take you through it right here in this chat. If you'd like a colleague at any point, now or later, just say \"agent\".",
  'topic.technicalProblem': "Sorry about that 🙏 It may be a passing glitch: please try again in a moment. If it still doesn't work, a colleague can take a look.",
  'topic.technicalProblem.shopStep': "Sorry about that 🙏 Please open the page again with the button below; if it still won't load, a colleague can take a look.",
  'topic.dueExtension': "I can't move a due date from this chat 🙏 Paying late hurts your credit record, so it's best to confirm receipt and pay before the due date. If it's really difficult, a colleague can look at it with you.",
  'topic.plusTime': "PLUS is bought on the shop's PLUS page; how soon it takes effect is up to the shop, and I don't have a time for it. As soon as the shop tells me it's active, I'll carry on with you; you can also just tell me once you've bought it.",
  'topic.realNameTime': "Real-name verification is done on the shop's own page; how long it takes is up to the shop, and I don't have a time for it. As soon as the shop tells me it's done, I'll carry on with you; you can also just tell me when you've finished.",
  'topic.enableTime':
    "Turning it on has no wait of its own: once you meet the three conditions (PLUS membership, real-name verification and a good credit record), you confirm here and it's on right away, ready to pick at checkout next time you shop. Only a condition still missing takes time: PLUS and real-name verification are done on the shop's own pages, and how long those take is up to the shop.",
  'topic.plusSaidActive': "Good: PLUS membership is one of the conditions 👍 I'll confirm it on your account once you log in.",
  'topic.plusSaidActive.seen': 'Yes, your account shows your PLUS membership as active ✅',
  'topic.plusSaidActive.notSeen': 'Your account doesn\'t show an active PLUS membership yet. Once the shop shows it, say "turn it on" and I\'ll check again.',
  'topic.realNameSaidDone': "Good: real-name verification is one of the conditions 👍 I'll confirm it on your account once you log in.",
  'topic.realNameSaidDone.seen': 'Yes, your account shows real-name verification as done ✅',
  'topic.realNameSaidDone.notSeen': 'Your account doesn\'t show real-name verification as done yet. Once the shop shows it, say "turn it on" and I\'ll check again.',
  'topic.whichOrder': 'Which order do you mean? Tap its button below, or say its name.',
  'topic.whichOrder.pay': 'Which one would you like to pay for? You can pay "{titles}" now: tap its "Confirm receipt & pay" below, or say its name.',
  'topic.whichOrder.return':
    'Which one would you like to return? You can return "{titles}": tap its "Return" below, or say its name, and I\'ll ask you the reason next.',
  'topic.stillThere': "Yes, I'm here 😊",
  'topic.anyoneThere': "Yes, I'm here! I'm the pay later assistant, a bot, so just ask me. If you'd rather talk to a person, tap the button below.",
  'topic.laughter': 'Haha 😄',
  'topic.paymentMeans':
    "I can't choose how you pay from this chat 🙏 To pick how you pay, open the order in the shop app and pay it there.",
  'topic.dueExtension.overdue':
    "The due date of \"{titles}\" has already passed, so it's overdue now 🙏 I can't move a due date from this chat; being overdue hurts your credit record, and the sooner you pay, the less harm it does. You can confirm receipt and pay right now; if it's really difficult, a colleague can look at it with you.",
  'topic.dueExtension.inTime':
    "Yes, that's fine 😊 You can pay any time up to the due date:\n\n{lines}\n\nJust don't leave it past that date: an unpaid order becomes overdue, which hurts your credit record.",
  'topic.dueExtension.dateUnknown':
    "You can pay any time up to the order's due date 😊 Past it, an unpaid order becomes overdue, which hurts your credit record. I can't move a due date from this chat, though; if it's really difficult, a colleague can look at it with you.",
  'topic.howToPayOrder':
    'To pay for "{title}" ({amount}), just confirm receipt and pay: tap "Confirm receipt & pay" below once you\'re happy with it, any time up to {date}.',
  'topic.howToPayOrder.undated': 'To pay for "{title}" ({amount}), just confirm receipt and pay: tap "Confirm receipt & pay" below once you\'re happy with it.',
  'topic.callBack':
    "Sorry, I can't make phone calls 🙏 I can only help here in the chat. If you'd like to talk to a person, tap the button below and a colleague will reply here. Or, to carry on with pay later yourself, log in with your phone number and the code texted to it.",
  'topic.orderSwitch':
    "Pay later is picked when you place an order: choose 先用后付 (pay later) among the payment options on the checkout page, then submit the order. An order that's already placed or paid can't be switched to pay later; just pick it at checkout next time.",
  'topic.plusTerms':
    "PLUS's prices and plans, and whether it can be refunded or cancelled once bought, are set out on the shop's PLUS member center page; I can't look those up. Tap PLUS会员 (PLUS) in the top menu of the home page to open the member center.",
  'topic.plusCostReluctance':
    "Yes, PLUS is a paid membership; each plan's price is on the PLUS page. Pay later is one of PLUS's benefits, so without PLUS it can't be turned on. If you'd rather not spend the money, that's fine: you can leave it for now and come back whenever you like.",
  'topic.plusOrPayLaterFees':
    "If you mean PLUS: it's a paid membership; each plan's price and how it is charged are on the PLUS page. If you mean pay later itself: its fees and interest are set out on the shop's checkout page and in the service terms; I don't have the figures here.",
  'topic.enableAdvice': "Whether to turn it on is up to you; I won't decide for you.",
  'topic.enableBenefits':
    "What it gives you: you don't pay when you order, and the goods ship as usual; once they arrive you have time to check them, then confirm receipt and pay if you're happy, or apply for a return and refund if not. One thing to keep in mind: pay on time, as paying late hurts your credit record.",
  'topic.plusTrial':
    "Whether a trial membership counts as PLUS, and whether it's enough for pay later, is up to the shop's PLUS page; I can't tell from here. Pay later needs a PLUS membership: once you have it in the member center, tell me and I'll help with the next step.",
  'topic.otherProducts':
    "Other credit or payment products aren't something I handle, so I can't compare them or set them up for you 🙏 What I can tell you about is pay later: a credit payment option you pick on the checkout page; the goods ship as usual, and once they arrive you confirm receipt and pay if you're happy, or request a return and refund if not.",
  'topic.paymentSource':
    "The money is paid at the moment you confirm receipt and pay. Which way it's paid, I can't see from this chat, and I can't choose it for you 🙏 To pick it yourself, open the order in the shop app and pay it there: the payment page shows the ways you can pay.",
  'topic.returnShipping':
    "Whether a return costs shipping, and who pays it, depends on the shop's return rules and the item's after-sales terms; I can't look those up 🙏 With pay later, if you're not happy you can request a return and refund before you pay. If you'd like the shipping cost confirmed first, a colleague can check it for you.",
  'topic.returnPickup':
    "How returned goods are sent back and when a courier comes to collect them follow the shop's return process; I can't see or book a pick-up time from here 🙏 Once the return is requested, the return details of that order in the shop app are what counts; if something goes wrong, a colleague can look into it.",
  'topic.realNameDocuments':
    "Which documents real-name verification accepts (a passport, say, or those of residents of Hong Kong, Macao or Taiwan) is set out on the shop's verification page; I don't have that information 🙏 Open the verification page to see which ways it offers; if you're unsure, a colleague can check for you. Please don't send document numbers in this chat.",
  'faq.what_is':
    "It's a credit payment option: pick it on the checkout page and your goods ship as usual. You get time to check them; if you're happy, confirm receipt (确认收货) and pay. If not, request a return and refund (退货退款).",
  'faq.requirements':
    'You need three things:\n\n1. PLUS membership\n2. A good credit record\n3. Real-name verification\n\nTo see whether you qualify, open 我的京东 > 账户设置 > 支付管理 (My JD > Account settings > Payment management).',
  'faq.requirements.met':
    'There are three: PLUS membership, real-name verification and a good credit record. Your account already meets all three: PLUS ✅ real-name ✅ credit ✅',
  'faq.plus':
    "PLUS is the shop's paid membership, and pay later is one of its benefits, so you need to be a PLUS member to turn it on. Not a member yet? Tap PLUS会员 in the top menu of the home page: the member center shows each plan's price and benefits, and you can buy one there.",
  'faq.plus.atStep':
    "PLUS is the shop's paid membership, and pay later is one of its benefits, so you need to be a PLUS member to turn it on. Tap \"Get PLUS\" below to open the page where you buy it: it shows each plan's price and benefits.",
  'faq.real_name':
    "For safe payments, pay later needs real-name verification first; without it, it can't be turned on. It's done on the shop's own page, so your ID details go only to the shop: I never collect them here, and please never send your ID number in the chat.",
  'faq.real_name.atStep':
    "For safe payments, pay later needs real-name verification first. It's done on the shop's own verification page: you enter your ID details there, never in this chat. What it asks for, such as which ID document, or whether a photo or a face check is needed, is shown on that page; I don't have those details 🙏",
  'faq.credit.passed':
    "The credit assessment is one of the conditions: the shop assesses your credit record, and a good one makes you more likely to qualify. Your account has already passed it ✅ Which records it looks at, or whether it checks your central-bank credit report, isn't covered in what I have; the service agreement decides. Once it's on, pay on time: late payment hurts your credit record.",
  'faq.credit':
    "The shop assesses your credit; a good credit record makes you more likely to qualify. I can't see the details of the check or why it came out as it did. Paying on time and keeping a good record helps, and you can try again once things change; for the reasons, ask an agent. Once it's on, pay on time: late payment hurts your record and may cost you the service.",
  'faq.checkout':
    "At checkout:\n\n1. Pick your goods and go to checkout\n2. On the checkout page, choose 先用后付 as the payment method\n3. Submit the order as prompted\n\nYour goods ship as usual. If you're happy with them, confirm receipt and pay; if not, request a return and refund.",
  'faq.enable':
    "It takes a few steps: log in → PLUS membership → real-name verification → credit check → turn it on. I'll guide you through each one.",
  'faq.enable.beforePerson': 'It takes a few steps: log in → PLUS membership → real-name verification → credit check → turn it on.',
  'faq.status':
    'To see whether you have access to it, look under 我的京东 > 账户设置 > 支付管理 (My JD > Account settings > Payment management), or ask me to check.',
  'faq.pay':
    "When the goods arrive and you're happy, confirm receipt and pay. Paying late hurts your credit record, and with poor credit you may no longer be able to use pay later, so pay by the due date.",
  'faq.pay.overdue':
    "Paying late hurts your credit record, and with poor credit you may no longer be able to use pay later. \"{titles}\" is already overdue (its due date has passed), so please pay it as soon as you can: the sooner you pay, the less harm it does. You can confirm receipt and pay right here.",
  'faq.return':
    'Not happy with what arrived? Before paying, request a return and refund: pick "Return" on the order, give a reason and confirm. A paid order can\'t be returned here; for after-sales help, ask an agent. Refunds and return shipping are handled under the shop\'s return policy.',
  'faq.orders': 'Once you log in, I can show your pay later orders and help you confirm receipt and pay, or request a return.',

  'status.lead': "Here's where you are 👇",
  'status.title': 'Use first, pay later: your progress',
  'status.summary': '{title}: {items}',
  'status.item.login': 'Logged in',
  'status.item.plus': 'PLUS member',
  'status.item.realName': 'Real-name verified',
  'status.item.credit': 'Credit qualifies',
  'status.item.payLater': 'Pay later turned on',
  'status.item.login.no': 'Not logged in',
  'status.item.plus.no': 'Not a PLUS member yet',
  'status.item.realName.no': 'Real-name not verified yet',
  'status.item.credit.no': "Credit doesn't qualify yet",
  'status.item.payLater.no': 'Pay later not on yet',
  'status.value.yes': 'yes',
  'status.value.no': 'not yet',
  'status.value.unknown': 'unknown',
  'status.next.login': 'Next: log in.',
  'status.next.plus': 'Next: get PLUS.',
  'status.next.realName': 'Next: real-name verification.',
  'status.next.credit': "Your credit doesn't qualify yet; a good credit record helps.",
  'status.next.payLater': 'Next: confirm and turn it on.',
  'status.owed': 'Orders to pay now: {count}, {total} in all.',
  'status.owed.overdue': 'Orders to pay now: {count}, {total} in all, and at least one is overdue: please pay soon.',
  'status.owed.coming': 'Orders on their way: {count}, nothing to pay until they arrive and you\'re happy with them.',
  'status.next.allDone': "All set: choose it on the checkout page 🎉",
};
