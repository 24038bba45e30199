export { BillingTab as Component } from '@/features/billing/billing-tab';
