// Loads the labelled utterance corpora in data/nlu/ (intent → utterances), validated against PRODUCT.md §4's intents.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { INTENTS, type Intent } from '../../machines/domain';

export interface Example {
  text: string;
  intent: Intent;
}

/** train.json teaches the model; eval.json only ever measures it (a test keeps the two disjoint). */
export type CorpusName = 'train' | 'eval';

const corpusSchema = z
  .record(z.enum(INTENTS), z.array(z.string().trim().min(1)).min(1))
  .refine((corpus) => INTENTS.every((intent) => corpus[intent] !== undefined), {
    message: `every intent needs utterances: ${INTENTS.join(', ')}`,
  });

export const CORPUS_DIR = path.resolve(__dirname, '../../data/nlu');

export function loadCorpus(name: CorpusName, directory = CORPUS_DIR): Example[] {
  const file = path.join(directory, `${name}.json`);
  const corpus = corpusSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return INTENTS.flatMap((intent) => (corpus[intent] ?? []).map((text) => ({ text, intent })));
}
