// "who is this? I didn't ask for anything" from a customer an agent handed to the bot: read as the status (0.35), the
// task the agent handed on was lost to the login for the status. It asks who writes and why, wherever it is said.
import { createNlu } from '../../src/nlu';
import { understandActivity } from '../../src/bot/understanding';

const nlu = createNlu();
const at = (statePath: string, text: string) => understandActivity(nlu, text, undefined, statePath).event;

const STEPS = ['flow.welcome', 'flow.onboarding.login.awaitingPhone', 'flow.onboarding.login.awaitingOtp', 'flow.purchase.showingOrders'];

describe('who is writing, and why', () => {
  it.each([
    "who is this? I didn't ask for anything",
    'who is this?',
    "Who's this",
    'why are you texting me',
    "I never asked for this, who are you",
    '你是谁？我没找你啊',
    '谁让你给我发消息的',
    '为什么给我发消息',
    '我没有问过你',
  ])('%j asks it (whoAsked), at every step', (text) => {
    for (const step of STEPS) expect(at(step, text)).toEqual({ type: 'TOPIC_ASKED', topic: 'whoAsked' });
  });

  it.each(["I didn't ask for this order", 'I didn\'t ask for a return', 'who is this charge from', '我没要这个东西'])('%j is about something else', (text) => {
    expect(at('flow.welcome', text)).not.toEqual({ type: 'TOPIC_ASKED', topic: 'whoAsked' });
  });

  it('"who are you?" alone is still what the bot is', () => {
    expect(at('flow.onboarding.login.awaitingPhone', 'who are you?')).toEqual({ type: 'TOPIC_ASKED', topic: 'botIdentity' });
  });
});
