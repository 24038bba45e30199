import { addDays, addMonths, compareDates, type CalendarDate } from '@/domain/calendar-date';
import {
  currencyOfCountry,
  type MarketSegment,
  type MarketSubSegment,
} from '@/domain/customer-profile';
import { DEFAULT_RULES } from '@/domain/rules';
import type {
  CustomerRecord,
  MemberRecord,
  OfferRecord,
  PurchaseAuthorizationRecord,
  SubscriptionRecord,
} from '../db/records';
import { COMPANY_FORMS, COUNTRY_WEIGHTS, NAME_PARTS } from './names';
import type { Random } from './random';

/** How a seeded customer stands on the seed day; the first ones cycle through all of them. */
const PROFILES = [
  'ACTIVE',
  'INVITED',
  'DELAYED',
  'SUSPENDED',
  'INACTIVE',
  'RENEWAL_WINDOW',
  'IN_GRACE',
  'YOUNG_PA',
  'PA_NEAR_DEADLINE',
  'DUE_TODAY',
  'UPCOMING_RENEWAL',
  'INVITED_WITH_PA',
] as const;
type Profile = (typeof PROFILES)[number];

const PROFILE_WEIGHTS: readonly (readonly [Profile, number])[] = [
  ['ACTIVE', 48],
  ['INVITED', 6],
  ['INVITED_WITH_PA', 2],
  ['DELAYED', 6],
  ['SUSPENDED', 3],
  ['INACTIVE', 5],
  ['RENEWAL_WINDOW', 8],
  ['IN_GRACE', 4],
  ['YOUNG_PA', 8],
  ['PA_NEAR_DEADLINE', 3],
  ['DUE_TODAY', 1],
  ['UPCOMING_RENEWAL', 6],
];

export interface SeededCustomer {
  customer: CustomerRecord;
  subscriptions: SubscriptionRecord[];
  purchaseAuthorizations: PurchaseAuthorizationRecord[];
}

export interface CustomerSeedContext {
  random: Random;
  today: CalendarDate;
  offers: OfferRecord[];
  accountManagers: MemberRecord[];
  salesReps: MemberRecord[];
}

export const FIRST_VIP_ID = 1_005_000_000;

export function vipIdFor(sequence: number): string {
  return String(FIRST_VIP_ID + sequence);
}

function companyName(ctx: CustomerSeedContext, segment: MarketSegment, form: string): string {
  const { random } = ctx;
  const first = random.pick(NAME_PARTS.first);
  if (segment === 'EDU') return `${first} ${random.pick(NAME_PARTS.eduSecond)}`;
  if (segment === 'GOV') return `${first} ${random.pick(NAME_PARTS.govSecond)}`;
  return `${first} ${random.pick(NAME_PARTS.second)} ${form}`;
}

function emailOf(first: string, last: string, company: string): string {
  const slug = (value: string) =>
    value
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
  return `${slug(first)}.${slug(last)}@${slug(company).slice(0, 24)}.example`;
}

/** The anniversary and the pending PA (if any) each profile starts from. */
function datesFor(profile: Profile, ctx: CustomerSeedContext) {
  const { random, today } = ctx;
  const rules = DEFAULT_RULES;
  const days = (min: number, max: number) => random.int(min, max);
  switch (profile) {
    case 'ACTIVE':
      return { coterm: addDays(today, days(91, 360)), pendingPa: null };
    case 'UPCOMING_RENEWAL':
      return { coterm: addDays(today, days(31, 90)), pendingPa: null };
    case 'RENEWAL_WINDOW':
      return { coterm: addDays(today, days(1, 30)), pendingPa: null };
    case 'DUE_TODAY':
      return { coterm: today, pendingPa: null };
    case 'IN_GRACE':
      return { coterm: addDays(today, -days(1, rules.renewalGraceDays)), pendingPa: null };
    case 'INACTIVE':
      return { coterm: addDays(today, -days(rules.renewalGraceDays + 1, 400)), pendingPa: null };
    case 'YOUNG_PA':
      return { coterm: addDays(today, days(120, 360)), pendingPa: addDays(today, -days(0, 20)) };
    case 'PA_NEAR_DEADLINE':
      return { coterm: addDays(today, days(120, 360)), pendingPa: addDays(today, -days(27, 30)) };
    case 'DELAYED':
      return { coterm: addDays(today, days(60, 330)), pendingPa: addDays(today, -days(31, 60)) };
    case 'SUSPENDED':
      return { coterm: addDays(today, days(30, 300)), pendingPa: addDays(today, -days(61, 150)) };
    case 'INVITED':
      return { coterm: null, pendingPa: null };
    case 'INVITED_WITH_PA': {
      const pa = addDays(today, -days(0, 25));
      return { coterm: addMonths(pa, rules.firstTermMonths), pendingPa: pa };
    }
  }
}

