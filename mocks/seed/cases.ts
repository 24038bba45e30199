import { addDays, daysBetween, type CalendarDate } from '@/domain/calendar-date';
import type { CaseStatus, CaseType, SupportCaseRecord } from '../db/records';
import { idOf } from '../services/sequences';
import { instantOn } from './activity';
import type { CustomerSeedContext } from './types';

const SUBJECTS: Record<CaseType, readonly (readonly [string, string])[]> = {
  BILLING: [
    ['Invoice shows the wrong VAT number', 'The last invoice carries our old VAT number.'],
    ['Charged twice for the same order', 'The card statement shows the order charged twice.'],
    ['Credit note missing after a return', 'We returned seats but see no credit note yet.'],
    ['Need the invoice in another currency', 'Finance asks whether the invoice can be re-issued.'],
    [
      'Payment by bank transfer not matched',
      'We paid by transfer; the invoice still shows unpaid.',
    ],
  ],
  TECHNICAL: [
    ['Users cannot sign in after assignment', 'Newly assigned users get an error at sign-in.'],
    ['Licence not shown in the desktop app', 'The app still runs in trial mode for two users.'],
    ['Installer fails on managed laptops', 'The installer stops at 80 % on our managed machines.'],
    ['Fonts do not sync between devices', 'Premium fonts activated on one laptop are missing.'],
    ['Storage quota shown as zero', 'The storage add-on does not appear in the admin view.'],
    ['Single sign-on setup question', 'How do we connect our identity provider for SSO?'],
  ],
};

const COMMENTS = [
  'Thanks, we are looking into it.',
  'Could you send a screenshot of the error?',
  'Forwarded to the vendor; waiting for their answer.',
  'The customer confirmed the workaround helps.',
  'Re-issued the document; please check.',
  'Asked the customer for the affected user names.',
  'Vendor says a fix ships with the next release.',
  'Checked with finance: the payment is now matched.',
] as const;

/**
 * Support cases of one customer, with comments by the team members who look after it. Instants
 * come from the seed day, never the wall clock, and lie before it: the same seed and day always
 * give the same cases.
 */
export function seedCases(
  ctx: CustomerSeedContext,
  customer: {
    id: string;
    creationDate: CalendarDate;
    accountManagerId: string;
    salesRepId: string;
  },
  count: number,
): SupportCaseRecord[] {
  const { random, today } = ctx;
  const lastDay = addDays(today, -1);
  const span = daysBetween(customer.creationDate, lastDay);
  if (span < 0) return [];
  const admin = ctx.administrators[0]?.id ?? customer.accountManagerId;
  const team = [customer.accountManagerId, customer.salesRepId, admin];
  return Array.from({ length: count }, () => {
    const type = random.chance(0.4) ? 'BILLING' : 'TECHNICAL';
    const [subject, description] = random.pick(SUBJECTS[type]);
    const opened = addDays(lastDay, -random.int(0, Math.min(span, 180)));
    const age = daysBetween(opened, today);
    const status = random.weighted<CaseStatus>([
      ['OPEN', age < 30 ? 30 : 8],
      ['IN_PROGRESS', 30],
      ['WAITING_ON_CUSTOMER', 15],
      ['CLOSED', age < 14 ? 5 : 45],
    ]);
    let minute = random.int(8 * 60, 16 * 60);
    const createdAt = instantOn(opened, minute, random.int(0, 59));
    const commentCount =
      status === 'OPEN' ? random.int(0, 1) : random.int(status === 'CLOSED' ? 1 : 0, 4);
    let day = opened;
    const comments = Array.from({ length: commentCount }, (_, index) => {
      const step = random.int(0, Math.min(5, daysBetween(day, lastDay)));
      if (step > 0) minute = random.int(8 * 60, 16 * 60);
      else minute = Math.min(minute + random.int(10, 120), 24 * 60 - 1);
      day = addDays(day, step);
      return {
        id: String(index + 1),
        authorId: random.pick(team),
        createdAt: instantOn(day, minute, random.int(0, 59)),
        body: random.pick(COMMENTS),
      };
    });
    const number = ctx.numbers.next('supportCase');
    const id = idOf(number);
    return {
      id,
      number,
      customerId: customer.id,
      type,
      subject,
      description,
      status,
      priority: random.weighted([
        ['LOW', 35],
        ['MEDIUM', 45],
        ['HIGH', 20],
      ] as const),
      createdAt,
      createdBy: random.pick(team),
      updatedAt: comments.at(-1)?.createdAt ?? createdAt,
      comments: comments.map((comment) => ({ ...comment, id: `com-${id}-${comment.id}` })),
      attachments: [],
      version: 1,
    };
  });
}
