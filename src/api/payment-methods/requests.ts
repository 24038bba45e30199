import { apiRequest } from '../client';
import { PaymentMethodListSchema, PaymentMethodSchema, type AddCardRequest } from './schemas';

function methodsPath(customerId: string): string {
  return `/customers/${encodeURIComponent(customerId)}/payment-methods`;
}

function methodPath(customerId: string, paymentMethodId: string): string {
  return `${methodsPath(customerId)}/${encodeURIComponent(paymentMethodId)}`;
}

/** The customer's cards (the default first) and how to pay by bank transfer or check. */
export function listPaymentMethods(customerId: string, signal?: AbortSignal) {
  return apiRequest({
    path: methodsPath(customerId),
    schema: PaymentMethodListSchema,
    ...(signal ? { signal } : {}),
  });
}

/** Adds a card; the backend checks it with the same `validateCard` and keeps the last four. */
export function addCard(customerId: string, body: AddCardRequest, idempotencyKey: string) {
  return apiRequest({
    method: 'POST',
    path: methodsPath(customerId),
    body,
    schema: PaymentMethodSchema,
    idempotencyKey,
  });
}

/** Makes a card the default (If-Match: the card's version). */
export function setDefaultPaymentMethod(
  customerId: string,
  method: { id: string; version: number },
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'POST',
    path: `${methodPath(customerId, method.id)}/default`,
    schema: PaymentMethodSchema,
    version: method.version,
    idempotencyKey,
  });
}

/** Removes a card other than the default (If-Match: the card's version). */
export function removePaymentMethod(
  customerId: string,
  method: { id: string; version: number },
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'DELETE',
    path: methodPath(customerId, method.id),
    schema: null,
    version: method.version,
    idempotencyKey,
  });
}
