import {
  addDays,
  addMonths,
  compareDates,
  minDate,
  type CalendarDate,
} from '@/domain/calendar-date';
import {
  currencyOfCountry,
  type MarketSegment,
  type MarketSubSegment,
} from '@/domain/customer-profile';
import { isSubscriptionLive } from '@/domain/subscription-term';
import type { CustomerRecord, MemberRecord, SubscriptionRecord } from '../db/records';
import { timeActivity } from './activity';
import { seedCards, settleInvoices, upcomingInvoices } from './billing';
import { seedCases } from './cases';
import { buildHistory, type Showcase } from './history';
import { chooseUsedQuantities, LICENCES_SEEDED_BELOW, seedAssignments } from './licences';
import { COMPANY_FORMS, COUNTRY_WEIGHTS, NAME_PARTS, slugOf } from './names';
import { companyName, datesFor, PROFILE_WEIGHTS, PROFILES, type Profile } from './profiles';
import type { OrderBook } from './orders';
import { Random, streamSeed } from './random';
import { chooseCancellations, finishTerms, type TermShowcase } from './terms';
import type { CustomerSeedContext, SeededCustomer } from './types';

export type { CustomerSeedContext, SeededCustomer } from './types';

export const FIRST_VIP_ID = 1_005_000_000;

export function vipIdFor(sequence: number): string {
  return String(FIRST_VIP_ID + sequence);
}

/** The customer's mail domain: its name, shortened. */
const domainOf = (company: string) => `${slugOf(company).slice(0, 24)}.example`;

type CustomerShowcase = Showcase &
  TermShowcase & {
    /** The pending PA's seats partly assigned to users (true) or not at all (false). */
    pendingAssigned?: boolean;
    /** Invoices 31–90 days old left unpaid: OVERDUE. */
    overdueInvoice?: boolean;
    cards?: boolean;
    cases?: number;
  };

/**
 * What the first customers are given whatever the dice say, so that even the smallest
 * dataset shows every state of the screens: an order still inside its return window with a
 * partial return and a seat reduction (0), support cases (2), a renewal invoice to come (5),
 * a pending PA free to withdraw (7) and one whose seats users hold (8), an overdue invoice and a
 * card to pay it (9, 27), a withdrawn PA and a cancellation (10), another order still inside its
 * return window (33).
 */
const SHOWCASES: Partial<Record<number, CustomerShowcase>> = {
  0: { expansion: 'RECENT', partialReturn: true, reduction: true, cards: true },
  2: { cases: 2 },
  5: { autoRenew: true, cards: true },
  7: { pendingAssigned: false },
  8: { pendingAssigned: true },
  9: { expansion: 'OVERDUE', overdueInvoice: true, cards: true },
  33: { expansion: 'RECENT' },
  27: { overdueInvoice: true, cards: true },
  10: { cancellation: true, withdrawnPa: true },
};

/** The facts a customer's status and list filters derive from (services/customer-facts). */
function factsOf(subscriptions: readonly SubscriptionRecord[], today: CalendarDate) {
  const held = subscriptions.filter((s) => s.currentQuantity > 0);
  const live = held.filter((s) => isSubscriptionLive(s, today));
  const cotermDate =
    held
      .map((s) => s.renewalDate)
      .sort(compareDates)
      .at(-1) ?? null;
  return {
    cotermDate,
    subscriptionCount: held.length,
    renewingSubscriptionCount: held.filter(
      (s) => s.renewalDate === cotermDate && s.scheduledChange?.type !== 'CANCELLATION',
    ).length,
    totalLicences: live.reduce((sum, s) => sum + s.currentQuantity, 0),
  };
}

/**
 * One customer with everything that happened to it, consistent with itself and the seed day:
 * its PAs, orders, invoices and subscriptions (history.ts), seats in use and their users
 * (licences.ts), scheduled changes (terms.ts), cards and payments (billing.ts), support cases
 * (cases.ts) and the activity entries of its PAs and orders.
 */
