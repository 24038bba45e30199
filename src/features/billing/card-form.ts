import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { AddCardRequest } from '@/api/payment-methods/schemas';
import type { CalendarDate } from '@/domain/calendar-date';
import { validateCard, type CardField, type CardInput } from '@/domain/payment-card';

/** The form as typed: text, so nothing typed is lost to a number conversion. */
export interface CardFormValues {
  number: string;
  /** MM/YYYY (or MM/YY), as printed on the card. */
  expiry: string;
  cvc: string;
  holderName: string;
  makeDefault: boolean;
}

export const EMPTY_CARD_FORM: CardFormValues = {
  number: '',
  expiry: '',
  cvc: '',
  holderName: '',
  makeDefault: false,
};

/**
 * Month and year of a typed expiry. A two-digit year is in this century: cards printed "03/28"
 * expire in 2028 (decided; no card in use expires in another century). Unreadable input gives
 * month 0, which validateCard answers as EXPIRY_INVALID.
 */
export function parseExpiry(text: string): { expiryMonth: number; expiryYear: number } {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!match) return { expiryMonth: 0, expiryYear: 0 };
  const year = Number(match[2]);
  return { expiryMonth: Number(match[1]), expiryYear: year < 100 ? 2000 + year : year };
}

export function toCardInput(values: CardFormValues): CardInput {
  return {
    number: values.number.trim(),
    ...parseExpiry(values.expiry),
    cvc: values.cvc.trim(),
    holderName: values.holderName,
  };
}

/** The request, once the form passed validateCard (so the shape checks pass too). */
export function toAddCardRequest(values: CardFormValues): AddCardRequest {
  const input = toCardInput(values);
  return { ...input, holderName: input.holderName.trim(), makeDefault: values.makeDefault };
}

/** The form field each of validateCard's fields is typed in. */
export const FORM_FIELD: Record<CardField, keyof CardFormValues> = {
  number: 'number',
  expiry: 'expiry',
  cvc: 'cvc',
  holderName: 'holderName',
};

/** The API names the request's fields; the form has one expiry field for both parts. */
export const FORM_FIELD_OF_PATH: Record<string, keyof CardFormValues> = {
  number: 'number',
  expiryMonth: 'expiry',
  expiryYear: 'expiry',
  cvc: 'cvc',
  holderName: 'holderName',
};

/**
 * The form's rules are the domain's (validateCard, on the business date): the same check the
 * backend makes, each issue translated under its field.
 */
export function cardFormSchema(t: TFunction, today: CalendarDate) {
  return z
    .object({
      number: z.string(),
      expiry: z.string(),
      cvc: z.string(),
      holderName: z.string(),
      makeDefault: z.boolean(),
    })
    .superRefine((values, ctx) => {
      for (const issue of validateCard(toCardInput(values), today)) {
        ctx.addIssue({
          code: 'custom',
          path: [FORM_FIELD[issue.field]],
          message: t(`billing:card.issues.${issue.reason}`),
        });
      }
    });
}
