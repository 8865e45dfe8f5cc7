// The transcript's chunk codec: the envelope every activity of a conversation repeats is kept once per chunk, and put back on reading.
import type { Activity } from 'botbuilder';
import type { ChunkCodec } from './chunkedLog';

/**
 * Fields that are (nearly) the same on every activity of a conversation: where it happens and who speaks to whom.
 * Each is stored once per chunk in a table of distinct values; an activity keeps only indexes into it.
 */
const ENVELOPE = ['channelId', 'serviceUrl', 'locale', 'conversation', 'from', 'recipient'] as const;
const ABSENT = -1;

/** A chunk as stored: the distinct envelope values (as JSON), and each activity as [envelope indexes, other fields]. */
interface CompactChunk {
  values: string[];
  activities: Array<[number[], Record<string, unknown>]>;
}

export const compactActivityCodec: ChunkCodec<Activity> = {
  encode(items) {
    const values: string[] = [];
    const indexOf = new Map<string, number>();
    const activities = items.map((activity): [number[], Record<string, unknown>] => {
      const rest: Record<string, unknown> = { ...(activity as unknown as Record<string, unknown>) };
      const refs = ENVELOPE.map((field) => {
        const value = rest[field];
        if (value === undefined) return ABSENT;
        delete rest[field];
        const json = JSON.stringify(value);
        let index = indexOf.get(json);
        if (index === undefined) {
          index = values.push(json) - 1;
          indexOf.set(json, index);
        }
        return index;
      });
      return [refs, rest];
    });
    return { values, activities } satisfies CompactChunk;
  },

  decode(encoded) {
    const chunk = encoded as Partial<CompactChunk> | undefined;
    if (!Array.isArray(chunk?.values) || !Array.isArray(chunk?.activities)) return [];
    const values = chunk.values;
    return chunk.activities.map(([refs, rest]) => {
      const activity: Record<string, unknown> = {};
      ENVELOPE.forEach((field, i) => {
        const index = refs[i];
        // Parsed per activity: callers may change one activity without touching the others.
        if (index !== ABSENT && index !== undefined) activity[field] = JSON.parse(values[index]);
      });
      return Object.assign(activity, rest) as unknown as Activity;
    });
  },
};
