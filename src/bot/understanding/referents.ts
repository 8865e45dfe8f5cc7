// What the dialogue holds that a customer's words may refer to: the orders, the one in question, the goal.
import type { Goal } from '../../../machines/context';
import type { Account, Order } from '../../../machines/domain';
import type { LoginOffer } from '../../../dialogs/prompts';

/** What the dialogue holds that words may refer to. */
export interface Referents {
  /** The customer's listed orders. */
  orders?: readonly Order[];
  /** The order in question: named at the list, or the one being paid for or returned. */
  orderId?: string;
  /**
   * The words were said before the list was shown ("我要付款" before logging in): they choose only an order they name, and
   * the customer who named none sees the list first.
   */
  said?: 'beforeList';
  /** What the customer came for: after "退货", the order picked from the list is returned. */
  goal?: Goal;
  /** The reason of the return under way, as given (a reason button's code, or words): at its confirmation, what it says. */
  returnReason?: string;
  /** A return taken back at its confirmation ("不退了"): "还是退吧" at the list takes it up again, reason and all. */
  returnTakenBack?: { orderId: string; reason: string };
  /** The account as last fetched: whether pay-later is on (a customer without it has no pay-later orders to ask about). */
  account?: Account;
  /**
   * At the welcome: whether the last prompt was the greeting, which asks "shall we turn it on?", or an answer offering a
   * login (true), or the short "what else can I help you with?" (false). Unknown (no conversation record) when undefined.
   */
  welcomeAsked?: boolean;
  /**
   * The last answer offered a login with its own button, for this (paying the overdue order): a phone number typed instead
   * of tapping it is that login, and leads where the button would.
   */
  loginOffered?: LoginOffer;
}
