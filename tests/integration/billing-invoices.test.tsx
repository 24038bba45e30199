import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { payInvoice } from '@/api/invoices/requests';
import { invoiceStatus, INVOICE_STATUSES, type InvoiceStatus } from '@/domain/invoices';
import type { CurrencyCode } from '@/domain/money';
import { formatMoney } from '@/i18n/format';
import type { InvoiceRecord, PaymentMethodRecord } from '@mocks/db/records';
import { initTestI18n } from '../utils/i18n';
import { renderApp, signInAs, startTestBackend } from '../utils/render';

const { backend, server } = startTestBackend();
beforeAll(() => backend.ready);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const TODAY = '2026-11-23';
const ADMIN = 'mem-alva';
const VIEWER = 'mem-grace';
const SALES_REP = 'mem-erik';
const used = new Set<string>();

interface Found {
  customerId: string;
  invoices: InvoiceRecord[];
  cards: PaymentMethodRecord[];
  counts: Record<InvoiceStatus, number>;
}

/** A customer no earlier test took whose invoices fit (the seed is read, never guessed). */
async function customerWhere(
  fits: (found: Found, currency: CurrencyCode) => boolean,
  { take = true }: { take?: boolean } = {},
): Promise<Found> {
  const [customers, invoices, cards] = await backend.store.read(async (tx) =>
    Promise.all([tx.customers.all(), tx.invoices.all(), tx.paymentMethods.all()]),
  );
  for (const customer of customers) {
    if (take && used.has(customer.id)) continue;
    const own = invoices.filter((invoice) => invoice.customerId === customer.id);
    const counts = Object.fromEntries(
      INVOICE_STATUSES.map((s) => [s, own.filter((i) => invoiceStatus(i, TODAY) === s).length]),
    ) as Record<InvoiceStatus, number>;
    const found = {
      customerId: customer.id,
      invoices: own,
      cards: cards.filter((card) => card.customerId === customer.id),
      counts,
    };
    if (fits(found, customer.currencyCode)) {
      if (take) used.add(customer.id);
      return found;
    }
  }
  throw new Error('no customer of that kind in the seed');
}

/** A customer with a default card to pay with and an overdue invoice to pay. */
const payable = (found: Found) =>
  found.cards.some((card) => card.isDefault) && overdueOf(found).length > 0;

const overdueOf = (found: Found) =>
  found.invoices.filter(
    (invoice) => invoice.kind === 'INVOICE' && invoiceStatus(invoice, TODAY) === 'OVERDUE',
  );

async function viewTabs() {
  return screen.findByRole('tablist', { name: 'Invoice views' }, { timeout: 15000 });
}

