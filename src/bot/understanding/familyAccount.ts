// Pay-later for a family member ("帮我妈开通一下", "我想给我爸开通"): it goes on the member's own account, logged in with their
// phone's code and verified by themselves, so the bot says so instead of asking for the customer's own number.
import type { DialogueEvent } from '../../../machines/events';

/** A family member as customers name one ("我妈", "老爸", "家里老人"). */
const MEMBER = String.raw`(?:妈妈?|爸爸?|老妈|老爸|爸妈|父母|母亲|父亲|家里(?:的)?老人|老人家?|家里人|家人|老公|老婆|媳妇|爱人|丈夫|妻子|奶奶|爷爷|外婆|外公|姥姥|姥爷|儿子|女儿|孩子|婆婆|公公|岳父|岳母)`;
const MEMBER_EN = String.raw`(?:mom|mum|mother|dad|father|parents?|grand(?:ma|pa|mother|father)|wife|husband|son|daughter|kids?|family)`;

/** A member named anywhere: "帮她开通" then is for them. */
const MEMBER_NAMED = new RegExp(`${MEMBER}|\\bmy ${MEMBER_EN}\\b`, 'i');

/**
 * Doing it for them ("帮我妈开通一下", "我想给我爸开通", "替家里老人开一个", "can I set it up for my mom?", "turn it on for my
 * dad"). Not whether another account can have it ("我老婆的账号能开吗": otherAccount, each account checked by itself).
 */
const FOR_MEMBER = new RegExp(
  String.raw`(?:帮|给|替|为)(?:我|俺|咱)?(?:家)?${MEMBER}(?:的?(?:账号|账户))?(?:也)?(?:开通|开一?个|开|申请|办理?|弄一?下)` +
    String.raw`|\b(?:set (?:it |this |pay ?later )?up|turn (?:it |this |pay ?later )?on|enable (?:it|this|pay ?later)|activate (?:it|this|pay ?later)|get (?:it|this|pay ?later)|sign (?:her|him|them) up)\b.{0,20}\bfor my ${MEMBER_EN}\b`,
  'i',
);
/** For "her" or "him", a member named elsewhere in the words ("我妈不会弄 帮她开通一下"). */
const FOR_THEM = /(?:帮|给|替|为)(?:她|他|ta)(?:也)?(?:开通|开一?个|开|申请|办理?|弄一?下)|\b(?:set (?:it )?up|turn (?:it )?on|enable (?:it|pay ?later))\b.{0,20}\bfor (?:her|him|them)\b/i;

/** The code, or the phone it goes to, named. */
const CODE_OR_PHONE = /验证码|短信|手机|\b(?:code|text|sms|phone)\b/i;
/**
 * The member not at hand ("她不在身边", "我妈不在家", "手机在她那", "she's not here", "her phone isn't with me"): the code
 * cannot reach the customer.
 */
const MEMBER_AWAY = new RegExp(
  String.raw`(?:她|他|ta|(?:我|俺)?${MEMBER})(?:现在|人|这会儿|暂时)?(?:不在(?:身边|旁边|这里?|这儿|家|跟前|一起)|没(?:在)?(?:身边|旁边|一起)|联系不上)` +
    String.raw`|手机(?:在|放在)(?:她|他|ta|(?:我|俺)?${MEMBER})(?:那|那里|那儿|手上|身上|手里)` +
    String.raw`|\b(?:she|he|they)(?:['’]s|['’]re| is| are) not (?:here|with me|around|home|nearby)\b` +
    String.raw`|\b(?:her|his|their|my ${MEMBER_EN}['’]s) phone\b.{0,24}\b(?:not (?:here|with me)|is ?n['’]t (?:here|with me))\b`,
  'i',
);

const LOGIN_STEPS = new Set(['flow.onboarding.login.awaitingPhone', 'flow.onboarding.login.awaitingOtp']);

const topic = (name: 'forFamily' | 'familyLogin' | 'familyPhoneAway'): DialogueEvent => ({ type: 'TOPIC_ASKED', topic: name });

/**
 * Pay-later for a family member: with their number ("帮我妈开通一下 她手机号138…": the number was dropped, the customer's own
 * asked for), the login with it, said to be theirs first; without one ("我想给我爸开通": the phone prompt), how it goes.
 * At the login, the code on a member's phone not at hand ("验证码在她手机上 她不在身边": not understood).
 */
export function familyAsked(words: string, phone: string | undefined, statePath: string): { event: DialogueEvent; answersFirst?: DialogueEvent[] } | undefined {
  if (LOGIN_STEPS.has(statePath) && CODE_OR_PHONE.test(words) && MEMBER_AWAY.test(words)) return { event: topic('familyPhoneAway') };
  const forMember = FOR_MEMBER.test(words) || (FOR_THEM.test(words) && MEMBER_NAMED.test(words));
  if (!forMember) return undefined;
  return phone ? { event: { type: 'PHONE_RECEIVED', phone }, answersFirst: [topic('familyLogin')] } : { event: topic('forFamily') };
}
