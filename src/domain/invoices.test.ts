import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import { canPayInvoice, invoiceStatus, type InvoiceFacts, type InvoiceStatus } from './invoices';

const TODAY = '2026-11-23';
const at = (days: number) => addDays(TODAY, days);

function invoice(overrides: Partial<InvoiceFacts> = {}): InvoiceFacts {
  return { kind: 'INVOICE', issueDate: at(-10), dueDate: at(20), paidDate: null, ...overrides };
}

describe('invoiceStatus on 2026-11-23', () => {
  const cases: [string, Partial<InvoiceFacts>, InvoiceStatus][] = [
    ['issued tomorrow', { issueDate: at(1), dueDate: at(31) }, 'UPCOMING'],
    ['issued today', { issueDate: TODAY, dueDate: at(30) }, 'UNPAID'],
    ['due tomorrow', { dueDate: at(1) }, 'UNPAID'],
    ['due today', { dueDate: TODAY }, 'UNPAID'],
    ['due yesterday', { dueDate: at(-1) }, 'OVERDUE'],
    ['due long ago', { issueDate: at(-400), dueDate: at(-370) }, 'OVERDUE'],
    ['paid today', { paidDate: TODAY }, 'PAID'],
    ['paid after its due date', { dueDate: at(-5), paidDate: at(-1) }, 'PAID'],
    ['a credit note', { kind: 'CREDIT_NOTE', paidDate: at(-10) }, 'PAID'],
    ['a credit note without a paid date', { kind: 'CREDIT_NOTE', dueDate: at(-1) }, 'PAID'],
    ['a credit note issued tomorrow', { kind: 'CREDIT_NOTE', issueDate: at(1) }, 'UPCOMING'],
  ];
  it.each(cases)('%s is %s', (_name, overrides, status) => {
    expect(invoiceStatus(invoice(overrides), TODAY)).toBe(status);
  });

  it('turns overdue the day after the due date, across a month end', () => {
    const facts = invoice({ issueDate: '2026-10-01', dueDate: '2026-10-31' });
    expect(invoiceStatus(facts, '2026-10-31')).toBe('UNPAID');
    expect(invoiceStatus(facts, '2026-11-01')).toBe('OVERDUE');
    expect(invoiceStatus(facts, '2026-09-30')).toBe('UPCOMING');
  });
});

describe('canPayInvoice', () => {
  it('allows an unpaid invoice, one due today and an overdue one', () => {
    expect(canPayInvoice(invoice(), TODAY)).toEqual({ ok: true });
    expect(canPayInvoice(invoice({ dueDate: TODAY }), TODAY)).toEqual({ ok: true });
    expect(canPayInvoice(invoice({ dueDate: at(-1) }), TODAY)).toEqual({ ok: true });
    expect(canPayInvoice(invoice({ issueDate: TODAY }), TODAY)).toEqual({ ok: true });
  });

  it('refuses a paid invoice with INVOICE_ALREADY_PAID', () => {
    expect(canPayInvoice(invoice({ paidDate: at(-1) }), TODAY)).toEqual({
      ok: false,
      reason: 'INVOICE_ALREADY_PAID',
    });
  });

  it('refuses an upcoming invoice and a credit note with INVOICE_NOT_PAYABLE', () => {
    const notPayable = { ok: false, reason: 'INVOICE_NOT_PAYABLE' };
    expect(canPayInvoice(invoice({ issueDate: at(1), dueDate: at(31) }), TODAY)).toEqual(
      notPayable,
    );
    expect(canPayInvoice(invoice({ kind: 'CREDIT_NOTE', paidDate: TODAY }), TODAY)).toEqual(
      notPayable,
    );
    expect(canPayInvoice(invoice({ kind: 'CREDIT_NOTE' }), TODAY)).toEqual(notPayable);
  });
});
