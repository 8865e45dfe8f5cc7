// Remembers webhook eventIds long enough to recognise a replay, in ten-minute generation documents that expire as a whole.
import { z } from 'zod';
import { SKIP_WRITE, withEtagRetry, type CasStorage } from '../storage';
import { DEFAULT_MAX_AGE_SEC } from './signature';

/**
 * A signed request is accepted within ±DEFAULT_MAX_AGE_SEC of its timestamp, so a copy can arrive at most twice
 * that after the first one. Ids are checked against the current and the previous generation, so each is
 * remembered for at least one whole generation: exactly that long.
 */
export const GENERATION_SEC = 2 * DEFAULT_MAX_AGE_SEC;

const generationSchema = z.object({ eventIds: z.array(z.string()) });
type Generation = z.infer<typeof generationSchema>;

const generationKey = (generation: number) => `webhook/seen/${generation}`;
const idsOf = (stored: unknown): string[] => {
  const parsed = generationSchema.safeParse(stored);
  return parsed.success ? parsed.data.eventIds : [];
};

export class SeenEvents {
  constructor(
    private readonly storage: CasStorage,
    private readonly nowMs: () => number = Date.now,
  ) {}

  private generation(): number {
    return Math.floor(this.nowMs() / 1000 / GENERATION_SEC);
  }

  /** Records the id; false when it was already recorded (a replay or a resend). */
  async remember(eventId: string): Promise<boolean> {
    const current = this.generation();
    const previous = (await this.storage.read([generationKey(current - 1)]))[generationKey(current - 1)];
    if (idsOf(previous).includes(eventId)) return false;
    let started = false;
    // Decided inside the compare-and-set, so two copies arriving together cannot both be taken as new: only the
    // one that writes the id is.
    const { value: recorded } = await withEtagRetry<Generation>(this.storage, generationKey(current), (stored) => {
      const ids = idsOf(stored);
      started = stored === undefined;
      return ids.includes(eventId) ? SKIP_WRITE : { eventIds: [...ids, eventId] };
    });
    // Whoever starts a generation drops the one that can no longer be consulted.
    if (started) await this.storage.delete([generationKey(current - 2)]);
    return recorded !== undefined;
  }

  /** Lets a resend through again, after an event could not be handled. */
  async forget(eventId: string): Promise<void> {
    const current = this.generation();
    for (const generation of [current, current - 1]) {
      // A generation without the id is left as it is (and one that does not exist is not created).
      await withEtagRetry<Generation>(this.storage, generationKey(generation), (stored) => {
        const ids = idsOf(stored);
        return ids.includes(eventId) ? { eventIds: ids.filter((id) => id !== eventId) } : SKIP_WRITE;
      });
    }
  }
}
