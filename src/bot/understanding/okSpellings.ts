// Chat spellings of "ok" ("k", "kk", "okie"), and "sure thing", read as the plain words wherever those are read, but for
// consent: a one-letter ok turns nothing on, pays nothing and files no return.

/**
 * An ok as chat spells it: "k", "kk", "okk", "okie", "okey", "kay", "okie dokie"; not "ok" or "okay" themselves. No word
 * matches two ways ("kk" is k+ only), so a row of them ("kk kk kk … x") never backtracks exponentially.
 */
const OK_SPELLING = String.raw`k+|okk+|ok+ie|oki|okey|'?kay|ok+(?:ie|ey|y)?[ -]?dok(?:ie|ey|e|y)`;
/** An ok with thanks is short; longer words are something else, and are not matched at all. */
const MAX_ACK_LENGTH = 40;
/** Thanks as chat spells it after an ok ("ok thx" was nothing clear, while "ok thanks" is thanks). */
const THANKS_SPELLING = String.raw`thx|thnx|thanx|tks|ty|thank u`;
/** "sure thing" is "sure": at a shop-page step "sure" asks the step again, while "sure thing" was checked as "done". */
const SURE_THING = /^sure thing$/i;
const OK_WORD = `(?:${OK_SPELLING}|ok(?:ay)?)`;
const ACK = new RegExp(
  String.raw`^(sure thing|${OK_WORD}(?:[\s,，]+${OK_WORD})*)(?:[\s,，]+(${THANKS_SPELLING}|thanks|thank you))?[\s!！.。~～]*$`,
  'i',
);
const PLAIN = new RegExp(String.raw`^(?:ok(?:ay)?(?:[\s,，]+ok(?:ay)?)*)$`, 'i');
const PLAIN_THANKS = /^(?:thanks|thank you)$/i;

/**
 * A message that is only an ok in a chat spelling, with thanks or not ("k", "kk thx", "okie!", "sure thing"): the plain
 * words ("ok", "ok thanks", "sure"), so that it means whatever those mean where it is said (a yes at the welcome, the step
 * asked again at the phone step), neither more nor less; only where a yes consents is it less (okSpelledCasually). The
 * classifier knew none of them: two "k"s in a row handed the customer to a person as not understood. Plain words ("ok",
 * "ok ok", "ok thanks") and anything else are returned as they are.
 */
export function withOkSpelledOut(words: string): string {
  const ack = words.length > MAX_ACK_LENGTH ? null : ACK.exec(words.trim());
  if (ack === null) return words;
  const [, said, thanks] = ack;
  if (PLAIN.test(said) && (thanks === undefined || PLAIN_THANKS.test(thanks))) return words;
  const plain = SURE_THING.test(said) ? 'sure' : 'ok';
  return thanks === undefined ? plain : `${plain} thanks`;
}

/**
 * Only an ok in a chat spelling, no thanks ("k", "kk", "okk", "okie"): where a yes pays, files a return or turns
 * pay-later on, too casual to consent to credit terms or a payment (understandActivity tells it how to go ahead, as
 * "ok cool"). Elsewhere it is the plain "ok" (withOkSpelledOut). "ok" itself, and "sure thing", are not casual.
 */
export function okSpelledCasually(words: string): boolean {
  const trimmed = words.trim();
  // Spelled out only when it was no plain "ok" already ("ok", "OK!" come back as they are).
  return trimmed !== 'ok' && withOkSpelledOut(trimmed) === 'ok';
}
