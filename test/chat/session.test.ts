// The terminal chat's numbered buttons: what a typed number taps, also after the bot spoke by itself.
import type { Activity } from 'botbuilder';
import type { ChannelConversation, Turn } from '../../src/channel/localChannel';
import { ChatSession } from '../../src/chat/session';
import { printActivity } from '../../src/chat/printer';

const withButtons = (text: string, ...titles: string[]): Activity =>
  ({
    type: 'message',
    text,
    suggestedActions: { to: [], actions: titles.map((title) => ({ type: 'imBack', title, value: title })) },
  }) as unknown as Activity;

/** A conversation whose bot answers each message with `replies`, and can speak by itself with `push`. */
function fakeConversation(replies: Activity[]) {
  let listener: (activity: Activity) => void = () => undefined;
  const sent: string[] = [];
  const answer = async (): Promise<Turn> => {
    replies.forEach((activity) => listener(activity));
    return { status: 200, body: '', activities: replies } as unknown as Turn;
  };
  const conversation = {
    onActivity: (l: (activity: Activity) => void) => ((listener = l), () => undefined),
    join: answer,
    say: async (text: string) => (sent.push(text), answer()),
    send: async (activity: Partial<Activity>) => (sent.push(`tap:${JSON.stringify(activity.value ?? activity.text)}`), answer()),
  };
  return { conversation: conversation as unknown as ChannelConversation, sent, push: (activity: Activity) => listener(activity) };
}

// After an agent's release, "1" tapped the "不用人工了" of the customer's last turn, numbered above the new list.
test('buttons the bot sends by itself are numbered from 1, and those of the last turn are gone', async () => {
  const lines: string[] = [];
  const { conversation, sent, push } = fakeConversation([withButtons('正在为你转接人工客服', '不用人工了')]);
  const session = new ChatSession(conversation, (line) => lines.push(line));
  await session.handle('转人工', false);
  expect(lines.join('\n')).toContain('[1] 不用人工了');

  push(withButtons('我回来了 👋'));
  push(withButtons('想处理哪一笔？', '确认收货并付款', '申请退货'));
  expect(lines.join('\n')).toContain('[1] 确认收货并付款');
  expect(lines.join('\n')).toContain('[2] 申请退货');
  await session.handle('1', false);
  expect(sent.at(-1)).toBe('tap:"确认收货并付款"');
});

test("within a turn, the buttons of the turn's messages are numbered on from each other", async () => {
  const lines: string[] = [];
  const { conversation } = fakeConversation([withButtons('a', '甲'), withButtons('b', '乙')]);
  const session = new ChatSession(conversation, (line) => lines.push(line));
  await session.handle('你好', false);
  expect(lines.join('\n')).toContain('[1] 甲');
  expect(lines.join('\n')).toContain('[2] 乙');
});

// "bot › 我是客服小王": an agent's message read as the bot's. The bot marks it (channelData.sender), as the web chat labels it.
test("an agent's message is shown as the agent's, the bot's as the bot's", () => {
  const agent = printActivity({ type: 'message', text: '我是客服小王\n请稍等', channelData: { sender: 'agent' } } as Activity, 1);
  expect(agent.lines).toEqual(['agent › 我是客服小王', '        请稍等']);
  expect(printActivity({ type: 'message', text: '好的' } as Activity, 1).lines).toEqual(['bot › 好的']);
});
