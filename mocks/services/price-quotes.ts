import type { PriceQuote, PriceQuoteRequest } from '@/api/authorizations/schemas';
import { quotePurchaseAuthorization } from '@/domain/authorization-quote';
import { validatePaLines } from '@/domain/authorizations';
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
  const quote = quotePurchaseAuthorization({
    lines: input.lineItems,
    offers: new Map(offerList.map((offer) => [offer.id, offer])),
    customer,
    subscriptions,
    today: ctx.today,
    deploymentDate: input.deploymentDate,
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