/** One customer with its subscriptions and PAs, consistent with each other and the seed day. */
export function seedCustomer(ctx: CustomerSeedContext, sequence: number): SeededCustomer {
  const { random, today } = ctx;
  const profile: Profile =
    sequence < PROFILES.length ? (PROFILES[sequence] as Profile) : random.weighted(PROFILE_WEIGHTS);
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
  const contactFirst = random.pick(NAME_PARTS.personFirst);
  const contactLast = random.pick(NAME_PARTS.personLast);
  const accountManager = ctx.accountManagers[sequence % ctx.accountManagers.length] as MemberRecord;
  const salesRep = ctx.salesReps[random.int(0, ctx.salesReps.length - 1)] as MemberRecord;
  const { coterm, pendingPa } = datesFor(profile, ctx);
  const id = `cus-${String(sequence + 1).padStart(6, '0')}`;

  // A first term starts 12 months before the anniversary; older customers renewed since.
  const yearsRenewed = coterm ? random.int(0, 3) : 0;
  const firstTermStart = coterm ? addMonths(coterm, -12 * (yearsRenewed + 1)) : null;
  let creationDate = firstTermStart
    ? addDays(firstTermStart, -random.int(0, 30))
    : addDays(today, -random.int(0, 45));
  if (pendingPa && compareDates(pendingPa, creationDate) < 0) creationDate = pendingPa;

  const eligible = ctx.offers.filter(
    (offer) => offer.marketSegments.includes(marketSegment) && !offer.educationDevice,
  );
  const licenseType = random.chance(0.7) ? 'TEAM' : 'ENTERPRISE';
  const baseOffers = eligible.filter((offer) => offer.licenseType === licenseType && !offer.addOn);
  const addOns = eligible.filter((offer) => offer.addOn);
  const subscriptions: SubscriptionRecord[] = [];
  const purchaseAuthorizations: PurchaseAuthorizationRecord[] = [];

  if (coterm && firstTermStart) {
    const chosen = random.sample(baseOffers, random.int(1, 3));
    if (random.chance(0.15) && addOns.length > 0) chosen.push(random.pick(addOns));
    const big = random.chance(0.12);
    chosen.forEach((offer, index) => {
      const quantity = big ? random.int(20, 400) : random.int(1, 25);
      const used = random.chance(0.2) ? quantity : random.int(0, quantity);
      const roll = random.next();
      const scheduledChange: SubscriptionRecord['scheduledChange'] =
        roll < 0.05 && quantity > 1
          ? {
              type: 'REDUCTION',
              renewalQuantity: Math.max(used, Math.floor(quantity / 2)),
              effectiveDate: coterm,
            }
          : roll < 0.08
            ? { type: 'CANCELLATION', effectiveDate: coterm }
            : null;
      const autoRenew = random.chance(0.6);
      subscriptions.push({
        id: `sub-${id.slice(4)}-${index + 1}`,
        customerId: id,
        offerId: offer.id,
        currentQuantity: quantity,
        usedQuantity: used,
        creationDate: firstTermStart,
        renewalDate: coterm,
        autoRenewal: { enabled: autoRenew, renewalQuantity: quantity },
        status: 'ACTIVE',
        scheduledChange,
        version: 1,
      });
    });
    // The first term began with a PA that was ordered in time.
    purchaseAuthorizations.push({
      id: `pa-${id.slice(4)}-1`,
      number: `PA${String(sequence * 4 + 1).padStart(8, '0')}`,
      customerId: id,
      licenseType,
      deploymentDate: firstTermStart,
      lineItems: subscriptions.map((s) => ({ offerId: s.offerId, quantity: s.currentQuantity })),
      poNumber: random.chance(0.6)
        ? `PO-${firstTermStart.slice(0, 4)}-${random.int(10000, 99999)}`
        : null,
      creationDate: firstTermStart,
      createdBy: accountManager.id,
      status: pendingPa === firstTermStart ? 'PENDING' : 'ORDERED',
      version: 1,
    });
  }
  if (pendingPa && !purchaseAuthorizations.some((pa) => pa.status === 'PENDING')) {
    const offer = random.pick(baseOffers);
    purchaseAuthorizations.push({
      id: `pa-${id.slice(4)}-2`,
      number: `PA${String(sequence * 4 + 2).padStart(8, '0')}`,
      customerId: id,
      licenseType,
      deploymentDate: pendingPa,
      lineItems: [{ offerId: offer.id, quantity: random.int(1, 20) }],
      poNumber: random.chance(0.7)
        ? `PO-${pendingPa.slice(0, 4)}-${random.int(10000, 99999)}`
        : null,
      creationDate: pendingPa,
      createdBy: salesRep.id,
      status: 'PENDING',
      version: 1,
    });
  }

  const renewing = subscriptions.filter((s) => s.scheduledChange?.type !== 'CANCELLATION');
  const pendingDates = purchaseAuthorizations
    .filter((pa) => pa.status === 'PENDING')
    .map((pa) => pa.creationDate)
    .sort();
  const customer: CustomerRecord = {
    id,
    vipId: vipIdFor(sequence),
    companyName: name,
    marketSegment,
    marketSubSegments,
    countryCode,
    currencyCode: currencyOfCountry(countryCode),
    contact: {
      firstName: contactFirst,
      lastName: contactLast,
      email: emailOf(contactFirst, contactLast, name),
    },
    accountManagerId: accountManager.id,
    salesRepId: salesRep.id,
    creationDate,
    cotermDate: coterm,
    invitationAccepted: profile !== 'INVITED' && profile !== 'INVITED_WITH_PA',
    oldestPendingPaCreationDate: pendingDates[0] ?? null,
    renewingSubscriptionCount: renewing.length,
    subscriptionCount: subscriptions.length,
    totalLicences: subscriptions.reduce((sum, s) => sum + s.currentQuantity, 0),
    poNumbers: purchaseAuthorizations.flatMap((pa) => (pa.poNumber ? [pa.poNumber] : [])),
    version: 1,
  };
  return { customer, subscriptions, purchaseAuthorizations };
}