describe('billing: invoices', () => {
  it('shows the four views with the counts the API gives, the billing tab its own URL', async () => {
    const found = await customerWhere((f) => f.counts.PAID > 0 && f.counts.OVERDUE > 0);
    await signInAs(ADMIN);
    const { router } = renderApp(`/customers/${found.customerId}/billing`);
    const tabs = await viewTabs();
    for (const status of INVOICE_STATUSES) {
      const name = { UPCOMING: 'Upcoming', UNPAID: 'Unpaid', PAID: 'Paid', OVERDUE: 'Overdue' }[
        status
      ];
      expect(
        await within(tabs).findByRole('tab', { name: `${name} (${found.counts[status]})` }),
      ).toBeInTheDocument();
    }
    expect(screen.getByRole('tab', { name: 'Billing' })).toHaveAttribute('aria-selected', 'true');

    await userEvent.setup().click(within(tabs).getByRole('tab', { name: /^Overdue/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?view=OVERDUE'));
    const table = await screen.findByRole('table', { name: 'Invoices' });
    await waitFor(() =>
      expect(within(table).getAllByRole('row')).toHaveLength(
        Math.min(found.counts.OVERDUE, 25) + 1,
      ),
    );
    const first = overdueOf(found)[0];
    expect(within(table).getAllByText('Overdue').length).toBeGreaterThan(0);
    if (first) expect(within(table).getByRole('link', { name: first.number })).toBeVisible();
  });

  it('pays an overdue invoice with the default card: it shows paid and the counts move', async () => {
    const found = await customerWhere(payable);
    const invoice = overdueOf(found)[0];
    if (!invoice) throw new Error('no overdue invoice');
    await signInAs(ADMIN);
    renderApp(`/customers/${found.customerId}/billing?view=OVERDUE`);
    const user = userEvent.setup();
    const pay = await screen.findByRole(
      'button',
      { name: `Pay invoice ${invoice.number}` },
      { timeout: 15000 },
    );
    await user.click(pay);
    const dialog = await screen.findByRole('dialog', { name: `Pay invoice ${invoice.number}` });
    const radios = await within(dialog).findAllByRole('radio');
    // The default card is chosen up front.
    expect(radios.some((radio) => (radio as HTMLInputElement).checked)).toBe(true);
    expect(within(dialog).getByText(/· Default/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Pay now' }));
    expect(await screen.findByText(`Invoice ${invoice.number} is paid.`)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const tabs = await viewTabs();
    expect(
      await within(tabs).findByRole('tab', { name: `Paid (${found.counts.PAID + 1})` }),
    ).toBeInTheDocument();
    expect(
      within(tabs).getByRole('tab', { name: `Overdue (${found.counts.OVERDUE - 1})` }),
    ).toBeInTheDocument();
    const stored = await backend.store.read((tx) => tx.invoices.get(invoice.id));
    expect(stored?.paidDate).toBe(TODAY);
  });

  it('shows a refusal inside the pay dialog, the dialog kept open', async () => {
    const found = await customerWhere(payable);
    const invoice = overdueOf(found)[0];
    if (!invoice) throw new Error('no overdue invoice');
    await signInAs(ADMIN);
    renderApp(`/customers/${found.customerId}/billing?view=OVERDUE`);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole(
        'button',
        { name: `Pay invoice ${invoice.number}` },
        { timeout: 15000 },
      ),
    );
    const dialog = await screen.findByRole('dialog', { name: `Pay invoice ${invoice.number}` });
    await within(dialog).findAllByRole('radio');
    // Someone else changed the invoice meanwhile: the version the dialog holds is stale.
    await backend.store.write((tx) =>
      tx.invoices.put({ ...invoice, version: invoice.version + 1 }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Pay now' }));
    expect(
      await within(dialog).findByText(
        'Someone changed this meanwhile. Reload to see the latest version.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: `Pay invoice ${invoice.number}` })).toBeVisible();
  });

  it('paying twice with the same idempotency key pays once and answers the first payment', async () => {
    // Any invoice still overdue (read afresh, so its version is the stored one).
    const found = await customerWhere(payable, { take: false });
    const invoice = overdueOf(found)[0];
    if (!invoice) throw new Error('no overdue invoice');
    const card = found.cards.find((m) => m.isDefault);
    if (!card) throw new Error('no default card');
    await signInAs(ADMIN);
    const key = crypto.randomUUID();
    const ref = { id: invoice.id, version: invoice.version };
    const body = { paymentMethodId: card.id };
    const first = await payInvoice(found.customerId, ref, body, key);
    const second = await payInvoice(found.customerId, ref, body, key);
    expect(first.status).toBe('PAID');
    expect(second).toEqual(first);
    const stored = await backend.store.read((tx) => tx.invoices.get(invoice.id));
    expect(stored?.version).toBe(invoice.version + 1);
    // A new attempt (a new key) is refused: the invoice is paid already.
    await expect(
      payInvoice(found.customerId, { id: invoice.id, version: first.version }, body, 'other-key'),
    ).rejects.toMatchObject({ code: 'INVOICE_ALREADY_PAID' });
  });

  it('lets a viewer see invoices and cards, with Pay and Add card disabled and the reason', async () => {
    // Only looks: any customer with an invoice still overdue will do.
    const found = await customerWhere(payable, { take: false });
    const invoice = overdueOf(found)[0];
    if (!invoice) throw new Error('no overdue invoice');
    await signInAs(VIEWER);
    renderApp(`/customers/${found.customerId}/billing?view=OVERDUE`);
    const pay = await screen.findByRole(
      'button',
      { name: `Pay invoice ${invoice.number}` },
      { timeout: 15000 },
    );
    expect(pay).toBeDisabled();
    expect(pay).toHaveAccessibleDescription(
      'Your role may not pay invoices or manage payment methods.',
    );
    const add = await screen.findByRole('button', { name: 'Add card' });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription('Your role may not manage payment methods.');
    for (const remove of screen.getAllByRole('button', { name: 'Remove' })) {
      expect(remove).toBeDisabled();
    }
  });

  it('shows a sales rep no billing tab, and the reason at its address', async () => {
    const session = await signInAs(SALES_REP);
    const own = await backend.store.read(async (tx) =>
      (await tx.customers.all()).find((c) => c.salesRepId === session.member.id),
    );
    if (!own) throw new Error('the sales rep has no customer');
    renderApp(`/customers/${own.id}/billing`);
    expect(
      await screen.findByText('Your role may not see invoices', {}, { timeout: 15000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Plans' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Billing' })).not.toBeInTheDocument();
  });

  it('opens an invoice as a printable page with its lines, total and a Print button', async () => {
    const found = await customerWhere((f) => f.counts.PAID > 0);
    const invoice = found.invoices.find(
      (i) => i.kind === 'INVOICE' && invoiceStatus(i, TODAY) === 'PAID',
    );
    if (!invoice) throw new Error('no paid invoice');
    await signInAs(ADMIN);
    renderApp(`/customers/${found.customerId}/billing?view=PAID`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: invoice.number }, { timeout: 15000 }));
    expect(
      await screen.findByRole('heading', { level: 1, name: `Invoice ${invoice.number}` }),
    ).toBeInTheDocument();
    // Outside the app's frame: no navigation and no customer tabs on the paper.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    const lines = screen.getByRole('table', { name: 'Lines' });
    expect(within(lines).getAllByRole('row')).toHaveLength(invoice.lines.length + 2);
    const total = formatMoney(
      { amountMinor: invoice.totalMinor, currency: invoice.currencyCode },
      'en',
    );
    expect(within(lines).getAllByText(total).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Print' })).toBeEnabled();
    expect(screen.getByRole('link', { name: 'Back to billing' })).toHaveAttribute(
      'href',
      `/customers/${found.customerId}/billing`,
    );
  });
});

describe('billing: amounts', () => {
  it('formats yen without decimals, and kronor and euros in Swedish, German and French', () => {
    // Intl separates groups and the symbol with (narrow) no-break spaces: compare as spaces.
    const format = (amountMinor: number, currency: CurrencyCode, language: string) =>
      formatMoney({ amountMinor, currency }, language).replace(/\s/g, ' ');
    expect(format(123456, 'JPY', 'en')).toBe('JP¥123,456');
    expect(format(123456, 'JPY', 'sv')).toBe('123 456 JPY');
    expect(format(123456, 'SEK', 'sv')).toBe('1 234,56 kr');
    expect(format(123456, 'EUR', 'de')).toBe('1.234,56 €');
    expect(format(123456, 'EUR', 'fr')).toBe('1 234,56 €');
  });

  it('shows a yen customer’s totals without decimals, and a euro customer’s in German', async () => {
    const yen = await customerWhere((f, currency) => currency === 'JPY' && f.invoices.length > 0, {
      take: false,
    });
    await signInAs(ADMIN);
    const first = renderApp(`/customers/${yen.customerId}/billing?view=PAID`);
    const table = await screen.findByRole('table', { name: 'Invoices' }, { timeout: 15000 });
    const amounts = within(table).getAllByText(/¥/);
    expect(amounts.length).toBeGreaterThan(0);
    for (const amount of amounts) expect(amount.textContent).toMatch(/^-?JP¥[\d,]+$/);
    first.unmount();

    const euro = await customerWhere((f, currency) => currency === 'EUR' && f.counts.PAID > 0, {
      take: false,
    });
    initTestI18n('de');
    try {
      renderApp(`/customers/${euro.customerId}/billing?view=PAID`);
      const german = await screen.findByRole('table', { name: 'Rechnungen' }, { timeout: 15000 });
      const cells = within(german).getAllByText(/€$/);
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) expect(cell.textContent).toMatch(/^-?[\d.]+,\d\d\s€$/);
    } finally {
      initTestI18n('en');
    }
  });

  it('pays with another card than the default when the user picks it', async () => {
    // Last in the file: the seed has few payable customers, so this one may reuse one.
    const found = await customerWhere(payable, { take: false });
    const invoice = overdueOf(found)[0];
    if (!invoice) throw new Error('no overdue invoice');
    const other: PaymentMethodRecord = {
      id: `pm-other-${found.customerId}`,
      customerId: found.customerId,
      type: 'CARD',
      card: {
        brand: 'MASTERCARD',
        last4: '4444',
        expiryMonth: 3,
        expiryYear: 2029,
        holderName: 'A N Other',
      },
      isDefault: false,
      createdDate: TODAY,
      version: 1,
    };
    await backend.store.write((tx) => tx.paymentMethods.put(other));
    await signInAs(ADMIN);
    renderApp(`/customers/${found.customerId}/billing?view=OVERDUE`);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole(
        'button',
        { name: `Pay invoice ${invoice.number}` },
        { timeout: 15000 },
      ),
    );
    const dialog = await screen.findByRole('dialog', { name: `Pay invoice ${invoice.number}` });
    const radio = await within(dialog).findByRole('radio', { name: /Mastercard ending 4444/ });
    expect(radio).not.toBeChecked();
    await user.click(radio);
    expect(radio).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Pay now' }));
    expect(await screen.findByText(`Invoice ${invoice.number} is paid.`)).toBeInTheDocument();
    const stored = await backend.store.read((tx) => tx.invoices.get(invoice.id));
    expect(stored?.paymentMethodId).toBe(other.id);
    expect(stored?.paidDate).toBe(TODAY);
  });
});
