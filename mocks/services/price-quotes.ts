import type { PriceQuote, PriceQuoteRequest } from '@/api/authorizations/schemas';
import { anniversaryForNewSeats, paStartDate, validatePaLines } from '@/domain/authorizations';
import { priceOrder } from '@/domain/pricing';
import { liveSeats } from './authorization-seats';
import { requirePermission, type ServiceContext } from './context';
import { customerInScope } from './customers';
import { enforce } from './errors';

/** The PA dialog's live price preview (SPEC §5.4): the order the PA would make today. */
export async function quotePrice(
  ctx: ServiceContext,
  customerId: string,
  input: PriceQuoteRequest,
): Promise<PriceQuote> {
  requirePermission(ctx, 'customers.view');
  const customer = await customerInScope(ctx, customerId);
  const offerList = await ctx.tx.offers.all();
  const lines = validatePaLines(
    input.lineItems,
    offerList,
    { licenseType: input.licenseType, marketSegment: customer.marketSegment },
    ctx.rules,
  );
  if (!lines.ok) enforce(lines, lines.details);
  const subscriptions = await ctx.tx.subscriptions.byCustomer(customerId);
  const quote = priceOrder({
    lines: input.lineItems,
    offers: new Map(offerList.map((offer) => [offer.id, offer])),
    currency: customer.currencyCode,
    licencesBefore: liveSeats(ctx, subscriptions),
    start: paStartDate({ creationDate: ctx.today, deploymentDate: input.deploymentDate }),
    anniversary: anniversaryForNewSeats(customer.cotermDate, ctx.today, ctx.rules),
    rules: ctx.rules,
  });
  const currency = customer.currencyCode;
  return {
    volumeLevel: quote.volumeLevel,
    prorationMode: quote.prorationMode,
    prorationUnits: quote.prorationUnits,
    lineItems: quote.lines.map((line) => ({
      offerId: line.offerId,
      quantity: line.quantity,
      volumeLevel: line.volumeLevel,
      unitPrice: { amountMinor: line.unitPriceMinor, currency },
      amount: { amountMinor: line.amountMinor, currency },
    })),
    total: quote.total,
  };
}
