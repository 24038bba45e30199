import type { TFunction } from 'i18next';
import { z } from 'zod';
import {
  PoNumberSchema,
  type CreatePurchaseAuthorizationRequest,
} from '@/api/authorizations/schemas';
import type { Offer } from '@/api/offers/schemas';
import {
  deploymentDateIssue,
  isQuantityInRange,
  type LicenseType,
  type PaLine,
} from '@/domain/authorizations';
import { isCalendarDate, type CalendarDate } from '@/domain/calendar-date';
import type { MarketSegment } from '@/domain/customer-profile';
import { DEFAULT_RULES, type Rules } from '@/domain/rules';
import { formatCalendarDate, formatNumber } from '@/i18n/format';
import { zodIssueMessage } from '@/i18n/zod-messages';
import { parseSeats } from '@/lib/parse-seats';

/** The form as typed: text, so nothing the user typed is lost to a number conversion. */
export interface PaFormValues {
  licenseType: LicenseType | '';
  lines: { offerId: string; quantity: string }[];
  deploymentDate: string;
  poNumber: string;
}

export function emptyPaForm(today: CalendarDate): PaFormValues {
  return {
    licenseType: '',
    lines: [{ offerId: '', quantity: '' }],
    deploymentDate: today,
    poNumber: '',
  };
}

/** The offers a PA of this licence type may hold for this segment (SPEC §5.4). */
export function offersFor(
  offers: readonly Offer[],
  licenseType: LicenseType | '',
  segment: MarketSegment,
): Offer[] {
  if (licenseType === '') return [];
  return offers.filter(
    (offer) =>
      offer.licenseType === licenseType &&
      !offer.educationDevice &&
      offer.marketSegments.includes(segment),
  );
}

/** The lines fit to price: an offer chosen and a quantity in range (the preview skips others). */
export function priceableLines(values: PaFormValues, rules: Rules = DEFAULT_RULES): PaLine[] {
  if (values.licenseType === '') return [];
  const licenseType = values.licenseType;
  const seen = new Set<string>();
  const lines: PaLine[] = [];
  for (const line of values.lines) {
    const quantity = parseSeats(line.quantity);
    if (line.offerId === '' || seen.has(line.offerId) || quantity === null) continue;
    if (!isQuantityInRange(quantity, licenseType, rules)) continue;
    seen.add(line.offerId);
    lines.push({ offerId: line.offerId, quantity });
  }
  return lines;
}

export interface PaFormContext {
  today: CalendarDate;
  /** The anniversary the new seats co-terminate on: the deployment date must be before it. */
  anniversary: CalendarDate;
  language: string;
  rules?: Rules;
}

export function quantityRangeText(
  t: TFunction,
  licenseType: LicenseType,
  language: string,
  rules: Rules = DEFAULT_RULES,
): string {
  const range = rules.quantityPerLine[licenseType];
  return t('authorizations:form.quantityRange', {
    min: formatNumber(range.min, language),
    max: formatNumber(range.max, language),
    type: t(`common:licenseTypes.${licenseType}`),
  });
}

/**
 * The dialog's rules in the reader's language. They are the domain's (quantity range, no offer
 * twice, 1–499 lines, deployment date, PO number schema); the API checks the same again.
 */
export function paFormSchema(t: TFunction, context: PaFormContext) {
  const rules = context.rules ?? DEFAULT_RULES;
  return z
    .object({
      licenseType: z.enum(['', 'ENTERPRISE', 'TEAM']),
      lines: z.array(z.object({ offerId: z.string(), quantity: z.string() })),
      deploymentDate: z.string(),
      poNumber: z.string(),
    })
    .superRefine((values, ctx) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      const licenseType = values.licenseType === '' ? null : values.licenseType;
      if (licenseType === null) issue(['licenseType'], t('authorizations:form.chooseType'));
      if (values.lines.length > rules.linesPerOrder.max) {
        issue(['lines'], t('errors:codes.TOO_MANY_LINES'));
      }
      const seen = new Set<string>();
      values.lines.forEach((line, index) => {
        if (line.offerId === '') {
          issue(['lines', index, 'offerId'], t('authorizations:form.chooseOffer'));
        } else if (seen.has(line.offerId)) {
          issue(['lines', index, 'offerId'], t('authorizations:form.duplicateOffer'));
        }
        seen.add(line.offerId);
        const quantity = parseSeats(line.quantity);
        if (line.quantity.trim() === '') {
          issue(['lines', index, 'quantity'], t('validation:required'));
        } else if (quantity === null) {
          issue(['lines', index, 'quantity'], t('authorizations:form.wholeNumber'));
        } else if (licenseType && !isQuantityInRange(quantity, licenseType, rules)) {
          issue(
            ['lines', index, 'quantity'],
            quantityRangeText(t, licenseType, context.language, rules),
          );
        }
      });
      if (!isCalendarDate(values.deploymentDate)) {
        issue(['deploymentDate'], t('validation:calendarDate'));
      } else {
        const dateIssue = deploymentDateIssue(
          values.deploymentDate,
          context.today,
          context.anniversary,
        );
        if (dateIssue === 'BEFORE_TODAY') {
          issue(
            ['deploymentDate'],
            t('authorizations:form.notBeforeToday', {
              date: formatCalendarDate(context.today, context.language),
            }),
          );
        } else if (dateIssue === 'NOT_BEFORE_ANNIVERSARY') {
          issue(
            ['deploymentDate'],
            t('authorizations:form.beforeAnniversary', {
              date: formatCalendarDate(context.anniversary, context.language),
            }),
          );
        }
      }
      const po = PoNumberSchema.safeParse(values.poNumber);
      if (!po.success) {
        const first = po.error.issues[0];
        if (first) issue(['poNumber'], zodIssueMessage(t, first));
      }
    });
}

/** The request the form's (valid) values make. */
export function toCreateRequest(values: PaFormValues): CreatePurchaseAuthorizationRequest {
  return {
    licenseType: values.licenseType as LicenseType,
    deploymentDate: values.deploymentDate,
    lineItems: values.lines.map((line) => ({
      offerId: line.offerId,
      quantity: parseSeats(line.quantity) ?? 0,
    })),
    poNumber: PoNumberSchema.parse(values.poNumber),
  };
}

/** Which form field an API field path names (`lineItems.2.quantity` → `lines.2.quantity`). */
export function formFieldOf(apiPath: string): string | null {
  const line = /^lineItems\.(\d+)\.(offerId|quantity)$/.exec(apiPath);
  if (line) return `lines.${line[1]}.${line[2]}`;
  if (apiPath === 'deploymentDate' || apiPath === 'poNumber' || apiPath === 'licenseType') {
    return apiPath;
  }
  return null;
}

/** The field a line refusal (422 with details.lineIndex) belongs under. */
export function lineFieldOfRefusal(code: string, lineIndex: number): string {
  return code === 'QUANTITY_OUT_OF_RANGE'
    ? `lines.${lineIndex}.quantity`
    : `lines.${lineIndex}.offerId`;
}
