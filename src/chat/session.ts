// One terminal chat: prints what the bot sends as it arrives, and turns each typed line into a message or a button tap.
import { ActivityTypes, type Activity, type CardAction } from 'botbuilder';
import { BotUnreachableError, tapOf, type ChannelConversation, type Turn } from '../channel/localChannel';
import { INDENT, YOU, printActivity } from './printer';

/** Why the bot refused a message, from its `{code, message}` answer when it sent one. */
function refusal(turn: Turn): string {
  try {
    const body = JSON.parse(turn.body) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // not JSON: the status says enough
  }
  return turn.body.slice(0, 200);
}

export class ChatSession {
  /** The buttons of the bot's current turn, in the order they were numbered. */
  private choices: CardAction[] = [];
  private inTurn = false;
  /** Whether the bot has sent something by itself since the customer last spoke. */
  private spokeBySelf = false;

  constructor(
    private readonly conversation: ChannelConversation,
    private readonly print: (line: string) => void,
  ) {
    conversation.onActivity((activity) => this.show(activity));
  }

  /** Joins the conversation, so the bot greets; throws BotUnreachableError when there is no bot to talk to. */
  async start(): Promise<void> {
    await this.turn(() => this.conversation.join());
  }

  /**
   * Handles one typed line; false when the customer leaves. `echo` repeats the line, for input that the terminal
   * did not show (a pipe), so that the output reads as a transcript.
   */
  async handle(line: string, echo: boolean): Promise<boolean> {
    const input = line.trim();
    if (input === '') return true;
    if (echo) this.print(YOU + input);
    if (input === '/quit') return false;
    const choice = /^\d{1,2}$/.test(input) ? this.choices[Number(input) - 1] : undefined;
    try {
      if (!choice) {
        await this.turn(() => this.conversation.say(input));
        return true;
      }
      const tap = tapOf(choice);
      if (tap.kind === 'open') {
        this.print(`${INDENT}↗ open this in a browser: ${tap.url}`);
        return true;
      }
      this.print(`${INDENT}→ ${tap.shown}`);
      await this.turn(() => this.conversation.send(tap.activity));
    } catch (error) {
      if (!(error instanceof BotUnreachableError)) throw error;
      this.print(`${INDENT}(${error.message}; type it again once the bot is back)`);
    }
    return true;
  }

  private show(activity: Activity): void {
    // A typing indicator that lands after the answer is stale; showing it would suggest more is coming.
    if (activity.type === ActivityTypes.Typing && !this.inTurn) return;
    // What the bot says by itself (an agent's release, the shop's notice) is a new turn: its buttons are numbered from
    // 1, and those of the customer's last turn are gone ("1" tapped a stale "不用人工了" above the new list).
    if (!this.inTurn && !this.spokeBySelf) {
      this.spokeBySelf = true;
      this.choices = [];
    }
    const printed = printActivity(activity, this.choices.length + 1);
    this.choices.push(...printed.choices);
    printed.lines.forEach((line) => this.print(line));
  }

  private async turn(run: () => Promise<Turn>): Promise<void> {
    // Buttons of an earlier turn are gone once the customer speaks, as suggested actions are in Web Chat.
    this.choices = [];
    this.inTurn = true;
    this.spokeBySelf = false;
    try {
      const turn = await run();
      if (turn.status >= 400) this.print(`${INDENT}(the bot refused the message, HTTP ${turn.status}: ${refusal(turn)})`);
    } finally {
      this.inTurn = false;
    }
  }
}