export function seedCustomer(shared: CustomerSeedContext, sequence: number): SeededCustomer {
  // Each customer draws from its own stream: customer N is the same company, with the same
  // people and the same standing relative to the seed day, whatever day the seed is built on
  // (with one shared stream, how much history earlier customers drew shifted every later one).
  const ctx: CustomerSeedContext = {
    ...shared,
    random: new Random(streamSeed(shared.seed, sequence)),
  };
  const { random, today } = ctx;
  const profile: Profile =
    sequence < PROFILES.length ? (PROFILES[sequence] as Profile) : random.weighted(PROFILE_WEIGHTS);
  const showcase = SHOWCASES[sequence] ?? {};
  const countryCode = random.weighted(COUNTRY_WEIGHTS);
  const marketSegment = random.weighted<MarketSegment>([
    ['COM', 70],
    ['EDU', 18],
    ['GOV', 12],
  ]);
  const marketSubSegments: MarketSubSegment[] =
    marketSegment === 'EDU'
      ? [random.pick(['K_12', 'HIGHER_ED'] as const)]
      : marketSegment === 'COM' && random.chance(0.1)
        ? ['NON_PROFIT']
        : [];
  const name = companyName(ctx, marketSegment, COMPANY_FORMS[countryCode]);
  const domain = domainOf(name);
  const contactFirst = random.pick(NAME_PARTS.personFirst);
  const contactLast = random.pick(NAME_PARTS.personLast);
  const accountManager = ctx.accountManagers[sequence % ctx.accountManagers.length] as MemberRecord;
  const salesRep = ctx.salesReps[random.int(0, ctx.salesReps.length - 1)] as MemberRecord;
  const dates = datesFor(profile, ctx);
  const { pendingPa } = dates;
  const firstPaPending = profile === 'INVITED_WITH_PA';
  // A pending PA belongs to the current term: the anniversary is at most a year after it.
  const coterm =
    dates.coterm && pendingPa && !firstPaPending
      ? minDate(dates.coterm, addDays(addMonths(pendingPa, 12), -1))
      : dates.coterm;
  const id = `cus-${String(sequence + 1).padStart(6, '0')}`;
  const invitationAccepted = profile !== 'INVITED' && profile !== 'INVITED_WITH_PA';

  // A first term starts 12 months before the anniversary; older customers renewed since.
  const yearsRenewed = coterm && !firstPaPending ? random.int(0, 3) : 0;
  const firstTermStart = coterm ? addMonths(coterm, -12 * (yearsRenewed + 1)) : null;
  let creationDate = firstTermStart
    ? addDays(firstTermStart, -random.int(0, 30))
    : addDays(today, -random.int(0, 45));
  if (pendingPa && compareDates(pendingPa, creationDate) < 0) creationDate = pendingPa;

  const eligible = ctx.offers.filter(
    (offer) => offer.marketSegments.includes(marketSegment) && !offer.educationDevice,
  );
  const licenseType = random.chance(0.7) ? 'TEAM' : 'ENTERPRISE';
  const book: OrderBook = {
    customerId: id,
    currency: currencyOfCountry(countryCode),
    orders: [],
    invoices: [],
    activity: [],
  };
  const { subscriptions, purchaseAuthorizations } = coterm
    ? buildHistory(
        ctx,
        {
          customerId: id,
          coterm,
          pendingPa,
          firstPaPending,
          yearsRenewed,
          licenseType,
          offers: eligible.filter((o) => o.licenseType === licenseType && !o.addOn),
          addOns: eligible.filter((o) => o.addOn),
          accountManagerId: accountManager.id,
          salesRepId: salesRep.id,
          showcase,
        },
        book,
      )
    : { subscriptions: [], purchaseAuthorizations: [] };

  chooseCancellations(random, subscriptions, showcase);
  const withUsers = sequence < LICENCES_SEEDED_BELOW;
  if (withUsers) {
    const pending = purchaseAuthorizations.find((pa) => pa.status === 'PENDING');
    const assigned = showcase.pendingAssigned ?? random.chance(0.35);
    chooseUsedQuantities(random, today, subscriptions, pending, assigned);
    // The showcase reduction needs a free seat to reduce.
    const reducible = subscriptions.find((s) => s.currentQuantity >= 2);
    if (showcase.reduction && reducible && reducible.usedQuantity >= reducible.currentQuantity) {
      reducible.usedQuantity = reducible.currentQuantity - 1;
    }
  }
  finishTerms(random, today, subscriptions, showcase);
  const facts = factsOf(subscriptions, today);

  const holderName = `${contactFirst} ${contactLast}`;
  const paymentMethods =
    invitationAccepted && subscriptions.length > 0 && (showcase.cards || random.chance(0.5))
      ? seedCards(ctx, { id, creationDate, holderName })
      : [];
  settleInvoices(ctx, book.invoices, paymentMethods, showcase.overdueInvoice === true);
  const upcoming = upcomingInvoices(
    ctx,
    { id, currencyCode: book.currency, liveLicences: facts.totalLicences },
    subscriptions,
  );
  const caseCount =
    showcase.cases ??
    (invitationAccepted && random.chance(0.15)
      ? random.weighted([
          [1, 6],
          [2, 3],
          [3, 1],
        ])
      : 0);
  const supportCases = seedCases(
    ctx,
    { id, creationDate, accountManagerId: accountManager.id, salesRepId: salesRep.id },
    caseCount,
  );

  const pendingDates = purchaseAuthorizations
    .filter((pa) => pa.status === 'PENDING')
    .map((pa) => pa.creationDate)
    .sort(compareDates);
  const customer: CustomerRecord = {
    id,
    vipId: vipIdFor(sequence),
    companyName: name,
    marketSegment,
    marketSubSegments,
    countryCode,
    currencyCode: book.currency,
    contact: {
      firstName: contactFirst,
      lastName: contactLast,
      email: `${slugOf(contactFirst)}.${slugOf(contactLast)}@${domain}`,
    },
    accountManagerId: accountManager.id,
    salesRepId: salesRep.id,
    creationDate,
    cotermDate: facts.cotermDate ?? coterm,
    invitationAccepted,
    oldestPendingPaCreationDate: pendingDates[0] ?? null,
    renewingSubscriptionCount: facts.renewingSubscriptionCount,
    subscriptionCount: facts.subscriptionCount,
    totalLicences: facts.totalLicences,
    poNumbers: [
      ...new Set(purchaseAuthorizations.flatMap((pa) => (pa.poNumber ? [pa.poNumber] : []))),
    ],
    version: 1,
  };
  const activity = timeActivity(book.activity, random, today, { id, index: sequence });
  // A PA or order was created at the instant its activity entry says: History orders a day's
  // entries by it, as it orders those made through the API.
  const createdAt = new Map(
    activity
      .filter((entry) => entry.action === 'authorization.created' || entry.subject.type === 'order')
      .map((entry) => [entry.subject.id, entry.at]),
  );
  for (const record of [...purchaseAuthorizations, ...book.orders]) {
    record.createdAt = createdAt.get(record.id) ?? record.createdAt;
  }
  return {
    customer,
    subscriptions,
    purchaseAuthorizations,
    orders: book.orders,
    invoices: [...book.invoices, ...upcoming],
    paymentMethods,
    licenceAssignments: withUsers
      ? seedAssignments(random, today, { id, domain }, subscriptions)
      : [],
    supportCases,
    activity,
  };
}
