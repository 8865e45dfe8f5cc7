// A conversation record shaped and sized like the bot's (~2 KB of JSON), for tests and benchmarks.

export interface SampleConversation {
  step: string;
  locale: string;
  accountId: string;
  turns: number;
  transcript: Array<{ from: 'user' | 'bot'; text: string; at: string }>;
}

export function sampleConversation(seed: number, approxBytes = 2048): SampleConversation {
  const doc: SampleConversation = { step: 'awaitingOtp', locale: 'zh-CN', accountId: `acc-${seed}`, turns: seed, transcript: [] };
  for (let i = 0; JSON.stringify(doc).length < approxBytes; i++) {
    doc.transcript.push({ from: i % 2 ? 'bot' : 'user', text: `message ${i} of conversation ${seed}: 先用后付怎么开通？`, at: new Date(0).toISOString() });
  }
  return doc;
}
