import type { ServiceContext } from './context';

export async function listOffers(ctx: ServiceContext) {
  const offers = await ctx.tx.offers.all();
  offers.sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || a.licenseType.localeCompare(b.licenseType),
  );
  return { items: offers };
}
