// `npm run --silent classify`: one utterance per stdin line → one {"text","intent","confidence"} JSON line, in order.
import { createInterface } from 'node:readline';
import { createNlu } from '../src/nlu';

const nlu = createNlu();
let pending: string[] = [];
let flushScheduled = false;

// Lines are answered as they arrive (interactive use), but written in one batch per event-loop turn so that
// piping 10 000 lines costs a handful of writes instead of 10 000.
function flush(): void {
  flushScheduled = false;
  const chunk = pending.join('');
  pending = [];
  process.stdout.write(chunk);
}

// `npm run classify | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

let first = true;
createInterface({ input: process.stdin, crlfDelay: Infinity }).on('line', (line) => {
  // A UTF-8 byte-order mark from Windows editors is not part of the first utterance.
  const text = first ? line.replace(/^\uFEFF/, '') : line;
  first = false;
  // Empty or punctuation-only lines still get their line (order is the contract): out_of_scope, confidence 0.
  const { intent, confidence } = nlu.classify(text);
  pending.push(`${JSON.stringify({ text, intent, confidence: Math.round(confidence * 1e4) / 1e4 })}\n`);
  if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flush);
  }
});
