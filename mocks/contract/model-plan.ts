import { compareDates, daysBetween } from '@/domain/calendar-date';
import { isRenewalDue, renewalStage } from '@/domain/renewal-stage';
import { deriveCustomerStatus } from '@/domain/customer-status';
import type { ApiHarness } from '../testing/harness';
import type { Step } from './model-ops';

export interface PlannedRequest {
  method: string;
  path: string;
  body?: unknown;
  version?: number;
  /** Another actor than the step's (e.g. the administrator for a stale-version check). */
  actor?: string;
  /** The table that gains exactly one row when the request succeeds. */
  creates?: string;
  /** Why this request must be refused, whoever sends it. */
  mustRefuse?: string;
  expectStatus?: number;
}

const at = <T>(rows: T[], pick: number): T | undefined =>
  rows.length === 0 ? undefined : rows[pick % rows.length];
const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Turns a random step into a concrete request against the current state, or null. */
export async function planRequest(harness: ApiHarness, step: Step): Promise<PlannedRequest | null> {
  const snapshot = await harness.snapshot();
  const state = {
    ...snapshot,
    customers: byId(snapshot.customers),
    offers: byId(snapshot.offers),
    subscriptions: byId(snapshot.subscriptions),
    authorizations: byId(snapshot.authorizations),
    orders: byId(snapshot.orders),
    invoices: byId(snapshot.invoices),
    assignments: byId(snapshot.assignments),
    cards: byId(snapshot.cards),
  };
  const { op } = step;
  const pending = state.authorizations.filter((pa) => pa.status === 'PENDING');
  const held = state.subscriptions.filter((s) => s.currentQuantity > 0);
  const customerPath = (id: string) => `/customers/${id}`;
  switch (op.kind) {
    case 'createPa': {
      const customer = at(state.customers, op.pick);
      if (!customer) return null;
      const licenseType = op.enterprise ? 'ENTERPRISE' : 'TEAM';
      const eligible = state.offers.filter(
        (offer) =>
          offer.licenseType === licenseType &&
          offer.marketSegments.includes(customer.marketSegment) &&
          !offer.educationDevice,
      );
      const chosen = [...new Set(op.offers.map((i) => at(eligible, i)))].filter(
        (offer) => offer !== undefined,
      );
      if (chosen.length === 0) return null;
      const { status } = deriveCustomerStatus(customer, state.today);
      return {
        method: 'POST',
        path: `${customerPath(customer.id)}/purchase-authorizations`,
        body: {
          licenseType,
          deploymentDate: state.today,
          lineItems: chosen.map((offer) => ({ offerId: offer.id, quantity: op.quantity })),
          poNumber: `PO-MODEL-${op.pick}`,
        },
        creates: 'purchaseAuthorizations',
        ...(status === 'DELAYED' || status === 'SUSPENDED'
          ? { mustRefuse: `no PA for a ${status} customer` }
          : {}),
      };
    }
    case 'editPa':
    case 'withdrawPa':
    case 'placeOrder': {
      const pa = at(pending, op.pick);
      if (!pa) return null;
      const base = `${customerPath(pa.customerId)}/purchase-authorizations/${pa.id}`;
      if (op.kind === 'editPa') {
        const lines =
          pa.lineItems.length > 1
            ? pa.lineItems.slice(0, -1)
            : pa.lineItems.map((line) => ({ ...line, quantity: Math.max(1, line.quantity - 1) }));
        return { method: 'PATCH', path: base, body: { lineItems: lines }, version: pa.version };
      }
      if (op.kind === 'withdrawPa') {
        return { method: 'POST', path: `${base}/withdraw`, version: pa.version };
      }
      return { method: 'POST', path: `${base}/order`, version: pa.version, creates: 'orders' };
    }
    case 'returnOrder': {
      // Mostly orders still inside their return window, so that returns get through.
      const returnable = state.orders.filter((o) => o.orderType !== 'RETURN');
      const young = returnable.filter((o) => daysBetween(o.creationDate, state.today) <= 14);
      const order = at(op.pick % 4 === 0 || young.length === 0 ? returnable : young, op.pick);
      const line = order?.lineItems[0];
      if (!order || !line) return null;
      const left = Math.max(1, line.quantity - line.returnedQuantity);
      return {
        method: 'POST',
        path: `${customerPath(order.customerId)}/orders/${order.id}/returns`,
        body: {
          lineItems: [
            { lineNumber: line.lineNumber, quantity: op.pick % 3 === 0 ? op.quantity : left },
          ],
        },
        version: order.version,
        creates: 'orders',
      };
    }
    case 'renew':
    case 'autoRenew':
    case 'addSeats':
    case 'reduce':
    case 'cancel':
    case 'undoChange':
    case 'stale': {
      // Mostly subscriptions the operation can apply to: renewable ones for a renewal, ones with
      // a scheduled change for an undo; the rest check the refusals.
      const fitting = held.filter((sub) =>
        op.kind === 'renew'
          ? isRenewalDue(renewalStage(sub.renewalDate, state.today))
          : op.kind === 'undoChange'
            ? sub.scheduledChange !== null
            : true,
      );
      const sub = at(op.pick % 4 === 0 || fitting.length === 0 ? held : fitting, op.pick);
      if (!sub) return null;
      const base = `${customerPath(sub.customerId)}/subscriptions/${sub.id}`;
      const version = sub.version;
      switch (op.kind) {
        case 'renew':
          return {
            method: 'POST',
            path: `${base}/renewal`,
            body: { quantity: Math.max(1, sub.currentQuantity + op.delta) },
            version,
            creates: 'orders',
          };
        case 'autoRenew':
          return {
            method: 'PATCH',
            path: `${base}/auto-renewal`,
            body: { enabled: op.enabled, renewalQuantity: sub.currentQuantity },
            version,
          };
        case 'addSeats':
          return {
            method: 'POST',
            path: `${base}/seats`,
            body: { quantity: op.quantity },
            version,
            creates: 'orders',
          };
        case 'reduce':
          return {
            method: 'PUT',
            path: `${base}/scheduled-change`,
            body: {
              type: 'REDUCTION',
              renewalQuantity: Math.max(sub.usedQuantity, 1, sub.currentQuantity - 1),
            },
            version,
          };
        case 'cancel':
          return {
            method: 'PUT',
            path: `${base}/scheduled-change`,
            body: { type: 'CANCELLATION' },
            version,
          };
        case 'undoChange':
          return { method: 'DELETE', path: `${base}/scheduled-change`, version };
        case 'stale':
          // The administrator sends an update based on another version: always 409.
          return {
            method: 'PATCH',
            path: `${base}/auto-renewal`,
            body: { enabled: true, renewalQuantity: sub.currentQuantity },
            version: version + 1,
            actor: 'mem-alva',
            expectStatus: 409,
          };
      }
      return null;
    }
    case 'assign': {
      const sub = at(held, op.pick);
      if (!sub) return null;
      return {
        method: 'POST',
        path: `${customerPath(sub.customerId)}/licence-assignments`,
        body: {
          subscriptionId: sub.id,
          user: {
            firstName: 'Model',
            lastName: `User ${op.pick}`,
            email: `user${op.pick}.${sub.usedQuantity}@model.example`,
          },
        },
        creates: 'licenceAssignments',
      };
    }
    case 'unassign': {
      const assignment = at(
        state.assignments.filter((a) => a.active),
        op.pick,
      );
      if (!assignment) return null;
      return {
        method: 'DELETE',
        path: `${customerPath(assignment.customerId)}/licence-assignments/${assignment.id}`,
        version: assignment.version,
      };
    }
    case 'pay': {
      const open = state.invoices.filter(
        (invoice) =>
          invoice.kind === 'INVOICE' &&
          invoice.paidDate === null &&
          compareDates(invoice.issueDate, state.today) <= 0,
      );
      const invoice = at(open, op.pick);
      if (!invoice) return null;
      const card = state.cards.find((c) => c.customerId === invoice.customerId && c.isDefault);
      if (!card) {
        return {
          method: 'POST',
          path: `${customerPath(invoice.customerId)}/payment-methods`,
          body: {
            number: '4111 1111 1111 1111',
            expiryMonth: 12,
            expiryYear: 2099,
            cvc: '123',
            holderName: 'Model Payer',
          },
          creates: 'paymentMethods',
        };
      }
      return {
        method: 'POST',
        path: `${customerPath(invoice.customerId)}/invoices/${invoice.id}/payment`,
        body: { paymentMethodId: card.id },
        version: invoice.version,
      };
    }
    case 'moveClock':
      return null;
  }
}
