// The local channel's own rules: what its serviceUrl accepts, what a tap sends, and when a bot's turn counts as over.
import { ActionTypes, type Activity } from 'botbuilder';
import { startLocalChannel, tapOf, textOf, type LocalChannel } from '../../src/channel/localChannel';
import { ChannelConversation, type PostAnswer } from '../../src/channel/conversation';

describe("the channel's serviceUrl", () => {
  let channel: LocalChannel;
  beforeAll(async () => {
    channel = await startLocalChannel({ botUrl: 'http://127.0.0.1:9/api/messages' });
  });
  afterAll(() => channel.close());

  const send = (path: string, init: RequestInit = {}) =>
    fetch(channel.serviceUrl + path, { method: 'POST', headers: { 'content-type': 'application/json' }, ...init });

  test('takes a reply for an open conversation, answers its id, and hands it to the conversation', async () => {
    const conversation = channel.open({ id: 'c/1' });
    const seen: Activity[] = [];
    conversation.onActivity((a) => seen.push(a));
    const answer = await send(`/v3/conversations/${encodeURIComponent('c/1')}/activities/incoming-1`, {
      body: JSON.stringify({ type: 'message', text: '你好', replyToId: 'incoming-1' }),
    });
    expect(answer.status).toBe(200);
    const { id } = (await answer.json()) as { id: string };
    expect(seen).toEqual([expect.objectContaining({ id, text: '你好', conversation: { id: 'c/1' } })]);
    expect(conversation.activities).toHaveLength(1);
  });

  test.each([
    ['a conversation it does not know', '/v3/conversations/unknown/activities', { body: '{"type":"message"}' }, 404],
    ['a body that is not JSON', '/v3/conversations/c%2F1/activities', { body: '{' }, 400],
    ['an activity without a type', '/v3/conversations/c%2F1/activities', { body: '{"text":"x"}' }, 400],
    ['another route', '/v3/conversations', { body: '{}' }, 404],
    ['a GET', '/v3/conversations/c%2F1/activities', { method: 'GET' }, 405],
  ])('refuses %s', async (_case, path, init, status) => {
    channel.open({ id: 'c/1' });
    const answer = await send(path, init as RequestInit);
    expect(answer.status).toBe(status);
    expect(((await answer.json()) as { error: { message: string } }).error.message).toBeTruthy();
  });

  test('a bot that cannot be reached is reported as such', async () => {
    await expect(channel.open().say('你好')).rejects.toThrow(/not reachable at http:\/\/127\.0\.0\.1:9/);
  });
});

describe('a tap sends what Web Chat sends', () => {
  test('messageBack: its text and value; the transcript shows its displayText', () => {
    const tap = tapOf({ type: ActionTypes.MessageBack, title: 'T', text: 'text', displayText: 'shown', value: { event: { type: 'AFFIRM' } } });
    expect(tap).toEqual({ kind: 'send', activity: { type: 'message', text: 'text', value: { event: { type: 'AFFIRM' } } }, shown: 'shown' });
  });

  test('imBack: its value as text', () => {
    expect(tapOf({ type: ActionTypes.ImBack, title: 'Yes', value: 'yes' })).toMatchObject({ activity: { text: 'yes' }, shown: 'yes' });
  });

  test('postBack: a string as text, anything else as the value', () => {
    expect(tapOf({ type: ActionTypes.PostBack, title: 'A', value: 'a' })).toMatchObject({ activity: { text: 'a' } });
    expect(tapOf({ type: ActionTypes.PostBack, title: 'B', value: { b: 1 } })).toMatchObject({ activity: { value: { b: 1 } } });
  });

  test('openUrl: nothing is sent, the link is to open', () => {
    expect(tapOf({ type: ActionTypes.OpenUrl, title: 'Shop', value: 'http://shop' })).toEqual({ kind: 'open', url: 'http://shop' });
  });
});

test("a card's words stand in when an activity has no text of its own", () => {
  const hero = { contentType: 'application/vnd.microsoft.card.hero', content: { title: 'Title', text: 'Body' } };
  expect(textOf({ attachments: [hero] })).toBe('Title\nBody');
});

// The status card's text is a lead-in ("这是你现在的进度 👇"): shown alone, a text-only view lost the checklist.
test("a card's words follow the activity's text, an Adaptive Card's fallback text first, and are not said twice", () => {
  const adaptive = { contentType: 'application/vnd.microsoft.card.adaptive', content: { fallbackText: 'the checklist', body: [{ type: 'TextBlock', text: 'x' }] } };
  expect(textOf({ text: 'Here you are 👇', attachments: [adaptive] })).toBe('Here you are 👇\n\nthe checklist');
  const hero = { contentType: 'application/vnd.microsoft.card.hero', content: { text: 'summary' } };
  expect(textOf({ text: 'summary', attachments: [hero] })).toBe('summary');
});

describe("the end of the bot's turn", () => {
  const message = (text: string, inputHint = 'acceptingInput') => ({ type: 'message', text, inputHint }) as Activity;

  /** A conversation whose bot answers the endpoint, then keeps sending `later` replies `gapMs` apart. */
  function scripted(now: Activity[], later: Activity[], gapMs: number, quietMs: number) {
    const conversation: ChannelConversation = new ChannelConversation(
      { id: 'c', channelId: 'test', serviceUrl: 'http://channel', user: { id: 'u', name: 'u' }, bot: { id: 'b', name: 'b' } },
      async (): Promise<PostAnswer> => {
        now.forEach((a) => conversation.receive(a));
        later.forEach((a, i) => setTimeout(() => conversation.receive(a), gapMs * (i + 1)));
        return { status: 200, body: '' };
      },
      { quietMs, turnTimeoutMs: 2000 },
    );
    return conversation;
  }

  test('is a question: nothing after it is waited for', async () => {
    const started = Date.now();
    const turn = await scripted([message('a'), message('b?', 'expectingInput')], [], 0, 1000).say('x');
    expect(turn.activities.map((a) => a.text)).toEqual(['a', 'b?']);
    expect(Date.now() - started).toBeLessThan(500);
  });

  test('is otherwise a quiet spell, so replies still on their way are part of the turn', async () => {
    const turn = await scripted([message('a')], [message('late')], 30, 150).say('x');
    expect(turn.activities.map((a) => a.text)).toEqual(['a', 'late']);
  });
});
